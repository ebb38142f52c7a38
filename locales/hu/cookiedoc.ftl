# Machine-assisted translation (2026-12-03); not yet read back by a second reader.
# Built-in Hungarian messages of cookiedoc. Copy a message into locales/hu/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Hungarian text of the GDPR ((EU) 2016/679 rendelet, HL L 119., 2016.5.4.):
# adatkezelő (controller), adatvédelmi tisztviselő (data protection officer), felügyeleti hatóság
# (supervisory authority), hozzájárulás (consent), jogalap (legal basis), személyes adat
# (personal data), adatkezelés (processing), harmadik ország (third country). Formal address:
# "Ön". "Süti" for cookie, as the Hungarian data protection authority (NAIH) writes it.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Magyar
page-title = Sütikezelési tájékoztató
# The title of dist/index.html, which lists every language.
locale-index-title = Sütikezelési tájékoztató
skip-link = Ugrás a sütikezelési tájékoztatóhoz
language-switcher-label = Más nyelvek
# Markdown.
intro = Annak érdekében, hogy a lehető legjobb szolgáltatást nyújthassuk Önnek, sütiket használunk a weboldal megfelelő működésének biztosítására és webanalitikai célokra.

## What is a cookie?

definitions-heading = Mi az a süti (cookie)?
# Markdown.
definitions-body = A süti általában kis méretű, névvel azonosított adatcsomag, amelyet az Ön által meglátogatott weboldal elküldhet az Ön böngészőjének. A böngésző meghatározott ideig tárolja, és minden további látogatáskor visszaküldi a webszervernek. A sütik sokféle célt szolgálhatnak: segítségükkel megjegyezhetők például az Ön webáruházas bejelentkezési adatai vagy a kosara aktuális tartalma, de azonosítóként is szolgálhatnak a böngészés statisztikai vagy reklámcélú nyomon követéséhez stb.
cookie-kinds-intro = A sütiknek több fajtája létezik:
# Markdown.
cookie-kind-necessary = A „szükséges” belső sütik lehetővé teszik, hogy ugyanazon weboldal két, ugyanarról az eszközről történő látogatása között információk maradjanak meg. Tárolhatják például a kosár tartalmát, a bejelentkezési adatokat vagy a felület beállításait. Ezekhez nem szükséges a felhasználó hozzájárulása.
# Markdown.
cookie-kind-statistical = A „statisztikai” sütik lehetővé teszik, hogy nyomon kövessék egy internetező tevékenységét egy weboldalon. Ha a statisztikák anonimizáltak (vagyis nem vezethetők vissza egy személyre), nincs szükség a felhasználó hozzájárulására.
# Markdown.
cookie-kind-first-party = A „belső” vagy „saját” (first-party) sütiket a meglátogatott weboldal tárolja. Ezek a szükséges sütik mellett is tárolhatók, és felhasználhatók személyes adatok gyűjtésére, a felhasználói viselkedés nyomon követésére, valamint reklámcélokra.
# Markdown.
cookie-kind-third-party = A „harmadik féltől származó” sütiket egy B weboldal (gyakran egy reklámügynökség) tárolja az A weboldalon, vagy azokat a B weboldal számára tárolják ott. Ezáltal a B weboldal láthatja, hogy a felhasználó mely oldalakat kereste fel az A weboldalon, és információkat gyűjthet a felhasználóról.

## The cookies of this site

# Markdown. $url: the site's address. "A" (not "az"): the address starts with "http".
cookies-used-heading = A <{ $url }> platformon használt sütik
no-cookies = Ez a weboldal nem tárol sütiket vagy hasonló adatokat az Ön eszközén.
consent-required = Ezeket a sütiket csak az Ön hozzájárulásával tároljuk.
consent-not-required = Ezekhez a sütikhez nincs szükség az Ön hozzájárulására.
column-provider = A szolgáltató neve
column-function = Funkció és hely
column-names = A süti neve (nevei)
column-purpose = Célok
column-duration = Időtartam
column-kind = Típus
party-third = Harmadik fél
kind-http-cookie = Süti
kind-local-storage = Helyi tárhely
kind-session-storage = Munkamenet-tárhely
kind-indexeddb = IndexedDB
kind-pixel = Követőpixel

