# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Italian messages of cookiedoc. Copy a message into locales/it/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Italian text of the GDPR (Regolamento (UE) 2016/679, GU L 119 del 4.5.2016):
# titolare del trattamento (controller), responsabile della protezione dei dati (data protection
# officer), autorità di controllo (supervisory authority), consenso (consent), base giuridica
# (legal basis), dati personali (personal data), trattamento (processing), paese terzo (third
# country). Formal address: "Lei", with the courtesy forms in lower case ("il suo browser"), as
# is usual on the web.
# Transfers (GDPR Chapter V): decisione di adeguatezza (adequacy decision), clausole tipo di
# protezione dei dati (standard data protection clauses), norme vincolanti d’impresa (binding
# corporate rules).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Italiano
page-title = Informativa sui cookie
# The title of dist/index.html, which lists every language.
locale-index-title = Informativa sui cookie
skip-link = Vai all’informativa sui cookie
language-switcher-label = Altre lingue
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Questo sito web funziona senza cookie.
    [statistics] Per offrirle il miglior servizio possibile, utilizziamo i cookie per garantire il corretto funzionamento del sito e per effettuare analisi statistiche del traffico web.
    [marketing] Per offrirle il miglior servizio possibile, utilizziamo i cookie per garantire il corretto funzionamento del sito e per mostrarle pubblicità pertinente per lei.
    [statistics-marketing] Per offrirle il miglior servizio possibile, utilizziamo i cookie per garantire il corretto funzionamento del sito, per effettuare analisi statistiche del traffico web e per mostrarle pubblicità pertinente per lei.
   *[necessary] Per offrirle il miglior servizio possibile, utilizziamo i cookie per garantire il corretto funzionamento del sito.
}

## What is a cookie?

