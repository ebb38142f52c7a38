# Machine-assisted translation (2026-12-02); not yet read back by a second reader.
# Built-in Maltese messages of cookiedoc. Copy a message into locales/mt/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Maltese text of the GDPR (Regolament (UE) 2016/679, ĠU L 119, 4.5.2016):
# kontrollur (controller), kunsens (consent), data personali (personal data), ipproċessar
# (processing). Address: "inti" (second person singular), as Maltese public websites write.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Malti
page-title = Politika dwar il-cookies
# The title of dist/index.html, which lists every language.
locale-index-title = Politika dwar il-cookies
skip-link = Aqbeż għall-politika dwar il-cookies
language-switcher-label = Lingwi oħra
# Markdown.
intro = Biex noffrulek l-aħjar servizz possibbli, nużaw il-cookies biex niżguraw li s-sit jaħdem sew u biex nagħmlu analiżi tal-web.

## What is a cookie?

definitions-heading = X’inhi cookie?
# Markdown.
definitions-body = Cookie hija biċċa data, ġeneralment żgħira u identifikata b’isem, li sit web li tkun qed iżżur jista’ jibgħat lill-browser tiegħek. Il-browser tiegħek jaħżinha għal ċertu żmien, u jibgħatha lura lis-server tal-web kull darba li terġa’ żżur is-sit. Il-cookies għandhom ħafna użi: jistgħu jintużaw biex jiftakru d-dettalji tal-login tiegħek f’ħanut online jew il-kontenut attwali tal-karrettun tax-xiri tiegħek, jew bħala identifikatur biex jiġi segwit il-browsing tiegħek għal skopijiet statistiċi jew ta’ reklamar, eċċ.
cookie-kinds-intro = Jeżistu diversi tipi ta’ cookies:
# Markdown.
cookie-kind-necessary = Il-cookies interni “meħtieġa” jippermettu li l-informazzjoni tinżamm bejn żewġ żjarat fl-istess sit web mill-istess apparat. Jistgħu jżommu karrettun tax-xiri, id-dettalji tal-login jew il-preferenzi tal-interfaċċa. Ma jeħtieġux il-kunsens tal-utent.
# Markdown.
cookie-kind-statistical = Il-cookies “statistiċi” jagħmluha possibbli li jiġu segwiti l-azzjonijiet ta’ utent tal-Internet fuq sit web. Meta l-istatistika tkun anonimizzata (jiġifieri ma tkunx tista’ tiġi marbuta ma’ persuna), il-kunsens tal-utent mhuwiex meħtieġ.
# Markdown.
cookie-kind-first-party = Il-cookies “interni” jew “tal-ewwel parti” jinħażnu mis-sit web miżjur. Jistgħu jinħażnu flimkien mal-cookies meħtieġa, u jistgħu jintużaw biex tinġabar data personali, biex tiġi segwita l-imġiba tal-utenti, u għal skopijiet ta’ reklamar.
# Markdown.
cookie-kind-third-party = Il-cookies “ta’ partijiet terzi” huma cookies maħżuna minn (jew għal) sit web B (ħafna drabi aġenzija tar-reklamar) fuq sit web A. Dan jippermetti lis-sit web B jara liema paġni żar l-utent fuq is-sit web A, u jiġbor informazzjoni dwar l-utent.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Liema cookies jintużaw fuq il-pjattaforma <{ $url }>
no-cookies = Dan is-sit web ma jaħżen l-ebda cookie jew data simili fuq l-apparat tiegħek.
consent-required = Dawn il-cookies jinħażnu biss bil-kunsens tiegħek.
consent-not-required = Dawn il-cookies ma jeħtieġux il-kunsens tiegħek.
column-provider = Isem il-fornitur tas-servizz
column-function = Funzjoni u post
column-names = Isem jew ismijiet tal-cookie
column-purpose = Skopijiet
column-duration = Tul ta’ żmien
column-kind = Tip
party-third = Parti terza
kind-http-cookie = Cookie
kind-local-storage = Ħażna lokali
kind-session-storage = Ħażna tas-sessjoni
kind-indexeddb = IndexedDB
kind-pixel = Pixel tal-intraċċar

## Built-in categories

category-necessary-title = Cookies meħtieġa
category-necessary-description = Dawn il-cookies huma meħtieġa biex is-sit web jaħdem u jinżamm sigur. Ma jistgħux jintfew.
category-preferences-title = Cookies tal-preferenzi
category-preferences-description = Dawn il-cookies jiftakru l-għażliet li tagħmel, bħal-lingwa jew ir-reġjun tiegħek, biex jagħtuk esperjenza aktar personali.
category-statistics-title = Cookies tal-istatistika
category-statistics-description = Dawn il-cookies jgħinuna nifhmu kif il-viżitaturi jużaw is-sit web billi jiġbru informazzjoni dwar iż-żjarat.
category-marketing-title = Cookies tal-kummerċjalizzazzjoni
category-marketing-description = Dawn il-cookies jintużaw biex juruk reklami rilevanti għalik, u biex ikejlu kemm huma effettivi.

