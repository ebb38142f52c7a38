# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Estonian messages of cookiedoc. Copy a message into locales/et/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Estonian text of the GDPR (määrus (EL) 2016/679, ELT L 119, 4.5.2016):
# vastutav töötleja (controller), andmekaitseametnik (data protection officer),
# järelevalveasutus (supervisory authority), nõusolek (consent), õiguslik alus (legal basis),
# isikuandmed (personal data), töötlemine (processing), kolmas riik (third country).
# "Küpsised" for cookies, as the Estonian Data Protection Inspectorate (Andmekaitse
# Inspektsioon) writes. Formal address: "teie" (lower case, as in texts for the general public).
# Chapter V: kaitse piisavust käsitlev otsus (adequacy decision), andmekaitse-tüüpklauslid
# (standard data protection clauses), siduvad kontsernisisesed eeskirjad (binding corporate
# rules). Articles cited as the Estonian text does: "artikli 6 lõike 1 punkt a".
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Eesti
page-title = Küpsiste kasutamise põhimõtted
# The title of dist/index.html, which lists every language.
locale-index-title = Küpsiste kasutamise põhimõtted
skip-link = Mine küpsiste kasutamise põhimõtete juurde
language-switcher-label = Teised keeled
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] See veebisait toimib ilma küpsisteta.
    [statistics] Et pakkuda teile parimat võimalikku teenust, kasutame küpsiseid, mis tagavad veebisaidi nõuetekohase toimimise ja võimaldavad teha veebianalüüsi.
    [marketing] Et pakkuda teile parimat võimalikku teenust, kasutame küpsiseid, mis tagavad veebisaidi nõuetekohase toimimise ja võimaldavad näidata teile asjakohast reklaami.
    [statistics-marketing] Et pakkuda teile parimat võimalikku teenust, kasutame küpsiseid, mis tagavad veebisaidi nõuetekohase toimimise ning võimaldavad teha veebianalüüsi ja näidata teile asjakohast reklaami.
   *[necessary] Et pakkuda teile parimat võimalikku teenust, kasutame küpsiseid, mis tagavad veebisaidi nõuetekohase toimimise.
}

## What is a cookie?

