# Machine-assisted translation (2026-12-03); not yet read back by a second reader.
# Built-in Czech messages of cookiedoc. Copy a message into locales/cs/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Czech text of the GDPR (nařízení (EU) 2016/679, Úř. věst. L 119, 4.5.2016):
# správce (controller), pověřenec pro ochranu osobních údajů (data protection officer), dozorový
# úřad (supervisory authority), souhlas (consent), právní základ (legal basis), osobní údaje
# (personal data), zpracování (processing), třetí země (third country). Formal address: "vy"
# (lower case, as in texts addressed to the public). "Webové stránky" (plural) names the site.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Čeština
page-title = Zásady používání souborů cookie
# The title of dist/index.html, which lists every language.
locale-index-title = Zásady používání souborů cookie
skip-link = Přejít na zásady používání souborů cookie
language-switcher-label = Další jazyky
# Markdown.
intro = Abychom vám mohli poskytovat co nejlepší služby, používáme soubory cookie k zajištění správného fungování webových stránek a k webové analytice.

## What is a cookie?

definitions-heading = Co je soubor cookie?
# Markdown.
definitions-body = Soubor cookie je zpravidla malý blok dat označený názvem, který vám mohou webové stránky, které navštěvujete, odeslat do prohlížeče. Váš webový prohlížeč jej uloží na určitou dobu a při každé další návštěvě jej odešle zpět na webový server. Soubory cookie mají mnoho využití: mohou sloužit k zapamatování vašich přihlašovacích údajů do internetového obchodu či aktuálního obsahu vašeho nákupního košíku, jako identifikátor pro sledování vašeho prohlížení pro statistické nebo reklamní účely atd.
cookie-kinds-intro = Existuje několik druhů souborů cookie:
# Markdown.
cookie-kind-necessary = „Nezbytné“ interní soubory cookie umožňují uchovat informace mezi dvěma návštěvami týchž webových stránek ze stejného zařízení. Mohou uchovávat nákupní košík, přihlašovací údaje nebo nastavení rozhraní. Nevyžadují souhlas uživatele.
# Markdown.
cookie-kind-statistical = „Statistické“ soubory cookie umožňují sledovat činnost uživatele internetu na webových stránkách. Jsou-li statistiky anonymizované (tj. nelze je přiřadit ke konkrétní osobě), souhlas uživatele se nevyžaduje.
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

## Who is responsible

controller-heading = Kdo odpovídá za tyto webové stránky
# "správce": GDPR čl. 4 bod 7, Czech text.
controller-intro = Správcem odpovědným za zpracování vašich údajů na těchto webových stránkách je:
controller-email = E-mail: { $email }
controller-website = Webové stránky: { $url }

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
