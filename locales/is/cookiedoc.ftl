# Machine-assisted translation (2026-12-02); not yet read back by a second reader.
# Built-in Icelandic messages of cookiedoc. Copy a message into locales/is/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Iceland applies the GDPR through the EEA Agreement and lög nr. 90/2018 um persónuvernd og
# vinnslu persónuupplýsinga, which give the regulation force of law; the terms of its Icelandic
# text are used here: ábyrgðaraðili (controller), samþykki (consent), persónuupplýsingar
# (personal data), vinnsla (processing). "Vafrakökur" for cookies. Address: "þú", the only
# form of address in current Icelandic.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Íslenska
page-title = Stefna um vafrakökur
# The title of dist/index.html, which lists every language.
locale-index-title = Stefna um vafrakökur
skip-link = Fara í stefnu um vafrakökur
language-switcher-label = Önnur tungumál
# Markdown.
intro = Til að veita þér sem besta þjónustu notum við vafrakökur til að tryggja að vefsvæðið virki rétt og til að greina notkun þess.

## What is a cookie?

definitions-heading = Hvað er vafrakaka?
# Markdown.
definitions-body = Vafrakaka er yfirleitt lítill gagnabútur með nafni sem vefsvæði sem þú heimsækir getur sent í vafrann þinn. Vafrinn geymir hana í tiltekinn tíma og sendir hana aftur til vefþjónsins í hvert sinn sem þú heimsækir vefsvæðið á ný. Vafrakökur hafa margvíslega notkun: þær má nota til að muna innskráningarupplýsingar þínar í vefverslun eða núverandi innihald innkaupakörfunnar þinnar, eða sem auðkenni til að fylgjast með vafri þínu í tölfræði- eða auglýsingaskyni o.s.frv.
cookie-kinds-intro = Til eru nokkrar tegundir vafrakakna:
# Markdown.
cookie-kind-necessary = „Nauðsynlegar“ innri vafrakökur gera kleift að vista upplýsingar á milli tveggja heimsókna á sama vefsvæði úr sama tæki. Þær geta vistað innkaupakörfu, innskráningarupplýsingar eða stillingar viðmóts. Þær krefjast ekki samþykkis notandans.
# Markdown.
cookie-kind-statistical = „Tölfræðilegar“ vafrakökur gera kleift að fylgjast með aðgerðum netnotanda á vefsvæði. Þegar tölfræðin er gerð nafnlaus (þ.e. ekki er hægt að rekja hana til einstaklings) er samþykki notandans ekki áskilið.
# Markdown.
cookie-kind-first-party = „Innri“ vafrakökur eða vafrakökur „fyrsta aðila“ eru vistaðar af vefsvæðinu sem heimsótt er. Þær geta verið vistaðar til viðbótar við nauðsynlegu vafrakökurnar og má nota þær til að safna persónuupplýsingum, fylgjast með hegðun notenda og í auglýsingaskyni.
# Markdown.
cookie-kind-third-party = Vafrakökur „þriðja aðila“ eru vafrakökur sem vefsvæði B (oft auglýsingastofa) vistar á vefsvæði A, eða sem eru vistaðar þar fyrir það. Þetta gerir vefsvæði B kleift að sjá hvaða síður notandinn hefur skoðað á vefsvæði A og safna upplýsingum um notandann.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Hvaða vafrakökur eru notaðar á vefsvæðinu <{ $url }>
no-cookies = Þetta vefsvæði vistar engar vafrakökur eða sambærileg gögn í tækinu þínu.
consent-required = Þessar vafrakökur eru aðeins vistaðar með samþykki þínu.
consent-not-required = Þessar vafrakökur krefjast ekki samþykkis þíns.
column-provider = Heiti þjónustuveitanda
column-function = Hlutverk og staðsetning
column-names = Heiti vafraköku
column-purpose = Tilgangur
column-duration = Geymslutími
column-kind = Tegund
party-third = Þriðji aðili
kind-http-cookie = Vafrakaka
kind-local-storage = Staðbundin geymsla
kind-session-storage = Lotugeymsla
kind-indexeddb = IndexedDB
kind-pixel = Rakningarpixill

