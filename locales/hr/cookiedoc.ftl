# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Croatian messages of cookiedoc. Copy a message into locales/hr/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Croatian text of the GDPR (Uredba (EU) 2016/679, SL L 119, 4.5.2016):
# voditelj obrade (controller), službenik za zaštitu podataka (data protection officer),
# nadzorno tijelo (supervisory authority), privola (consent), pravna osnova (legal basis),
# osobni podaci (personal data), obrada (processing), treća zemlja (third country).
# "Kolačići" for cookies, as the Croatian Personal Data Protection Agency (AZOP) writes.
# Formal address: "vi" (lower case, as in texts for the general public).
# Chapter V: odluka o primjerenosti (adequacy decision), standardne klauzule o zaštiti podataka
# (standard data protection clauses), obvezujuća korporativna pravila (binding corporate
# rules). Articles cited as the Croatian text does: "članak 6. stavak 1. točka (a)", the
# regulation by its name, Opća uredba o zaštiti podataka.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Hrvatski
page-title = Politika kolačića
# The title of dist/index.html, which lists every language.
locale-index-title = Politika kolačića
skip-link = Prijeđi na politiku kolačića
language-switcher-label = Drugi jezici
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Ovo mrežno mjesto radi bez kolačića.
    [statistics] Kako bismo vam pružili najbolju moguću uslugu, upotrebljavamo kolačiće kojima osiguravamo pravilno funkcioniranje mrežnog mjesta i provodimo mrežnu analitiku.
    [marketing] Kako bismo vam pružili najbolju moguću uslugu, upotrebljavamo kolačiće kojima osiguravamo pravilno funkcioniranje mrežnog mjesta i prikazujemo vam oglase koji su vam relevantni.
    [statistics-marketing] Kako bismo vam pružili najbolju moguću uslugu, upotrebljavamo kolačiće kojima osiguravamo pravilno funkcioniranje mrežnog mjesta, provodimo mrežnu analitiku i prikazujemo vam oglase koji su vam relevantni.
   *[necessary] Kako bismo vam pružili najbolju moguću uslugu, upotrebljavamo kolačiće kojima osiguravamo pravilno funkcioniranje mrežnog mjesta.
}

## What is a cookie?

