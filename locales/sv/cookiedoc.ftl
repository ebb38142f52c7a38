# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Swedish messages of cookiedoc. Copy a message into locales/sv/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Swedish text of the GDPR (förordning (EU) 2016/679, EUT L 119, 4.5.2016):
# personuppgiftsansvarig (controller), samtycke (consent), personuppgifter (personal data),
# behandling (processing). "Kakor" for cookies, as the Swedish Post and Telecom Authority (PTS)
# and the Language Council (Språkrådet) write. Address: "du", the form Swedish public
# authorities use (Språkrådet, Myndigheternas skrivregler); "Ni" reads as dated.
# Further terms of the same text: dataskyddsombud (data protection officer), tillsynsmyndighet
# (supervisory authority), rättslig grund (legal basis), tredjeland (third country), beslut om
# adekvat skyddsnivå (adequacy decision), standardiserade dataskyddsbestämmelser (standard data
# protection clauses), bindande företagsbestämmelser (binding corporate rules). Articles cited as
# in that text: "artikel 6.1 a i dataskyddsförordningen".
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Svenska
page-title = Policy för kakor (cookies)
# The title of dist/index.html, which lists every language.
locale-index-title = Policy för kakor (cookies)
skip-link = Gå till policyn för kakor
language-switcher-label = Andra språk
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Den här webbplatsen fungerar utan kakor.
    [statistics] För att kunna erbjuda dig bästa möjliga service använder vi kakor (cookies) för att webbplatsen ska fungera korrekt och för att göra webbanalys.
    [marketing] För att kunna erbjuda dig bästa möjliga service använder vi kakor (cookies) för att webbplatsen ska fungera korrekt och för att visa dig reklam som är relevant för dig.
    [statistics-marketing] För att kunna erbjuda dig bästa möjliga service använder vi kakor (cookies) för att webbplatsen ska fungera korrekt, för att göra webbanalys och för att visa dig reklam som är relevant för dig.
   *[necessary] För att kunna erbjuda dig bästa möjliga service använder vi kakor (cookies) för att webbplatsen ska fungera korrekt.
}

## What is a cookie?

