# Machine-assisted translation (2026-12-03); not yet read back by a second reader.
# Built-in Croatian messages of cookiedoc. Copy a message into locales/hr/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Croatian text of the GDPR (Uredba (EU) 2016/679, SL L 119, 4.5.2016):
# voditelj obrade (controller), službenik za zaštitu podataka (data protection officer),
# nadzorno tijelo (supervisory authority), privola (consent), pravna osnova (legal basis),
# osobni podaci (personal data), obrada (processing), treća zemlja (third country).
# "Kolačići" for cookies, as the Croatian Personal Data Protection Agency (AZOP) writes.
# Formal address: "vi" (lower case, as in texts for the general public).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Hrvatski
page-title = Politika kolačića
# The title of dist/index.html, which lists every language.
locale-index-title = Politika kolačića
skip-link = Prijeđi na politiku kolačića
language-switcher-label = Drugi jezici
# Markdown.
intro = Kako bismo vam pružili najbolju moguću uslugu, upotrebljavamo kolačiće kojima osiguravamo pravilno funkcioniranje mrežnog mjesta i provodimo mrežnu analitiku.

## What is a cookie?

definitions-heading = Što je kolačić?
# Markdown.
definitions-body = Kolačić je obično mala količina podataka označena nazivom koju mrežno mjesto koje posjećujete može poslati vašem pregledniku. Vaš ga mrežni preglednik pohranjuje određeno vrijeme i šalje ga natrag mrežnom poslužitelju pri svakom vašem ponovnom posjetu. Kolačići imaju mnoge namjene: mogu se upotrebljavati za pamćenje vaših podataka za prijavu u internetsku trgovinu ili trenutačnog sadržaja vaše košarice, kao identifikator za praćenje vašeg pregledavanja u statističke ili oglašivačke svrhe itd.
cookie-kinds-intro = Postoji nekoliko vrsta kolačića:
# Markdown.
cookie-kind-necessary = „Nužni” unutarnji kolačići omogućuju spremanje podataka između dvaju posjeta istom mrežnom mjestu s istog uređaja. U njima se može spremiti košarica, podaci za prijavu ili postavke sučelja. Za njih nije potrebna privola korisnika.
# Markdown.
cookie-kind-statistical = „Statistički” kolačići omogućuju praćenje radnji korisnika interneta na mrežnom mjestu. Ako je statistika anonimizirana (tj. ne može se povezati s određenom osobom), privola korisnika nije potrebna.
# Markdown.
cookie-kind-first-party = „Unutarnje” kolačiće ili „kolačiće prve strane” pohranjuje mrežno mjesto koje se posjećuje. Mogu se pohranjivati uz nužne kolačiće i mogu se upotrebljavati za prikupljanje osobnih podataka, praćenje ponašanja korisnika i u oglašivačke svrhe.
# Markdown.
cookie-kind-third-party = „Kolačići treće strane” kolačići su koje na mrežnom mjestu A pohranjuje mrežno mjesto B (često oglašivačka agencija) ili koji se pohranjuju za njega. Tako mrežno mjesto B može vidjeti koje je stranice korisnik posjetio na mrežnom mjestu A i prikupljati podatke o korisniku.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Koji se kolačići upotrebljavaju na platformi <{ $url }>
no-cookies = Ovo mrežno mjesto ne pohranjuje kolačiće ni slične podatke na vaš uređaj.
consent-required = Ti se kolačići pohranjuju samo uz vašu privolu.
consent-not-required = Za te kolačiće nije potrebna vaša privola.
column-provider = Naziv pružatelja usluge
column-function = Funkcija i lokacija
column-names = Naziv(i) kolačića
column-purpose = Svrhe
column-duration = Trajanje
column-kind = Vrsta
party-third = Treća strana
kind-http-cookie = Kolačić
kind-local-storage = Lokalna pohrana
kind-session-storage = Pohrana sesije
kind-indexeddb = IndexedDB
kind-pixel = Piksel za praćenje

## Built-in categories

