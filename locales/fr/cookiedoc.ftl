# Reviewed by a second reader (2026-12-03).
# Messages français intégrés à cookiedoc. Un message placé dans locales/fr/*.ftl à côté de votre
# cookies.toml remplace celui du même nom ; le README liste tous les messages.

## La page

language-name = Français
page-title = Politique relative aux cookies
locale-index-title = Politique relative aux cookies
skip-link = Aller à la politique relative aux cookies
language-switcher-label = Autres langues
# $purposes: none, necessary, statistics, marketing or statistics-marketing (see the English file).
introduction = { $purposes ->
    [none] Ce site fonctionne sans cookies.
    [statistics] Afin de vous offrir le meilleur service possible, nous utilisons des cookies pour assurer le bon fonctionnement du site et pour réaliser des mesures d’audience.
    [marketing] Afin de vous offrir le meilleur service possible, nous utilisons des cookies pour assurer le bon fonctionnement du site et pour vous présenter des publicités pertinentes.
    [statistics-marketing] Afin de vous offrir le meilleur service possible, nous utilisons des cookies pour assurer le bon fonctionnement du site, pour réaliser des mesures d’audience et pour vous présenter des publicités pertinentes.
   *[necessary] Afin de vous offrir le meilleur service possible, nous utilisons des cookies pour assurer le bon fonctionnement du site.
}

## Qu’est-ce qu’un cookie ?

definitions-heading = Qu’est-ce qu’un cookie ?
definitions-body = Un cookie est une donnée généralement de petite taille, identifiée par un nom, qui peut être transmise à votre navigateur par un site web que vous consultez. Votre navigateur la conserve pendant une certaine durée et la renvoie au serveur web à chacune de vos visites. Les cookies ont de nombreux usages : ils peuvent servir à mémoriser vos identifiants de connexion à une boutique en ligne, le contenu actuel de votre panier, ou encore servir d’identifiant pour suivre votre navigation à des fins statistiques ou publicitaires, etc.
cookie-kinds-intro = Il existe plusieurs types de cookies :
cookie-kind-necessary = Les cookies internes « nécessaires » permettent de conserver des informations entre deux visites d’un même site par un même appareil. Ils peuvent conserver un panier, des identifiants de connexion ou des préférences d’interface. Ils ne nécessitent pas le consentement de l’utilisateur.
# $jurisdiction: the `[site] jurisdiction` or EU. Sources, by variant (see locales/en/cookiedoc.ftl):
# [FR] article 82 loi Informatique et Libertés; CNIL délibération n° 2020-091, article 5 (audience
#      measurement exemption); [DE] § 25 (1), (2) Nr. 2 TDDDG; DSK OH Digitale Dienste;
# [AT] § 165 (3) TKG 2021; [other] Art. 5(3) Directive 2002/58/EC; EDPB Guidelines 2/2023.
cookie-kind-statistics = { $jurisdiction ->
    [FR] Les cookies « statistiques » permettent de suivre les actions d’un internaute sur un site web. Lorsque les statistiques sont anonymisées (c’est-à-dire qu’elles ne permettent pas de remonter jusqu’à une personne), le consentement de l’utilisateur n’est pas requis.
    [DE] Les cookies « statistiques » permettent de suivre les actions d’un internaute sur un site web. Ils ne sont déposés qu’avec le consentement de l’utilisateur (§ 25, alinéa 1, de la loi allemande TDDDG), sauf si leur dépôt est strictement nécessaire à la fourniture d’un service expressément demandé par l’utilisateur (§ 25, alinéa 2, n° 2, TDDDG).
    [AT] Les cookies « statistiques » permettent de suivre les actions d’un internaute sur un site web. Ils ne sont déposés qu’avec le consentement de l’utilisateur (§ 165, alinéa 3, de la loi autrichienne TKG 2021), sauf si leur dépôt est strictement nécessaire à la fourniture d’un service expressément demandé par l’utilisateur.
   *[other] Les cookies « statistiques » permettent de suivre les actions d’un internaute sur un site web. Ils ne sont déposés qu’avec le consentement de l’utilisateur, sauf si leur dépôt est strictement nécessaire à la fourniture d’un service expressément demandé par l’utilisateur (article 5, paragraphe 3, de la directive 2002/58/CE « vie privée et communications électroniques » et lois nationales qui la transposent).
}
cookie-kind-first-party = Les cookies « internes » ou « propriétaires » sont déposés par le site visité. Ils peuvent être déposés en plus des cookies nécessaires et servir à collecter des données personnelles, à suivre le comportement des utilisateurs et à des fins publicitaires.
cookie-kind-third-party = Les cookies « tiers » sont des cookies déposés par (ou pour) un site B (souvent une régie publicitaire) sur un site A. Ils permettent au site B de savoir quelles pages l’utilisateur a consultées sur le site A et de collecter des informations sur lui.

