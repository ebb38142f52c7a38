# Machine-assisted translation (2026-12-03), reviewed by a second reader (2026-12-03).
# Built-in Portuguese messages of cookiedoc. Copy a message into locales/pt/*.ftl beside your
# cookies.toml to change it; the README lists every message and its variables.
# Written in European Portuguese, with the terms of the Portuguese text of the GDPR
# (Regulamento (UE) 2016/679, JO L 119 de 4.5.2016): responsável pelo tratamento (controller),
# consentimento (consent), dados pessoais (personal data), tratamento (processing).
# A Brazilian site (pt-BR falls back to pt) may prefer its own locales/pt-BR/*.ftl
# ("usuário", "gerenciar", "site").
# Further terms of the same text: encarregado da proteção de dados (data protection officer),
# autoridade de controlo (supervisory authority), fundamento jurídico (legal basis), país
# terceiro (third country), decisão de adequação (adequacy decision), cláusulas-tipo de proteção
# de dados (standard data protection clauses), regras vinculativas aplicáveis às empresas
# (binding corporate rules). Articles cited as in that text: "artigo 6.º, n.º 1, alínea a), do RGPD".
# Texts marked "Markdown" may use links and emphasis.

## The page

# The name of this language in itself, for the language switcher.
language-name = Português
page-title = Política de cookies
# The title of dist/index.html, which lists every language.
locale-index-title = Política de cookies
skip-link = Ir para a política de cookies
language-switcher-label = Outros idiomas
# Markdown. $purposes: what the registry's cookies are for, from the categories that have
# cookies: "none", "necessary" (no statistics or marketing cookies), "statistics", "marketing" or
# "statistics-marketing". Never claim web analytics without statistics cookies.
# (Replaces `intro`, which claimed web analytics on every site.)
introduction = { $purposes ->
    [none] Este sítio Web funciona sem cookies.
    [statistics] Para lhe prestar o melhor serviço possível, utilizamos cookies para garantir o bom funcionamento do sítio Web e para efetuar análises de audiência.
    [marketing] Para lhe prestar o melhor serviço possível, utilizamos cookies para garantir o bom funcionamento do sítio Web e para lhe apresentar publicidade relevante para si.
    [statistics-marketing] Para lhe prestar o melhor serviço possível, utilizamos cookies para garantir o bom funcionamento do sítio Web, para efetuar análises de audiência e para lhe apresentar publicidade relevante para si.
   *[necessary] Para lhe prestar o melhor serviço possível, utilizamos cookies para garantir o bom funcionamento do sítio Web.
}

## What is a cookie?

