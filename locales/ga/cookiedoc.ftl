# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
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
# Chapter V: cinneadh leordhóthanachta (adequacy decision), clásail chaighdeánacha cosanta
# sonraí (standard data protection clauses), rialacha corparáideacha ceangailteacha (binding
# corporate rules). Articles cited as "Airteagal 6(1)(a) den RGCS" (an Rialachán Ginearálta
# maidir le Cosaint Sonraí), the abbreviation the Data Protection Commission uses.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Gaeilge
page-title = Beartas fianán
# The title of dist/index.html, which lists every language.
locale-index-title = Beartas fianán
skip-link = Téigh chuig an mbeartas fianán
language-switcher-label = Teangacha eile
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Oibríonn an suíomh gréasáin seo gan fianáin.
    [statistics] Chun an tseirbhís is fearr is féidir a chur ar fáil duit, úsáidimid fianáin chun a chinntiú go bhfeidhmíonn an suíomh gréasáin i gceart agus chun anailís ghréasáin a dhéanamh.
    [marketing] Chun an tseirbhís is fearr is féidir a chur ar fáil duit, úsáidimid fianáin chun a chinntiú go bhfeidhmíonn an suíomh gréasáin i gceart agus chun fógraíocht atá ábhartha duit a thaispeáint duit.
    [statistics-marketing] Chun an tseirbhís is fearr is féidir a chur ar fáil duit, úsáidimid fianáin chun a chinntiú go bhfeidhmíonn an suíomh gréasáin i gceart, chun anailís ghréasáin a dhéanamh agus chun fógraíocht atá ábhartha duit a thaispeáint duit.
   *[necessary] Chun an tseirbhís is fearr is féidir a chur ar fáil duit, úsáidimid fianáin chun a chinntiú go bhfeidhmíonn an suíomh gréasáin i gceart.
}

## What is a cookie?