definitions-heading = Mis on küpsis?
# Markdown.
definitions-body = Küpsis on tavaliselt väike nimega tähistatud andmekogum, mille teie külastatav veebisait võib saata teie brauserile. Teie veebibrauser salvestab selle teatud ajaks ja saadab selle iga kord, kui te veebisaiti uuesti külastate, veebiserverile tagasi. Küpsistel on palju kasutusviise: nende abil saab näiteks meeles pidada teie sisselogimisandmeid e-poes või teie ostukorvi praegust sisu, neid saab kasutada identifikaatorina teie sirvimise jälgimiseks statistika- või reklaamieesmärkidel jne.
cookie-kinds-intro = Küpsiseid on mitut liiki:
# Markdown.
cookie-kind-necessary = „Vajalikud“ sisemised küpsised võimaldavad säilitada teavet sama veebisaidi kahe külastuse vahel, kui kasutatakse sama seadet. Need võivad salvestada ostukorvi, sisselogimisandmeid või kasutajaliidese eelistusi. Need ei nõua kasutaja nõusolekut.
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
    [FR] „Statistilised“ küpsised võimaldavad jälgida internetikasutaja tegevust veebisaidil. Kui statistika on anonüümitud (st seda ei saa seostada konkreetse isikuga), ei ole kasutaja nõusolek vajalik.
    [DE] „Statistilised“ küpsised võimaldavad jälgida internetikasutaja tegevust veebisaidil. Neid salvestatakse ainult kasutaja nõusolekul (Saksamaa TDDDG § 25 lõige 1), välja arvatud juhul, kui nende salvestamine on rangelt vajalik kasutaja selgesõnaliselt taotletud teenuse osutamiseks (TDDDG § 25 lõike 2 punkt 2).
    [AT] „Statistilised“ küpsised võimaldavad jälgida internetikasutaja tegevust veebisaidil. Neid salvestatakse ainult kasutaja nõusolekul (Austria TKG 2021 § 165 lõige 3), välja arvatud juhul, kui nende salvestamine on rangelt vajalik kasutaja selgesõnaliselt taotletud teenuse osutamiseks.
   *[other] „Statistilised“ küpsised võimaldavad jälgida internetikasutaja tegevust veebisaidil. Neid salvestatakse ainult kasutaja nõusolekul, välja arvatud juhul, kui nende salvestamine on rangelt vajalik kasutaja selgesõnaliselt taotletud teenuse osutamiseks (eraelu puutumatuse ja elektroonilise side direktiivi 2002/58/EÜ artikli 5 lõige 3 ja selle ülevõtmiseks vastu võetud siseriiklikud õigusaktid).
}
# Markdown.
cookie-kind-first-party = „Sisemisi“ ehk „esimese osapoole“ küpsiseid salvestab külastatav veebisait. Neid võidakse salvestada lisaks vajalikele küpsistele ning neid võidakse kasutada isikuandmete kogumiseks, kasutajate käitumise jälgimiseks ja reklaamieesmärkidel.
# Markdown.
cookie-kind-third-party = „Kolmanda osapoole“ küpsised on küpsised, mille salvestab veebisaidil A veebisait B (sageli reklaamiagentuur) või mis salvestatakse selle jaoks. See võimaldab veebisaidil B näha, milliseid lehti kasutaja veebisaidil A külastas, ja koguda kasutaja kohta teavet.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Milliseid küpsiseid platvormil <{ $url }> kasutatakse
no-cookies = See veebisait ei salvesta teie seadmesse küpsiseid ega muid sarnaseid andmeid.
consent-required = Neid küpsiseid salvestatakse ainult teie nõusolekul.
consent-not-required = Need küpsised ei nõua teie nõusolekut.
column-provider = Teenuseosutaja nimi
column-function = Funktsioon ja asukoht
column-names = Küpsise nimi (nimed)
column-purpose = Eesmärgid
column-duration = Säilitamisaeg
column-kind = Liik
party-third = Kolmas osapool
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Õiguslik alus:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] teie nõusolek (isikuandmete kaitse üldmääruse artikli 6 lõike 1 punkt a; Saksamaa TDDDG § 25 lõige 1)
    [AT] teie nõusolek (isikuandmete kaitse üldmääruse artikli 6 lõike 1 punkt a; Austria TKG 2021 § 165 lõige 3)
    [FR] teie nõusolek (isikuandmete kaitse üldmääruse artikli 6 lõike 1 punkt a; Prantsusmaa seaduse „Informatique et Libertés“ artikkel 82)
   *[other] teie nõusolek (isikuandmete kaitse üldmääruse artikli 6 lõike 1 punkt a; eraelu puutumatuse ja elektroonilise side direktiivi 2002/58/EÜ artikli 5 lõige 3, nagu see on siseriiklikku õigusesse üle võetud)
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
        [yes] nende salvestamine on rangelt vajalik teie taotletud teenuse osutamiseks (Saksamaa TDDDG § 25 lõike 2 punkt 2); isikuandmete töötlemine on vajalik avalikes huvides oleva ülesande täitmiseks või meile antud avaliku võimu teostamiseks (isikuandmete kaitse üldmääruse artikli 6 lõike 1 punkt e)
       *[no] nende salvestamine on rangelt vajalik teie taotletud teenuse osutamiseks (Saksamaa TDDDG § 25 lõike 2 punkt 2); meie õigustatud huvi toimiva ja turvalise veebisaidi vastu (isikuandmete kaitse üldmääruse artikli 6 lõike 1 punkt f)
    }
    [AT] { $public ->
        [yes] nende salvestamine on rangelt vajalik teie taotletud teenuse osutamiseks (Austria TKG 2021 § 165 lõige 3); isikuandmete töötlemine on vajalik avalikes huvides oleva ülesande täitmiseks või meile antud avaliku võimu teostamiseks (isikuandmete kaitse üldmääruse artikli 6 lõike 1 punkt e)
       *[no] nende salvestamine on rangelt vajalik teie taotletud teenuse osutamiseks (Austria TKG 2021 § 165 lõige 3); meie õigustatud huvi toimiva ja turvalise veebisaidi vastu (isikuandmete kaitse üldmääruse artikli 6 lõike 1 punkt f)
    }
    [FR] { $public ->
        [yes] nende salvestamine on rangelt vajalik teie taotletud teenuse osutamiseks (Prantsusmaa seaduse „Informatique et Libertés“ artikkel 82); isikuandmete töötlemine on vajalik avalikes huvides oleva ülesande täitmiseks või meile antud avaliku võimu teostamiseks (isikuandmete kaitse üldmääruse artikli 6 lõike 1 punkt e)
       *[no] nende salvestamine on rangelt vajalik teie taotletud teenuse osutamiseks (Prantsusmaa seaduse „Informatique et Libertés“ artikkel 82); meie õigustatud huvi toimiva ja turvalise veebisaidi vastu (isikuandmete kaitse üldmääruse artikli 6 lõike 1 punkt f)
    }
   *[other] { $public ->
        [yes] nende salvestamine on rangelt vajalik teie taotletud teenuse osutamiseks (eraelu puutumatuse ja elektroonilise side direktiivi 2002/58/EÜ artikli 5 lõige 3); isikuandmete töötlemine on vajalik avalikes huvides oleva ülesande täitmiseks või meile antud avaliku võimu teostamiseks (isikuandmete kaitse üldmääruse artikli 6 lõike 1 punkt e)
       *[no] nende salvestamine on rangelt vajalik teie taotletud teenuse osutamiseks (eraelu puutumatuse ja elektroonilise side direktiivi 2002/58/EÜ artikli 5 lõige 3); meie õigustatud huvi toimiva ja turvalise veebisaidi vastu (isikuandmete kaitse üldmääruse artikli 6 lõike 1 punkt f)
    }
}
kind-http-cookie = Küpsis
kind-local-storage = Kohalik salvestusruum
kind-session-storage = Seansi salvestusruum
kind-indexeddb = IndexedDB
kind-pixel = Jälgimispiksel