## Built-in categories

category-necessary-title = Nauðsynlegar vafrakökur
category-necessary-description = Þessar vafrakökur eru nauðsynlegar til að vefsvæðið virki og sé öruggt. Ekki er hægt að slökkva á þeim.
category-preferences-title = Vafrakökur fyrir stillingar
category-preferences-description = Þessar vafrakökur muna val þitt, til dæmis tungumál eða svæði, til að veita þér persónulegri upplifun.
category-statistics-title = Tölfræðivafrakökur
category-statistics-description = Þessar vafrakökur hjálpa okkur að skilja hvernig gestir nota vefsvæðið með því að safna upplýsingum um heimsóknir.
category-marketing-title = Markaðsvafrakökur
category-marketing-description = Þessar vafrakökur eru notaðar til að sýna þér auglýsingar sem skipta þig máli og til að mæla hversu vel þær virka.

## Durations ($count: a number)
# CLDR "one" is n % 10 = 1 except 11 ("21 dagur"), as Icelandic agrees with the last digit.

duration-session = Lota
duration-persistent = Þar til þú eyðir henni
# $duration: a duration in words. Not "allt að" (up to), after which a dative may be expected
# ("allt að 12 mánuðum") while the count forms are nominative; "í mesta lagi" takes them as
# they are.
duration-up-to = í mesta lagi { $duration }
# $first, $second: two durations in words.
duration-and = { $first } og { $second }
duration-seconds = { $count ->
    [one] { $count } sekúnda
   *[other] { $count } sekúndur
}
duration-minutes = { $count ->
    [one] { $count } mínúta
   *[other] { $count } mínútur
}
duration-hours = { $count ->
    [one] { $count } klukkustund
   *[other] { $count } klukkustundir
}
duration-days = { $count ->
    [one] { $count } dagur
   *[other] { $count } dagar
}
duration-weeks = { $count ->
    [one] { $count } vika
   *[other] { $count } vikur
}
duration-months = { $count ->
    [one] { $count } mánuður
   *[other] { $count } mánuðir
}
duration-years = { $count ->
    [one] { $count } ár
   *[other] { $count } ár
}

## Managing cookies

manage-heading = Hvernig hægt er að hafna vafrakökum eða eyða þeim
# Markdown.
manage-body = Þú getur hafnað vafrakökum sem krefjast samþykkis þíns þegar vefsvæðið biður um það og breytt vali þínu hvenær sem er. Þú getur einnig stillt vafrann þinn þannig að hann hafni vafrakökum eða eyði þeim þegar þú lokar honum, og eytt í stillingum hans þeim vafrakökum sem hann hefur þegar vistað, yfirleitt undir „Persónuvernd“ eða „Öryggi“. Ef þú hafnar nauðsynlegum vafrakökum gætu sumir hlutar vefsvæðisins hætt að virka.

## Who is responsible

controller-heading = Hver ber ábyrgð á þessu vefsvæði
# "ábyrgðaraðili": GDPR 7. liður 4. gr., Icelandic text (lög nr. 90/2018).
controller-intro = Ábyrgðaraðili vinnslu gagna þinna á þessu vefsvæði er:
controller-email = Netfang: { $email }
controller-website = Vefsvæði: { $url }

## Dates

# $date: a date in words.
last-updated = Síðast uppfært: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day }. { $month } { $year }
month-1 = janúar
month-2 = febrúar
month-3 = mars
month-4 = apríl
month-5 = maí
month-6 = júní
month-7 = júlí
month-8 = ágúst
month-9 = september
month-10 = október
month-11 = nóvember
month-12 = desember

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Við notum vafrakökur
# Markdown.
banner-description = Við notum vafrakökur sem eru nauðsynlegar til að þetta vefsvæði virki og, með samþykki þínu, aðrar sem hjálpa okkur að bæta það. Þú getur breytt vali þínu hvenær sem er.
banner-accept-all = Samþykkja allar
banner-accept-necessary = Hafna öllum
banner-show-preferences = Stjórna stillingum
preferences-title = Stillingar fyrir vafrakökur
preferences-save = Vista val mitt
preferences-close = Loka