definitions-heading = Vad är en kaka (cookie)?
# Markdown.
definitions-body = En kaka är en oftast liten mängd data med ett namn, som en webbplats du besöker kan skicka till din webbläsare. Din webbläsare sparar den under en viss tid och skickar tillbaka den till webbservern varje gång du besöker webbplatsen igen. Kakor har många användningsområden: de kan användas för att komma ihåg dina inloggningsuppgifter i en webbutik eller det aktuella innehållet i din varukorg, som identifierare för att följa din surfning i statistik- eller reklamsyfte osv.
cookie-kinds-intro = Det finns flera typer av kakor:
# Markdown.
cookie-kind-necessary = ”Nödvändiga” interna kakor gör det möjligt att spara information mellan två besök på samma webbplats med samma enhet. De kan spara en varukorg, inloggningsuppgifter eller inställningar för gränssnittet. De kräver inte användarens samtycke.
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
    [FR] ”Statistiska” kakor gör det möjligt att följa en internetanvändares handlingar på en webbplats. När statistiken är anonymiserad (det vill säga inte kan kopplas till en person) krävs inte användarens samtycke.
    [DE] ”Statistiska” kakor gör det möjligt att följa en internetanvändares handlingar på en webbplats. De lagras endast med användarens samtycke (§ 25 Abs. 1 TDDDG), om inte lagringen är strikt nödvändig för att tillhandahålla en tjänst som användaren uttryckligen har begärt (§ 25 Abs. 2 Nr. 2 TDDDG).
    [AT] ”Statistiska” kakor gör det möjligt att följa en internetanvändares handlingar på en webbplats. De lagras endast med användarens samtycke (§ 165 Abs. 3 TKG 2021), om inte lagringen är strikt nödvändig för att tillhandahålla en tjänst som användaren uttryckligen har begärt.
   *[other] ”Statistiska” kakor gör det möjligt att följa en internetanvändares handlingar på en webbplats. De lagras endast med användarens samtycke, om inte lagringen är strikt nödvändig för att tillhandahålla en tjänst som användaren uttryckligen har begärt (artikel 5.3 i direktiv 2002/58/EG om integritet och elektronisk kommunikation och de nationella lagar som genomför det).
}
# Markdown.
cookie-kind-first-party = ”Interna” kakor eller ”förstapartskakor” lagras av den besökta webbplatsen. De kan lagras utöver de nödvändiga kakorna och kan användas för att samla in personuppgifter, följa användarnas beteende och för reklamändamål.
# Markdown.
cookie-kind-third-party = ”Tredjepartskakor” är kakor som lagras av (eller för) en webbplats B (ofta en reklambyrå) på webbplats A. Det gör det möjligt för webbplats B att se vilka sidor användaren har besökt på webbplats A och att samla in information om användaren.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Vilka kakor används på plattformen <{ $url }>
no-cookies = Den här webbplatsen lagrar inga kakor eller liknande data på din enhet.
consent-required = Dessa kakor lagras endast med ditt samtycke.
consent-not-required = Dessa kakor kräver inte ditt samtycke.
column-provider = Tjänsteleverantörens namn
column-function = Funktion och plats
column-names = Kakans namn
column-purpose = Ändamål
column-duration = Lagringstid
column-kind = Typ
party-third = Tredje part
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Rättslig grund:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] ditt samtycke (artikel 6.1 a i dataskyddsförordningen; § 25 Abs. 1 TDDDG)
    [AT] ditt samtycke (artikel 6.1 a i dataskyddsförordningen; § 165 Abs. 3 TKG 2021)
    [FR] ditt samtycke (artikel 6.1 a i dataskyddsförordningen; artikel 82 i den franska lagen Informatique et Libertés)
   *[other] ditt samtycke (artikel 6.1 a i dataskyddsförordningen; artikel 5.3 i direktiv 2002/58/EG om integritet och elektronisk kommunikation, så som det genomförts i nationell rätt)
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
        [yes] lagringen är strikt nödvändig för att tillhandahålla den tjänst du har begärt (§ 25 Abs. 2 Nr. 2 TDDDG); behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i den myndighetsutövning som vi har fått i uppdrag att utföra (artikel 6.1 e i dataskyddsförordningen)
       *[no] lagringen är strikt nödvändig för att tillhandahålla den tjänst du har begärt (§ 25 Abs. 2 Nr. 2 TDDDG); vårt berättigade intresse av en webbplats som fungerar och är säker (artikel 6.1 f i dataskyddsförordningen)
    }
    [AT] { $public ->
        [yes] lagringen är strikt nödvändig för att tillhandahålla den tjänst du har begärt (§ 165 Abs. 3 TKG 2021); behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i den myndighetsutövning som vi har fått i uppdrag att utföra (artikel 6.1 e i dataskyddsförordningen)
       *[no] lagringen är strikt nödvändig för att tillhandahålla den tjänst du har begärt (§ 165 Abs. 3 TKG 2021); vårt berättigade intresse av en webbplats som fungerar och är säker (artikel 6.1 f i dataskyddsförordningen)
    }
    [FR] { $public ->
        [yes] lagringen är strikt nödvändig för att tillhandahålla den tjänst du har begärt (artikel 82 i den franska lagen Informatique et Libertés); behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i den myndighetsutövning som vi har fått i uppdrag att utföra (artikel 6.1 e i dataskyddsförordningen)
       *[no] lagringen är strikt nödvändig för att tillhandahålla den tjänst du har begärt (artikel 82 i den franska lagen Informatique et Libertés); vårt berättigade intresse av en webbplats som fungerar och är säker (artikel 6.1 f i dataskyddsförordningen)
    }
   *[other] { $public ->
        [yes] lagringen är strikt nödvändig för att tillhandahålla den tjänst du har begärt (artikel 5.3 i direktiv 2002/58/EG om integritet och elektronisk kommunikation); behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i den myndighetsutövning som vi har fått i uppdrag att utföra (artikel 6.1 e i dataskyddsförordningen)
       *[no] lagringen är strikt nödvändig för att tillhandahålla den tjänst du har begärt (artikel 5.3 i direktiv 2002/58/EG om integritet och elektronisk kommunikation); vårt berättigade intresse av en webbplats som fungerar och är säker (artikel 6.1 f i dataskyddsförordningen)
    }
}
kind-http-cookie = Kaka
kind-local-storage = Lokal lagring
kind-session-storage = Sessionslagring
kind-indexeddb = IndexedDB
kind-pixel = Spårningspixel

## Built-in categories

category-necessary-title = Nödvändiga kakor
category-necessary-description = Dessa kakor behövs för att webbplatsen ska fungera och vara säker. De kan inte stängas av.
category-preferences-title = Kakor för inställningar
category-preferences-description = Dessa kakor kommer ihåg val som du gör, till exempel språk eller region, för att ge dig en mer personlig upplevelse.
category-statistics-title = Statistikkakor
category-statistics-description = Dessa kakor hjälper oss att förstå hur besökarna använder webbplatsen genom att samla in information om besöken.
category-marketing-title = Marknadsföringskakor
category-marketing-description = Dessa kakor används för att visa dig reklam som är relevant för dig och för att mäta hur väl den fungerar.

## Durations ($count: a number)
# "dygn" (a 24-hour day) is the word Swedish uses for a length of time, as CLDR does.

