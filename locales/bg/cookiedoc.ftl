# Machine-assisted translation (2026-12-03); not yet read back by a second reader.
# Built-in Bulgarian messages of cookiedoc. Copy a message into locales/bg/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Terms as in the Bulgarian text of the GDPR (Регламент (ЕС) 2016/679, ОВ L 119, 4.5.2016 г.):
# администратор (controller), длъжностно лице по защита на данните (data protection officer),
# надзорен орган (supervisory authority), съгласие (consent), правно основание (legal basis),
# лични данни (personal data), обработване (processing), трета държава (third country).
# Formal address: "вие" (lower case, as in texts addressed to the public). "Бисквитки" for
# cookies, as the Bulgarian data protection commission (КЗЛД) writes it.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Български
page-title = Политика за бисквитките
# The title of dist/index.html, which lists every language.
locale-index-title = Политика за бисквитките
skip-link = Към политиката за бисквитките
language-switcher-label = Други езици
# Markdown.
intro = За да ви предоставяме възможно най-добрата услуга, използваме бисквитки, които осигуряват правилното функциониране на уебсайта и ни позволяват да извършваме уеб анализ.

## What is a cookie?

definitions-heading = Какво е бисквитка?
# Markdown.
definitions-body = Бисквитката (cookie) е обикновено малко количество данни, обозначено с име, което уебсайтът, който посещавате, може да изпрати до вашия браузър. Вашият уеб браузър я съхранява за определен период от време и я изпраща обратно на уеб сървъра при всяко ваше следващо посещение. Бисквитките имат много приложения: те могат да служат за запомняне на данните ви за вход в онлайн магазин или на текущото съдържание на пазарската ви количка, като идентификатор за проследяване на сърфирането ви за статистически или рекламни цели и т.н.
cookie-kinds-intro = Съществуват няколко вида бисквитки:
# Markdown.
cookie-kind-necessary = „Необходимите“ вътрешни бисквитки позволяват съхраняването на информация между две посещения на един и същ уебсайт от едно и също устройство. Те могат да съхраняват пазарска количка, данни за вход или настройки на интерфейса. За тях не се изисква съгласието на потребителя.
# Markdown.
cookie-kind-statistical = „Статистическите“ бисквитки позволяват проследяването на действията на интернет потребител в даден уебсайт. Когато статистическите данни са анонимизирани (т.е. не могат да бъдат свързани с конкретно лице), не се изисква съгласието на потребителя.
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

## Who is responsible

controller-heading = Кой отговаря за този уебсайт
# "администратор": GDPR чл. 4, т. 7, Bulgarian text.
controller-intro = Администратор, отговорен за обработването на вашите данни в този уебсайт, е:
controller-email = Електронна поща: { $email }
controller-website = Уебсайт: { $url }

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
