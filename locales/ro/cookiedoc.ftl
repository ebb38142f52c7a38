# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Romanian messages of cookiedoc. Copy a message into locales/ro/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Romanian text of the GDPR (Regulamentul (UE) 2016/679, JO L 119, 4.5.2016):
# operator (controller), consimțământ (consent), date cu caracter personal (personal data),
# prelucrare (processing). Formal address: "dumneavoastră".
# Further terms of the same text: responsabil cu protecția datelor (data protection officer),
# autoritate de supraveghere (supervisory authority), temei juridic (legal basis), țară terță
# (third country), decizie privind caracterul adecvat (adequacy decision), clauze standard de
# protecție a datelor (standard data protection clauses), reguli corporatiste obligatorii
# (binding corporate rules). Articles cited as in that text: "articolul 6 alineatul (1) litera
# (a) din RGPD".
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Română
page-title = Politica privind cookie-urile
# The title of dist/index.html, which lists every language.
locale-index-title = Politica privind cookie-urile
skip-link = Salt la politica privind cookie-urile
language-switcher-label = Alte limbi
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Acest site web funcționează fără cookie-uri.
    [statistics] Pentru a vă oferi cel mai bun serviciu posibil, folosim cookie-uri pentru a asigura buna funcționare a site-ului și pentru a realiza analize web.
    [marketing] Pentru a vă oferi cel mai bun serviciu posibil, folosim cookie-uri pentru a asigura buna funcționare a site-ului și pentru a vă afișa publicitate relevantă pentru dumneavoastră.
    [statistics-marketing] Pentru a vă oferi cel mai bun serviciu posibil, folosim cookie-uri pentru a asigura buna funcționare a site-ului, pentru a realiza analize web și pentru a vă afișa publicitate relevantă pentru dumneavoastră.
   *[necessary] Pentru a vă oferi cel mai bun serviciu posibil, folosim cookie-uri pentru a asigura buna funcționare a site-ului.
}

## What is a cookie?

