"""Practice examples: what members of the network do on the ground, described field by field.

Sources: Efus's press pack on drugs and harm reduction (English: Transit in the
Brussels-Capital Region, LIMIT's in Loos, Strasbourg's consumption room,
Rotterdam's schemes) and Infor-Drogues' page on its partnerships (French: the
chemsex consultations with Ex-Aequo and the Housing First secondment to SMES,
written in French first). Only what the sources say is filled in: no period where
they give no years, no evaluation where they mention none, no lead organisation
where they do not say who runs the practice. Coordinates are those of the city
centre, for the map.

The Infor-Drogues page does not name its city; both of its practices are placed in
Brussels, where Infor-Drogues sits in the Brussels federation (FEDITO) and the
Concertation Toxicomanie Bruxelles.
"""

from decimal import Decimal

from ..specs import PageSpec, Ref, SnippetRef

# Area values of resources.models.practices.Area, and EvaluationStatus values.
PREVENTION = "prevention"
TREATMENT = "treatment"
HARM_REDUCTION = "harm-reduction"
SOCIAL_REINTEGRATION = "social-reintegration"
NOT_EVALUATED = "none"
EVALUATION_IN_PROGRESS = "in-progress"

# City centres: (latitude, longitude).
BRUSSELS = (Decimal("50.8467"), Decimal("4.3525"))
LOOS = (Decimal("50.6128"), Decimal("3.0164"))
STRASBOURG = (Decimal("48.5734"), Decimal("7.7521"))
ROTTERDAM = (Decimal("51.9244"), Decimal("4.4777"))


def terms(prefix, *keys):
    return [SnippetRef(f"{prefix}-{key}") for key in keys]


def services(*lines):
    return [{"type": "service", "value": line} for line in lines]


def partners(*rows):
    """(organisation key, role) pairs, in the same order in both languages."""
    return [{"organisation": Ref(f"org-{key}"), "role": role} for key, role in rows]


def practice(
    key,
    *,
    country,
    coordinates,
    area,
    lead=None,
    start_year=None,
    end_year=None,
    ongoing=True,
    intervention_types=(),
    substances=(),
    target_groups=(),
    settings=(),
    topics=(),
    evaluation_status=NOT_EVALUATED,
    evaluation_type="",
    contact=None,
    related=(),
    source_language="en",
    en,
    fr,
):
    """A PracticePage under the practice examples. ``en`` and ``fr`` hold the translated fields."""
    latitude, longitude = coordinates
    empty = {
        "partners": [],
        "services": [],
        "objectives": "",
        "evaluation_details": "",
        "results": "",
        "transferability": "",
        "body": [],
    }
    return PageSpec(
        key=f"practice-{key}",
        model="resources.PracticePage",
        parent="practices",
        source_language=source_language,
        shared={
            "lead_organisation": Ref(f"org-{lead}") if lead else None,
            "country": country,
            "latitude": latitude,
            "longitude": longitude,
            "start_year": start_year,
            "end_year": end_year,
            "ongoing": ongoing,
            "area": area,
            "intervention_types": terms("itype", *intervention_types),
            "substances": terms("substance", *substances),
            "target_groups": terms("target", *target_groups),
            "intervention_settings": terms("setting", *settings),
            "topics": terms("topic", *topics),
            "evaluation_status": evaluation_status,
            "evaluation_type": evaluation_type,
            "contact": SnippetRef(contact) if contact else None,
            "related_pages": [{"page": Ref(page)} for page in related],
        },
        content={"en": {**empty, **en}, "fr": {**empty, **fr}},
    )


