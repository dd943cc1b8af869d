"""HEAD-UP, the outreach exchange platform led by ACCES (English seeds: platform description and 2008–2011 work plan)."""

import datetime

from ...blocks import call_to_action, heading, paragraph
from ...specs import PageSpec, Ref

D = datetime.date

# HEAD-UP phases: (name, start, end, description), English then French, same order.
HEAD_UP_PHASES = {
    "en": [
        (
            "Assessment phase",
            D(2008, 6, 1),
            D(2009, 2, 28),
            "Each country's drug situation is presented, and training needs and conditions are defined with the "
            "cities.",
        ),
        (
            "Implementation phase",
            D(2009, 9, 1),
            D(2010, 9, 30),
            "Workshops and refinement meetings are held and the outreach manual is written.",
        ),
        (
            "Finalisation phase",
            D(2010, 7, 1),
            D(2010, 12, 31),
            "The manual is edited, printed, translated and distributed to harm reduction professionals in the "
            "participating cities.",
        ),
        (
            "Evaluation",
            D(2011, 1, 1),
            D(2011, 5, 31),
            "The tools are evaluated, the platform contributes to the project's overall evaluation and a lasting "
            "way of sharing the results is considered.",
        ),
    ],
    "fr": [
        (
            "Phase d'état des lieux",
            D(2008, 6, 1),
            D(2009, 2, 28),
            "La situation de chaque pays en matière de drogues est présentée ; les besoins et les conditions de "
            "formation sont définis avec les villes.",
        ),
        (
            "Phase de mise en œuvre",
            D(2009, 9, 1),
            D(2010, 9, 30),
            "Des ateliers et des réunions d'ajustement se tiennent ; le manuel de travail de proximité est rédigé.",
        ),
        (
            "Phase de finalisation",
            D(2010, 7, 1),
            D(2010, 12, 31),
            "Le manuel est édité, imprimé, traduit et diffusé aux professionnels de la réduction des risques des "
            "villes participantes.",
        ),
        (
            "Évaluation",
            D(2011, 1, 1),
            D(2011, 5, 31),
            "Les outils sont évalués, la plateforme contribue à l'évaluation générale du projet et une diffusion "
            "durable des résultats est étudiée.",
        ),
    ],
}

# HEAD-UP milestones: (title, start, end, precision, place, phase index, description).
HEAD_UP_MILESTONES = {
    "en": [
        (
            "Strategic seminar",
            D(2008, 6, 1),
            None,
            "month",
            "Paris",
            0,
            "The work package is presented and first contacts are made with the cities interested in it.",
        ),
        (
            "Implementation seminar",
            D(2009, 1, 22),
            D(2009, 1, 23),
            "day",
            "Bucharest",
            0,
            "The training is presented and the group of member cities is finalised.",
        ),
        (
            "Training workshop",
            D(2009, 9, 1),
            None,
            "month",
            "Paris",
            1,
            "Local stakeholders from the cities involved are trained in outreach work, HIV and hepatitis C "
            "prevention, substance use and counselling as a helping relationship.",
        ),
        (
            "Evaluation workshop",
            D(2010, 6, 1),
            None,
            "month",
            "Marseille",
            1,
            "The work package is evaluated, the manual validated and the final dissemination conference prepared.",
        ),
        (
            "Dissemination conference",
            D(2010, 12, 1),
            None,
            "month",
            "Vienna",
            2,
            "The manual and the project's results are presented to the Efus network and to representatives of "
            "national authorities, and contacts are made to spread the training method and the manual.",
        ),
        (
            "Evaluation of the tools",
            D(2011, 1, 1),
            D(2011, 5, 31),
            "month",
            "",
            3,
            "The tools created during the project are evaluated and a strategy for sharing the results over time "
            "is discussed.",
        ),
    ],
    "fr": [
        (
            "Séminaire stratégique",
            D(2008, 6, 1),
            None,
            "month",
            "Paris",
            0,
            "Le volet de travail est présenté et les premiers contacts sont pris avec les villes intéressées.",
        ),
        (
            "Séminaire de mise en œuvre",
            D(2009, 1, 22),
            D(2009, 1, 23),
            "day",
            "Bucarest",
            0,
            "La formation est présentée et la composition du groupe de villes membres est arrêtée.",
        ),
        (
            "Atelier de formation",
            D(2009, 9, 1),
            None,
            "month",
            "Paris",
            1,
            "Les acteurs locaux des villes participantes sont formés au travail de proximité, à la prévention du "
            "VIH et de l'hépatite C, aux usages de substances et au counselling comme relation d'aide.",
        ),
        (
            "Atelier d'évaluation",
            D(2010, 6, 1),
            None,
            "month",
            "Marseille",
            1,
            "Le volet de travail est évalué, le manuel validé et la conférence finale de diffusion préparée.",
        ),
        (
            "Conférence de diffusion",
            D(2010, 12, 1),
            None,
            "month",
            "Vienne",
            2,
            "Le manuel et les résultats du projet sont présentés au réseau de l'Efus et à des représentants des "
            "autorités nationales ; des contacts sont pris pour diffuser la méthode de formation et le manuel.",
        ),
        (
            "Évaluation des outils",
            D(2011, 1, 1),
            D(2011, 5, 31),
            "month",
            "",
            3,
            "Les outils créés pendant le projet sont évalués et une stratégie de diffusion durable des résultats "
            "est discutée.",
        ),
    ],
}


