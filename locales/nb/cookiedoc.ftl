# Machine-assisted translation (2026-12-02); not yet read back by a second reader.
# Built-in Norwegian Bokmål messages of cookiedoc. Copy a message into locales/nb/*.ftl beside
# your cookies.toml to change it; the README lists every message and its variables.
# Norway applies the GDPR through the EEA Agreement and the personopplysningsloven
# (LOV-2018-06-15-38), whose § 1 gives the regulation force of law; the terms of its Norwegian
# text are used here:
# behandlingsansvarlig (controller), samtykke (consent), personopplysninger (personal data),
# behandling (processing). "Informasjonskapsler" for cookies, as the Norwegian Communications
# Authority (Nkom) writes. Address: "du", the form Norwegian public bodies use.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Norsk bokmål
page-title = Erklæring om informasjonskapsler
# The title of dist/index.html, which lists every language.
locale-index-title = Erklæring om informasjonskapsler
skip-link = Gå til erklæringen om informasjonskapsler
language-switcher-label = Andre språk
# Markdown.
intro = For å gi deg best mulig service bruker vi informasjonskapsler (cookies) for å sikre at nettstedet fungerer som det skal, og for å utføre nettanalyse.

## What is a cookie?

definitions-heading = Hva er en informasjonskapsel?
# Markdown.
definitions-body = En informasjonskapsel er en vanligvis liten mengde data med et navn, som et nettsted du besøker, kan sende til nettleseren din. Nettleseren lagrer den i en viss tid og sender den tilbake til webserveren hver gang du besøker nettstedet igjen. Informasjonskapsler har mange bruksområder: De kan brukes til å huske innloggingsopplysningene dine i en nettbutikk eller det nåværende innholdet i handlekurven din, som en identifikator for å følge nettlesingen din for statistiske formål eller reklameformål osv.
cookie-kinds-intro = Det finnes flere typer informasjonskapsler:
# Markdown.
cookie-kind-necessary = «Nødvendige» interne informasjonskapsler gjør det mulig å lagre informasjon mellom to besøk på samme nettsted fra samme enhet. De kan lagre en handlekurv, innloggingsopplysninger eller innstillinger for grensesnittet. De krever ikke brukerens samtykke.
# Markdown.
cookie-kind-statistical = «Statistiske» informasjonskapsler gjør det mulig å følge en internettbrukers handlinger på et nettsted. Når statistikken er anonymisert (det vil si at den ikke kan knyttes til en person), kreves ikke brukerens samtykke.
# Markdown.
cookie-kind-first-party = «Interne» informasjonskapsler eller «førstepartskapsler» lagres av nettstedet som besøkes. De kan lagres i tillegg til de nødvendige informasjonskapslene og kan brukes til å samle inn personopplysninger, følge brukernes atferd og til reklameformål.
# Markdown.
cookie-kind-third-party = «Tredjepartskapsler» er informasjonskapsler som lagres av (eller for) et nettsted B (ofte et reklamebyrå) på nettsted A. Dette gjør det mulig for nettsted B å se hvilke sider brukeren har besøkt på nettsted A, og å samle inn informasjon om brukeren.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Hvilke informasjonskapsler brukes på plattformen <{ $url }>
no-cookies = Dette nettstedet lagrer ingen informasjonskapsler eller lignende data på enheten din.
consent-required = Disse informasjonskapslene lagres bare med ditt samtykke.
consent-not-required = Disse informasjonskapslene krever ikke ditt samtykke.
column-provider = Tjenesteleverandørens navn
column-function = Funksjon og plassering
column-names = Navn på informasjonskapsel
column-purpose = Formål
column-duration = Lagringstid
column-kind = Type
party-third = Tredjepart
kind-http-cookie = Informasjonskapsel
kind-local-storage = Lokal lagring
kind-session-storage = Øktlagring
kind-indexeddb = IndexedDB
kind-pixel = Sporingspiksel

## Built-in categories

category-necessary-title = Nødvendige informasjonskapsler
category-necessary-description = Disse informasjonskapslene er nødvendige for at nettstedet skal fungere og være sikkert. De kan ikke slås av.
category-preferences-title = Informasjonskapsler for innstillinger
category-preferences-description = Disse informasjonskapslene husker valg du gjør, for eksempel språk eller region, for å gi deg en mer personlig opplevelse.
category-statistics-title = Informasjonskapsler for statistikk
category-statistics-description = Disse informasjonskapslene hjelper oss å forstå hvordan besøkende bruker nettstedet, ved å samle inn informasjon om besøkene.
category-marketing-title = Informasjonskapsler for markedsføring
category-marketing-description = Disse informasjonskapslene brukes til å vise deg reklame som er relevant for deg, og til å måle hvor godt den virker.

## Durations ($count: a number)
# "døgn" (24 hours) is the word Norwegian uses for a length of time, as CLDR does.

duration-session = Økt
duration-persistent = Til du sletter den
# $duration: a duration in words.
duration-up-to = inntil { $duration }
# $first, $second: two durations in words.
duration-and = { $first } og { $second }
duration-seconds = { $count ->
    [one] { $count } sekund
   *[other] { $count } sekunder
}
duration-minutes = { $count ->
    [one] { $count } minutt
   *[other] { $count } minutter
}
duration-hours = { $count ->
    [one] { $count } time
   *[other] { $count } timer
}
duration-days = { $count ->
    [one] { $count } døgn
   *[other] { $count } døgn
}
duration-weeks = { $count ->
    [one] { $count } uke
   *[other] { $count } uker
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

manage-heading = Slik avviser eller sletter du informasjonskapsler
# Markdown.
manage-body = Du kan avvise informasjonskapsler som krever ditt samtykke, når nettstedet ber om det, og endre valget ditt når som helst. Du kan også stille inn nettleseren din til å avvise informasjonskapsler eller slette dem når du lukker den, og i nettleserens innstillinger slette informasjonskapsler den allerede har lagret, vanligvis under «Personvern» eller «Sikkerhet». Hvis du avviser nødvendige informasjonskapsler, kan noen deler av nettstedet slutte å fungere.

## Who is responsible

controller-heading = Hvem som er ansvarlig for dette nettstedet
# "behandlingsansvarlig": GDPR artikkel 4 nr. 7, Norwegian text (personopplysningsloven § 1).
controller-intro = Behandlingsansvarlig for behandlingen av opplysningene dine på dette nettstedet er:
controller-email = E-post: { $email }
controller-website = Nettsted: { $url }

## Dates

# $date: a date in words.
last-updated = Sist oppdatert: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day }. { $month } { $year }
month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Vi bruker informasjonskapsler
# Markdown.
banner-description = Vi bruker informasjonskapsler som er nødvendige for at dette nettstedet skal fungere, og, med ditt samtykke, andre som hjelper oss å forbedre det. Du kan endre valget ditt når som helst.
banner-accept-all = Godta alle
banner-accept-necessary = Avvis alle
banner-show-preferences = Administrer innstillinger
preferences-title = Innstillinger for informasjonskapsler
preferences-save = Lagre valgene mine
preferences-close = Lukk
