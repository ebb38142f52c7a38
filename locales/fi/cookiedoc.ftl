# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Finnish messages of cookiedoc. Copy a message into locales/fi/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Finnish text of the GDPR (asetus (EU) 2016/679, EUVL L 119, 4.5.2016):
# rekisterinpitäjä (controller), tietosuojavastaava (data protection officer),
# valvontaviranomainen (supervisory authority), suostumus (consent), oikeusperuste (legal
# basis), henkilötiedot (personal data), käsittely (processing), kolmas maa (third country).
# "Evästeet" for cookies, as the Finnish Transport and Communications Agency (Traficom) writes
# in its guidance on § 205 of the Act on Electronic Communications Services (917/2014).
# Address: "sinä", the form Finnish public services use on the web; "Te" reads as dated.
# Chapter V: tietosuojan tason riittävyyttä koskeva päätös (adequacy decision), vakiomuotoiset
# tietosuojalausekkeet (standard data protection clauses), yritystä koskevat sitovat säännöt
# (binding corporate rules). Articles cited as the Finnish text does: "6 artiklan 1 kohdan a
# alakohta".
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Suomi
page-title = Evästekäytäntö
# The title of dist/index.html, which lists every language.
locale-index-title = Evästekäytäntö
skip-link = Siirry evästekäytäntöön
language-switcher-label = Muut kielet
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Tämä sivusto toimii ilman evästeitä.
    [statistics] Jotta voisimme tarjota sinulle parhaan mahdollisen palvelun, käytämme evästeitä sivuston moitteettoman toiminnan varmistamiseen ja verkkoanalytiikkaan.
    [marketing] Jotta voisimme tarjota sinulle parhaan mahdollisen palvelun, käytämme evästeitä sivuston moitteettoman toiminnan varmistamiseen ja sinulle merkityksellisen mainonnan näyttämiseen.
    [statistics-marketing] Jotta voisimme tarjota sinulle parhaan mahdollisen palvelun, käytämme evästeitä sivuston moitteettoman toiminnan varmistamiseen, verkkoanalytiikkaan ja sinulle merkityksellisen mainonnan näyttämiseen.
   *[necessary] Jotta voisimme tarjota sinulle parhaan mahdollisen palvelun, käytämme evästeitä sivuston moitteettoman toiminnan varmistamiseen.
}

## What is a cookie?

