"""'About the network' and its sub-page on how cities take part (HEAD-UP itself is a project page)."""

from ..blocks import accordion, call_to_action, heading, key_figures, paragraph
from ..specs import PageSpec, Ref

ABOUT = PageSpec(
    key="about",
    model="home.StandardPage",
    parent="home",
    shared={"show_in_menus": True},
    content={
        "en": {
            "title": "About the network",
            "slug": "about-the-network",
            "introduction": (
                "The Cities & Drugs Network portal is for European cities, NGOs and health services that respond "
                "to drug use at local level. It follows an approach Efus has long argued for: prevention, harm "
                "reduction and respect for the fundamental rights of people who use drugs, with local "
                "authorities given a real say in drug policy."
            ),
            "listing_summary": (
                "Who the network brings together, why cities have a part to play in responding to drug use, "
                "and the organisations whose work you will find on this portal."
            ),
            "search_description": (
                "About the Cities & Drugs Network: cities, NGOs and health services in Europe working on drugs, "
                "harm reduction and outreach, from ACCES and HEAD-UP to Efus, Fédération Addiction and Infor-Drogues."
            ),
            "body": [
                heading("Why cities have a part to play", anchor="why-cities"),
                paragraph(
                    "<p>The effects of drug use reach far beyond health services: they are felt in the street, "
                    "in neighbourhoods and in public space. Responding well means combining the strengths of many "
                    "actors, each working at its own level. Cities are responsible for keeping urban life safe, "
                    "and they can make it easier for everyone on the ground to do their job – NGOs, the police, "
                    "social services and health services alike. NGOs and health services, for their part, are in "
                    "direct contact with people who use drugs and bring the practical know-how that comes with it.</p>"
                    "<p>Efus has been working on drugs for three decades. It argues that "
                    "local authorities should have a greater say in drug policy, and that policy should rest on "
                    "prevention, harm reduction and respect for the fundamental rights of people who use drugs.</p>"
                ),
                key_figures(
                    "In figures",
                    [
                        ("3", "decades of Efus work on drugs", "Efus"),
                        ("3", "European NGOs in the HEAD-UP partnership alongside ACCES", "HEAD-UP"),
                        (
                            "2008–2011",
                            "the HEAD-UP work plan, from the Paris seminar to the final evaluation",
                            "HEAD-UP",
                        ),
                        ("4", "themes for the AIPAUC working groups on cocaine", "Fédération Addiction, 2022"),
                        (
                            "1990",
                            "the year Eurotox was founded, with Infor-Drogues among its three members",
                            "Infor-Drogues",
                        ),
                    ],
                ),
                heading("Who you will find on this portal", anchor="organisations"),
                accordion(
                    # The heading block above already names this list.
                    "",
                    [
                        (
                            "ACCES",
                            "<p>ACCES is a non-governmental organisation working in health education, with HIV/AIDS "
                            "prevention, drug use and harm reduction as its fields of action. It leads the "
                            '<a href="page:head-up">HEAD-UP exchange platform</a>. Its training, its supervision of '
                            "teams and individuals and its health promotion work all draw on the humanist "
                            "counselling approach of Carl Rogers.</p>",
                        ),
                        (
                            "ARAS, Initiative for Health and Villa Maraini",
                            "<p>These three NGOs – ARAS in Romania, Initiative for Health in Bulgaria and Villa "
                            "Maraini in Italy – make up the working partnership ACCES formed for HEAD-UP. Together "
                            "they pool good practice in outreach work with people who use drugs.</p>",
                        ),
                        (
                            "Efus and the DC&DII network",
                            "<p>Efus member cities share what they do. The Brussels-Capital Region, for instance, "
                            "supports the non-profit Transit, whose services include Gate, a safe consumption room. "
                            "Loos, Lille and Sarcelles took part in LIMIT's, a pilot programme led by MILDECA from "
                            "2020 to 2023 to keep young people from being drawn into drug trafficking. HEAD-UP "
                            "planned to share its results across the DC&amp;DII network and to present them to the "
                            "Efus network.</p>",
                        ),
                        (
                            "Fédération Addiction",
                            "<p>Under its AIPAUC project, which aims to improve information, prevention and support "
                            "for people who use cocaine, Fédération Addiction first took stock of how addiction "
                            "services support them and identified several obstacles. In January 2022 it announced "
                            "thematic working groups to turn these findings into practical guidance sheets and a "
                            "training framework.</p>",
                        ),
                        (
                            "Infor-Drogues",
                            "<p>The Belgian association Infor-Drogues is in touch with most of the organisations "
                            "working on drug use and addiction, in prevention as well as support. It seconds staff "
                            "to partners: a psychotherapist to Ex-Aequo's community service for men who have sex "
                            "with men, to support people affected by chemsex, and a team member to the SMES team "
                            "that supports people in the Housing First project. With Modus Vivendi and Prospective "
                            "Jeunesse, it is one of the three associations behind Eurotox, founded in 1990.</p>",
                        ),
                    ],
                ),
                heading("What this portal is for", anchor="purpose"),
                paragraph(
                    "<p>The portal gives these networks a shared place to present their members, projects, events "
                    "and resources for professionals, in the languages of the network, starting with English and "
                    "French.</p>"
                ),
                call_to_action(
                    "Is your city working on drug use?",
                    "Find out how cities, NGOs and health services can take part in the network's exchanges.",
                    Ref("join"),
                    "How cities can join",
                ),
            ],
        },
        "fr": {
            "title": "À propos du réseau",
            "slug": "a-propos",
            "introduction": (
                "Le portail Cities & Drugs Network s'adresse aux villes, associations et services de santé "
                "européens qui répondent localement aux usages de drogues. Il s'inscrit dans une approche que "
                "l'Efus défend de longue date : la prévention, la réduction des risques et le respect des droits "
                "fondamentaux des usagers, avec une vraie place pour les collectivités locales dans les "
                "politiques en matière de drogues."
            ),
            "listing_summary": (
                "Qui le réseau rassemble, pourquoi les villes ont un rôle à jouer face aux usages de drogues, et "
                "quelles organisations vous trouverez sur ce portail."
            ),
            "search_description": (
                "À propos du Cities & Drugs Network : villes, associations et services de santé européens engagés "
                "sur les drogues, la réduction des risques et le travail de proximité, d'ACCES et HEAD-UP à "
                "l'Efus, la Fédération Addiction et Infor-Drogues."
            ),
            "body": [
                heading("Pourquoi les villes ont un rôle à jouer", anchor="role-des-villes"),
                paragraph(
                    "<p>Les effets des usages de drogues débordent largement le champ sanitaire : ils se font "
                    "sentir dans la rue, dans les quartiers, dans l'espace public. Pour y répondre, il faut "
                    "conjuguer les forces de nombreux acteurs, chacun à son niveau. Les villes ont la charge de la "
                    "tranquillité de la vie urbaine et peuvent faciliter le travail de tous ceux qui agissent sur "
                    "le terrain : associations, police, services sociaux et de santé. Les associations et les "
                    "services de santé, eux, sont au contact direct des usagers et en tirent un savoir-faire "
                    "concret.</p>"
                    "<p>L'Efus travaille sur la question des drogues depuis trois décennies. Il plaide pour que "
                    "les collectivités locales aient davantage voix au chapitre "
                    "dans les politiques en matière de drogues, et pour une approche fondée sur la prévention, la "
                    "réduction des risques et le respect des droits fondamentaux des usagers.</p>"
                ),
                key_figures(
                    "En chiffres",
                    [
                        ("3", "décennies de travail de l'Efus sur les drogues", "Efus"),
                        ("3", "ONG européennes associées à ACCES dans le partenariat HEAD-UP", "HEAD-UP"),
                        (
                            "2008–2011",
                            "le calendrier de HEAD-UP, du séminaire de Paris à l'évaluation finale",
                            "HEAD-UP",
                        ),
                        (
                            "4",
                            "thèmes de travail sur la cocaïne retenus dans le projet AIPAUC",
                            "Fédération Addiction, 2022",
                        ),
                        (
                            "1990",
                            "l'année de création d'Eurotox, qui réunit trois associations dont Infor-Drogues",
                            "Infor-Drogues",
                        ),
                    ],
                ),
                heading("Qui trouve-t-on sur ce portail ?", anchor="organisations"),
                accordion(
                    # The heading block above already names this list.
                    "",
                    [
                        (
                            "ACCES",
                            "<p>ACCES est une ONG d'éducation pour la santé dont les champs d'action sont la "
                            "prévention du VIH/sida, les usages de drogues et la réduction des risques. Elle pilote "
                            'la <a href="page:head-up">plateforme d\'échange HEAD-UP</a>. Ses formations, la '
                            "supervision qu'elle propose aux équipes comme aux personnes et ses actions de promotion "
                            "de la santé s'appuient sur l'approche humaniste du counselling de Carl Rogers.</p>",
                        ),
                        (
                            "ARAS, Initiative for Health et Villa Maraini",
                            "<p>Ces trois ONG – ARAS en Roumanie, Initiative for Health en Bulgarie et Villa Maraini "
                            "en Italie – forment le partenariat de travail constitué par ACCES pour HEAD-UP. "
                            "Ensemble, elles mettent en commun leurs bonnes pratiques d'intervention de proximité "
                            "auprès des usagers de drogues.</p>",
                        ),
                        (
                            "L'Efus et le réseau DC&DII",
                            "<p>Les villes membres de l'Efus partagent leurs pratiques. La Région de "
                            "Bruxelles-Capitale soutient par exemple l'association Transit, qui gère notamment Gate, "
                            "une salle de consommation à moindre risque. Loos, Lille et Sarcelles ont quant à elles "
                            "participé à LIMIT's, un programme pilote conduit de 2020 à 2023 par la MILDECA pour "
                            "éviter que les jeunes ne basculent dans le trafic de drogues. HEAD-UP prévoyait de "
                            "diffuser ses résultats dans tout le réseau DC&amp;DII et de les présenter au réseau de "
                            "l'Efus.</p>",
                        ),
                        (
                            "Fédération Addiction",
                            "<p>Dans le cadre de son projet AIPAUC (« Améliorer l'information, la prévention et "
                            "l'accompagnement des usagers de cocaïne »), la Fédération Addiction a d'abord dressé un "
                            "état des lieux de l'accompagnement de ces usagers dans les structures d'addictologie, "
                            "qui a mis au jour plusieurs freins. En janvier 2022, elle a annoncé la création de "
                            "groupes de travail thématiques chargés d'en tirer des fiches pratiques et un "
                            "référentiel de formation.</p>",
                        ),
                        (
                            "Infor-Drogues",
                            "<p>L'association belge Infor-Drogues est en lien avec la plupart des structures actives "
                            "dans le domaine des drogues et des addictions, en prévention comme en aide. Elle détache "
                            "des professionnels auprès de partenaires : un psychothérapeute au service communautaire "
                            "d'Ex-Aequo destiné aux hommes ayant des relations sexuelles avec des hommes, pour "
                            "accompagner les personnes concernées par le chemsex, et un collaborateur dans "
                            "l'équipe du SMES qui suit les bénéficiaires du projet Housing First. Avec Modus Vivendi "
                            "et Prospective Jeunesse, elle est l'une des trois associations qui composent Eurotox, "
                            "fondée en 1990.</p>",
                        ),
                    ],
                ),
                heading("À quoi sert ce portail", anchor="objet"),
                paragraph(
                    "<p>Le portail offre à ces réseaux un espace commun pour présenter leurs membres, leurs "
                    "projets, leurs événements et leurs ressources destinées aux professionnels, dans les langues "
                    "du réseau, à commencer par l'anglais et le français.</p>"
                ),
                call_to_action(
                    "Votre ville agit sur les drogues ?",
                    "Découvrez comment les villes, les associations et les services de santé peuvent prendre part "
                    "aux échanges du réseau.",
                    Ref("join"),
                    "Comment participer",
                ),
            ],
        },
    },
)

