# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Dutch messages of cookiedoc. Copy a message into locales/nl/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Dutch text of the GDPR (Verordening (EU) 2016/679, PB L 119 van 4.5.2016):
# verwerkingsverantwoordelijke (controller), toestemming (consent), persoonsgegevens (personal
# data), verwerking (processing). Formal address: "u".
# Further terms of the same text: functionaris voor gegevensbescherming (data protection
# officer), toezichthoudende autoriteit (supervisory authority), rechtsgrond (legal basis), derde
# land (third country), adequaatheidsbesluit (adequacy decision), standaardbepalingen inzake
# gegevensbescherming (standard data protection clauses), bindende bedrijfsvoorschriften (binding
# corporate rules). Articles cited as in that text: "artikel 6, lid 1, onder a), AVG".
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Nederlands
page-title = Cookiebeleid
# The title of dist/index.html, which lists every language.
locale-index-title = Cookiebeleid
skip-link = Naar het cookiebeleid
language-switcher-label = Andere talen
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Deze website werkt zonder cookies.
    [statistics] Om u de best mogelijke dienstverlening te bieden, gebruiken wij cookies om de goede werking van de website te waarborgen en om webanalyse uit te voeren.
    [marketing] Om u de best mogelijke dienstverlening te bieden, gebruiken wij cookies om de goede werking van de website te waarborgen en om u advertenties te tonen die voor u relevant zijn.
    [statistics-marketing] Om u de best mogelijke dienstverlening te bieden, gebruiken wij cookies om de goede werking van de website te waarborgen, om webanalyse uit te voeren en om u advertenties te tonen die voor u relevant zijn.
   *[necessary] Om u de best mogelijke dienstverlening te bieden, gebruiken wij cookies om de goede werking van de website te waarborgen.
}

## What is a cookie?