## Durations ($count: a number)
# Node's Intl (ICU 78, CLDR 48) has no Maltese unit names: it falls back to the root forms
# ("5 s", "5 min", "5 h", "5 d", "5 w", "5 m", "5 y"), so these forms are written by hand
# and cannot be compared with it. Maltese grammar, by CLDR category:
#   one (1): singular; two (2): the dual where the noun has one ("sagħtejn", "jumejn",
#   "ġimagħtejn", "xahrejn", "sentejn", written without the digit, as CLDR does for the
#   Arabic dual), else "2" and the plural; few (0, 3–10, 103–110, …): plural ("3 xhur");
#   many (11–19, 111–119, …): the "-il" numeral and the singular ("12-il xahar");
#   other (20–102, 120–…): singular ("24 xahar", "72 siegħa" as in GDPR art. 33).
# cookiedoc's plural selector (intl_pluralrules 7.0.2, used by fluent-bundle) has CLDR 37's
# rules, which have no "two", and drops their "n % 100": it gives "few" for 2 ("2 sigħat",
# also correct Maltese) and "other" for 103–119, 203–219, … ("103 sena" for "103 snin",
# "111 sena" for "111-il sena"); the variants follow current CLDR.

duration-session = Sessjoni
duration-persistent = Sakemm tħassarha
# $duration: a duration in words.
duration-up-to = sa { $duration }
# $first, $second: two durations in words.
duration-and = { $first } u { $second }
duration-seconds = { $count ->
    [one] { $count } sekonda
    [two] { $count } sekondi
    [few] { $count } sekondi
    [many] { $count }-il sekonda
   *[other] { $count } sekonda
}
duration-minutes = { $count ->
    [one] { $count } minuta
    [two] { $count } minuti
    [few] { $count } minuti
    [many] { $count }-il minuta
   *[other] { $count } minuta
}
duration-hours = { $count ->
    [one] { $count } siegħa
    [two] sagħtejn
    [few] { $count } sigħat
    [many] { $count }-il siegħa
   *[other] { $count } siegħa
}
duration-days = { $count ->
    [one] { $count } jum
    [two] jumejn
    [few] { $count } ijiem
    [many] { $count }-il jum
   *[other] { $count } jum
}
duration-weeks = { $count ->
    [one] { $count } ġimgħa
    [two] ġimagħtejn
    [few] { $count } ġimgħat
    [many] { $count }-il ġimgħa
   *[other] { $count } ġimgħa
}
duration-months = { $count ->
    [one] { $count } xahar
    [two] xahrejn
    [few] { $count } xhur
    [many] { $count }-il xahar
   *[other] { $count } xahar
}
duration-years = { $count ->
    [one] { $count } sena
    [two] sentejn
    [few] { $count } snin
    [many] { $count }-il sena
   *[other] { $count } sena
}

## Managing cookies

manage-heading = Kif tirrifjuta jew tħassar il-cookies
# Markdown.
manage-body = Tista’ tirrifjuta l-cookies li jeħtieġu l-kunsens tiegħek meta s-sit web jitolbok, u tbiddel l-għażla tiegħek fi kwalunkwe ħin. Tista’ wkoll tissettja l-browser tiegħek biex jirrifjuta l-cookies, jew biex iħassarhom meta tagħlqu, u tħassar mis-settings tiegħu l-cookies li jkun diġà ħażen, normalment taħt “Privatezza” jew “Sigurtà”. Jekk tirrifjuta l-cookies meħtieġa, xi partijiet tas-sit web jistgħu ma jibqgħux jaħdmu.

## Who is responsible

controller-heading = Min hu responsabbli għal dan is-sit web
# "kontrollur": GDPR artikolu 4(7), Maltese text.
controller-intro = Il-kontrollur responsabbli għall-ipproċessar tad-data tiegħek fuq dan is-sit web huwa:
controller-email = Posta elettronika: { $email }
controller-website = Sit web: { $url }

## Dates

# $date: a date in words.
last-updated = L-aħħar aġġornament: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day } ta’ { $month } { $year }
month-1 = Jannar
month-2 = Frar
month-3 = Marzu
month-4 = April
month-5 = Mejju
month-6 = Ġunju
month-7 = Lulju
month-8 = Awwissu
month-9 = Settembru
month-10 = Ottubru
month-11 = Novembru
month-12 = Diċembru

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Nużaw il-cookies
# Markdown.
banner-description = Nużaw cookies li huma meħtieġa biex dan is-sit web jaħdem u, bil-kunsens tiegħek, oħrajn li jgħinuna ntejbuh. Tista’ tbiddel l-għażla tiegħek fi kwalunkwe ħin.
banner-accept-all = Aċċetta kollox
banner-accept-necessary = Irrifjuta kollox
banner-show-preferences = Immaniġġja l-preferenzi
preferences-title = Preferenzi tal-cookies
preferences-save = Issejvja l-għażliet tiegħi
preferences-close = Agħlaq
