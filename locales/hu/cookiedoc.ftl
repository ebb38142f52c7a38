# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Hungarian messages of cookiedoc. Copy a message into locales/hu/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Hungarian text of the GDPR ((EU) 2016/679 rendelet, HL L 119., 2016.5.4.):
# adatkezelő (controller), adatvédelmi tisztviselő (data protection officer), felügyeleti hatóság
# (supervisory authority), hozzájárulás (consent), jogalap (legal basis), személyes adat
# (personal data), adatkezelés (processing), harmadik ország (third country). Formal address:
# "Ön". "Süti" for cookie, as the Hungarian data protection authority (NAIH) writes it.
# Transfers (GDPR Chapter V): megfelelőségi határozat (adequacy decision), általános adatvédelmi
# kikötések (standard data protection clauses), kötelező erejű vállalati szabályok (binding
# corporate rules).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Magyar
page-title = Sütikezelési tájékoztató
# The title of dist/index.html, which lists every language.
locale-index-title = Sütikezelési tájékoztató
skip-link = Ugrás a sütikezelési tájékoztatóhoz
language-switcher-label = Más nyelvek
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Ez a weboldal sütik nélkül működik.
    [statistics] Annak érdekében, hogy a lehető legjobb szolgáltatást nyújthassuk Önnek, sütiket használunk a weboldal megfelelő működésének biztosítására és webanalitikai célokra.
    [marketing] Annak érdekében, hogy a lehető legjobb szolgáltatást nyújthassuk Önnek, sütiket használunk a weboldal megfelelő működésének biztosítására, valamint arra, hogy az Ön számára releváns hirdetéseket jelenítsünk meg.
    [statistics-marketing] Annak érdekében, hogy a lehető legjobb szolgáltatást nyújthassuk Önnek, sütiket használunk a weboldal megfelelő működésének biztosítására, webanalitikai célokra, valamint arra, hogy az Ön számára releváns hirdetéseket jelenítsünk meg.
   *[necessary] Annak érdekében, hogy a lehető legjobb szolgáltatást nyújthassuk Önnek, sütiket használunk a weboldal megfelelő működésének biztosítására.
}

## What is a cookie?

