# Machine-assisted translation (2026-12-02); not yet read back by a second reader.
# Built-in Arabic messages of cookiedoc. Copy a message into locales/ar/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# The GDPR has no official Arabic text. The terms follow a careful Arabic rendering of it, close
# to the wording of Arab data protection laws: المتحكم في البيانات (controller), الموافقة
# (consent), البيانات الشخصية (personal data), المعالجة (processing), مسؤول حماية البيانات
# (data protection officer), السلطة الرقابية (supervisory authority), الأساس القانوني (legal
# basis), المصالح المشروعة (legitimate interests), دولة ثالثة (third country).
# Address: the plural "أنتم" forms (يمكنكم، موافقتكم), the polite and gender-neutral form of
# public bodies. Written right to left with no bidi marks; cookiedoc isolates the variables.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = العربية
page-title = سياسة ملفات تعريف الارتباط
# The title of dist/index.html, which lists every language.
locale-index-title = سياسة ملفات تعريف الارتباط
skip-link = الانتقال إلى سياسة ملفات تعريف الارتباط
language-switcher-label = لغات أخرى
# Markdown.
intro = لكي نقدّم لكم أفضل خدمة ممكنة، نستخدم ملفات تعريف الارتباط لضمان عمل الموقع على النحو الصحيح ولإجراء تحليلات الويب.

## What is a cookie?

definitions-heading = ما هو ملف تعريف الارتباط؟
# Markdown.
definitions-body = ملف تعريف الارتباط (cookie) هو جزء من البيانات صغير في العادة ويُعرَّف باسم، يمكن أن يرسله إلى متصفحكم موقعٌ إلكتروني تزورونه. ويخزّنه متصفح الويب لديكم مدةً معينة، ثم يعيد إرساله إلى خادم الويب في كل مرة تعودون فيها إلى زيارة الموقع. ولملفات تعريف الارتباط استخدامات كثيرة: إذ يمكن استخدامها لتذكّر بيانات تسجيل دخولكم إلى متجر إلكتروني أو المحتوى الحالي لسلة مشترياتكم، أو كمعرّف لتتبّع تصفحكم لأغراض إحصائية أو إعلانية، وغير ذلك.
cookie-kinds-intro = توجد عدة أنواع من ملفات تعريف الارتباط:
# Markdown.
cookie-kind-necessary = تتيح ملفات تعريف الارتباط الداخلية «الضرورية» حفظ المعلومات بين زيارتين للموقع الإلكتروني نفسه من الجهاز نفسه. ويمكنها حفظ سلة المشتريات أو بيانات تسجيل الدخول أو تفضيلات الواجهة. ولا تتطلب موافقة المستخدم.
# Markdown.
cookie-kind-statistical = تتيح ملفات تعريف الارتباط «الإحصائية» تتبّع تصرفات مستخدم الإنترنت على موقع إلكتروني. وعندما تكون الإحصاءات مجهّلة الهوية (أي لا يمكن ربطها بشخص بعينه)، لا تكون موافقة المستخدم مطلوبة.
# Markdown.
cookie-kind-first-party = يخزّن الموقع الإلكتروني الذي تتم زيارته ملفات تعريف الارتباط «الداخلية» أو ملفات «الطرف الأول». ويمكن تخزينها إلى جانب ملفات تعريف الارتباط الضرورية، ويمكن استخدامها لجمع البيانات الشخصية وتتبّع سلوك المستخدمين ولأغراض إعلانية.
# Markdown.
cookie-kind-third-party = ملفات تعريف الارتباط الخاصة بـ«أطراف ثالثة» هي ملفات يخزّنها الموقع الإلكتروني (ب) (وكثيرًا ما يكون وكالة إعلانية)، أو تُخزَّن لحسابه، على الموقع الإلكتروني (أ). ويتيح ذلك للموقع (ب) معرفة الصفحات التي زارها المستخدم على الموقع (أ)، وجمع معلومات عن المستخدم.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = ما ملفات تعريف الارتباط المستخدمة على المنصة <{ $url }>
no-cookies = لا يخزّن هذا الموقع الإلكتروني أي ملفات تعريف ارتباط أو بيانات مماثلة على جهازكم.
consent-required = لا تُخزَّن ملفات تعريف الارتباط هذه إلا بموافقتكم.
consent-not-required = لا تتطلب ملفات تعريف الارتباط هذه موافقتكم.
column-provider = اسم مقدّم الخدمة
column-function = الوظيفة والمكان
column-names = اسم ملف تعريف الارتباط أو أسماؤه
column-purpose = الأغراض
column-duration = المدة
column-kind = النوع
party-third = طرف ثالث
kind-http-cookie = ملف تعريف ارتباط
kind-local-storage = التخزين المحلي
kind-session-storage = تخزين الجلسة
kind-indexeddb = IndexedDB
kind-pixel = بكسل تتبّع

## Built-in categories

