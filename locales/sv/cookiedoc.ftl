# Machine-assisted translation (2026-12-02); not yet read back by a second reader.
# Built-in Swedish messages of cookiedoc. Copy a message into locales/sv/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Swedish text of the GDPR (förordning (EU) 2016/679, EUT L 119, 4.5.2016):
# personuppgiftsansvarig (controller), samtycke (consent), personuppgifter (personal data),
# behandling (processing). "Kakor" for cookies, as the Swedish Post and Telecom Authority (PTS)
# and the Language Council (Språkrådet) write. Address: "du", the form Swedish public
# authorities use (Språkrådet, Myndigheternas skrivregler); "Ni" reads as dated.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Svenska
page-title = Policy för kakor (cookies)
# The title of dist/index.html, which lists every language.
locale-index-title = Policy för kakor (cookies)
skip-link = Gå till policyn för kakor
language-switcher-label = Andra språk
# Markdown.
intro = För att kunna erbjuda dig bästa möjliga service använder vi kakor (cookies) för att webbplatsen ska fungera korrekt och för att göra webbanalys.

## What is a cookie?

definitions-heading = Vad är en kaka (cookie)?
# Markdown.
definitions-body = En kaka är en oftast liten mängd data med ett namn, som en webbplats du besöker kan skicka till din webbläsare. Din webbläsare sparar den under en viss tid och skickar tillbaka den till webbservern varje gång du besöker webbplatsen igen. Kakor har många användningsområden: de kan användas för att komma ihåg dina inloggningsuppgifter i en webbutik eller det aktuella innehållet i din varukorg, som identifierare för att följa din surfning i statistik- eller reklamsyfte osv.
cookie-kinds-intro = Det finns flera typer av kakor:
# Markdown.
cookie-kind-necessary = ”Nödvändiga” interna kakor gör det möjligt att spara information mellan två besök på samma webbplats med samma enhet. De kan spara en varukorg, inloggningsuppgifter eller inställningar för gränssnittet. De kräver inte användarens samtycke.
# Markdown.
cookie-kind-statistical = ”Statistiska” kakor gör det möjligt att följa en internetanvändares handlingar på en webbplats. När statistiken är anonymiserad (det vill säga inte kan kopplas till en person) krävs inte användarens samtycke.
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

## Who is responsible

controller-heading = Vem som ansvarar för den här webbplatsen
# "personuppgiftsansvarig": GDPR art. 4.7, Swedish text.
controller-intro = Personuppgiftsansvarig för behandlingen av dina uppgifter på den här webbplatsen är:
controller-email = E-post: { $email }
controller-website = Webbplats: { $url }

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