PRACTICES_INDEX = PageSpec(
    key="practices",
    model="resources.PracticeIndexPage",
    parent="home",
    shared={"show_in_menus": True},
    content={
        "en": {
            "title": "Practice examples",
            "slug": "practices",
            "introduction": (
                "How members of the network work on the ground: consumption rooms, housing, chemsex consultations, "
                "prevention with young people and their parents. Each example says who runs it, where, for whom, "
                "since when, whether it has been evaluated and what another city would need to do the same. Filter "
                "them, or find them on the map."
            ),
            "listing_summary": (
                "Practices from Brussels, Loos, Strasbourg and Rotterdam: harm reduction, housing, chemsex "
                "consultations and keeping young people out of drug trafficking."
            ),
            "search_description": (
                "Practice examples from European cities on drugs and harm reduction: who runs them, for whom, "
                "where, evaluation and transferability."
            ),
        },
        "fr": {
            "title": "Exemples de pratiques",
            "slug": "pratiques",
            "introduction": (
                "Comment les membres du réseau agissent sur le terrain : salles de consommation, logement, "
                "consultations chemsex, prévention auprès des jeunes et de leurs parents. Chaque exemple dit qui le "
                "porte, où, pour qui, depuis quand, s'il a été évalué et ce qu'il faudrait à une autre ville pour "
                "faire de même. Filtrez-les, ou retrouvez-les sur la carte."
            ),
            "listing_summary": (
                "Des pratiques de Bruxelles, Loos, Strasbourg et Rotterdam : réduction des risques, logement, "
                "consultations chemsex et prévention de l'entrée des jeunes dans les trafics."
            ),
            "search_description": (
                "Exemples de pratiques de villes européennes sur les drogues et la réduction des risques : porteurs, "
                "publics, lieux, évaluation et transférabilité."
            ),
        },
    },
)

# --- Efus press pack (English) ---------------------------------------------------------------

TRANSIT = practice(
    "transit",
    lead="transit",
    country="BE",
    coordinates=BRUSSELS,
    area=HARM_REDUCTION,
    intervention_types=(
        "drug-consumption-room",
        "sterile-equipment",
        "supervised-housing",
        "work-in-prison",
        "women-only-space",
    ),
    substances=("illicit-drugs", "alcohol", "medicines"),
    target_groups=("people-who-use-drugs", "women-who-use-drugs", "people-in-prison"),
    settings=("drug-consumption-room", "housing", "prison"),
    topics=("harm-reduction", "drug-consumption-rooms", "needle-exchange", "prison", "women"),
    # Efus offered journalists to put them in touch with the organisations it presented; Transit's Deputy
    # Director spoke for the association at the conference.
    contact="person-laurent-maise",
    en={
        "title": "Transit: harm reduction and care for adults with an addiction in Brussels",
        "slug": "transit-brussels",
        "listing_title": "Transit, Brussels: from the Gate consumption room to a space for women",
        "summary": (
            "Transit, a non-profit association supported by the Brussels-Capital Region, cares for adults with an "
            "addiction to drugs, alcohol or medicines. Its services range from Gate, a safe consumption room, and "
            "the provision of sterile equipment to supervised housing, work in prison and a space for women."
        ),
        "listing_summary": (
            "The Gate safe consumption room, sterile equipment, supervised housing, prison work and a space for "
            "women: Transit's services for adults with an addiction in Brussels."
        ),
        "search_description": (
            "Transit, Brussels-Capital Region: Gate safe consumption room, sterile equipment, supervised housing, "
            "work in prison and a space for women who use drugs."
        ),
        "city": "Brussels",
        "partners": partners(("brussels-capital-region", "Supports the association")),
        "services": services(
            "Gate, a safe consumption room",
            "Provision of sterile equipment",
            "Supervised housing",
            "Work in prison",
            "A space for women",
        ),
        "objectives": (
            "<p>To care for adults with an addiction to drugs, alcohol or medicines through a range of services "
            "that reaches them in several places: a consumption room, housing and prison, with a space of their "
            "own for women.</p>"
        ),
        "transferability": (
            "<p>Transit's services rest on the support of a public authority, the Brussels-Capital Region, for a "
            "non-profit association. The European network Efus, whose members include cities and regions, presents "
            "this support as an example of what its members do on harm reduction, and organised visits to harm reduction schemes in "
            "the region for the participants of its conference.</p>"
        ),
    },
    fr={
        "title": "Transit : réduction des risques et prise en charge des adultes dépendants à Bruxelles",
        "slug": "transit-bruxelles",
        "listing_title": "Transit, Bruxelles : de la salle de consommation Gate à l'espace femmes",
        "summary": (
            "Soutenue par la Région de Bruxelles-Capitale, l'association sans but lucratif Transit prend en charge "
            "des adultes dépendants aux drogues, à l'alcool ou aux médicaments. Ses services vont de Gate, une "
            "salle de consommation à moindre risque, et de la mise à disposition de matériel stérile au logement "
            "encadré, au travail en prison et à un espace réservé aux femmes."
        ),
        "listing_summary": (
            "La salle de consommation à moindre risque Gate, du matériel stérile, des logements encadrés, un "
            "travail en prison et un espace pour les femmes : les services de Transit à Bruxelles."
        ),
        "search_description": (
            "Transit, Région de Bruxelles-Capitale : salle de consommation à moindre risque Gate, matériel stérile, "
            "logement encadré, travail en prison et espace réservé aux femmes."
        ),
        "city": "Bruxelles",
        "partners": partners(("brussels-capital-region", "Soutient l'association")),
        "services": services(
            "Gate, salle de consommation à moindre risque",
            "Mise à disposition de matériel stérile",
            "Logement encadré",
            "Travail en prison",
            "Espace réservé aux femmes",
        ),
        "objectives": (
            "<p>Prendre en charge des adultes dépendants aux drogues, à l'alcool ou aux médicaments grâce à un "
            "ensemble de services qui les rejoignent en plusieurs lieux : une salle de consommation, le logement et "
            "la prison, avec un espace propre aux femmes.</p>"
        ),
        "transferability": (
            "<p>Les services de Transit reposent sur le soutien d'une autorité publique, la Région de "
            "Bruxelles-Capitale, à une association sans but lucratif. Le réseau européen Efus, qui compte des "
            "villes et des régions parmi ses membres, présente ce soutien comme un exemple de l'action de ses membres en matière de réduction "
            "des risques, et a organisé pour les participants de sa conférence des visites de dispositifs de "
            "réduction des risques dans la région.</p>"
        ),
    },
)