definitions-heading = Mi az a süti (cookie)?
# Markdown.
definitions-body = A süti általában kis méretű, névvel azonosított adatcsomag, amelyet az Ön által meglátogatott weboldal elküldhet az Ön böngészőjének. A böngésző meghatározott ideig tárolja, és minden további látogatáskor visszaküldi a webszervernek. A sütik sokféle célt szolgálhatnak: segítségükkel megjegyezhetők például az Ön webáruházas bejelentkezési adatai vagy a kosara aktuális tartalma, de azonosítóként is szolgálhatnak a böngészés statisztikai vagy reklámcélú nyomon követéséhez stb.
cookie-kinds-intro = A sütiknek több fajtája létezik:
# Markdown.
cookie-kind-necessary = A „szükséges” belső sütik lehetővé teszik, hogy ugyanazon weboldal két, ugyanarról az eszközről történő látogatása között információk maradjanak meg. Tárolhatják például a kosár tartalmát, a bejelentkezési adatokat vagy a felület beállításait. Ezekhez nem szükséges a felhasználó hozzájárulása.
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
    [FR] A „statisztikai” sütik lehetővé teszik, hogy nyomon kövessék egy internetező tevékenységét egy weboldalon. Ha a statisztikák anonimizáltak (vagyis nem vezethetők vissza egy személyre), nincs szükség a felhasználó hozzájárulására.
    [DE] A „statisztikai” sütik lehetővé teszik, hogy nyomon kövessék egy internetező tevékenységét egy weboldalon. Ezeket csak a felhasználó hozzájárulásával tárolják (a német TDDDG 25. § (1) bekezdése), kivéve, ha tárolásuk feltétlenül szükséges a felhasználó által kifejezetten kért szolgáltatás nyújtásához (TDDDG 25. § (2) bekezdés 2. pont).
    [AT] A „statisztikai” sütik lehetővé teszik, hogy nyomon kövessék egy internetező tevékenységét egy weboldalon. Ezeket csak a felhasználó hozzájárulásával tárolják (az osztrák TKG 2021 165. § (3) bekezdése), kivéve, ha tárolásuk feltétlenül szükséges a felhasználó által kifejezetten kért szolgáltatás nyújtásához.
   *[other] A „statisztikai” sütik lehetővé teszik, hogy nyomon kövessék egy internetező tevékenységét egy weboldalon. Ezeket csak a felhasználó hozzájárulásával tárolják, kivéve, ha tárolásuk feltétlenül szükséges a felhasználó által kifejezetten kért szolgáltatás nyújtásához (az elektronikus hírközlési ágazatban a személyes adatok kezeléséről szóló 2002/58/EK irányelv 5. cikkének (3) bekezdése és az azt átültető nemzeti jogszabályok).
}
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
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Jogalap:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] az Ön hozzájárulása (GDPR 6. cikk (1) bekezdés a) pont; a német TDDDG 25. § (1) bekezdése)
    [AT] az Ön hozzájárulása (GDPR 6. cikk (1) bekezdés a) pont; az osztrák TKG 2021 165. § (3) bekezdése)
    [FR] az Ön hozzájárulása (GDPR 6. cikk (1) bekezdés a) pont; a francia Informatique et Libertés törvény 82. cikke)
   *[other] az Ön hozzájárulása (GDPR 6. cikk (1) bekezdés a) pont; a 2002/58/EK irányelv 5. cikkének (3) bekezdése a nemzeti jogba átültetett formában)
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
        [yes] tárolásuk feltétlenül szükséges az Ön által kért szolgáltatás nyújtásához (a német TDDDG 25. § (2) bekezdés 2. pontja); az adatkezelés közérdekű vagy a ránk ruházott közhatalmi jogosítvány gyakorlásának keretében végzett feladat végrehajtásához szükséges (GDPR 6. cikk (1) bekezdés e) pont)
       *[no] tárolásuk feltétlenül szükséges az Ön által kért szolgáltatás nyújtásához (a német TDDDG 25. § (2) bekezdés 2. pontja); a működő és biztonságos weboldalhoz fűződő jogos érdekünk (GDPR 6. cikk (1) bekezdés f) pont)
    }
    [AT] { $public ->
        [yes] tárolásuk feltétlenül szükséges az Ön által kért szolgáltatás nyújtásához (az osztrák TKG 2021 165. § (3) bekezdése); az adatkezelés közérdekű vagy a ránk ruházott közhatalmi jogosítvány gyakorlásának keretében végzett feladat végrehajtásához szükséges (GDPR 6. cikk (1) bekezdés e) pont)
       *[no] tárolásuk feltétlenül szükséges az Ön által kért szolgáltatás nyújtásához (az osztrák TKG 2021 165. § (3) bekezdése); a működő és biztonságos weboldalhoz fűződő jogos érdekünk (GDPR 6. cikk (1) bekezdés f) pont)
    }
    [FR] { $public ->
        [yes] tárolásuk feltétlenül szükséges az Ön által kért szolgáltatás nyújtásához (a francia Informatique et Libertés törvény 82. cikke); az adatkezelés közérdekű vagy a ránk ruházott közhatalmi jogosítvány gyakorlásának keretében végzett feladat végrehajtásához szükséges (GDPR 6. cikk (1) bekezdés e) pont)
       *[no] tárolásuk feltétlenül szükséges az Ön által kért szolgáltatás nyújtásához (a francia Informatique et Libertés törvény 82. cikke); a működő és biztonságos weboldalhoz fűződő jogos érdekünk (GDPR 6. cikk (1) bekezdés f) pont)
    }
   *[other] { $public ->
        [yes] tárolásuk feltétlenül szükséges az Ön által kért szolgáltatás nyújtásához (a 2002/58/EK irányelv 5. cikkének (3) bekezdése); az adatkezelés közérdekű vagy a ránk ruházott közhatalmi jogosítvány gyakorlásának keretében végzett feladat végrehajtásához szükséges (GDPR 6. cikk (1) bekezdés e) pont)
       *[no] tárolásuk feltétlenül szükséges az Ön által kért szolgáltatás nyújtásához (a 2002/58/EK irányelv 5. cikkének (3) bekezdése); a működő és biztonságos weboldalhoz fűződő jogos érdekünk (GDPR 6. cikk (1) bekezdés f) pont)
    }
}
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

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Adattovábbítás az Európai Gazdasági Térségen kívüli országokba
# Markdown.
transfers-intro = Egyes szolgáltatók az Európai Unión és az Európai Gazdasági Térségen kívüli országokban (harmadik országokban) kapnak adatokat. Az Ön adatait ott a következők védik:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = az Európai Bizottság megfelelőségi határozata (GDPR 45. cikk)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = az EU–USA adatvédelmi keretrendszer (Data Privacy Framework), amelynek keretében a szolgáltató tanúsítvánnyal rendelkezik (az Európai Bizottság 2023. július 10-i megfelelőségi határozata, GDPR 45. cikk)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = az Európai Bizottság által elfogadott általános adatvédelmi kikötések (GDPR 46. cikk (2) bekezdés c) pont)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = felügyeleti hatóság által jóváhagyott kötelező erejű vállalati szabályok (GDPR 47. cikk)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = az Ön kifejezett hozzájárulása, amelyet a továbbítás lehetséges kockázatairól való tájékoztatást követően adott meg (GDPR 49. cikk (1) bekezdés a) pont)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Az Ön jogai
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Ön jogosult hozzáférni az Önre vonatkozó, általunk kezelt személyes adatokhoz (GDPR 15. cikk), kérheti azok helyesbítését (GDPR 16. cikk), törlését (GDPR 17. cikk) és kezelésének korlátozását (GDPR 18. cikk), valamint jogosult az adathordozhatóságra (GDPR 20. cikk). Ha az adatokat a GDPR 6. cikk (1) bekezdés e) vagy f) pontja alapján kezeljük, Ön jogosult a saját helyzetével kapcsolatos okokból tiltakozni az adatkezelés ellen (GDPR 21. cikk). E jogai gyakorlásához forduljon hozzánk; elérhetőségeinket ezen az oldalon találja.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Hozzájárulását bármikor visszavonhatja – ugyanolyan egyszerűen, ahogyan megadta – a sütibeállítások módosításával. A visszavonás a jövőre nézve hatályos; nem érinti a hozzájáruláson alapuló, a visszavonás előtti adatkezelés jogszerűségét (GDPR 7. cikk (3) bekezdés).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Sütibeállítások módosítása
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Ön jogosult panaszt tenni egy felügyeleti hatóságnál, különösen a szokásos tartózkodási helye, munkahelye vagy a feltételezett jogsértés helye szerinti tagállamban (GDPR 77. cikk).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = A ránk nézve illetékes felügyeleti hatóság: { $authority }.

## Who is responsible

controller-heading = Ki felel ezért a weboldalért
# "adatkezelő": GDPR 4. cikk 7. pont, Hungarian text.
controller-intro = Az Ön adatainak e weboldalon történő kezeléséért felelős adatkezelő:
controller-email = E-mail: { $email }
controller-website = Weboldal: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Adatvédelmi tisztviselőnket a következő elérhetőségen keresheti meg:

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
