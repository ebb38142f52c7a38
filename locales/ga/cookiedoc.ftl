# Machine-assisted translation (2026-12-03); not yet read back by a second reader.
# Built-in Irish messages of cookiedoc. Copy a message into locales/ga/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms of the GDPR (Rialachán (AE) 2016/679) in Irish. Its Irish text did not appear with the
# others in OJ L 119 of 4.5.2016 (the derogation for Irish under Regulation (EC) No 920/2005,
# extended by Regulation (EU) 2015/2264, was then in force); the terms are those the Data
# Protection Commission (An Coimisiún um Chosaint Sonraí) uses in Irish: rialaitheoir
# (controller), oifigeach cosanta sonraí (data protection officer), údarás maoirseachta
# (supervisory authority), toiliú (consent), bunús dlí (legal basis), sonraí pearsanta (personal
# data), próiseáil (processing), tríú tír (third country). "Fianáin" for cookies, as Irish
# public bodies write (an Garda Síochána: "Polasaí Fianáin"). Address: "tú", the form Irish
# public bodies use; Irish has no separate polite form.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Gaeilge
page-title = Beartas fianán
# The title of dist/index.html, which lists every language.
locale-index-title = Beartas fianán
skip-link = Téigh chuig an mbeartas fianán
language-switcher-label = Teangacha eile
# Markdown.
intro = Chun an tseirbhís is fearr is féidir a chur ar fáil duit, úsáidimid fianáin chun a chinntiú go bhfeidhmíonn an suíomh gréasáin i gceart agus chun anailís ghréasáin a dhéanamh.

## What is a cookie?

definitions-heading = Cad is fianán ann?
# Markdown.
definitions-body = Is éard is fianán ann ná píosa sonraí, beag de ghnáth, a bhfuil ainm air agus ar féidir le suíomh gréasáin a bhfuil tú ag tabhairt cuairte air é a sheoladh chuig do bhrabhsálaí. Stórálann do bhrabhsálaí gréasáin é ar feadh tréimhse áirithe agus seolann sé ar ais chuig an bhfreastalaí gréasáin é gach uair a thugann tú cuairt arís. Is iomaí úsáid a bhaintear as fianáin: is féidir iad a úsáid chun cuimhneamh ar do shonraí logála isteach i siopa ar líne nó ar a bhfuil i do chiseán siopadóireachta faoi láthair, mar aitheantóir chun do bhrabhsáil a rianú chun críocha staitistiúla nó fógraíochta, etc.
cookie-kinds-intro = Tá cineálacha éagsúla fianán ann:
# Markdown.
cookie-kind-necessary = Le fianáin inmheánacha “riachtanacha”, is féidir faisnéis a shábháil idir dhá chuairt ón ngléas céanna ar an suíomh gréasáin céanna. Is féidir leo ciseán siopadóireachta, sonraí logála isteach nó roghanna comhéadain a shábháil. Níl toiliú an úsáideora ag teastáil lena n-aghaidh.
# Markdown.
cookie-kind-statistical = Le fianáin “staitistiúla”, is féidir gníomhartha úsáideora idirlín ar shuíomh gréasáin a rianú. Nuair a bhíonn na staitisticí anaithnidithe (is é sin, nach féidir iad a rianú siar chuig duine), níl toiliú an úsáideora ag teastáil.
# Markdown.
cookie-kind-first-party = Is é an suíomh gréasáin a dtugtar cuairt air a stórálann fianáin “inmheánacha” nó fianáin “den chéad pháirtí”. Is féidir iad a stóráil i dteannta na bhfianán riachtanach, agus is féidir iad a úsáid chun sonraí pearsanta a bhailiú, chun iompar úsáideoirí a rianú agus chun críocha fógraíochta.
# Markdown.
cookie-kind-third-party = Is éard is fianáin “tríú páirtí” ann ná fianáin a stórálann suíomh gréasáin B (gníomhaireacht fógraíochta go minic) ar shuíomh gréasáin A, nó a stóráiltear thar a cheann. Leis sin, is féidir le suíomh gréasáin B a fheiceáil cé na leathanaigh ar thug an t-úsáideoir cuairt orthu ar shuíomh gréasáin A, agus faisnéis faoin úsáideoir a bhailiú.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Cé na fianáin a úsáidtear ar an ardán <{ $url }>
no-cookies = Ní stórálann an suíomh gréasáin seo aon fhianáin ná sonraí dá samhail ar do ghléas.
consent-required = Ní stóráiltear na fianáin seo ach amháin le do thoiliú.
consent-not-required = Níl do thoiliú ag teastáil le haghaidh na bhfianán seo.
column-provider = Ainm an tsoláthraí seirbhíse
column-function = Feidhm agus láthair
column-names = Ainm(neacha) an fhianáin
column-purpose = Críocha
column-duration = Fad
column-kind = Cineál
party-third = Tríú páirtí
kind-http-cookie = Fianán
kind-local-storage = Stóráil logánta
kind-session-storage = Stóráil seisiúin
kind-indexeddb = IndexedDB
kind-pixel = Picteilín rianaithe

## Built-in categories

category-necessary-title = Fianáin riachtanacha
category-necessary-description = Tá na fianáin seo ag teastáil chun go n-oibreoidh an suíomh gréasáin agus chun é a choinneáil slán. Ní féidir iad a mhúchadh.
category-preferences-title = Fianáin roghanna
category-preferences-description = Cuimhníonn na fianáin seo ar na roghanna a dhéanann tú, amhail do theanga nó do réigiún, chun eispéireas níos pearsanta a thabhairt duit.
category-statistics-title = Fianáin staitisticí
category-statistics-description = Cabhraíonn na fianáin seo linn a thuiscint conas a úsáideann cuairteoirí an suíomh gréasáin, trí fhaisnéis faoi chuairteanna a bhailiú.
category-marketing-title = Fianáin mhargaíochta
category-marketing-description = Úsáidtear na fianáin seo chun fógraíocht atá ábhartha duit a thaispeáint duit, agus chun a thomhas cé chomh maith is a oibríonn sí.

