# Machine-assisted translation (2026-12-03); not yet read back by a second reader.
# Built-in Estonian messages of cookiedoc. Copy a message into locales/et/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Estonian text of the GDPR (määrus (EL) 2016/679, ELT L 119, 4.5.2016):
# vastutav töötleja (controller), andmekaitseametnik (data protection officer),
# järelevalveasutus (supervisory authority), nõusolek (consent), õiguslik alus (legal basis),
# isikuandmed (personal data), töötlemine (processing), kolmas riik (third country).
# "Küpsised" for cookies, as the Estonian Data Protection Inspectorate (Andmekaitse
# Inspektsioon) writes. Formal address: "teie" (lower case, as in texts for the general public).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Eesti
page-title = Küpsiste kasutamise põhimõtted
# The title of dist/index.html, which lists every language.
locale-index-title = Küpsiste kasutamise põhimõtted
skip-link = Mine küpsiste kasutamise põhimõtete juurde
language-switcher-label = Teised keeled
# Markdown.
intro = Et pakkuda teile parimat võimalikku teenust, kasutame küpsiseid, mis tagavad veebisaidi nõuetekohase toimimise ja võimaldavad teha veebianalüüsi.

## What is a cookie?

definitions-heading = Mis on küpsis?
# Markdown.
definitions-body = Küpsis on tavaliselt väike nimega tähistatud andmekogum, mille teie külastatav veebisait võib saata teie brauserile. Teie veebibrauser salvestab selle teatud ajaks ja saadab selle iga kord, kui te veebisaiti uuesti külastate, veebiserverile tagasi. Küpsistel on palju kasutusviise: nende abil saab näiteks meeles pidada teie sisselogimisandmeid e-poes või teie ostukorvi praegust sisu, neid saab kasutada identifikaatorina teie sirvimise jälgimiseks statistika- või reklaamieesmärkidel jne.
cookie-kinds-intro = Küpsiseid on mitut liiki:
# Markdown.
cookie-kind-necessary = „Vajalikud“ sisemised küpsised võimaldavad säilitada teavet sama veebisaidi kahe külastuse vahel, kui kasutatakse sama seadet. Need võivad salvestada ostukorvi, sisselogimisandmeid või kasutajaliidese eelistusi. Need ei nõua kasutaja nõusolekut.
# Markdown.
cookie-kind-statistical = „Statistilised“ küpsised võimaldavad jälgida internetikasutaja tegevust veebisaidil. Kui statistika on anonüümitud (st seda ei saa seostada konkreetse isikuga), ei ole kasutaja nõusolek vajalik.
# Markdown.
cookie-kind-first-party = „Sisemisi“ ehk „esimese osapoole“ küpsiseid salvestab külastatav veebisait. Neid võidakse salvestada lisaks vajalikele küpsistele ning neid võidakse kasutada isikuandmete kogumiseks, kasutajate käitumise jälgimiseks ja reklaamieesmärkidel.
# Markdown.
cookie-kind-third-party = „Kolmanda osapoole“ küpsised on küpsised, mille salvestab veebisaidil A veebisait B (sageli reklaamiagentuur) või mis salvestatakse selle jaoks. See võimaldab veebisaidil B näha, milliseid lehti kasutaja veebisaidil A külastas, ja koguda kasutaja kohta teavet.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Milliseid küpsiseid platvormil <{ $url }> kasutatakse
no-cookies = See veebisait ei salvesta teie seadmesse küpsiseid ega muid sarnaseid andmeid.
consent-required = Neid küpsiseid salvestatakse ainult teie nõusolekul.
consent-not-required = Need küpsised ei nõua teie nõusolekut.
column-provider = Teenuseosutaja nimi
column-function = Funktsioon ja asukoht
column-names = Küpsise nimi (nimed)
column-purpose = Eesmärgid
column-duration = Säilitamisaeg
column-kind = Liik
party-third = Kolmas osapool
kind-http-cookie = Küpsis
kind-local-storage = Kohalik salvestusruum
kind-session-storage = Seansi salvestusruum
kind-indexeddb = IndexedDB
kind-pixel = Jälgimispiksel

