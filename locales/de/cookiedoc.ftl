# Reviewed by a second reader (2026-12-03).
# Eingebaute deutsche Texte von cookiedoc. Eine Nachricht in locales/de/*.ftl neben Ihrer
# cookies.toml überschreibt die gleichnamige hier; die README listet alle Nachrichten auf.

## Die Seite

language-name = Deutsch
page-title = Cookie-Richtlinie
locale-index-title = Cookie-Richtlinie
skip-link = Zur Cookie-Richtlinie springen
language-switcher-label = Andere Sprachen
# $purposes: none, necessary, statistics, marketing or statistics-marketing (see the English file).
introduction = { $purposes ->
    [none] Diese Website kommt ohne Cookies aus.
    [statistics] Um Ihnen den bestmöglichen Service zu bieten, verwenden wir Cookies, die das einwandfreie Funktionieren der Website sicherstellen und eine Webanalyse ermöglichen.
    [marketing] Um Ihnen den bestmöglichen Service zu bieten, verwenden wir Cookies, die das einwandfreie Funktionieren der Website sicherstellen und dazu dienen, Ihnen für Sie relevante Werbung zu zeigen.
    [statistics-marketing] Um Ihnen den bestmöglichen Service zu bieten, verwenden wir Cookies, die das einwandfreie Funktionieren der Website sicherstellen, eine Webanalyse ermöglichen und dazu dienen, Ihnen für Sie relevante Werbung zu zeigen.
   *[necessary] Um Ihnen den bestmöglichen Service zu bieten, verwenden wir Cookies, die das einwandfreie Funktionieren der Website sicherstellen.
}

## Was ist ein Cookie?

