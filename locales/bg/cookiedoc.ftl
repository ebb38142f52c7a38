# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Bulgarian messages of cookiedoc. Copy a message into locales/bg/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Bulgarian text of the GDPR (Регламент (ЕС) 2016/679, ОВ L 119, 4.5.2016 г.):
# администратор (controller), длъжностно лице по защита на данните (data protection officer),
# надзорен орган (supervisory authority), съгласие (consent), правно основание (legal basis),
# лични данни (personal data), обработване (processing), трета държава (third country).
# Formal address: "вие" (lower case, as in texts addressed to the public). "Бисквитки" for
# cookies, as the Bulgarian data protection commission (КЗЛД) writes it.
# Transfers (GDPR Chapter V): решение относно адекватното ниво на защита (adequacy decision),
# стандартни клаузи за защита на данните (standard data protection clauses), задължителни фирмени
# правила (binding corporate rules). The GDPR is cited as ОРЗД, its points with Bulgarian letters
# (буква „а“, „д“, „е“).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Български
page-title = Политика за бисквитките
# The title of dist/index.html, which lists every language.
locale-index-title = Политика за бисквитките
skip-link = Към политиката за бисквитките
language-switcher-label = Други езици
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Този уебсайт работи без бисквитки.
    [statistics] За да ви предоставяме възможно най-добрата услуга, използваме бисквитки, които осигуряват правилното функциониране на уебсайта и ни позволяват да извършваме уеб анализ.
    [marketing] За да ви предоставяме възможно най-добрата услуга, използваме бисквитки, които осигуряват правилното функциониране на уебсайта и ни позволяват да ви показваме реклами, които са подходящи за вас.
    [statistics-marketing] За да ви предоставяме възможно най-добрата услуга, използваме бисквитки, които осигуряват правилното функциониране на уебсайта и ни позволяват да извършваме уеб анализ и да ви показваме реклами, които са подходящи за вас.
   *[necessary] За да ви предоставяме възможно най-добрата услуга, използваме бисквитки, които осигуряват правилното функциониране на уебсайта.
}

## What is a cookie?

