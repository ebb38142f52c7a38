# Machine-assisted translation (2026-12-02); not yet read back by a second reader.
# Built-in Latvian messages of cookiedoc. Copy a message into locales/lv/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Latvian text of the GDPR (Regula (ES) 2016/679, OV L 119, 4.5.2016):
# pārzinis (controller), piekrišana (consent), personas dati (personal data), apstrāde
# (processing). Formal address: "jūs" (lower case, as in texts for the general public).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Latviešu
page-title = Sīkdatņu politika
# The title of dist/index.html, which lists every language.
locale-index-title = Sīkdatņu politika
skip-link = Pāriet uz sīkdatņu politiku
language-switcher-label = Citas valodas
# Markdown.
intro = Lai sniegtu jums iespējami labāko pakalpojumu, mēs izmantojam sīkdatnes: tās nodrošina vietnes pareizu darbību un ļauj veikt tīmekļa analīzi.

## What is a cookie?

definitions-heading = Kas ir sīkdatne?
# Markdown.
definitions-body = Sīkdatne ir parasti neliels, ar nosaukumu identificēts datu fragments, ko jūsu apmeklētā tīmekļa vietne var nosūtīt jūsu pārlūkprogrammai. Jūsu tīmekļa pārlūkprogramma to saglabā noteiktu laiku un katrā nākamajā apmeklējumā nosūta atpakaļ tīmekļa serverim. Sīkdatnēm ir daudz lietojumu: tās var izmantot, lai atcerētos jūsu pieteikšanās datus interneta veikalā vai jūsu iepirkumu groza pašreizējo saturu, vai kā identifikatoru jūsu pārlūkošanas izsekošanai statistikas vai reklāmas nolūkos u. c.
cookie-kinds-intro = Pastāv vairāki sīkdatņu veidi:
# Markdown.
cookie-kind-necessary = “Nepieciešamās” iekšējās sīkdatnes ļauj saglabāt informāciju starp diviem vienas un tās pašas tīmekļa vietnes apmeklējumiem no vienas un tās pašas ierīces. Tās var saglabāt iepirkumu grozu, pieteikšanās datus vai saskarnes iestatījumus. Tām nav nepieciešama lietotāja piekrišana.
# Markdown.
cookie-kind-statistical = “Statistikas” sīkdatnes ļauj izsekot interneta lietotāja darbībām tīmekļa vietnē. Ja statistika ir anonimizēta (proti, to nevar saistīt ar konkrētu personu), lietotāja piekrišana nav nepieciešama.
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

## Who is responsible

controller-heading = Kas atbild par šo tīmekļa vietni
# "pārzinis": GDPR 4. panta 7. punkts, Latvian text.
controller-intro = Pārzinis, kas atbild par jūsu datu apstrādi šajā tīmekļa vietnē, ir:
controller-email = E-pasts: { $email }
controller-website = Tīmekļa vietne: { $url }

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
