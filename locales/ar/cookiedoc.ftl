# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Arabic messages of cookiedoc. Copy a message into locales/ar/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# The GDPR has no official Arabic text. The terms follow a careful Arabic rendering of it, close
# to the wording of Arab data protection laws: المتحكم في البيانات (controller), الموافقة
# (consent), البيانات الشخصية (personal data), المعالجة (processing), مسؤول حماية البيانات
# (data protection officer), السلطة الرقابية (supervisory authority), الأساس القانوني (legal
# basis), المصالح المشروعة (legitimate interests), دولة ثالثة (third country).
# Address: the plural "أنتم" forms (يمكنكم، موافقتكم), the polite and gender-neutral form of
# public bodies. Written right to left with no bidi marks; cookiedoc isolates the variables.
# Further terms, in the same rendering: قرار الملاءمة (adequacy decision), البنود القياسية لحماية
# البيانات (standard data protection clauses), القواعد المؤسسية الملزمة (binding corporate rules).
# The GDPR is named اللائحة العامة لحماية البيانات and its articles cited as "المادة 6(1)(أ)",
# with Latin digits and Arabic letters for the points.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = العربية
page-title = سياسة ملفات تعريف الارتباط
# The title of dist/index.html, which lists every language.
locale-index-title = سياسة ملفات تعريف الارتباط
skip-link = الانتقال إلى سياسة ملفات تعريف الارتباط
language-switcher-label = لغات أخرى
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] يعمل هذا الموقع الإلكتروني دون ملفات تعريف الارتباط.
    [statistics] لكي نقدّم لكم أفضل خدمة ممكنة، نستخدم ملفات تعريف الارتباط لضمان عمل الموقع على النحو الصحيح ولإجراء تحليلات الويب.
    [marketing] لكي نقدّم لكم أفضل خدمة ممكنة، نستخدم ملفات تعريف الارتباط لضمان عمل الموقع على النحو الصحيح ولعرض إعلانات تهمّكم.
    [statistics-marketing] لكي نقدّم لكم أفضل خدمة ممكنة، نستخدم ملفات تعريف الارتباط لضمان عمل الموقع على النحو الصحيح ولإجراء تحليلات الويب ولعرض إعلانات تهمّكم.
   *[necessary] لكي نقدّم لكم أفضل خدمة ممكنة، نستخدم ملفات تعريف الارتباط لضمان عمل الموقع على النحو الصحيح.
}

## What is a cookie?

