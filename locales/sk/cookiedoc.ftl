# Machine-assisted translation (2026-12-02); not yet read back by a second reader.
# Built-in Slovak messages of cookiedoc. Copy a message into locales/sk/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Slovak text of the GDPR (nariadenie (EÚ) 2016/679, Ú. v. EÚ L 119, 4.5.2016):
# prevádzkovateľ (controller), súhlas (consent), osobné údaje (personal data), spracúvanie
# (processing). Formal address: "vy" (lower case, as in general texts addressed to the public).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Slovenčina
page-title = Zásady používania súborov cookie
# The title of dist/index.html, which lists every language.
locale-index-title = Zásady používania súborov cookie
skip-link = Prejsť na zásady používania súborov cookie
language-switcher-label = Iné jazyky
# Markdown.
intro = S cieľom poskytovať vám čo najlepšie služby používame súbory cookie na zabezpečenie správneho fungovania webového sídla a na webovú analytiku.

## What is a cookie?

definitions-heading = Čo je súbor cookie?
# Markdown.
definitions-body = Súbor cookie je spravidla malý údaj označený názvom, ktorý môže webové sídlo, ktoré navštívite, odoslať do vášho prehliadača. Váš webový prehliadač ho uloží na určitý čas a pri každej ďalšej návšteve ho odošle späť na webový server. Súbory cookie majú mnoho využití: môžu slúžiť na zapamätanie vašich prihlasovacích údajov do internetového obchodu či aktuálneho obsahu vášho nákupného košíka, ako identifikátor na sledovanie vášho prehliadania na štatistické alebo reklamné účely atď.
cookie-kinds-intro = Existuje niekoľko druhov súborov cookie:
# Markdown.
cookie-kind-necessary = „Nevyhnutné“ interné súbory cookie umožňujú uchovať informácie medzi dvoma návštevami toho istého webového sídla z toho istého zariadenia. Môžu uchovávať nákupný košík, prihlasovacie údaje alebo nastavenia rozhrania. Nevyžadujú súhlas používateľa.
# Markdown.
cookie-kind-statistical = „Štatistické“ súbory cookie umožňujú sledovať činnosť používateľa internetu na webovom sídle. Ak sú štatistiky anonymizované (teda ich nemožno priradiť ku konkrétnej osobe), súhlas používateľa sa nevyžaduje.
# Markdown.
cookie-kind-first-party = „Interné“ súbory cookie, čiže súbory cookie „prvej strany“, ukladá navštívené webové sídlo. Môžu sa ukladať popri nevyhnutných súboroch cookie a môžu sa používať na zhromažďovanie osobných údajov, sledovanie správania používateľov a na reklamné účely.
# Markdown.
cookie-kind-third-party = Súbory cookie „tretích strán“ sú súbory cookie, ktoré na webovom sídle A ukladá webové sídlo B (často reklamná agentúra) alebo ktoré sa tam ukladajú preň. Webové sídlo B tak môže vidieť, ktoré stránky používateľ navštívil na webovom sídle A, a zhromažďovať o ňom informácie.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Aké súbory cookie sa používajú na platforme <{ $url }>
no-cookies = Toto webové sídlo neukladá do vášho zariadenia žiadne súbory cookie ani podobné údaje.
consent-required = Tieto súbory cookie sa ukladajú iba s vaším súhlasom.
consent-not-required = Tieto súbory cookie nevyžadujú váš súhlas.
column-provider = Názov poskytovateľa služby
column-function = Funkcia a umiestnenie
column-names = Názov (názvy) súborov cookie
column-purpose = Účely
column-duration = Doba uchovávania
column-kind = Typ
party-third = Tretia strana
kind-http-cookie = Súbor cookie
kind-local-storage = Lokálne úložisko
kind-session-storage = Úložisko relácie
kind-indexeddb = IndexedDB
kind-pixel = Sledovací pixel

## Built-in categories

