# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Norwegian Bokmål messages of cookiedoc. Copy a message into locales/nb/*.ftl beside
# your cookies.toml to change it; the README lists every message and its variables.
# Norway applies the GDPR through the EEA Agreement and the personopplysningsloven
# (LOV-2018-06-15-38), whose § 1 gives the regulation force of law; the terms of its Norwegian
# text are used here:
# behandlingsansvarlig (controller), samtykke (consent), personopplysninger (personal data),
# behandling (processing). "Informasjonskapsler" for cookies, as the Norwegian Communications
# Authority (Nkom) writes. Address: "du", the form Norwegian public bodies use.
# Further terms of the same text: personvernombud (data protection officer), tilsynsmyndighet
# (supervisory authority), rettslig grunnlag (legal basis), tredjestat (third country),
# beslutning om tilstrekkelig beskyttelsesnivå (adequacy decision), standard
# personvernbestemmelser (standard data protection clauses), bindende virksomhetsregler (binding
# corporate rules). Articles cited as in that text: "personvernforordningen artikkel 6 nr. 1
# bokstav a".
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Norsk bokmål
page-title = Erklæring om informasjonskapsler
# The title of dist/index.html, which lists every language.
locale-index-title = Erklæring om informasjonskapsler
skip-link = Gå til erklæringen om informasjonskapsler
language-switcher-label = Andre språk
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Dette nettstedet fungerer uten informasjonskapsler.
    [statistics] For å gi deg best mulig service bruker vi informasjonskapsler (cookies) for å sikre at nettstedet fungerer som det skal, og for å utføre nettanalyse.
    [marketing] For å gi deg best mulig service bruker vi informasjonskapsler (cookies) for å sikre at nettstedet fungerer som det skal, og for å vise deg reklame som er relevant for deg.
    [statistics-marketing] For å gi deg best mulig service bruker vi informasjonskapsler (cookies) for å sikre at nettstedet fungerer som det skal, for å utføre nettanalyse og for å vise deg reklame som er relevant for deg.
   *[necessary] For å gi deg best mulig service bruker vi informasjonskapsler (cookies) for å sikre at nettstedet fungerer som det skal.
}

## What is a cookie?