definitions-heading = ما هو ملف تعريف الارتباط؟
# Markdown.
definitions-body = ملف تعريف الارتباط (cookie) هو جزء من البيانات صغير في العادة ويُعرَّف باسم، يمكن أن يرسله إلى متصفحكم موقعٌ إلكتروني تزورونه. ويخزّنه متصفح الويب لديكم مدةً معينة، ثم يعيد إرساله إلى خادم الويب في كل مرة تعودون فيها إلى زيارة الموقع. ولملفات تعريف الارتباط استخدامات كثيرة: إذ يمكن استخدامها لتذكّر بيانات تسجيل دخولكم إلى متجر إلكتروني أو المحتوى الحالي لسلة مشترياتكم، أو كمعرّف لتتبّع تصفحكم لأغراض إحصائية أو إعلانية، وغير ذلك.
cookie-kinds-intro = توجد عدة أنواع من ملفات تعريف الارتباط:
# Markdown.
cookie-kind-necessary = تتيح ملفات تعريف الارتباط الداخلية «الضرورية» حفظ المعلومات بين زيارتين للموقع الإلكتروني نفسه من الجهاز نفسه. ويمكنها حفظ سلة المشتريات أو بيانات تسجيل الدخول أو تفضيلات الواجهة. ولا تتطلب موافقة المستخدم.
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
    [FR] تتيح ملفات تعريف الارتباط «الإحصائية» تتبّع تصرفات مستخدم الإنترنت على موقع إلكتروني. وعندما تكون الإحصاءات مجهّلة الهوية (أي لا يمكن ربطها بشخص بعينه)، لا تكون موافقة المستخدم مطلوبة.
    [DE] تتيح ملفات تعريف الارتباط «الإحصائية» تتبّع تصرفات مستخدم الإنترنت على موقع إلكتروني. ولا تُخزَّن إلا بموافقة المستخدم (§ 25 Abs. 1 TDDDG)، ما لم يكن تخزينها ضروريًا للغاية لتقديم خدمة طلبها المستخدم صراحةً (§ 25 Abs. 2 Nr. 2 TDDDG).
    [AT] تتيح ملفات تعريف الارتباط «الإحصائية» تتبّع تصرفات مستخدم الإنترنت على موقع إلكتروني. ولا تُخزَّن إلا بموافقة المستخدم (§ 165 Abs. 3 TKG 2021)، ما لم يكن تخزينها ضروريًا للغاية لتقديم خدمة طلبها المستخدم صراحةً.
   *[other] تتيح ملفات تعريف الارتباط «الإحصائية» تتبّع تصرفات مستخدم الإنترنت على موقع إلكتروني. ولا تُخزَّن إلا بموافقة المستخدم، ما لم يكن تخزينها ضروريًا للغاية لتقديم خدمة طلبها المستخدم صراحةً (المادة 5(3) من توجيه الخصوصية الإلكترونية 2002/58/EC والقوانين الوطنية التي تنفّذه).
}
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
list-separator = {"، "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = الأساس القانوني:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] موافقتكم (المادة 6(1)(أ) من اللائحة العامة لحماية البيانات؛ § 25 Abs. 1 TDDDG)
    [AT] موافقتكم (المادة 6(1)(أ) من اللائحة العامة لحماية البيانات؛ § 165 Abs. 3 TKG 2021)
    [FR] موافقتكم (المادة 6(1)(أ) من اللائحة العامة لحماية البيانات؛ المادة 82 من القانون الفرنسي Informatique et Libertés)
   *[other] موافقتكم (المادة 6(1)(أ) من اللائحة العامة لحماية البيانات؛ المادة 5(3) من توجيه الخصوصية الإلكترونية 2002/58/EC بصيغتها المنفَّذة في القانون الوطني)
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
        [yes] تخزينها ضروري للغاية لتقديم الخدمة التي طلبتموها (§ 25 Abs. 2 Nr. 2 TDDDG)؛ المعالجة ضرورية لأداء مهمة تُنفَّذ للمصلحة العامة أو في إطار ممارسة السلطة الرسمية المخوَّلة لنا (المادة 6(1)(هـ) من اللائحة العامة لحماية البيانات)
       *[no] تخزينها ضروري للغاية لتقديم الخدمة التي طلبتموها (§ 25 Abs. 2 Nr. 2 TDDDG)؛ مصلحتنا المشروعة في موقع إلكتروني يعمل بشكل سليم وآمن (المادة 6(1)(و) من اللائحة العامة لحماية البيانات)
    }
    [AT] { $public ->
        [yes] تخزينها ضروري للغاية لتقديم الخدمة التي طلبتموها (§ 165 Abs. 3 TKG 2021)؛ المعالجة ضرورية لأداء مهمة تُنفَّذ للمصلحة العامة أو في إطار ممارسة السلطة الرسمية المخوَّلة لنا (المادة 6(1)(هـ) من اللائحة العامة لحماية البيانات)
       *[no] تخزينها ضروري للغاية لتقديم الخدمة التي طلبتموها (§ 165 Abs. 3 TKG 2021)؛ مصلحتنا المشروعة في موقع إلكتروني يعمل بشكل سليم وآمن (المادة 6(1)(و) من اللائحة العامة لحماية البيانات)
    }
    [FR] { $public ->
        [yes] تخزينها ضروري للغاية لتقديم الخدمة التي طلبتموها (المادة 82 من القانون الفرنسي Informatique et Libertés)؛ المعالجة ضرورية لأداء مهمة تُنفَّذ للمصلحة العامة أو في إطار ممارسة السلطة الرسمية المخوَّلة لنا (المادة 6(1)(هـ) من اللائحة العامة لحماية البيانات)
       *[no] تخزينها ضروري للغاية لتقديم الخدمة التي طلبتموها (المادة 82 من القانون الفرنسي Informatique et Libertés)؛ مصلحتنا المشروعة في موقع إلكتروني يعمل بشكل سليم وآمن (المادة 6(1)(و) من اللائحة العامة لحماية البيانات)
    }
   *[other] { $public ->
        [yes] تخزينها ضروري للغاية لتقديم الخدمة التي طلبتموها (المادة 5(3) من توجيه الخصوصية الإلكترونية 2002/58/EC)؛ المعالجة ضرورية لأداء مهمة تُنفَّذ للمصلحة العامة أو في إطار ممارسة السلطة الرسمية المخوَّلة لنا (المادة 6(1)(هـ) من اللائحة العامة لحماية البيانات)
       *[no] تخزينها ضروري للغاية لتقديم الخدمة التي طلبتموها (المادة 5(3) من توجيه الخصوصية الإلكترونية 2002/58/EC)؛ مصلحتنا المشروعة في موقع إلكتروني يعمل بشكل سليم وآمن (المادة 6(1)(و) من اللائحة العامة لحماية البيانات)
    }
}
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
manage-body = يمكنكم رفض ملفات تعريف الارتباط التي تتطلب موافقتكم عندما يطلب الموقع الإلكتروني هذه الموافقة، وتغيير اختياركم في أي وقت. ويمكنكم أيضًا ضبط متصفح الويب لديكم لرفض ملفات تعريف الارتباط أو حذفها عند إغلاقه، وحذف ملفات تعريف الارتباط التي خزّنها بالفعل من إعداداته، وعادةً ما يكون ذلك ضمن «الخصوصية» أو «الأمان». وإذا رفضتم ملفات تعريف الارتباط الضرورية، فقد تتوقف بعض أجزاء الموقع الإلكتروني عن العمل.

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = نقل البيانات إلى دول خارج المنطقة الاقتصادية الأوروبية
# Markdown.
transfers-intro = يتلقى بعض مقدّمي الخدمات بيانات في دول خارج الاتحاد الأوروبي والمنطقة الاقتصادية الأوروبية. وهكذا تُحمى بياناتكم هناك:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = قرار ملاءمة صادر عن المفوضية الأوروبية (المادة 45 من اللائحة العامة لحماية البيانات)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = إطار خصوصية البيانات بين الاتحاد الأوروبي والولايات المتحدة (Data Privacy Framework)، الحاصل مقدّم الخدمة على شهادته (قرار الملاءمة الصادر عن المفوضية الأوروبية في 10 يوليو 2023، المادة 45 من اللائحة العامة لحماية البيانات)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = البنود القياسية لحماية البيانات التي اعتمدتها المفوضية الأوروبية (المادة 46(2)(ج) من اللائحة العامة لحماية البيانات)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = القواعد المؤسسية الملزمة التي وافقت عليها سلطة رقابية (المادة 47 من اللائحة العامة لحماية البيانات)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = موافقتكم الصريحة، المقدَّمة بعد إبلاغكم بالمخاطر المحتملة للنقل (المادة 49(1)(أ) من اللائحة العامة لحماية البيانات)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = حقوقكم
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = يحق لكم الوصول إلى البيانات الشخصية التي نعالجها عنكم (المادة 15 من اللائحة العامة لحماية البيانات)، وتصحيحها (المادة 16)، ومحوها (المادة 17)، وتقييد معالجتها (المادة 18)، ونقلها (المادة 20). وعندما نعالج البيانات استنادًا إلى المادة 6(1)(هـ) أو (و) من اللائحة العامة لحماية البيانات، يحق لكم الاعتراض على المعالجة لأسباب تتعلق بوضعكم الخاص (المادة 21). ولممارسة هذه الحقوق، يُرجى التواصل معنا؛ وترد بيانات الاتصال بنا في هذه الصفحة.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = يمكنكم سحب موافقتكم في أي وقت، وبالسهولة نفسها التي منحتموها بها، عن طريق تغيير إعدادات ملفات تعريف الارتباط. ويسري السحب من ذلك الحين؛ ولا يمسّ مشروعية المعالجة التي استندت إلى موافقتكم قبل سحبها (المادة 7(3) من اللائحة العامة لحماية البيانات).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = تغيير إعدادات ملفات تعريف الارتباط
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = يحق لكم تقديم شكوى إلى سلطة رقابية، ولا سيما في الدولة العضو التي يقع فيها محل إقامتكم المعتاد أو مكان عملكم أو مكان المخالفة المزعومة (المادة 77 من اللائحة العامة لحماية البيانات).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = السلطة الرقابية المختصة بنا هي { $authority }.

## Who is responsible

controller-heading = الجهة المسؤولة عن هذا الموقع الإلكتروني
# "المتحكم في البيانات": the controller of GDPR art. 4(7), in the rendering named above.
controller-intro = المتحكم في البيانات المسؤول عن معالجة بياناتكم على هذا الموقع الإلكتروني هو:
controller-email = البريد الإلكتروني: { $email }
controller-website = الموقع الإلكتروني: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = يمكنكم التواصل مع مسؤول حماية البيانات لدينا:

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
