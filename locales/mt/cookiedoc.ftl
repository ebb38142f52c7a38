# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Maltese messages of cookiedoc. Copy a message into locales/mt/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Maltese text of the GDPR (Regolament (UE) 2016/679, ĠU L 119, 4.5.2016):
# kontrollur (controller), kunsens (consent), data personali (personal data), ipproċessar
# (processing). Address: "inti" (second person singular), as Maltese public websites write.
# Further terms of the same text: uffiċjal tal-protezzjoni tad-data (data protection officer),
# awtorità superviżorja (supervisory authority), bażi legali (legal basis), pajjiż terz (third
# country), deċiżjoni ta’ adegwatezza (adequacy decision), klawżoli standard tal-protezzjoni
# tad-data (standard data protection clauses), regoli korporattivi vinkolanti (binding corporate
# rules). Articles cited as in that text: "il-punt (a) tal-Artikolu 6(1) tal-GDPR".
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Malti
page-title = Politika dwar il-cookies
# The title of dist/index.html, which lists every language.
locale-index-title = Politika dwar il-cookies
skip-link = Aqbeż għall-politika dwar il-cookies
language-switcher-label = Lingwi oħra
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Dan is-sit web jaħdem mingħajr cookies.
    [statistics] Biex noffrulek l-aħjar servizz possibbli, nużaw il-cookies biex niżguraw li s-sit jaħdem sew u biex nagħmlu analiżi tal-web.
    [marketing] Biex noffrulek l-aħjar servizz possibbli, nużaw il-cookies biex niżguraw li s-sit jaħdem sew u biex nurulek reklami li huma rilevanti għalik.
    [statistics-marketing] Biex noffrulek l-aħjar servizz possibbli, nużaw il-cookies biex niżguraw li s-sit jaħdem sew, biex nagħmlu analiżi tal-web u biex nurulek reklami li huma rilevanti għalik.
   *[necessary] Biex noffrulek l-aħjar servizz possibbli, nużaw il-cookies biex niżguraw li s-sit jaħdem sew.
}

## What is a cookie?