## Built-in categories

category-necessary-title = Vajalikud küpsised
category-necessary-description = Need küpsised on vajalikud veebisaidi toimimiseks ja turvalisuse tagamiseks. Neid ei saa välja lülitada.
category-preferences-title = Eelistuste küpsised
category-preferences-description = Need küpsised jätavad meelde teie tehtud valikud, näiteks keele või piirkonna, et pakkuda teile isikupärasemat kogemust.
category-statistics-title = Statistikaküpsised
category-statistics-description = Need küpsised aitavad meil mõista, kuidas külastajad veebisaiti kasutavad, kogudes teavet külastuste kohta.
category-marketing-title = Turundusküpsised
category-marketing-description = Neid küpsiseid kasutatakse teile asjakohase reklaami näitamiseks ja selle tõhususe mõõtmiseks.

## Durations ($count: a number)
# After a number other than 1, Estonian puts the noun in the partitive singular ("2 aastat");
# "ööpäev" (24 hours) is the word for a length of time in days, as CLDR has it.

duration-session = Seanss
duration-persistent = Kuni te selle kustutate
# $duration: a duration in words. "kuni" (up to) takes the count forms as they are.
duration-up-to = kuni { $duration }
# $first, $second: two durations in words.
duration-and = { $first } ja { $second }
duration-seconds = { $count ->
    [one] { $count } sekund
   *[other] { $count } sekundit
}
duration-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minutit
}
duration-hours = { $count ->
    [one] { $count } tund
   *[other] { $count } tundi
}
duration-days = { $count ->
    [one] { $count } ööpäev
   *[other] { $count } ööpäeva
}
duration-weeks = { $count ->
    [one] { $count } nädal
   *[other] { $count } nädalat
}
duration-months = { $count ->
    [one] { $count } kuu
   *[other] { $count } kuud
}
duration-years = { $count ->
    [one] { $count } aasta
   *[other] { $count } aastat
}

## Managing cookies

