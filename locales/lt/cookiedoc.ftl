# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Lithuanian messages of cookiedoc. Copy a message into locales/lt/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Lithuanian text of the GDPR (Reglamentas (ES) 2016/679, OL L 119, 2016 5 4):
# duomenų valdytojas (controller), duomenų apsaugos pareigūnas (data protection officer),
# priežiūros institucija (supervisory authority), sutikimas (consent), teisinis pagrindas
# (legal basis), asmens duomenys (personal data), tvarkymas (processing), trečioji valstybė
# (third country). "Slapukai" for cookies, as the State Data Protection Inspectorate (VDAI)
# writes. Formal address: "jūs" (lower case, as in texts for the general public).
# Chapter V: sprendimas dėl tinkamumo (adequacy decision), standartinės duomenų apsaugos
# sąlygos (standard data protection clauses), įmonei privalomos taisyklės (binding corporate
# rules). Articles cited as the Lithuanian text does ("6 straipsnio 1 dalies a punktas"), the
# regulation as BDAR (Bendrasis duomenų apsaugos reglamentas).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Lietuvių
page-title = Slapukų politika
# The title of dist/index.html, which lists every language.
locale-index-title = Slapukų politika
skip-link = Pereiti prie slapukų politikos
language-switcher-label = Kitos kalbos
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Ši svetainė veikia nenaudodama slapukų.
    [statistics] Kad galėtume teikti jums kuo geresnes paslaugas, naudojame slapukus: jie užtikrina tinkamą svetainės veikimą ir leidžia atlikti žiniatinklio analizę.
    [marketing] Kad galėtume teikti jums kuo geresnes paslaugas, naudojame slapukus: jie užtikrina tinkamą svetainės veikimą ir leidžia rodyti jums aktualią reklamą.
    [statistics-marketing] Kad galėtume teikti jums kuo geresnes paslaugas, naudojame slapukus: jie užtikrina tinkamą svetainės veikimą, leidžia atlikti žiniatinklio analizę ir rodyti jums aktualią reklamą.
   *[necessary] Kad galėtume teikti jums kuo geresnes paslaugas, naudojame slapukus: jie užtikrina tinkamą svetainės veikimą.
}

## What is a cookie?

