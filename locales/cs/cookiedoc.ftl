# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Czech messages of cookiedoc. Copy a message into locales/cs/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Czech text of the GDPR (nařízení (EU) 2016/679, Úř. věst. L 119, 4.5.2016):
# správce (controller), pověřenec pro ochranu osobních údajů (data protection officer), dozorový
# úřad (supervisory authority), souhlas (consent), právní základ (legal basis), osobní údaje
# (personal data), zpracování (processing), třetí země (third country). Formal address: "vy"
# (lower case, as in texts addressed to the public). "Webové stránky" (plural) names the site.
# Transfers (GDPR Chapter V): rozhodnutí o odpovídající ochraně (adequacy decision), standardní
# doložky o ochraně osobních údajů (standard data protection clauses), závazná podniková pravidla
# (binding corporate rules).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Čeština
page-title = Zásady používání souborů cookie
# The title of dist/index.html, which lists every language.
locale-index-title = Zásady používání souborů cookie
skip-link = Přejít na zásady používání souborů cookie
language-switcher-label = Další jazyky
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Tyto webové stránky fungují bez souborů cookie.
    [statistics] Abychom vám mohli poskytovat co nejlepší služby, používáme soubory cookie k zajištění správného fungování webových stránek a k webové analytice.
    [marketing] Abychom vám mohli poskytovat co nejlepší služby, používáme soubory cookie k zajištění správného fungování webových stránek a k zobrazování reklamy, která je pro vás relevantní.
    [statistics-marketing] Abychom vám mohli poskytovat co nejlepší služby, používáme soubory cookie k zajištění správného fungování webových stránek, k webové analytice a k zobrazování reklamy, která je pro vás relevantní.
   *[necessary] Abychom vám mohli poskytovat co nejlepší služby, používáme soubory cookie k zajištění správného fungování webových stránek.
}

## What is a cookie?

