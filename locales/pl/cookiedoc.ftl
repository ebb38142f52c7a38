# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Polish messages of cookiedoc. Copy a message into locales/pl/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Polish text of the GDPR (rozporządzenie (UE) 2016/679, Dz.U. UE L 119
# z 4.5.2016): administrator (controller), inspektor ochrony danych (data protection officer),
# organ nadzorczy (supervisory authority), zgoda (consent), podstawa prawna (legal basis), dane
# osobowe (personal data), przetwarzanie (processing), państwo trzecie (third country).
# Formal address: "Państwo" (the usual polite form for an unknown reader).
# Transfers (GDPR Chapter V): decyzja stwierdzająca odpowiedni stopień ochrony (adequacy
# decision), standardowe klauzule ochrony danych (standard data protection clauses), wiążące
# reguły korporacyjne (binding corporate rules). Articles cited as in Polish law: "art. 6 ust. 1
# lit. a RODO".
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Polski
page-title = Polityka plików cookie
# The title of dist/index.html, which lists every language.
locale-index-title = Polityka plików cookie
skip-link = Przejdź do polityki plików cookie
language-switcher-label = Inne języki
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Ta strona internetowa działa bez plików cookie.
    [statistics] Aby świadczyć Państwu usługi na możliwie najwyższym poziomie, używamy plików cookie w celu zapewnienia prawidłowego działania strony internetowej oraz prowadzenia analityki internetowej.
    [marketing] Aby świadczyć Państwu usługi na możliwie najwyższym poziomie, używamy plików cookie w celu zapewnienia prawidłowego działania strony internetowej oraz wyświetlania Państwu reklam, które są dla Państwa istotne.
    [statistics-marketing] Aby świadczyć Państwu usługi na możliwie najwyższym poziomie, używamy plików cookie w celu zapewnienia prawidłowego działania strony internetowej, prowadzenia analityki internetowej oraz wyświetlania Państwu reklam, które są dla Państwa istotne.
   *[necessary] Aby świadczyć Państwu usługi na możliwie najwyższym poziomie, używamy plików cookie w celu zapewnienia prawidłowego działania strony internetowej.
}

## What is a cookie?

