# Messages français intégrés à cookiedoc. Un message placé dans locales/fr/*.ftl à côté de votre
# cookies.toml remplace celui du même nom ; le README liste tous les messages.

## La page

language-name = Français
page-title = Politique relative aux cookies
locale-index-title = Politique relative aux cookies
skip-link = Aller à la politique relative aux cookies
language-switcher-label = Autres langues
intro = Afin de vous offrir le meilleur service possible, nous utilisons des cookies pour assurer le bon fonctionnement du site et pour réaliser des mesures d’audience.

## Qu’est-ce qu’un cookie ?

definitions-heading = Qu’est-ce qu’un cookie ?
definitions-body = Un cookie est une donnée généralement de petite taille, identifiée par un nom, qui peut être transmise à votre navigateur par un site web que vous consultez. Votre navigateur la conserve pendant une certaine durée et la renvoie au serveur web à chacune de vos visites. Les cookies ont de nombreux usages : ils peuvent servir à mémoriser vos identifiants de connexion à une boutique en ligne, le contenu actuel de votre panier, ou d’identifiant pour suivre votre navigation à des fins statistiques ou publicitaires, etc.
cookie-kinds-intro = Il existe plusieurs types de cookies :
cookie-kind-necessary = Les cookies internes « nécessaires » permettent de conserver des informations entre deux visites d’un même site par un même appareil. Ils peuvent conserver un panier, des identifiants de connexion ou des préférences d’interface. Ils ne nécessitent pas le consentement de l’utilisateur.
cookie-kind-statistical = Les cookies « statistiques » permettent de suivre les actions d’un internaute sur un site web. Lorsque les statistiques sont anonymisées (c’est-à-dire qu’elles ne permettent pas de remonter jusqu’à une personne), le consentement de l’utilisateur n’est pas requis.
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

## Responsable du traitement

controller-heading = Qui est responsable de ce site
controller-intro = Le responsable du traitement de vos données sur ce site est :
controller-email = Courriel : { $email }
controller-website = Site web : { $url }

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