category-necessary-title = Nužni kolačići
category-necessary-description = Ti su kolačići potrebni za rad mrežnog mjesta i njegovu sigurnost. Ne mogu se isključiti.
category-preferences-title = Kolačići za postavke
category-preferences-description = Ti kolačići pamte vaše odabire, primjerice jezik ili regiju, kako bi vam pružili prilagođenije iskustvo.
category-statistics-title = Statistički kolačići
category-statistics-description = Ti nam kolačići pomažu razumjeti kako posjetitelji upotrebljavaju mrežno mjesto tako što prikupljaju podatke o posjetima.
category-marketing-title = Marketinški kolačići
category-marketing-description = Ti se kolačići upotrebljavaju za prikazivanje oglasa koji su vam relevantni i za mjerenje njihove uspješnosti.

## Durations ($count: a number)
# Croatian by CLDR category: one (1, 21, 31, …, not 11): nominative singular; few (2–4, 22–24,
# …, not 12–14): the paucal form ("2 sata", "3 tjedna"); other (0, 5–20, 25–30, …): genitive
# plural ("5 sati", "12 mjeseci").

duration-session = Sesija
duration-persistent = Dok ga ne izbrišete
# $duration: a duration in words. Not "do" (up to), which needs the genitive ("do 1 godine")
# while the count forms are not ("1 godina"); "najviše" (at most) takes them as they are.
duration-up-to = najviše { $duration }
# $first, $second: two durations in words.
duration-and = { $first } i { $second }
duration-seconds = { $count ->
    [one] { $count } sekunda
    [few] { $count } sekunde
   *[other] { $count } sekundi
}
duration-minutes = { $count ->
    [one] { $count } minuta
    [few] { $count } minute
   *[other] { $count } minuta
}
duration-hours = { $count ->
    [one] { $count } sat
    [few] { $count } sata
   *[other] { $count } sati
}
duration-days = { $count ->
    [one] { $count } dan
    [few] { $count } dana
   *[other] { $count } dana
}
duration-weeks = { $count ->
    [one] { $count } tjedan
    [few] { $count } tjedna
   *[other] { $count } tjedana
}
duration-months = { $count ->
    [one] { $count } mjesec
    [few] { $count } mjeseca
   *[other] { $count } mjeseci
}
duration-years = { $count ->
    [one] { $count } godina
    [few] { $count } godine
   *[other] { $count } godina
}

## Managing cookies

manage-heading = Kako odbiti ili izbrisati kolačiće
# Markdown.
manage-body = Kolačiće za koje je potrebna vaša privola možete odbiti kad mrežno mjesto to zatraži i u bilo kojem trenutku promijeniti svoj odabir. Preglednik možete i postaviti tako da odbija kolačiće ili ih briše kad ga zatvorite te u njegovim postavkama, obično pod „Privatnost” ili „Sigurnost”, izbrisati kolačiće koje je već pohranio. Ako odbijete nužne kolačiće, neki dijelovi mrežnog mjesta možda više neće raditi.

## Who is responsible

controller-heading = Tko je odgovoran za ovo mrežno mjesto
# "voditelj obrade": GDPR članak 4. točka 7., Croatian text.
controller-intro = Voditelj obrade vaših podataka na ovom mrežnom mjestu jest:
controller-email = E-pošta: { $email }
controller-website = Mrežno mjesto: { $url }

## Dates

# $date: a date in words.
last-updated = Posljednje ažuriranje: { $date }
# $day, $month (a month name in the genitive, as dates use it), $year; $iso is the date as
# 2026-11-28. Croatian ends the year with a full stop: "28. studenoga 2026.".
date = { $day }. { $month } { $year }.
month-1 = siječnja
month-2 = veljače
month-3 = ožujka
month-4 = travnja
month-5 = svibnja
month-6 = lipnja
month-7 = srpnja
month-8 = kolovoza
month-9 = rujna
month-10 = listopada
month-11 = studenoga
month-12 = prosinca

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Upotrebljavamo kolačiće
# Markdown.
banner-description = Upotrebljavamo kolačiće koji su potrebni za rad ovog mrežnog mjesta i, uz vašu privolu, druge kolačiće koji nam pomažu da ga poboljšamo. Svoj odabir možete promijeniti u bilo kojem trenutku.
banner-accept-all = Prihvati sve
banner-accept-necessary = Odbij sve
banner-show-preferences = Upravljaj postavkama
preferences-title = Postavke kolačića
preferences-save = Spremi moje odabire
preferences-close = Zatvori
