# Machine-assisted translation (2026-12-03); not yet read back by a second reader.
# Built-in Italian messages of cookiedoc. Copy a message into locales/it/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Italian text of the GDPR (Regolamento (UE) 2016/679, GU L 119 del 4.5.2016):
# titolare del trattamento (controller), responsabile della protezione dei dati (data protection
# officer), autorità di controllo (supervisory authority), consenso (consent), base giuridica
# (legal basis), dati personali (personal data), trattamento (processing), paese terzo (third
# country). Formal address: "Lei", with the courtesy forms in lower case ("il suo browser"), as
# is usual on the web.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Italiano
page-title = Informativa sui cookie
# The title of dist/index.html, which lists every language.
locale-index-title = Informativa sui cookie
skip-link = Vai all’informativa sui cookie
language-switcher-label = Altre lingue
# Markdown.
intro = Per offrirle il miglior servizio possibile, utilizziamo i cookie per garantire il corretto funzionamento del sito e per effettuare analisi statistiche del traffico web.

## What is a cookie?

definitions-heading = Che cos’è un cookie?
# Markdown.
definitions-body = Un cookie è un insieme di dati, generalmente di piccole dimensioni e identificato da un nome, che il sito web che sta visitando può inviare al suo browser. Il browser lo conserva per un determinato periodo e lo rinvia al server web a ogni visita successiva. I cookie hanno molti usi: possono servire a ricordare i suoi dati di accesso a un negozio online o il contenuto attuale del suo carrello, oppure come identificativo per seguire la sua navigazione a fini statistici o pubblicitari, ecc.
cookie-kinds-intro = Esistono diversi tipi di cookie:
# Markdown.
cookie-kind-necessary = I cookie interni «necessari» consentono di conservare informazioni tra due visite allo stesso sito web dallo stesso dispositivo. Possono conservare un carrello, i dati di accesso o le preferenze di visualizzazione. Non richiedono il consenso dell’utente.
# Markdown.
cookie-kind-statistical = I cookie «statistici» consentono di seguire le azioni di un utente di Internet su un sito web. Quando le statistiche sono anonimizzate (ossia non possono essere ricondotte a una persona), il consenso dell’utente non è richiesto.
# Markdown.
cookie-kind-first-party = I cookie «interni» o «di prima parte» sono memorizzati dal sito web visitato. Possono essere memorizzati in aggiunta ai cookie necessari e possono essere utilizzati per raccogliere dati personali, seguire il comportamento degli utenti e a fini pubblicitari.
# Markdown.
cookie-kind-third-party = I cookie «di terze parti» sono cookie memorizzati da (o per conto di) un sito web B (spesso un’agenzia pubblicitaria) sul sito web A. In questo modo il sito web B può vedere quali pagine l’utente ha visitato sul sito web A e raccogliere informazioni sull’utente.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Quali cookie sono utilizzati sulla piattaforma <{ $url }>
no-cookies = Questo sito web non memorizza alcun cookie né dati analoghi sul suo dispositivo.
consent-required = Questi cookie sono memorizzati solo con il suo consenso.
consent-not-required = Questi cookie non richiedono il suo consenso.
column-provider = Nome del fornitore del servizio
column-function = Funzione e ubicazione
column-names = Nome o nomi dei cookie
column-purpose = Finalità
column-duration = Durata
column-kind = Tipo
party-third = Terza parte
kind-http-cookie = Cookie
kind-local-storage = Archiviazione locale
kind-session-storage = Archiviazione di sessione
kind-indexeddb = IndexedDB
kind-pixel = Pixel di tracciamento

## Built-in categories

category-necessary-title = Cookie necessari
category-necessary-description = Questi cookie sono necessari per il funzionamento e la sicurezza del sito web. Non possono essere disattivati.
category-preferences-title = Cookie di preferenza
category-preferences-description = Questi cookie ricordano le scelte che lei effettua, come la lingua o la regione, per offrirle un’esperienza più personalizzata.
category-statistics-title = Cookie statistici
category-statistics-description = Questi cookie ci aiutano a capire come i visitatori utilizzano il sito web, raccogliendo informazioni sulle visite.
category-marketing-title = Cookie di marketing
category-marketing-description = Questi cookie sono utilizzati per mostrarle pubblicità pertinente per lei e per misurarne l’efficacia.

## Durations ($count: a number)
# CLDR's "many" is for large round numbers (1 000 000); Italian unit words take the plural there.

duration-session = Sessione
duration-persistent = Fino alla sua cancellazione
# $duration: a duration in words.
duration-up-to = fino a { $duration }
# $first, $second: two durations in words.
duration-and = { $first } e { $second }
duration-seconds = { $count ->
    [one] { $count } secondo
    [many] { $count } secondi
   *[other] { $count } secondi
}
duration-minutes = { $count ->
    [one] { $count } minuto
    [many] { $count } minuti
   *[other] { $count } minuti
}
duration-hours = { $count ->
    [one] { $count } ora
    [many] { $count } ore
   *[other] { $count } ore
}
duration-days = { $count ->
    [one] { $count } giorno
    [many] { $count } giorni
   *[other] { $count } giorni
}
duration-weeks = { $count ->
    [one] { $count } settimana
    [many] { $count } settimane
   *[other] { $count } settimane
}
duration-months = { $count ->
    [one] { $count } mese
    [many] { $count } mesi
   *[other] { $count } mesi
}
duration-years = { $count ->
    [one] { $count } anno
    [many] { $count } anni
   *[other] { $count } anni
}

## Managing cookies

manage-heading = Come rifiutare o cancellare i cookie
# Markdown.
manage-body = Può rifiutare i cookie che richiedono il suo consenso quando il sito web glielo chiede, e modificare la sua scelta in qualsiasi momento. Può anche impostare il suo browser affinché rifiuti i cookie o li cancelli alla chiusura, e cancellare dalle sue impostazioni i cookie già memorizzati, di solito alla voce «Privacy» o «Sicurezza». Se rifiuta i cookie necessari, alcune parti del sito web potrebbero non funzionare più.

## Who is responsible

controller-heading = Chi è responsabile di questo sito web
# "titolare del trattamento": GDPR art. 4(7), Italian text.
controller-intro = Il titolare del trattamento dei suoi dati su questo sito web è:
controller-email = E-mail: { $email }
controller-website = Sito web: { $url }

## Dates

# $date: a date in words.
last-updated = Ultimo aggiornamento: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day } { $month } { $year }
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Utilizziamo i cookie
# Markdown.
banner-description = Utilizziamo cookie necessari al funzionamento di questo sito web e, con il suo consenso, altri cookie che ci aiutano a migliorarlo. Può modificare la sua scelta in qualsiasi momento.
banner-accept-all = Accetta tutti
banner-accept-necessary = Rifiuta tutti
banner-show-preferences = Gestisci preferenze
preferences-title = Preferenze sui cookie
preferences-save = Salva le mie scelte
preferences-close = Chiudi
