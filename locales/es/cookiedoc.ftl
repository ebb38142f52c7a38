# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Spanish messages of cookiedoc. Copy a message into locales/es/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Written in the Spanish of Spain, with the terms of the Spanish text of the GDPR (Reglamento (UE)
# 2016/679, DO L 119 de 4.5.2016): responsable del tratamiento (controller), delegado de protección
# de datos (data protection officer), autoridad de control (supervisory authority), consentimiento
# (consent), base jurídica (legal basis), datos personales (personal data), tratamiento
# (processing), tercer país (third country). Formal address: "usted".
# A Latin American site (es-MX, es-419 fall back to es) may prefer its own locales/es-MX/*.ftl.
# Transfers (GDPR Chapter V): decisión de adecuación (adequacy decision), cláusulas tipo de
# protección de datos (standard data protection clauses), normas corporativas vinculantes
# (binding corporate rules).
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Español
page-title = Política de cookies
# The title of dist/index.html, which lists every language.
locale-index-title = Política de cookies
skip-link = Ir a la política de cookies
language-switcher-label = Otros idiomas
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Este sitio web funciona sin cookies.
    [statistics] Para ofrecerle el mejor servicio posible, utilizamos cookies que garantizan el correcto funcionamiento del sitio web y nos permiten realizar análisis web.
    [marketing] Para ofrecerle el mejor servicio posible, utilizamos cookies que garantizan el correcto funcionamiento del sitio web y nos permiten mostrarle publicidad relevante para usted.
    [statistics-marketing] Para ofrecerle el mejor servicio posible, utilizamos cookies que garantizan el correcto funcionamiento del sitio web y nos permiten realizar análisis web y mostrarle publicidad relevante para usted.
   *[necessary] Para ofrecerle el mejor servicio posible, utilizamos cookies que garantizan el correcto funcionamiento del sitio web.
}

## What is a cookie?