LIMITS_LOOS = practice(
    "limits-loos",
    lead="loos",
    country="FR",
    coordinates=LOOS,
    area=PREVENTION,
    start_year=2020,
    end_year=2023,
    ongoing=False,
    intervention_types=(
        "parenting-support",
        "school-based-prevention",
        "training-of-professionals",
        "recruitment-prevention",
    ),
    target_groups=("young-people", "parents", "professionals"),
    settings=("school", "neighbourhood"),
    topics=("youth-prevention", "trafficking-prevention"),
    evaluation_status=EVALUATION_IN_PROGRESS,
    related=("limit",),
    en={
        "title": "LIMIT's in Loos: keeping young people out of drug trafficking",
        "slug": "limits-loos",
        "summary": (
            "In Loos, LIMIT's, a pilot programme led from 2020 to 2023 by MILDECA, the French government's "
            "Interministerial Mission for the Prevention of Drugs and Addictive Behaviour, backed local schemes to keep young people "
            "from entering drug trafficking: support for parents, awareness activities with primary and secondary "
            "school pupils, and training for prevention professionals. Lille and Sarcelles took part too."
        ),
        "listing_summary": (
            "Support for parents, awareness activities in schools and training for prevention professionals: how "
            "Loos took part in LIMIT's (2020–2023) to keep young people out of drug trafficking."
        ),
        "search_description": (
            "LIMIT's in Loos (2020–2023, MILDECA): support for parents, awareness activities with pupils and "
            "training for prevention professionals against young people's entry into drug trafficking."
        ),
        "city": "Loos",
        "partners": partners(
            ("mildeca", "Led the LIMIT's pilot programme and supported the local schemes"),
            ("lille", "Took part in the programme"),
            ("sarcelles", "Took part in the programme"),
        ),
        "services": services(
            "Support for parents",
            "Awareness activities with primary and secondary school pupils",
            "Training for prevention professionals",
        ),
        "objectives": (
            "<p>To keep young people from being drawn into drug trafficking by backing a wide range of local "
            "prevention schemes, aimed at young people themselves, at their parents and at the professionals "
            "around them.</p>"
        ),
        "evaluation_details": (
            "The project was being evaluated when Efus presented it in the press pack of its conference sessions "
            "on drugs and harm reduction."
        ),
        "transferability": (
            "<p>LIMIT's was a pilot: a national body, MILDECA, supported a range of local prevention schemes in "
            "three French cities at once – Loos, Lille and Sarcelles – for three years. In Loos, the schemes "
            "reached parents, pupils and prevention professionals together.</p>"
        ),
    },
    fr={
        "title": "LIMIT's à Loos : tenir les jeunes à l'écart du trafic de drogues",
        "slug": "limits-loos",
        "summary": (
            "À Loos, LIMIT's, programme pilote conduit de 2020 à 2023 par la MILDECA, la Mission interministérielle "
            "de lutte contre les drogues et les conduites addictives, a soutenu des dispositifs locaux pour éviter "
            "que les jeunes n'entrent dans le trafic de drogues : accompagnement des parents, actions de "
            "sensibilisation auprès des élèves du primaire et du secondaire, formation des professionnels de la "
            "prévention. Lille et Sarcelles y ont aussi participé."
        ),
        "listing_summary": (
            "Accompagnement des parents, sensibilisation dans les écoles et formation des professionnels de la "
            "prévention : la participation de Loos à LIMIT's (2020–2023) contre l'entrée des jeunes dans les trafics."
        ),
        "search_description": (
            "LIMIT's à Loos (2020–2023, MILDECA) : accompagnement des parents, sensibilisation des élèves et "
            "formation des professionnels de la prévention face à l'entrée des jeunes dans le trafic de drogues."
        ),
        "city": "Loos",
        "partners": partners(
            ("mildeca", "A conduit le programme pilote LIMIT's et soutenu les dispositifs locaux"),
            ("lille", "A participé au programme"),
            ("sarcelles", "A participé au programme"),
        ),
        "services": services(
            "Accompagnement des parents",
            "Actions de sensibilisation auprès des élèves du primaire et du secondaire",
            "Formation des professionnels de la prévention",
        ),
        "objectives": (
            "<p>Éviter que les jeunes ne soient entraînés dans le trafic de drogues en soutenant un large éventail "
            "de dispositifs locaux de prévention, destinés aux jeunes eux-mêmes, à leurs parents et aux "
            "professionnels qui les entourent.</p>"
        ),
        "evaluation_details": (
            "Le projet était en cours d'évaluation lorsque l'Efus l'a présenté dans le dossier de presse de ses "
            "sessions consacrées aux drogues et à la réduction des risques."
        ),
        "transferability": (
            "<p>LIMIT's était un programme pilote : un organisme national, la MILDECA, a soutenu un ensemble de "
            "dispositifs locaux de prévention dans trois villes françaises à la fois – Loos, Lille et Sarcelles – "
            "pendant trois ans. À Loos, ces dispositifs ont touché ensemble les parents, les élèves et les "
            "professionnels de la prévention.</p>"
        ),
    },
)

