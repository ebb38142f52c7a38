# Machine-assisted translation (2026-12-03); not yet read back by a second reader.
# Built-in Finnish messages of cookiedoc. Copy a message into locales/fi/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Finnish text of the GDPR (asetus (EU) 2016/679, EUVL L 119, 4.5.2016):
# rekisterinpitäjä (controller), tietosuojavastaava (data protection officer),
# valvontaviranomainen (supervisory authority), suostumus (consent), oikeusperuste (legal
# basis), henkilötiedot (personal data), käsittely (processing), kolmas maa (third country).
# "Evästeet" for cookies, as the Finnish Transport and Communications Agency (Traficom) writes
# in its guidance on § 205 of the Act on Electronic Communications Services (917/2014).
# Address: "sinä", the form Finnish public services use on the web; "Te" reads as dated.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Suomi
page-title = Evästekäytäntö
# The title of dist/index.html, which lists every language.
locale-index-title = Evästekäytäntö
skip-link = Siirry evästekäytäntöön
language-switcher-label = Muut kielet
# Markdown.
intro = Jotta voisimme tarjota sinulle parhaan mahdollisen palvelun, käytämme evästeitä sivuston moitteettoman toiminnan varmistamiseen ja verkkoanalytiikkaan.

## What is a cookie?

definitions-heading = Mikä on eväste?
# Markdown.
definitions-body = Eväste on yleensä pieni, nimellä yksilöity tietoerä, jonka vierailemasi verkkosivusto voi lähettää selaimellesi. Selaimesi tallentaa sen tietyksi ajaksi ja lähettää sen takaisin verkkopalvelimelle aina, kun vierailet sivustolla uudelleen. Evästeillä on monia käyttötarkoituksia: niiden avulla voidaan esimerkiksi muistaa verkkokaupan kirjautumistietosi tai ostoskorisi nykyinen sisältö, tai niitä voidaan käyttää tunnisteena selaamisesi seuraamiseen tilasto- tai mainontatarkoituksiin.
cookie-kinds-intro = Evästeitä on useita tyyppejä:
# Markdown.
cookie-kind-necessary = ”Välttämättömien” sisäisten evästeiden avulla tietoja voidaan säilyttää kahden käynnin välillä, kun samalla sivustolla käydään samalla laitteella. Niihin voidaan tallentaa ostoskori, kirjautumistiedot tai käyttöliittymän asetukset. Ne eivät edellytä käyttäjän suostumusta.
# Markdown.
cookie-kind-statistical = ”Tilastolliset” evästeet mahdollistavat internetin käyttäjän toimien seuraamisen sivustolla. Kun tilastot on anonymisoitu (eli niitä ei voida yhdistää henkilöön), käyttäjän suostumusta ei tarvita.
# Markdown.
cookie-kind-first-party = ”Sisäiset” evästeet eli ”ensimmäisen osapuolen evästeet” tallentaa sivusto, jolla käyt. Niitä voidaan tallentaa välttämättömien evästeiden lisäksi, ja niitä voidaan käyttää henkilötietojen keräämiseen, käyttäjien toiminnan seuraamiseen ja mainontatarkoituksiin.
# Markdown.
cookie-kind-third-party = ”Kolmannen osapuolen evästeet” ovat evästeitä, jotka sivusto B (usein mainostoimisto) tallentaa sivustolla A (tai jotka tallennetaan sen puolesta). Niiden avulla sivusto B näkee, millä sivuilla käyttäjä on käynyt sivustolla A, ja voi kerätä tietoja käyttäjästä.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Mitä evästeitä alustalla <{ $url }> käytetään
no-cookies = Tämä sivusto ei tallenna laitteellesi evästeitä tai vastaavia tietoja.
consent-required = Nämä evästeet tallennetaan vain suostumuksellasi.
consent-not-required = Nämä evästeet eivät edellytä suostumustasi.
column-provider = Palveluntarjoajan nimi
column-function = Toiminto ja sijainti
column-names = Evästeen nimi (nimet)
column-purpose = Käyttötarkoitukset
column-duration = Voimassaoloaika
column-kind = Tyyppi
party-third = Kolmas osapuoli
kind-http-cookie = Eväste
kind-local-storage = Paikallinen tallennustila
kind-session-storage = Istunnon tallennustila
kind-indexeddb = IndexedDB
kind-pixel = Seurantapikseli