definitions-heading = Cad is fianán ann?
# Markdown.
definitions-body = Is éard is fianán ann ná píosa sonraí, beag de ghnáth, a bhfuil ainm air agus ar féidir le suíomh gréasáin a bhfuil tú ag tabhairt cuairte air é a sheoladh chuig do bhrabhsálaí. Stórálann do bhrabhsálaí gréasáin é ar feadh tréimhse áirithe agus seolann sé ar ais chuig an bhfreastalaí gréasáin é gach uair a thugann tú cuairt arís. Is iomaí úsáid a bhaintear as fianáin: is féidir iad a úsáid chun cuimhneamh ar do shonraí logála isteach i siopa ar líne nó ar a bhfuil i do chiseán siopadóireachta faoi láthair, mar aitheantóir chun do bhrabhsáil a rianú chun críocha staitistiúla nó fógraíochta, etc.
cookie-kinds-intro = Tá cineálacha éagsúla fianán ann:
# Markdown.
cookie-kind-necessary = Le fianáin inmheánacha “riachtanacha”, is féidir faisnéis a shábháil idir dhá chuairt ón ngléas céanna ar an suíomh gréasáin céanna. Is féidir leo ciseán siopadóireachta, sonraí logála isteach nó roghanna comhéadain a shábháil. Níl toiliú an úsáideora ag teastáil lena n-aghaidh.
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
    [FR] Le fianáin “staitistiúla”, is féidir gníomhartha úsáideora idirlín ar shuíomh gréasáin a rianú. Nuair a bhíonn na staitisticí anaithnidithe (is é sin, nach féidir iad a rianú siar chuig duine), níl toiliú an úsáideora ag teastáil.
    [DE] Le fianáin “staitistiúla”, is féidir gníomhartha úsáideora idirlín ar shuíomh gréasáin a rianú. Ní stóráiltear iad ach le toiliú an úsáideora (alt 25(1) de TDDDG na Gearmáine), mura bhfuil sé fíor-riachtanach iad a stóráil chun seirbhís a d’iarr an t-úsáideoir go sainráite a sholáthar (alt 25(2), pointe 2, de TDDDG).
    [AT] Le fianáin “staitistiúla”, is féidir gníomhartha úsáideora idirlín ar shuíomh gréasáin a rianú. Ní stóráiltear iad ach le toiliú an úsáideora (alt 165(3) de TKG 2021 na hOstaire), mura bhfuil sé fíor-riachtanach iad a stóráil chun seirbhís a d’iarr an t-úsáideoir go sainráite a sholáthar.
   *[other] Le fianáin “staitistiúla”, is féidir gníomhartha úsáideora idirlín ar shuíomh gréasáin a rianú. Ní stóráiltear iad ach le toiliú an úsáideora, mura bhfuil sé fíor-riachtanach iad a stóráil chun seirbhís a d’iarr an t-úsáideoir go sainráite a sholáthar (Airteagal 5(3) den Treoir maidir le príobháideachas agus cumarsáid leictreonach 2002/58/CE agus na dlíthe náisiúnta lena dtrasuitear í).
}
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
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Bunús dlí:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] do thoiliú (Airteagal 6(1)(a) den RGCS; alt 25(1) de TDDDG na Gearmáine)
    [AT] do thoiliú (Airteagal 6(1)(a) den RGCS; alt 165(3) de TKG 2021 na hOstaire)
    [FR] do thoiliú (Airteagal 6(1)(a) den RGCS; Airteagal 82 de dhlí na Fraince “Informatique et Libertés”)
   *[other] do thoiliú (Airteagal 6(1)(a) den RGCS; Airteagal 5(3) den Treoir maidir le príobháideachas agus cumarsáid leictreonach 2002/58/CE, arna thrasuí sa dlí náisiúnta)
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
        [yes] tá sé fíor-riachtanach iad a stóráil chun an tseirbhís a d’iarr tú a sholáthar (alt 25(2), pointe 2, de TDDDG na Gearmáine); tá an phróiseáil riachtanach chun cúram a chomhlíonadh a dhéantar ar mhaithe le leas an phobail nó i bhfeidhmiú údaráis oifigiúil a dílsíodh dúinn (Airteagal 6(1)(e) den RGCS)
       *[no] tá sé fíor-riachtanach iad a stóráil chun an tseirbhís a d’iarr tú a sholáthar (alt 25(2), pointe 2, de TDDDG na Gearmáine); ár leas dlisteanach i suíomh gréasáin a oibríonn agus atá slán (Airteagal 6(1)(f) den RGCS)
    }
    [AT] { $public ->
        [yes] tá sé fíor-riachtanach iad a stóráil chun an tseirbhís a d’iarr tú a sholáthar (alt 165(3) de TKG 2021 na hOstaire); tá an phróiseáil riachtanach chun cúram a chomhlíonadh a dhéantar ar mhaithe le leas an phobail nó i bhfeidhmiú údaráis oifigiúil a dílsíodh dúinn (Airteagal 6(1)(e) den RGCS)
       *[no] tá sé fíor-riachtanach iad a stóráil chun an tseirbhís a d’iarr tú a sholáthar (alt 165(3) de TKG 2021 na hOstaire); ár leas dlisteanach i suíomh gréasáin a oibríonn agus atá slán (Airteagal 6(1)(f) den RGCS)
    }
    [FR] { $public ->
        [yes] tá sé fíor-riachtanach iad a stóráil chun an tseirbhís a d’iarr tú a sholáthar (Airteagal 82 de dhlí na Fraince “Informatique et Libertés”); tá an phróiseáil riachtanach chun cúram a chomhlíonadh a dhéantar ar mhaithe le leas an phobail nó i bhfeidhmiú údaráis oifigiúil a dílsíodh dúinn (Airteagal 6(1)(e) den RGCS)
       *[no] tá sé fíor-riachtanach iad a stóráil chun an tseirbhís a d’iarr tú a sholáthar (Airteagal 82 de dhlí na Fraince “Informatique et Libertés”); ár leas dlisteanach i suíomh gréasáin a oibríonn agus atá slán (Airteagal 6(1)(f) den RGCS)
    }
   *[other] { $public ->
        [yes] tá sé fíor-riachtanach iad a stóráil chun an tseirbhís a d’iarr tú a sholáthar (Airteagal 5(3) den Treoir maidir le príobháideachas agus cumarsáid leictreonach 2002/58/CE); tá an phróiseáil riachtanach chun cúram a chomhlíonadh a dhéantar ar mhaithe le leas an phobail nó i bhfeidhmiú údaráis oifigiúil a dílsíodh dúinn (Airteagal 6(1)(e) den RGCS)
       *[no] tá sé fíor-riachtanach iad a stóráil chun an tseirbhís a d’iarr tú a sholáthar (Airteagal 5(3) den Treoir maidir le príobháideachas agus cumarsáid leictreonach 2002/58/CE); ár leas dlisteanach i suíomh gréasáin a oibríonn agus atá slán (Airteagal 6(1)(f) den RGCS)
    }
}
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

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Aistrithe chuig tíortha lasmuigh den Limistéar Eorpach Eacnamaíoch
# Markdown.
transfers-intro = Faigheann roinnt soláthraithe sonraí i dtíortha lasmuigh den Aontas Eorpach agus den Limistéar Eorpach Eacnamaíoch (tríú tíortha). Seo mar a chosnaítear do shonraí ansin:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = cinneadh leordhóthanachta ón gCoimisiún Eorpach (Airteagal 45 den RGCS)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = Creat Príobháideachta Sonraí AE-SAM (EU-U.S. Data Privacy Framework), faoina bhfuil an soláthraí deimhnithe (cinneadh leordhóthanachta ón gCoimisiún Eorpach an 10 Iúil 2023, Airteagal 45 den RGCS)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = clásail chaighdeánacha cosanta sonraí arna nglacadh ag an gCoimisiún Eorpach (Airteagal 46(2)(c) den RGCS)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = rialacha corparáideacha ceangailteacha arna bhformheas ag údarás maoirseachta (Airteagal 47 den RGCS)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = do thoiliú follasach, a tugadh tar éis duit a bheith curtha ar an eolas faoi na rioscaí a d’fhéadfadh a bheith ag baint leis an aistriú (Airteagal 49(1)(a) den RGCS)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Do chearta
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Tá sé de cheart agat rochtain a fháil ar na sonraí pearsanta a phróiseálaimid fút (Airteagal 15 den RGCS), iad a cheartú (Airteagal 16), iad a léirscriosadh (Airteagal 17) agus srian a chur ar a bpróiseáil (Airteagal 18), agus tá an ceart chun iniomparthacht sonraí agat (Airteagal 20). I gcás ina bpróiseálaimid sonraí ar bhonn Airteagal 6(1)(e) nó (f) den RGCS, tá sé de cheart agat agóid a dhéanamh i gcoinne na próiseála ar fhorais a bhaineann le do chás ar leith (Airteagal 21). Chun na cearta sin a fheidhmiú, déan teagmháil linn; tá ár sonraí teagmhála ar an leathanach seo.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Is féidir leat do thoiliú a tharraingt siar am ar bith, chomh héasca agus a thug tú é, trí do shocruithe fianán a athrú. Beidh feidhm ag an tarraingt siar as sin amach; ní dhéanfaidh sí difear do dhlíthiúlacht na próiseála a rinneadh ar bhonn do thoilithe sular tarraingíodh siar é (Airteagal 7(3) den RGCS).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Athraigh do shocruithe fianán
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Tá sé de cheart agat gearán a dhéanamh le húdarás maoirseachta, go háirithe sa Bhallstát ina bhfuil do ghnátháit chónaithe nó d’áit oibre, nó inar tharla an sárú líomhnaithe (Airteagal 77 den RGCS).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Is é { $authority } an t-údarás maoirseachta atá freagrach asainn.

## Who is responsible

controller-heading = Cé atá freagrach as an suíomh gréasáin seo
# "rialaitheoir": GDPR Art. 4(7), the term the Data Protection Commission uses in Irish.
controller-intro = Is é seo a leanas an rialaitheoir atá freagrach as do shonraí a phróiseáil ar an suíomh gréasáin seo:
controller-email = Ríomhphost: { $email }
controller-website = Suíomh gréasáin: { $url }

# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Is féidir leat teagmháil a dhéanamh lenár n-oifigeach cosanta sonraí:

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