category-necessary-title = ملفات تعريف الارتباط الضرورية
category-necessary-description = ملفات تعريف الارتباط هذه لازمة لعمل الموقع الإلكتروني والحفاظ على أمنه. ولا يمكن إيقافها.
category-preferences-title = ملفات تعريف الارتباط الخاصة بالتفضيلات
category-preferences-description = تتذكّر ملفات تعريف الارتباط هذه الخيارات التي تحددونها، مثل اللغة أو المنطقة، لتقديم تجربة أكثر ملاءمة لكم.
category-statistics-title = ملفات تعريف الارتباط الإحصائية
category-statistics-description = تساعدنا ملفات تعريف الارتباط هذه على فهم كيفية استخدام الزوار للموقع الإلكتروني، من خلال جمع معلومات عن الزيارات.
category-marketing-title = ملفات تعريف الارتباط التسويقية
category-marketing-description = تُستخدم ملفات تعريف الارتباط هذه لعرض إعلانات ملائمة لكم، ولقياس مدى فعاليتها.

## Durations ($count: a number)
# Six CLDR categories; the forms are CLDR's (Node's Intl with ar-u-nu-latn): "one" and "two"
# are said without the digit ("شهر", "شهران"), "few" (n % 100 = 3–10) takes the plural
# ("3 أشهر"), "many" (n % 100 = 11–99) the accusative singular ("12 شهرًا").
# cookiedoc's plural selector (intl_pluralrules 7.0.2, used by fluent-bundle) drops the
# "n % 100" of CLDR's rule: it gives "other" for 103–199, 203–299, … ("103 شهر" for "103 أشهر",
# "112 شهر" for "112 شهرًا"); the variants follow CLDR, so the output is right once the
# selector is.

duration-session = مدة الجلسة
duration-persistent = إلى أن تحذفوها
# $duration: a duration in words. Not "حتى" (up to), after which the dual would have to change
# case ("حتى سنتين") while the count forms are nominative ("سنتان"); "مدة أقصاها" (a period
# whose maximum is) takes them as they are.
duration-up-to = مدة أقصاها { $duration }
# $first, $second: two durations in words. "و" (and) is written joined to the next word.
duration-and = { $first } و{ $second }
duration-seconds = { $count ->
    [zero] { $count } ثانية
    [one] ثانية
    [two] ثانيتان
    [few] { $count } ثوان
    [many] { $count } ثانية
   *[other] { $count } ثانية
}
duration-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
duration-hours = { $count ->
    [zero] { $count } ساعة
    [one] ساعة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
duration-days = { $count ->
    [zero] { $count } يوم
    [one] يوم
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
duration-weeks = { $count ->
    [zero] { $count } أسبوع
    [one] أسبوع
    [two] أسبوعان
    [few] { $count } أسابيع
    [many] { $count } أسبوعًا
   *[other] { $count } أسبوع
}
duration-months = { $count ->
    [zero] { $count } شهر
    [one] شهر
    [two] شهران
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهر
}
duration-years = { $count ->
    [zero] { $count } سنة
    [one] سنة
    [two] سنتان
    [few] { $count } سنوات
    [many] { $count } سنة
   *[other] { $count } سنة
}

## Managing cookies

manage-heading = كيفية رفض ملفات تعريف الارتباط أو حذفها
# Markdown.
manage-body = يمكنكم رفض ملفات تعريف الارتباط التي تتطلب موافقتكم عندما يطلبها الموقع الإلكتروني، وتغيير اختياركم في أي وقت. ويمكنكم أيضًا ضبط متصفح الويب لديكم لرفض ملفات تعريف الارتباط أو حذفها عند إغلاقه، وحذف ملفات تعريف الارتباط التي خزّنها بالفعل من إعداداته، وعادةً ما يكون ذلك ضمن «الخصوصية» أو «الأمان». وإذا رفضتم ملفات تعريف الارتباط الضرورية، فقد تتوقف بعض أجزاء الموقع الإلكتروني عن العمل.

## Who is responsible

controller-heading = الجهة المسؤولة عن هذا الموقع الإلكتروني
# "المتحكم في البيانات": the controller of GDPR art. 4(7), in the rendering named above.
controller-intro = المتحكم في البيانات المسؤول عن معالجة بياناتكم على هذا الموقع الإلكتروني هو:
controller-email = البريد الإلكتروني: { $email }
controller-website = الموقع الإلكتروني: { $url }

## Dates

# $date: a date in words.
last-updated = آخر تحديث: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28. The month names are
# CLDR's (Node's Intl), used in Egypt and the Gulf; the Levant and Iraq say كانون الثاني etc.
date = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = نستخدم ملفات تعريف الارتباط
# Markdown.
banner-description = نستخدم ملفات تعريف الارتباط اللازمة لعمل هذا الموقع الإلكتروني، كما نستخدم، بموافقتكم، ملفات أخرى تساعدنا على تحسينه. ويمكنكم تغيير اختياركم في أي وقت.
banner-accept-all = قبول الكل
banner-accept-necessary = رفض الكل
banner-show-preferences = إدارة التفضيلات
preferences-title = تفضيلات ملفات تعريف الارتباط
preferences-save = حفظ اختياراتي
preferences-close = إغلاق
