# Machine-assisted translation (2026-12-02); not yet read back by a second reader.
# Built-in Portuguese messages of cookiedoc. Copy a message into locales/pt/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Written in European Portuguese, with the terms of the Portuguese text of the GDPR
# (Regulamento (UE) 2016/679, JO L 119 de 4.5.2016): responsável pelo tratamento (controller),
# consentimento (consent), dados pessoais (personal data), tratamento (processing).
# A Brazilian site (pt-BR falls back to pt) may prefer its own locales/pt-BR/*.ftl
# ("usuário", "gerenciar", "site").
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Português
page-title = Política de cookies
# The title of dist/index.html, which lists every language.
locale-index-title = Política de cookies
skip-link = Ir para a política de cookies
language-switcher-label = Outros idiomas
# Markdown.
intro = Para lhe prestar o melhor serviço possível, utilizamos cookies para garantir o bom funcionamento do sítio Web e para efetuar análises de audiência.

## What is a cookie?

definitions-heading = O que é um cookie?
# Markdown.
definitions-body = Um cookie é um conjunto de dados, geralmente de pequena dimensão e identificado por um nome, que um sítio Web que visita pode enviar para o seu navegador. O seu navegador guarda-o durante um determinado período e reenvia-o ao servidor Web sempre que volta a visitar o sítio. Os cookies têm muitas utilizações: podem servir para memorizar os seus dados de início de sessão numa loja em linha ou o conteúdo atual do seu carrinho de compras, ou como identificador para acompanhar a sua navegação para fins estatísticos ou publicitários, etc.
cookie-kinds-intro = Existem vários tipos de cookies:
# Markdown.
cookie-kind-necessary = Os cookies internos “necessários” permitem guardar informações entre duas visitas ao mesmo sítio Web a partir do mesmo dispositivo. Podem guardar um carrinho de compras, dados de início de sessão ou preferências de interface. Não exigem o consentimento do utilizador.
# Markdown.
cookie-kind-statistical = Os cookies “estatísticos” permitem acompanhar as ações de um utilizador da Internet num sítio Web. Quando as estatísticas são anonimizadas (ou seja, não podem ser associadas a uma pessoa), não é necessário o consentimento do utilizador.
# Markdown.
cookie-kind-first-party = Os cookies “internos” ou “primários” (first-party) são guardados pelo sítio Web visitado. Podem ser guardados para além dos cookies necessários e podem ser utilizados para recolher dados pessoais, acompanhar o comportamento dos utilizadores e para fins publicitários.
# Markdown.
cookie-kind-third-party = Os cookies “de terceiros” são cookies guardados por (ou para) um sítio Web B (muitas vezes uma agência de publicidade) no sítio Web A. Isto permite ao sítio Web B ver que páginas o utilizador visitou no sítio Web A e recolher informações sobre o utilizador.

## The cookies of this site

# Markdown. $url: the site's address.
cookies-used-heading = Que cookies são utilizados na plataforma <{ $url }>
no-cookies = Este sítio Web não guarda cookies nem dados semelhantes no seu dispositivo.
consent-required = Estes cookies só são guardados com o seu consentimento.
consent-not-required = Estes cookies não exigem o seu consentimento.
column-provider = Nome do prestador de serviços
column-function = Função e localização
column-names = Nome(s) do cookie
column-purpose = Finalidades
column-duration = Duração
column-kind = Tipo
party-third = Terceiro
kind-http-cookie = Cookie
kind-local-storage = Armazenamento local
kind-session-storage = Armazenamento de sessão
kind-indexeddb = IndexedDB
kind-pixel = Píxel de rastreio

## Built-in categories

category-necessary-title = Cookies necessários
category-necessary-description = Estes cookies são necessários para o funcionamento e a segurança do sítio Web. Não podem ser desativados.
category-preferences-title = Cookies de preferências
category-preferences-description = Estes cookies memorizam as escolhas que faz, como o idioma ou a região, para lhe proporcionar uma experiência mais personalizada.
category-statistics-title = Cookies estatísticos
category-statistics-description = Estes cookies ajudam-nos a compreender como os visitantes utilizam o sítio Web, recolhendo informações sobre as visitas.
category-marketing-title = Cookies de marketing
category-marketing-description = Estes cookies são utilizados para lhe mostrar publicidade relevante para si e para medir a sua eficácia.

## Durations ($count: a number)
# CLDR "one" is 0 and 1 in Portuguese ("0 segundo", as Node's Intl says); "many" is only for
# millions and compact forms and takes the same words as "other" ("1.000.000 segundos").

duration-session = Sessão
duration-persistent = Até que o elimine
# $duration: a duration in words.
duration-up-to = até { $duration }
# $first, $second: two durations in words.
duration-and = { $first } e { $second }
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
    [one] { $count } dia
    [many] { $count } dias
   *[other] { $count } dias
}
duration-weeks = { $count ->
    [one] { $count } semana
    [many] { $count } semanas
   *[other] { $count } semanas
}
duration-months = { $count ->
    [one] { $count } mês
    [many] { $count } meses
   *[other] { $count } meses
}
duration-years = { $count ->
    [one] { $count } ano
    [many] { $count } anos
   *[other] { $count } anos
}

## Managing cookies

manage-heading = Como recusar ou eliminar cookies
# Markdown.
manage-body = Pode recusar os cookies que exigem o seu consentimento quando o sítio Web o pedir, e alterar a sua escolha a qualquer momento. Pode também configurar o seu navegador para recusar cookies ou para os eliminar quando o fecha, e eliminar nas definições do navegador os cookies que este já guardou, normalmente em “Privacidade” ou “Segurança”. Se recusar os cookies necessários, algumas partes do sítio Web poderão deixar de funcionar.

## Who is responsible

controller-heading = Quem é responsável por este sítio Web
# "responsável pelo tratamento": GDPR art. 4(7), Portuguese text.
controller-intro = O responsável pelo tratamento dos seus dados neste sítio Web é:
controller-email = E-mail: { $email }
controller-website = Sítio Web: { $url }

## Dates

# $date: a date in words.
last-updated = Última atualização: { $date }
# $day, $month (a month name), $year; $iso is the date as 2026-11-28.
date = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## Consent banner (cookiedoc build --banner cookieconsent)

banner-title = Utilizamos cookies
# Markdown.
banner-description = Utilizamos cookies necessários para o funcionamento deste sítio Web e, com o seu consentimento, outros que nos ajudam a melhorá-lo. Pode alterar a sua escolha a qualquer momento.
banner-accept-all = Aceitar todos
banner-accept-necessary = Rejeitar todos
banner-show-preferences = Gerir preferências
preferences-title = Preferências de cookies
preferences-save = Guardar as minhas escolhas
preferences-close = Fechar