definitions-heading = Was ist ein Cookie?
definitions-body = Ein Cookie ist ein in der Regel kleines, durch einen Namen gekennzeichnetes Datenelement, das eine von Ihnen besuchte Website an Ihren Browser senden kann. Ihr Webbrowser speichert es für eine bestimmte Zeit und sendet es bei jedem erneuten Besuch an den Webserver zurück. Cookies haben viele Verwendungszwecke: sie können Ihre Anmeldedaten für einen Online-Shop oder den aktuellen Inhalt Ihres Warenkorbs speichern oder als Kennung dienen, um Ihr Surfverhalten zu statistischen oder Werbezwecken zu verfolgen.
cookie-kinds-intro = Es gibt verschiedene Arten von Cookies:
cookie-kind-necessary = „Notwendige“ interne Cookies ermöglichen es, Informationen zwischen zwei Besuchen derselben Website mit demselben Gerät zu speichern. Sie können einen Warenkorb, Anmeldedaten oder Einstellungen der Oberfläche speichern. Sie erfordern keine Einwilligung der Nutzerin oder des Nutzers.
# $jurisdiction: the `[site] jurisdiction` or EU. Sources, by variant (see locales/en/cookiedoc.ftl):
# [FR] article 82 loi Informatique et Libertés; CNIL délibération n° 2020-091, article 5 (audience
#      measurement exemption); [DE] § 25 (1), (2) Nr. 2 TDDDG; DSK OH Digitale Dienste;
# [AT] § 165 (3) TKG 2021; [other] Art. 5(3) Directive 2002/58/EC; EDPB Guidelines 2/2023.
cookie-kind-statistics = { $jurisdiction ->
    [FR] „Statistische“ Cookies ermöglichen es, die Aktionen einer Internetnutzerin oder eines Internetnutzers auf einer Website zu verfolgen. Sind die Statistiken anonymisiert (können sie also keiner Person zugeordnet werden), ist keine Einwilligung erforderlich.
    [DE] „Statistische“ Cookies ermöglichen es, die Aktionen einer Internetnutzerin oder eines Internetnutzers auf einer Website zu verfolgen. Sie werden nur mit Einwilligung der Nutzerin oder des Nutzers gespeichert (§ 25 Abs. 1 TDDDG), es sei denn, ihre Speicherung ist unbedingt erforderlich, um einen von der Nutzerin oder dem Nutzer ausdrücklich gewünschten Dienst bereitzustellen (§ 25 Abs. 2 Nr. 2 TDDDG).
    [AT] „Statistische“ Cookies ermöglichen es, die Aktionen einer Internetnutzerin oder eines Internetnutzers auf einer Website zu verfolgen. Sie werden nur mit Einwilligung der Nutzerin oder des Nutzers gespeichert (§ 165 Abs. 3 TKG 2021), es sei denn, ihre Speicherung ist unbedingt erforderlich, um einen von der Nutzerin oder dem Nutzer ausdrücklich gewünschten Dienst bereitzustellen.
   *[other] „Statistische“ Cookies ermöglichen es, die Aktionen einer Internetnutzerin oder eines Internetnutzers auf einer Website zu verfolgen. Sie werden nur mit Einwilligung der Nutzerin oder des Nutzers gespeichert, es sei denn, ihre Speicherung ist unbedingt erforderlich, um einen von der Nutzerin oder dem Nutzer ausdrücklich gewünschten Dienst bereitzustellen (Art. 5 Abs. 3 der ePrivacy-Richtlinie 2002/58/EG und die nationalen Gesetze zu ihrer Umsetzung).
}
cookie-kind-first-party = „Interne“ oder „Erstanbieter“-Cookies werden von der besuchten Website gespeichert. Sie können zusätzlich zu den notwendigen Cookies gespeichert werden und dazu dienen, personenbezogene Daten zu erheben, das Nutzerverhalten zu verfolgen und Werbung auszuspielen.
cookie-kind-third-party = „Drittanbieter“-Cookies sind Cookies, die von einer Website B (oft einer Werbeagentur) oder in deren Auftrag auf Website A gespeichert werden. So kann Website B sehen, welche Seiten die Nutzerin oder der Nutzer auf Website A besucht hat, und Informationen über sie oder ihn sammeln.

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
list-separator = {", "}
legal-basis-label = Rechtsgrundlage:
# Sources: GDPR Art. 6(1)(a), 13(1)(c); [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article
# 82 loi Informatique et Libertés; [other] Art. 5(3) Directive 2002/58/EC.
legal-basis-consent = { $jurisdiction ->
    [DE] Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO; § 25 Abs. 1 TDDDG)
    [AT] Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO; § 165 Abs. 3 TKG 2021)
    [FR] Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO; Artikel 82 des französischen Gesetzes „Informatique et Libertés“)
   *[other] Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO; Art. 5 Abs. 3 der ePrivacy-Richtlinie 2002/58/EG in ihrer Umsetzung im nationalen Recht)
}
# Sources: the exemption for what is strictly necessary: [DE] § 25 (2) Nr. 2 TDDDG; [AT] § 165 (3)
# TKG 2021; [FR] article 82 loi Informatique et Libertés; [other] Art. 5(3) Directive 2002/58/EC.
# GDPR Art. 6(1)(f) with the interest named (Art. 13(1)(d)); public bodies: Art. 6(1)(e), since
# (f) does not apply to them (Art. 6(1), last subparagraph). $public: yes or no.
legal-basis-necessary = { $jurisdiction ->
    [DE] { $public ->
        [yes] die Speicherung ist unbedingt erforderlich, um den von Ihnen gewünschten Dienst bereitzustellen (§ 25 Abs. 2 Nr. 2 TDDDG); die Verarbeitung ist für die Wahrnehmung einer Aufgabe erforderlich, die im öffentlichen Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt, die uns übertragen wurde (Art. 6 Abs. 1 lit. e DSGVO)
       *[no] die Speicherung ist unbedingt erforderlich, um den von Ihnen gewünschten Dienst bereitzustellen (§ 25 Abs. 2 Nr. 2 TDDDG); unser berechtigtes Interesse an einer funktionsfähigen und sicheren Website (Art. 6 Abs. 1 lit. f DSGVO)
    }
    [AT] { $public ->
        [yes] die Speicherung ist unbedingt erforderlich, um den von Ihnen gewünschten Dienst bereitzustellen (§ 165 Abs. 3 TKG 2021); die Verarbeitung ist für die Wahrnehmung einer Aufgabe erforderlich, die im öffentlichen Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt, die uns übertragen wurde (Art. 6 Abs. 1 lit. e DSGVO)
       *[no] die Speicherung ist unbedingt erforderlich, um den von Ihnen gewünschten Dienst bereitzustellen (§ 165 Abs. 3 TKG 2021); unser berechtigtes Interesse an einer funktionsfähigen und sicheren Website (Art. 6 Abs. 1 lit. f DSGVO)
    }
    [FR] { $public ->
        [yes] die Speicherung ist unbedingt erforderlich, um den von Ihnen gewünschten Dienst bereitzustellen (Artikel 82 des französischen Gesetzes „Informatique et Libertés“); die Verarbeitung ist für die Wahrnehmung einer Aufgabe erforderlich, die im öffentlichen Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt, die uns übertragen wurde (Art. 6 Abs. 1 lit. e DSGVO)
       *[no] die Speicherung ist unbedingt erforderlich, um den von Ihnen gewünschten Dienst bereitzustellen (Artikel 82 des französischen Gesetzes „Informatique et Libertés“); unser berechtigtes Interesse an einer funktionsfähigen und sicheren Website (Art. 6 Abs. 1 lit. f DSGVO)
    }
   *[other] { $public ->
        [yes] die Speicherung ist unbedingt erforderlich, um den von Ihnen gewünschten Dienst bereitzustellen (Art. 5 Abs. 3 der ePrivacy-Richtlinie 2002/58/EG); die Verarbeitung ist für die Wahrnehmung einer Aufgabe erforderlich, die im öffentlichen Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt, die uns übertragen wurde (Art. 6 Abs. 1 lit. e DSGVO)
       *[no] die Speicherung ist unbedingt erforderlich, um den von Ihnen gewünschten Dienst bereitzustellen (Art. 5 Abs. 3 der ePrivacy-Richtlinie 2002/58/EG); unser berechtigtes Interesse an einer funktionsfähigen und sicheren Website (Art. 6 Abs. 1 lit. f DSGVO)
    }
}
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