manage-heading = Kuidas küpsistest keelduda või neid kustutada
# Markdown.
manage-body = Nõusolekut nõudvatest küpsistest saate keelduda, kui veebisait seda küsib, ja oma valikut igal ajal muuta. Samuti saate seadistada oma brauseri küpsistest keelduma või neid brauseri sulgemisel kustutama ning kustutada brauseri seadetes juba salvestatud küpsised, tavaliselt jaotises „Privaatsus“ või „Turvalisus“. Kui keeldute vajalikest küpsistest, ei pruugi mõned veebisaidi osad enam toimida.

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Edastamine Euroopa Majanduspiirkonnast väljapoole jäävatesse riikidesse
# Markdown.
transfers-intro = Mõned teenuseosutajad saavad andmeid riikides, mis asuvad väljaspool Euroopa Liitu ja Euroopa Majanduspiirkonda (kolmandad riigid). Teie andmed on seal kaitstud järgmiselt:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = Euroopa Komisjoni kaitse piisavust käsitlev otsus (isikuandmete kaitse üldmääruse artikkel 45)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = ELi-USA andmekaitseraamistik (EU-U.S. Data Privacy Framework), mille alusel teenuseosutaja on sertifitseeritud (Euroopa Komisjoni 10. juuli 2023. aasta kaitse piisavust käsitlev otsus, isikuandmete kaitse üldmääruse artikkel 45)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = Euroopa Komisjoni vastu võetud andmekaitse-tüüpklauslid (isikuandmete kaitse üldmääruse artikli 46 lõike 2 punkt c)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = järelevalveasutuse heaks kiidetud siduvad kontsernisisesed eeskirjad (isikuandmete kaitse üldmääruse artikkel 47)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = teie selgesõnaline nõusolek, mille andsite pärast seda, kui teid teavitati edastamisega kaasnevatest võimalikest riskidest (isikuandmete kaitse üldmääruse artikli 49 lõike 1 punkt a)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Teie õigused
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Teil on õigus tutvuda isikuandmetega, mida me teie kohta töötleme (isikuandmete kaitse üldmääruse artikkel 15), nõuda nende parandamist (artikkel 16), kustutamist (artikkel 17) ja töötlemise piiramist (artikkel 18) ning õigus andmete ülekandmisele (artikkel 20). Kui töötleme andmeid isikuandmete kaitse üldmääruse artikli 6 lõike 1 punkti e või f alusel, on teil õigus oma konkreetsest olukorrast tulenevatel põhjustel esitada töötlemise suhtes vastuväiteid (artikkel 21). Nende õiguste kasutamiseks võtke meiega ühendust; meie kontaktandmed on sellel lehel.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Võite oma nõusoleku igal ajal tagasi võtta sama lihtsalt, kui selle andsite, muutes oma küpsiste seadeid. Tagasivõtmine kehtib edaspidi; see ei mõjuta enne tagasivõtmist nõusoleku alusel toimunud töötlemise seaduslikkust (isikuandmete kaitse üldmääruse artikli 7 lõige 3).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Muuda küpsiste seadeid
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Teil on õigus esitada kaebus järelevalveasutusele, eelkõige liikmesriigis, kus on teie alaline elukoht või töökoht või kus väidetav rikkumine toimus (isikuandmete kaitse üldmääruse artikkel 77).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Meie üle järelevalvet teostav asutus on { $authority }.

## Who is responsible

controller-heading = Kes vastutab selle veebisaidi eest
# "vastutav töötleja": GDPR art. 4 punkt 7, Estonian text.
controller-intro = Teie andmete töötlemise eest sellel veebisaidil vastutav töötleja on:
controller-email = E-post: { $email }
controller-website = Veebisait: { $url }

# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Võite pöörduda meie andmekaitseametniku poole:

## Dates

# $date: a date in words.
last-updated = Viimati uuendatud: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day }. { $month } { $year }
month-1 = jaanuar
month-2 = veebruar
month-3 = märts
month-4 = aprill
month-5 = mai
month-6 = juuni
month-7 = juuli
month-8 = august
month-9 = september
month-10 = oktoober
month-11 = november
month-12 = detsember

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Kasutame küpsiseid
# Markdown.
banner-description = Kasutame küpsiseid, mis on vajalikud selle veebisaidi toimimiseks, ning teie nõusolekul ka teisi küpsiseid, mis aitavad meil seda paremaks muuta. Oma valikut saate igal ajal muuta.
banner-accept-all = Nõustu kõigiga
banner-accept-necessary = Keeldu kõigist
banner-show-preferences = Halda eelistusi
preferences-title = Küpsiste eelistused
preferences-save = Salvesta minu valikud
preferences-close = Sulge