## Built-in categories

category-necessary-title = Välttämättömät evästeet
category-necessary-description = Nämä evästeet ovat tarpeen, jotta sivusto toimii ja pysyy turvallisena. Niitä ei voi poistaa käytöstä.
category-preferences-title = Asetusevästeet
category-preferences-description = Nämä evästeet muistavat tekemäsi valinnat, kuten kielen tai alueen, jotta käyttökokemuksesi olisi yksilöllisempi.
category-statistics-title = Tilastoevästeet
category-statistics-description = Nämä evästeet auttavat meitä ymmärtämään, miten kävijät käyttävät sivustoa, keräämällä tietoja käynneistä.
category-marketing-title = Markkinointievästeet
category-marketing-description = Näitä evästeitä käytetään sinulle merkityksellisen mainonnan näyttämiseen ja sen tehokkuuden mittaamiseen.

## Durations ($count: a number)
# After a number other than 1, Finnish puts the noun in the partitive singular ("2 vuotta"),
# as CLDR does.

duration-session = Istunto
duration-persistent = Kunnes poistat sen
# $duration: a duration in words. "enintään" (at most) takes the count forms as they are.
duration-up-to = enintään { $duration }
# $first, $second: two durations in words.
duration-and = { $first } ja { $second }
duration-seconds = { $count ->
    [one] { $count } sekunti
   *[other] { $count } sekuntia
}
duration-minutes = { $count ->
    [one] { $count } minuutti
   *[other] { $count } minuuttia
}
duration-hours = { $count ->
    [one] { $count } tunti
   *[other] { $count } tuntia
}
duration-days = { $count ->
    [one] { $count } päivä
   *[other] { $count } päivää
}
duration-weeks = { $count ->
    [one] { $count } viikko
   *[other] { $count } viikkoa
}
duration-months = { $count ->
    [one] { $count } kuukausi
   *[other] { $count } kuukautta
}
duration-years = { $count ->
    [one] { $count } vuosi
   *[other] { $count } vuotta
}

## Managing cookies

manage-heading = Evästeiden estäminen tai poistaminen
# Markdown.
manage-body = Voit kieltäytyä suostumusta edellyttävistä evästeistä, kun sivusto pyytää suostumustasi, ja muuttaa valintaasi milloin tahansa. Voit myös määrittää selaimesi estämään evästeet tai poistamaan ne, kun suljet selaimen, sekä poistaa selaimen asetuksista sen jo tallentamat evästeet, yleensä kohdasta ”Yksityisyys” tai ”Tietoturva”. Jos estät välttämättömät evästeet, jotkin sivuston osat eivät ehkä enää toimi.

## Who is responsible

controller-heading = Kuka vastaa tästä sivustosta
# "rekisterinpitäjä": GDPR art. 4(7), Finnish text.
controller-intro = Tietojesi käsittelystä tällä sivustolla vastaava rekisterinpitäjä on:
controller-email = Sähköposti: { $email }
controller-website = Verkkosivusto: { $url }

## Dates

# $date: a date in words.
last-updated = Päivitetty viimeksi: { $date }
# $day, $month (a month name in the partitive, as dates use it), $year; $iso is the date as
# 2026-11-28.
date = { $day }. { $month } { $year }
month-1 = tammikuuta
month-2 = helmikuuta
month-3 = maaliskuuta
month-4 = huhtikuuta
month-5 = toukokuuta
month-6 = kesäkuuta
month-7 = heinäkuuta
month-8 = elokuuta
month-9 = syyskuuta
month-10 = lokakuuta
month-11 = marraskuuta
month-12 = joulukuuta

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Käytämme evästeitä
# Markdown.
banner-description = Käytämme evästeitä, jotka ovat välttämättömiä tämän sivuston toiminnalle, sekä suostumuksellasi muita evästeitä, jotka auttavat meitä parantamaan sitä. Voit muuttaa valintaasi milloin tahansa.
banner-accept-all = Hyväksy kaikki
banner-accept-necessary = Hylkää kaikki
banner-show-preferences = Hallitse asetuksia
preferences-title = Evästeasetukset
preferences-save = Tallenna valintani
preferences-close = Sulje