## Les cookies de ce site

cookies-used-heading = Quels cookies sont utilisés sur la plateforme <{ $url }> ?
no-cookies = Ce site ne dépose aucun cookie ni donnée similaire sur votre appareil.
consent-required = Ces cookies ne sont déposés qu’avec votre consentement.
consent-not-required = Ces cookies ne nécessitent pas votre consentement.
column-provider = Nom du prestataire
column-function = Fonction et emplacement
column-names = Nom(s) du cookie
column-purpose = Finalités
column-duration = Durée de conservation
column-kind = Type
party-third = Tiers
list-separator = {", "}
legal-basis-label = Base juridique :
# Sources: GDPR Art. 6(1)(a), 13(1)(c); [DE] § 25 (1) TDDDG; [AT] § 165 (3) TKG 2021; [FR] article
# 82 loi Informatique et Libertés; [other] Art. 5(3) Directive 2002/58/EC.
legal-basis-consent = { $jurisdiction ->
    [DE] votre consentement (article 6, paragraphe 1, point a), du RGPD ; § 25, alinéa 1, de la loi allemande TDDDG)
    [AT] votre consentement (article 6, paragraphe 1, point a), du RGPD ; § 165, alinéa 3, de la loi autrichienne TKG 2021)
    [FR] votre consentement (article 6, paragraphe 1, point a), du RGPD ; article 82 de la loi Informatique et Libertés)
   *[other] votre consentement (article 6, paragraphe 1, point a), du RGPD ; article 5, paragraphe 3, de la directive 2002/58/CE, telle que transposée en droit national)
}
# Sources: the exemption for what is strictly necessary: [DE] § 25 (2) Nr. 2 TDDDG; [AT] § 165 (3)
# TKG 2021; [FR] article 82 loi Informatique et Libertés; [other] Art. 5(3) Directive 2002/58/EC.
# GDPR Art. 6(1)(f) with the interest named (Art. 13(1)(d)); public bodies: Art. 6(1)(e), since
# (f) does not apply to them (Art. 6(1), last subparagraph). $public: yes or no.
legal-basis-necessary = { $jurisdiction ->
    [DE] { $public ->
        [yes] leur dépôt est strictement nécessaire à la fourniture du service que vous avez demandé (§ 25, alinéa 2, n° 2, de la loi allemande TDDDG) ; le traitement est nécessaire à l’exécution d’une mission d’intérêt public ou relevant de l’exercice de l’autorité publique dont nous sommes investis (article 6, paragraphe 1, point e), du RGPD)
       *[no] leur dépôt est strictement nécessaire à la fourniture du service que vous avez demandé (§ 25, alinéa 2, n° 2, de la loi allemande TDDDG) ; notre intérêt légitime à disposer d’un site qui fonctionne et qui est sécurisé (article 6, paragraphe 1, point f), du RGPD)
    }
    [AT] { $public ->
        [yes] leur dépôt est strictement nécessaire à la fourniture du service que vous avez demandé (§ 165, alinéa 3, de la loi autrichienne TKG 2021) ; le traitement est nécessaire à l’exécution d’une mission d’intérêt public ou relevant de l’exercice de l’autorité publique dont nous sommes investis (article 6, paragraphe 1, point e), du RGPD)
       *[no] leur dépôt est strictement nécessaire à la fourniture du service que vous avez demandé (§ 165, alinéa 3, de la loi autrichienne TKG 2021) ; notre intérêt légitime à disposer d’un site qui fonctionne et qui est sécurisé (article 6, paragraphe 1, point f), du RGPD)
    }
    [FR] { $public ->
        [yes] leur dépôt est strictement nécessaire à la fourniture du service que vous avez demandé (article 82 de la loi Informatique et Libertés) ; le traitement est nécessaire à l’exécution d’une mission d’intérêt public ou relevant de l’exercice de l’autorité publique dont nous sommes investis (article 6, paragraphe 1, point e), du RGPD)
       *[no] leur dépôt est strictement nécessaire à la fourniture du service que vous avez demandé (article 82 de la loi Informatique et Libertés) ; notre intérêt légitime à disposer d’un site qui fonctionne et qui est sécurisé (article 6, paragraphe 1, point f), du RGPD)
    }
   *[other] { $public ->
        [yes] leur dépôt est strictement nécessaire à la fourniture du service que vous avez demandé (article 5, paragraphe 3, de la directive 2002/58/CE) ; le traitement est nécessaire à l’exécution d’une mission d’intérêt public ou relevant de l’exercice de l’autorité publique dont nous sommes investis (article 6, paragraphe 1, point e), du RGPD)
       *[no] leur dépôt est strictement nécessaire à la fourniture du service que vous avez demandé (article 5, paragraphe 3, de la directive 2002/58/CE) ; notre intérêt légitime à disposer d’un site qui fonctionne et qui est sécurisé (article 6, paragraphe 1, point f), du RGPD)
    }
}
kind-http-cookie = Cookie
kind-local-storage = Stockage local
kind-session-storage = Stockage de session
kind-indexeddb = IndexedDB
kind-pixel = Pixel de suivi