definitions-heading = Ce este un cookie?
# Markdown.
definitions-body = Un cookie este un set de date, în general de mici dimensiuni și identificat printr-un nume, pe care un site web pe care îl vizitați îl poate trimite browserului dumneavoastră. Browserul îl stochează pentru o anumită perioadă de timp și îl trimite înapoi serverului web la fiecare nouă vizită. Cookie-urile au multe utilizări: pot fi folosite pentru a reține datele dumneavoastră de autentificare într-un magazin online sau conținutul actual al coșului de cumpărături, ca identificator pentru urmărirea navigării dumneavoastră în scopuri statistice sau publicitare etc.
cookie-kinds-intro = Există mai multe tipuri de cookie-uri:
# Markdown.
cookie-kind-necessary = Cookie-urile interne „necesare” permit salvarea informațiilor între două vizite pe același site web de pe același dispozitiv. Ele pot salva un coș de cumpărături, datele de autentificare sau preferințele privind interfața. Acestea nu necesită consimțământul utilizatorului.
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
    [FR] Cookie-urile „statistice” permit urmărirea acțiunilor unui utilizator de internet pe un site web. Atunci când statisticile sunt anonimizate (adică nu pot fi asociate unei persoane), nu este necesar consimțământul utilizatorului.
    [DE] Cookie-urile „statistice” permit urmărirea acțiunilor unui utilizator de internet pe un site web. Ele sunt stocate numai cu consimțământul utilizatorului (§ 25 Abs. 1 TDDDG), cu excepția cazului în care stocarea lor este strict necesară pentru furnizarea unui serviciu solicitat în mod explicit de utilizator (§ 25 Abs. 2 Nr. 2 TDDDG).
    [AT] Cookie-urile „statistice” permit urmărirea acțiunilor unui utilizator de internet pe un site web. Ele sunt stocate numai cu consimțământul utilizatorului (§ 165 Abs. 3 TKG 2021), cu excepția cazului în care stocarea lor este strict necesară pentru furnizarea unui serviciu solicitat în mod explicit de utilizator.
   *[other] Cookie-urile „statistice” permit urmărirea acțiunilor unui utilizator de internet pe un site web. Ele sunt stocate numai cu consimțământul utilizatorului, cu excepția cazului în care stocarea lor este strict necesară pentru furnizarea unui serviciu solicitat în mod explicit de utilizator (articolul 5 alineatul (3) din Directiva privind confidențialitatea și comunicațiile electronice 2002/58/CE și legile naționale de transpunere a acesteia).
}
# Markdown.
cookie-kind-first-party = Cookie-urile „interne” sau „primare” (first-party) sunt stocate de site-ul web vizitat. Ele pot fi stocate în plus față de cookie-urile necesare și pot fi folosite pentru a colecta date cu caracter personal, pentru a urmări comportamentul utilizatorilor și în scopuri publicitare.
# Markdown.
cookie-kind-third-party = Cookie-urile „terțe” (third-party) sunt cookie-uri stocate de (sau pentru) un site web B (adesea o agenție de publicitate) pe site-ul web A. Acest lucru îi permite site-ului web B să vadă ce pagini a vizitat utilizatorul pe site-ul web A și să colecteze informații despre utilizator.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Ce cookie-uri sunt folosite pe platforma <{ $url }>
no-cookies = Acest site web nu stochează cookie-uri sau date similare pe dispozitivul dumneavoastră.
consent-required = Aceste cookie-uri sunt stocate numai cu consimțământul dumneavoastră.
consent-not-required = Aceste cookie-uri nu necesită consimțământul dumneavoastră.
column-provider = Numele furnizorului de servicii
column-function = Funcție și locație
column-names = Numele cookie-ului (cookie-urilor)
column-purpose = Scopuri
column-duration = Durată
column-kind = Tip
party-third = Terț
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Temei juridic:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] consimțământul dumneavoastră (articolul 6 alineatul (1) litera (a) din RGPD; § 25 Abs. 1 TDDDG)
    [AT] consimțământul dumneavoastră (articolul 6 alineatul (1) litera (a) din RGPD; § 165 Abs. 3 TKG 2021)
    [FR] consimțământul dumneavoastră (articolul 6 alineatul (1) litera (a) din RGPD; articolul 82 din legea franceză Informatique et Libertés)
   *[other] consimțământul dumneavoastră (articolul 6 alineatul (1) litera (a) din RGPD; articolul 5 alineatul (3) din Directiva privind confidențialitatea și comunicațiile electronice 2002/58/CE, astfel cum a fost transpus în dreptul național)
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
        [yes] stocarea lor este strict necesară pentru furnizarea serviciului pe care l-ați solicitat (§ 25 Abs. 2 Nr. 2 TDDDG); prelucrarea este necesară pentru îndeplinirea unei sarcini care servește unui interes public sau care rezultă din exercitarea autorității publice cu care suntem învestiți (articolul 6 alineatul (1) litera (e) din RGPD)
       *[no] stocarea lor este strict necesară pentru furnizarea serviciului pe care l-ați solicitat (§ 25 Abs. 2 Nr. 2 TDDDG); interesul nostru legitim de a avea un site web funcțional și sigur (articolul 6 alineatul (1) litera (f) din RGPD)
    }
    [AT] { $public ->
        [yes] stocarea lor este strict necesară pentru furnizarea serviciului pe care l-ați solicitat (§ 165 Abs. 3 TKG 2021); prelucrarea este necesară pentru îndeplinirea unei sarcini care servește unui interes public sau care rezultă din exercitarea autorității publice cu care suntem învestiți (articolul 6 alineatul (1) litera (e) din RGPD)
       *[no] stocarea lor este strict necesară pentru furnizarea serviciului pe care l-ați solicitat (§ 165 Abs. 3 TKG 2021); interesul nostru legitim de a avea un site web funcțional și sigur (articolul 6 alineatul (1) litera (f) din RGPD)
    }
    [FR] { $public ->
        [yes] stocarea lor este strict necesară pentru furnizarea serviciului pe care l-ați solicitat (articolul 82 din legea franceză Informatique et Libertés); prelucrarea este necesară pentru îndeplinirea unei sarcini care servește unui interes public sau care rezultă din exercitarea autorității publice cu care suntem învestiți (articolul 6 alineatul (1) litera (e) din RGPD)
       *[no] stocarea lor este strict necesară pentru furnizarea serviciului pe care l-ați solicitat (articolul 82 din legea franceză Informatique et Libertés); interesul nostru legitim de a avea un site web funcțional și sigur (articolul 6 alineatul (1) litera (f) din RGPD)
    }
   *[other] { $public ->
        [yes] stocarea lor este strict necesară pentru furnizarea serviciului pe care l-ați solicitat (articolul 5 alineatul (3) din Directiva privind confidențialitatea și comunicațiile electronice 2002/58/CE); prelucrarea este necesară pentru îndeplinirea unei sarcini care servește unui interes public sau care rezultă din exercitarea autorității publice cu care suntem învestiți (articolul 6 alineatul (1) litera (e) din RGPD)
       *[no] stocarea lor este strict necesară pentru furnizarea serviciului pe care l-ați solicitat (articolul 5 alineatul (3) din Directiva privind confidențialitatea și comunicațiile electronice 2002/58/CE); interesul nostru legitim de a avea un site web funcțional și sigur (articolul 6 alineatul (1) litera (f) din RGPD)
    }
}
kind-http-cookie = Cookie
kind-local-storage = Stocare locală
kind-session-storage = Stocare de sesiune
kind-indexeddb = IndexedDB
kind-pixel = Pixel de urmărire

