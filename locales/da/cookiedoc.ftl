# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Danish messages of cookiedoc. Copy a message into locales/da/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Danish text of the GDPR (forordning (EU) 2016/679, EUT L 119 af 4.5.2016):
# dataansvarlig (controller), databeskyttelsesrådgiver (data protection officer),
# tilsynsmyndighed (supervisory authority), samtykke (consent), retsgrundlag (legal basis),
# personoplysninger (personal data), behandling (processing), tredjeland (third country).
# "Cookies" as the Danish cookie order (cookiebekendtgørelsen, BEK nr. 1148 af 9.12.2011) and
# the Danish Business Authority write. Address: "du", the form Danish public authorities use
# (Dansk Sprognævn); "De" reads as dated.
# Chapter V: afgørelse om tilstrækkeligheden af beskyttelsesniveauet (adequacy decision),
# standardbestemmelser om databeskyttelse (standard data protection clauses), bindende
# virksomhedsregler (binding corporate rules). Articles cited as the Danish text does:
# "art. 6, stk. 1, litra a".
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Dansk
page-title = Cookiepolitik
# The title of dist/index.html, which lists every language.
locale-index-title = Cookiepolitik
skip-link = Gå til cookiepolitikken
language-switcher-label = Andre sprog
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Dette websted fungerer uden cookies.
    [statistics] For at kunne give dig den bedst mulige service bruger vi cookies for at sikre, at webstedet fungerer korrekt, og til webanalyse.
    [marketing] For at kunne give dig den bedst mulige service bruger vi cookies for at sikre, at webstedet fungerer korrekt, og til at vise dig reklamer, der er relevante for dig.
    [statistics-marketing] For at kunne give dig den bedst mulige service bruger vi cookies for at sikre, at webstedet fungerer korrekt, til webanalyse og til at vise dig reklamer, der er relevante for dig.
   *[necessary] For at kunne give dig den bedst mulige service bruger vi cookies for at sikre, at webstedet fungerer korrekt.
}

## What is a cookie?

