"""The controlled vocabularies used by the demo: topics and fields of intervention.

Only the terms the organisations, projects and practices of the demo actually
need are listed; editors add the rest in the admin. Slugs are written in each
language because they appear in the filter addresses readers see.
"""

from ..specs import SnippetSpec


def _term(model, key, en, fr):
    """``en`` and ``fr``: (name, slug, description) triples."""
    return SnippetSpec(
        key=key,
        model=model,
        content={
            language: {"name": name, "slug": slug, "description": description}
            for language, (name, slug, description) in (("en", en), ("fr", fr))
        },
    )


def topic(key, en, fr):
    return _term("portal.Topic", f"topic-{key}", en, fr)


def field_of_intervention(key, en, fr):
    return _term("portal.InterventionField", f"field-{key}", en, fr)


TOPICS = [
    topic(
        "harm-reduction",
        (
            "Harm reduction",
            "harm-reduction",
            "Reducing the health and social harm linked to drug use without making abstinence a condition of help.",
        ),
        (
            "Réduction des risques",
            "reduction-des-risques",
            "Limiter les dommages sanitaires et sociaux liés aux usages de drogues, sans faire de l'abstinence une "
            "condition de l'aide.",
        ),
    ),
    topic(
        "hiv-aids-prevention",
        (
            "HIV/AIDS prevention",
            "hiv-aids-prevention",
            "Preventing HIV infection among people who use drugs and the people close to them.",
        ),
        (
            "Prévention du VIH/sida",
            "prevention-du-vih-sida",
            "Prévenir l'infection par le VIH chez les usagers de drogues et leur entourage.",
        ),
    ),
    topic(
        "hepatitis-c",
        (
            "Hepatitis C",
            "hepatitis-c",
            "Preventing hepatitis C (HCV), in particular among people who inject drugs.",
        ),
        (
            "Hépatite C",
            "hepatite-c",
            "Prévenir l'hépatite C (VHC), en particulier chez les usagers de drogues par voie injectable.",
        ),
    ),
    topic(
        "overdose",
        ("Overdose", "overdose", "Preventing overdoses and responding to them."),
        ("Surdose", "surdose", "Prévenir les surdoses et y faire face."),
    ),
    topic(
        "needle-exchange",
        (
            "Needle exchange",
            "needle-exchange",
            "Programmes that provide sterile injecting equipment and take back used equipment.",
        ),
        (
            "Échange de seringues",
            "echange-de-seringues",
            "Programmes qui fournissent du matériel d'injection stérile et récupèrent le matériel usagé.",
        ),
    ),
    topic(
        "chemsex",
        (
            "Chemsex",
            "chemsex",
            "Drug use in a sexual context, especially among men who have sex with men.",
        ),
        (
            "Chemsex",
            "chemsex",
            "Usages de drogues en contexte sexuel, notamment chez les hommes ayant des relations sexuelles avec "
            "des hommes.",
        ),
    ),
    topic(
        "cocaine",
        (
            "Cocaine",
            "cocaine",
            "Cocaine use and how services inform, prevent and support the people concerned.",
        ),
        (
            "Cocaïne",
            "cocaine",
            "Les usages de cocaïne et la manière dont les services informent, préviennent et accompagnent les "
            "personnes concernées.",
        ),
    ),
    topic(
        "outreach-work",
        (
            "Outreach work",
            "outreach-work",
            "Going out to meet people who use drugs where they are: in the street and in other everyday settings.",
        ),
        (
            "Travail de proximité",
            "travail-de-proximite",
            "Aller à la rencontre des usagers de drogues là où ils se trouvent : dans la rue et dans leurs lieux "
            "de vie.",
        ),
    ),
    topic(
        "housing-first",
        (
            "Housing First",
            "housing-first",
            "Giving homeless people access to housing without prior conditions, with support as they need it.",
        ),
        (
            "Logement d'abord",
            "logement-d-abord",
            "Housing First : l'accès au logement pour les personnes sans abri, sans condition préalable, avec un "
            "accompagnement adapté.",
        ),
    ),
    topic(
        "homelessness",
        (
            "Homelessness",
            "homelessness",
            "Support for homeless people who use drugs.",
        ),
        (
            "Sans-abrisme",
            "sans-abrisme",
            "L'accompagnement des personnes sans abri qui consomment des drogues.",
        ),
    ),
    topic(
        "drug-consumption-rooms",
        (
            "Drug consumption rooms",
            "drug-consumption-rooms",
            "Supervised places where people can use drugs they bring with them more safely.",
        ),
        (
            "Salles de consommation à moindre risque",
            "salles-de-consommation",
            "Lieux encadrés où les usagers peuvent consommer les produits qu'ils apportent dans de meilleures "
            "conditions de sécurité.",
        ),
    ),
    topic(
        "youth-prevention",
        (
            "Youth prevention",
            "youth-prevention",
            "Prevention with young people, their parents and the professionals around them.",
        ),
        (
            "Prévention auprès des jeunes",
            "prevention-jeunes",
            "La prévention auprès des jeunes, de leurs parents et des professionnels qui les entourent.",
        ),
    ),
    topic(
        "trafficking-prevention",
        (
            "Trafficking prevention",
            "trafficking-prevention",
            "Keeping people, young people above all, from being drawn into drug trafficking.",
        ),
        (
            "Prévention du trafic",
            "prevention-du-trafic",
            "Éviter que des personnes, et d'abord des jeunes, ne soient entraînées dans le trafic de drogues.",
        ),
    ),
    topic(
        "counselling",
        (
            "Counselling",
            "counselling",
            "Counselling as a helping relationship with people who use drugs.",
        ),
        (
            "Counselling et relation d'aide",
            "counselling",
            "Le counselling conçu comme une relation d'aide avec les usagers de drogues.",
        ),
    ),
    topic(
        "ethics",
        (
            "Ethics",
            "ethics",
            "Ethical questions in the support of people who use drugs, including respect for their choices.",
        ),
        (
            "Éthique",
            "ethique",
            "Les questions éthiques que pose l'accompagnement des usagers de drogues, dont le respect de leurs choix.",
        ),
    ),
    topic(
        "prison",
        (
            "Prison",
            "prison",
            "Work with people who use drugs in prison.",
        ),
        (
            "Milieu carcéral",
            "milieu-carceral",
            "Le travail auprès des usagers de drogues en prison.",
        ),
    ),
    topic(
        "women",
        (
            "Women",
            "women",
            "Services and spaces designed for women who use drugs.",
        ),
        (
            "Femmes",
            "femmes",
            "Des services et des espaces pensés pour les femmes qui consomment des drogues.",
        ),
    ),
    topic(
        "drug-policy",
        (
            "Drug policy",
            "drug-policy",
            "Public policy on drugs and the place local authorities have in it.",
        ),
        (
            "Politiques en matière de drogues",
            "politiques-drogues",
            "Les politiques publiques en matière de drogues et la place qu'y tiennent les collectivités locales.",
        ),
    ),
]