definitions-heading = Kas yra slapukas?
# Markdown.
definitions-body = Slapukas – tai paprastai nedidelis pavadinimu identifikuojamas duomenų rinkinys, kurį jūsų lankoma svetainė gali nusiųsti jūsų naršyklei. Jūsų naršyklė jį saugo tam tikrą laiką ir kiekvieną kartą, kai vėl apsilankote svetainėje, siunčia jį atgal į žiniatinklio serverį. Slapukai naudojami įvairiais tikslais: jais galima įsiminti jūsų prisijungimo prie elektroninės parduotuvės duomenis, dabartinį jūsų pirkinių krepšelio turinį, jie gali būti naudojami kaip identifikatorius, kad būtų galima stebėti jūsų naršymą statistikos ar reklamos tikslais, ir pan.
cookie-kinds-intro = Yra kelios slapukų rūšys:
# Markdown.
cookie-kind-necessary = „Būtinieji“ vidiniai slapukai leidžia išsaugoti informaciją tarp dviejų apsilankymų toje pačioje svetainėje naudojantis tuo pačiu įrenginiu. Juose galima išsaugoti pirkinių krepšelį, prisijungimo duomenis ar sąsajos nuostatas. Jiems nereikia naudotojo sutikimo.
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
    [FR] „Statistiniai“ slapukai leidžia stebėti interneto naudotojo veiksmus svetainėje. Kai statistiniai duomenys yra anonimizuoti (t. y. jų negalima susieti su konkrečiu asmeniu), naudotojo sutikimo nereikia.
    [DE] „Statistiniai“ slapukai leidžia stebėti interneto naudotojo veiksmus svetainėje. Jie įrašomi tik gavus naudotojo sutikimą (Vokietijos TDDDG 25 § 1 dalis), išskyrus atvejus, kai juos įrašyti griežtai būtina norint teikti paslaugą, kurios naudotojas aiškiai paprašė (TDDDG 25 § 2 dalies 2 punktas).
    [AT] „Statistiniai“ slapukai leidžia stebėti interneto naudotojo veiksmus svetainėje. Jie įrašomi tik gavus naudotojo sutikimą (Austrijos TKG 2021 165 § 3 dalis), išskyrus atvejus, kai juos įrašyti griežtai būtina norint teikti paslaugą, kurios naudotojas aiškiai paprašė.
   *[other] „Statistiniai“ slapukai leidžia stebėti interneto naudotojo veiksmus svetainėje. Jie įrašomi tik gavus naudotojo sutikimą, išskyrus atvejus, kai juos įrašyti griežtai būtina norint teikti paslaugą, kurios naudotojas aiškiai paprašė (Direktyvos 2002/58/EB dėl privatumo ir elektroninių ryšių 5 straipsnio 3 dalis ir ją perkeliantys nacionaliniai įstatymai).
}
# Markdown.
cookie-kind-first-party = „Vidinius“ arba „pirmosios šalies“ slapukus įrašo lankoma svetainė. Jie gali būti įrašomi greta būtinųjų slapukų ir gali būti naudojami asmens duomenims rinkti, naudotojų elgsenai stebėti ir reklamos tikslais.
# Markdown.
cookie-kind-third-party = „Trečiųjų šalių“ slapukai – tai slapukai, kuriuos svetainėje A įrašo svetainė B (dažnai reklamos agentūra) arba kurie įrašomi jos reikmėms. Taip svetainė B gali matyti, kuriuos svetainės A puslapius naudotojas aplankė, ir rinkti informaciją apie naudotoją.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Kokie slapukai naudojami platformoje <{ $url }>
no-cookies = Ši svetainė jūsų įrenginyje neįrašo jokių slapukų ar panašių duomenų.
consent-required = Šie slapukai įrašomi tik gavus jūsų sutikimą.
consent-not-required = Šiems slapukams jūsų sutikimo nereikia.
column-provider = Paslaugos teikėjo pavadinimas
column-function = Funkcija ir vieta
column-names = Slapuko pavadinimas (-ai)
column-purpose = Tikslai
column-duration = Galiojimo trukmė
column-kind = Rūšis
party-third = Trečioji šalis
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Teisinis pagrindas:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] jūsų sutikimas (BDAR 6 straipsnio 1 dalies a punktas; Vokietijos TDDDG 25 § 1 dalis)
    [AT] jūsų sutikimas (BDAR 6 straipsnio 1 dalies a punktas; Austrijos TKG 2021 165 § 3 dalis)
    [FR] jūsų sutikimas (BDAR 6 straipsnio 1 dalies a punktas; Prancūzijos įstatymo „Informatique et Libertés“ 82 straipsnis)
   *[other] jūsų sutikimas (BDAR 6 straipsnio 1 dalies a punktas; Direktyvos 2002/58/EB dėl privatumo ir elektroninių ryšių 5 straipsnio 3 dalis, perkelta į nacionalinę teisę)
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
        [yes] juos įrašyti griežtai būtina norint teikti jūsų paprašytą paslaugą (Vokietijos TDDDG 25 § 2 dalies 2 punktas); duomenis tvarkyti būtina siekiant atlikti užduotį, vykdomą viešojo intereso labui, arba vykdant mums pavestas viešosios valdžios funkcijas (BDAR 6 straipsnio 1 dalies e punktas)
       *[no] juos įrašyti griežtai būtina norint teikti jūsų paprašytą paslaugą (Vokietijos TDDDG 25 § 2 dalies 2 punktas); mūsų teisėtas interesas turėti veikiančią ir saugią svetainę (BDAR 6 straipsnio 1 dalies f punktas)
    }
    [AT] { $public ->
        [yes] juos įrašyti griežtai būtina norint teikti jūsų paprašytą paslaugą (Austrijos TKG 2021 165 § 3 dalis); duomenis tvarkyti būtina siekiant atlikti užduotį, vykdomą viešojo intereso labui, arba vykdant mums pavestas viešosios valdžios funkcijas (BDAR 6 straipsnio 1 dalies e punktas)
       *[no] juos įrašyti griežtai būtina norint teikti jūsų paprašytą paslaugą (Austrijos TKG 2021 165 § 3 dalis); mūsų teisėtas interesas turėti veikiančią ir saugią svetainę (BDAR 6 straipsnio 1 dalies f punktas)
    }
    [FR] { $public ->
        [yes] juos įrašyti griežtai būtina norint teikti jūsų paprašytą paslaugą (Prancūzijos įstatymo „Informatique et Libertés“ 82 straipsnis); duomenis tvarkyti būtina siekiant atlikti užduotį, vykdomą viešojo intereso labui, arba vykdant mums pavestas viešosios valdžios funkcijas (BDAR 6 straipsnio 1 dalies e punktas)
       *[no] juos įrašyti griežtai būtina norint teikti jūsų paprašytą paslaugą (Prancūzijos įstatymo „Informatique et Libertés“ 82 straipsnis); mūsų teisėtas interesas turėti veikiančią ir saugią svetainę (BDAR 6 straipsnio 1 dalies f punktas)
    }
   *[other] { $public ->
        [yes] juos įrašyti griežtai būtina norint teikti jūsų paprašytą paslaugą (Direktyvos 2002/58/EB dėl privatumo ir elektroninių ryšių 5 straipsnio 3 dalis); duomenis tvarkyti būtina siekiant atlikti užduotį, vykdomą viešojo intereso labui, arba vykdant mums pavestas viešosios valdžios funkcijas (BDAR 6 straipsnio 1 dalies e punktas)
       *[no] juos įrašyti griežtai būtina norint teikti jūsų paprašytą paslaugą (Direktyvos 2002/58/EB dėl privatumo ir elektroninių ryšių 5 straipsnio 3 dalis); mūsų teisėtas interesas turėti veikiančią ir saugią svetainę (BDAR 6 straipsnio 1 dalies f punktas)
    }
}
kind-http-cookie = Slapukas
kind-local-storage = Vietinė saugykla
kind-session-storage = Seanso saugykla
kind-indexeddb = IndexedDB
kind-pixel = Sekimo pikselis