definitions-heading = Che cos’è un cookie?
# Markdown.
definitions-body = Un cookie è un insieme di dati, generalmente di piccole dimensioni e identificato da un nome, che il sito web che sta visitando può inviare al suo browser. Il browser lo conserva per un determinato periodo e lo rinvia al server web a ogni visita successiva. I cookie hanno molti usi: possono servire a ricordare i suoi dati di accesso a un negozio online o il contenuto attuale del suo carrello, oppure come identificativo per seguire la sua navigazione a fini statistici o pubblicitari, ecc.
cookie-kinds-intro = Esistono diversi tipi di cookie:
# Markdown.
cookie-kind-necessary = I cookie interni «necessari» consentono di conservare informazioni tra due visite allo stesso sito web dallo stesso dispositivo. Possono conservare un carrello, i dati di accesso o le preferenze di visualizzazione. Non richiedono il consenso dell’utente.
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
    [FR] I cookie «statistici» consentono di seguire le azioni di un utente di Internet su un sito web. Quando le statistiche sono anonimizzate (ossia non possono essere ricondotte a una persona), il consenso dell’utente non è richiesto.
    [DE] I cookie «statistici» consentono di seguire le azioni di un utente di Internet su un sito web. Sono memorizzati solo con il consenso dell’utente (§ 25, comma 1, della legge tedesca TDDDG), a meno che la loro memorizzazione non sia strettamente necessaria per fornire un servizio espressamente richiesto dall’utente (§ 25, comma 2, n. 2, TDDDG).
    [AT] I cookie «statistici» consentono di seguire le azioni di un utente di Internet su un sito web. Sono memorizzati solo con il consenso dell’utente (§ 165, comma 3, della legge austriaca TKG 2021), a meno che la loro memorizzazione non sia strettamente necessaria per fornire un servizio espressamente richiesto dall’utente.
   *[other] I cookie «statistici» consentono di seguire le azioni di un utente di Internet su un sito web. Sono memorizzati solo con il consenso dell’utente, a meno che la loro memorizzazione non sia strettamente necessaria per fornire un servizio espressamente richiesto dall’utente (art. 5, paragrafo 3, della direttiva 2002/58/CE relativa alla vita privata e alle comunicazioni elettroniche e leggi nazionali che la recepiscono).
}
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
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Base giuridica:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] il suo consenso (art. 6, paragrafo 1, lettera a), RGPD; § 25, comma 1, della legge tedesca TDDDG)
    [AT] il suo consenso (art. 6, paragrafo 1, lettera a), RGPD; § 165, comma 3, della legge austriaca TKG 2021)
    [FR] il suo consenso (art. 6, paragrafo 1, lettera a), RGPD; articolo 82 della legge francese Informatique et Libertés)
   *[other] il suo consenso (art. 6, paragrafo 1, lettera a), RGPD; art. 5, paragrafo 3, della direttiva 2002/58/CE, come recepita nel diritto nazionale)
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
        [yes] la loro memorizzazione è strettamente necessaria per fornire il servizio da lei richiesto (§ 25, comma 2, n. 2, della legge tedesca TDDDG); il trattamento è necessario per l’esecuzione di un compito di interesse pubblico o connesso all’esercizio di pubblici poteri di cui siamo investiti (art. 6, paragrafo 1, lettera e), RGPD)
       *[no] la loro memorizzazione è strettamente necessaria per fornire il servizio da lei richiesto (§ 25, comma 2, n. 2, della legge tedesca TDDDG); il nostro legittimo interesse a un sito web funzionante e sicuro (art. 6, paragrafo 1, lettera f), RGPD)
    }
    [AT] { $public ->
        [yes] la loro memorizzazione è strettamente necessaria per fornire il servizio da lei richiesto (§ 165, comma 3, della legge austriaca TKG 2021); il trattamento è necessario per l’esecuzione di un compito di interesse pubblico o connesso all’esercizio di pubblici poteri di cui siamo investiti (art. 6, paragrafo 1, lettera e), RGPD)
       *[no] la loro memorizzazione è strettamente necessaria per fornire il servizio da lei richiesto (§ 165, comma 3, della legge austriaca TKG 2021); il nostro legittimo interesse a un sito web funzionante e sicuro (art. 6, paragrafo 1, lettera f), RGPD)
    }
    [FR] { $public ->
        [yes] la loro memorizzazione è strettamente necessaria per fornire il servizio da lei richiesto (articolo 82 della legge francese Informatique et Libertés); il trattamento è necessario per l’esecuzione di un compito di interesse pubblico o connesso all’esercizio di pubblici poteri di cui siamo investiti (art. 6, paragrafo 1, lettera e), RGPD)
       *[no] la loro memorizzazione è strettamente necessaria per fornire il servizio da lei richiesto (articolo 82 della legge francese Informatique et Libertés); il nostro legittimo interesse a un sito web funzionante e sicuro (art. 6, paragrafo 1, lettera f), RGPD)
    }
   *[other] { $public ->
        [yes] la loro memorizzazione è strettamente necessaria per fornire il servizio da lei richiesto (art. 5, paragrafo 3, della direttiva 2002/58/CE); il trattamento è necessario per l’esecuzione di un compito di interesse pubblico o connesso all’esercizio di pubblici poteri di cui siamo investiti (art. 6, paragrafo 1, lettera e), RGPD)
       *[no] la loro memorizzazione è strettamente necessaria per fornire il servizio da lei richiesto (art. 5, paragrafo 3, della direttiva 2002/58/CE); il nostro legittimo interesse a un sito web funzionante e sicuro (art. 6, paragrafo 1, lettera f), RGPD)
    }
}
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

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Trasferimenti verso paesi al di fuori dello Spazio economico europeo
# Markdown.
transfers-intro = Alcuni fornitori ricevono dati in paesi al di fuori dell’Unione europea e dello Spazio economico europeo (paesi terzi). Ecco come vi sono protetti i suoi dati:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = una decisione di adeguatezza della Commissione europea (art. 45 RGPD)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = il quadro UE-USA per la protezione dei dati (Data Privacy Framework), nell’ambito del quale il fornitore è certificato (decisione di adeguatezza della Commissione europea del 10 luglio 2023, art. 45 RGPD)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = clausole tipo di protezione dei dati adottate dalla Commissione europea (art. 46, paragrafo 2, lettera c), RGPD)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = norme vincolanti d’impresa approvate da un’autorità di controllo (art. 47 RGPD)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = il suo consenso esplicito, che ha prestato dopo essere stato informato dei possibili rischi del trasferimento (art. 49, paragrafo 1, lettera a), RGPD)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = I suoi diritti
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Lei ha il diritto di accesso ai dati personali che la riguardano e che trattiamo (art. 15 RGPD), di rettifica (art. 16 RGPD), alla cancellazione (art. 17 RGPD), di limitazione del trattamento (art. 18 RGPD) e alla portabilità dei dati (art. 20 RGPD). Quando trattiamo dati sulla base dell’art. 6, paragrafo 1, lettera e) o f), RGPD, lei ha il diritto di opporsi al trattamento per motivi connessi alla sua situazione particolare (art. 21 RGPD). Per esercitare questi diritti, ci contatti; i nostri recapiti sono indicati in questa pagina.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Può revocare il suo consenso in qualsiasi momento, con la stessa facilità con cui lo ha prestato, modificando le impostazioni dei cookie. La revoca vale per il futuro; non pregiudica la liceità del trattamento basata sul consenso prima della revoca (art. 7, paragrafo 3, RGPD).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Modifica le impostazioni dei cookie
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Ha il diritto di proporre reclamo a un’autorità di controllo, segnatamente nello Stato membro in cui risiede abitualmente, lavora oppure del luogo ove si è verificata la presunta violazione (art. 77 RGPD).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = L’autorità di controllo competente nei nostri confronti è { $authority }.

## Who is responsible

controller-heading = Chi è responsabile di questo sito web
# "titolare del trattamento": GDPR art. 4(7), Italian text.
controller-intro = Il titolare del trattamento dei suoi dati su questo sito web è:
controller-email = E-mail: { $email }
controller-website = Sito web: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Può contattare il nostro responsabile della protezione dei dati:

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
