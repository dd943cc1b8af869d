"""National and European bodies, research and federations named in the seeds.

MILDECA, the EMCDDA, INSERM and C-EHRN come from the English Efus press pack;
Fédération Addiction from its own French article, so its profile is written in
French first.
"""

from ...blocks import heading, paragraph
from .common import (
    EU_AGENCY,
    FEDERATION,
    NATIONAL_AUTHORITY,
    NETWORK,
    PROJECT_PARTNER,
    RESEARCH,
    organisation,
    partnership,
)


def led_limits(city):
    return partnership(
        PROJECT_PARTNER,
        city,
        "MILDECA led LIMIT's, the pilot programme to keep young people out of drug trafficking in which the city "
        "took part.",
        "La MILDECA a conduit LIMIT's, le programme pilote de prévention de l'entrée des jeunes dans le trafic de "
        "drogues auquel la ville a participé.",
        start_year=2020,
        end_year=2023,
    )


MILDECA = organisation(
    "mildeca",
    kind=NATIONAL_AUTHORITY,
    country="FR",
    topic_keys=("drug-policy", "youth-prevention", "trafficking-prevention"),
    field_keys=("policy", "prevention"),
    partnerships=[led_limits("loos"), led_limits("lille"), led_limits("sarcelles")],
    en={
        "title": "Interministerial Mission for the Prevention of Drugs and Addictive Behaviour",
        "slug": "mildeca",
        "acronym": "MILDECA",
        "summary": (
            "MILDECA is the French government's interministerial mission for the prevention of drugs and "
            "addictive behaviour. From 2020 to 2023 it led LIMIT's, a three-year pilot programme that supported a "
            "wide range of local prevention schemes in Loos, Lille and Sarcelles to keep young people from "
            "entering drug trafficking."
        ),
        "listing_summary": (
            "French government mission on drugs and addictive behaviour; leader of the LIMIT's pilot programme "
            "(2020–2023)."
        ),
        "search_description": (
            "MILDECA, the French interministerial mission for the prevention of drugs and addictive behaviour, and "
            "its LIMIT's programme against young people's entry into drug trafficking."
        ),
        "body": [
            heading("LIMIT's", anchor="limits"),
            paragraph(
                '<p>MILDECA led <a href="page:limit">LIMIT\'s</a>, a pilot programme in which three French '
                'cities, <a href="page:org-loos">Loos</a>, <a href="page:org-lille">Lille</a> and '
                '<a href="page:org-sarcelles">Sarcelles</a>, tried out local ways of keeping young people from '
                "being drawn into drug trafficking.</p>"
            ),
        ],
    },
    fr={
        "title": "Mission interministérielle de lutte contre les drogues et les conduites addictives",
        "slug": "mildeca",
        "acronym": "MILDECA",
        "summary": (
            "La MILDECA est la mission interministérielle du gouvernement français chargée de la lutte contre les "
            "drogues et les conduites addictives. De 2020 à 2023, elle a conduit LIMIT's, un programme pilote de "
            "trois ans qui a soutenu un large éventail de dispositifs locaux de prévention à Loos, Lille et "
            "Sarcelles pour éviter que les jeunes n'entrent dans le trafic de drogues."
        ),
        "listing_summary": (
            "Mission gouvernementale française de lutte contre les drogues et les conduites addictives ; pilote "
            "du programme LIMIT's (2020–2023)."
        ),
        "search_description": (
            "MILDECA, Mission interministérielle de lutte contre les drogues et les conduites addictives, et son "
            "programme LIMIT's contre l'entrée des jeunes dans le trafic de drogues."
        ),
        "body": [
            heading("LIMIT's", anchor="limits"),
            paragraph(
                '<p>La MILDECA a conduit <a href="page:limit">LIMIT\'s</a>, un programme pilote dans lequel trois '
                'villes françaises, <a href="page:org-loos">Loos</a>, <a href="page:org-lille">Lille</a> et '
                '<a href="page:org-sarcelles">Sarcelles</a>, ont expérimenté des réponses locales pour éviter '
                "que les jeunes ne soient entraînés dans le trafic de drogues.</p>"
            ),
        ],
    },
)