FIELDS_OF_INTERVENTION = [
    field_of_intervention(
        "prevention",
        ("Prevention", "prevention", "Acting before problems linked to drug use arise."),
        ("Prévention", "prevention", "Agir avant que les problèmes liés aux usages de drogues n'apparaissent."),
    ),
    field_of_intervention(
        "harm-reduction",
        (
            "Harm reduction",
            "harm-reduction",
            "Services that reduce the risks and damage linked to drug use.",
        ),
        (
            "Réduction des risques",
            "reduction-des-risques",
            "Des services qui réduisent les risques et les dommages liés aux usages de drogues.",
        ),
    ),
    field_of_intervention(
        "treatment-and-care",
        (
            "Treatment and care",
            "treatment-and-care",
            "Care, therapy and follow-up for people who use drugs.",
        ),
        (
            "Soins et accompagnement",
            "soins-et-accompagnement",
            "Soins, thérapie et suivi des personnes qui consomment des drogues.",
        ),
    ),
    field_of_intervention(
        "social-reintegration",
        (
            "Social reintegration",
            "social-reintegration",
            "Housing, social support and help in finding a place in society.",
        ),
        (
            "Réinsertion sociale",
            "reinsertion-sociale",
            "Logement, accompagnement social et aide à trouver sa place dans la société.",
        ),
    ),
    field_of_intervention(
        "policy",
        (
            "Policy",
            "policy",
            "Shaping, coordinating and advocating for public policy on drugs.",
        ),
        (
            "Politiques publiques",
            "politiques-publiques",
            "Élaborer, coordonner et défendre des politiques publiques en matière de drogues.",
        ),
    ),
    field_of_intervention(
        "research",
        (
            "Research and monitoring",
            "research-and-monitoring",
            "Studies, research and observation of drug use.",
        ),
        (
            "Recherche et observation",
            "recherche-et-observation",
            "Études, recherches et observation des usages de drogues.",
        ),
    ),
    field_of_intervention(
        "training",
        (
            "Training",
            "training",
            "Training and supervision for the professionals who work with people who use drugs.",
        ),
        (
            "Formation",
            "formation",
            "Formation et supervision des professionnels qui travaillent auprès des usagers de drogues.",
        ),
    ),
    field_of_intervention(
        "health-promotion",
        (
            "Health promotion and education",
            "health-promotion-and-education",
            "Helping people take charge of their health through information, education and support.",
        ),
        (
            "Promotion et éducation pour la santé",
            "promotion-et-education-pour-la-sante",
            "Aider chacun à prendre sa santé en main par l'information, l'éducation et l'accompagnement.",
        ),
    ),
    field_of_intervention(
        "information-and-helplines",
        (
            "Information and helplines",
            "information-and-helplines",
            "Answering the public's questions about drugs, in person, by phone or online.",
        ),
        (
            "Information et aide téléphonique",
            "information-et-aide-telephonique",
            "Répondre aux questions du public sur les drogues, en personne, par téléphone ou en ligne.",
        ),
    ),
    field_of_intervention(
        "coordination",
        (
            "Coordination and networking",
            "coordination-and-networking",
            "Bringing services and institutions together so that they work in concert.",
        ),
        (
            "Concertation et travail en réseau",
            "concertation-et-reseau",
            "Réunir services et institutions pour qu'ils agissent de concert.",
        ),
    ),
    field_of_intervention(
        "crime-prevention",
        (
            "Crime prevention",
            "crime-prevention",
            "Local action on crime prevention and public tranquillity, including work on drug trafficking.",
        ),
        (
            "Prévention de la délinquance",
            "prevention-de-la-delinquance",
            "L'action locale en matière de prévention de la délinquance et de tranquillité publique, y compris "
            "face au trafic de drogues.",
        ),
    ),
]

SNIPPETS = [*TOPICS, *FIELDS_OF_INTERVENTION]