STRASBOURG_CONSUMPTION_ROOM = practice(
    # The press pack says where the room is, not who runs it: the city appears as its host, with no lead.
    "strasbourg-consumption-room",
    country="FR",
    coordinates=STRASBOURG,
    area=HARM_REDUCTION,
    intervention_types=("drug-consumption-room",),
    target_groups=("people-who-use-drugs",),
    settings=("drug-consumption-room",),
    topics=("drug-consumption-rooms", "harm-reduction"),
    en={
        "title": "Strasbourg's safe consumption room",
        "slug": "strasbourg-safe-consumption-room",
        "summary": (
            "Strasbourg hosts one of the only two safe consumption rooms in France; the other is in Paris. Such a "
            "room is a supervised place where people can use the drugs they bring with them in safer conditions."
        ),
        "listing_summary": "One of France's two safe consumption rooms – the other is in Paris.",
        "search_description": (
            "Strasbourg's safe consumption room, one of two in France, with the one in Paris: harm reduction for "
            "people who use drugs."
        ),
        "city": "Strasbourg",
        "partners": partners(("strasbourg", "Host city")),
        "services": services("Supervised consumption room"),
    },
    fr={
        "title": "La salle de consommation à moindre risque de Strasbourg",
        "slug": "salle-de-consommation-strasbourg",
        "summary": (
            "Strasbourg accueille l'une des deux seules salles de consommation à moindre risque de France, l'autre "
            "se trouvant à Paris. Une telle salle est un lieu encadré où les usagers peuvent consommer les produits "
            "qu'ils apportent dans de meilleures conditions de sécurité."
        ),
        "listing_summary": "L'une des deux salles de consommation à moindre risque de France, avec celle de Paris.",
        "search_description": (
            "La salle de consommation à moindre risque de Strasbourg, l'une des deux de France avec celle de Paris : "
            "réduction des risques pour les usagers de drogues."
        ),
        "city": "Strasbourg",
        "partners": partners(("strasbourg", "Ville d'accueil")),
        "services": services("Salle de consommation supervisée"),
    },
)