# The event page of each milestone, in HEAD_UP_MILESTONES' order (the tools' evaluation is no event).
HEAD_UP_MILESTONE_EVENTS = [
    "event-head-up-strategic-seminar",
    "event-head-up-implementation-seminar",
    "event-head-up-training-workshop",
    "event-head-up-evaluation-workshop",
    "event-head-up-dissemination-conference",
    None,
]


def head_up_rows(language):
    phases = HEAD_UP_PHASES[language]
    return {
        "phases": [
            {"name": name, "start_date": start, "end_date": end, "description": description}
            for name, start, end, description in phases
        ],
        "milestones": [
            {
                "title": title,
                "start_date": start,
                "end_date": end,
                "date_precision": precision,
                "place": place,
                "phase": phases[phase][0],
                "description": description,
                # The 2008–2011 work plan is long over.
                "status": "done",
                "event": Ref(event) if event else None,
            }
            for (title, start, end, precision, place, phase, description), event in zip(
                HEAD_UP_MILESTONES[language], HEAD_UP_MILESTONE_EVENTS, strict=True
            )
        ],
    }


HEAD_UP = PageSpec(
    key="head-up",
    model="home.ProjectPage",
    parent="projects",
    shared={
        "lead_organisation": Ref("org-acces"),
        "start_date": D(2008, 6, 1),
        "end_date": D(2011, 5, 31),
        "outputs": [
            {"resource": Ref("resource-head-up-manual")},
            {"resource": Ref("resource-head-up-bucharest-seminar")},
        ],
    },
    content={
        "en": {
            "title": "HEAD-UP: an exchange platform for outreach work",
            "slug": "head-up",
            "listing_title": "The HEAD-UP outreach platform",
            "acronym": "HEAD-UP",
            "funding": "A work package of the DC&DII network",
            "listing_summary": (
                "Led by ACCES with ARAS, Initiative for Health and Villa Maraini, HEAD-UP helped outreach "
                "professionals share good practice on harm reduction and HIV and hepatitis C prevention."
            ),
            "search_description": (
                "HEAD-UP, the outreach exchange platform led by ACCES with ARAS (Romania), Initiative for Health "
                "(Bulgaria) and Villa Maraini (Italy): aims, method and 2008–2011 work plan."
            ),
            "overall_objective": (
                "<p>To exchange and pool good practice in health promotion among people who work with drug users, "
                "especially in outreach work.</p>"
                "<p>In the longer term, to strengthen the capacity of civil society – NGOs and health services – "
                "and its cooperation with local policy makers, for better health and care for people who use "
                "drugs.</p>"
            ),
            "specific_aims": [
                {
                    "type": "aim",
                    "value": "Set up the exchange of information and knowledge on supporting people who use drugs.",
                },
                {
                    "type": "aim",
                    "value": "Run training sessions built around the issues professionals face in outreach work "
                    "with drug users.",
                },
                {
                    "type": "aim",
                    "value": "Create a practical outreach manual on harm reduction, HIV/AIDS prevention and ethics.",
                },
            ],
            "project_partners": [
                {"organisation": Ref("org-aras"), "role": "Working partner in Romania"},
                {"organisation": Ref("org-initiative-for-health"), "role": "Working partner in Bulgaria"},
                {"organisation": Ref("org-villa-maraini"), "role": "Working partner in Italy"},
            ],
            **head_up_rows("en"),
            "body": [
                heading("Why the platform was created", anchor="why"),
                paragraph(
                    "<p>Drug use affects society at several levels. Reducing the harm it causes calls for "
                    "strategies worked out together by actors who each operate at their own level. HEAD-UP looks "
                    "at harm reduction from a health perspective: above all HIV/AIDS and hepatitis C, but also the "
                    "other health problems linked to drug use, such as damage to the veins, local and generalised "
                    "infections, overdoses and psychiatric problems. It also seeks to strengthen the way people "
                    "who use drugs are supported over time, with attention to ethics, to their own choices about "
                    "care and to counselling as a helping relationship.</p>"
                    "<p>Its training offer grew out of a need to share experience of harm reduction and to learn "
                    "from existing policies: how well outreach work, targeted prevention messages and needle "
                    "exchange programmes protect people who inject drugs against HIV and hepatitis C.</p>"
                ),
                heading("Who leads it", anchor="who"),
                paragraph(
                    '<p>The platform is led by <a href="page:org-acces">ACCES</a>, a health education NGO whose '
                    "training and supervision draw on Carl Rogers' humanist counselling approach. It builds on a "
                    "working partnership with three European NGOs: ARAS in Romania, Initiative for Health in "
                    "Bulgaria and Villa Maraini in Italy. By bringing together good practice in outreach work, it "
                    "helps cities and their officials develop tools suited to their drug-related concerns, in "
                    "keeping with their duties: keeping urban life safe and making it easier for NGOs, the police "
                    "and social and health services to do their work.</p>"
                ),
                heading("How the work is organised", anchor="method"),
                paragraph(
                    "<p>The method starts from what cities need and draws on the resources of the HEAD-UP "
                    "partnership to create tools that are useful to them:</p>"
                    "<ul><li>cities gather information on the national legal framework for drug use, outreach "
                    "work and harm reduction;</li><li>what is specific to each city is identified and the training "
                    "content adapted;</li><li>training is tried out, building on the partners' experience;</li>"
                    "<li>feedback from cities shapes the practical outreach manual;</li><li>tools and results go to "
                    "the participating cities and are presented to the whole DC&amp;DII network.</li></ul>"
                ),
                heading("Who takes part", anchor="participants"),
                paragraph(
                    "<p>The platform is meant for professionals whose work concerns health: heads of services, "
                    "psychologists, street workers, trainers and representatives of local authorities. Cities are "
                    "invited to join the exchanges to back the work NGOs and public health services do on drug "
                    "use.</p>"
                ),
                call_to_action(
                    "How cities take part",
                    "See which professionals the platform brings together and what participating cities gain from it.",
                    Ref("join"),
                    "How cities can join",
                ),
            ],
        },
        "fr": {
            "title": "HEAD-UP : une plateforme d'échange sur le travail de proximité",
            "slug": "head-up",
            "listing_title": "La plateforme HEAD-UP",
            "acronym": "HEAD-UP",
            "funding": "Un volet de travail du réseau DC&DII",
            "listing_summary": (
                "Pilotée par ACCES avec ARAS, Initiative for Health et Villa Maraini, HEAD-UP a aidé les "
                "professionnels de terrain à partager leurs pratiques de réduction des risques et de prévention "
                "du VIH et de l'hépatite C."
            ),
            "search_description": (
                "HEAD-UP, plateforme d'échange sur le travail de proximité pilotée par ACCES avec ARAS (Roumanie), "
                "Initiative for Health (Bulgarie) et Villa Maraini (Italie) : objectifs, méthode et calendrier "
                "2008–2011."
            ),
            "overall_objective": (
                "<p>Permettre aux personnes qui travaillent auprès des usagers de drogues, notamment dans le "
                "travail de proximité, d'échanger et de mettre en commun leurs bonnes pratiques de promotion de la "
                "santé.</p>"
                "<p>À plus long terme, renforcer les capacités de la société civile – associations et services de "
                "santé – et sa coopération avec les décideurs locaux, pour une meilleure santé et une meilleure "
                "prise en charge des usagers de drogues.</p>"
            ),
            "specific_aims": [
                {
                    "type": "aim",
                    "value": "Organiser l'échange d'informations et le partage de connaissances sur "
                    "l'accompagnement des usagers de drogues.",
                },
                {
                    "type": "aim",
                    "value": "Animer des sessions de formation construites autour des questions que rencontrent "
                    "les professionnels du travail de proximité.",
                },
                {
                    "type": "aim",
                    "value": "Rédiger un manuel pratique du travail de proximité consacré à la réduction des "
                    "risques, à la prévention du VIH/sida et à l'éthique.",
                },
            ],
            "project_partners": [
                {"organisation": Ref("org-aras"), "role": "Partenaire de travail en Roumanie"},
                {"organisation": Ref("org-initiative-for-health"), "role": "Partenaire de travail en Bulgarie"},
                {"organisation": Ref("org-villa-maraini"), "role": "Partenaire de travail en Italie"},
            ],
            **head_up_rows("fr"),
            "body": [
                heading("Pourquoi cette plateforme", anchor="pourquoi"),
                paragraph(
                    "<p>L'usage de drogues a des répercussions à plusieurs niveaux de la société. En réduire les "
                    "risques et les dommages suppose des stratégies construites ensemble par des acteurs qui "
                    "interviennent chacun à leur niveau. HEAD-UP aborde la réduction des risques sous l'angle de la "
                    "santé : d'abord le VIH/sida et l'hépatite C, mais aussi les autres problèmes de santé liés aux "
                    "usages, comme les atteintes du système veineux, les infections locales ou généralisées, les "
                    "surdoses et les troubles psychiatriques. Elle veut aussi renforcer l'accompagnement des usagers "
                    "dans la durée, en prêtant attention à l'éthique, à leurs choix en matière de soins et au "
                    "counselling conçu comme une relation d'aide.</p>"
                    "<p>Son offre de formation est née du besoin de partager l'expérience acquise en réduction des "
                    "risques et de tirer les leçons des politiques existantes : efficacité du travail de rue, des "
                    "messages de prévention ciblés et des programmes d'échange de seringues face au VIH et à "
                    "l'hépatite C chez les usagers de drogues par voie injectable.</p>"
                ),
                heading("Qui la pilote", anchor="pilotage"),
                paragraph(
                    '<p>La plateforme est pilotée par <a href="page:org-acces">ACCES</a>, une ONG d\'éducation pour '
                    "la santé dont les formations et la supervision s'appuient sur l'approche humaniste du "
                    "counselling de Carl Rogers. Elle repose sur un partenariat de travail avec trois ONG "
                    "européennes : ARAS en Roumanie, Initiative for Health en Bulgarie et Villa Maraini en Italie. "
                    "En réunissant les bonnes pratiques du travail de proximité, elle aide les villes et leurs élus "
                    "à se doter d'outils adaptés à leurs préoccupations en matière de drogues, dans le respect de "
                    "leurs missions : préserver la tranquillité de la vie urbaine et faciliter le travail des "
                    "associations, de la police et des services sociaux et de santé.</p>"
                ),
                heading("Méthode", anchor="methode"),
                paragraph(
                    "<p>La démarche part des besoins des villes et mobilise les ressources du partenariat HEAD-UP "
                    "pour créer des outils qui leur soient utiles :</p>"
                    "<ul><li>les villes rassemblent des informations sur le cadre légal national relatif aux usages "
                    "de drogues, au travail de proximité et à la réduction des risques ;</li><li>les spécificités de "
                    "chaque ville sont identifiées et le contenu des formations adapté ;</li><li>les formations sont "
                    "expérimentées en s'appuyant sur l'expérience des partenaires ;</li><li>les retours des villes "
                    "nourrissent le manuel pratique ;</li><li>les outils et les résultats sont diffusés aux villes "
                    "participantes et présentés à l'ensemble du réseau DC&amp;DII.</li></ul>"
                ),
                heading("Qui participe", anchor="participants"),
                paragraph(
                    "<p>La plateforme s'adresse aux professionnels dont le travail touche à la santé : responsables "
                    "de service, psychologues, travailleurs de rue, formateurs et représentants des collectivités "
                    "locales. Les villes sont invitées à rejoindre les échanges pour soutenir l'action des "
                    "associations et des services publics de santé face aux usages de drogues.</p>"
                ),
                call_to_action(
                    "Comment les villes participent",
                    "Découvrez quels professionnels la plateforme réunit et ce que les villes participantes en "
                    "retirent.",
                    Ref("join"),
                    "Participer en tant que ville",
                ),
            ],
        },
    },
)


PAGES = [HEAD_UP]
