# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Latvian messages of cookiedoc. Copy a message into locales/lv/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Latvian text of the GDPR (Regula (ES) 2016/679, OV L 119, 4.5.2016):
# pārzinis (controller), piekrišana (consent), personas dati (personal data), apstrāde
# (processing). Formal address: "jūs" (lower case, as in texts for the general public).
# Further terms of the same text: datu aizsardzības speciālists (data protection officer),
# uzraudzības iestāde (supervisory authority), juridiskais pamats (legal basis), trešā valsts
# (third country), lēmums par aizsardzības līmeņa pietiekamību (adequacy decision), standarta datu
# aizsardzības klauzulas (standard data protection clauses), saistošie uzņēmuma noteikumi (binding
# corporate rules). Articles cited as in that text: "VDAR 6. panta 1. punkta a) apakšpunkts"
# (VDAR: Vispārīgā datu aizsardzības regula).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Latviešu
page-title = Sīkdatņu politika
# The title of dist/index.html, which lists every language.
locale-index-title = Sīkdatņu politika
skip-link = Pāriet uz sīkdatņu politiku
language-switcher-label = Citas valodas
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Šī tīmekļa vietne darbojas bez sīkdatnēm.
    [statistics] Lai sniegtu jums iespējami labāko pakalpojumu, mēs izmantojam sīkdatnes: tās nodrošina vietnes pareizu darbību un ļauj veikt tīmekļa analīzi.
    [marketing] Lai sniegtu jums iespējami labāko pakalpojumu, mēs izmantojam sīkdatnes: tās nodrošina vietnes pareizu darbību un ļauj rādīt jums atbilstošu reklāmu.
    [statistics-marketing] Lai sniegtu jums iespējami labāko pakalpojumu, mēs izmantojam sīkdatnes: tās nodrošina vietnes pareizu darbību, ļauj veikt tīmekļa analīzi un rādīt jums atbilstošu reklāmu.
   *[necessary] Lai sniegtu jums iespējami labāko pakalpojumu, mēs izmantojam sīkdatnes: tās nodrošina vietnes pareizu darbību.
}

## What is a cookie?

