# Built-in English messages of cookiedoc. Copy a message into locales/en/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = English
page-title = Cookies policy
# The title of dist/index.html, which lists every language.
locale-index-title = Cookie policy
skip-link = Skip to the cookie policy
language-switcher-label = Other languages
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] This website works without cookies.
    [statistics] In order to provide you with the best service possible, we use cookies to ensure it functions properly, and to perform web analytics.
    [marketing] In order to provide you with the best service possible, we use cookies to ensure it functions properly, and to show you advertising that is relevant to you.
    [statistics-marketing] In order to provide you with the best service possible, we use cookies to ensure it functions properly, to perform web analytics, and to show you advertising that is relevant to you.
   *[necessary] In order to provide you with the best service possible, we use cookies to ensure it functions properly.
}

## What is a cookie?

definitions-heading = What is a cookie?
# Markdown.
definitions-body = A cookie is a generally small piece of data identified by a name that may be sent to your browser by a website you are visiting. Your web browser will store it for a certain period of time, and will send it back to the web server each time you visit again. Cookies have many uses: they can be used to remember your customer log-in information for an online store, the current contents of your shopping cart, as an identifier for tracking your browsing for statistical or advertising purposes, etc.
cookie-kinds-intro = Several types of cookies exist:
# Markdown.
cookie-kind-necessary = “Necessary” internal cookies allow information to be saved between two visits to the same website by the same device. They can save a shopping cart, log-in information, or interface preferences. They do not require the user’s consent.
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
    [FR] “Statistical” cookies make it possible to track an Internet user's actions on a website. When statistics are anonymized (meaning they cannot be traced back to a person), user consent is not required.
    [DE] “Statistical” cookies make it possible to track an Internet user's actions on a website. They are only stored with the user's consent (§ 25 (1) TDDDG), unless storing them is strictly necessary to provide a service the user has explicitly requested (§ 25 (2) No. 2 TDDDG).
    [AT] “Statistical” cookies make it possible to track an Internet user's actions on a website. They are only stored with the user's consent (§ 165 (3) TKG 2021), unless storing them is strictly necessary to provide a service the user has explicitly requested.
   *[other] “Statistical” cookies make it possible to track an Internet user's actions on a website. They are only stored with the user's consent, unless storing them is strictly necessary to provide a service the user has explicitly requested (Art. 5(3) of the ePrivacy Directive 2002/58/EC and the national laws implementing it).
}
# Markdown.
cookie-kind-first-party = “Internal” or “first-party” cookies are stored by the website visited. They can be stored in addition to the necessary cookies, and can be used to collect personal data, track user behavior, and for advertising purposes.
# Markdown.
cookie-kind-third-party = “Third-party” cookies are cookies stored by (or for) a Website B (often an advertising agency) on Website A. This allows Website B to see what pages the user visited on Website A, and collect information about the user.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = What cookies are used on the <{ $url }> platform
no-cookies = This website does not store any cookies or similar data on your device.
consent-required = These cookies are only stored with your consent.
consent-not-required = These cookies do not require your consent.
column-provider = Service provider's name
column-function = Function and location
column-names = Cookie name(s)
column-purpose = Purposes
column-duration = Duration
column-kind = Type
party-third = Third party
# Between the items of a list (cookie names; "third party, country"). Quoted: a value's own spaces would be trimmed.
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Legal basis:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] your consent (Art. 6(1)(a) GDPR; § 25 (1) TDDDG)
    [AT] your consent (Art. 6(1)(a) GDPR; § 165 (3) TKG 2021)
    [FR] your consent (Art. 6(1)(a) GDPR; article 82 of the French loi Informatique et Libertés)
   *[other] your consent (Art. 6(1)(a) GDPR; Art. 5(3) of the ePrivacy Directive 2002/58/EC as implemented in national law)
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
        [yes] storing them is strictly necessary to provide the service you requested (§ 25 (2) No. 2 TDDDG); the processing is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in us (Art. 6(1)(e) GDPR)
       *[no] storing them is strictly necessary to provide the service you requested (§ 25 (2) No. 2 TDDDG); our legitimate interest in a website that works and is secure (Art. 6(1)(f) GDPR)
    }
    [AT] { $public ->
        [yes] storing them is strictly necessary to provide the service you requested (§ 165 (3) TKG 2021); the processing is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in us (Art. 6(1)(e) GDPR)
       *[no] storing them is strictly necessary to provide the service you requested (§ 165 (3) TKG 2021); our legitimate interest in a website that works and is secure (Art. 6(1)(f) GDPR)
    }
    [FR] { $public ->
        [yes] storing them is strictly necessary to provide the service you requested (article 82 of the French loi Informatique et Libertés); the processing is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in us (Art. 6(1)(e) GDPR)
       *[no] storing them is strictly necessary to provide the service you requested (article 82 of the French loi Informatique et Libertés); our legitimate interest in a website that works and is secure (Art. 6(1)(f) GDPR)
    }
   *[other] { $public ->
        [yes] storing them is strictly necessary to provide the service you requested (Art. 5(3) of the ePrivacy Directive 2002/58/EC); the processing is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in us (Art. 6(1)(e) GDPR)
       *[no] storing them is strictly necessary to provide the service you requested (Art. 5(3) of the ePrivacy Directive 2002/58/EC); our legitimate interest in a website that works and is secure (Art. 6(1)(f) GDPR)
    }
}
kind-http-cookie = Cookie
kind-local-storage = Local storage
kind-session-storage = Session storage
kind-indexeddb = IndexedDB
kind-pixel = Tracking pixel