## Built-in categories

category-necessary-title = Būtinieji slapukai
category-necessary-description = Šie slapukai reikalingi, kad svetainė veiktų ir būtų saugi. Jų išjungti negalima.
category-preferences-title = Nuostatų slapukai
category-preferences-description = Šie slapukai įsimena jūsų pasirinkimus, pavyzdžiui, kalbą ar regioną, kad galėtume pasiūlyti jums labiau pritaikytą patirtį.
category-statistics-title = Statistikos slapukai
category-statistics-description = Šie slapukai padeda mums suprasti, kaip lankytojai naudojasi svetaine, nes renka informaciją apie apsilankymus.
category-marketing-title = Rinkodaros slapukai
category-marketing-description = Šie slapukai naudojami jums aktualiai reklamai rodyti ir jos veiksmingumui įvertinti.

## Durations ($count: a number)
# Lithuanian by CLDR category: one (1, 21, 31, …, not 11): nominative singular; few (2–9, 22–29,
# …, not 12–19): nominative plural; other (0, 10–20, 30, …): genitive plural; many is only for
# fractions ("1,5 sekundės", genitive singular) and is kept for completeness. "Metai" (year) is
# a plural-only noun: "1 metai", "2 metai", "10 metų".

duration-session = Seansas
duration-persistent = Kol jį ištrinsite
# $duration: a duration in words. Not "iki" (up to), which needs the genitive ("iki 2 metų")
# while the count forms are nominative ("2 metai"); "ne ilgiau kaip" takes them as they are.
duration-up-to = ne ilgiau kaip { $duration }
# $first, $second: two durations in words.
duration-and = { $first } ir { $second }
duration-seconds = { $count ->
    [one] { $count } sekundė
    [few] { $count } sekundės
    [many] { $count } sekundės
   *[other] { $count } sekundžių
}
duration-minutes = { $count ->
    [one] { $count } minutė
    [few] { $count } minutės
    [many] { $count } minutės
   *[other] { $count } minučių
}
duration-hours = { $count ->
    [one] { $count } valanda
    [few] { $count } valandos
    [many] { $count } valandos
   *[other] { $count } valandų
}
duration-days = { $count ->
    [one] { $count } diena
    [few] { $count } dienos
    [many] { $count } dienos
   *[other] { $count } dienų
}
duration-weeks = { $count ->
    [one] { $count } savaitė
    [few] { $count } savaitės
    [many] { $count } savaitės
   *[other] { $count } savaičių
}
duration-months = { $count ->
    [one] { $count } mėnuo
    [few] { $count } mėnesiai
    [many] { $count } mėnesio
   *[other] { $count } mėnesių
}
duration-years = { $count ->
    [one] { $count } metai
    [few] { $count } metai
    [many] { $count } metų
   *[other] { $count } metų
}

## Managing cookies