definitions-heading = Czym jest plik cookie?
# Markdown.
definitions-body = Plik cookie to zazwyczaj niewielki zbiór danych oznaczony nazwą, który odwiedzana przez Państwa strona internetowa może przesłać do Państwa przeglądarki. Przeglądarka internetowa przechowuje go przez określony czas i odsyła go do serwera WWW przy każdej kolejnej wizycie. Pliki cookie mają wiele zastosowań: mogą służyć do zapamiętania Państwa danych logowania do sklepu internetowego lub bieżącej zawartości koszyka, jako identyfikator do śledzenia Państwa aktywności w sieci w celach statystycznych lub reklamowych itp.
cookie-kinds-intro = Istnieje kilka rodzajów plików cookie:
# Markdown.
cookie-kind-necessary = „Niezbędne” wewnętrzne pliki cookie pozwalają zachować informacje między dwiema wizytami na tej samej stronie internetowej z tego samego urządzenia. Mogą przechowywać zawartość koszyka, dane logowania lub ustawienia interfejsu. Nie wymagają zgody użytkownika.
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
    [FR] „Statystyczne” pliki cookie umożliwiają śledzenie działań internauty na stronie internetowej. Jeżeli statystyki są zanonimizowane (tzn. nie można ich powiązać z konkretną osobą), zgoda użytkownika nie jest wymagana.
    [DE] „Statystyczne” pliki cookie umożliwiają śledzenie działań internauty na stronie internetowej. Są zapisywane wyłącznie za zgodą użytkownika (§ 25 ust. 1 niemieckiej ustawy TDDDG), chyba że ich zapisanie jest bezwzględnie niezbędne do świadczenia usługi, której użytkownik wyraźnie zażądał (§ 25 ust. 2 pkt 2 TDDDG).
    [AT] „Statystyczne” pliki cookie umożliwiają śledzenie działań internauty na stronie internetowej. Są zapisywane wyłącznie za zgodą użytkownika (§ 165 ust. 3 austriackiej ustawy TKG 2021), chyba że ich zapisanie jest bezwzględnie niezbędne do świadczenia usługi, której użytkownik wyraźnie zażądał.
   *[other] „Statystyczne” pliki cookie umożliwiają śledzenie działań internauty na stronie internetowej. Są zapisywane wyłącznie za zgodą użytkownika, chyba że ich zapisanie jest bezwzględnie niezbędne do świadczenia usługi, której użytkownik wyraźnie zażądał (art. 5 ust. 3 dyrektywy 2002/58/WE o prywatności i łączności elektronicznej oraz przepisy krajowe, które ją wdrażają).
}
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
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Podstawa prawna:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] Państwa zgoda (art. 6 ust. 1 lit. a RODO; § 25 ust. 1 niemieckiej ustawy TDDDG)
    [AT] Państwa zgoda (art. 6 ust. 1 lit. a RODO; § 165 ust. 3 austriackiej ustawy TKG 2021)
    [FR] Państwa zgoda (art. 6 ust. 1 lit. a RODO; art. 82 francuskiej ustawy Informatique et Libertés)
   *[other] Państwa zgoda (art. 6 ust. 1 lit. a RODO; art. 5 ust. 3 dyrektywy 2002/58/WE w postaci wdrożonej do prawa krajowego)
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
        [yes] ich zapisanie jest bezwzględnie niezbędne do świadczenia usługi, której Państwo zażądali (§ 25 ust. 2 pkt 2 niemieckiej ustawy TDDDG); przetwarzanie jest niezbędne do wykonania zadania realizowanego w interesie publicznym lub w ramach sprawowania powierzonej nam władzy publicznej (art. 6 ust. 1 lit. e RODO)
       *[no] ich zapisanie jest bezwzględnie niezbędne do świadczenia usługi, której Państwo zażądali (§ 25 ust. 2 pkt 2 niemieckiej ustawy TDDDG); nasz prawnie uzasadniony interes polegający na zapewnieniu działającej i bezpiecznej strony internetowej (art. 6 ust. 1 lit. f RODO)
    }
    [AT] { $public ->
        [yes] ich zapisanie jest bezwzględnie niezbędne do świadczenia usługi, której Państwo zażądali (§ 165 ust. 3 austriackiej ustawy TKG 2021); przetwarzanie jest niezbędne do wykonania zadania realizowanego w interesie publicznym lub w ramach sprawowania powierzonej nam władzy publicznej (art. 6 ust. 1 lit. e RODO)
       *[no] ich zapisanie jest bezwzględnie niezbędne do świadczenia usługi, której Państwo zażądali (§ 165 ust. 3 austriackiej ustawy TKG 2021); nasz prawnie uzasadniony interes polegający na zapewnieniu działającej i bezpiecznej strony internetowej (art. 6 ust. 1 lit. f RODO)
    }
    [FR] { $public ->
        [yes] ich zapisanie jest bezwzględnie niezbędne do świadczenia usługi, której Państwo zażądali (art. 82 francuskiej ustawy Informatique et Libertés); przetwarzanie jest niezbędne do wykonania zadania realizowanego w interesie publicznym lub w ramach sprawowania powierzonej nam władzy publicznej (art. 6 ust. 1 lit. e RODO)
       *[no] ich zapisanie jest bezwzględnie niezbędne do świadczenia usługi, której Państwo zażądali (art. 82 francuskiej ustawy Informatique et Libertés); nasz prawnie uzasadniony interes polegający na zapewnieniu działającej i bezpiecznej strony internetowej (art. 6 ust. 1 lit. f RODO)
    }
   *[other] { $public ->
        [yes] ich zapisanie jest bezwzględnie niezbędne do świadczenia usługi, której Państwo zażądali (art. 5 ust. 3 dyrektywy 2002/58/WE); przetwarzanie jest niezbędne do wykonania zadania realizowanego w interesie publicznym lub w ramach sprawowania powierzonej nam władzy publicznej (art. 6 ust. 1 lit. e RODO)
       *[no] ich zapisanie jest bezwzględnie niezbędne do świadczenia usługi, której Państwo zażądali (art. 5 ust. 3 dyrektywy 2002/58/WE); nasz prawnie uzasadniony interes polegający na zapewnieniu działającej i bezpiecznej strony internetowej (art. 6 ust. 1 lit. f RODO)
    }
}
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

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Przekazywanie danych do państw spoza Europejskiego Obszaru Gospodarczego
# Markdown.
transfers-intro = Niektórzy dostawcy otrzymują dane w państwach spoza Unii Europejskiej i Europejskiego Obszaru Gospodarczego (w państwach trzecich). Państwa dane są tam chronione w następujący sposób:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = decyzja Komisji Europejskiej stwierdzająca odpowiedni stopień ochrony (art. 45 RODO)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = ramy ochrony danych UE-USA (Data Privacy Framework), w ramach których dostawca uzyskał certyfikację (decyzja Komisji Europejskiej z dnia 10 lipca 2023 r. stwierdzająca odpowiedni stopień ochrony, art. 45 RODO)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = standardowe klauzule ochrony danych przyjęte przez Komisję Europejską (art. 46 ust. 2 lit. c RODO)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = wiążące reguły korporacyjne zatwierdzone przez organ nadzorczy (art. 47 RODO)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = Państwa wyraźna zgoda, wyrażona po poinformowaniu Państwa o możliwym ryzyku związanym z przekazaniem (art. 49 ust. 1 lit. a RODO)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Państwa prawa
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Mają Państwo prawo dostępu do przetwarzanych przez nas danych osobowych, które Państwa dotyczą (art. 15 RODO), prawo do ich sprostowania (art. 16 RODO), usunięcia (art. 17 RODO) i ograniczenia przetwarzania (art. 18 RODO) oraz prawo do przenoszenia danych (art. 20 RODO). Jeżeli przetwarzamy dane na podstawie art. 6 ust. 1 lit. e lub f RODO, mają Państwo prawo wnieść sprzeciw wobec przetwarzania z przyczyn związanych z Państwa szczególną sytuacją (art. 21 RODO). Aby skorzystać z tych praw, prosimy o kontakt; nasze dane kontaktowe podano na tej stronie.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Mogą Państwo w dowolnym momencie wycofać zgodę, równie łatwo, jak jej Państwo udzielili, zmieniając ustawienia plików cookie. Wycofanie zgody działa od tej chwili; nie wpływa na zgodność z prawem przetwarzania, którego dokonano na podstawie zgody przed jej wycofaniem (art. 7 ust. 3 RODO).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Zmień ustawienia plików cookie
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Mają Państwo prawo wnieść skargę do organu nadzorczego, w szczególności w państwie członkowskim swojego zwykłego pobytu, swojego miejsca pracy lub miejsca popełnienia domniemanego naruszenia (art. 77 RODO).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Organem nadzorczym właściwym wobec nas jest { $authority }.

## Who is responsible

controller-heading = Kto odpowiada za tę stronę internetową
# "administrator": GDPR art. 4 pkt 7, Polish text.
controller-intro = Administratorem odpowiedzialnym za przetwarzanie Państwa danych na tej stronie internetowej jest:
controller-email = E-mail: { $email }
controller-website = Strona internetowa: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Mogą Państwo skontaktować się z naszym inspektorem ochrony danych:

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
