# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Slovenian messages of cookiedoc. Copy a message into locales/sl/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Slovenian text of the GDPR (Uredba (EU) 2016/679, UL L 119, 4.5.2016):
# upravljavec (controller), privolitev (consent), osebni podatki (personal data), obdelava
# (processing). Formal address: "vi" (vikanje).
# Further terms of the same text: pooblaščena oseba za varstvo podatkov (data protection
# officer), nadzorni organ (supervisory authority), pravna podlaga (legal basis), tretja država
# (third country), sklep o ustreznosti (adequacy decision), standardna določila o varstvu podatkov
# (standard data protection clauses), zavezujoča poslovna pravila (binding corporate rules).
# Articles cited as in that text: "točka (a) člena 6(1) GDPR" (GDPR: the usual short name of
# the Splošna uredba o varstvu podatkov in Slovenia).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Slovenščina
page-title = Politika piškotkov
# The title of dist/index.html, which lists every language.
locale-index-title = Politika piškotkov
skip-link = Preskoči na politiko piškotkov
language-switcher-label = Drugi jeziki
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] To spletno mesto deluje brez piškotkov.
    [statistics] Da bi vam zagotovili čim boljšo storitev, uporabljamo piškotke za zagotavljanje pravilnega delovanja spletnega mesta in za spletno analitiko.
    [marketing] Da bi vam zagotovili čim boljšo storitev, uporabljamo piškotke za zagotavljanje pravilnega delovanja spletnega mesta in za prikazovanje oglasov, ki so za vas relevantni.
    [statistics-marketing] Da bi vam zagotovili čim boljšo storitev, uporabljamo piškotke za zagotavljanje pravilnega delovanja spletnega mesta, za spletno analitiko in za prikazovanje oglasov, ki so za vas relevantni.
   *[necessary] Da bi vam zagotovili čim boljšo storitev, uporabljamo piškotke za zagotavljanje pravilnega delovanja spletnega mesta.
}

## What is a cookie?