## Durations ($count: a number)
# Node's Intl (CLDR) has no long Irish unit words: its "long" forms are abbreviations ("3 bl",
# "3 u", "3 scht"), so these forms are written by hand and cannot be compared with it. CLDR
# categories for Irish: one (1), two (2), few (3–6), many (7–10), other (0, 11 and up). The noun
# after a number in figures takes the mutation of the number said aloud, as CLDR's own Irish
# unit patterns do ("{0} mhí" for 1–6, "{0} mbl" for 7–10), with the mutations An Caighdeán
# Oifigiúil (2017) gives for the numbers in words: aon and dhá lenite ("1 bhliain", "2
# shoicind"; aon leaves s unchanged: "1 seachtain"); trí to sé lenite the singular ("3 mhí")
# except nouns with a counting plural, which are not lenited ("3 bliana", "3 seachtaine") or
# take h before a vowel ("3 huaire"); seacht to deich eclipse ("7 mbliana", "7 n-uaire"; s, l,
# m, n stay as they are); 11 and up, and 0, take the plain singular ("20 bliain", "72 uair an
# chloig"). Hours are "uair an chloig" (hour of the clock), the usual Irish for an hour as a
# length of time; "uair" alone also means "a time, an occasion" ("3 huaire": three times).

duration-session = Seisiún
duration-persistent = Go dtí go scriosfaidh tú é
# $duration: a duration in words.
duration-up-to = suas le { $duration }
# $first, $second: two durations in words.
duration-and = { $first } agus { $second }
duration-seconds = { $count ->
    [one] { $count } soicind
    [two] { $count } shoicind
    [few] { $count } shoicind
    [many] { $count } soicind
   *[other] { $count } soicind
}
duration-minutes = { $count ->
    [one] { $count } nóiméad
    [two] { $count } nóiméad
    [few] { $count } nóiméad
    [many] { $count } nóiméad
   *[other] { $count } nóiméad
}
duration-hours = { $count ->
    [one] { $count } uair an chloig
    [two] { $count } uair an chloig
    [few] { $count } huaire an chloig
    [many] { $count } n-uaire an chloig
   *[other] { $count } uair an chloig
}
duration-days = { $count ->
    [one] { $count } lá
    [two] { $count } lá
    [few] { $count } lá
    [many] { $count } lá
   *[other] { $count } lá
}
duration-weeks = { $count ->
    [one] { $count } seachtain
    [two] { $count } sheachtain
    [few] { $count } seachtaine
    [many] { $count } seachtaine
   *[other] { $count } seachtain
}
duration-months = { $count ->
    [one] { $count } mhí
    [two] { $count } mhí
    [few] { $count } mhí
    [many] { $count } mí
   *[other] { $count } mí
}
duration-years = { $count ->
    [one] { $count } bhliain
    [two] { $count } bhliain
    [few] { $count } bliana
    [many] { $count } mbliana
   *[other] { $count } bliain
}

## Managing cookies

manage-heading = Conas fianáin a dhiúltú nó a scriosadh
# Markdown.
manage-body = Is féidir leat fianáin a dteastaíonn do thoiliú lena n-aghaidh a dhiúltú nuair a iarrann an suíomh gréasáin é, agus do rogha a athrú am ar bith. Is féidir leat do bhrabhsálaí gréasáin a shocrú freisin chun fianáin a dhiúltú, nó chun iad a scriosadh nuair a dhúnann tú é, agus na fianáin atá stóráilte aige cheana a scriosadh ina shocruithe, faoi “Príobháideacht” nó “Slándáil” de ghnáth. Má dhiúltaíonn tú fianáin riachtanacha, seans nach n-oibreoidh codanna áirithe den suíomh gréasáin a thuilleadh.

## Who is responsible

controller-heading = Cé atá freagrach as an suíomh gréasáin seo
# "rialaitheoir": GDPR Art. 4(7), the term the Data Protection Commission uses in Irish.
controller-intro = Is é seo a leanas an rialaitheoir atá freagrach as do shonraí a phróiseáil ar an suíomh gréasáin seo:
controller-email = Ríomhphost: { $email }
controller-website = Suíomh gréasáin: { $url }

## Dates

# $date: a date in words.
last-updated = Nuashonraithe is déanaí: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day } { $month } { $year }
month-1 = Eanáir
month-2 = Feabhra
month-3 = Márta
month-4 = Aibreán
month-5 = Bealtaine
month-6 = Meitheamh
month-7 = Iúil
month-8 = Lúnasa
month-9 = Meán Fómhair
month-10 = Deireadh Fómhair
month-11 = Samhain
month-12 = Nollaig

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Úsáidimid fianáin
# Markdown.
banner-description = Úsáidimid fianáin atá riachtanach chun go n-oibreoidh an suíomh gréasáin seo agus, le do thoiliú, fianáin eile a chabhraíonn linn é a fheabhsú. Is féidir leat do rogha a athrú am ar bith.
banner-accept-all = Glac le gach ceann
banner-accept-necessary = Diúltaigh do gach ceann
banner-show-preferences = Bainistigh roghanna
preferences-title = Roghanna fianán
preferences-save = Sábháil mo roghanna
preferences-close = Dún