definitions-heading = ¿Qué es una cookie?
# Markdown.
definitions-body = Una cookie es un conjunto de datos, por lo general pequeño e identificado por un nombre, que un sitio web que usted visita puede enviar a su navegador. Su navegador la conserva durante un determinado período y la devuelve al servidor web cada vez que usted vuelve a visitarlo. Las cookies tienen muchos usos: pueden servir para recordar sus datos de acceso a una tienda en línea o el contenido actual de su cesta de la compra, o como identificador para seguir su navegación con fines estadísticos o publicitarios, etc.
cookie-kinds-intro = Existen varios tipos de cookies:
# Markdown.
cookie-kind-necessary = Las cookies internas «necesarias» permiten conservar información entre dos visitas al mismo sitio web desde el mismo dispositivo. Pueden conservar una cesta de la compra, los datos de acceso o las preferencias de la interfaz. No requieren el consentimiento del usuario.
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
    [FR] Las cookies «estadísticas» permiten seguir las acciones de un internauta en un sitio web. Cuando las estadísticas están anonimizadas (es decir, no pueden vincularse a una persona), no se requiere el consentimiento del usuario.
    [DE] Las cookies «estadísticas» permiten seguir las acciones de un internauta en un sitio web. Solo se almacenan con el consentimiento del usuario (§ 25, apartado 1, de la ley alemana TDDDG), salvo que su almacenamiento sea estrictamente necesario para prestar un servicio solicitado expresamente por el usuario (§ 25, apartado 2, n.º 2, de la TDDDG).
    [AT] Las cookies «estadísticas» permiten seguir las acciones de un internauta en un sitio web. Solo se almacenan con el consentimiento del usuario (§ 165, apartado 3, de la ley austriaca TKG 2021), salvo que su almacenamiento sea estrictamente necesario para prestar un servicio solicitado expresamente por el usuario.
   *[other] Las cookies «estadísticas» permiten seguir las acciones de un internauta en un sitio web. Solo se almacenan con el consentimiento del usuario, salvo que su almacenamiento sea estrictamente necesario para prestar un servicio solicitado expresamente por el usuario (artículo 5, apartado 3, de la Directiva 2002/58/CE sobre la privacidad y las comunicaciones electrónicas y leyes nacionales que la transponen).
}
# Markdown.
cookie-kind-first-party = Las cookies «internas» o «propias» son las que almacena el sitio web visitado. Pueden almacenarse además de las cookies necesarias y utilizarse para recoger datos personales, seguir el comportamiento de los usuarios y con fines publicitarios.
# Markdown.
cookie-kind-third-party = Las cookies «de terceros» son cookies almacenadas por (o para) un sitio web B (a menudo una agencia de publicidad) en el sitio web A. Así, el sitio web B puede ver qué páginas ha visitado el usuario en el sitio web A y recoger información sobre él.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Qué cookies se utilizan en la plataforma <{ $url }>
no-cookies = Este sitio web no almacena ninguna cookie ni datos similares en su dispositivo.
consent-required = Estas cookies solo se almacenan con su consentimiento.
consent-not-required = Estas cookies no requieren su consentimiento.
column-provider = Nombre del proveedor del servicio
column-function = Función y ubicación
column-names = Nombre(s) de la cookie
column-purpose = Finalidades
column-duration = Duración
column-kind = Tipo
party-third = Tercero
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Base jurídica:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] su consentimiento (artículo 6, apartado 1, letra a), del RGPD; § 25, apartado 1, de la ley alemana TDDDG)
    [AT] su consentimiento (artículo 6, apartado 1, letra a), del RGPD; § 165, apartado 3, de la ley austriaca TKG 2021)
    [FR] su consentimiento (artículo 6, apartado 1, letra a), del RGPD; artículo 82 de la ley francesa Informatique et Libertés)
   *[other] su consentimiento (artículo 6, apartado 1, letra a), del RGPD; artículo 5, apartado 3, de la Directiva 2002/58/CE, tal como se ha transpuesto al Derecho nacional)
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
        [yes] su almacenamiento es estrictamente necesario para prestar el servicio que usted ha solicitado (§ 25, apartado 2, n.º 2, de la ley alemana TDDDG); el tratamiento es necesario para el cumplimiento de una misión realizada en interés público o en el ejercicio de poderes públicos que nos han sido conferidos (artículo 6, apartado 1, letra e), del RGPD)
       *[no] su almacenamiento es estrictamente necesario para prestar el servicio que usted ha solicitado (§ 25, apartado 2, n.º 2, de la ley alemana TDDDG); nuestro interés legítimo en un sitio web que funcione y sea seguro (artículo 6, apartado 1, letra f), del RGPD)
    }
    [AT] { $public ->
        [yes] su almacenamiento es estrictamente necesario para prestar el servicio que usted ha solicitado (§ 165, apartado 3, de la ley austriaca TKG 2021); el tratamiento es necesario para el cumplimiento de una misión realizada en interés público o en el ejercicio de poderes públicos que nos han sido conferidos (artículo 6, apartado 1, letra e), del RGPD)
       *[no] su almacenamiento es estrictamente necesario para prestar el servicio que usted ha solicitado (§ 165, apartado 3, de la ley austriaca TKG 2021); nuestro interés legítimo en un sitio web que funcione y sea seguro (artículo 6, apartado 1, letra f), del RGPD)
    }
    [FR] { $public ->
        [yes] su almacenamiento es estrictamente necesario para prestar el servicio que usted ha solicitado (artículo 82 de la ley francesa Informatique et Libertés); el tratamiento es necesario para el cumplimiento de una misión realizada en interés público o en el ejercicio de poderes públicos que nos han sido conferidos (artículo 6, apartado 1, letra e), del RGPD)
       *[no] su almacenamiento es estrictamente necesario para prestar el servicio que usted ha solicitado (artículo 82 de la ley francesa Informatique et Libertés); nuestro interés legítimo en un sitio web que funcione y sea seguro (artículo 6, apartado 1, letra f), del RGPD)
    }
   *[other] { $public ->
        [yes] su almacenamiento es estrictamente necesario para prestar el servicio que usted ha solicitado (artículo 5, apartado 3, de la Directiva 2002/58/CE); el tratamiento es necesario para el cumplimiento de una misión realizada en interés público o en el ejercicio de poderes públicos que nos han sido conferidos (artículo 6, apartado 1, letra e), del RGPD)
       *[no] su almacenamiento es estrictamente necesario para prestar el servicio que usted ha solicitado (artículo 5, apartado 3, de la Directiva 2002/58/CE); nuestro interés legítimo en un sitio web que funcione y sea seguro (artículo 6, apartado 1, letra f), del RGPD)
    }
}
kind-http-cookie = Cookie
kind-local-storage = Almacenamiento local
kind-session-storage = Almacenamiento de sesión
kind-indexeddb = IndexedDB
kind-pixel = Píxel de seguimiento

## Built-in categories

category-necessary-title = Cookies necesarias
category-necessary-description = Estas cookies son necesarias para que el sitio web funcione y para mantener su seguridad. No pueden desactivarse.
category-preferences-title = Cookies de preferencias
category-preferences-description = Estas cookies recuerdan las opciones que usted elige, como su idioma o región, para ofrecerle una experiencia más personalizada.
category-statistics-title = Cookies estadísticas
category-statistics-description = Estas cookies nos ayudan a entender cómo utilizan los visitantes el sitio web, recogiendo información sobre las visitas.
category-marketing-title = Cookies de marketing
category-marketing-description = Estas cookies se utilizan para mostrarle publicidad relevante para usted y para medir su eficacia.

## Durations ($count: a number)
# CLDR's "many" is for large round numbers (1 000 000); Spanish unit words take the plural there.