## Built-in categories

category-necessary-title = Vajalikud küpsised
category-necessary-description = Need küpsised on vajalikud veebisaidi toimimiseks ja turvalisuse tagamiseks. Neid ei saa välja lülitada.
category-preferences-title = Eelistuste küpsised
category-preferences-description = Need küpsised jätavad meelde teie tehtud valikud, näiteks keele või piirkonna, et pakkuda teile isikupärasemat kogemust.
category-statistics-title = Statistikaküpsised
category-statistics-description = Need küpsised aitavad meil mõista, kuidas külastajad veebisaiti kasutavad, kogudes teavet külastuste kohta.
category-marketing-title = Turundusküpsised
category-marketing-description = Neid küpsiseid kasutatakse teile asjakohase reklaami näitamiseks ja selle tõhususe mõõtmiseks.

## Durations ($count: a number)
# After a number other than 1, Estonian puts the noun in the partitive singular ("2 aastat");
# "ööpäev" (24 hours) is the word for a length of time in days, as CLDR has it.

duration-session = Seanss
duration-persistent = Kuni te selle kustutate
# $duration: a duration in words. "kuni" (up to) takes the count forms as they are.
duration-up-to = kuni { $duration }
# $first, $second: two durations in words.
duration-and = { $first } ja { $second }
duration-seconds = { $count ->
    [one] { $count } sekund
   *[other] { $count } sekundit
}
duration-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minutit
}
duration-hours = { $count ->
    [one] { $count } tund
   *[other] { $count } tundi
}
duration-days = { $count ->
    [one] { $count } ööpäev
   *[other] { $count } ööpäeva
}
duration-weeks = { $count ->
    [one] { $count } nädal
   *[other] { $count } nädalat
}
duration-months = { $count ->
    [one] { $count } kuu
   *[other] { $count } kuud
}
duration-years = { $count ->
    [one] { $count } aasta
   *[other] { $count } aastat
}

## Managing cookies

manage-heading = Kuidas küpsistest keelduda või neid kustutada
# Markdown.
manage-body = Nõusolekut nõudvatest küpsistest saate keelduda, kui veebisait seda küsib, ja oma valikut igal ajal muuta. Samuti saate seadistada oma brauseri küpsistest keelduma või neid brauseri sulgemisel kustutama ning kustutada brauseri seadetes juba salvestatud küpsised, tavaliselt jaotises „Privaatsus“ või „Turvalisus“. Kui keeldute vajalikest küpsistest, ei pruugi mõned veebisaidi osad enam toimida.

## Who is responsible

controller-heading = Kes vastutab selle veebisaidi eest
# "vastutav töötleja": GDPR art. 4 punkt 7, Estonian text.
controller-intro = Teie andmete töötlemise eest sellel veebisaidil vastutav töötleja on:
controller-email = E-post: { $email }
controller-website = Veebisait: { $url }

## Dates

# $date: a date in words.
last-updated = Viimati uuendatud: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day }. { $month } { $year }
month-1 = jaanuar
month-2 = veebruar
month-3 = märts
month-4 = aprill
month-5 = mai
month-6 = juuni
month-7 = juuli
month-8 = august
month-9 = september
month-10 = oktoober
month-11 = november
month-12 = detsember

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Kasutame küpsiseid
# Markdown.
banner-description = Kasutame küpsiseid, mis on vajalikud selle veebisaidi toimimiseks, ning teie nõusolekul ka teisi küpsiseid, mis aitavad meil seda paremaks muuta. Oma valikut saate igal ajal muuta.
banner-accept-all = Nõustu kõigiga
banner-accept-necessary = Keeldu kõigist
banner-show-preferences = Halda eelistusi
preferences-title = Küpsiste eelistused
preferences-save = Salvesta minu valikud
preferences-close = Sulge