ROTTERDAM_RECRUITMENT = practice(
    "rotterdam-recruitment",
    lead="rotterdam",
    country="NL",
    coordinates=ROTTERDAM,
    area=PREVENTION,
    intervention_types=("recruitment-prevention",),
    target_groups=("young-people",),
    topics=("trafficking-prevention", "youth-prevention"),
    en={
        "title": "Rotterdam: keeping young residents from being recruited into drug trafficking",
        "slug": "rotterdam-youth-recruitment",
        "summary": (
            "Europe's main port is increasingly used by organised crime and drug traffickers as a platform. In "
            "response, the city of Rotterdam has set up several schemes, in particular to stop traffickers from "
            "recruiting its young residents."
        ),
        "listing_summary": (
            "In Europe's main port, the city's schemes to stop drug traffickers from recruiting young residents."
        ),
        "search_description": (
            "Rotterdam, Europe's main port: the city's schemes to prevent young residents from being recruited into "
            "drug trafficking and organised crime."
        ),
        "city": "Rotterdam",
        "services": services("Schemes to keep young residents from being recruited into drug trafficking"),
        "objectives": (
            "<p>To prevent young residents from being recruited into drug trafficking, in a city whose port makes "
            "it a platform for organised crime.</p>"
        ),
        "transferability": (
            "<p>The schemes respond to a situation shaped by the port: as Europe's main port, Rotterdam is "
            "increasingly used as a platform by organised crime and drug traffickers.</p>"
        ),
    },
    fr={
        "title": "Rotterdam : empêcher le recrutement des jeunes par les trafiquants",
        "slug": "rotterdam-recrutement-des-jeunes",
        "summary": (
            "Premier port d'Europe, Rotterdam sert de plus en plus de plateforme au crime organisé et aux "
            "trafiquants de drogues. La ville a donc mis en place plusieurs dispositifs, notamment pour empêcher que "
            "les trafiquants ne recrutent ses jeunes habitants."
        ),
        "listing_summary": (
            "Dans le premier port d'Europe, les dispositifs de la ville pour empêcher les trafiquants de recruter de "
            "jeunes habitants."
        ),
        "search_description": (
            "Rotterdam, premier port d'Europe : les dispositifs de la ville pour éviter que de jeunes habitants ne "
            "soient recrutés par le trafic de drogues et le crime organisé."
        ),
        "city": "Rotterdam",
        "services": services("Dispositifs pour éviter que de jeunes habitants ne soient recrutés par les trafiquants"),
        "objectives": (
            "<p>Empêcher que de jeunes habitants ne soient recrutés par le trafic de drogues, dans une ville dont le "
            "port fait une plateforme pour le crime organisé.</p>"
        ),
        "transferability": (
            "<p>Ces dispositifs répondent à une situation façonnée par le port : premier port d'Europe, Rotterdam "
            "sert de plus en plus de plateforme au crime organisé et aux trafiquants de drogues.</p>"
        ),
    },
)

# --- Infor-Drogues' partnerships (French) ----------------------------------------------------