definitions-heading = O que é um cookie?
# Markdown.
definitions-body = Um cookie é um conjunto de dados, geralmente de pequena dimensão e identificado por um nome, que um sítio Web que visita pode enviar para o seu navegador. O seu navegador guarda-o durante um determinado período e reenvia-o ao servidor Web sempre que volta a visitar o sítio. Os cookies têm muitas utilizações: podem servir para memorizar os seus dados de início de sessão numa loja em linha ou o conteúdo atual do seu carrinho de compras, ou como identificador para acompanhar a sua navegação para fins estatísticos ou publicitários, etc.
cookie-kinds-intro = Existem vários tipos de cookies:
# Markdown.
cookie-kind-necessary = Os cookies internos “necessários” permitem guardar informações entre duas visitas ao mesmo sítio Web a partir do mesmo dispositivo. Podem guardar um carrinho de compras, dados de início de sessão ou preferências de interface. Não exigem o consentimento do utilizador.
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
    [FR] Os cookies “estatísticos” permitem acompanhar as ações de um utilizador da Internet num sítio Web. Quando as estatísticas são anonimizadas (ou seja, não podem ser associadas a uma pessoa), não é necessário o consentimento do utilizador.
    [DE] Os cookies “estatísticos” permitem acompanhar as ações de um utilizador da Internet num sítio Web. Só são guardados com o consentimento do utilizador (§ 25 Abs. 1 TDDDG), salvo se a sua conservação for estritamente necessária para prestar um serviço expressamente solicitado pelo utilizador (§ 25 Abs. 2 Nr. 2 TDDDG).
    [AT] Os cookies “estatísticos” permitem acompanhar as ações de um utilizador da Internet num sítio Web. Só são guardados com o consentimento do utilizador (§ 165 Abs. 3 TKG 2021), salvo se a sua conservação for estritamente necessária para prestar um serviço expressamente solicitado pelo utilizador.
   *[other] Os cookies “estatísticos” permitem acompanhar as ações de um utilizador da Internet num sítio Web. Só são guardados com o consentimento do utilizador, salvo se a sua conservação for estritamente necessária para prestar um serviço expressamente solicitado pelo utilizador (artigo 5.º, n.º 3, da Diretiva Privacidade Eletrónica 2002/58/CE e legislação nacional que a transpõe).
}
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
list-separator = {", "}
# What the law bases a category's cookies on, under the category's title (GDPR Art. 13(1)(c)).
legal-basis-label = Fundamento jurídico:
# $jurisdiction as in cookie-kind-statistics. Sources, by variant:
# all: GDPR Art. 6(1)(a) (consent), with the national law implementing ePrivacy Art. 5(3):
# [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article 82 of the loi Informatique et
# Libertés; [other] Art. 5(3) of Directive 2002/58/EC as national law implements it.
legal-basis-consent = { $jurisdiction ->
    [DE] o seu consentimento (artigo 6.º, n.º 1, alínea a), do RGPD; § 25 Abs. 1 TDDDG)
    [AT] o seu consentimento (artigo 6.º, n.º 1, alínea a), do RGPD; § 165 Abs. 3 TKG 2021)
    [FR] o seu consentimento (artigo 6.º, n.º 1, alínea a), do RGPD; artigo 82.º da lei francesa Informatique et Libertés)
   *[other] o seu consentimento (artigo 6.º, n.º 1, alínea a), do RGPD; artigo 5.º, n.º 3, da Diretiva Privacidade Eletrónica 2002/58/CE, tal como transposto para o direito nacional)
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
        [yes] a sua conservação é estritamente necessária para prestar o serviço que solicitou (§ 25 Abs. 2 Nr. 2 TDDDG); o tratamento é necessário ao exercício de funções de interesse público ou ao exercício da autoridade pública de que estamos investidos (artigo 6.º, n.º 1, alínea e), do RGPD)
       *[no] a sua conservação é estritamente necessária para prestar o serviço que solicitou (§ 25 Abs. 2 Nr. 2 TDDDG); o nosso interesse legítimo num sítio Web que funcione e seja seguro (artigo 6.º, n.º 1, alínea f), do RGPD)
    }
    [AT] { $public ->
        [yes] a sua conservação é estritamente necessária para prestar o serviço que solicitou (§ 165 Abs. 3 TKG 2021); o tratamento é necessário ao exercício de funções de interesse público ou ao exercício da autoridade pública de que estamos investidos (artigo 6.º, n.º 1, alínea e), do RGPD)
       *[no] a sua conservação é estritamente necessária para prestar o serviço que solicitou (§ 165 Abs. 3 TKG 2021); o nosso interesse legítimo num sítio Web que funcione e seja seguro (artigo 6.º, n.º 1, alínea f), do RGPD)
    }
    [FR] { $public ->
        [yes] a sua conservação é estritamente necessária para prestar o serviço que solicitou (artigo 82.º da lei francesa Informatique et Libertés); o tratamento é necessário ao exercício de funções de interesse público ou ao exercício da autoridade pública de que estamos investidos (artigo 6.º, n.º 1, alínea e), do RGPD)
       *[no] a sua conservação é estritamente necessária para prestar o serviço que solicitou (artigo 82.º da lei francesa Informatique et Libertés); o nosso interesse legítimo num sítio Web que funcione e seja seguro (artigo 6.º, n.º 1, alínea f), do RGPD)
    }
   *[other] { $public ->
        [yes] a sua conservação é estritamente necessária para prestar o serviço que solicitou (artigo 5.º, n.º 3, da Diretiva Privacidade Eletrónica 2002/58/CE); o tratamento é necessário ao exercício de funções de interesse público ou ao exercício da autoridade pública de que estamos investidos (artigo 6.º, n.º 1, alínea e), do RGPD)
       *[no] a sua conservação é estritamente necessária para prestar o serviço que solicitou (artigo 5.º, n.º 3, da Diretiva Privacidade Eletrónica 2002/58/CE); o nosso interesse legítimo num sítio Web que funcione e seja seguro (artigo 6.º, n.º 1, alínea f), do RGPD)
    }
}
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

