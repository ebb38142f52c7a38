# Machine-assisted translation (2026-12-02); not yet read back by a second reader.
# Built-in Romanian messages of cookiedoc. Copy a message into locales/ro/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Romanian text of the GDPR (Regulamentul (UE) 2016/679, JO L 119, 4.5.2016):
# operator (controller), consimțământ (consent), date cu caracter personal (personal data),
# prelucrare (processing). Formal address: "dumneavoastră".
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Română
page-title = Politica privind cookie-urile
# The title of dist/index.html, which lists every language.
locale-index-title = Politica privind cookie-urile
skip-link = Salt la politica privind cookie-urile
language-switcher-label = Alte limbi
# Markdown.
intro = Pentru a vă oferi cel mai bun serviciu posibil, folosim cookie-uri pentru a asigura buna funcționare a site-ului și pentru a realiza analize web.

## What is a cookie?

definitions-heading = Ce este un cookie?
# Markdown.
definitions-body = Un cookie este un set de date, în general de mici dimensiuni și identificat printr-un nume, pe care un site web pe care îl vizitați îl poate trimite browserului dumneavoastră. Browserul îl stochează pentru o anumită perioadă de timp și îl trimite înapoi serverului web la fiecare nouă vizită. Cookie-urile au multe utilizări: pot fi folosite pentru a reține datele dumneavoastră de autentificare într-un magazin online sau conținutul actual al coșului de cumpărături, ca identificator pentru urmărirea navigării dumneavoastră în scopuri statistice sau publicitare etc.
cookie-kinds-intro = Există mai multe tipuri de cookie-uri:
# Markdown.
cookie-kind-necessary = Cookie-urile interne „necesare” permit salvarea informațiilor între două vizite pe același site web de pe același dispozitiv. Ele pot salva un coș de cumpărături, datele de autentificare sau preferințele privind interfața. Acestea nu necesită consimțământul utilizatorului.
# Markdown.
cookie-kind-statistical = Cookie-urile „statistice” permit urmărirea acțiunilor unui utilizator de internet pe un site web. Atunci când statisticile sunt anonimizate (adică nu pot fi asociate unei persoane), nu este necesar consimțământul utilizatorului.
# Markdown.
cookie-kind-first-party = Cookie-urile „interne” sau „primare” (first-party) sunt stocate de site-ul web vizitat. Ele pot fi stocate în plus față de cookie-urile necesare și pot fi folosite pentru a colecta date cu caracter personal, pentru a urmări comportamentul utilizatorilor și în scopuri publicitare.
# Markdown.
cookie-kind-third-party = Cookie-urile „terțe” (third-party) sunt cookie-uri stocate de (sau pentru) un site web B (adesea o agenție de publicitate) pe site-ul web A. Acest lucru îi permite site-ului web B să vadă ce pagini a vizitat utilizatorul pe site-ul web A și să colecteze informații despre utilizator.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Ce cookie-uri sunt folosite pe platforma <{ $url }>
no-cookies = Acest site web nu stochează cookie-uri sau date similare pe dispozitivul dumneavoastră.
consent-required = Aceste cookie-uri sunt stocate numai cu consimțământul dumneavoastră.
consent-not-required = Aceste cookie-uri nu necesită consimțământul dumneavoastră.
column-provider = Numele furnizorului de servicii
column-function = Funcție și locație
column-names = Numele cookie-ului (cookie-urilor)
column-purpose = Scopuri
column-duration = Durată
column-kind = Tip
party-third = Terț
kind-http-cookie = Cookie
kind-local-storage = Stocare locală
kind-session-storage = Stocare de sesiune
kind-indexeddb = IndexedDB
kind-pixel = Pixel de urmărire

## Built-in categories

category-necessary-title = Cookie-uri necesare
category-necessary-description = Aceste cookie-uri sunt necesare pentru funcționarea și securitatea site-ului web. Ele nu pot fi dezactivate.
category-preferences-title = Cookie-uri de preferințe
category-preferences-description = Aceste cookie-uri rețin alegerile pe care le faceți, cum ar fi limba sau regiunea, pentru a vă oferi o experiență mai personalizată.
category-statistics-title = Cookie-uri statistice
category-statistics-description = Aceste cookie-uri ne ajută să înțelegem cum folosesc vizitatorii site-ul web, colectând informații despre vizite.
category-marketing-title = Cookie-uri de marketing
category-marketing-description = Aceste cookie-uri sunt folosite pentru a vă afișa publicitate relevantă pentru dumneavoastră și pentru a măsura eficacitatea acesteia.

## Durations ($count: a number)
# CLDR "few" (0, 2–19, 101–119, …) takes the bare plural, "other" (20 and above, except
# n % 100 in 1–19) takes "de": "20 de secunde".
# cookiedoc's plural selector (intl_pluralrules 7.0.2, used by fluent-bundle) has CLDR 37's
# rule and drops its "n % 100", so it files 101–119, 201–219, … under "other" ("101 de
# secunde"); the variants here follow current CLDR, so the output is right once the selector is.

duration-session = Sesiune
duration-persistent = Până când îl ștergeți
# $duration: a duration in words.
duration-up-to = până la { $duration }
# $first, $second: two durations in words.
duration-and = { $first } și { $second }
duration-seconds = { $count ->
    [one] { $count } secundă
    [few] { $count } secunde
   *[other] { $count } de secunde
}
duration-minutes = { $count ->
    [one] { $count } minut
    [few] { $count } minute
   *[other] { $count } de minute
}
duration-hours = { $count ->
    [one] { $count } oră
    [few] { $count } ore
   *[other] { $count } de ore
}
duration-days = { $count ->
    [one] { $count } zi
    [few] { $count } zile
   *[other] { $count } de zile
}
duration-weeks = { $count ->
    [one] { $count } săptămână
    [few] { $count } săptămâni
   *[other] { $count } de săptămâni
}
duration-months = { $count ->
    [one] { $count } lună
    [few] { $count } luni
   *[other] { $count } de luni
}
duration-years = { $count ->
    [one] { $count } an
    [few] { $count } ani
   *[other] { $count } de ani
}

## Managing cookies

manage-heading = Cum puteți refuza sau șterge cookie-urile
# Markdown.
manage-body = Puteți refuza cookie-urile care necesită consimțământul dumneavoastră atunci când site-ul web vi-l solicită și vă puteți modifica alegerea în orice moment. De asemenea, vă puteți configura browserul să refuze cookie-urile sau să le șteargă atunci când îl închideți și puteți șterge, din setările acestuia, cookie-urile pe care le-a stocat deja, de obicei la „Confidențialitate” sau „Securitate”. Dacă refuzați cookie-urile necesare, este posibil ca unele părți ale site-ului web să nu mai funcționeze.

## Who is responsible

controller-heading = Cine este responsabil pentru acest site web
# "operator": GDPR art. 4 pct. 7, Romanian text.
controller-intro = Operatorul responsabil de prelucrarea datelor dumneavoastră pe acest site web este:
controller-email = E-mail: { $email }
controller-website = Site web: { $url }

## Dates

# $date: a date in words.
last-updated = Ultima actualizare: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day } { $month } { $year }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Folosim cookie-uri
# Markdown.
banner-description = Folosim cookie-uri necesare pentru funcționarea acestui site web și, cu consimțământul dumneavoastră, altele care ne ajută să îl îmbunătățim. Vă puteți modifica alegerea în orice moment.
banner-accept-all = Acceptă toate
banner-accept-necessary = Respinge toate
banner-show-preferences = Gestionează preferințele
preferences-title = Preferințe privind cookie-urile
preferences-save = Salvează alegerile mele
preferences-close = Închide