## Übermittlungen in Drittländer (Art. 13 Abs. 1 lit. f, Kapitel V DSGVO)

transfers-heading = Übermittlungen in Länder außerhalb des Europäischen Wirtschaftsraums
transfers-intro = Einige Anbieter erhalten Daten in Ländern außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums (Drittländer). So sind Ihre Daten dort geschützt:
transfer-item = { $provider } ({ $country }): { $safeguard }
# Source: GDPR Art. 45.
transfer-adequacy = ein Angemessenheitsbeschluss der Europäischen Kommission (Art. 45 DSGVO)
# Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023.
transfer-dpf = der EU-US-Datenschutzrahmen (Data Privacy Framework), unter dem der Anbieter zertifiziert ist (Angemessenheitsbeschluss der Europäischen Kommission vom 10. Juli 2023, Art. 45 DSGVO)
# Source: GDPR Art. 46(2)(c).
transfer-scc = von der Europäischen Kommission erlassene Standarddatenschutzklauseln (Art. 46 Abs. 2 lit. c DSGVO)
# Source: GDPR Art. 47.
transfer-bcr = von einer Aufsichtsbehörde genehmigte verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)
# Source: GDPR Art. 49(1)(a).
transfer-consent = Ihre ausdrückliche Einwilligung, nachdem Sie über die möglichen Risiken der Übermittlung unterrichtet wurden (Art. 49 Abs. 1 lit. a DSGVO)

## Ihre Rechte (Art. 13 Abs. 2 lit. b–d DSGVO)

rights-heading = Ihre Rechte
# Source: GDPR Art. 15–18, 20, 21.
rights-body = Sie haben das Recht auf Auskunft über die personenbezogenen Daten, die wir über Sie verarbeiten (Art. 15 DSGVO), auf Berichtigung (Art. 16 DSGVO), auf Löschung (Art. 17 DSGVO), auf Einschränkung der Verarbeitung (Art. 18 DSGVO) und auf Datenübertragbarkeit (Art. 20 DSGVO). Soweit wir Daten auf Grundlage von Art. 6 Abs. 1 lit. e oder f DSGVO verarbeiten, haben Sie das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, Widerspruch gegen die Verarbeitung einzulegen (Art. 21 DSGVO). Um diese Rechte auszuüben, wenden Sie sich an uns; unsere Kontaktdaten finden Sie auf dieser Seite.
# Source: GDPR Art. 7(3), 13(2)(c).
rights-withdraw = Sie können Ihre Einwilligung jederzeit so einfach, wie Sie sie erteilt haben, widerrufen, indem Sie Ihre Cookie-Einstellungen ändern. Der Widerruf wirkt für die Zukunft; die Rechtmäßigkeit der bis zum Widerruf aufgrund der Einwilligung erfolgten Verarbeitung bleibt unberührt (Art. 7 Abs. 3 DSGVO).
consent-settings-link = Cookie-Einstellungen ändern
# Source: GDPR Art. 77, 13(2)(d).
rights-complaint = Sie haben das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes (Art. 77 DSGVO).
rights-authority = Die für uns zuständige Aufsichtsbehörde ist { $authority }.

## Verantwortlicher

controller-heading = Wer für diese Website verantwortlich ist
controller-intro = Verantwortlich für die Verarbeitung Ihrer Daten auf dieser Website ist:
controller-email = E-Mail: { $email }
controller-website = Website: { $url }
# Source: GDPR Art. 13(1)(b).
dpo-intro = Kontaktdaten der oder des Datenschutzbeauftragten:

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
