# Machine-assisted translation (2026-12-02); not yet read back by a second reader.
# Built-in Slovenian messages of cookiedoc. Copy a message into locales/sl/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Slovenian text of the GDPR (Uredba (EU) 2016/679, UL L 119, 4.5.2016):
# upravljavec (controller), privolitev (consent), osebni podatki (personal data), obdelava
# (processing). Formal address: "vi" (vikanje).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Slovenščina
page-title = Politika piškotkov
# The title of dist/index.html, which lists every language.
locale-index-title = Politika piškotkov
skip-link = Preskoči na politiko piškotkov
language-switcher-label = Drugi jeziki
# Markdown.
intro = Da bi vam zagotovili čim boljšo storitev, uporabljamo piškotke za zagotavljanje pravilnega delovanja spletnega mesta in za spletno analitiko.

## What is a cookie?

definitions-heading = Kaj je piškotek?
# Markdown.
definitions-body = Piškotek je praviloma majhen podatek z imenom, ki ga spletno mesto, ki ga obiščete, lahko pošlje vašemu brskalniku. Vaš spletni brskalnik ga shrani za določen čas in ga ob vsakem naslednjem obisku pošlje nazaj spletnemu strežniku. Piškotki se uporabljajo za različne namene: z njimi si je mogoče zapomniti vaše podatke za prijavo v spletno trgovino ali trenutno vsebino vaše nakupovalne košarice, lahko pa služijo kot identifikator za sledenje vašemu brskanju v statistične ali oglaševalske namene ipd.
cookie-kinds-intro = Obstaja več vrst piškotkov:
# Markdown.
cookie-kind-necessary = „Nujni“ notranji piškotki omogočajo shranjevanje podatkov med dvema obiskoma istega spletnega mesta z iste naprave. Shranijo lahko nakupovalno košarico, podatke za prijavo ali nastavitve vmesnika. Zanje ni potrebna privolitev uporabnika.
# Markdown.
cookie-kind-statistical = „Statistični“ piškotki omogočajo sledenje dejanjem uporabnika interneta na spletnem mestu. Kadar so statistični podatki anonimizirani (kar pomeni, da jih ni mogoče povezati z določeno osebo), privolitev uporabnika ni potrebna.
# Markdown.
cookie-kind-first-party = „Notranje“ piškotke ali piškotke „prve strani“ shranjuje obiskano spletno mesto. Shranijo se lahko poleg nujnih piškotkov in se lahko uporabljajo za zbiranje osebnih podatkov, sledenje vedenju uporabnikov in v oglaševalske namene.
# Markdown.
cookie-kind-third-party = Piškotki „tretjih oseb“ so piškotki, ki jih na spletnem mestu A shrani spletno mesto B (pogosto oglaševalska agencija) ali se tam shranijo zanj. Tako lahko spletno mesto B vidi, katere strani je uporabnik obiskal na spletnem mestu A, in zbira podatke o uporabniku.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Kateri piškotki se uporabljajo na platformi <{ $url }>
no-cookies = To spletno mesto v vaši napravi ne shranjuje piškotkov ali podobnih podatkov.
consent-required = Ti piškotki se shranijo le z vašo privolitvijo.
consent-not-required = Za te piškotke vaša privolitev ni potrebna.
column-provider = Ime ponudnika storitve
column-function = Funkcija in lokacija
column-names = Ime oziroma imena piškotkov
column-purpose = Nameni
column-duration = Trajanje
column-kind = Vrsta
party-third = Tretja oseba
kind-http-cookie = Piškotek
kind-local-storage = Lokalna shramba
kind-session-storage = Shramba seje
kind-indexeddb = IndexedDB
kind-pixel = Sledilni piksel

## Built-in categories

category-necessary-title = Nujni piškotki
category-necessary-description = Ti piškotki so potrebni za delovanje in varnost spletnega mesta. Ni jih mogoče izklopiti.
category-preferences-title = Piškotki nastavitev
category-preferences-description = Ti piškotki si zapomnijo vaše izbire, na primer jezik ali regijo, da vam zagotovijo bolj prilagojeno izkušnjo.
category-statistics-title = Statistični piškotki
category-statistics-description = Ti piškotki nam pomagajo razumeti, kako obiskovalci uporabljajo spletno mesto, tako da zbirajo podatke o obiskih.
category-marketing-title = Trženjski piškotki
category-marketing-description = Ti piškotki se uporabljajo za prikazovanje oglasov, ki so za vas relevantni, in za merjenje njihove učinkovitosti.