## Built-in categories

category-necessary-title = Necessary cookies
category-necessary-description = These cookies are needed for the website to work and to keep it secure. They cannot be switched off.
category-preferences-title = Preference cookies
category-preferences-description = These cookies remember choices you make, such as your language or region, to give you a more personal experience.
category-statistics-title = Statistics cookies
category-statistics-description = These cookies help us understand how visitors use the website by collecting information about visits.
category-marketing-title = Marketing cookies
category-marketing-description = These cookies are used to show you advertising that is relevant to you, and to measure how well it works.

## Durations ($count: a number)

duration-session = Session
duration-persistent = Until you delete it
# $duration: a duration in words.
duration-up-to = up to { $duration }
# $first, $second: two durations in words.
duration-and = { $first } and { $second }
duration-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
duration-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
duration-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
duration-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
duration-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
duration-years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}

## Managing cookies

manage-heading = How to refuse or delete cookies
# Markdown.
manage-body = You can refuse cookies that need your consent when the website asks for it, and change your choice at any time. You can also set your web browser to refuse cookies, or to delete them when you close it, and delete the cookies it has already stored in its settings, usually under “Privacy” or “Security”. If you refuse necessary cookies, some parts of the website may no longer work.

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Transfers to countries outside the European Economic Area
# Markdown.
transfers-intro = Some providers receive data in countries outside the European Union and the European Economic Area. This is how your data is protected there:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = an adequacy decision of the European Commission (Art. 45 GDPR)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = the EU–US Data Privacy Framework, under which the provider is certified (adequacy decision of the European Commission of 10 July 2023, Art. 45 GDPR)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = binding corporate rules approved by a supervisory authority (Art. 47 GDPR)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = your explicit consent, given after you were informed of the possible risks of the transfer (Art. 49(1)(a) GDPR)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Your rights
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = You have the right of access to the personal data we process about you (Art. 15 GDPR), to rectification (Art. 16 GDPR), to erasure (Art. 17 GDPR), to restriction of processing (Art. 18 GDPR) and to data portability (Art. 20 GDPR). Where we process data on the basis of Art. 6(1)(e) or (f) GDPR, you have the right to object to the processing on grounds relating to your particular situation (Art. 21 GDPR). To exercise these rights, contact us; our contact details are given on this page.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = You can withdraw your consent at any time, as easily as you gave it, by changing your cookie settings. The withdrawal applies from then on; it does not affect the lawfulness of the processing based on your consent before it (Art. 7(3) GDPR).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Change your cookie settings
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = You have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement (Art. 77 GDPR).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = The supervisory authority responsible for us is { $authority }.

## Who is responsible

controller-heading = Who is responsible for this website
controller-intro = The controller responsible for processing your data on this website is:
controller-email = Email: { $email }
controller-website = Website: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = You can contact our data protection officer:

## Dates

# $date: a date in words.
last-updated = Last updated: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = We use cookies
# Markdown.
banner-description = We use cookies that are needed for this website to work and, with your consent, others that help us improve it. You can change your choice at any time.
banner-accept-all = Accept all
banner-accept-necessary = Reject all
banner-show-preferences = Manage preferences
preferences-title = Cookie preferences
preferences-save = Save my choices
preferences-close = Close