definitions-heading = Hvad er en cookie?
# Markdown.
definitions-body = En cookie er en som regel lille mængde data med et navn, som et websted, du besøger, kan sende til din browser. Din browser gemmer den i et vist tidsrum og sender den tilbage til webserveren, hver gang du besøger webstedet igen. Cookies har mange anvendelser: de kan bruges til at huske dine loginoplysninger i en webshop eller det aktuelle indhold af din indkøbskurv, som identifikator til at følge din browsing til statistik- eller reklameformål osv.
cookie-kinds-intro = Der findes flere typer cookies:
# Markdown.
cookie-kind-necessary = »Nødvendige« interne cookies gør det muligt at gemme oplysninger mellem to besøg på det samme websted fra den samme enhed. De kan gemme en indkøbskurv, loginoplysninger eller indstillinger for brugerfladen. De kræver ikke brugerens samtykke.
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
    [FR] »Statistiske« cookies gør det muligt at følge en internetbrugers handlinger på et websted. Når statistikken er anonymiseret (dvs. ikke kan føres tilbage til en person), kræves brugerens samtykke ikke.
    [DE] »Statistiske« cookies gør det muligt at følge en internetbrugers handlinger på et websted. De gemmes kun med brugerens samtykke (§ 25, stk. 1, i den tyske TDDDG), medmindre det er strengt nødvendigt at gemme dem for at levere en tjeneste, som brugeren udtrykkeligt har anmodet om (§ 25, stk. 2, nr. 2, i TDDDG).
    [AT] »Statistiske« cookies gør det muligt at følge en internetbrugers handlinger på et websted. De gemmes kun med brugerens samtykke (§ 165, stk. 3, i den østrigske TKG 2021), medmindre det er strengt nødvendigt at gemme dem for at levere en tjeneste, som brugeren udtrykkeligt har anmodet om.
   *[other] »Statistiske« cookies gør det muligt at følge en internetbrugers handlinger på et websted. De gemmes kun med brugerens samtykke, medmindre det er strengt nødvendigt at gemme dem for at levere en tjeneste, som brugeren udtrykkeligt har anmodet om (artikel 5, stk. 3, i e-databeskyttelsesdirektivet 2002/58/EF og de nationale love, der gennemfører det).
}
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
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Retsgrundlag:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] dit samtykke (databeskyttelsesforordningens art. 6, stk. 1, litra a; § 25, stk. 1, i den tyske TDDDG)
    [AT] dit samtykke (databeskyttelsesforordningens art. 6, stk. 1, litra a; § 165, stk. 3, i den østrigske TKG 2021)
    [FR] dit samtykke (databeskyttelsesforordningens art. 6, stk. 1, litra a; artikel 82 i den franske lov »Informatique et Libertés«)
   *[other] dit samtykke (databeskyttelsesforordningens art. 6, stk. 1, litra a; artikel 5, stk. 3, i e-databeskyttelsesdirektivet 2002/58/EF som gennemført i national ret)
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
        [yes] det er strengt nødvendigt at gemme dem for at levere den tjeneste, du har anmodet om (§ 25, stk. 2, nr. 2, i den tyske TDDDG); behandlingen er nødvendig af hensyn til udførelse af en opgave i samfundets interesse eller som henhører under offentlig myndighedsudøvelse, som vi har fået pålagt (databeskyttelsesforordningens art. 6, stk. 1, litra e)
       *[no] det er strengt nødvendigt at gemme dem for at levere den tjeneste, du har anmodet om (§ 25, stk. 2, nr. 2, i den tyske TDDDG); vores legitime interesse i et websted, der fungerer og er sikkert (databeskyttelsesforordningens art. 6, stk. 1, litra f)
    }
    [AT] { $public ->
        [yes] det er strengt nødvendigt at gemme dem for at levere den tjeneste, du har anmodet om (§ 165, stk. 3, i den østrigske TKG 2021); behandlingen er nødvendig af hensyn til udførelse af en opgave i samfundets interesse eller som henhører under offentlig myndighedsudøvelse, som vi har fået pålagt (databeskyttelsesforordningens art. 6, stk. 1, litra e)
       *[no] det er strengt nødvendigt at gemme dem for at levere den tjeneste, du har anmodet om (§ 165, stk. 3, i den østrigske TKG 2021); vores legitime interesse i et websted, der fungerer og er sikkert (databeskyttelsesforordningens art. 6, stk. 1, litra f)
    }
    [FR] { $public ->
        [yes] det er strengt nødvendigt at gemme dem for at levere den tjeneste, du har anmodet om (artikel 82 i den franske lov »Informatique et Libertés«); behandlingen er nødvendig af hensyn til udførelse af en opgave i samfundets interesse eller som henhører under offentlig myndighedsudøvelse, som vi har fået pålagt (databeskyttelsesforordningens art. 6, stk. 1, litra e)
       *[no] det er strengt nødvendigt at gemme dem for at levere den tjeneste, du har anmodet om (artikel 82 i den franske lov »Informatique et Libertés«); vores legitime interesse i et websted, der fungerer og er sikkert (databeskyttelsesforordningens art. 6, stk. 1, litra f)
    }
   *[other] { $public ->
        [yes] det er strengt nødvendigt at gemme dem for at levere den tjeneste, du har anmodet om (artikel 5, stk. 3, i e-databeskyttelsesdirektivet 2002/58/EF); behandlingen er nødvendig af hensyn til udførelse af en opgave i samfundets interesse eller som henhører under offentlig myndighedsudøvelse, som vi har fået pålagt (databeskyttelsesforordningens art. 6, stk. 1, litra e)
       *[no] det er strengt nødvendigt at gemme dem for at levere den tjeneste, du har anmodet om (artikel 5, stk. 3, i e-databeskyttelsesdirektivet 2002/58/EF); vores legitime interesse i et websted, der fungerer og er sikkert (databeskyttelsesforordningens art. 6, stk. 1, litra f)
    }
}
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

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Overførsler til lande uden for Det Europæiske Økonomiske Samarbejdsområde
# Markdown.
transfers-intro = Nogle udbydere modtager data i lande uden for Den Europæiske Union og Det Europæiske Økonomiske Samarbejdsområde (tredjelande). Sådan er dine data beskyttet der:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = en afgørelse fra Europa-Kommissionen om tilstrækkeligheden af beskyttelsesniveauet (databeskyttelsesforordningens art. 45)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = databeskyttelsesrammen mellem EU og USA (EU-U.S. Data Privacy Framework), som udbyderen er certificeret under (Europa-Kommissionens afgørelse om tilstrækkeligheden af beskyttelsesniveauet af 10. juli 2023, databeskyttelsesforordningens art. 45)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = standardbestemmelser om databeskyttelse vedtaget af Europa-Kommissionen (databeskyttelsesforordningens art. 46, stk. 2, litra c)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = bindende virksomhedsregler godkendt af en tilsynsmyndighed (databeskyttelsesforordningens art. 47)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = dit udtrykkelige samtykke, givet efter at du er blevet informeret om de mulige risici ved overførslen (databeskyttelsesforordningens art. 49, stk. 1, litra a)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Dine rettigheder
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Du har ret til indsigt i de personoplysninger, vi behandler om dig (databeskyttelsesforordningens art. 15), og ret til berigtigelse (art. 16), til sletning (art. 17), til begrænsning af behandling (art. 18) og til dataportabilitet (art. 20). Når vi behandler oplysninger på grundlag af databeskyttelsesforordningens art. 6, stk. 1, litra e eller f, har du ret til af grunde, der vedrører din særlige situation, at gøre indsigelse mod behandlingen (art. 21). Kontakt os for at udøve disse rettigheder; vores kontaktoplysninger fremgår af denne side.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Du kan til enhver tid trække dit samtykke tilbage, lige så let som du gav det, ved at ændre dine cookieindstillinger. Tilbagetrækningen gælder fremadrettet; den berører ikke lovligheden af den behandling, der er baseret på samtykke inden tilbagetrækningen (databeskyttelsesforordningens art. 7, stk. 3).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Skift dine cookieindstillinger
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Du har ret til at indgive en klage til en tilsynsmyndighed, navnlig i den medlemsstat, hvor du har dit sædvanlige opholdssted eller dit arbejdssted, eller hvor den påståede overtrædelse har fundet sted (databeskyttelsesforordningens art. 77).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Den tilsynsmyndighed, der er ansvarlig for os, er { $authority }.

## Who is responsible

controller-heading = Hvem er ansvarlig for dette websted
# "dataansvarlig": GDPR art. 4, nr. 7, Danish text.
controller-intro = Den dataansvarlige for behandlingen af dine oplysninger på dette websted er:
controller-email = E-mail: { $email }
controller-website = Websted: { $url }

# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Du kan kontakte vores databeskyttelsesrådgiver:

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
