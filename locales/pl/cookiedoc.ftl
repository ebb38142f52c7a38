# Machine-assisted translation (2026-12-03); not yet read back by a second reader.
# Built-in Polish messages of cookiedoc. Copy a message into locales/pl/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Polish text of the GDPR (rozporządzenie (UE) 2016/679, Dz.U. UE L 119
# z 4.5.2016): administrator (controller), inspektor ochrony danych (data protection officer),
# organ nadzorczy (supervisory authority), zgoda (consent), podstawa prawna (legal basis), dane
# osobowe (personal data), przetwarzanie (processing), państwo trzecie (third country).
# Formal address: "Państwo" (the usual polite form for an unknown reader).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Polski
page-title = Polityka plików cookie
# The title of dist/index.html, which lists every language.
locale-index-title = Polityka plików cookie
skip-link = Przejdź do polityki plików cookie
language-switcher-label = Inne języki
# Markdown.
intro = Aby świadczyć Państwu usługi na możliwie najwyższym poziomie, używamy plików cookie w celu zapewnienia prawidłowego działania strony internetowej oraz prowadzenia analityki internetowej.

## What is a cookie?

definitions-heading = Czym jest plik cookie?
# Markdown.
definitions-body = Plik cookie to zazwyczaj niewielki zbiór danych oznaczony nazwą, który odwiedzana przez Państwa strona internetowa może przesłać do Państwa przeglądarki. Przeglądarka internetowa przechowuje go przez określony czas i odsyła go do serwera WWW przy każdej kolejnej wizycie. Pliki cookie mają wiele zastosowań: mogą służyć do zapamiętania Państwa danych logowania do sklepu internetowego lub bieżącej zawartości koszyka, jako identyfikator do śledzenia Państwa aktywności w sieci w celach statystycznych lub reklamowych itp.
cookie-kinds-intro = Istnieje kilka rodzajów plików cookie:
# Markdown.
cookie-kind-necessary = „Niezbędne” wewnętrzne pliki cookie pozwalają zachować informacje między dwiema wizytami na tej samej stronie internetowej z tego samego urządzenia. Mogą przechowywać zawartość koszyka, dane logowania lub ustawienia interfejsu. Nie wymagają zgody użytkownika.
# Markdown.
cookie-kind-statistical = „Statystyczne” pliki cookie umożliwiają śledzenie działań internauty na stronie internetowej. Jeżeli statystyki są zanonimizowane (tzn. nie można ich powiązać z konkretną osobą), zgoda użytkownika nie jest wymagana.
# Markdown.
cookie-kind-first-party = „Wewnętrzne”, czyli „własne” pliki cookie (first-party) zapisuje odwiedzana strona internetowa. Mogą być zapisywane obok niezbędnych plików cookie i służyć do zbierania danych osobowych, śledzenia zachowań użytkowników oraz do celów reklamowych.
# Markdown.
cookie-kind-third-party = Pliki cookie „stron trzecich” to pliki cookie zapisywane na stronie internetowej A przez stronę internetową B (często agencję reklamową) lub na jej rzecz. Dzięki temu strona internetowa B może zobaczyć, które podstrony użytkownik odwiedził na stronie internetowej A, i zbierać informacje o użytkowniku.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Jakie pliki cookie są używane na platformie <{ $url }>
no-cookies = Ta strona internetowa nie zapisuje na Państwa urządzeniu żadnych plików cookie ani podobnych danych.
consent-required = Te pliki cookie są zapisywane wyłącznie za Państwa zgodą.
consent-not-required = Te pliki cookie nie wymagają Państwa zgody.
column-provider = Nazwa usługodawcy
column-function = Funkcja i lokalizacja
column-names = Nazwa (nazwy) plików cookie
column-purpose = Cele
column-duration = Okres przechowywania
column-kind = Rodzaj
party-third = Strona trzecia
kind-http-cookie = Plik cookie
kind-local-storage = Pamięć lokalna
kind-session-storage = Pamięć sesji
kind-indexeddb = IndexedDB
kind-pixel = Piksel śledzący

## Built-in categories

