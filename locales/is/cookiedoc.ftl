# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Icelandic messages of cookiedoc. Copy a message into locales/is/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Iceland applies the GDPR through the EEA Agreement and lög nr. 90/2018 um persónuvernd og
# vinnslu persónuupplýsinga, which give the regulation force of law; the terms of its Icelandic
# text are used here: ábyrgðaraðili (controller), samþykki (consent), persónuupplýsingar
# (personal data), vinnsla (processing). "Vafrakökur" for cookies. Address: "þú", the only
# form of address in current Icelandic.
# Further terms of the same text: persónuverndarfulltrúi (data protection officer),
# eftirlitsyfirvald (supervisory authority), lagagrundvöllur (legal basis), þriðja land (third
# country), ákvörðun um fullnægjandi vernd (adequacy decision), stöðluð ákvæði um persónuvernd
# (standard data protection clauses), bindandi fyrirtækjareglur (binding corporate rules).
# Articles cited in Icelandic legal style: "a-liður 1. mgr. 6. gr. almennu
# persónuverndarreglugerðarinnar".
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Íslenska
page-title = Stefna um vafrakökur
# The title of dist/index.html, which lists every language.
locale-index-title = Stefna um vafrakökur
skip-link = Fara í stefnu um vafrakökur
language-switcher-label = Önnur tungumál
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Þetta vefsvæði notar engar vafrakökur.
    [statistics] Til að veita þér sem besta þjónustu notum við vafrakökur til að tryggja að vefsvæðið virki rétt og til að greina notkun þess.
    [marketing] Til að veita þér sem besta þjónustu notum við vafrakökur til að tryggja að vefsvæðið virki rétt og til að sýna þér auglýsingar sem skipta þig máli.
    [statistics-marketing] Til að veita þér sem besta þjónustu notum við vafrakökur til að tryggja að vefsvæðið virki rétt, til að greina notkun þess og til að sýna þér auglýsingar sem skipta þig máli.
   *[necessary] Til að veita þér sem besta þjónustu notum við vafrakökur til að tryggja að vefsvæðið virki rétt.
}

## What is a cookie?