## Built-in categories

category-necessary-title = Cookie-uri necesare
category-necessary-description = Aceste cookie-uri sunt necesare pentru funcționarea și securitatea site-ului web. Ele nu pot fi dezactivate.
category-preferences-title = Cookie-uri de preferințe
category-preferences-description = Aceste cookie-uri rețin alegerile pe care le faceți, cum ar fi limba sau regiunea, pentru a vă oferi o experiență mai personalizată.
category-statistics-title = Cookie-uri statistice
category-statistics-description = Aceste cookie-uri ne ajută să înțelegem cum folosesc vizitatorii site-ul web, colectând informații despre vizite.
category-marketing-title = Cookie-uri de marketing
category-marketing-description = Aceste cookie-uri sunt folosite pentru a vă afișa publicitate relevantă pentru dumneavoastră și pentru a măsura eficacitatea acesteia.

## Durations ($count: a number)
# CLDR "few" (0, 2–19, 101–119, …) takes the bare plural, "other" (20 and above, except
# n % 100 in 1–19) takes "de": "20 de secunde".
# cookiedoc's plural selector (intl_pluralrules 7.0.2, used by fluent-bundle) has CLDR 37's
# rule and drops its "n % 100", so it files 101–119, 201–219, … under "other" ("101 de
# secunde"); the variants here follow current CLDR, so the output is right once the selector is.

duration-session = Sesiune
duration-persistent = Până când îl ștergeți
# $duration: a duration in words.
duration-up-to = până la { $duration }
# $first, $second: two durations in words.
duration-and = { $first } și { $second }
duration-seconds = { $count ->
    [one] { $count } secundă
    [few] { $count } secunde
   *[other] { $count } de secunde
}
duration-minutes = { $count ->
    [one] { $count } minut
    [few] { $count } minute
   *[other] { $count } de minute
}
duration-hours = { $count ->
    [one] { $count } oră
    [few] { $count } ore
   *[other] { $count } de ore
}
duration-days = { $count ->
    [one] { $count } zi
    [few] { $count } zile
   *[other] { $count } de zile
}
duration-weeks = { $count ->
    [one] { $count } săptămână
    [few] { $count } săptămâni
   *[other] { $count } de săptămâni
}
duration-months = { $count ->
    [one] { $count } lună
    [few] { $count } luni
   *[other] { $count } de luni
}
duration-years = { $count ->
    [one] { $count } an
    [few] { $count } ani
   *[other] { $count } de ani
}

## Managing cookies