category-necessary-title = Niezbędne pliki cookie
category-necessary-description = Te pliki cookie są niezbędne do działania strony internetowej i zapewnienia jej bezpieczeństwa. Nie można ich wyłączyć.
category-preferences-title = Pliki cookie preferencji
category-preferences-description = Te pliki cookie zapamiętują dokonane przez Państwa wybory, takie jak język lub region, aby korzystanie ze strony było lepiej dopasowane do Państwa.
category-statistics-title = Statystyczne pliki cookie
category-statistics-description = Te pliki cookie pomagają nam zrozumieć, w jaki sposób odwiedzający korzystają ze strony internetowej, poprzez zbieranie informacji o wizytach.
category-marketing-title = Marketingowe pliki cookie
category-marketing-description = Te pliki cookie służą do wyświetlania Państwu reklam, które są dla Państwa istotne, oraz do mierzenia ich skuteczności.

## Durations ($count: a number)
# CLDR: "one" is 1 only, "few" ends in 2–4 except 12–14 ("22 lata"), "many" is 0, 5–21, 25…
# ("5 lat", "12 lat"), "other" is for decimals and takes the genitive singular ("1,5 roku"), as
# CLDR's Polish unit data does.

duration-session = Sesja
duration-persistent = Do czasu usunięcia przez Państwa
# $duration: a duration in words. Not "do" (up to), which needs the genitive ("do 2 miesięcy")
# while the count forms are nominative ("2 miesiące"); "maksymalnie" takes them as they are.
duration-up-to = maksymalnie { $duration }
# $first, $second: two durations in words.
duration-and = { $first } i { $second }
duration-seconds = { $count ->
    [one] { $count } sekunda
    [few] { $count } sekundy
    [many] { $count } sekund
   *[other] { $count } sekundy
}
duration-minutes = { $count ->
    [one] { $count } minuta
    [few] { $count } minuty
    [many] { $count } minut
   *[other] { $count } minuty
}
duration-hours = { $count ->
    [one] { $count } godzina
    [few] { $count } godziny
    [many] { $count } godzin
   *[other] { $count } godziny
}
duration-days = { $count ->
    [one] { $count } dzień
    [few] { $count } dni
    [many] { $count } dni
   *[other] { $count } dnia
}
duration-weeks = { $count ->
    [one] { $count } tydzień
    [few] { $count } tygodnie
    [many] { $count } tygodni
   *[other] { $count } tygodnia
}
duration-months = { $count ->
    [one] { $count } miesiąc
    [few] { $count } miesiące
    [many] { $count } miesięcy
   *[other] { $count } miesiąca
}
duration-years = { $count ->
    [one] { $count } rok
    [few] { $count } lata
    [many] { $count } lat
   *[other] { $count } roku
}

## Managing cookies

manage-heading = Jak odrzucić lub usunąć pliki cookie
# Markdown.
manage-body = Mogą Państwo odrzucić pliki cookie wymagające Państwa zgody, gdy strona internetowa o nią poprosi, i w każdej chwili zmienić swój wybór. Mogą Państwo również ustawić przeglądarkę internetową tak, aby odrzucała pliki cookie lub usuwała je przy zamykaniu, a także usunąć w jej ustawieniach pliki cookie, które już zapisała, zwykle w sekcji „Prywatność” lub „Bezpieczeństwo”. Jeżeli odrzucą Państwo niezbędne pliki cookie, niektóre części strony internetowej mogą przestać działać.

## Who is responsible

controller-heading = Kto odpowiada za tę stronę internetową
# "administrator": GDPR art. 4 pkt 7, Polish text.
controller-intro = Administratorem odpowiedzialnym za przetwarzanie Państwa danych na tej stronie internetowej jest:
controller-email = E-mail: { $email }
controller-website = Strona internetowa: { $url }

## Dates

# $date: a date in words.
last-updated = Ostatnia aktualizacja: { $date }
# $day, $month (a month name, genitive as in Polish dates), $year; $iso is the date as 2026-11-28.
date = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Używamy plików cookie
# Markdown.
banner-description = Używamy plików cookie niezbędnych do działania tej strony internetowej oraz, za Państwa zgodą, innych plików cookie, które pomagają nam ją ulepszać. Mogą Państwo w każdej chwili zmienić swój wybór.
banner-accept-all = Zaakceptuj wszystkie
banner-accept-necessary = Odrzuć wszystkie
banner-show-preferences = Zarządzaj preferencjami
preferences-title = Preferencje dotyczące plików cookie
preferences-save = Zapisz moje ustawienia
preferences-close = Zamknij