definitions-heading = Hvað er vafrakaka?
# Markdown.
definitions-body = Vafrakaka er yfirleitt lítill gagnabútur með nafni sem vefsvæði sem þú heimsækir getur sent í vafrann þinn. Vafrinn geymir hana í tiltekinn tíma og sendir hana aftur til vefþjónsins í hvert sinn sem þú heimsækir vefsvæðið á ný. Vafrakökur hafa margvíslega notkun: þær má nota til að muna innskráningarupplýsingar þínar í vefverslun eða núverandi innihald innkaupakörfunnar þinnar, eða sem auðkenni til að fylgjast með vafri þínu í tölfræði- eða auglýsingaskyni o.s.frv.
cookie-kinds-intro = Til eru nokkrar tegundir vafrakakna:
# Markdown.
cookie-kind-necessary = „Nauðsynlegar“ innri vafrakökur gera kleift að vista upplýsingar á milli tveggja heimsókna á sama vefsvæði úr sama tæki. Þær geta vistað innkaupakörfu, innskráningarupplýsingar eða stillingar viðmóts. Þær krefjast ekki samþykkis notandans.
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
    [FR] „Tölfræðilegar“ vafrakökur gera kleift að fylgjast með aðgerðum netnotanda á vefsvæði. Þegar tölfræðin er gerð nafnlaus (þ.e. ekki er hægt að rekja hana til einstaklings) er samþykki notandans ekki áskilið.
    [DE] „Tölfræðilegar“ vafrakökur gera kleift að fylgjast með aðgerðum netnotanda á vefsvæði. Þær eru aðeins vistaðar með samþykki notandans (§ 25 Abs. 1 TDDDG), nema vistun þeirra sé bráðnauðsynleg til að veita þjónustu sem notandinn hefur sérstaklega óskað eftir (§ 25 Abs. 2 Nr. 2 TDDDG).
    [AT] „Tölfræðilegar“ vafrakökur gera kleift að fylgjast með aðgerðum netnotanda á vefsvæði. Þær eru aðeins vistaðar með samþykki notandans (§ 165 Abs. 3 TKG 2021), nema vistun þeirra sé bráðnauðsynleg til að veita þjónustu sem notandinn hefur sérstaklega óskað eftir.
   *[other] „Tölfræðilegar“ vafrakökur gera kleift að fylgjast með aðgerðum netnotanda á vefsvæði. Þær eru aðeins vistaðar með samþykki notandans, nema vistun þeirra sé bráðnauðsynleg til að veita þjónustu sem notandinn hefur sérstaklega óskað eftir (3. mgr. 5. gr. tilskipunar 2002/58/EB um friðhelgi og rafræn fjarskipti og landslög sem innleiða hana).
}
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
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Lagagrundvöllur:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] samþykki þitt (a-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar; § 25 Abs. 1 TDDDG)
    [AT] samþykki þitt (a-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar; § 165 Abs. 3 TKG 2021)
    [FR] samþykki þitt (a-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar; 82. gr. frönsku laganna Informatique et Libertés)
   *[other] samþykki þitt (a-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar; 3. mgr. 5. gr. tilskipunar 2002/58/EB um friðhelgi og rafræn fjarskipti, eins og hún er innleidd í landslög)
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
        [yes] vistun þeirra er bráðnauðsynleg til að veita þá þjónustu sem þú óskaðir eftir (§ 25 Abs. 2 Nr. 2 TDDDG); vinnslan er nauðsynleg vegna verkefnis sem unnið er í þágu almannahagsmuna eða við beitingu opinbers valds sem okkur hefur verið falið (e-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar)
       *[no] vistun þeirra er bráðnauðsynleg til að veita þá þjónustu sem þú óskaðir eftir (§ 25 Abs. 2 Nr. 2 TDDDG); lögmætir hagsmunir okkar af vefsvæði sem virkar og er öruggt (f-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar)
    }
    [AT] { $public ->
        [yes] vistun þeirra er bráðnauðsynleg til að veita þá þjónustu sem þú óskaðir eftir (§ 165 Abs. 3 TKG 2021); vinnslan er nauðsynleg vegna verkefnis sem unnið er í þágu almannahagsmuna eða við beitingu opinbers valds sem okkur hefur verið falið (e-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar)
       *[no] vistun þeirra er bráðnauðsynleg til að veita þá þjónustu sem þú óskaðir eftir (§ 165 Abs. 3 TKG 2021); lögmætir hagsmunir okkar af vefsvæði sem virkar og er öruggt (f-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar)
    }
    [FR] { $public ->
        [yes] vistun þeirra er bráðnauðsynleg til að veita þá þjónustu sem þú óskaðir eftir (82. gr. frönsku laganna Informatique et Libertés); vinnslan er nauðsynleg vegna verkefnis sem unnið er í þágu almannahagsmuna eða við beitingu opinbers valds sem okkur hefur verið falið (e-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar)
       *[no] vistun þeirra er bráðnauðsynleg til að veita þá þjónustu sem þú óskaðir eftir (82. gr. frönsku laganna Informatique et Libertés); lögmætir hagsmunir okkar af vefsvæði sem virkar og er öruggt (f-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar)
    }
   *[other] { $public ->
        [yes] vistun þeirra er bráðnauðsynleg til að veita þá þjónustu sem þú óskaðir eftir (3. mgr. 5. gr. tilskipunar 2002/58/EB um friðhelgi og rafræn fjarskipti); vinnslan er nauðsynleg vegna verkefnis sem unnið er í þágu almannahagsmuna eða við beitingu opinbers valds sem okkur hefur verið falið (e-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar)
       *[no] vistun þeirra er bráðnauðsynleg til að veita þá þjónustu sem þú óskaðir eftir (3. mgr. 5. gr. tilskipunar 2002/58/EB um friðhelgi og rafræn fjarskipti); lögmætir hagsmunir okkar af vefsvæði sem virkar og er öruggt (f-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar)
    }
}
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

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Miðlun til landa utan Evrópska efnahagssvæðisins
# Markdown.
transfers-intro = Sumir þjónustuveitendur taka við gögnum í löndum utan Evrópusambandsins og Evrópska efnahagssvæðisins. Svona eru gögnin þín vernduð þar:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = ákvörðun framkvæmdastjórnar Evrópusambandsins um fullnægjandi vernd (45. gr. almennu persónuverndarreglugerðarinnar)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = gagnaverndarrammi ESB og Bandaríkjanna (Data Privacy Framework), sem þjónustuveitandinn er vottaður samkvæmt (ákvörðun framkvæmdastjórnar Evrópusambandsins um fullnægjandi vernd frá 10. júlí 2023, 45. gr. almennu persónuverndarreglugerðarinnar)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = stöðluð ákvæði um persónuvernd sem framkvæmdastjórn Evrópusambandsins hefur samþykkt (c-liður 2. mgr. 46. gr. almennu persónuverndarreglugerðarinnar)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = bindandi fyrirtækjareglur sem eftirlitsyfirvald hefur samþykkt (47. gr. almennu persónuverndarreglugerðarinnar)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = skýrt samþykki þitt, veitt eftir að þér var greint frá mögulegri áhættu sem fylgir miðluninni (a-liður 1. mgr. 49. gr. almennu persónuverndarreglugerðarinnar)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Réttindi þín
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Þú átt rétt á aðgangi að þeim persónuupplýsingum um þig sem við vinnum (15. gr. almennu persónuverndarreglugerðarinnar), á leiðréttingu (16. gr.), á eyðingu (17. gr.), á takmörkun vinnslu (18. gr.) og á að flytja eigin gögn (20. gr.). Þegar við vinnum gögn á grundvelli e- eða f-liðar 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar átt þú rétt á að andmæla vinnslunni af ástæðum sem tengjast sérstökum aðstæðum þínum (21. gr.). Hafðu samband við okkur til að neyta þessara réttinda; samskiptaupplýsingar okkar eru á þessari síðu.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Þú getur hvenær sem er afturkallað samþykki þitt, jafn auðveldlega og þú veittir það, með því að breyta stillingum vafrakakna. Afturköllunin gildir frá þeim tíma; hún hefur ekki áhrif á lögmæti vinnslu sem byggðist á samþykki þínu fyrir afturköllun þess (3. mgr. 7. gr. almennu persónuverndarreglugerðarinnar).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Breyta stillingum vafrakakna
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Þú átt rétt á að leggja fram kvörtun hjá eftirlitsyfirvaldi, einkum í því aðildarríki þar sem þú hefur fasta búsetu eða starfsstöð eða þar sem meint brot átti sér stað (77. gr. almennu persónuverndarreglugerðarinnar).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Eftirlitsyfirvaldið sem ber ábyrgð á okkur er { $authority }.

## Who is responsible

controller-heading = Hver ber ábyrgð á þessu vefsvæði
# "ábyrgðaraðili": GDPR 7. liður 4. gr., Icelandic text (lög nr. 90/2018).
controller-intro = Ábyrgðaraðili vinnslu gagna þinna á þessu vefsvæði er:
controller-email = Netfang: { $email }
controller-website = Vefsvæði: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Þú getur haft samband við persónuverndarfulltrúa okkar:

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