definitions-heading = Wat is een cookie?
# Markdown.
definitions-body = Een cookie is een doorgaans klein gegevensbestand met een naam, dat een website die u bezoekt naar uw browser kan sturen. Uw webbrowser bewaart het gedurende een bepaalde tijd en stuurt het bij elk volgend bezoek terug naar de webserver. Cookies hebben veel toepassingen: zij kunnen bijvoorbeeld uw inloggegevens voor een webwinkel of de huidige inhoud van uw winkelwagen onthouden, of dienen als identificatiemiddel om uw surfgedrag te volgen voor statistische of reclamedoeleinden.
cookie-kinds-intro = Er bestaan verschillende soorten cookies:
# Markdown.
cookie-kind-necessary = Met “noodzakelijke” interne cookies kan informatie worden bewaard tussen twee bezoeken aan dezelfde website met hetzelfde apparaat. Zij kunnen een winkelwagen, inloggegevens of voorkeuren voor de weergave bewaren. Hiervoor is geen toestemming van de gebruiker nodig.
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
    [FR] Met “statistische” cookies kunnen de handelingen van een internetgebruiker op een website worden gevolgd. Wanneer de statistieken geanonimiseerd zijn (dat wil zeggen dat zij niet tot een persoon te herleiden zijn), is geen toestemming van de gebruiker vereist.
    [DE] Met “statistische” cookies kunnen de handelingen van een internetgebruiker op een website worden gevolgd. Zij worden alleen met toestemming van de gebruiker opgeslagen (§ 25 Abs. 1 TDDDG), tenzij de opslag strikt noodzakelijk is om een dienst te leveren waarom de gebruiker uitdrukkelijk heeft verzocht (§ 25 Abs. 2 Nr. 2 TDDDG).
    [AT] Met “statistische” cookies kunnen de handelingen van een internetgebruiker op een website worden gevolgd. Zij worden alleen met toestemming van de gebruiker opgeslagen (§ 165 Abs. 3 TKG 2021), tenzij de opslag strikt noodzakelijk is om een dienst te leveren waarom de gebruiker uitdrukkelijk heeft verzocht.
   *[other] Met “statistische” cookies kunnen de handelingen van een internetgebruiker op een website worden gevolgd. Zij worden alleen met toestemming van de gebruiker opgeslagen, tenzij de opslag strikt noodzakelijk is om een dienst te leveren waarom de gebruiker uitdrukkelijk heeft verzocht (artikel 5, lid 3, van de e-privacyrichtlijn 2002/58/EG en de nationale wetten waarmee deze is omgezet).
}
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
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Rechtsgrond:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] uw toestemming (artikel 6, lid 1, onder a), AVG; § 25 Abs. 1 TDDDG)
    [AT] uw toestemming (artikel 6, lid 1, onder a), AVG; § 165 Abs. 3 TKG 2021)
    [FR] uw toestemming (artikel 6, lid 1, onder a), AVG; artikel 82 van de Franse loi Informatique et Libertés)
   *[other] uw toestemming (artikel 6, lid 1, onder a), AVG; artikel 5, lid 3, van de e-privacyrichtlijn 2002/58/EG, zoals omgezet in nationaal recht)
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
        [yes] de opslag is strikt noodzakelijk om de door u gevraagde dienst te leveren (§ 25 Abs. 2 Nr. 2 TDDDG); de verwerking is noodzakelijk voor de vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag dat aan ons is opgedragen (artikel 6, lid 1, onder e), AVG)
       *[no] de opslag is strikt noodzakelijk om de door u gevraagde dienst te leveren (§ 25 Abs. 2 Nr. 2 TDDDG); ons gerechtvaardigd belang bij een website die werkt en veilig is (artikel 6, lid 1, onder f), AVG)
    }
    [AT] { $public ->
        [yes] de opslag is strikt noodzakelijk om de door u gevraagde dienst te leveren (§ 165 Abs. 3 TKG 2021); de verwerking is noodzakelijk voor de vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag dat aan ons is opgedragen (artikel 6, lid 1, onder e), AVG)
       *[no] de opslag is strikt noodzakelijk om de door u gevraagde dienst te leveren (§ 165 Abs. 3 TKG 2021); ons gerechtvaardigd belang bij een website die werkt en veilig is (artikel 6, lid 1, onder f), AVG)
    }
    [FR] { $public ->
        [yes] de opslag is strikt noodzakelijk om de door u gevraagde dienst te leveren (artikel 82 van de Franse loi Informatique et Libertés); de verwerking is noodzakelijk voor de vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag dat aan ons is opgedragen (artikel 6, lid 1, onder e), AVG)
       *[no] de opslag is strikt noodzakelijk om de door u gevraagde dienst te leveren (artikel 82 van de Franse loi Informatique et Libertés); ons gerechtvaardigd belang bij een website die werkt en veilig is (artikel 6, lid 1, onder f), AVG)
    }
   *[other] { $public ->
        [yes] de opslag is strikt noodzakelijk om de door u gevraagde dienst te leveren (artikel 5, lid 3, van de e-privacyrichtlijn 2002/58/EG); de verwerking is noodzakelijk voor de vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag dat aan ons is opgedragen (artikel 6, lid 1, onder e), AVG)
       *[no] de opslag is strikt noodzakelijk om de door u gevraagde dienst te leveren (artikel 5, lid 3, van de e-privacyrichtlijn 2002/58/EG); ons gerechtvaardigd belang bij een website die werkt en veilig is (artikel 6, lid 1, onder f), AVG)
    }
}
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

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Doorgiften naar landen buiten de Europese Economische Ruimte
# Markdown.
transfers-intro = Sommige aanbieders ontvangen gegevens in landen buiten de Europese Unie en de Europese Economische Ruimte. Zo worden uw gegevens daar beschermd:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = een adequaatheidsbesluit van de Europese Commissie (artikel 45 AVG)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = het EU-VS-kader voor gegevensbescherming (Data Privacy Framework), waaronder de aanbieder is gecertificeerd (adequaatheidsbesluit van de Europese Commissie van 10 juli 2023, artikel 45 AVG)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = standaardbepalingen inzake gegevensbescherming die door de Europese Commissie zijn vastgesteld (artikel 46, lid 2, onder c), AVG)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = bindende bedrijfsvoorschriften die door een toezichthoudende autoriteit zijn goedgekeurd (artikel 47 AVG)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = uw uitdrukkelijke toestemming, gegeven nadat u over de mogelijke risico’s van de doorgifte bent geïnformeerd (artikel 49, lid 1, onder a), AVG)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Uw rechten
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = U hebt het recht op inzage in de persoonsgegevens die wij over u verwerken (artikel 15 AVG), op rectificatie (artikel 16 AVG), op gegevenswissing (artikel 17 AVG), op beperking van de verwerking (artikel 18 AVG) en op overdraagbaarheid van gegevens (artikel 20 AVG). Wanneer wij gegevens verwerken op grond van artikel 6, lid 1, onder e) of f), AVG, hebt u het recht om in verband met uw specifieke situatie bezwaar te maken tegen de verwerking (artikel 21 AVG). Neem contact met ons op om deze rechten uit te oefenen; onze contactgegevens staan op deze pagina.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = U kunt uw toestemming te allen tijde intrekken, even eenvoudig als u haar hebt gegeven, door uw cookie-instellingen te wijzigen. De intrekking geldt vanaf dat moment; zij doet geen afbreuk aan de rechtmatigheid van de verwerking op basis van uw toestemming vóór de intrekking (artikel 7, lid 3, AVG).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Uw cookie-instellingen wijzigen
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit, met name in de lidstaat waar u gewoonlijk verblijft, waar u werkt of waar de beweerde inbreuk is begaan (artikel 77 AVG).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = De toezichthoudende autoriteit die voor ons bevoegd is, is { $authority }.

## Who is responsible

controller-heading = Wie is verantwoordelijk voor deze website
# "verwerkingsverantwoordelijke": GDPR art. 4(7), Dutch text.
controller-intro = De verwerkingsverantwoordelijke voor uw gegevens op deze website is:
controller-email = E-mail: { $email }
controller-website = Website: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = U kunt contact opnemen met onze functionaris voor gegevensbescherming:

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