JOIN = PageSpec(
    key="join",
    model="home.StandardPage",
    parent="about",
    content={
        "en": {
            "title": "How cities can join",
            "slug": "how-cities-can-join",
            "introduction": (
                "Cities hold some of the key levers in the response to drug use. Here is how an exchange platform "
                "such as HEAD-UP involves them, who takes part and what a city can expect from it."
            ),
            "listing_summary": (
                "Who takes part in the exchanges, what a city contributes and what it gains: training, tools "
                "adapted to local needs and a practical outreach manual."
            ),
            "search_description": (
                "How cities join the network's exchanges on drugs and harm reduction: participants, what cities "
                "contribute and gain, and how HEAD-UP brought cities on board."
            ),
            "body": [
                paragraph(
                    "<p>Cities do not shape drug policy on their own, but they carry real responsibilities: keeping "
                    "urban life safe, and making it easier for NGOs, the police, and social and health services to "
                    'do their work. The <a href="page:head-up">HEAD-UP platform</a> invited cities to join its '
                    "exchanges so that they could back the work NGOs and public health services do on drug use.</p>"
                ),
                heading("Who takes part", anchor="who-takes-part"),
                paragraph(
                    "<p>The exchanges are meant for professionals whose work concerns health: heads of services, "
                    "psychologists, street workers, trainers and representatives of local authorities.</p>"
                ),
                accordion(
                    "Questions from cities",
                    [
                        (
                            "What does a city contribute?",
                            "<p>Knowledge of its own situation. Participating cities gather information on the "
                            "national legal framework for drug use, outreach work and harm reduction, and help pin "
                            "down what is specific to them so that the training can be adapted.</p>",
                        ),
                        (
                            "What does a city gain?",
                            "<p>Training built around the questions its professionals actually face, tools suited to "
                            "its drug-related concerns and a practical outreach manual shaped by the cities' own "
                            "feedback. The aim is to help cities and their officials respond to drug use while "
                            "keeping urban life safe and supporting everyone who works on the ground.</p>",
                        ),
                        (
                            "Which subjects are covered?",
                            "<p>The training deals with outreach work, HIV and hepatitis C prevention, substance "
                            "use and counselling as a helping relationship. The manual covers harm reduction, "
                            "HIV/AIDS prevention and ethics.</p>",
                        ),
                        (
                            "How did HEAD-UP bring cities on board?",
                            "<p>Under the work plan, interested cities were first approached at a strategic "
                            "seminar in Paris in June 2008. An assessment phase followed, in which each country's "
                            "drug situation was presented and training needs were defined with the cities. The "
                            "implementation seminar in Bucharest on 22 and 23 January 2009 was the moment set for "
                            "finalising the group of member cities.</p>",
                        ),
                    ],
                ),
                call_to_action(
                    "Tell us about your city",
                    "Whether you represent a city, an NGO or a health service, write and tell us what you would like "
                    "to share with the network.",
                    Ref("contact"),
                    "Contact us",
                ),
            ],
        },
        "fr": {
            "title": "Comment les villes peuvent participer",
            "slug": "participation-des-villes",
            "introduction": (
                "Les villes disposent de leviers essentiels face aux usages de drogues. Voici comment une "
                "plateforme d'échange comme HEAD-UP les associe, qui y participe et ce qu'une ville peut en attendre."
            ),
            "listing_summary": (
                "Qui participe aux échanges, ce qu'une ville apporte et ce qu'elle y gagne : des formations, des "
                "outils adaptés aux besoins locaux et un manuel pratique du travail de proximité."
            ),
            "search_description": (
                "Comment les villes participent aux échanges du réseau sur les drogues et la réduction des "
                "risques : participants, apports, bénéfices, et la façon dont HEAD-UP a associé les villes."
            ),
            "body": [
                paragraph(
                    "<p>Les villes ne font pas seules la politique en matière de drogues, mais elles portent de "
                    "vraies responsabilités : préserver la tranquillité de la vie urbaine et faciliter le travail "
                    "des associations, de la police et des services sociaux et de santé. La "
                    '<a href="page:head-up">plateforme HEAD-UP</a> a invité les villes à rejoindre ses échanges '
                    "pour soutenir l'action que mènent les associations et les services publics de santé face aux "
                    "usages de drogues.</p>"
                ),
                heading("Qui participe", anchor="participants"),
                paragraph(
                    "<p>Les échanges s'adressent aux professionnels dont l'activité touche à la santé : "
                    "responsables de service, psychologues, travailleurs de rue, formateurs et représentants des "
                    "collectivités locales.</p>"
                ),
                accordion(
                    "Les questions des villes",
                    [
                        (
                            "Qu'apporte une ville ?",
                            "<p>La connaissance de sa propre situation. Les villes participantes rassemblent des "
                            "informations sur le cadre légal national relatif aux usages de drogues, au travail de "
                            "proximité et à la réduction des risques, et aident à cerner leurs spécificités pour que "
                            "la formation puisse être adaptée.</p>",
                        ),
                        (
                            "Qu'y gagne-t-elle ?",
                            "<p>Des formations construites autour des questions que se posent réellement ses "
                            "professionnels, des outils adaptés à ses préoccupations liées aux drogues et un manuel "
                            "pratique du travail de proximité nourri par les retours des villes elles-mêmes. "
                            "L'objectif : aider les villes et leurs élus à répondre aux usages de drogues tout en "
                            "préservant la tranquillité urbaine et en soutenant tous les acteurs de terrain.</p>",
                        ),
                        (
                            "Quels thèmes sont abordés ?",
                            "<p>La formation porte sur le travail de proximité, la prévention du VIH et de "
                            "l'hépatite C, les usages de substances et le counselling en tant que relation d'aide. "
                            "Le manuel traite de la réduction des risques, de la prévention du VIH/sida et de "
                            "l'éthique.</p>",
                        ),
                        (
                            "Comment HEAD-UP a-t-il associé les villes ?",
                            "<p>Selon le calendrier de travail, les villes intéressées ont d'abord été contactées "
                            "lors d'un séminaire stratégique à Paris, en juin 2008. Une phase d'état des lieux a "
                            "suivi : la situation de chaque pays en matière de drogues y a été présentée et les "
                            "besoins de formation définis avec les villes. Le séminaire de mise en œuvre de "
                            "Bucarest, les 22 et 23 janvier 2009, devait arrêter la composition du groupe de villes "
                            "membres.</p>",
                        ),
                    ],
                ),
                call_to_action(
                    "Parlez-nous de votre ville",
                    "Ville, association ou service de santé : écrivez-nous pour nous dire ce que vous aimeriez "
                    "partager avec le réseau.",
                    Ref("contact"),
                    "Nous écrire",
                ),
            ],
        },
    },
)

PAGES = [ABOUT, JOIN]