manage-heading = Kaip atsisakyti slapukų arba juos ištrinti
# Markdown.
manage-body = Slapukų, kuriems reikia jūsų sutikimo, galite atsisakyti, kai svetainė jo paprašo, ir bet kada pakeisti savo pasirinkimą. Taip pat galite nustatyti, kad naršyklė atmestų slapukus arba juos ištrintų, kai ją uždarote, o naršyklės nustatymuose, paprastai skiltyje „Privatumas“ arba „Sauga“, ištrinti jau įrašytus slapukus. Jei atsisakysite būtinųjų slapukų, kai kurios svetainės dalys gali nebeveikti.

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Duomenų perdavimas į šalis už Europos ekonominės erdvės ribų
# Markdown.
transfers-intro = Kai kurie paslaugų teikėjai gauna duomenis šalyse už Europos Sąjungos ir Europos ekonominės erdvės ribų (trečiosiose valstybėse). Štai kaip ten apsaugoti jūsų duomenys:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = Europos Komisijos sprendimas dėl tinkamumo (BDAR 45 straipsnis)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = ES ir JAV duomenų privatumo sistema (EU-U.S. Data Privacy Framework), pagal kurią paslaugų teikėjas yra sertifikuotas (2023 m. liepos 10 d. Europos Komisijos sprendimas dėl tinkamumo, BDAR 45 straipsnis)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = Europos Komisijos priimtos standartinės duomenų apsaugos sąlygos (BDAR 46 straipsnio 2 dalies c punktas)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = priežiūros institucijos patvirtintos įmonei privalomos taisyklės (BDAR 47 straipsnis)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = jūsų aiškus sutikimas, duotas po to, kai buvote informuoti apie galimą su duomenų perdavimu susijusią riziką (BDAR 49 straipsnio 1 dalies a punktas)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Jūsų teisės
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Turite teisę susipažinti su asmens duomenimis, kuriuos apie jus tvarkome (BDAR 15 straipsnis), teisę reikalauti juos ištaisyti (16 straipsnis), ištrinti (17 straipsnis), apriboti jų tvarkymą (18 straipsnis) ir teisę į duomenų perkeliamumą (20 straipsnis). Kai duomenis tvarkome remdamiesi BDAR 6 straipsnio 1 dalies e arba f punktu, turite teisę dėl su jūsų konkrečia situacija susijusių priežasčių nesutikti, kad jūsų duomenys būtų tvarkomi (21 straipsnis). Norėdami pasinaudoti šiomis teisėmis, susisiekite su mumis; mūsų kontaktiniai duomenys pateikti šiame puslapyje.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Savo sutikimą galite bet kada atšaukti taip pat lengvai, kaip jį davėte, pakeisdami slapukų nuostatas. Atšaukimas galioja nuo to momento; jis nedaro poveikio sutikimu grindžiamo duomenų tvarkymo, atlikto iki sutikimo atšaukimo, teisėtumui (BDAR 7 straipsnio 3 dalis).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Keisti slapukų nuostatas
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Turite teisę pateikti skundą priežiūros institucijai, visų pirma valstybėje narėje, kurioje yra jūsų įprastinė gyvenamoji vieta arba darbo vieta, arba kurioje padarytas tariamas pažeidimas (BDAR 77 straipsnis).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Už mus atsakinga priežiūros institucija yra { $authority }.

## Who is responsible

controller-heading = Kas atsako už šią svetainę
# "duomenų valdytojas": GDPR 4 straipsnio 7 punktas, Lithuanian text.
controller-intro = Jūsų duomenų tvarkymo šioje svetainėje duomenų valdytojas yra:
controller-email = El. paštas: { $email }
controller-website = Svetainė: { $url }

# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Galite susisiekti su mūsų duomenų apsaugos pareigūnu:

## Dates

# $date: a date in words.
last-updated = Paskutinį kartą atnaujinta: { $date }
# $day, $month (a month name in the genitive, as dates use it), $year; $iso is the date as
# 2026-11-28. Lithuanian writes the year first: "2026 m. lapkričio 28 d.".
date = { $year } m. { $month } { $day } d.
month-1 = sausio
month-2 = vasario
month-3 = kovo
month-4 = balandžio
month-5 = gegužės
month-6 = birželio
month-7 = liepos
month-8 = rugpjūčio
month-9 = rugsėjo
month-10 = spalio
month-11 = lapkričio
month-12 = gruodžio

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Naudojame slapukus
# Markdown.
banner-description = Naudojame slapukus, kurie būtini šiai svetainei veikti, ir, jums sutikus, kitus slapukus, kurie padeda mums ją tobulinti. Savo pasirinkimą galite bet kada pakeisti.
banner-accept-all = Priimti visus
banner-accept-necessary = Atmesti visus
banner-show-preferences = Tvarkyti nuostatas
preferences-title = Slapukų nuostatos
preferences-save = Išsaugoti mano pasirinkimus
preferences-close = Uždaryti