EMCDDA = organisation(
    "emcdda",
    kind=EU_AGENCY,
    topic_keys=("drug-policy",),
    field_keys=("research", "policy"),
    en={
        "title": "European Monitoring Centre for Drugs and Drug Addiction",
        "slug": "emcdda",
        "acronym": "EMCDDA",
        "summary": (
            "The EMCDDA is the European Union's agency for independent scientific evidence and analysis on all "
            "aspects of drug trafficking and drug use. Its Director, Alexis Goosdeel, spoke in Efus's plenary "
            "session on drugs and harm reduction in March 2024. In Belgium, Eurotox belongs to its REITOX network "
            "as the sub-focal point for the French Community."
        ),
        "listing_summary": (
            "The EU agency providing independent scientific evidence and analysis on drug trafficking and drug use."
        ),
        "search_description": (
            "EMCDDA, the European Union's drugs agency: independent scientific evidence and analysis on drug "
            "trafficking and drug use, and its REITOX network."
        ),
    },
    fr={
        "title": "Observatoire européen des drogues et des toxicomanies",
        "slug": "oedt",
        "acronym": "OEDT",
        "summary": (
            "L'OEDT est l'agence de l'Union européenne qui fournit des données scientifiques et des analyses "
            "indépendantes sur tous les aspects du trafic et de la consommation de drogues. Son directeur, Alexis "
            "Goosdeel, est intervenu lors de la séance plénière de l'Efus sur les drogues et la réduction des "
            "risques en mars 2024. En Belgique, Eurotox fait partie de son réseau REITOX en tant que sous-point "
            "focal de la Communauté française."
        ),
        "listing_summary": (
            "L'agence de l'Union européenne qui fournit des données scientifiques et des analyses indépendantes "
            "sur le trafic et la consommation de drogues."
        ),
        "search_description": (
            "OEDT, l'agence de l'Union européenne sur les drogues : données scientifiques et analyses "
            "indépendantes sur le trafic et la consommation de drogues, réseau REITOX."
        ),
    },
)

INSERM = organisation(
    "inserm",
    kind=RESEARCH,
    country="FR",
    field_keys=("research",),
    en={
        "title": "French National Institute of Health and Medical Research",
        "slug": "inserm",
        "acronym": "INSERM",
        "summary": (
            "INSERM (Institut national de la santé et de la recherche médicale) is France's national institute of "
            "health and medical research. Marie Jauffret-Roustide, a researcher and sociologist at INSERM, spoke "
            "in Efus's thematic session on drugs and harm reduction in March 2024."
        ),
        "listing_summary": "France's national institute of health and medical research.",
        "search_description": (
            "INSERM, the French National Institute of Health and Medical Research, and the work of the sociologist "
            "Marie Jauffret-Roustide on drugs and harm reduction."
        ),
    },
    fr={
        "title": "Institut national de la santé et de la recherche médicale",
        "slug": "inserm",
        "acronym": "INSERM",
        "summary": (
            "L'INSERM est l'institut national français de la santé et de la recherche médicale. Marie "
            "Jauffret-Roustide, chercheuse et sociologue à l'INSERM, est intervenue lors de la session thématique "
            "de l'Efus sur les drogues et la réduction des risques en mars 2024."
        ),
        "listing_summary": "L'institut national français de la santé et de la recherche médicale.",
        "search_description": (
            "INSERM, Institut national de la santé et de la recherche médicale, et les travaux de la sociologue "
            "Marie Jauffret-Roustide sur les drogues et la réduction des risques."
        ),
    },
)

