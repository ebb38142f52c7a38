# Machine-assisted translation (2026-12-03); not yet read back by a second reader.
# Built-in Lithuanian messages of cookiedoc. Copy a message into locales/lt/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Lithuanian text of the GDPR (Reglamentas (ES) 2016/679, OL L 119, 2016 5 4):
# duomenų valdytojas (controller), duomenų apsaugos pareigūnas (data protection officer),
# priežiūros institucija (supervisory authority), sutikimas (consent), teisinis pagrindas
# (legal basis), asmens duomenys (personal data), tvarkymas (processing), trečioji valstybė
# (third country). "Slapukai" for cookies, as the State Data Protection Inspectorate (VDAI)
# writes. Formal address: "jūs" (lower case, as in texts for the general public).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Lietuvių
page-title = Slapukų politika
# The title of dist/index.html, which lists every language.
locale-index-title = Slapukų politika
skip-link = Pereiti prie slapukų politikos
language-switcher-label = Kitos kalbos
# Markdown.
intro = Kad galėtume teikti jums kuo geresnes paslaugas, naudojame slapukus: jie užtikrina tinkamą svetainės veikimą ir leidžia atlikti žiniatinklio analizę.

## What is a cookie?

definitions-heading = Kas yra slapukas?
# Markdown.
definitions-body = Slapukas – tai paprastai nedidelis pavadinimu identifikuojamas duomenų rinkinys, kurį jūsų lankoma svetainė gali nusiųsti jūsų naršyklei. Jūsų naršyklė jį saugo tam tikrą laiką ir kiekvieną kartą, kai vėl apsilankote svetainėje, siunčia jį atgal į žiniatinklio serverį. Slapukai naudojami įvairiais tikslais: jais galima įsiminti jūsų prisijungimo prie elektroninės parduotuvės duomenis, dabartinį jūsų pirkinių krepšelio turinį, jie gali būti naudojami kaip identifikatorius, kad būtų galima stebėti jūsų naršymą statistikos ar reklamos tikslais, ir pan.
cookie-kinds-intro = Yra kelios slapukų rūšys:
# Markdown.
cookie-kind-necessary = „Būtinieji“ vidiniai slapukai leidžia išsaugoti informaciją tarp dviejų apsilankymų toje pačioje svetainėje naudojantis tuo pačiu įrenginiu. Juose galima išsaugoti pirkinių krepšelį, prisijungimo duomenis ar sąsajos nuostatas. Jiems nereikia naudotojo sutikimo.
# Markdown.
cookie-kind-statistical = „Statistiniai“ slapukai leidžia stebėti interneto naudotojo veiksmus svetainėje. Kai statistiniai duomenys yra anonimizuoti (t. y. jų negalima susieti su konkrečiu asmeniu), naudotojo sutikimo nereikia.
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

## Who is responsible

controller-heading = Kas atsako už šią svetainę
# "duomenų valdytojas": GDPR 4 straipsnio 7 punktas, Lithuanian text.
controller-intro = Jūsų duomenų tvarkymo šioje svetainėje duomenų valdytojas yra:
controller-email = El. paštas: { $email }
controller-website = Svetainė: { $url }

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
