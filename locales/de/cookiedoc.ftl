# Eingebaute deutsche Texte von cookiedoc. Eine Nachricht in locales/de/*.ftl neben Ihrer
# cookies.toml überschreibt die gleichnamige hier; die README listet alle Nachrichten auf.

## Die Seite

language-name = Deutsch
page-title = Cookie-Richtlinie
locale-index-title = Cookie-Richtlinie
skip-link = Zur Cookie-Richtlinie springen
language-switcher-label = Andere Sprachen
intro = Um Ihnen den bestmöglichen Service zu bieten, verwenden wir Cookies, die das einwandfreie Funktionieren der Website sicherstellen und eine Webanalyse ermöglichen.

## Was ist ein Cookie?

definitions-heading = Was ist ein Cookie?
definitions-body = Ein Cookie ist ein in der Regel kleines, durch einen Namen gekennzeichnetes Datenelement, das eine von Ihnen besuchte Website an Ihren Browser senden kann. Ihr Webbrowser speichert es für eine bestimmte Zeit und sendet es bei jedem erneuten Besuch an den Webserver zurück. Cookies haben viele Verwendungszwecke: Sie können Ihre Anmeldedaten für einen Online-Shop oder den aktuellen Inhalt Ihres Warenkorbs speichern oder als Kennung dienen, um Ihr Surfverhalten zu statistischen oder Werbezwecken zu verfolgen.
cookie-kinds-intro = Es gibt verschiedene Arten von Cookies:
cookie-kind-necessary = „Notwendige“ interne Cookies ermöglichen es, Informationen zwischen zwei Besuchen derselben Website mit demselben Gerät zu speichern. Sie können einen Warenkorb, Anmeldedaten oder Einstellungen der Oberfläche speichern. Sie erfordern keine Einwilligung der Nutzerin oder des Nutzers.
cookie-kind-statistical = „Statistische“ Cookies ermöglichen es, die Aktionen einer Internetnutzerin oder eines Internetnutzers auf einer Website zu verfolgen. Sind die Statistiken anonymisiert (können sie also keiner Person zugeordnet werden), ist keine Einwilligung erforderlich.
cookie-kind-first-party = „Interne“ oder „Erstanbieter“-Cookies werden von der besuchten Website gespeichert. Sie können zusätzlich zu den notwendigen Cookies gespeichert werden und dazu dienen, personenbezogene Daten zu erheben, das Nutzerverhalten zu verfolgen und Werbung auszuspielen.
cookie-kind-third-party = „Drittanbieter“-Cookies sind Cookies, die von (oder für) einer Website B (oft einer Werbeagentur) auf Website A gespeichert werden. So kann Website B sehen, welche Seiten die Nutzerin oder der Nutzer auf Website A besucht hat, und Informationen über sie oder ihn sammeln.

## Die Cookies dieser Website

cookies-used-heading = Welche Cookies werden auf der Plattform <{ $url }> verwendet?
no-cookies = Diese Website speichert keine Cookies oder ähnlichen Daten auf Ihrem Gerät.
consent-required = Diese Cookies werden nur mit Ihrer Einwilligung gespeichert.
consent-not-required = Diese Cookies erfordern keine Einwilligung.
column-provider = Name des Dienstanbieters
column-function = Funktion und Bereich
column-names = Name(n) des Cookies
column-purpose = Zwecke
column-duration = Speicherdauer
column-kind = Art
party-third = Drittanbieter
kind-http-cookie = Cookie
kind-local-storage = Lokaler Speicher
kind-session-storage = Sitzungsspeicher
kind-indexeddb = IndexedDB
kind-pixel = Zählpixel

## Eingebaute Kategorien

category-necessary-title = Notwendige Cookies
category-necessary-description = Diese Cookies sind für den Betrieb und die Sicherheit der Website erforderlich. Sie können nicht abgeschaltet werden.
category-preferences-title = Präferenz-Cookies
category-preferences-description = Diese Cookies merken sich Ihre Entscheidungen, etwa Ihre Sprache oder Region, um Ihnen ein persönlicheres Erlebnis zu bieten.
category-statistics-title = Statistik-Cookies
category-statistics-description = Diese Cookies helfen uns zu verstehen, wie Besucherinnen und Besucher die Website nutzen, indem sie Informationen über Besuche sammeln.
category-marketing-title = Marketing-Cookies
category-marketing-description = Diese Cookies werden verwendet, um Ihnen für Sie relevante Werbung zu zeigen und deren Wirkung zu messen.

## Speicherdauern

duration-session = Sitzung
duration-persistent = Bis zur Löschung durch Sie
duration-up-to = bis zu { $duration }
duration-and = { $first } und { $second }
duration-seconds = { $count ->
    [one] { $count } Sekunde
   *[other] { $count } Sekunden
}
duration-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
duration-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
duration-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
duration-weeks = { $count ->
    [one] { $count } Woche
   *[other] { $count } Wochen
}
duration-months = { $count ->
    [one] { $count } Monat
   *[other] { $count } Monate
}
duration-years = { $count ->
    [one] { $count } Jahr
   *[other] { $count } Jahre
}

## Cookies verwalten

manage-heading = Wie Sie Cookies ablehnen oder löschen
manage-body = Cookies, die Ihre Einwilligung erfordern, können Sie ablehnen, wenn die Website danach fragt, und Ihre Wahl jederzeit ändern. Sie können Ihren Webbrowser auch so einstellen, dass er Cookies ablehnt oder beim Schließen löscht, und bereits gespeicherte Cookies in seinen Einstellungen löschen, meist unter „Datenschutz“ oder „Sicherheit“. Wenn Sie notwendige Cookies ablehnen, funktionieren manche Teile der Website möglicherweise nicht mehr.

## Verantwortliche Stelle

controller-heading = Wer für diese Website verantwortlich ist
controller-intro = Verantwortlich für die Verarbeitung Ihrer Daten auf dieser Website ist:
controller-email = E-Mail: { $email }
controller-website = Website: { $url }

## Daten

last-updated = Zuletzt aktualisiert: { $date }
date = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

## Einwilligungsbanner (cookiedoc build --banner cookieconsent)

banner-title = Wir verwenden Cookies
banner-description = Wir verwenden Cookies, die für den Betrieb dieser Website notwendig sind, und mit Ihrer Einwilligung weitere, die uns helfen, sie zu verbessern. Sie können Ihre Wahl jederzeit ändern.
banner-accept-all = Alle akzeptieren
banner-accept-necessary = Alle ablehnen
banner-show-preferences = Einstellungen verwalten
preferences-title = Cookie-Einstellungen
preferences-save = Auswahl speichern
preferences-close = Schließen