C_EHRN = organisation(
    "c-ehrn",
    kind=NETWORK,
    topic_keys=("harm-reduction",),
    field_keys=("harm-reduction", "social-reintegration"),
    en={
        "title": "Correlation – European Harm Reduction Network",
        "slug": "c-ehrn",
        "acronym": "C-EHRN",
        "summary": (
            "C-EHRN is a European civil society network and centre of expertise on drug use, harm reduction and "
            "social inclusion. Its Project and Policy Support Officer, Arianna Rogialli, spoke in Efus's thematic "
            "session on drugs and harm reduction in March 2024."
        ),
        "listing_summary": (
            "European civil society network and centre of expertise on drug use, harm reduction and social inclusion."
        ),
        "search_description": (
            "Correlation – European Harm Reduction Network (C-EHRN): European civil society network and centre of "
            "expertise on drug use, harm reduction and social inclusion."
        ),
    },
    fr={
        "title": "Correlation – European Harm Reduction Network",
        "slug": "c-ehrn",
        "acronym": "C-EHRN",
        "summary": (
            "C-EHRN est un réseau européen de la société civile et un centre d'expertise sur les usages de "
            "drogues, la réduction des risques et l'inclusion sociale. Sa chargée de soutien aux projets et aux "
            "politiques, Arianna Rogialli, est intervenue lors de la session thématique de l'Efus sur les drogues "
            "et la réduction des risques en mars 2024."
        ),
        "listing_summary": (
            "Réseau européen de la société civile et centre d'expertise sur les usages de drogues, la réduction des "
            "risques et l'inclusion sociale."
        ),
        "search_description": (
            "Correlation – European Harm Reduction Network (C-EHRN) : réseau européen de la société civile et "
            "centre d'expertise sur les drogues, la réduction des risques et l'inclusion sociale."
        ),
    },
)

FEDERATION_ADDICTION = organisation(
    "federation-addiction",
    kind=FEDERATION,
    country="FR",
    source_language="fr",
    topic_keys=("cocaine", "harm-reduction", "youth-prevention"),
    field_keys=("coordination", "prevention", "harm-reduction", "training"),
    fr={
        "title": "Fédération Addiction",
        "slug": "federation-addiction",
        "summary": (
            "La Fédération Addiction anime un réseau dans le champ de l'addictologie. Avec le projet AIPAUC, elle "
            "s'attache à améliorer l'information, la prévention et l'accompagnement des usagers de cocaïne : après "
            "un état des lieux des freins à leur accompagnement, elle a lancé en janvier 2022 des groupes de "
            "travail thématiques ouverts aux professionnels."
        ),
        "listing_summary": (
            "Réseau de l'addictologie qui porte le projet AIPAUC pour mieux informer, prévenir et accompagner les "
            "usagers de cocaïne."
        ),
        "search_description": (
            "Fédération Addiction : le projet AIPAUC sur l'accueil et l'accompagnement des usagers de cocaïne, "
            "état des lieux et groupes de travail thématiques."
        ),
        "body": [
            heading("Le projet AIPAUC", anchor="aipauc"),
            paragraph(
                '<p>L\'état des lieux mené dans le cadre du projet <a href="page:aipauc">AIPAUC</a> a mis en '
                "évidence plusieurs freins à l'accompagnement des usagers de cocaïne dans les structures "
                "d'addictologie. Pour y travailler et valoriser les expériences de son réseau, la Fédération "
                "Addiction a constitué cinq groupes de travail : prévention, innovations thérapeutiques, usage de "
                "cocaïne et problématiques associées, réduction des risques, et communication.</p>"
            ),
        ],
    },
    en={
        "title": "Fédération Addiction",
        "slug": "federation-addiction",
        "summary": (
            "Fédération Addiction runs a network in the addiction field. Through its AIPAUC project it works to "
            "improve information, prevention and support for people who use cocaine: after taking stock of what "
            "holds back their support, it launched thematic working groups for professionals in January 2022."
        ),
        "listing_summary": (
            "Network in the addiction field behind the AIPAUC project on information, prevention and support for "
            "people who use cocaine."
        ),
        "search_description": (
            "Fédération Addiction: the AIPAUC project on welcoming and supporting people who use cocaine, its "
            "state of play and its thematic working groups."
        ),
        "body": [
            heading("The AIPAUC project", anchor="aipauc"),
            paragraph(
                '<p>The state of play carried out under the <a href="page:aipauc">AIPAUC</a> project found '
                "several obstacles to supporting people who use cocaine in addiction services. To work on them "
                "and draw on the experience of its network, Fédération Addiction set up five working groups: "
                "prevention, therapeutic innovations, cocaine use and associated problems, harm reduction, and "
                "communication.</p>"
            ),
        ],
    },
)

PAGES = [MILDECA, EMCDDA, INSERM, C_EHRN, FEDERATION_ADDICTION]