definitions-heading = Какво е бисквитка?
# Markdown.
definitions-body = Бисквитката (cookie) е обикновено малко количество данни, обозначено с име, което уебсайтът, който посещавате, може да изпрати до вашия браузър. Вашият уеб браузър я съхранява за определен период от време и я изпраща обратно на уеб сървъра при всяко ваше следващо посещение. Бисквитките имат много приложения: те могат да служат за запомняне на данните ви за вход в онлайн магазин или на текущото съдържание на пазарската ви количка, като идентификатор за проследяване на сърфирането ви за статистически или рекламни цели и т.н.
cookie-kinds-intro = Съществуват няколко вида бисквитки:
# Markdown.
cookie-kind-necessary = „Необходимите“ вътрешни бисквитки позволяват съхраняването на информация между две посещения на един и същ уебсайт от едно и също устройство. Те могат да съхраняват пазарска количка, данни за вход или настройки на интерфейса. За тях не се изисква съгласието на потребителя.
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
    [FR] „Статистическите“ бисквитки позволяват проследяването на действията на интернет потребител в даден уебсайт. Когато статистическите данни са анонимизирани (т.е. не могат да бъдат свързани с конкретно лице), не се изисква съгласието на потребителя.
    [DE] „Статистическите“ бисквитки позволяват проследяването на действията на интернет потребител в даден уебсайт. Те се съхраняват само със съгласието на потребителя (§ 25, ал. 1 от германския закон TDDDG), освен ако съхраняването им е строго необходимо за предоставянето на услуга, изрично поискана от потребителя (§ 25, ал. 2, т. 2 от TDDDG).
    [AT] „Статистическите“ бисквитки позволяват проследяването на действията на интернет потребител в даден уебсайт. Те се съхраняват само със съгласието на потребителя (§ 165, ал. 3 от австрийския закон TKG 2021), освен ако съхраняването им е строго необходимо за предоставянето на услуга, изрично поискана от потребителя.
   *[other] „Статистическите“ бисквитки позволяват проследяването на действията на интернет потребител в даден уебсайт. Те се съхраняват само със съгласието на потребителя, освен ако съхраняването им е строго необходимо за предоставянето на услуга, изрично поискана от потребителя (чл. 5, пар. 3 от Директива 2002/58/ЕО за правото на неприкосновеност на личния живот и електронните комуникации и националните закони, които я транспонират).
}
# Markdown.
cookie-kind-first-party = „Вътрешните“ бисквитки, или бисквитките „на първа страна“, се съхраняват от посещавания уебсайт. Те могат да се съхраняват в допълнение към необходимите бисквитки и да се използват за събиране на лични данни, за проследяване на поведението на потребителите и за рекламни цели.
# Markdown.
cookie-kind-third-party = Бисквитките „на трети страни“ са бисквитки, съхранявани в уебсайт А от уебсайт Б (често рекламна агенция) или за негова сметка. Това позволява на уебсайт Б да вижда кои страници е посетил потребителят в уебсайт А и да събира информация за него.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Какви бисквитки се използват в платформата <{ $url }>
no-cookies = Този уебсайт не съхранява бисквитки или подобни данни на вашето устройство.
consent-required = Тези бисквитки се съхраняват само с вашето съгласие.
consent-not-required = За тези бисквитки не се изисква вашето съгласие.
column-provider = Наименование на доставчика на услугата
column-function = Функция и местоположение
column-names = Име (имена) на бисквитките
column-purpose = Цели
column-duration = Срок на съхранение
column-kind = Вид
party-third = Трета страна
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Правно основание:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] вашето съгласие (чл. 6, пар. 1, буква „а“ от ОРЗД; § 25, ал. 1 от германския закон TDDDG)
    [AT] вашето съгласие (чл. 6, пар. 1, буква „а“ от ОРЗД; § 165, ал. 3 от австрийския закон TKG 2021)
    [FR] вашето съгласие (чл. 6, пар. 1, буква „а“ от ОРЗД; чл. 82 от френския закон Informatique et Libertés)
   *[other] вашето съгласие (чл. 6, пар. 1, буква „а“ от ОРЗД; чл. 5, пар. 3 от Директива 2002/58/ЕО, както е транспонирана в националното право)
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
        [yes] съхраняването им е строго необходимо за предоставянето на поисканата от вас услуга (§ 25, ал. 2, т. 2 от германския закон TDDDG); обработването е необходимо за изпълнението на задача от обществен интерес или при упражняването на официални правомощия, които са ни предоставени (чл. 6, пар. 1, буква „д“ от ОРЗД)
       *[no] съхраняването им е строго необходимо за предоставянето на поисканата от вас услуга (§ 25, ал. 2, т. 2 от германския закон TDDDG); нашият легитимен интерес от работещ и сигурен уебсайт (чл. 6, пар. 1, буква „е“ от ОРЗД)
    }
    [AT] { $public ->
        [yes] съхраняването им е строго необходимо за предоставянето на поисканата от вас услуга (§ 165, ал. 3 от австрийския закон TKG 2021); обработването е необходимо за изпълнението на задача от обществен интерес или при упражняването на официални правомощия, които са ни предоставени (чл. 6, пар. 1, буква „д“ от ОРЗД)
       *[no] съхраняването им е строго необходимо за предоставянето на поисканата от вас услуга (§ 165, ал. 3 от австрийския закон TKG 2021); нашият легитимен интерес от работещ и сигурен уебсайт (чл. 6, пар. 1, буква „е“ от ОРЗД)
    }
    [FR] { $public ->
        [yes] съхраняването им е строго необходимо за предоставянето на поисканата от вас услуга (чл. 82 от френския закон Informatique et Libertés); обработването е необходимо за изпълнението на задача от обществен интерес или при упражняването на официални правомощия, които са ни предоставени (чл. 6, пар. 1, буква „д“ от ОРЗД)
       *[no] съхраняването им е строго необходимо за предоставянето на поисканата от вас услуга (чл. 82 от френския закон Informatique et Libertés); нашият легитимен интерес от работещ и сигурен уебсайт (чл. 6, пар. 1, буква „е“ от ОРЗД)
    }
   *[other] { $public ->
        [yes] съхраняването им е строго необходимо за предоставянето на поисканата от вас услуга (чл. 5, пар. 3 от Директива 2002/58/ЕО); обработването е необходимо за изпълнението на задача от обществен интерес или при упражняването на официални правомощия, които са ни предоставени (чл. 6, пар. 1, буква „д“ от ОРЗД)
       *[no] съхраняването им е строго необходимо за предоставянето на поисканата от вас услуга (чл. 5, пар. 3 от Директива 2002/58/ЕО); нашият легитимен интерес от работещ и сигурен уебсайт (чл. 6, пар. 1, буква „е“ от ОРЗД)
    }
}
kind-http-cookie = Бисквитка
kind-local-storage = Локално хранилище
kind-session-storage = Хранилище на сесията
kind-indexeddb = IndexedDB
kind-pixel = Проследяващ пиксел

## Built-in categories

category-necessary-title = Необходими бисквитки
category-necessary-description = Тези бисквитки са необходими за функционирането на уебсайта и за неговата сигурност. Те не могат да бъдат изключени.
category-preferences-title = Бисквитки за предпочитания
category-preferences-description = Тези бисквитки запомнят направения от вас избор, например език или регион, за да ви осигурят по-персонализирано изживяване.
category-statistics-title = Статистически бисквитки
category-statistics-description = Тези бисквитки ни помагат да разберем как посетителите използват уебсайта, като събират информация за посещенията.
category-marketing-title = Маркетингови бисквитки
category-marketing-description = Тези бисквитки се използват, за да ви показваме реклами, които са подходящи за вас, и да измерваме тяхната ефективност.

## Durations ($count: a number)
# Masculine units take their count form after a number ("2 часа", "12 месеца"), as CLDR does.