duration-session = Sesión
duration-persistent = Hasta que usted la elimine
# $duration: a duration in words.
duration-up-to = hasta { $duration }
# $first, $second: two durations in words.
duration-and = { $first } y { $second }
duration-seconds = { $count ->
    [one] { $count } segundo
    [many] { $count } segundos
   *[other] { $count } segundos
}
duration-minutes = { $count ->
    [one] { $count } minuto
    [many] { $count } minutos
   *[other] { $count } minutos
}
duration-hours = { $count ->
    [one] { $count } hora
    [many] { $count } horas
   *[other] { $count } horas
}
duration-days = { $count ->
    [one] { $count } día
    [many] { $count } días
   *[other] { $count } días
}
duration-weeks = { $count ->
    [one] { $count } semana
    [many] { $count } semanas
   *[other] { $count } semanas
}
duration-months = { $count ->
    [one] { $count } mes
    [many] { $count } meses
   *[other] { $count } meses
}
duration-years = { $count ->
    [one] { $count } año
    [many] { $count } años
   *[other] { $count } años
}

## Managing cookies

manage-heading = Cómo rechazar o eliminar las cookies
# Markdown.
manage-body = Puede rechazar las cookies que requieren su consentimiento cuando el sitio web se lo solicite, y cambiar su elección en cualquier momento. También puede configurar su navegador para que rechace las cookies o las elimine al cerrarlo, y eliminar desde su configuración las cookies que ya haya almacenado, normalmente en el apartado «Privacidad» o «Seguridad». Si rechaza las cookies necesarias, es posible que algunas partes del sitio web dejen de funcionar.

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Transferencias a países fuera del Espacio Económico Europeo
# Markdown.
transfers-intro = Algunos proveedores reciben datos en países situados fuera de la Unión Europea y del Espacio Económico Europeo (terceros países). Así se protegen allí sus datos:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = una decisión de adecuación de la Comisión Europea (artículo 45 del RGPD)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = el Marco de Privacidad de Datos UE-EE. UU. (Data Privacy Framework), en el que el proveedor está certificado (decisión de adecuación de la Comisión Europea de 10 de julio de 2023, artículo 45 del RGPD)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = cláusulas tipo de protección de datos adoptadas por la Comisión Europea (artículo 46, apartado 2, letra c), del RGPD)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = normas corporativas vinculantes aprobadas por una autoridad de control (artículo 47 del RGPD)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = su consentimiento explícito, que usted otorgó tras haber sido informado de los posibles riesgos de la transferencia (artículo 49, apartado 1, letra a), del RGPD)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Sus derechos
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Usted tiene derecho de acceso a los datos personales que tratamos sobre usted (artículo 15 del RGPD), de rectificación (artículo 16 del RGPD), de supresión (artículo 17 del RGPD), a la limitación del tratamiento (artículo 18 del RGPD) y a la portabilidad de los datos (artículo 20 del RGPD). Cuando tratamos datos sobre la base del artículo 6, apartado 1, letras e) o f), del RGPD, tiene derecho a oponerse al tratamiento por motivos relacionados con su situación particular (artículo 21 del RGPD). Para ejercer estos derechos, póngase en contacto con nosotros; nuestros datos de contacto figuran en esta página.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Puede retirar su consentimiento en cualquier momento, con la misma facilidad con que lo otorgó, modificando su configuración de cookies. La retirada surte efecto a partir de ese momento; no afecta a la licitud del tratamiento basada en el consentimiento previo a su retirada (artículo 7, apartado 3, del RGPD).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Modificar la configuración de cookies
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Tiene derecho a presentar una reclamación ante una autoridad de control, en particular en el Estado miembro en el que tenga su residencia habitual, lugar de trabajo o lugar de la supuesta infracción (artículo 77 del RGPD).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = La autoridad de control competente respecto de nosotros es { $authority }.

## Who is responsible

controller-heading = Quién es responsable de este sitio web
# "responsable del tratamiento": GDPR art. 4(7), Spanish text.
controller-intro = El responsable del tratamiento de sus datos en este sitio web es:
controller-email = Correo electrónico: { $email }
controller-website = Sitio web: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Puede ponerse en contacto con nuestro delegado de protección de datos:

## Dates

# $date: a date in words.
last-updated = Última actualización: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Utilizamos cookies
# Markdown.
banner-description = Utilizamos cookies necesarias para el funcionamiento de este sitio web y, con su consentimiento, otras que nos ayudan a mejorarlo. Puede cambiar su elección en cualquier momento.
banner-accept-all = Aceptar todas
banner-accept-necessary = Rechazar todas
banner-show-preferences = Gestionar preferencias
preferences-title = Preferencias de cookies
preferences-save = Guardar mis opciones
preferences-close = Cerrar
