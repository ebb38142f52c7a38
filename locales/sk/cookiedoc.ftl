# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Slovak messages of cookiedoc. Copy a message into locales/sk/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Slovak text of the GDPR (nariadenie (EÚ) 2016/679, Ú. v. EÚ L 119, 4.5.2016):
# prevádzkovateľ (controller), súhlas (consent), osobné údaje (personal data), spracúvanie
# (processing). Formal address: "vy" (lower case, as in general texts addressed to the public).
# Further terms of the same text: zodpovedná osoba (data protection officer), dozorný orgán
# (supervisory authority), právny základ (legal basis), tretia krajina (third country),
# rozhodnutie o primeranosti (adequacy decision), štandardné doložky o ochrane údajov (standard
# data protection clauses), záväzné vnútropodnikové pravidlá (binding corporate rules). Articles
# cited as in that text: "článok 6 ods. 1 písm. a) GDPR" (GDPR: the regulation's usual short name
# in Slovak, všeobecné nariadenie o ochrane údajov).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Slovenčina
page-title = Zásady používania súborov cookie
# The title of dist/index.html, which lists every language.
locale-index-title = Zásady používania súborov cookie
skip-link = Prejsť na zásady používania súborov cookie
language-switcher-label = Iné jazyky
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Toto webové sídlo funguje bez súborov cookie.
    [statistics] S cieľom poskytovať vám čo najlepšie služby používame súbory cookie na zabezpečenie správneho fungovania webového sídla a na webovú analytiku.
    [marketing] S cieľom poskytovať vám čo najlepšie služby používame súbory cookie na zabezpečenie správneho fungovania webového sídla a na zobrazovanie reklamy, ktorá je pre vás relevantná.
    [statistics-marketing] S cieľom poskytovať vám čo najlepšie služby používame súbory cookie na zabezpečenie správneho fungovania webového sídla, na webovú analytiku a na zobrazovanie reklamy, ktorá je pre vás relevantná.
   *[necessary] S cieľom poskytovať vám čo najlepšie služby používame súbory cookie na zabezpečenie správneho fungovania webového sídla.
}

## What is a cookie?