definitions-heading = Kas ir sīkdatne?
# Markdown.
definitions-body = Sīkdatne ir parasti neliels, ar nosaukumu identificēts datu fragments, ko jūsu apmeklētā tīmekļa vietne var nosūtīt jūsu pārlūkprogrammai. Jūsu tīmekļa pārlūkprogramma to saglabā noteiktu laiku un katrā nākamajā apmeklējumā nosūta atpakaļ tīmekļa serverim. Sīkdatnēm ir daudz lietojumu: tās var izmantot, lai atcerētos jūsu pieteikšanās datus interneta veikalā vai jūsu iepirkumu groza pašreizējo saturu, vai kā identifikatoru jūsu pārlūkošanas izsekošanai statistikas vai reklāmas nolūkos u. c.
cookie-kinds-intro = Pastāv vairāki sīkdatņu veidi:
# Markdown.
cookie-kind-necessary = “Nepieciešamās” iekšējās sīkdatnes ļauj saglabāt informāciju starp diviem vienas un tās pašas tīmekļa vietnes apmeklējumiem no vienas un tās pašas ierīces. Tās var saglabāt iepirkumu grozu, pieteikšanās datus vai saskarnes iestatījumus. Tām nav nepieciešama lietotāja piekrišana.
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
    [FR] “Statistikas” sīkdatnes ļauj izsekot interneta lietotāja darbībām tīmekļa vietnē. Ja statistika ir anonimizēta (proti, to nevar saistīt ar konkrētu personu), lietotāja piekrišana nav nepieciešama.
    [DE] “Statistikas” sīkdatnes ļauj izsekot interneta lietotāja darbībām tīmekļa vietnē. Tās tiek saglabātas tikai ar lietotāja piekrišanu (Vācijas TDDDG 25. panta 1. daļa), ja vien to saglabāšana nav absolūti nepieciešama, lai sniegtu pakalpojumu, ko lietotājs ir skaidri pieprasījis (Vācijas TDDDG 25. panta 2. daļas 2. punkts).
    [AT] “Statistikas” sīkdatnes ļauj izsekot interneta lietotāja darbībām tīmekļa vietnē. Tās tiek saglabātas tikai ar lietotāja piekrišanu (Austrijas TKG 2021 165. panta 3. daļa), ja vien to saglabāšana nav absolūti nepieciešama, lai sniegtu pakalpojumu, ko lietotājs ir skaidri pieprasījis.
   *[other] “Statistikas” sīkdatnes ļauj izsekot interneta lietotāja darbībām tīmekļa vietnē. Tās tiek saglabātas tikai ar lietotāja piekrišanu, ja vien to saglabāšana nav absolūti nepieciešama, lai sniegtu pakalpojumu, ko lietotājs ir skaidri pieprasījis (E-privātuma direktīvas 2002/58/EK 5. panta 3. punkts un valstu tiesību akti, ar kuriem tā transponēta).
}
# Markdown.
cookie-kind-first-party = “Iekšējās” jeb “pirmās puses” sīkdatnes saglabā apmeklētā tīmekļa vietne. Tās var saglabāt papildus nepieciešamajām sīkdatnēm, un tās var izmantot, lai vāktu personas datus, izsekotu lietotāju uzvedību, kā arī reklāmas nolūkos.
# Markdown.
cookie-kind-third-party = “Trešo pušu” sīkdatnes ir sīkdatnes, ko tīmekļa vietnē A saglabā tīmekļa vietne B (bieži vien reklāmas aģentūra) vai kas tiek saglabātas tās vajadzībām. Tas ļauj tīmekļa vietnei B redzēt, kuras lapas lietotājs ir apmeklējis tīmekļa vietnē A, un vākt informāciju par lietotāju.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Kādas sīkdatnes tiek izmantotas platformā <{ $url }>
no-cookies = Šī tīmekļa vietne jūsu ierīcē nesaglabā nekādas sīkdatnes vai līdzīgus datus.
consent-required = Šīs sīkdatnes tiek saglabātas tikai ar jūsu piekrišanu.
consent-not-required = Šīm sīkdatnēm jūsu piekrišana nav nepieciešama.
column-provider = Pakalpojuma sniedzēja nosaukums
column-function = Funkcija un atrašanās vieta
column-names = Sīkdatnes nosaukums(-i)
column-purpose = Nolūki
column-duration = Glabāšanas ilgums
column-kind = Veids
party-third = Trešā puse
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Juridiskais pamats:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] jūsu piekrišana (VDAR 6. panta 1. punkta a) apakšpunkts; Vācijas TDDDG 25. panta 1. daļa)
    [AT] jūsu piekrišana (VDAR 6. panta 1. punkta a) apakšpunkts; Austrijas TKG 2021 165. panta 3. daļa)
    [FR] jūsu piekrišana (VDAR 6. panta 1. punkta a) apakšpunkts; Francijas likuma Informatique et Libertés 82. pants)
   *[other] jūsu piekrišana (VDAR 6. panta 1. punkta a) apakšpunkts; E-privātuma direktīvas 2002/58/EK 5. panta 3. punkts, kā tas transponēts valsts tiesību aktos)
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
        [yes] to saglabāšana ir absolūti nepieciešama, lai sniegtu jūsu pieprasīto pakalpojumu (Vācijas TDDDG 25. panta 2. daļas 2. punkts); apstrāde ir vajadzīga, lai izpildītu uzdevumu, ko veic sabiedrības interesēs vai īstenojot mums likumīgi piešķirtās oficiālās pilnvaras (VDAR 6. panta 1. punkta e) apakšpunkts)
       *[no] to saglabāšana ir absolūti nepieciešama, lai sniegtu jūsu pieprasīto pakalpojumu (Vācijas TDDDG 25. panta 2. daļas 2. punkts); mūsu leģitīmās intereses uzturēt tīmekļa vietni, kas darbojas un ir droša (VDAR 6. panta 1. punkta f) apakšpunkts)
    }
    [AT] { $public ->
        [yes] to saglabāšana ir absolūti nepieciešama, lai sniegtu jūsu pieprasīto pakalpojumu (Austrijas TKG 2021 165. panta 3. daļa); apstrāde ir vajadzīga, lai izpildītu uzdevumu, ko veic sabiedrības interesēs vai īstenojot mums likumīgi piešķirtās oficiālās pilnvaras (VDAR 6. panta 1. punkta e) apakšpunkts)
       *[no] to saglabāšana ir absolūti nepieciešama, lai sniegtu jūsu pieprasīto pakalpojumu (Austrijas TKG 2021 165. panta 3. daļa); mūsu leģitīmās intereses uzturēt tīmekļa vietni, kas darbojas un ir droša (VDAR 6. panta 1. punkta f) apakšpunkts)
    }
    [FR] { $public ->
        [yes] to saglabāšana ir absolūti nepieciešama, lai sniegtu jūsu pieprasīto pakalpojumu (Francijas likuma Informatique et Libertés 82. pants); apstrāde ir vajadzīga, lai izpildītu uzdevumu, ko veic sabiedrības interesēs vai īstenojot mums likumīgi piešķirtās oficiālās pilnvaras (VDAR 6. panta 1. punkta e) apakšpunkts)
       *[no] to saglabāšana ir absolūti nepieciešama, lai sniegtu jūsu pieprasīto pakalpojumu (Francijas likuma Informatique et Libertés 82. pants); mūsu leģitīmās intereses uzturēt tīmekļa vietni, kas darbojas un ir droša (VDAR 6. panta 1. punkta f) apakšpunkts)
    }
   *[other] { $public ->
        [yes] to saglabāšana ir absolūti nepieciešama, lai sniegtu jūsu pieprasīto pakalpojumu (E-privātuma direktīvas 2002/58/EK 5. panta 3. punkts); apstrāde ir vajadzīga, lai izpildītu uzdevumu, ko veic sabiedrības interesēs vai īstenojot mums likumīgi piešķirtās oficiālās pilnvaras (VDAR 6. panta 1. punkta e) apakšpunkts)
       *[no] to saglabāšana ir absolūti nepieciešama, lai sniegtu jūsu pieprasīto pakalpojumu (E-privātuma direktīvas 2002/58/EK 5. panta 3. punkts); mūsu leģitīmās intereses uzturēt tīmekļa vietni, kas darbojas un ir droša (VDAR 6. panta 1. punkta f) apakšpunkts)
    }
}
kind-http-cookie = Sīkdatne
kind-local-storage = Lokālā krātuve
kind-session-storage = Sesijas krātuve
kind-indexeddb = IndexedDB
kind-pixel = Izsekošanas pikselis