## Catégories intégrées

category-necessary-title = Cookies nécessaires
category-necessary-description = Ces cookies sont indispensables au fonctionnement et à la sécurité du site. Ils ne peuvent pas être désactivés.
category-preferences-title = Cookies de préférences
category-preferences-description = Ces cookies mémorisent vos choix, comme votre langue ou votre région, pour vous offrir une expérience plus personnelle.
category-statistics-title = Cookies statistiques
category-statistics-description = Ces cookies nous aident à comprendre comment les visiteurs utilisent le site en collectant des informations sur les visites.
category-marketing-title = Cookies marketing
category-marketing-description = Ces cookies servent à vous montrer des publicités pertinentes et à en mesurer l’efficacité.

## Durées

duration-session = Session
duration-persistent = Jusqu’à suppression par vos soins
duration-up-to = jusqu’à { $duration }
duration-and = { $first } et { $second }
duration-seconds = { $count ->
    [one] { $count } seconde
   *[other] { $count } secondes
}
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
duration-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
duration-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
duration-weeks = { $count ->
    [one] { $count } semaine
   *[other] { $count } semaines
}
duration-months = { $count } mois
duration-years = { $count ->
    [one] { $count } an
   *[other] { $count } ans
}

## Gérer les cookies

manage-heading = Comment refuser ou supprimer les cookies
manage-body = Vous pouvez refuser les cookies soumis à votre consentement lorsque le site vous le demande, et modifier votre choix à tout moment. Vous pouvez aussi configurer votre navigateur pour qu’il refuse les cookies ou les supprime à sa fermeture, et supprimer ceux qu’il a déjà enregistrés dans ses paramètres, généralement sous « Confidentialité » ou « Sécurité ». Si vous refusez les cookies nécessaires, certaines parties du site risquent de ne plus fonctionner.