definitions-heading = Što je kolačić?
# Markdown.
definitions-body = Kolačić je obično mala količina podataka označena nazivom koju mrežno mjesto koje posjećujete može poslati vašem pregledniku. Vaš ga mrežni preglednik pohranjuje određeno vrijeme i šalje ga natrag mrežnom poslužitelju pri svakom vašem ponovnom posjetu. Kolačići imaju mnoge namjene: mogu se upotrebljavati za pamćenje vaših podataka za prijavu u internetsku trgovinu ili trenutačnog sadržaja vaše košarice, kao identifikator za praćenje vašeg pregledavanja u statističke ili oglašivačke svrhe itd.
cookie-kinds-intro = Postoji nekoliko vrsta kolačića:
# Markdown.
cookie-kind-necessary = „Nužni” unutarnji kolačići omogućuju spremanje podataka između dvaju posjeta istom mrežnom mjestu s istog uređaja. U njima se može spremiti košarica, podaci za prijavu ili postavke sučelja. Za njih nije potrebna privola korisnika.
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
    [FR] „Statistički” kolačići omogućuju praćenje radnji korisnika interneta na mrežnom mjestu. Ako je statistika anonimizirana (tj. ne može se povezati s određenom osobom), privola korisnika nije potrebna.
    [DE] „Statistički” kolačići omogućuju praćenje radnji korisnika interneta na mrežnom mjestu. Pohranjuju se samo uz privolu korisnika (§ 25. stavak 1. njemačkog TDDDG-a), osim ako je njihova pohrana nužno potrebna za pružanje usluge koju je korisnik izričito zatražio (§ 25. stavak 2. točka 2. TDDDG-a).
    [AT] „Statistički” kolačići omogućuju praćenje radnji korisnika interneta na mrežnom mjestu. Pohranjuju se samo uz privolu korisnika (§ 165. stavak 3. austrijskog TKG-a 2021), osim ako je njihova pohrana nužno potrebna za pružanje usluge koju je korisnik izričito zatražio.
   *[other] „Statistički” kolačići omogućuju praćenje radnji korisnika interneta na mrežnom mjestu. Pohranjuju se samo uz privolu korisnika, osim ako je njihova pohrana nužno potrebna za pružanje usluge koju je korisnik izričito zatražio (članak 5. stavak 3. Direktive 2002/58/EZ o privatnosti i elektroničkim komunikacijama i nacionalni zakoni kojima se ona prenosi).
}
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
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Pravna osnova:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] vaša privola (članak 6. stavak 1. točka (a) Opće uredbe o zaštiti podataka; § 25. stavak 1. njemačkog TDDDG-a)
    [AT] vaša privola (članak 6. stavak 1. točka (a) Opće uredbe o zaštiti podataka; § 165. stavak 3. austrijskog TKG-a 2021)
    [FR] vaša privola (članak 6. stavak 1. točka (a) Opće uredbe o zaštiti podataka; članak 82. francuskog zakona „Informatique et Libertés”)
   *[other] vaša privola (članak 6. stavak 1. točka (a) Opće uredbe o zaštiti podataka; članak 5. stavak 3. Direktive 2002/58/EZ o privatnosti i elektroničkim komunikacijama kako je prenesen u nacionalno pravo)
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
        [yes] njihova je pohrana nužno potrebna za pružanje usluge koju ste zatražili (§ 25. stavak 2. točka 2. njemačkog TDDDG-a); obrada je nužna za izvršavanje zadaće od javnog interesa ili pri izvršavanju službene ovlasti koja nam je dodijeljena (članak 6. stavak 1. točka (e) Opće uredbe o zaštiti podataka)
       *[no] njihova je pohrana nužno potrebna za pružanje usluge koju ste zatražili (§ 25. stavak 2. točka 2. njemačkog TDDDG-a); naš legitimni interes da mrežno mjesto radi i bude sigurno (članak 6. stavak 1. točka (f) Opće uredbe o zaštiti podataka)
    }
    [AT] { $public ->
        [yes] njihova je pohrana nužno potrebna za pružanje usluge koju ste zatražili (§ 165. stavak 3. austrijskog TKG-a 2021); obrada je nužna za izvršavanje zadaće od javnog interesa ili pri izvršavanju službene ovlasti koja nam je dodijeljena (članak 6. stavak 1. točka (e) Opće uredbe o zaštiti podataka)
       *[no] njihova je pohrana nužno potrebna za pružanje usluge koju ste zatražili (§ 165. stavak 3. austrijskog TKG-a 2021); naš legitimni interes da mrežno mjesto radi i bude sigurno (članak 6. stavak 1. točka (f) Opće uredbe o zaštiti podataka)
    }
    [FR] { $public ->
        [yes] njihova je pohrana nužno potrebna za pružanje usluge koju ste zatražili (članak 82. francuskog zakona „Informatique et Libertés”); obrada je nužna za izvršavanje zadaće od javnog interesa ili pri izvršavanju službene ovlasti koja nam je dodijeljena (članak 6. stavak 1. točka (e) Opće uredbe o zaštiti podataka)
       *[no] njihova je pohrana nužno potrebna za pružanje usluge koju ste zatražili (članak 82. francuskog zakona „Informatique et Libertés”); naš legitimni interes da mrežno mjesto radi i bude sigurno (članak 6. stavak 1. točka (f) Opće uredbe o zaštiti podataka)
    }
   *[other] { $public ->
        [yes] njihova je pohrana nužno potrebna za pružanje usluge koju ste zatražili (članak 5. stavak 3. Direktive 2002/58/EZ o privatnosti i elektroničkim komunikacijama); obrada je nužna za izvršavanje zadaće od javnog interesa ili pri izvršavanju službene ovlasti koja nam je dodijeljena (članak 6. stavak 1. točka (e) Opće uredbe o zaštiti podataka)
       *[no] njihova je pohrana nužno potrebna za pružanje usluge koju ste zatražili (članak 5. stavak 3. Direktive 2002/58/EZ o privatnosti i elektroničkim komunikacijama); naš legitimni interes da mrežno mjesto radi i bude sigurno (članak 6. stavak 1. točka (f) Opće uredbe o zaštiti podataka)
    }
}
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

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Prijenosi u zemlje izvan Europskoga gospodarskog prostora
# Markdown.
transfers-intro = Neki pružatelji usluga primaju podatke u zemljama izvan Europske unije i Europskoga gospodarskog prostora (treće zemlje). Ovako su vaši podaci ondje zaštićeni:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = odluka Europske komisije o primjerenosti (članak 45. Opće uredbe o zaštiti podataka)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = okvir za privatnost podataka između EU-a i SAD-a (EU-U.S. Data Privacy Framework) prema kojem je pružatelj usluge certificiran (odluka Europske komisije o primjerenosti od 10. srpnja 2023., članak 45. Opće uredbe o zaštiti podataka)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = standardne klauzule o zaštiti podataka koje je donijela Europska komisija (članak 46. stavak 2. točka (c) Opće uredbe o zaštiti podataka)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = obvezujuća korporativna pravila koja je odobrilo nadzorno tijelo (članak 47. Opće uredbe o zaštiti podataka)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = vaša izričita privola, dana nakon što ste obaviješteni o mogućim rizicima prijenosa (članak 49. stavak 1. točka (a) Opće uredbe o zaštiti podataka)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Vaša prava
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Imate pravo na pristup osobnim podacima koje o vama obrađujemo (članak 15. Opće uredbe o zaštiti podataka), na ispravak (članak 16.), na brisanje (članak 17.), na ograničenje obrade (članak 18.) i na prenosivost podataka (članak 20.). Kada podatke obrađujemo na temelju članka 6. stavka 1. točke (e) ili (f) Opće uredbe o zaštiti podataka, imate pravo na temelju svoje posebne situacije uložiti prigovor na obradu (članak 21.). Za ostvarivanje tih prava obratite nam se; naši su podaci za kontakt navedeni na ovoj stranici.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Privolu možete u bilo kojem trenutku povući jednako jednostavno kao što ste je dali, tako da promijenite postavke kolačića. Povlačenje vrijedi od tog trenutka; ne utječe na zakonitost obrade na temelju privole prije njezina povlačenja (članak 7. stavak 3. Opće uredbe o zaštiti podataka).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Promijenite postavke kolačića
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Imate pravo podnijeti pritužbu nadzornom tijelu, osobito u državi članici u kojoj imate uobičajeno boravište ili mjesto rada ili u kojoj je počinjeno navodno kršenje (članak 77. Opće uredbe o zaštiti podataka).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Nadzorno tijelo nadležno za nas jest { $authority }.

## Who is responsible

controller-heading = Tko je odgovoran za ovo mrežno mjesto
# "voditelj obrade": GDPR članak 4. točka 7., Croatian text.
controller-intro = Voditelj obrade vaših podataka na ovom mrežnom mjestu jest:
controller-email = E-pošta: { $email }
controller-website = Mrežno mjesto: { $url }

# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Možete se obratiti našem službeniku za zaštitu podataka:

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