## Built-in categories

category-necessary-title = Nepieciešamās sīkdatnes
category-necessary-description = Šīs sīkdatnes ir vajadzīgas, lai tīmekļa vietne darbotos un būtu droša. Tās nevar izslēgt.
category-preferences-title = Iestatījumu sīkdatnes
category-preferences-description = Šīs sīkdatnes atceras jūsu izdarītās izvēles, piemēram, valodu vai reģionu, lai sniegtu jums personiskāku pieredzi.
category-statistics-title = Statistikas sīkdatnes
category-statistics-description = Šīs sīkdatnes palīdz mums saprast, kā apmeklētāji izmanto tīmekļa vietni, vācot informāciju par apmeklējumiem.
category-marketing-title = Mārketinga sīkdatnes
category-marketing-description = Šīs sīkdatnes tiek izmantotas, lai rādītu jums atbilstošas reklāmas un novērtētu to efektivitāti.

## Durations ($count: a number)
# CLDR "zero" is n % 10 = 0 or n % 100 = 11–19 (genitive plural: "10 gadu"), "one" is
# n % 10 = 1 except 11 ("21 gads"), "other" the rest ("2 gadi").
# cookiedoc's plural selector (intl_pluralrules 7.0.2, used by fluent-bundle) drops the
# "n % 100" of CLDR's rule and files 111–119, 211–219, … under "other" ("111 sekundes");
# the variants here follow CLDR, so the output is right once the selector is.

duration-session = Sesija
duration-persistent = Līdz brīdim, kad to izdzēšat
# $duration: a duration in words. Not "līdz" (up to), which needs the dative ("līdz 12
# mēnešiem") while the count forms are nominative or genitive; "ne ilgāk kā" takes them as they are.
duration-up-to = ne ilgāk kā { $duration }
# $first, $second: two durations in words.
duration-and = { $first } un { $second }
duration-seconds = { $count ->
    [zero] { $count } sekunžu
    [one] { $count } sekunde
   *[other] { $count } sekundes
}
duration-minutes = { $count ->
    [zero] { $count } minūšu
    [one] { $count } minūte
   *[other] { $count } minūtes
}
duration-hours = { $count ->
    [zero] { $count } stundu
    [one] { $count } stunda
   *[other] { $count } stundas
}
duration-days = { $count ->
    [zero] { $count } dienu
    [one] { $count } diena
   *[other] { $count } dienas
}
duration-weeks = { $count ->
    [zero] { $count } nedēļu
    [one] { $count } nedēļa
   *[other] { $count } nedēļas
}
duration-months = { $count ->
    [zero] { $count } mēnešu
    [one] { $count } mēnesis
   *[other] { $count } mēneši
}
duration-years = { $count ->
    [zero] { $count } gadu
    [one] { $count } gads
   *[other] { $count } gadi
}

## Managing cookies