## Built-in categories

category-necessary-title = Szükséges sütik
category-necessary-description = Ezek a sütik a weboldal működéséhez és biztonságának fenntartásához szükségesek. Nem kapcsolhatók ki.
category-preferences-title = Beállítási sütik
category-preferences-description = Ezek a sütik megjegyzik az Ön választásait, például a nyelvet vagy a régiót, hogy személyre szabottabb élményt nyújtsanak.
category-statistics-title = Statisztikai sütik
category-statistics-description = Ezek a sütik a látogatásokról gyűjtött információk révén segítenek megérteni, hogyan használják a látogatók a weboldalt.
category-marketing-title = Marketingsütik
category-marketing-description = Ezeket a sütiket arra használjuk, hogy az Ön számára releváns hirdetéseket jelenítsünk meg, és mérjük azok hatékonyságát.

## Durations ($count: a number)
# Hungarian nouns stay singular after a number ("12 hónap"), so both variants say the same.

duration-session = Munkamenet
duration-persistent = Amíg Ön nem törli
# $duration: a duration in words.
duration-up-to = legfeljebb { $duration }
# $first, $second: two durations in words.
duration-and = { $first } és { $second }
duration-seconds = { $count ->
    [one] { $count } másodperc
   *[other] { $count } másodperc
}
duration-minutes = { $count ->
    [one] { $count } perc
   *[other] { $count } perc
}
duration-hours = { $count ->
    [one] { $count } óra
   *[other] { $count } óra
}
duration-days = { $count ->
    [one] { $count } nap
   *[other] { $count } nap
}
duration-weeks = { $count ->
    [one] { $count } hét
   *[other] { $count } hét
}
duration-months = { $count ->
    [one] { $count } hónap
   *[other] { $count } hónap
}
duration-years = { $count ->
    [one] { $count } év
   *[other] { $count } év
}

## Managing cookies

manage-heading = A sütik elutasítása és törlése
# Markdown.
manage-body = A hozzájárulást igénylő sütiket elutasíthatja, amikor a weboldal erre kéri, és döntését bármikor megváltoztathatja. Böngészőjét úgy is beállíthatja, hogy elutasítsa a sütiket, vagy bezáráskor törölje azokat, és a böngésző beállításaiban – általában az „Adatvédelem” vagy a „Biztonság” részben – törölheti a már tárolt sütiket is. Ha elutasítja a szükséges sütiket, előfordulhat, hogy a weboldal egyes részei nem működnek.

## Who is responsible

controller-heading = Ki felel ezért a weboldalért
# "adatkezelő": GDPR 4. cikk 7. pont, Hungarian text.
controller-intro = Az Ön adatainak e weboldalon történő kezeléséért felelős adatkezelő:
controller-email = E-mail: { $email }
controller-website = Weboldal: { $url }

## Dates

# $date: a date in words.
last-updated = Utolsó frissítés: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28. Hungarian dates run
# year, month, day.
date = { $year }. { $month } { $day }.
month-1 = január
month-2 = február
month-3 = március
month-4 = április
month-5 = május
month-6 = június
month-7 = július
month-8 = augusztus
month-9 = szeptember
month-10 = október
month-11 = november
month-12 = december

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Sütiket használunk
# Markdown.
banner-description = A weboldal működéséhez szükséges sütiket, valamint az Ön hozzájárulásával további, a weboldal fejlesztését segítő sütiket használunk. Döntését bármikor megváltoztathatja.
banner-accept-all = Összes elfogadása
banner-accept-necessary = Összes elutasítása
banner-show-preferences = Beállítások kezelése
preferences-title = Sütibeállítások
preferences-save = Beállítások mentése
preferences-close = Bezárás