definitions-heading = Co je soubor cookie?
# Markdown.
definitions-body = Soubor cookie je zpravidla malý blok dat označený názvem, který vám mohou webové stránky, které navštěvujete, odeslat do prohlížeče. Váš webový prohlížeč jej uloží na určitou dobu a při každé další návštěvě jej odešle zpět na webový server. Soubory cookie mají mnoho využití: mohou sloužit k zapamatování vašich přihlašovacích údajů do internetového obchodu či aktuálního obsahu vašeho nákupního košíku, jako identifikátor pro sledování vašeho prohlížení pro statistické nebo reklamní účely atd.
cookie-kinds-intro = Existuje několik druhů souborů cookie:
# Markdown.
cookie-kind-necessary = „Nezbytné“ interní soubory cookie umožňují uchovat informace mezi dvěma návštěvami týchž webových stránek ze stejného zařízení. Mohou uchovávat nákupní košík, přihlašovací údaje nebo nastavení rozhraní. Nevyžadují souhlas uživatele.
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
    [FR] „Statistické“ soubory cookie umožňují sledovat činnost uživatele internetu na webových stránkách. Jsou-li statistiky anonymizované (tj. nelze je přiřadit ke konkrétní osobě), souhlas uživatele se nevyžaduje.
    [DE] „Statistické“ soubory cookie umožňují sledovat činnost uživatele internetu na webových stránkách. Ukládají se pouze se souhlasem uživatele (§ 25 odst. 1 německého zákona TDDDG), ledaže je jejich uložení nezbytně nutné k poskytnutí služby, kterou si uživatel výslovně vyžádal (§ 25 odst. 2 bod 2 TDDDG).
    [AT] „Statistické“ soubory cookie umožňují sledovat činnost uživatele internetu na webových stránkách. Ukládají se pouze se souhlasem uživatele (§ 165 odst. 3 rakouského zákona TKG 2021), ledaže je jejich uložení nezbytně nutné k poskytnutí služby, kterou si uživatel výslovně vyžádal.
   *[other] „Statistické“ soubory cookie umožňují sledovat činnost uživatele internetu na webových stránkách. Ukládají se pouze se souhlasem uživatele, ledaže je jejich uložení nezbytně nutné k poskytnutí služby, kterou si uživatel výslovně vyžádal (čl. 5 odst. 3 směrnice 2002/58/ES o soukromí a elektronických komunikacích a vnitrostátní předpisy, které ji provádějí).
}
# Markdown.
cookie-kind-first-party = „Interní“ soubory cookie neboli soubory cookie „první strany“ ukládají navštívené webové stránky. Mohou se ukládat vedle nezbytných souborů cookie a mohou se používat ke shromažďování osobních údajů, sledování chování uživatelů a k reklamním účelům.
# Markdown.
cookie-kind-third-party = Soubory cookie „třetích stran“ jsou soubory cookie, které na webových stránkách A ukládají webové stránky B (často reklamní agentura) nebo které se tam ukládají pro ně. Webové stránky B tak mohou vidět, které stránky uživatel na webových stránkách A navštívil, a shromažďovat o něm informace.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Jaké soubory cookie se používají na platformě <{ $url }>
no-cookies = Tyto webové stránky do vašeho zařízení neukládají žádné soubory cookie ani podobná data.
consent-required = Tyto soubory cookie se ukládají pouze s vaším souhlasem.
consent-not-required = Tyto soubory cookie nevyžadují váš souhlas.
column-provider = Název poskytovatele služby
column-function = Funkce a umístění
column-names = Název (názvy) souborů cookie
column-purpose = Účely
column-duration = Doba uložení
column-kind = Typ
party-third = Třetí strana
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Právní základ:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] váš souhlas (čl. 6 odst. 1 písm. a) GDPR; § 25 odst. 1 německého zákona TDDDG)
    [AT] váš souhlas (čl. 6 odst. 1 písm. a) GDPR; § 165 odst. 3 rakouského zákona TKG 2021)
    [FR] váš souhlas (čl. 6 odst. 1 písm. a) GDPR; článek 82 francouzského zákona Informatique et Libertés)
   *[other] váš souhlas (čl. 6 odst. 1 písm. a) GDPR; čl. 5 odst. 3 směrnice 2002/58/ES, jak byla provedena ve vnitrostátním právu)
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
        [yes] jejich uložení je nezbytně nutné k poskytnutí služby, kterou jste si vyžádali (§ 25 odst. 2 bod 2 německého zákona TDDDG); zpracování je nezbytné pro splnění úkolu prováděného ve veřejném zájmu nebo při výkonu veřejné moci, kterým jsme pověřeni (čl. 6 odst. 1 písm. e) GDPR)
       *[no] jejich uložení je nezbytně nutné k poskytnutí služby, kterou jste si vyžádali (§ 25 odst. 2 bod 2 německého zákona TDDDG); náš oprávněný zájem na funkčních a bezpečných webových stránkách (čl. 6 odst. 1 písm. f) GDPR)
    }
    [AT] { $public ->
        [yes] jejich uložení je nezbytně nutné k poskytnutí služby, kterou jste si vyžádali (§ 165 odst. 3 rakouského zákona TKG 2021); zpracování je nezbytné pro splnění úkolu prováděného ve veřejném zájmu nebo při výkonu veřejné moci, kterým jsme pověřeni (čl. 6 odst. 1 písm. e) GDPR)
       *[no] jejich uložení je nezbytně nutné k poskytnutí služby, kterou jste si vyžádali (§ 165 odst. 3 rakouského zákona TKG 2021); náš oprávněný zájem na funkčních a bezpečných webových stránkách (čl. 6 odst. 1 písm. f) GDPR)
    }
    [FR] { $public ->
        [yes] jejich uložení je nezbytně nutné k poskytnutí služby, kterou jste si vyžádali (článek 82 francouzského zákona Informatique et Libertés); zpracování je nezbytné pro splnění úkolu prováděného ve veřejném zájmu nebo při výkonu veřejné moci, kterým jsme pověřeni (čl. 6 odst. 1 písm. e) GDPR)
       *[no] jejich uložení je nezbytně nutné k poskytnutí služby, kterou jste si vyžádali (článek 82 francouzského zákona Informatique et Libertés); náš oprávněný zájem na funkčních a bezpečných webových stránkách (čl. 6 odst. 1 písm. f) GDPR)
    }
   *[other] { $public ->
        [yes] jejich uložení je nezbytně nutné k poskytnutí služby, kterou jste si vyžádali (čl. 5 odst. 3 směrnice 2002/58/ES); zpracování je nezbytné pro splnění úkolu prováděného ve veřejném zájmu nebo při výkonu veřejné moci, kterým jsme pověřeni (čl. 6 odst. 1 písm. e) GDPR)
       *[no] jejich uložení je nezbytně nutné k poskytnutí služby, kterou jste si vyžádali (čl. 5 odst. 3 směrnice 2002/58/ES); náš oprávněný zájem na funkčních a bezpečných webových stránkách (čl. 6 odst. 1 písm. f) GDPR)
    }
}
kind-http-cookie = Soubor cookie
kind-local-storage = Místní úložiště
kind-session-storage = Úložiště relace
kind-indexeddb = IndexedDB
kind-pixel = Sledovací pixel

