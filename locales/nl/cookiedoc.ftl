# Machine-assisted translation (2026-12-02); not yet read back by a second reader.
# Built-in Dutch messages of cookiedoc. Copy a message into locales/nl/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Dutch text of the GDPR (Verordening (EU) 2016/679, PB L 119 van 4.5.2016):
# verwerkingsverantwoordelijke (controller), toestemming (consent), persoonsgegevens (personal
# data), verwerking (processing). Formal address: "u".
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Nederlands
page-title = Cookiebeleid
# The title of dist/index.html, which lists every language.
locale-index-title = Cookiebeleid
skip-link = Naar het cookiebeleid
language-switcher-label = Andere talen
# Markdown.
intro = Om u de best mogelijke dienstverlening te bieden, gebruiken wij cookies om de goede werking van de website te waarborgen en om webanalyse uit te voeren.

## What is a cookie?

definitions-heading = Wat is een cookie?
# Markdown.
definitions-body = Een cookie is een doorgaans klein gegevensbestand met een naam, dat een website die u bezoekt naar uw browser kan sturen. Uw webbrowser bewaart het gedurende een bepaalde tijd en stuurt het bij elk volgend bezoek terug naar de webserver. Cookies hebben veel toepassingen: zij kunnen bijvoorbeeld uw inloggegevens voor een webwinkel of de huidige inhoud van uw winkelwagen onthouden, of dienen als identificatiemiddel om uw surfgedrag te volgen voor statistische of reclamedoeleinden.
cookie-kinds-intro = Er bestaan verschillende soorten cookies:
# Markdown.
cookie-kind-necessary = Met “noodzakelijke” interne cookies kan informatie worden bewaard tussen twee bezoeken aan dezelfde website met hetzelfde apparaat. Zij kunnen een winkelwagen, inloggegevens of voorkeuren voor de weergave bewaren. Hiervoor is geen toestemming van de gebruiker nodig.
# Markdown.
cookie-kind-statistical = Met “statistische” cookies kunnen de handelingen van een internetgebruiker op een website worden gevolgd. Wanneer de statistieken geanonimiseerd zijn (dat wil zeggen dat zij niet tot een persoon te herleiden zijn), is geen toestemming van de gebruiker vereist.
# Markdown.
cookie-kind-first-party = “Interne” of “first-party” cookies worden opgeslagen door de bezochte website. Zij kunnen naast de noodzakelijke cookies worden opgeslagen en kunnen worden gebruikt om persoonsgegevens te verzamelen, het gedrag van gebruikers te volgen en voor reclamedoeleinden.
# Markdown.
cookie-kind-third-party = Cookies “van derden” (third-party cookies) zijn cookies die door (of voor) een website B (vaak een reclamebureau) op website A worden opgeslagen. Zo kan website B zien welke pagina’s de gebruiker op website A heeft bezocht, en informatie over de gebruiker verzamelen.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Welke cookies worden gebruikt op het platform <{ $url }>
no-cookies = Deze website slaat geen cookies of vergelijkbare gegevens op uw apparaat op.
consent-required = Deze cookies worden alleen met uw toestemming opgeslagen.
consent-not-required = Voor deze cookies is uw toestemming niet vereist.
column-provider = Naam van de dienstverlener
column-function = Functie en plaats
column-names = Naam of namen van de cookie
column-purpose = Doeleinden
column-duration = Bewaartermijn
column-kind = Soort
party-third = Derde partij
kind-http-cookie = Cookie
kind-local-storage = Lokale opslag
kind-session-storage = Sessieopslag
kind-indexeddb = IndexedDB
kind-pixel = Trackingpixel

## Built-in categories

category-necessary-title = Noodzakelijke cookies
category-necessary-description = Deze cookies zijn nodig om de website te laten werken en te beveiligen. Zij kunnen niet worden uitgeschakeld.
category-preferences-title = Voorkeurscookies
category-preferences-description = Deze cookies onthouden keuzes die u maakt, zoals uw taal of regio, om u een persoonlijkere ervaring te bieden.
category-statistics-title = Statistische cookies
category-statistics-description = Deze cookies helpen ons te begrijpen hoe bezoekers de website gebruiken, door informatie over bezoeken te verzamelen.
category-marketing-title = Marketingcookies
category-marketing-description = Deze cookies worden gebruikt om u advertenties te tonen die voor u relevant zijn, en om te meten hoe goed die werken.

## Durations ($count: a number)

duration-session = Sessie
duration-persistent = Totdat u deze verwijdert
# $duration: a duration in words. "maximaal" (at most) rather than "tot" (until), which could
# be read as a point in time.
duration-up-to = maximaal { $duration }
# $first, $second: two durations in words.
duration-and = { $first } en { $second }
duration-seconds = { $count ->
    [one] { $count } seconde
   *[other] { $count } seconden
}
duration-minutes = { $count ->
    [one] { $count } minuut
   *[other] { $count } minuten
}
duration-hours = { $count ->
    [one] { $count } uur
   *[other] { $count } uur
}
duration-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
duration-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weken
}
duration-months = { $count ->
    [one] { $count } maand
   *[other] { $count } maanden
}
duration-years = { $count ->
    [one] { $count } jaar
   *[other] { $count } jaar
}

## Managing cookies

manage-heading = Hoe u cookies kunt weigeren of verwijderen
# Markdown.
manage-body = U kunt cookies waarvoor uw toestemming nodig is weigeren wanneer de website daarom vraagt, en uw keuze op elk moment wijzigen. U kunt uw webbrowser ook zo instellen dat hij cookies weigert of ze verwijdert wanneer u hem sluit, en de cookies die hij al heeft opgeslagen verwijderen via zijn instellingen, meestal onder “Privacy” of “Beveiliging”. Als u noodzakelijke cookies weigert, werken sommige onderdelen van de website mogelijk niet meer.

## Who is responsible

controller-heading = Wie is verantwoordelijk voor deze website
# "verwerkingsverantwoordelijke": GDPR art. 4(7), Dutch text.
controller-intro = De verwerkingsverantwoordelijke voor uw gegevens op deze website is:
controller-email = E-mail: { $email }
controller-website = Website: { $url }

## Dates

# $date: a date in words.
last-updated = Laatst bijgewerkt: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Wij gebruiken cookies
# Markdown.
banner-description = Wij gebruiken cookies die nodig zijn om deze website te laten werken en, met uw toestemming, andere cookies die ons helpen de website te verbeteren. U kunt uw keuze op elk moment wijzigen.
banner-accept-all = Alles accepteren
banner-accept-necessary = Alles weigeren
banner-show-preferences = Voorkeuren beheren
preferences-title = Cookievoorkeuren
preferences-save = Mijn keuzes opslaan
preferences-close = Sluiten