## Transfers to third countries (GDPR Art. 13(1)(f), Chapter V)

transfers-heading = Transferências para países fora do Espaço Económico Europeu
# Markdown.
transfers-intro = Alguns prestadores recebem dados em países fora da União Europeia e do Espaço Económico Europeu. É assim que os seus dados são aí protegidos:
# Markdown. $provider: the provider's name; $country: its country in words; $safeguard: one of
# the transfer-… messages.
transfer-item = { $provider } ({ $country }): { $safeguard }
# Markdown. Source: GDPR Art. 45 (the European Commission's adequacy decisions).
transfer-adequacy = uma decisão de adequação da Comissão Europeia (artigo 45.º do RGPD)
# Markdown. Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU–US
# Data Privacy Framework (GDPR Art. 45).
transfer-dpf = o Quadro de Privacidade de Dados UE-EUA (Data Privacy Framework), ao abrigo do qual o prestador está certificado (decisão de adequação da Comissão Europeia de 10 de julho de 2023, artigo 45.º do RGPD)
# Markdown. Source: GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914.
transfer-scc = cláusulas-tipo de proteção de dados adotadas pela Comissão Europeia (artigo 46.º, n.º 2, alínea c), do RGPD)
# Markdown. Source: GDPR Art. 47.
transfer-bcr = regras vinculativas aplicáveis às empresas aprovadas por uma autoridade de controlo (artigo 47.º do RGPD)
# Markdown. Source: GDPR Art. 49(1)(a).
transfer-consent = o seu consentimento explícito, dado depois de ter sido informado dos possíveis riscos da transferência (artigo 49.º, n.º 1, alínea a), do RGPD)

## Your rights (GDPR Art. 13(2)(b)–(d))

rights-heading = Os seus direitos
# Markdown. Source: GDPR Art. 15–18, 20, 21 (Art. 13(2)(b)).
rights-body = Tem o direito de acesso aos dados pessoais que tratamos a seu respeito (artigo 15.º do RGPD), de retificação (artigo 16.º do RGPD), de apagamento (artigo 17.º do RGPD), de limitação do tratamento (artigo 18.º do RGPD) e de portabilidade dos dados (artigo 20.º do RGPD). Quando tratamos dados com fundamento no artigo 6.º, n.º 1, alínea e) ou f), do RGPD, tem o direito de se opor ao tratamento por motivos relacionados com a sua situação particular (artigo 21.º do RGPD). Para exercer estes direitos, contacte-nos; os nossos contactos constam desta página.
# Markdown. Shown when a category needs consent. Source: GDPR Art. 7(3), Art. 13(2)(c).
rights-withdraw = Pode retirar o seu consentimento a qualquer momento, de forma tão fácil como o deu, alterando as suas definições de cookies. A retirada produz efeitos a partir desse momento; não compromete a licitude do tratamento efetuado com base no consentimento previamente dado (artigo 7.º, n.º 3, do RGPD).
# The control that opens the cookie settings (`[site] consent_settings`, or the banner).
consent-settings-link = Alterar as suas definições de cookies
# Markdown. Source: GDPR Art. 77 (Art. 13(2)(d)).
rights-complaint = Tem o direito de apresentar reclamação a uma autoridade de controlo, em especial no Estado-Membro da sua residência habitual, do seu local de trabalho ou do local onde foi alegadamente praticada a infração (artigo 77.º do RGPD).
# Markdown. $authority: the `[site] supervisory_authority`, a link when it has a `url`.
rights-authority = A autoridade de controlo competente em relação a nós é { $authority }.

## Who is responsible

controller-heading = Quem é responsável por este sítio Web
# "responsável pelo tratamento": GDPR art. 4(7), Portuguese text.
controller-intro = O responsável pelo tratamento dos seus dados neste sítio Web é:
controller-email = E-mail: { $email }
controller-website = Sítio Web: { $url }
# Introduces the data protection officer (`[site] dpo`). Source: GDPR Art. 13(1)(b).
dpo-intro = Pode contactar o nosso encarregado da proteção de dados:

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