## Built-in categories

category-necessary-title = Nezbytné soubory cookie
category-necessary-description = Tyto soubory cookie jsou nezbytné pro fungování a zabezpečení webových stránek. Nelze je vypnout.
category-preferences-title = Preferenční soubory cookie
category-preferences-description = Tyto soubory cookie si pamatují vaše volby, například jazyk nebo region, aby vám webové stránky lépe vyhovovaly.
category-statistics-title = Statistické soubory cookie
category-statistics-description = Tyto soubory cookie nám pomáhají pochopit, jak návštěvníci webové stránky používají, tím, že shromažďují informace o návštěvách.
category-marketing-title = Marketingové soubory cookie
category-marketing-description = Tyto soubory cookie se používají k zobrazování reklamy, která je pro vás relevantní, a k měření její účinnosti.

## Durations ($count: a number)
# CLDR "few" is 2–4 only ("22 let", not "22 roky"); "many" is for decimals and takes the
# genitive singular ("1,5 roku"), as CLDR's Czech unit data does.

duration-session = Relace
duration-persistent = Dokud jej nesmažete
# $duration: a duration in words. Not "do" (up to), which needs the genitive ("do 2 měsíců")
# while the count forms are nominative ("2 měsíce"); "nejvýše" takes them as they are.
duration-up-to = nejvýše { $duration }
# $first, $second: two durations in words.
duration-and = { $first } a { $second }
duration-seconds = { $count ->
    [one] { $count } sekunda
    [few] { $count } sekundy
    [many] { $count } sekundy
   *[other] { $count } sekund
}
duration-minutes = { $count ->
    [one] { $count } minuta
    [few] { $count } minuty
    [many] { $count } minuty
   *[other] { $count } minut
}
duration-hours = { $count ->
    [one] { $count } hodina
    [few] { $count } hodiny
    [many] { $count } hodiny
   *[other] { $count } hodin
}
duration-days = { $count ->
    [one] { $count } den
    [few] { $count } dny
    [many] { $count } dne
   *[other] { $count } dnů
}
duration-weeks = { $count ->
    [one] { $count } týden
    [few] { $count } týdny
    [many] { $count } týdne
   *[other] { $count } týdnů
}
duration-months = { $count ->
    [one] { $count } měsíc
    [few] { $count } měsíce
    [many] { $count } měsíce
   *[other] { $count } měsíců
}
duration-years = { $count ->
    [one] { $count } rok
    [few] { $count } roky
    [many] { $count } roku
   *[other] { $count } let
}

## Managing cookies