CHEMSEX_EX_AEQUO = practice(
    "chemsex-ex-aequo",
    source_language="fr",
    lead="infor-drogues",
    country="BE",
    coordinates=BRUSSELS,
    area=TREATMENT,
    intervention_types=("counselling", "social-support", "staff-secondment"),
    target_groups=("men-who-have-sex-with-men",),
    settings=("community-organisation",),
    topics=("chemsex", "harm-reduction", "counselling"),
    fr={
        "title": "Chemsex : des consultations d'Infor-Drogues au sein d'Ex-Aequo",
        "slug": "consultations-chemsex-ex-aequo",
        "summary": (
            "Infor-Drogues détache un psychothérapeute au service communautaire d'Ex-Aequo destiné aux hommes qui "
            "ont des relations sexuelles avec d'autres hommes (HSH). Les personnes confrontées au chemsex y sont "
            "suivies dans un cadre qu'elles jugent sûr et « non hostile », avec un assistant social qui assure "
            "l'accompagnement social et de réduction des risques."
        ),
        "listing_summary": (
            "Un psychothérapeute d'Infor-Drogues et un assistant social d'Ex-Aequo accompagnent ensemble les "
            "personnes confrontées au chemsex, dans un cadre communautaire HSH."
        ),
        "search_description": (
            "Chemsex : consultations d'Infor-Drogues chez Ex-Aequo, service communautaire HSH ; suivi "
            "psychothérapeutique, accompagnement social et réduction des risques."
        ),
        "city": "Bruxelles",
        "partners": partners(
            (
                "ex-aequo",
                "Accueille les consultations dans son service communautaire HSH ; son assistant social assure "
                "l'accompagnement social et de réduction des risques",
            ),
        ),
        "services": services(
            "Suivi psychothérapeutique par un psychothérapeute d'Infor-Drogues",
            "Accompagnement social et de réduction des risques proposé par Ex-Aequo",
        ),
        "objectives": (
            "<p>Proposer un suivi efficace aux personnes confrontées au chemsex, en faisant converger approche "
            "psychosociale et approche communautaire.</p>"
            "<p>Rendre ce suivi accessible à un public qui ne se tourne pas spontanément vers Infor-Drogues, en "
            "l'offrant dans un lieu qu'il perçoit comme sûr plutôt que dans les locaux de l'association.</p>"
        ),
        "transferability": (
            "<p>Le dispositif part d'un constat : un service peut avoir les compétences pour accompagner un public "
            "sans que ce public vienne à lui. Plutôt que d'attendre les personnes dans ses locaux, Infor-Drogues "
            "consulte dans un cadre communautaire qu'elles jugent plus accessible. Cela suppose un partenariat "
            "entre un service spécialisé et une association communautaire, et un travail en binôme entre "
            "psychothérapeute et assistant social.</p>"
        ),
    },
    en={
        "title": "Chemsex: Infor-Drogues consultations at Ex-Aequo",
        "slug": "chemsex-consultations-ex-aequo",
        "summary": (
            "Infor-Drogues seconds a psychotherapist to Ex-Aequo's community service for men who have sex with men "
            '(MSM). People facing chemsex are followed there, in a setting they see as safe and "non-hostile", '
            "together with a social worker who provides social and harm reduction support."
        ),
        "listing_summary": (
            "A psychotherapist from Infor-Drogues and a social worker from Ex-Aequo support people facing chemsex "
            "together, in a community setting for men who have sex with men."
        ),
        "search_description": (
            "Chemsex: Infor-Drogues consultations at Ex-Aequo's community service for MSM; psychotherapy, social "
            "support and harm reduction."
        ),
        "city": "Brussels",
        "partners": partners(
            (
                "ex-aequo",
                "Hosts the consultations in its community service for MSM; its social worker provides social and "
                "harm reduction support",
            ),
        ),
        "services": services(
            "Psychotherapy with a psychotherapist from Infor-Drogues",
            "Social and harm reduction support from Ex-Aequo",
        ),
        "objectives": (
            "<p>To offer effective follow-up to people facing chemsex, bringing psychosocial and community "
            "approaches together.</p>"
            "<p>To make that follow-up accessible to people who would not turn to Infor-Drogues of their own "
            "accord, by offering it in a place they see as safe rather than on the association's premises.</p>"
        ),
        "transferability": (
            "<p>The scheme starts from an observation: a service may have the skills to support a group of people "
            "without those people coming to it. Instead of waiting for them on its own premises, Infor-Drogues "
            "holds its consultations in a community setting they find easier to reach. This calls for a "
            "partnership between a specialised service and a community organisation, and for a psychotherapist and "
            "a social worker working as a pair.</p>"
        ),
    },
)