category-necessary-title = Nevyhnutné súbory cookie
category-necessary-description = Tieto súbory cookie sú potrebné na fungovanie a zabezpečenie webového sídla. Nemožno ich vypnúť.
category-preferences-title = Preferenčné súbory cookie
category-preferences-description = Tieto súbory cookie si pamätajú vaše voľby, napríklad jazyk alebo región, aby vám poskytli osobnejší zážitok.
category-statistics-title = Štatistické súbory cookie
category-statistics-description = Tieto súbory cookie nám pomáhajú pochopiť, ako návštevníci používajú webové sídlo, tým, že zhromažďujú informácie o návštevách.
category-marketing-title = Marketingové súbory cookie
category-marketing-description = Tieto súbory cookie sa používajú na zobrazovanie reklamy, ktorá je pre vás relevantná, a na meranie jej účinnosti.

## Durations ($count: a number)
# CLDR "few" is 2–4 only ("22 rokov", not "22 roky"); "many" is for decimals and takes the
# genitive singular ("1,5 roka"), as CLDR's Slovak unit data does.

duration-session = Relácia
duration-persistent = Kým ho nevymažete
# $duration: a duration in words. Not "do" (up to), which needs the genitive ("do 2 mesiacov")
# while the count forms are nominative ("2 mesiace"); "maximálne" takes them as they are.
duration-up-to = maximálne { $duration }
# $first, $second: two durations in words.
duration-and = { $first } a { $second }
duration-seconds = { $count ->
    [one] { $count } sekunda
    [few] { $count } sekundy
    [many] { $count } sekundy
   *[other] { $count } sekúnd
}
duration-minutes = { $count ->
    [one] { $count } minúta
    [few] { $count } minúty
    [many] { $count } minúty
   *[other] { $count } minút
}
duration-hours = { $count ->
    [one] { $count } hodina
    [few] { $count } hodiny
    [many] { $count } hodiny
   *[other] { $count } hodín
}
duration-days = { $count ->
    [one] { $count } deň
    [few] { $count } dni
    [many] { $count } dňa
   *[other] { $count } dní
}
duration-weeks = { $count ->
    [one] { $count } týždeň
    [few] { $count } týždne
    [many] { $count } týždňa
   *[other] { $count } týždňov
}
duration-months = { $count ->
    [one] { $count } mesiac
    [few] { $count } mesiace
    [many] { $count } mesiaca
   *[other] { $count } mesiacov
}
duration-years = { $count ->
    [one] { $count } rok
    [few] { $count } roky
    [many] { $count } roka
   *[other] { $count } rokov
}

## Managing cookies

manage-heading = Ako odmietnuť alebo vymazať súbory cookie
# Markdown.
manage-body = Súbory cookie, ktoré vyžadujú váš súhlas, môžete odmietnuť, keď vás oň webové sídlo požiada, a svoju voľbu môžete kedykoľvek zmeniť. Svoj webový prehliadač môžete nastaviť aj tak, aby súbory cookie odmietal alebo ich pri zatvorení vymazal, a v jeho nastaveniach môžete vymazať súbory cookie, ktoré už uložil, zvyčajne v časti „Súkromie“ alebo „Zabezpečenie“. Ak odmietnete nevyhnutné súbory cookie, niektoré časti webového sídla nemusia fungovať.

## Who is responsible

controller-heading = Kto zodpovedá za toto webové sídlo
# "prevádzkovateľ": GDPR čl. 4 bod 7, Slovak text.
controller-intro = Prevádzkovateľom zodpovedným za spracúvanie vašich údajov na tomto webovom sídle je:
controller-email = E-mail: { $email }
controller-website = Webové sídlo: { $url }

## Dates

# $date: a date in words.
last-updated = Posledná aktualizácia: { $date }
# $day, $month (a month name, genitive as in Slovak dates), $year; $iso is the date as 2026-11-28.
date = { $day }. { $month } { $year }
month-1 = januára
month-2 = februára
month-3 = marca
month-4 = apríla
month-5 = mája
month-6 = júna
month-7 = júla
month-8 = augusta
month-9 = septembra
month-10 = októbra
month-11 = novembra
month-12 = decembra

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Používame súbory cookie
# Markdown.
banner-description = Používame súbory cookie, ktoré sú potrebné na fungovanie tohto webového sídla, a s vaším súhlasom aj ďalšie, ktoré nám pomáhajú ho zlepšovať. Svoju voľbu môžete kedykoľvek zmeniť.
banner-accept-all = Prijať všetky
banner-accept-necessary = Odmietnuť všetky
banner-show-preferences = Spravovať nastavenia
preferences-title = Nastavenia súborov cookie
preferences-save = Uložiť moje voľby
preferences-close = Zavrieť
