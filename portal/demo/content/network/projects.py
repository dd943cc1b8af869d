"""The project list and LIMIT's (from the Efus press pack); HEAD-UP has its own module."""

import datetime

from ...blocks import heading, paragraph
from ...specs import PageSpec, Ref

PROJECTS = PageSpec(
    key="projects",
    model="home.ProjectIndexPage",
    parent="home",
    shared={"show_in_menus": True},
    content={
        "en": {
            "title": "Projects",
            "slug": "projects",
            "introduction": (
                "Projects run by members of the network: who leads them, with which partners, what they aim at and "
                "how they unfolded. Each project shows its milestones on a timeline and, where it has any, the "
                "working groups professionals can ask to join."
            ),
            "listing_summary": (
                "The network's projects on outreach work, cocaine, youth prevention and harm reduction, with their "
                "partners, aims and milestones."
            ),
            "search_description": (
                "Projects of the network on drugs and harm reduction: HEAD-UP, AIPAUC and LIMIT's, with partners, "
                "aims, timelines and working groups."
            ),
        },
        "fr": {
            "title": "Projets",
            "slug": "projets",
            "introduction": (
                "Les projets menés par les membres du réseau : qui les pilote, avec quels partenaires, ce qu'ils "
                "visent et comment ils se sont déroulés. Chaque projet présente ses étapes sur une frise "
                "chronologique et, le cas échéant, les groupes de travail que les professionnels peuvent demander "
                "à rejoindre."
            ),
            "listing_summary": (
                "Les projets du réseau sur le travail de proximité, la cocaïne, la prévention auprès des jeunes et "
                "la réduction des risques : partenaires, objectifs et étapes."
            ),
            "search_description": (
                "Projets du réseau sur les drogues et la réduction des risques : HEAD-UP, AIPAUC et LIMIT's, avec "
                "leurs partenaires, leurs objectifs, leur calendrier et leurs groupes de travail."
            ),
        },
    },
)

LIMIT_PARTNERS = ("loos", "lille", "sarcelles")

LIMIT = PageSpec(
    key="limit",
    model="home.ProjectPage",
    parent="projects",
    # Only the years are known (2020–2023): the period is shown to the year.
    shared={
        "lead_organisation": Ref("org-mildeca"),
        "start_date": datetime.date(2020, 1, 1),
        "end_date": datetime.date(2023, 12, 31),
        "period_precision": "year",
    },
    content={
        "en": {
            "title": "LIMIT's: keeping young people out of drug trafficking",
            "slug": "limits",
            "acronym": "LIMIT's",
            "listing_summary": (
                "A three-year pilot programme (2020–2023) led by MILDECA in Loos, Lille and Sarcelles to keep young "
                "people from entering drug trafficking."
            ),
            "search_description": (
                "LIMIT's, MILDECA's pilot programme (2020–2023) in Loos, Lille and Sarcelles: local prevention to "
                "keep young people out of drug trafficking."
            ),
            "overall_objective": (
                "<p>To prevent young people from entering drug trafficking, by supporting a whole range of local "
                "prevention schemes.</p>"
            ),
            "project_partners": [
                {"organisation": Ref(f"org-{city}"), "role": "Participating city"} for city in LIMIT_PARTNERS
            ],
            "body": [
                heading("Three cities, three years", anchor="programme"),
                paragraph(
                    "<p>LIMIT's was a wide-ranging pilot programme led from 2020 to 2023 by "
                    '<a href="page:org-mildeca">MILDECA</a>, the French government\'s interministerial mission for '
                    "the prevention of drugs and addictive behaviour. Three French cities took part: "
                    '<a href="page:org-loos">Loos</a>, <a href="page:org-lille">Lille</a> and '
                    '<a href="page:org-sarcelles">Sarcelles</a>. The programme supported a whole range of local '
                    "schemes to keep young people from being drawn into drug trafficking.</p>"
                ),
                heading("In Loos", anchor="loos"),
                paragraph(
                    '<p>In Loos, a member city of <a href="page:org-efus">Efus</a>, the programme supported:</p>'
                    "<ul><li>help for parents;</li><li>awareness activities with primary and secondary school "
                    "pupils;</li><li>training for prevention professionals.</li></ul>"
                ),
                heading("Evaluation", anchor="evaluation"),
                paragraph(
                    "<p>When Efus presented the programme in its press pack for its conference of March 2024, the "
                    "project was being evaluated.</p>"
                ),
            ],
        },
        "fr": {
            "title": "LIMIT's : tenir les jeunes à l'écart du trafic de drogues",
            "slug": "limits",
            "acronym": "LIMIT's",
            "listing_summary": (
                "Un programme pilote de trois ans (2020–2023) conduit par la MILDECA à Loos, Lille et Sarcelles "
                "pour éviter que les jeunes n'entrent dans le trafic de drogues."
            ),
            "search_description": (
                "LIMIT's, programme pilote de la MILDECA (2020–2023) à Loos, Lille et Sarcelles : prévention locale "
                "de l'entrée des jeunes dans le trafic de drogues."
            ),
            "overall_objective": (
                "<p>Éviter que les jeunes n'entrent dans le trafic de drogues, en soutenant un large éventail de "
                "dispositifs locaux de prévention.</p>"
            ),
            "project_partners": [
                {"organisation": Ref(f"org-{city}"), "role": "Ville participante"} for city in LIMIT_PARTNERS
            ],
            "body": [
                heading("Trois villes, trois ans", anchor="programme"),
                paragraph(
                    "<p>LIMIT's est un programme pilote de grande ampleur conduit de 2020 à 2023 par la "
                    '<a href="page:org-mildeca">MILDECA</a>, la Mission interministérielle de lutte contre les '
                    "drogues et les conduites addictives. Trois villes françaises y ont participé : "
                    '<a href="page:org-loos">Loos</a>, <a href="page:org-lille">Lille</a> et '
                    '<a href="page:org-sarcelles">Sarcelles</a>. Le programme a soutenu un large éventail de '
                    "dispositifs locaux pour éviter que les jeunes ne soient entraînés dans le trafic de drogues.</p>"
                ),
                heading("À Loos", anchor="loos"),
                paragraph(
                    '<p>À Loos, ville membre de l\'<a href="page:org-efus">Efus</a>, le programme a soutenu :</p>'
                    "<ul><li>l'accompagnement des parents ;</li><li>des actions de sensibilisation auprès des "
                    "élèves du primaire et du secondaire ;</li><li>la formation des professionnels de la "
                    "prévention.</li></ul>"
                ),
                heading("Évaluation", anchor="evaluation"),
                paragraph(
                    "<p>Lorsque l'Efus a présenté le programme dans le dossier de presse de sa conférence de mars "
                    "2024, le projet était en cours d'évaluation.</p>"
                ),
            ],
        },
    },
)

PAGES = [PROJECTS, LIMIT]