## Transferts vers des pays tiers (article 13, paragraphe 1, point f), chapitre V du RGPD)

transfers-heading = Transferts vers des pays situés hors de l’Espace économique européen
transfers-intro = Certains prestataires reçoivent des données dans des pays situés hors de l’Union européenne et de l’Espace économique européen (pays tiers). Vos données y sont protégées comme suit :
transfer-item = { $provider } ({ $country }) : { $safeguard }
# Source: GDPR Art. 45.
transfer-adequacy = une décision d’adéquation de la Commission européenne (article 45 du RGPD)
# Source: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023.
transfer-dpf = le cadre de protection des données UE–États-Unis (Data Privacy Framework), au titre duquel le prestataire est certifié (décision d’adéquation de la Commission européenne du 10 juillet 2023, article 45 du RGPD)
# Source: GDPR Art. 46(2)(c).
transfer-scc = des clauses types de protection des données adoptées par la Commission européenne (article 46, paragraphe 2, point c), du RGPD)
# Source: GDPR Art. 47.
transfer-bcr = des règles d’entreprise contraignantes approuvées par une autorité de contrôle (article 47 du RGPD)
# Source: GDPR Art. 49(1)(a).
transfer-consent = votre consentement explicite, donné après que vous avez été informé des risques possibles du transfert (article 49, paragraphe 1, point a), du RGPD)

## Vos droits (article 13, paragraphe 2, points b) à d), du RGPD)

rights-heading = Vos droits
# Source: GDPR Art. 15–18, 20, 21.
rights-body = Vous disposez d’un droit d’accès aux données à caractère personnel que nous traitons à votre sujet (article 15 du RGPD), d’un droit de rectification (article 16 du RGPD), d’un droit à l’effacement (article 17 du RGPD), d’un droit à la limitation du traitement (article 18 du RGPD) et d’un droit à la portabilité des données (article 20 du RGPD). Lorsque nous traitons des données sur le fondement de l’article 6, paragraphe 1, point e) ou f), du RGPD, vous avez le droit de vous opposer au traitement pour des raisons tenant à votre situation particulière (article 21 du RGPD). Pour exercer ces droits, contactez-nous ; nos coordonnées figurent sur cette page.
# Source: GDPR Art. 7(3), 13(2)(c).
rights-withdraw = Vous pouvez retirer votre consentement à tout moment, aussi simplement que vous l’avez donné, en modifiant vos paramètres de cookies. Le retrait vaut pour l’avenir ; il ne compromet pas la licéité du traitement fondé sur le consentement effectué avant ce retrait (article 7, paragraphe 3, du RGPD).
consent-settings-link = Modifier vos paramètres de cookies
# Source: GDPR Art. 77, 13(2)(d).
rights-complaint = Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre dans lequel se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise (article 77 du RGPD).
rights-authority = L’autorité de contrôle compétente à notre égard est { $authority }.

## Responsable du traitement

controller-heading = Qui est responsable de ce site
controller-intro = Le responsable du traitement de vos données sur ce site est :
controller-email = Courriel : { $email }
controller-website = Site web : { $url }
# Source: GDPR Art. 13(1)(b).
dpo-intro = Vous pouvez contacter notre délégué à la protection des données :

## Dates

last-updated = Dernière mise à jour : { $date }
date = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Bandeau de consentement (cookiedoc build --banner cookieconsent)

banner-title = Nous utilisons des cookies
banner-description = Nous utilisons des cookies nécessaires au fonctionnement de ce site et, avec votre consentement, d’autres qui nous aident à l’améliorer. Vous pouvez modifier votre choix à tout moment.
banner-accept-all = Tout accepter
banner-accept-necessary = Tout refuser
banner-show-preferences = Gérer mes préférences
preferences-title = Préférences en matière de cookies
preferences-save = Enregistrer mes choix
preferences-close = Fermer
