# Machine-assisted translation (2026-12-03); not yet read back by a second reader.
# Built-in Spanish messages of cookiedoc. Copy a message into locales/es/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Written in the Spanish of Spain, with the terms of the Spanish text of the GDPR (Reglamento (UE)
# 2016/679, DO L 119 de 4.5.2016): responsable del tratamiento (controller), delegado de protección
# de datos (data protection officer), autoridad de control (supervisory authority), consentimiento
# (consent), base jurídica (legal basis), datos personales (personal data), tratamiento
# (processing), tercer país (third country). Formal address: "usted".
# A Latin American site (es-MX, es-419 fall back to es) may prefer its own locales/es-MX/*.ftl.
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Español
page-title = Política de cookies
# The title of dist/index.html, which lists every language.
locale-index-title = Política de cookies
skip-link = Ir a la política de cookies
language-switcher-label = Otros idiomas
# Markdown.
intro = Para ofrecerle el mejor servicio posible, utilizamos cookies que garantizan el correcto funcionamiento del sitio web y nos permiten realizar análisis web.

## What is a cookie?

definitions-heading = ¿Qué es una cookie?
# Markdown.
definitions-body = Una cookie es un conjunto de datos, por lo general pequeño e identificado por un nombre, que un sitio web que usted visita puede enviar a su navegador. Su navegador la conserva durante un determinado período y la devuelve al servidor web cada vez que usted vuelve a visitarlo. Las cookies tienen muchos usos: pueden servir para recordar sus datos de acceso a una tienda en línea o el contenido actual de su cesta de la compra, o como identificador para seguir su navegación con fines estadísticos o publicitarios, etc.
cookie-kinds-intro = Existen varios tipos de cookies:
# Markdown.
cookie-kind-necessary = Las cookies internas «necesarias» permiten conservar información entre dos visitas al mismo sitio web desde el mismo dispositivo. Pueden conservar una cesta de la compra, los datos de acceso o las preferencias de la interfaz. No requieren el consentimiento del usuario.
# Markdown.
cookie-kind-statistical = Las cookies «estadísticas» permiten seguir las acciones de un internauta en un sitio web. Cuando las estadísticas están anonimizadas (es decir, no pueden vincularse a una persona), no se requiere el consentimiento del usuario.
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

## Who is responsible

controller-heading = Quién es responsable de este sitio web
# "responsable del tratamiento": GDPR art. 4(7), Spanish text.
controller-intro = El responsable del tratamiento de sus datos en este sitio web es:
controller-email = Correo electrónico: { $email }
controller-website = Sitio web: { $url }

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