definitions-heading = Čo je súbor cookie?
# Markdown.
definitions-body = Súbor cookie je spravidla malý súbor údajov označený názvom, ktorý môže webové sídlo, ktoré navštevujete, odoslať do vášho prehliadača. Váš webový prehliadač ho uloží na určitý čas a pri každej ďalšej návšteve ho odošle späť na webový server. Súbory cookie majú mnoho využití: môžu slúžiť na zapamätanie vašich prihlasovacích údajov do internetového obchodu či aktuálneho obsahu vášho nákupného košíka, ako identifikátor na sledovanie vášho prehliadania na štatistické alebo reklamné účely atď.
cookie-kinds-intro = Existuje niekoľko druhov súborov cookie:
# Markdown.
cookie-kind-necessary = „Nevyhnutné“ interné súbory cookie umožňujú uchovať informácie medzi dvoma návštevami toho istého webového sídla z toho istého zariadenia. Môžu uchovávať nákupný košík, prihlasovacie údaje alebo nastavenia rozhrania. Nevyžadujú súhlas používateľa.
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
    [FR] „Štatistické“ súbory cookie umožňujú sledovať činnosť používateľa internetu na webovom sídle. Ak sú štatistiky anonymizované (teda ich nemožno priradiť ku konkrétnej osobe), súhlas používateľa sa nevyžaduje.
    [DE] „Štatistické“ súbory cookie umožňujú sledovať činnosť používateľa internetu na webovom sídle. Ukladajú sa iba so súhlasom používateľa (§ 25 ods. 1 nemeckého zákona TDDDG), pokiaľ ich uloženie nie je nevyhnutne potrebné na poskytnutie služby, ktorú si používateľ výslovne vyžiadal (§ 25 ods. 2 bod 2 TDDDG).
    [AT] „Štatistické“ súbory cookie umožňujú sledovať činnosť používateľa internetu na webovom sídle. Ukladajú sa iba so súhlasom používateľa (§ 165 ods. 3 rakúskeho zákona TKG 2021), pokiaľ ich uloženie nie je nevyhnutne potrebné na poskytnutie služby, ktorú si používateľ výslovne vyžiadal.
   *[other] „Štatistické“ súbory cookie umožňujú sledovať činnosť používateľa internetu na webovom sídle. Ukladajú sa iba so súhlasom používateľa, pokiaľ ich uloženie nie je nevyhnutne potrebné na poskytnutie služby, ktorú si používateľ výslovne vyžiadal (článok 5 ods. 3 smernice 2002/58/ES o súkromí a elektronických komunikáciách a vnútroštátne zákony, ktorými sa transponuje).
}
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
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Právny základ:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] váš súhlas (článok 6 ods. 1 písm. a) GDPR; § 25 ods. 1 nemeckého zákona TDDDG)
    [AT] váš súhlas (článok 6 ods. 1 písm. a) GDPR; § 165 ods. 3 rakúskeho zákona TKG 2021)
    [FR] váš súhlas (článok 6 ods. 1 písm. a) GDPR; článok 82 francúzskeho zákona Informatique et Libertés)
   *[other] váš súhlas (článok 6 ods. 1 písm. a) GDPR; článok 5 ods. 3 smernice 2002/58/ES o súkromí a elektronických komunikáciách, ako bola transponovaná do vnútroštátneho práva)
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
        [yes] ich uloženie je nevyhnutne potrebné na poskytnutie služby, ktorú ste si vyžiadali (§ 25 ods. 2 bod 2 nemeckého zákona TDDDG); spracúvanie je nevyhnutné na splnenie úlohy realizovanej vo verejnom záujme alebo pri výkone verejnej moci, ktorá nám bola zverená (článok 6 ods. 1 písm. e) GDPR)
       *[no] ich uloženie je nevyhnutne potrebné na poskytnutie služby, ktorú ste si vyžiadali (§ 25 ods. 2 bod 2 nemeckého zákona TDDDG); náš oprávnený záujem na funkčnom a bezpečnom webovom sídle (článok 6 ods. 1 písm. f) GDPR)
    }
    [AT] { $public ->
        [yes] ich uloženie je nevyhnutne potrebné na poskytnutie služby, ktorú ste si vyžiadali (§ 165 ods. 3 rakúskeho zákona TKG 2021); spracúvanie je nevyhnutné na splnenie úlohy realizovanej vo verejnom záujme alebo pri výkone verejnej moci, ktorá nám bola zverená (článok 6 ods. 1 písm. e) GDPR)
       *[no] ich uloženie je nevyhnutne potrebné na poskytnutie služby, ktorú ste si vyžiadali (§ 165 ods. 3 rakúskeho zákona TKG 2021); náš oprávnený záujem na funkčnom a bezpečnom webovom sídle (článok 6 ods. 1 písm. f) GDPR)
    }
    [FR] { $public ->
        [yes] ich uloženie je nevyhnutne potrebné na poskytnutie služby, ktorú ste si vyžiadali (článok 82 francúzskeho zákona Informatique et Libertés); spracúvanie je nevyhnutné na splnenie úlohy realizovanej vo verejnom záujme alebo pri výkone verejnej moci, ktorá nám bola zverená (článok 6 ods. 1 písm. e) GDPR)
       *[no] ich uloženie je nevyhnutne potrebné na poskytnutie služby, ktorú ste si vyžiadali (článok 82 francúzskeho zákona Informatique et Libertés); náš oprávnený záujem na funkčnom a bezpečnom webovom sídle (článok 6 ods. 1 písm. f) GDPR)
    }
   *[other] { $public ->
        [yes] ich uloženie je nevyhnutne potrebné na poskytnutie služby, ktorú ste si vyžiadali (článok 5 ods. 3 smernice 2002/58/ES o súkromí a elektronických komunikáciách); spracúvanie je nevyhnutné na splnenie úlohy realizovanej vo verejnom záujme alebo pri výkone verejnej moci, ktorá nám bola zverená (článok 6 ods. 1 písm. e) GDPR)
       *[no] ich uloženie je nevyhnutne potrebné na poskytnutie služby, ktorú ste si vyžiadali (článok 5 ods. 3 smernice 2002/58/ES o súkromí a elektronických komunikáciách); náš oprávnený záujem na funkčnom a bezpečnom webovom sídle (článok 6 ods. 1 písm. f) GDPR)
    }
}
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

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Prenosy údajov do krajín mimo Európskeho hospodárskeho priestoru
# Markdown.
transfers-intro = Niektorí poskytovatelia prijímajú údaje v krajinách mimo Európskej únie a Európskeho hospodárskeho priestoru. Vaše údaje sú tam chránené takto:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = rozhodnutie Európskej komisie o primeranosti (článok 45 GDPR)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = rámec ochrany osobných údajov medzi EÚ a USA (Data Privacy Framework), v rámci ktorého je poskytovateľ certifikovaný (rozhodnutie Európskej komisie o primeranosti z 10. júla 2023, článok 45 GDPR)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = štandardné doložky o ochrane údajov prijaté Európskou komisiou (článok 46 ods. 2 písm. c) GDPR)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = záväzné vnútropodnikové pravidlá schválené dozorným orgánom (článok 47 GDPR)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = váš výslovný súhlas, udelený po tom, ako ste boli informovaní o možných rizikách prenosu (článok 49 ods. 1 písm. a) GDPR)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Vaše práva
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Máte právo na prístup k osobným údajom, ktoré o vás spracúvame (článok 15 GDPR), na opravu (článok 16 GDPR), na vymazanie (článok 17 GDPR), na obmedzenie spracúvania (článok 18 GDPR) a na prenosnosť údajov (článok 20 GDPR). Ak spracúvame údaje na základe článku 6 ods. 1 písm. e) alebo f) GDPR, máte právo namietať proti spracúvaniu z dôvodov týkajúcich sa vašej konkrétnej situácie (článok 21 GDPR). Ak chcete tieto práva uplatniť, kontaktujte nás; naše kontaktné údaje sú uvedené na tejto stránke.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Svoj súhlas môžete kedykoľvek odvolať, a to rovnako jednoducho, ako ste ho udelili, zmenou nastavení súborov cookie. Odvolanie platí od tohto okamihu; nemá vplyv na zákonnosť spracúvania založeného na súhlase pred jeho odvolaním (článok 7 ods. 3 GDPR).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Zmeniť nastavenia súborov cookie
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Máte právo podať sťažnosť dozornému orgánu, najmä v členskom štáte svojho obvyklého pobytu, mieste výkonu práce alebo v mieste údajného porušenia (článok 77 GDPR).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Dozorným orgánom príslušným pre nás je { $authority }.

## Who is responsible

controller-heading = Kto zodpovedá za toto webové sídlo
# "prevádzkovateľ": GDPR čl. 4 bod 7, Slovak text.
controller-intro = Prevádzkovateľom zodpovedným za spracúvanie vašich údajov na tomto webovom sídle je:
controller-email = E-mail: { $email }
controller-website = Webové sídlo: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Môžete sa obrátiť na našu zodpovednú osobu:

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