duration-session = Сесия
duration-persistent = Докато не я изтриете
# $duration: a duration in words.
duration-up-to = до { $duration }
# $first, $second: two durations in words.
duration-and = { $first } и { $second }
duration-seconds = { $count ->
    [one] { $count } секунда
   *[other] { $count } секунди
}
duration-minutes = { $count ->
    [one] { $count } минута
   *[other] { $count } минути
}
duration-hours = { $count ->
    [one] { $count } час
   *[other] { $count } часа
}
duration-days = { $count ->
    [one] { $count } ден
   *[other] { $count } дни
}
duration-weeks = { $count ->
    [one] { $count } седмица
   *[other] { $count } седмици
}
duration-months = { $count ->
    [one] { $count } месец
   *[other] { $count } месеца
}
duration-years = { $count ->
    [one] { $count } година
   *[other] { $count } години
}

## Managing cookies

manage-heading = Как да откажете или изтриете бисквитките
# Markdown.
manage-body = Можете да откажете бисквитките, които изискват вашето съгласие, когато уебсайтът ви го поиска, и да промените избора си по всяко време. Можете също така да настроите уеб браузъра си да отказва бисквитки или да ги изтрива, когато го затворите, както и да изтриете вече съхранените от него бисквитки в настройките му, обикновено в раздел „Поверителност“ или „Сигурност“. Ако откажете необходимите бисквитки, някои части от уебсайта може да престанат да работят.

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Предаване на данни към държави извън Европейското икономическо пространство
# Markdown.
transfers-intro = Някои доставчици получават данни в държави извън Европейския съюз и Европейското икономическо пространство (трети държави). Ето как са защитени там вашите данни:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = решение на Европейската комисия относно адекватното ниво на защита (чл. 45 от ОРЗД)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = рамката за защита на данните между ЕС и САЩ (Data Privacy Framework), по която доставчикът е сертифициран (решение на Европейската комисия относно адекватното ниво на защита от 10 юли 2023 г., чл. 45 от ОРЗД)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = стандартни клаузи за защита на данните, приети от Европейската комисия (чл. 46, пар. 2, буква „в“ от ОРЗД)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = задължителни фирмени правила, одобрени от надзорен орган (чл. 47 от ОРЗД)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = вашето изрично съгласие, дадено след като сте били информирани за възможните рискове от предаването (чл. 49, пар. 1, буква „а“ от ОРЗД)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Вашите права
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Имате право на достъп до личните данни, свързани с вас, които обработваме (чл. 15 от ОРЗД), на коригиране (чл. 16 от ОРЗД), на изтриване (чл. 17 от ОРЗД), на ограничаване на обработването (чл. 18 от ОРЗД) и на преносимост на данните (чл. 20 от ОРЗД). Когато обработваме данни на основание чл. 6, пар. 1, буква „д“ или „е“ от ОРЗД, имате право да възразите срещу обработването на основания, свързани с вашата конкретна ситуация (чл. 21 от ОРЗД). За да упражните тези права, свържете се с нас; данните ни за контакт са посочени на тази страница.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Можете да оттеглите съгласието си по всяко време, толкова лесно, колкото сте го дали, като промените настройките си за бисквитките. Оттеглянето има действие занапред; то не засяга законосъобразността на обработването въз основа на съгласието преди оттеглянето му (чл. 7, пар. 3 от ОРЗД).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Промяна на настройките за бисквитките
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Имате право да подадете жалба до надзорен орган, по-специално в държавата членка на обичайното си местопребиваване, на мястото си на работа или на мястото на предполагаемото нарушение (чл. 77 от ОРЗД).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = Компетентният по отношение на нас надзорен орган е { $authority }.

## Who is responsible

controller-heading = Кой отговаря за този уебсайт
# "администратор": GDPR чл. 4, т. 7, Bulgarian text.
controller-intro = Администратор, отговорен за обработването на вашите данни в този уебсайт, е:
controller-email = Електронна поща: { $email }
controller-website = Уебсайт: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Можете да се свържете с нашето длъжностно лице по защита на данните:

## Dates

# $date: a date in words.
last-updated = Последна актуализация: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28. "г." (година) follows
# the year, as in Bulgarian dates.
date = { $day } { $month } { $year } г.
month-1 = януари
month-2 = февруари
month-3 = март
month-4 = април
month-5 = май
month-6 = юни
month-7 = юли
month-8 = август
month-9 = септември
month-10 = октомври
month-11 = ноември
month-12 = декември

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Използваме бисквитки
# Markdown.
banner-description = Използваме бисквитки, които са необходими за функционирането на този уебсайт, и, с вашето съгласие, други бисквитки, които ни помагат да го подобряваме. Можете да промените избора си по всяко време.
banner-accept-all = Приемане на всички
banner-accept-necessary = Отхвърляне на всички
banner-show-preferences = Управление на предпочитанията
preferences-title = Предпочитания за бисквитките
preferences-save = Запазване на избора ми
preferences-close = Затваряне