manage-heading = Kā atteikties no sīkdatnēm vai tās izdzēst
# Markdown.
manage-body = Jūs varat atteikties no sīkdatnēm, kurām nepieciešama jūsu piekrišana, kad tīmekļa vietne to lūdz, un jebkurā laikā mainīt savu izvēli. Varat arī iestatīt savu tīmekļa pārlūkprogrammu tā, lai tā atteiktu sīkdatnes vai izdzēstu tās, kad to aizverat, un tās iestatījumos izdzēst sīkdatnes, ko tā jau ir saglabājusi, parasti sadaļā “Privātums” vai “Drošība”. Ja atsakāties no nepieciešamajām sīkdatnēm, dažas tīmekļa vietnes daļas var pārstāt darboties.

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Nosūtīšana uz valstīm ārpus Eiropas Ekonomikas zonas
# Markdown.
transfers-intro = Daži pakalpojumu sniedzēji saņem datus valstīs ārpus Eiropas Savienības un Eiropas Ekonomikas zonas. Tur jūsu dati tiek aizsargāti šādi:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = Eiropas Komisijas lēmums par aizsardzības līmeņa pietiekamību (VDAR 45. pants)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = ES un ASV datu privātuma regulējums (Data Privacy Framework), saskaņā ar kuru pakalpojumu sniedzējs ir sertificēts (Eiropas Komisijas 2023. gada 10. jūlija lēmums par aizsardzības līmeņa pietiekamību, VDAR 45. pants)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = Eiropas Komisijas pieņemtas standarta datu aizsardzības klauzulas (VDAR 46. panta 2. punkta c) apakšpunkts)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = uzraudzības iestādes apstiprināti saistošie uzņēmuma noteikumi (VDAR 47. pants)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = jūsu nepārprotama piekrišana, kas sniegta pēc tam, kad esat informēts par nosūtīšanas iespējamiem riskiem (VDAR 49. panta 1. punkta a) apakšpunkts)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Jūsu tiesības
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Jums ir tiesības piekļūt personas datiem, ko mēs par jums apstrādājam (VDAR 15. pants), tiesības uz to labošanu (VDAR 16. pants), dzēšanu (VDAR 17. pants), apstrādes ierobežošanu (VDAR 18. pants) un datu pārnesamību (VDAR 20. pants). Ja mēs apstrādājam datus, pamatojoties uz VDAR 6. panta 1. punkta e) vai f) apakšpunktu, jums ir tiesības iebilst pret apstrādi ar jūsu konkrēto situāciju saistītu iemeslu dēļ (VDAR 21. pants). Lai izmantotu šīs tiesības, sazinieties ar mums; mūsu kontaktinformācija ir norādīta šajā lapā.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Jūs varat jebkurā laikā atsaukt savu piekrišanu tikpat vienkārši, kā to devāt, mainot sīkdatņu iestatījumus. Atsaukums ir spēkā no tā brīža; tas neietekmē tādas apstrādes likumīgumu, kuras pamatā ir piekrišana pirms tās atsaukšanas (VDAR 7. panta 3. punkts).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Mainīt sīkdatņu iestatījumus
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Jums ir tiesības iesniegt sūdzību uzraudzības iestādei, jo īpaši dalībvalstī, kurā ir jūsu pastāvīgā dzīvesvieta, darbavieta vai iespējamā pārkāpuma izdarīšanas vieta (VDAR 77. pants).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Mūsu uzraudzības iestāde ir { $authority }.

## Who is responsible

controller-heading = Kas atbild par šo tīmekļa vietni
# "pārzinis": GDPR 4. panta 7. punkts, Latvian text.
controller-intro = Pārzinis, kas atbild par jūsu datu apstrādi šajā tīmekļa vietnē, ir:
controller-email = E-pasts: { $email }
controller-website = Tīmekļa vietne: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Jūs varat sazināties ar mūsu datu aizsardzības speciālistu:

## Dates

# $date: a date in words.
last-updated = Pēdējoreiz atjaunināts: { $date }
# $day, $month (a month name, nominative as in Latvian dates), $year; $iso is the date as
# 2026-11-28. Latvian writes "2026. gada 28. novembris".
date = { $year }. gada { $day }. { $month }
month-1 = janvāris
month-2 = februāris
month-3 = marts
month-4 = aprīlis
month-5 = maijs
month-6 = jūnijs
month-7 = jūlijs
month-8 = augusts
month-9 = septembris
month-10 = oktobris
month-11 = novembris
month-12 = decembris

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Mēs izmantojam sīkdatnes
# Markdown.
banner-description = Mēs izmantojam sīkdatnes, kas vajadzīgas šīs tīmekļa vietnes darbībai, un ar jūsu piekrišanu arī citas, kas palīdz mums to uzlabot. Jūs jebkurā laikā varat mainīt savu izvēli.
banner-accept-all = Pieņemt visas
banner-accept-necessary = Noraidīt visas
banner-show-preferences = Pārvaldīt iestatījumus
preferences-title = Sīkdatņu iestatījumi
preferences-save = Saglabāt manu izvēli
preferences-close = Aizvērt
