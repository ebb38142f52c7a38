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
# Markdown.
intro = In order to provide you with the best service possible, we use cookies to ensure it functions properly, and to perform web analytics.

## What is a cookie?

definitions-heading = What is a cookie?
# Markdown.
definitions-body = A cookie is a generally small piece of data identified by a name that may be sent to your browser by a website you are visiting. Your web browser will store it for a certain period of time, and will send it back to the web server each time you visit again. Cookies have many uses: they can be used to remember your customer log-in information for an online store, the current contents of your shopping cart, as an identifier for tracking your browsing for statistical or advertising purposes, etc.
cookie-kinds-intro = Several types of cookies exist:
# Markdown.
cookie-kind-necessary = “Necessary” internal cookies allow information to be saved between two visits to the same website by the same device. They can save a shopping cart, log-in information, or interface preferences. They do not require the user’s consent.
# Markdown.
cookie-kind-statistical = “Statistical” cookies make it possible to track an Internet user's actions on a website. When statistics are anonymized (meaning they cannot be traced back to a person), user consent is not required.
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

## Who is responsible

controller-heading = Who is responsible for this website
controller-intro = The controller responsible for processing your data on this website is:
controller-email = Email: { $email }
controller-website = Website: { $url }

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