definitions-heading = Mikä on eväste?
# Markdown.
definitions-body = Eväste on yleensä pieni, nimellä yksilöity tietoerä, jonka vierailemasi verkkosivusto voi lähettää selaimellesi. Selaimesi tallentaa sen tietyksi ajaksi ja lähettää sen takaisin verkkopalvelimelle aina, kun vierailet sivustolla uudelleen. Evästeillä on monia käyttötarkoituksia: niiden avulla voidaan esimerkiksi muistaa verkkokaupan kirjautumistietosi tai ostoskorisi nykyinen sisältö, tai niitä voidaan käyttää tunnisteena selaamisesi seuraamiseen tilasto- tai mainontatarkoituksiin.
cookie-kinds-intro = Evästeitä on useita tyyppejä:
# Markdown.
cookie-kind-necessary = ”Välttämättömien” sisäisten evästeiden avulla tietoja voidaan säilyttää kahden käynnin välillä, kun samalla sivustolla käydään samalla laitteella. Niihin voidaan tallentaa ostoskori, kirjautumistiedot tai käyttöliittymän asetukset. Ne eivät edellytä käyttäjän suostumusta.
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
    [FR] ”Tilastolliset” evästeet mahdollistavat internetin käyttäjän toimien seuraamisen sivustolla. Kun tilastot on anonymisoitu (eli niitä ei voida yhdistää henkilöön), käyttäjän suostumusta ei tarvita.
    [DE] ”Tilastolliset” evästeet mahdollistavat internetin käyttäjän toimien seuraamisen sivustolla. Ne tallennetaan vain käyttäjän suostumuksella (Saksan TDDDG-lain 25 §:n 1 momentti), paitsi jos niiden tallentaminen on ehdottoman välttämätöntä käyttäjän nimenomaisesti pyytämän palvelun tarjoamiseksi (TDDDG-lain 25 §:n 2 momentin 2 kohta).
    [AT] ”Tilastolliset” evästeet mahdollistavat internetin käyttäjän toimien seuraamisen sivustolla. Ne tallennetaan vain käyttäjän suostumuksella (Itävallan TKG 2021 -lain 165 §:n 3 momentti), paitsi jos niiden tallentaminen on ehdottoman välttämätöntä käyttäjän nimenomaisesti pyytämän palvelun tarjoamiseksi.
   *[other] ”Tilastolliset” evästeet mahdollistavat internetin käyttäjän toimien seuraamisen sivustolla. Ne tallennetaan vain käyttäjän suostumuksella, paitsi jos niiden tallentaminen on ehdottoman välttämätöntä käyttäjän nimenomaisesti pyytämän palvelun tarjoamiseksi (sähköisen viestinnän tietosuojadirektiivin 2002/58/EY 5 artiklan 3 kohta ja sen täytäntöön panevat kansalliset lait).
}
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
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Oikeusperuste:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] suostumuksesi (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta; Saksan TDDDG-lain 25 §:n 1 momentti)
    [AT] suostumuksesi (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta; Itävallan TKG 2021 -lain 165 §:n 3 momentti)
    [FR] suostumuksesi (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta; Ranskan Informatique et Libertés -lain 82 artikla)
   *[other] suostumuksesi (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta; sähköisen viestinnän tietosuojadirektiivin 2002/58/EY 5 artiklan 3 kohta sellaisena kuin se on pantu täytäntöön kansallisessa lainsäädännössä)
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
        [yes] niiden tallentaminen on ehdottoman välttämätöntä pyytämäsi palvelun tarjoamiseksi (Saksan TDDDG-lain 25 §:n 2 momentin 2 kohta); käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi tai meille kuuluvan julkisen vallan käyttämiseksi (tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta)
       *[no] niiden tallentaminen on ehdottoman välttämätöntä pyytämäsi palvelun tarjoamiseksi (Saksan TDDDG-lain 25 §:n 2 momentin 2 kohta); oikeutettu etumme toimivaan ja turvalliseen verkkosivustoon (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta)
    }
    [AT] { $public ->
        [yes] niiden tallentaminen on ehdottoman välttämätöntä pyytämäsi palvelun tarjoamiseksi (Itävallan TKG 2021 -lain 165 §:n 3 momentti); käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi tai meille kuuluvan julkisen vallan käyttämiseksi (tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta)
       *[no] niiden tallentaminen on ehdottoman välttämätöntä pyytämäsi palvelun tarjoamiseksi (Itävallan TKG 2021 -lain 165 §:n 3 momentti); oikeutettu etumme toimivaan ja turvalliseen verkkosivustoon (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta)
    }
    [FR] { $public ->
        [yes] niiden tallentaminen on ehdottoman välttämätöntä pyytämäsi palvelun tarjoamiseksi (Ranskan Informatique et Libertés -lain 82 artikla); käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi tai meille kuuluvan julkisen vallan käyttämiseksi (tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta)
       *[no] niiden tallentaminen on ehdottoman välttämätöntä pyytämäsi palvelun tarjoamiseksi (Ranskan Informatique et Libertés -lain 82 artikla); oikeutettu etumme toimivaan ja turvalliseen verkkosivustoon (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta)
    }
   *[other] { $public ->
        [yes] niiden tallentaminen on ehdottoman välttämätöntä pyytämäsi palvelun tarjoamiseksi (sähköisen viestinnän tietosuojadirektiivin 2002/58/EY 5 artiklan 3 kohta); käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi tai meille kuuluvan julkisen vallan käyttämiseksi (tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta)
       *[no] niiden tallentaminen on ehdottoman välttämätöntä pyytämäsi palvelun tarjoamiseksi (sähköisen viestinnän tietosuojadirektiivin 2002/58/EY 5 artiklan 3 kohta); oikeutettu etumme toimivaan ja turvalliseen verkkosivustoon (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta)
    }
}
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

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Siirrot Euroopan talousalueen ulkopuolisiin maihin
# Markdown.
transfers-intro = Jotkin palveluntarjoajat vastaanottavat tietoja Euroopan unionin ja Euroopan talousalueen ulkopuolisissa maissa (kolmansissa maissa). Tietosi on suojattu niissä seuraavasti:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = Euroopan komission tietosuojan tason riittävyyttä koskeva päätös (tietosuoja-asetuksen 45 artikla)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = EU:n ja Yhdysvaltojen välinen tietosuojakehys (EU-U.S. Data Privacy Framework), jonka mukaisesti palveluntarjoaja on sertifioitu (Euroopan komission 10. heinäkuuta 2023 tekemä tietosuojan tason riittävyyttä koskeva päätös, tietosuoja-asetuksen 45 artikla)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = Euroopan komission hyväksymät vakiomuotoiset tietosuojalausekkeet (tietosuoja-asetuksen 46 artiklan 2 kohdan c alakohta)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = valvontaviranomaisen hyväksymät yritystä koskevat sitovat säännöt (tietosuoja-asetuksen 47 artikla)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = nimenomainen suostumuksesi, jonka olet antanut sen jälkeen, kun sinulle on kerrottu siirron mahdollisista riskeistä (tietosuoja-asetuksen 49 artiklan 1 kohdan a alakohta)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Oikeutesi
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Sinulla on oikeus saada pääsy sinua koskeviin henkilötietoihin, joita käsittelemme (tietosuoja-asetuksen 15 artikla), sekä oikeus tietojen oikaisemiseen (16 artikla), tietojen poistamiseen (17 artikla), käsittelyn rajoittamiseen (18 artikla) ja tietojen siirtämiseen järjestelmästä toiseen (20 artikla). Kun käsittelemme tietoja tietosuoja-asetuksen 6 artiklan 1 kohdan e tai f alakohdan perusteella, sinulla on oikeus erityiseen tilanteeseesi liittyvällä perusteella vastustaa käsittelyä (21 artikla). Voit käyttää näitä oikeuksia ottamalla meihin yhteyttä; yhteystietomme ovat tällä sivulla.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Voit peruuttaa suostumuksesi milloin tahansa muuttamalla evästeasetuksiasi, yhtä helposti kuin annoit sen. Peruuttaminen koskee vain tulevaa käsittelyä; se ei vaikuta suostumuksen perusteella ennen sen peruuttamista suoritetun käsittelyn lainmukaisuuteen (tietosuoja-asetuksen 7 artiklan 3 kohta).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Muuta evästeasetuksiasi
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Sinulla on oikeus tehdä valitus valvontaviranomaiselle erityisesti siinä jäsenvaltiossa, jossa on vakinainen asuinpaikkasi tai työpaikkasi tai jossa väitetty rikkominen on tapahtunut (tietosuoja-asetuksen 77 artikla).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Toimivaltainen valvontaviranomaisemme on { $authority }.

## Who is responsible

controller-heading = Kuka vastaa tästä sivustosta
# "rekisterinpitäjä": GDPR art. 4(7), Finnish text.
controller-intro = Tietojesi käsittelystä tällä sivustolla vastaava rekisterinpitäjä on:
controller-email = Sähköposti: { $email }
controller-website = Verkkosivusto: { $url }

# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Voit ottaa yhteyttä tietosuojavastaavaamme:

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