definitions-heading = X’inhi cookie?
# Markdown.
definitions-body = Cookie hija biċċa data, ġeneralment żgħira u identifikata b’isem, li sit web li tkun qed iżżur jista’ jibgħat lill-browser tiegħek. Il-browser tiegħek jaħżinha għal ċertu żmien, u jibgħatha lura lis-server tal-web kull darba li terġa’ żżur is-sit. Il-cookies għandhom ħafna użi: jistgħu jintużaw biex jiftakru d-dettalji tal-login tiegħek f’ħanut online jew il-kontenut attwali tal-karrettun tax-xiri tiegħek, jew bħala identifikatur biex jiġi segwit il-browsing tiegħek għal skopijiet statistiċi jew ta’ reklamar, eċċ.
cookie-kinds-intro = Jeżistu diversi tipi ta’ cookies:
# Markdown.
cookie-kind-necessary = Il-cookies interni “meħtieġa” jippermettu li l-informazzjoni tinżamm bejn żewġ żjarat fl-istess sit web mill-istess apparat. Jistgħu jżommu karrettun tax-xiri, id-dettalji tal-login jew il-preferenzi tal-interfaċċa. Ma jeħtieġux il-kunsens tal-utent.
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
    [FR] Il-cookies “statistiċi” jagħmluha possibbli li jiġu segwiti l-azzjonijiet ta’ utent tal-Internet fuq sit web. Meta l-istatistika tkun anonimizzata (jiġifieri ma tkunx tista’ tiġi marbuta ma’ persuna), il-kunsens tal-utent mhuwiex meħtieġ.
    [DE] Il-cookies “statistiċi” jagħmluha possibbli li jiġu segwiti l-azzjonijiet ta’ utent tal-Internet fuq sit web. Jinħażnu biss bil-kunsens tal-utent (§ 25 Abs. 1 TDDDG), sakemm il-ħażna tagħhom ma tkunx strettament meħtieġa biex jingħata servizz li l-utent ikun talab espliċitament (§ 25 Abs. 2 Nr. 2 TDDDG).
    [AT] Il-cookies “statistiċi” jagħmluha possibbli li jiġu segwiti l-azzjonijiet ta’ utent tal-Internet fuq sit web. Jinħażnu biss bil-kunsens tal-utent (§ 165 Abs. 3 TKG 2021), sakemm il-ħażna tagħhom ma tkunx strettament meħtieġa biex jingħata servizz li l-utent ikun talab espliċitament.
   *[other] Il-cookies “statistiċi” jagħmluha possibbli li jiġu segwiti l-azzjonijiet ta’ utent tal-Internet fuq sit web. Jinħażnu biss bil-kunsens tal-utent, sakemm il-ħażna tagħhom ma tkunx strettament meħtieġa biex jingħata servizz li l-utent ikun talab espliċitament (l-Artikolu 5(3) tad-Direttiva 2002/58/KE dwar il-privatezza elettronika u l-liġijiet nazzjonali li jittrasponuha).
}
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
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Bażi legali:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] il-kunsens tiegħek (il-punt (a) tal-Artikolu 6(1) tal-GDPR; § 25 Abs. 1 TDDDG)
    [AT] il-kunsens tiegħek (il-punt (a) tal-Artikolu 6(1) tal-GDPR; § 165 Abs. 3 TKG 2021)
    [FR] il-kunsens tiegħek (il-punt (a) tal-Artikolu 6(1) tal-GDPR; l-Artikolu 82 tal-liġi Franċiża Informatique et Libertés)
   *[other] il-kunsens tiegħek (il-punt (a) tal-Artikolu 6(1) tal-GDPR; l-Artikolu 5(3) tad-Direttiva 2002/58/KE dwar il-privatezza elettronika kif traspost fil-liġi nazzjonali)
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
        [yes] il-ħażna tagħhom hija strettament meħtieġa biex jingħata s-servizz li tlabt (§ 25 Abs. 2 Nr. 2 TDDDG); l-ipproċessar huwa meħtieġ għat-twettiq ta’ kompitu li jsir fl-interess pubbliku jew fl-eżerċizzju ta’ awtorità uffiċjali mogħtija lilna (il-punt (e) tal-Artikolu 6(1) tal-GDPR)
       *[no] il-ħażna tagħhom hija strettament meħtieġa biex jingħata s-servizz li tlabt (§ 25 Abs. 2 Nr. 2 TDDDG); l-interess leġittimu tagħna f’sit web li jaħdem u li huwa sigur (il-punt (f) tal-Artikolu 6(1) tal-GDPR)
    }
    [AT] { $public ->
        [yes] il-ħażna tagħhom hija strettament meħtieġa biex jingħata s-servizz li tlabt (§ 165 Abs. 3 TKG 2021); l-ipproċessar huwa meħtieġ għat-twettiq ta’ kompitu li jsir fl-interess pubbliku jew fl-eżerċizzju ta’ awtorità uffiċjali mogħtija lilna (il-punt (e) tal-Artikolu 6(1) tal-GDPR)
       *[no] il-ħażna tagħhom hija strettament meħtieġa biex jingħata s-servizz li tlabt (§ 165 Abs. 3 TKG 2021); l-interess leġittimu tagħna f’sit web li jaħdem u li huwa sigur (il-punt (f) tal-Artikolu 6(1) tal-GDPR)
    }
    [FR] { $public ->
        [yes] il-ħażna tagħhom hija strettament meħtieġa biex jingħata s-servizz li tlabt (l-Artikolu 82 tal-liġi Franċiża Informatique et Libertés); l-ipproċessar huwa meħtieġ għat-twettiq ta’ kompitu li jsir fl-interess pubbliku jew fl-eżerċizzju ta’ awtorità uffiċjali mogħtija lilna (il-punt (e) tal-Artikolu 6(1) tal-GDPR)
       *[no] il-ħażna tagħhom hija strettament meħtieġa biex jingħata s-servizz li tlabt (l-Artikolu 82 tal-liġi Franċiża Informatique et Libertés); l-interess leġittimu tagħna f’sit web li jaħdem u li huwa sigur (il-punt (f) tal-Artikolu 6(1) tal-GDPR)
    }
   *[other] { $public ->
        [yes] il-ħażna tagħhom hija strettament meħtieġa biex jingħata s-servizz li tlabt (l-Artikolu 5(3) tad-Direttiva 2002/58/KE dwar il-privatezza elettronika); l-ipproċessar huwa meħtieġ għat-twettiq ta’ kompitu li jsir fl-interess pubbliku jew fl-eżerċizzju ta’ awtorità uffiċjali mogħtija lilna (il-punt (e) tal-Artikolu 6(1) tal-GDPR)
       *[no] il-ħażna tagħhom hija strettament meħtieġa biex jingħata s-servizz li tlabt (l-Artikolu 5(3) tad-Direttiva 2002/58/KE dwar il-privatezza elettronika); l-interess leġittimu tagħna f’sit web li jaħdem u li huwa sigur (il-punt (f) tal-Artikolu 6(1) tal-GDPR)
    }
}
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

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Trasferimenti lejn pajjiżi barra ż-Żona Ekonomika Ewropea
# Markdown.
transfers-intro = Xi fornituri jirċievu data f’pajjiżi barra l-Unjoni Ewropea u ż-Żona Ekonomika Ewropea. Hekk hija protetta d-data tiegħek hemmhekk:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = deċiżjoni ta’ adegwatezza tal-Kummissjoni Ewropea (l-Artikolu 45 tal-GDPR)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = il-Qafas tal-Privatezza tad-Data UE-Stati Uniti (Data Privacy Framework), li taħtu l-fornitur huwa ċċertifikat (deċiżjoni ta’ adegwatezza tal-Kummissjoni Ewropea tal-10 ta’ Lulju 2023, l-Artikolu 45 tal-GDPR)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = klawżoli standard tal-protezzjoni tad-data adottati mill-Kummissjoni Ewropea (il-punt (c) tal-Artikolu 46(2) tal-GDPR)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = regoli korporattivi vinkolanti approvati minn awtorità superviżorja (l-Artikolu 47 tal-GDPR)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = il-kunsens espliċitu tiegħek, mogħti wara li ġejt infurmat dwar ir-riskji possibbli tat-trasferiment (il-punt (a) tal-Artikolu 49(1) tal-GDPR)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Id-drittijiet tiegħek
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Għandek id-dritt ta’ aċċess għad-data personali li nipproċessaw dwarek (l-Artikolu 15 tal-GDPR), għar-rettifika (l-Artikolu 16 tal-GDPR), għat-tħassir (l-Artikolu 17 tal-GDPR), għar-restrizzjoni tal-ipproċessar (l-Artikolu 18 tal-GDPR) u għall-portabbiltà tad-data (l-Artikolu 20 tal-GDPR). Meta nipproċessaw id-data abbażi tal-punt (e) jew (f) tal-Artikolu 6(1) tal-GDPR, għandek id-dritt li toġġezzjona għall-ipproċessar għal raġunijiet relatati mas-sitwazzjoni partikolari tiegħek (l-Artikolu 21 tal-GDPR). Biex teżerċita dawn id-drittijiet, ikkuntattjana; id-dettalji ta’ kuntatt tagħna jinsabu f’din il-paġna.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Tista’ tirtira l-kunsens tiegħek fi kwalunkwe ħin, b’mod faċli daqskemm tajtu, billi tibdel is-settings tal-cookies tiegħek. L-irtirar japplika minn dak il-ħin ’il quddiem; ma jaffettwax il-legalità tal-ipproċessar ibbażat fuq il-kunsens tiegħek qabel l-irtirar (l-Artikolu 7(3) tal-GDPR).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Ibdel is-settings tal-cookies tiegħek
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Għandek id-dritt li tressaq ilment quddiem awtorità superviżorja, b’mod partikolari fl-Istat Membru tar-residenza abitwali tiegħek, tal-post tax-xogħol tiegħek jew tal-post fejn seħħ il-ksur allegat (l-Artikolu 77 tal-GDPR).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = L-awtorità superviżorja responsabbli għalina hija { $authority }.

## Who is responsible

controller-heading = Min hu responsabbli għal dan is-sit web
# "kontrollur": GDPR artikolu 4(7), Maltese text.
controller-intro = Il-kontrollur responsabbli għall-ipproċessar tad-data tiegħek fuq dan is-sit web huwa:
controller-email = Posta elettronika: { $email }
controller-website = Sit web: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Tista’ tikkuntattja lill-uffiċjal tal-protezzjoni tad-data tagħna:

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
