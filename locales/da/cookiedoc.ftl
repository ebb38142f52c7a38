# Machine-assisted translation (2026-12-03); not yet read back by a second reader.
# Built-in Danish messages of cookiedoc. Copy a message into locales/da/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Danish text of the GDPR (forordning (EU) 2016/679, EUT L 119 af 4.5.2016):
# dataansvarlig (controller), databeskyttelsesrådgiver (data protection officer),
# tilsynsmyndighed (supervisory authority), samtykke (consent), retsgrundlag (legal basis),
# personoplysninger (personal data), behandling (processing), tredjeland (third country).
# "Cookies" as the Danish cookie order (cookiebekendtgørelsen, BEK nr. 1148 af 9.12.2011) and
# the Danish Business Authority write. Address: "du", the form Danish public authorities use
# (Dansk Sprognævn); "De" reads as dated.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Dansk
page-title = Cookiepolitik
# The title of dist/index.html, which lists every language.
locale-index-title = Cookiepolitik
skip-link = Gå til cookiepolitikken
language-switcher-label = Andre sprog
# Markdown.
intro = For at kunne give dig den bedst mulige service bruger vi cookies for at sikre, at webstedet fungerer korrekt, og til webanalyse.

## What is a cookie?

definitions-heading = Hvad er en cookie?
# Markdown.
definitions-body = En cookie er en som regel lille mængde data med et navn, som et websted, du besøger, kan sende til din browser. Din browser gemmer den i et vist tidsrum og sender den tilbage til webserveren, hver gang du besøger webstedet igen. Cookies har mange anvendelser: de kan bruges til at huske dine loginoplysninger i en webshop eller det aktuelle indhold af din indkøbskurv, som identifikator til at følge din browsing til statistik- eller reklameformål osv.
cookie-kinds-intro = Der findes flere typer cookies:
# Markdown.
cookie-kind-necessary = »Nødvendige« interne cookies gør det muligt at gemme oplysninger mellem to besøg på det samme websted fra den samme enhed. De kan gemme en indkøbskurv, loginoplysninger eller indstillinger for brugerfladen. De kræver ikke brugerens samtykke.
# Markdown.
cookie-kind-statistical = »Statistiske« cookies gør det muligt at følge en internetbrugers handlinger på et websted. Når statistikken er anonymiseret (dvs. ikke kan føres tilbage til en person), kræves brugerens samtykke ikke.
# Markdown.
cookie-kind-first-party = »Interne« cookies eller »førstepartscookies« gemmes af det besøgte websted. De kan gemmes ud over de nødvendige cookies og kan bruges til at indsamle personoplysninger, følge brugernes adfærd og til reklameformål.
# Markdown.
cookie-kind-third-party = »Tredjepartscookies« er cookies, som gemmes af (eller for) et websted B (ofte et reklamebureau) på websted A. Det gør det muligt for websted B at se, hvilke sider brugeren har besøgt på websted A, og at indsamle oplysninger om brugeren.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Hvilke cookies bruges på platformen <{ $url }>
no-cookies = Dette websted gemmer ingen cookies eller lignende data på din enhed.
consent-required = Disse cookies gemmes kun med dit samtykke.
consent-not-required = Disse cookies kræver ikke dit samtykke.
column-provider = Tjenesteudbyderens navn
column-function = Funktion og placering
column-names = Cookiens navn(e)
column-purpose = Formål
column-duration = Varighed
column-kind = Type
party-third = Tredjepart
kind-http-cookie = Cookie
kind-local-storage = Lokal lagring
kind-session-storage = Sessionslagring
kind-indexeddb = IndexedDB
kind-pixel = Sporingspixel

## Built-in categories

category-necessary-title = Nødvendige cookies
category-necessary-description = Disse cookies er nødvendige for, at webstedet fungerer og er sikkert. De kan ikke slås fra.
category-preferences-title = Præferencecookies
category-preferences-description = Disse cookies husker de valg, du træffer, f.eks. sprog eller region, for at give dig en mere personlig oplevelse.
category-statistics-title = Statistikcookies
category-statistics-description = Disse cookies hjælper os med at forstå, hvordan besøgende bruger webstedet, ved at indsamle oplysninger om besøgene.
category-marketing-title = Marketingcookies
category-marketing-description = Disse cookies bruges til at vise dig reklamer, der er relevante for dig, og til at måle, hvor godt de virker.

## Durations ($count: a number)

duration-session = Session
duration-persistent = Indtil du sletter den
# $duration: a duration in words.
duration-up-to = op til { $duration }
# $first, $second: two durations in words.
duration-and = { $first } og { $second }
duration-seconds = { $count ->
    [one] { $count } sekund
   *[other] { $count } sekunder
}
duration-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minutter
}
duration-hours = { $count ->
    [one] { $count } time
   *[other] { $count } timer
}
duration-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dage
}
duration-weeks = { $count ->
    [one] { $count } uge
   *[other] { $count } uger
}
duration-months = { $count ->
    [one] { $count } måned
   *[other] { $count } måneder
}
duration-years = { $count ->
    [one] { $count } år
   *[other] { $count } år
}

## Managing cookies

manage-heading = Sådan afviser eller sletter du cookies
# Markdown.
manage-body = Du kan afvise cookies, der kræver dit samtykke, når webstedet beder om det, og du kan til enhver tid ændre dit valg. Du kan også indstille din browser til at afvise cookies eller til at slette dem, når du lukker den, og i browserens indstillinger slette de cookies, den allerede har gemt, som regel under »Privatliv« eller »Sikkerhed«. Hvis du afviser nødvendige cookies, fungerer dele af webstedet muligvis ikke længere.

## Who is responsible

controller-heading = Hvem er ansvarlig for dette websted
# "dataansvarlig": GDPR art. 4, nr. 7, Danish text.
controller-intro = Den dataansvarlige for behandlingen af dine oplysninger på dette websted er:
controller-email = E-mail: { $email }
controller-website = Websted: { $url }

## Dates

# $date: a date in words.
last-updated = Senest opdateret: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day }. { $month } { $year }
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Vi bruger cookies
# Markdown.
banner-description = Vi bruger cookies, der er nødvendige for, at dette websted fungerer, og – med dit samtykke – andre cookies, der hjælper os med at forbedre det. Du kan til enhver tid ændre dit valg.
banner-accept-all = Accepter alle
banner-accept-necessary = Afvis alle
banner-show-preferences = Administrer præferencer
preferences-title = Cookieindstillinger
preferences-save = Gem mine valg
preferences-close = Luk