manage-heading = Jak odmítnout nebo smazat soubory cookie
# Markdown.
manage-body = Soubory cookie, které vyžadují váš souhlas, můžete odmítnout, když vás o něj webové stránky požádají, a svou volbu můžete kdykoli změnit. Svůj webový prohlížeč můžete také nastavit tak, aby soubory cookie odmítal nebo je při zavření smazal, a v jeho nastavení můžete smazat soubory cookie, které již uložil, obvykle v části „Soukromí“ nebo „Zabezpečení“. Pokud odmítnete nezbytné soubory cookie, některé části webových stránek nemusí fungovat.

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Předávání údajů do zemí mimo Evropský hospodářský prostor
# Markdown.
transfers-intro = Někteří poskytovatelé přijímají údaje v zemích mimo Evropskou unii a Evropský hospodářský prostor (ve třetích zemích). Vaše údaje jsou tam chráněny takto:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = rozhodnutí Evropské komise o odpovídající ochraně (čl. 45 GDPR)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = rámec EU–USA pro ochranu osobních údajů (Data Privacy Framework), v němž je poskytovatel certifikován (rozhodnutí Evropské komise o odpovídající ochraně ze dne 10. července 2023, čl. 45 GDPR)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = standardní doložky o ochraně osobních údajů přijaté Evropskou komisí (čl. 46 odst. 2 písm. c) GDPR)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = závazná podniková pravidla schválená dozorovým úřadem (čl. 47 GDPR)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = váš výslovný souhlas udělený poté, co jste obdrželi informace o možných rizicích předání (čl. 49 odst. 1 písm. a) GDPR)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Vaše práva
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Máte právo na přístup k osobním údajům, které o vás zpracováváme (čl. 15 GDPR), na jejich opravu (čl. 16 GDPR), výmaz (čl. 17 GDPR) a omezení zpracování (čl. 18 GDPR) a právo na přenositelnost údajů (čl. 20 GDPR). Pokud zpracováváme údaje na základě čl. 6 odst. 1 písm. e) nebo f) GDPR, máte právo z důvodů týkajících se vaší konkrétní situace vznést námitku proti zpracování (čl. 21 GDPR). Chcete-li tato práva uplatnit, kontaktujte nás; naše kontaktní údaje jsou uvedeny na této stránce.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Svůj souhlas můžete kdykoli odvolat, a to stejně snadno, jako jste jej udělili, změnou nastavení souborů cookie. Odvolání platí od tohoto okamžiku; nemá vliv na zákonnost zpracování založeného na souhlasu uděleném před jeho odvoláním (čl. 7 odst. 3 GDPR).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Změnit nastavení souborů cookie
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Máte právo podat stížnost u dozorového úřadu, zejména v členském státě svého obvyklého bydliště, místa výkonu zaměstnání nebo místa, kde došlo k údajnému porušení (čl. 77 GDPR).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Dozorovým úřadem, který je pro nás příslušný, je { $authority }.

## Who is responsible

controller-heading = Kdo odpovídá za tyto webové stránky
# "správce": GDPR čl. 4 bod 7, Czech text.
controller-intro = Správcem odpovědným za zpracování vašich údajů na těchto webových stránkách je:
controller-email = E-mail: { $email }
controller-website = Webové stránky: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Můžete kontaktovat našeho pověřence pro ochranu osobních údajů:

## Dates

# $date: a date in words.
last-updated = Poslední aktualizace: { $date }
# $day, $month (a month name, genitive as in Czech dates), $year; $iso is the date as 2026-11-28.
date = { $day }. { $month } { $year }
month-1 = ledna
month-2 = února
month-3 = března
month-4 = dubna
month-5 = května
month-6 = června
month-7 = července
month-8 = srpna
month-9 = září
month-10 = října
month-11 = listopadu
month-12 = prosince

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Používáme soubory cookie
# Markdown.
banner-description = Používáme soubory cookie, které jsou nezbytné pro fungování těchto webových stránek, a s vaším souhlasem i další, které nám pomáhají je zlepšovat. Svou volbu můžete kdykoli změnit.
banner-accept-all = Přijmout vše
banner-accept-necessary = Odmítnout vše
banner-show-preferences = Spravovat předvolby
preferences-title = Předvolby souborů cookie
preferences-save = Uložit nastavení
preferences-close = Zavřít