definitions-heading = Kaj je piškotek?
# Markdown.
definitions-body = Piškotek je praviloma majhen podatek z imenom, ki ga spletno mesto, ki ga obiščete, lahko pošlje vašemu brskalniku. Vaš spletni brskalnik ga shrani za določen čas in ga ob vsakem naslednjem obisku pošlje nazaj spletnemu strežniku. Piškotki se uporabljajo za različne namene: z njimi si je mogoče zapomniti vaše podatke za prijavo v spletno trgovino ali trenutno vsebino vaše nakupovalne košarice, lahko pa služijo kot identifikator za sledenje vašemu brskanju v statistične ali oglaševalske namene ipd.
cookie-kinds-intro = Obstaja več vrst piškotkov:
# Markdown.
cookie-kind-necessary = „Nujni“ notranji piškotki omogočajo shranjevanje podatkov med dvema obiskoma istega spletnega mesta z iste naprave. Shranijo lahko nakupovalno košarico, podatke za prijavo ali nastavitve vmesnika. Zanje ni potrebna privolitev uporabnika.
# Markdown. $jurisdiction: the `[site] jurisdiction` (ISO 3166-1, such as DE), or EU when none is
# given; the default variant must be true in every EU Member State.
# (Replaces `cookie-kind-statistical`, whose exemption for anonymized statistics is French law only.)
# Sources, by variant:
# [FR] the CNIL exempts audience measurement that meets strict conditions from consent: article 82
#      of the loi n° 78-17 Informatique et Libertés; CNIL, délibération n° 2020-091 of 17 September
#      2020 (lignes directrices « cookies et autres traceurs »), article 5. The seed's sentence,
#      word for word.
# [DE] § 25 (1) TDDDG (consent) and § 25 (2) Nr. 2 TDDDG (the only exemption: strictly necessary
#      for a service the user explicitly asked for); DSK, Orientierungshilfe der Aufsichtsbehörden
#      für Anbieter:innen von digitalen Diensten (OH Digitale Dienste, 2021/2024): reach
#      measurement is as a rule not strictly necessary.
# [AT] § 165 (3) TKG 2021 (consent; exemption when strictly necessary for a service the user
#      explicitly asked for).
# [other] Art. 5(3) of Directive 2002/58/EC (ePrivacy), as every Member State implements it;
#      EDPB Guidelines 2/2023 on the technical scope of Art. 5(3).
cookie-kind-statistics = { $jurisdiction ->
    [FR] „Statistični“ piškotki omogočajo sledenje dejanjem uporabnika interneta na spletnem mestu. Kadar so statistični podatki anonimizirani (kar pomeni, da jih ni mogoče povezati z določeno osebo), privolitev uporabnika ni potrebna.
    [DE] „Statistični“ piškotki omogočajo sledenje dejanjem uporabnika interneta na spletnem mestu. Shranijo se le s privolitvijo uporabnika (§ 25(1) nemškega zakona TDDDG), razen če je njihovo shranjevanje nujno potrebno za zagotovitev storitve, ki jo je uporabnik izrecno zahteval (točka 2 § 25(2) nemškega zakona TDDDG).
    [AT] „Statistični“ piškotki omogočajo sledenje dejanjem uporabnika interneta na spletnem mestu. Shranijo se le s privolitvijo uporabnika (§ 165(3) avstrijskega zakona TKG 2021), razen če je njihovo shranjevanje nujno potrebno za zagotovitev storitve, ki jo je uporabnik izrecno zahteval.
   *[other] „Statistični“ piškotki omogočajo sledenje dejanjem uporabnika interneta na spletnem mestu. Shranijo se le s privolitvijo uporabnika, razen če je njihovo shranjevanje nujno potrebno za zagotovitev storitve, ki jo je uporabnik izrecno zahteval (člen 5(3) Direktive 2002/58/ES o zasebnosti in elektronskih komunikacijah in nacionalni zakoni, ki jo prenašajo).
}
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
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Pravna podlaga:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] vaša privolitev (točka (a) člena 6(1) GDPR; § 25(1) nemškega zakona TDDDG)
    [AT] vaša privolitev (točka (a) člena 6(1) GDPR; § 165(3) avstrijskega zakona TKG 2021)
    [FR] vaša privolitev (točka (a) člena 6(1) GDPR; člen 82 francoskega zakona Informatique et Libertés)
   *[other] vaša privolitev (točka (a) člena 6(1) GDPR; člen 5(3) Direktive 2002/58/ES o zasebnosti in elektronskih komunikacijah, kakor je prenesen v nacionalno pravo)
}
# $jurisdiction as in cookie-kind-statistics; $public: "yes" for a public body (`[site]
# public_body`), else "no". Sources: the exemption for what is strictly necessary for a service
# the user explicitly asked for: [DE] § 25 (2) Nr. 2 TDDDG; [AT] § 165 (3) TKG 2021; [FR] article
# 82 of the loi Informatique et Libertés (2°); [other] Art. 5(3) of Directive 2002/58/EC, second
# sentence. The GDPR basis: Art. 6(1)(f) legitimate interests, named as Art. 13(1)(d) asks; for
# public authorities performing their tasks Art. 6(1)(f) does not apply (Art. 6(1), last
# subparagraph), so Art. 6(1)(e).
legal-basis-necessary = { $jurisdiction ->
    [DE] { $public ->
        [yes] njihovo shranjevanje je nujno potrebno za zagotovitev storitve, ki ste jo zahtevali (točka 2 § 25(2) nemškega zakona TDDDG); obdelava je potrebna za opravljanje naloge v javnem interesu ali pri izvajanju javne oblasti, ki nam je dodeljena (točka (e) člena 6(1) GDPR)
       *[no] njihovo shranjevanje je nujno potrebno za zagotovitev storitve, ki ste jo zahtevali (točka 2 § 25(2) nemškega zakona TDDDG); naš zakoniti interes za delujoče in varno spletno mesto (točka (f) člena 6(1) GDPR)
    }
    [AT] { $public ->
        [yes] njihovo shranjevanje je nujno potrebno za zagotovitev storitve, ki ste jo zahtevali (§ 165(3) avstrijskega zakona TKG 2021); obdelava je potrebna za opravljanje naloge v javnem interesu ali pri izvajanju javne oblasti, ki nam je dodeljena (točka (e) člena 6(1) GDPR)
       *[no] njihovo shranjevanje je nujno potrebno za zagotovitev storitve, ki ste jo zahtevali (§ 165(3) avstrijskega zakona TKG 2021); naš zakoniti interes za delujoče in varno spletno mesto (točka (f) člena 6(1) GDPR)
    }
    [FR] { $public ->
        [yes] njihovo shranjevanje je nujno potrebno za zagotovitev storitve, ki ste jo zahtevali (člen 82 francoskega zakona Informatique et Libertés); obdelava je potrebna za opravljanje naloge v javnem interesu ali pri izvajanju javne oblasti, ki nam je dodeljena (točka (e) člena 6(1) GDPR)
       *[no] njihovo shranjevanje je nujno potrebno za zagotovitev storitve, ki ste jo zahtevali (člen 82 francoskega zakona Informatique et Libertés); naš zakoniti interes za delujoče in varno spletno mesto (točka (f) člena 6(1) GDPR)
    }
   *[other] { $public ->
        [yes] njihovo shranjevanje je nujno potrebno za zagotovitev storitve, ki ste jo zahtevali (člen 5(3) Direktive 2002/58/ES o zasebnosti in elektronskih komunikacijah); obdelava je potrebna za opravljanje naloge v javnem interesu ali pri izvajanju javne oblasti, ki nam je dodeljena (točka (e) člena 6(1) GDPR)
       *[no] njihovo shranjevanje je nujno potrebno za zagotovitev storitve, ki ste jo zahtevali (člen 5(3) Direktive 2002/58/ES o zasebnosti in elektronskih komunikacijah); naš zakoniti interes za delujoče in varno spletno mesto (točka (f) člena 6(1) GDPR)
    }
}
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

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Prenosi v države zunaj Evropskega gospodarskega prostora
# Markdown.
transfers-intro = Nekateri ponudniki prejemajo podatke v državah zunaj Evropske unije in Evropskega gospodarskega prostora. Tako so tam zaščiteni vaši podatki:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = sklep Evropske komisije o ustreznosti (člen 45 GDPR)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = okvir EU-ZDA za zasebnost podatkov (Data Privacy Framework), v okviru katerega je ponudnik certificiran (sklep Evropske komisije o ustreznosti z dne 10. julija 2023, člen 45 GDPR)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = standardna določila o varstvu podatkov, ki jih je sprejela Evropska komisija (točka (c) člena 46(2) GDPR)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = zavezujoča poslovna pravila, ki jih je odobril nadzorni organ (člen 47 GDPR)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = vaša izrecna privolitev, dana potem, ko ste bili obveščeni o morebitnih tveganjih prenosa (točka (a) člena 49(1) GDPR)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Vaše pravice
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Imate pravico do dostopa do osebnih podatkov, ki jih obdelujemo o vas (člen 15 GDPR), do popravka (člen 16 GDPR), do izbrisa (člen 17 GDPR), do omejitve obdelave (člen 18 GDPR) in do prenosljivosti podatkov (člen 20 GDPR). Kadar podatke obdelujemo na podlagi točke (e) ali (f) člena 6(1) GDPR, imate pravico, da zaradi razlogov, povezanih z vašim posebnim položajem, ugovarjate obdelavi (člen 21 GDPR). Za uveljavljanje teh pravic se obrnite na nas; naši kontaktni podatki so navedeni na tej strani.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Svojo privolitev lahko kadar koli prekličete, enako preprosto, kot ste jo dali, tako da spremenite nastavitve piškotkov. Preklic velja od takrat naprej; ne vpliva na zakonitost obdelave, ki se je na podlagi privolitve izvajala pred preklicem (člen 7(3) GDPR).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Spremenite nastavitve piškotkov
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Imate pravico vložiti pritožbo pri nadzornem organu, zlasti v državi članici, v kateri imate običajno prebivališče, v kateri je vaš kraj dela ali v kateri je domnevno prišlo do kršitve (člen 77 GDPR).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Za nas pristojni nadzorni organ je { $authority }.

## Who is responsible

controller-heading = Kdo je odgovoren za to spletno mesto
# "upravljavec": GDPR člen 4(7), Slovenian text.
controller-intro = Upravljavec, odgovoren za obdelavo vaših podatkov na tem spletnem mestu, je:
controller-email = E-pošta: { $email }
controller-website = Spletno mesto: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Na našo pooblaščeno osebo za varstvo podatkov se lahko obrnete:

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