## Durations ($count: a number)
# Slovenian has a dual: CLDR "one" is n % 100 = 1, "two" n % 100 = 2, "few" n % 100 = 3–4.
# The forms are CLDR's (Node's Intl): "3 dni" (accusative of duration) and "3 let" for years.
# Doubtful: after 3 and 4 the standard nominative is "3 leta" ("4 leta" in ZRC SAZU's
# Jezikovna svetovalnica, topic 4738); "3 let" is the genitive. Kept as CLDR has it so that the
# output equals Node's; the reviewer should decide.

duration-session = Seja
duration-persistent = Dokler ga ne izbrišete
# $duration: a duration in words. Not "do" (up to), which needs the genitive ("do dveh
# mesecev") while the count forms are not ("2 meseca"); "največ" takes them as they are.
duration-up-to = največ { $duration }
# $first, $second: two durations in words.
duration-and = { $first } in { $second }
duration-seconds = { $count ->
    [one] { $count } sekunda
    [two] { $count } sekundi
    [few] { $count } sekunde
   *[other] { $count } sekund
}
duration-minutes = { $count ->
    [one] { $count } minuta
    [two] { $count } minuti
    [few] { $count } minute
   *[other] { $count } minut
}
duration-hours = { $count ->
    [one] { $count } ura
    [two] { $count } uri
    [few] { $count } ure
   *[other] { $count } ur
}
duration-days = { $count ->
    [one] { $count } dan
    [two] { $count } dneva
    [few] { $count } dni
   *[other] { $count } dni
}
duration-weeks = { $count ->
    [one] { $count } teden
    [two] { $count } tedna
    [few] { $count } tedni
   *[other] { $count } tednov
}
duration-months = { $count ->
    [one] { $count } mesec
    [two] { $count } meseca
    [few] { $count } meseci
   *[other] { $count } mesecev
}
duration-years = { $count ->
    [one] { $count } leto
    [two] { $count } leti
    [few] { $count } let
   *[other] { $count } let
}

## Managing cookies

manage-heading = Kako zavrniti ali izbrisati piškotke
# Markdown.
manage-body = Piškotke, za katere je potrebna vaša privolitev, lahko zavrnete, ko vas spletno mesto zanjo zaprosi, svojo izbiro pa lahko kadar koli spremenite. Spletni brskalnik lahko nastavite tudi tako, da piškotke zavrača ali jih izbriše, ko ga zaprete, v njegovih nastavitvah pa lahko izbrišete piškotke, ki jih je že shranil, običajno v razdelku „Zasebnost“ ali „Varnost“. Če zavrnete nujne piškotke, nekateri deli spletnega mesta morda ne bodo več delovali.

## Who is responsible

controller-heading = Kdo je odgovoren za to spletno mesto
# "upravljavec": GDPR člen 4(7), Slovenian text.
controller-intro = Upravljavec, odgovoren za obdelavo vaših podatkov na tem spletnem mestu, je:
controller-email = E-pošta: { $email }
controller-website = Spletno mesto: { $url }

## Dates

# $date: a date in words.
last-updated = Zadnja posodobitev: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day }. { $month } { $year }
month-1 = januar
month-2 = februar
month-3 = marec
month-4 = april
month-5 = maj
month-6 = junij
month-7 = julij
month-8 = avgust
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Uporabljamo piškotke
# Markdown.
banner-description = Uporabljamo piškotke, ki so potrebni za delovanje tega spletnega mesta, z vašo privolitvijo pa tudi druge, ki nam pomagajo izboljšati spletno mesto. Svojo izbiro lahko kadar koli spremenite.
banner-accept-all = Sprejmi vse
banner-accept-necessary = Zavrni vse
banner-show-preferences = Upravljaj nastavitve
preferences-title = Nastavitve piškotkov
preferences-save = Shrani moje izbire
preferences-close = Zapri