manage-heading = Cum puteți refuza sau șterge cookie-urile
# Markdown.
manage-body = Puteți refuza cookie-urile care necesită consimțământul dumneavoastră atunci când site-ul web vi-l solicită și vă puteți modifica alegerea în orice moment. De asemenea, vă puteți configura browserul să refuze cookie-urile sau să le șteargă atunci când îl închideți și puteți șterge, din setările acestuia, cookie-urile pe care le-a stocat deja, de obicei la „Confidențialitate” sau „Securitate”. Dacă refuzați cookie-urile necesare, este posibil ca unele părți ale site-ului web să nu mai funcționeze.

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Transferuri către țări din afara Spațiului Economic European
# Markdown.
transfers-intro = Unii furnizori primesc date în țări din afara Uniunii Europene și a Spațiului Economic European. Iată cum sunt protejate datele dumneavoastră acolo:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = o decizie a Comisiei Europene privind caracterul adecvat (articolul 45 din RGPD)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = Cadrul UE-SUA privind confidențialitatea datelor (Data Privacy Framework), în temeiul căruia furnizorul este certificat (decizia Comisiei Europene privind caracterul adecvat din 10 iulie 2023, articolul 45 din RGPD)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = clauze standard de protecție a datelor adoptate de Comisia Europeană (articolul 46 alineatul (2) litera (c) din RGPD)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = reguli corporatiste obligatorii aprobate de o autoritate de supraveghere (articolul 47 din RGPD)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = consimțământul dumneavoastră explicit, dat după ce ați fost informat cu privire la posibilele riscuri ale transferului (articolul 49 alineatul (1) litera (a) din RGPD)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Drepturile dumneavoastră
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Aveți dreptul de acces la datele cu caracter personal pe care le prelucrăm despre dumneavoastră (articolul 15 din RGPD), dreptul la rectificare (articolul 16 din RGPD), la ștergerea datelor (articolul 17 din RGPD), la restricționarea prelucrării (articolul 18 din RGPD) și la portabilitatea datelor (articolul 20 din RGPD). Atunci când prelucrăm date în temeiul articolului 6 alineatul (1) litera (e) sau (f) din RGPD, aveți dreptul de a vă opune prelucrării din motive legate de situația dumneavoastră particulară (articolul 21 din RGPD). Pentru a vă exercita aceste drepturi, contactați-ne; datele noastre de contact sunt indicate pe această pagină.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Vă puteți retrage consimțământul în orice moment, la fel de simplu cum l-ați acordat, modificând setările privind cookie-urile. Retragerea produce efecte de la acel moment; ea nu afectează legalitatea prelucrării efectuate pe baza consimțământului înainte de retragerea acestuia (articolul 7 alineatul (3) din RGPD).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Modificați setările privind cookie-urile
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Aveți dreptul de a depune o plângere în fața unei autorități de supraveghere, în special în statul membru în care vă aveți reședința obișnuită, în care se află locul dumneavoastră de muncă sau în care a avut loc presupusa încălcare (articolul 77 din RGPD).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Autoritatea de supraveghere competentă în privința noastră este { $authority }.

## Who is responsible

controller-heading = Cine este responsabil pentru acest site web
# "operator": GDPR art. 4 pct. 7, Romanian text.
controller-intro = Operatorul responsabil de prelucrarea datelor dumneavoastră pe acest site web este:
controller-email = E-mail: { $email }
controller-website = Site web: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Puteți contacta responsabilul nostru cu protecția datelor:

## Dates

# $date: a date in words.
last-updated = Ultima actualizare: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day } { $month } { $year }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Folosim cookie-uri
# Markdown.
banner-description = Folosim cookie-uri necesare pentru funcționarea acestui site web și, cu consimțământul dumneavoastră, altele care ne ajută să îl îmbunătățim. Vă puteți modifica alegerea în orice moment.
banner-accept-all = Acceptați toate
banner-accept-necessary = Respingeți toate
banner-show-preferences = Gestionați preferințele
preferences-title = Preferințe privind cookie-urile
preferences-save = Salvați alegerile mele
preferences-close = Închideți