HOUSING_FIRST_SMES = practice(
    "housing-first-smes",
    source_language="fr",
    lead="infor-drogues",
    country="BE",
    coordinates=BRUSSELS,
    area=SOCIAL_REINTEGRATION,
    intervention_types=("housing-first", "intensive-case-management", "staff-secondment", "counselling"),
    target_groups=("homeless-people", "people-who-use-drugs"),
    settings=("housing",),
    topics=("housing-first", "homelessness"),
    fr={
        "title": "Housing First : un collaborateur d'Infor-Drogues dans l'équipe du SMES",
        "slug": "housing-first-smes",
        "summary": (
            "Dans le cadre du projet Housing First, Infor-Drogues détache un collaborateur dans l'équipe Intensive "
            "Case Management (ICM) du SMES. Il accompagne, sur leurs consommations, des personnes très vulnérables "
            "déjà suivies par le SMES, dans un cadre qu'elles perçoivent comme plus sûr et plus « familier »."
        ),
        "listing_summary": (
            "Un collaborateur d'Infor-Drogues rejoint l'équipe ICM du SMES pour accompagner, sur leurs "
            "consommations, les bénéficiaires du projet Housing First."
        ),
        "search_description": (
            "Housing First : détachement d'un collaborateur d'Infor-Drogues dans l'équipe Intensive Case "
            "Management du SMES ; accès inconditionnel et gratuit au logement et à l'accompagnement."
        ),
        "city": "Bruxelles",
        "partners": partners(
            (
                "smes",
                "Mène le projet Housing First ; son équipe Intensive Case Management accueille le collaborateur "
                "détaché",
            ),
        ),
        "services": services(
            "Accompagnement des consommations par un collaborateur d'Infor-Drogues",
            "Suivi intensif par l'équipe Intensive Case Management du SMES",
            "Accès inconditionnel et gratuit au logement (Housing First)",
        ),
        "objectives": (
            "<p>Les deux partenaires poursuivent trois objectifs communs :</p>"
            "<ul><li>expérimenter une collaboration entre des services de deux secteurs différents, le sans-abrisme "
            "et la toxicomanie ;</li><li>proposer aux personnes sans abri une aide non médicalisée ;</li><li>rendre "
            "les services d'Infor-Drogues plus accessibles à ce public.</li></ul>"
        ),
        "transferability": (
            "<p>Le projet est né de la rencontre de deux asbl qui partagent un principe : l'accès inconditionnel et "
            "gratuit à leurs services, au logement pour le SMES, à un accompagnement dit « clinique » pour "
            "Infor-Drogues. L'aide n'y dépend ni d'un choix thérapeutique ni d'un parcours d'insertion fixés à "
            "l'avance. Il suppose que deux services de secteurs différents acceptent de travailler au sein d'une "
            "même équipe, là où le public est déjà suivi.</p>"
        ),
    },
    en={
        "title": "Housing First: an Infor-Drogues worker in the SMES team",
        "slug": "housing-first-smes",
        "summary": (
            "In the Housing First project, Infor-Drogues seconds a member of its staff to the Intensive Case "
            "Management (ICM) team of SMES. They help very vulnerable people already supported by SMES with their "
            'drug use, in a setting those people find safer and more "familiar".'
        ),
        "listing_summary": (
            "An Infor-Drogues worker joins the SMES ICM team to support the people in the Housing First project "
            "with their drug use."
        ),
        "search_description": (
            "Housing First: an Infor-Drogues staff member seconded to the SMES Intensive Case Management team; "
            "unconditional, free access to housing and support."
        ),
        "city": "Brussels",
        "partners": partners(
            ("smes", "Runs the Housing First project; its Intensive Case Management team hosts the seconded worker"),
        ),
        "services": services(
            "Support with drug use from an Infor-Drogues staff member",
            "Intensive case management by the SMES team",
            "Unconditional, free access to housing (Housing First)",
        ),
        "objectives": (
            "<p>The two partners share three aims:</p>"
            "<ul><li>to try out cooperation between services from two different sectors, homelessness and "
            "addiction;</li><li>to offer homeless people help that is not medical;</li><li>to make Infor-Drogues' "
            "services easier for them to reach.</li></ul>"
        ),
        "transferability": (
            "<p>The project grew out of a meeting between two non-profits that share one principle: unconditional, "
            "free access to their services – to housing at SMES, to so-called clinical support at Infor-Drogues. "
            "Help does not depend on a set course of treatment or on a predetermined path back into society. It "
            "calls for two services from different sectors to agree to work within one team, where the people "
            "concerned are already supported.</p>"
        ),
    },
)

PAGES = [
    PRACTICES_INDEX,
    TRANSIT,
    LIMITS_LOOS,
    CHEMSEX_EX_AEQUO,
    HOUSING_FIRST_SMES,
    STRASBOURG_CONSUMPTION_ROOM,
    ROTTERDAM_RECRUITMENT,
]