duration-session = Session
duration-persistent = Tills du raderar den
# $duration: a duration in words. "högst" (at most) is how Swedish says "up to" a limit.
duration-up-to = högst { $duration }
# $first, $second: two durations in words.
duration-and = { $first } och { $second }
duration-seconds = { $count ->
    [one] { $count } sekund
   *[other] { $count } sekunder
}
duration-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minuter
}
duration-hours = { $count ->
    [one] { $count } timme
   *[other] { $count } timmar
}
duration-days = { $count ->
    [one] { $count } dygn
   *[other] { $count } dygn
}
duration-weeks = { $count ->
    [one] { $count } vecka
   *[other] { $count } veckor
}
duration-months = { $count ->
    [one] { $count } månad
   *[other] { $count } månader
}
duration-years = { $count ->
    [one] { $count } år
   *[other] { $count } år
}

## Managing cookies

manage-heading = Så avvisar eller raderar du kakor
# Markdown.
manage-body = Du kan avvisa kakor som kräver ditt samtycke när webbplatsen frågar efter det, och ändra ditt val när som helst. Du kan också ställa in din webbläsare så att den avvisar kakor eller raderar dem när du stänger den, och i webbläsarens inställningar radera de kakor som den redan har lagrat, oftast under ”Integritet” eller ”Säkerhet”. Om du avvisar nödvändiga kakor kan vissa delar av webbplatsen sluta fungera.

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Överföringar till länder utanför Europeiska ekonomiska samarbetsområdet
# Markdown.
transfers-intro = Vissa leverantörer tar emot uppgifter i länder utanför Europeiska unionen och Europeiska ekonomiska samarbetsområdet. Så här skyddas dina uppgifter där:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = ett beslut om adekvat skyddsnivå från Europeiska kommissionen (artikel 45 i dataskyddsförordningen)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = ramen för dataskydd mellan EU och USA (Data Privacy Framework), enligt vilken leverantören är certifierad (Europeiska kommissionens beslut om adekvat skyddsnivå av den 10 juli 2023, artikel 45 i dataskyddsförordningen)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = standardiserade dataskyddsbestämmelser som antagits av Europeiska kommissionen (artikel 46.2 c i dataskyddsförordningen)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = bindande företagsbestämmelser som godkänts av en tillsynsmyndighet (artikel 47 i dataskyddsförordningen)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = ditt uttryckliga samtycke, som du gett efter att ha informerats om de möjliga riskerna med överföringen (artikel 49.1 a i dataskyddsförordningen)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Dina rättigheter
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Du har rätt till tillgång till de personuppgifter om dig som vi behandlar (artikel 15 i dataskyddsförordningen), till rättelse (artikel 16), till radering (artikel 17), till begränsning av behandlingen (artikel 18) och till dataportabilitet (artikel 20). När vi behandlar uppgifter med stöd av artikel 6.1 e eller f i dataskyddsförordningen har du rätt att invända mot behandlingen av skäl som hänför sig till din specifika situation (artikel 21). Kontakta oss för att utöva dessa rättigheter; våra kontaktuppgifter finns på den här sidan.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Du kan när som helst återkalla ditt samtycke, lika enkelt som du gav det, genom att ändra dina inställningar för kakor. Återkallelsen gäller från och med då; den påverkar inte lagligheten av behandlingen som grundades på ditt samtycke innan det återkallades (artikel 7.3 i dataskyddsförordningen).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Ändra dina inställningar för kakor
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Du har rätt att lämna in ett klagomål till en tillsynsmyndighet, särskilt i den medlemsstat där du har din vanliga vistelseort, där du har din arbetsplats eller där det påstådda intrånget begicks (artikel 77 i dataskyddsförordningen).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Den tillsynsmyndighet som är ansvarig för oss är { $authority }.

## Who is responsible

controller-heading = Vem som ansvarar för den här webbplatsen
# "personuppgiftsansvarig": GDPR art. 4.7, Swedish text.
controller-intro = Personuppgiftsansvarig för behandlingen av dina uppgifter på den här webbplatsen är:
controller-email = E-post: { $email }
controller-website = Webbplats: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Du kan kontakta vårt dataskyddsombud:

## Dates

# $date: a date in words.
last-updated = Senast uppdaterad: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Vi använder kakor
# Markdown.
banner-description = Vi använder kakor som behövs för att webbplatsen ska fungera och, med ditt samtycke, andra kakor som hjälper oss att förbättra den. Du kan ändra ditt val när som helst.
banner-accept-all = Godkänn alla
banner-accept-necessary = Avvisa alla
banner-show-preferences = Hantera inställningar
preferences-title = Inställningar för kakor
preferences-save = Spara mina val
preferences-close = Stäng