definitions-heading = Hva er en informasjonskapsel?
# Markdown.
definitions-body = En informasjonskapsel er en vanligvis liten mengde data med et navn, som et nettsted du besøker, kan sende til nettleseren din. Nettleseren lagrer den i en viss tid og sender den tilbake til webserveren hver gang du besøker nettstedet igjen. Informasjonskapsler har mange bruksområder: De kan brukes til å huske innloggingsopplysningene dine i en nettbutikk eller det nåværende innholdet i handlekurven din, som en identifikator for å følge nettlesingen din for statistiske formål eller reklameformål osv.
cookie-kinds-intro = Det finnes flere typer informasjonskapsler:
# Markdown.
cookie-kind-necessary = «Nødvendige» interne informasjonskapsler gjør det mulig å lagre informasjon mellom to besøk på samme nettsted fra samme enhet. De kan lagre en handlekurv, innloggingsopplysninger eller innstillinger for grensesnittet. De krever ikke brukerens samtykke.
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
    [FR] «Statistiske» informasjonskapsler gjør det mulig å følge en internettbrukers handlinger på et nettsted. Når statistikken er anonymisert (det vil si at den ikke kan knyttes til en person), kreves ikke brukerens samtykke.
    [DE] «Statistiske» informasjonskapsler gjør det mulig å følge en internettbrukers handlinger på et nettsted. De lagres bare med brukerens samtykke (§ 25 Abs. 1 TDDDG), med mindre lagringen er strengt nødvendig for å levere en tjeneste brukeren uttrykkelig har bedt om (§ 25 Abs. 2 Nr. 2 TDDDG).
    [AT] «Statistiske» informasjonskapsler gjør det mulig å følge en internettbrukers handlinger på et nettsted. De lagres bare med brukerens samtykke (§ 165 Abs. 3 TKG 2021), med mindre lagringen er strengt nødvendig for å levere en tjeneste brukeren uttrykkelig har bedt om.
   *[other] «Statistiske» informasjonskapsler gjør det mulig å følge en internettbrukers handlinger på et nettsted. De lagres bare med brukerens samtykke, med mindre lagringen er strengt nødvendig for å levere en tjeneste brukeren uttrykkelig har bedt om (artikkel 5 nr. 3 i direktiv 2002/58/EF om personvern og elektronisk kommunikasjon og de nasjonale lovene som gjennomfører det).
}
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
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Rettslig grunnlag:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] ditt samtykke (personvernforordningen artikkel 6 nr. 1 bokstav a; § 25 Abs. 1 TDDDG)
    [AT] ditt samtykke (personvernforordningen artikkel 6 nr. 1 bokstav a; § 165 Abs. 3 TKG 2021)
    [FR] ditt samtykke (personvernforordningen artikkel 6 nr. 1 bokstav a; artikkel 82 i den franske loven Informatique et Libertés)
   *[other] ditt samtykke (personvernforordningen artikkel 6 nr. 1 bokstav a; artikkel 5 nr. 3 i direktiv 2002/58/EF om personvern og elektronisk kommunikasjon, slik den er gjennomført i nasjonal rett)
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
        [yes] lagringen er strengt nødvendig for å levere tjenesten du har bedt om (§ 25 Abs. 2 Nr. 2 TDDDG); behandlingen er nødvendig for å utføre en oppgave i allmennhetens interesse eller utøve offentlig myndighet som vi er pålagt (personvernforordningen artikkel 6 nr. 1 bokstav e)
       *[no] lagringen er strengt nødvendig for å levere tjenesten du har bedt om (§ 25 Abs. 2 Nr. 2 TDDDG); vår berettigede interesse i et nettsted som fungerer og er sikkert (personvernforordningen artikkel 6 nr. 1 bokstav f)
    }
    [AT] { $public ->
        [yes] lagringen er strengt nødvendig for å levere tjenesten du har bedt om (§ 165 Abs. 3 TKG 2021); behandlingen er nødvendig for å utføre en oppgave i allmennhetens interesse eller utøve offentlig myndighet som vi er pålagt (personvernforordningen artikkel 6 nr. 1 bokstav e)
       *[no] lagringen er strengt nødvendig for å levere tjenesten du har bedt om (§ 165 Abs. 3 TKG 2021); vår berettigede interesse i et nettsted som fungerer og er sikkert (personvernforordningen artikkel 6 nr. 1 bokstav f)
    }
    [FR] { $public ->
        [yes] lagringen er strengt nødvendig for å levere tjenesten du har bedt om (artikkel 82 i den franske loven Informatique et Libertés); behandlingen er nødvendig for å utføre en oppgave i allmennhetens interesse eller utøve offentlig myndighet som vi er pålagt (personvernforordningen artikkel 6 nr. 1 bokstav e)
       *[no] lagringen er strengt nødvendig for å levere tjenesten du har bedt om (artikkel 82 i den franske loven Informatique et Libertés); vår berettigede interesse i et nettsted som fungerer og er sikkert (personvernforordningen artikkel 6 nr. 1 bokstav f)
    }
   *[other] { $public ->
        [yes] lagringen er strengt nødvendig for å levere tjenesten du har bedt om (artikkel 5 nr. 3 i direktiv 2002/58/EF om personvern og elektronisk kommunikasjon); behandlingen er nødvendig for å utføre en oppgave i allmennhetens interesse eller utøve offentlig myndighet som vi er pålagt (personvernforordningen artikkel 6 nr. 1 bokstav e)
       *[no] lagringen er strengt nødvendig for å levere tjenesten du har bedt om (artikkel 5 nr. 3 i direktiv 2002/58/EF om personvern og elektronisk kommunikasjon); vår berettigede interesse i et nettsted som fungerer og er sikkert (personvernforordningen artikkel 6 nr. 1 bokstav f)
    }
}
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

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Overføringer til land utenfor Det europeiske økonomiske samarbeidsområdet
# Markdown.
transfers-intro = Noen leverandører mottar opplysninger i land utenfor Den europeiske union og Det europeiske økonomiske samarbeidsområdet (EØS). Slik beskyttes opplysningene dine der:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = en beslutning fra Europakommisjonen om tilstrekkelig beskyttelsesnivå (personvernforordningen artikkel 45)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = rammeverket for personvern mellom EU og USA (Data Privacy Framework), som leverandøren er sertifisert under (Europakommisjonens beslutning om tilstrekkelig beskyttelsesnivå av 10. juli 2023, personvernforordningen artikkel 45)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = standard personvernbestemmelser vedtatt av Europakommisjonen (personvernforordningen artikkel 46 nr. 2 bokstav c)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = bindende virksomhetsregler godkjent av en tilsynsmyndighet (personvernforordningen artikkel 47)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = ditt uttrykkelige samtykke, gitt etter at du ble informert om de mulige risikoene ved overføringen (personvernforordningen artikkel 49 nr. 1 bokstav a)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Dine rettigheter
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Du har rett til innsyn i personopplysningene vi behandler om deg (personvernforordningen artikkel 15), til retting (artikkel 16), til sletting (artikkel 17), til begrensning av behandlingen (artikkel 18) og til dataportabilitet (artikkel 20). Når vi behandler opplysninger på grunnlag av personvernforordningen artikkel 6 nr. 1 bokstav e eller f, har du rett til å protestere mot behandlingen av grunner som gjelder din særlige situasjon (artikkel 21). Kontakt oss for å utøve disse rettighetene; kontaktopplysningene våre står på denne siden.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Du kan når som helst trekke tilbake samtykket ditt, like enkelt som du ga det, ved å endre innstillingene for informasjonskapsler. Tilbaketrekningen gjelder fra da av; den påvirker ikke lovligheten av behandlingen basert på samtykket før det ble trukket tilbake (personvernforordningen artikkel 7 nr. 3).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Endre innstillingene for informasjonskapsler
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Du har rett til å klage til en tilsynsmyndighet, særlig i den staten der du har ditt vanlige bosted eller arbeidssted, eller der den påståtte overtredelsen fant sted (personvernforordningen artikkel 77).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Tilsynsmyndigheten som har ansvar for oss, er { $authority }.

## Who is responsible

controller-heading = Hvem som er ansvarlig for dette nettstedet
# "behandlingsansvarlig": GDPR artikkel 4 nr. 7, Norwegian text (personopplysningsloven § 1).
controller-intro = Behandlingsansvarlig for behandlingen av opplysningene dine på dette nettstedet er:
controller-email = E-post: { $email }
controller-website = Nettsted: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Du kan kontakte personvernombudet vårt:

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
