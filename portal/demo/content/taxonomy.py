"""The controlled vocabularies used by the demo: topics, fields of intervention, and the
classifications of practice examples and library resources.

Only the terms the organisations, projects, practices and resources of the demo
actually need are listed; editors add the rest in the admin. Audiences and
resource types are the exception: they are short, closed lists that editors need
in full to classify any upload. Slugs are written in each language because they
appear in the filter addresses readers see.
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


def intervention_type(key, en, fr):
    return _term("portal.InterventionType", f"itype-{key}", en, fr)


def substance(key, en, fr):
    return _term("portal.Substance", f"substance-{key}", en, fr)


def target_group(key, en, fr):
    return _term("portal.TargetGroup", f"target-{key}", en, fr)


def setting(key, en, fr):
    return _term("portal.Setting", f"setting-{key}", en, fr)


def audience(key, en, fr):
    return _term("portal.Audience", f"audience-{key}", en, fr)


def resource_type(key, en, fr):
    return _term("portal.ResourceType", f"rtype-{key}", en, fr)


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

# What a practice example is, whom it serves and where: the terms the demo's practices use.

INTERVENTION_TYPES = [
    intervention_type(
        "drug-consumption-room",
        (
            "Drug consumption room",
            "drug-consumption-room",
            "A supervised room where people use the drugs they bring with them in safer conditions, with staff on hand.",
        ),
        (
            "Salle de consommation à moindre risque",
            "salle-de-consommation",
            "Un lieu encadré où les usagers consomment les produits qu'ils apportent dans de meilleures conditions de "
            "sécurité, en présence de professionnels.",
        ),
    ),
    intervention_type(
        "sterile-equipment",
        (
            "Sterile equipment distribution",
            "sterile-equipment",
            "Providing sterile equipment for drug use, including needle and syringe programmes.",
        ),
        (
            "Mise à disposition de matériel stérile",
            "materiel-sterile",
            "Fournir du matériel de consommation stérile, y compris par des programmes d'échange de seringues.",
        ),
    ),
    intervention_type(
        "supervised-housing",
        (
            "Supervised housing",
            "supervised-housing",
            "Housing that comes with the support of a team, for people with an addiction.",
        ),
        (
            "Logement encadré",
            "logement-encadre",
            "Un logement assorti de l'accompagnement d'une équipe, pour des personnes dépendantes.",
        ),
    ),
    intervention_type(
        "housing-first",
        (
            "Housing First",
            "housing-first",
            "Housing for homeless people with no prior conditions, and support from a team as they need it.",
        ),
        (
            "Logement d'abord (Housing First)",
            "logement-d-abord",
            "Un logement pour les personnes sans abri, sans condition préalable, avec l'accompagnement d'une équipe "
            "selon leurs besoins.",
        ),
    ),
    intervention_type(
        "intensive-case-management",
        (
            "Intensive case management",
            "intensive-case-management",
            "A team that follows each person closely and brings together the help they need.",
        ),
        (
            "Suivi intensif (Intensive Case Management)",
            "suivi-intensif",
            "Une équipe qui suit chaque personne de près et rassemble l'aide dont elle a besoin.",
        ),
    ),
    intervention_type(
        "work-in-prison",
        (
            "Work in prison",
            "work-in-prison",
            "Support for people who use drugs while they are in prison.",
        ),
        (
            "Intervention en prison",
            "intervention-en-prison",
            "L'accompagnement des usagers de drogues pendant leur détention.",
        ),
    ),
    intervention_type(
        "women-only-space",
        (
            "Women-only space",
            "women-only-space",
            "A space reserved for women who use drugs.",
        ),
        (
            "Espace réservé aux femmes",
            "espace-femmes",
            "Un espace réservé aux femmes qui consomment des drogues.",
        ),
    ),
    intervention_type(
        "counselling",
        (
            "Counselling and psychotherapy",
            "counselling-and-psychotherapy",
            "Individual follow-up by a psychotherapist or another professional of the helping relationship.",
        ),
        (
            "Consultation et psychothérapie",
            "consultation-et-psychotherapie",
            "Un suivi individuel par un psychothérapeute ou un autre professionnel de la relation d'aide.",
        ),
    ),
    intervention_type(
        "social-support",
        (
            "Social support",
            "social-support",
            "Help from a social worker, alongside health care.",
        ),
        (
            "Accompagnement social",
            "accompagnement-social",
            "L'aide d'un travailleur social, en complément des soins.",
        ),
    ),
    intervention_type(
        "staff-secondment",
        (
            "Staff secondment",
            "staff-secondment",
            "A professional from one service works within another service's team, to reach people where they "
            "already go.",
        ),
        (
            "Détachement de personnel",
            "detachement-de-personnel",
            "Un professionnel d'un service travaille au sein de l'équipe d'un autre, pour toucher les personnes là où "
            "elles se rendent déjà.",
        ),
    ),
    intervention_type(
        "parenting-support",
        (
            "Parenting support",
            "parenting-support",
            "Helping parents play their part in prevention.",
        ),
        (
            "Soutien à la parentalité",
            "soutien-a-la-parentalite",
            "Aider les parents à jouer leur rôle dans la prévention.",
        ),
    ),
    intervention_type(
        "school-based-prevention",
        (
            "School-based prevention",
            "school-based-prevention",
            "Awareness and prevention activities with pupils, at school.",
        ),
        (
            "Prévention en milieu scolaire",
            "prevention-en-milieu-scolaire",
            "Des actions de sensibilisation et de prévention menées avec les élèves, à l'école.",
        ),
    ),
    intervention_type(
        "training-of-professionals",
        (
            "Training of professionals",
            "training-of-professionals",
            "Training for the professionals who work in prevention, care or harm reduction.",
        ),
        (
            "Formation des professionnels",
            "formation-des-professionnels",
            "La formation des professionnels de la prévention, du soin ou de la réduction des risques.",
        ),
    ),
    intervention_type(
        "recruitment-prevention",
        (
            "Prevention of recruitment into trafficking",
            "recruitment-prevention",
            "Keeping young people from being recruited into drug trafficking.",
        ),
        (
            "Prévention de l'entrée dans les trafics",
            "prevention-entree-dans-les-trafics",
            "Éviter que des jeunes ne soient recrutés par les trafiquants de drogues.",
        ),
    ),
]

SUBSTANCES = [
    substance(
        "illicit-drugs",
        ("Illicit drugs", "illicit-drugs", "Drugs whose use or sale is prohibited by law."),
        ("Drogues illicites", "drogues-illicites", "Les produits dont l'usage ou la vente sont interdits par la loi."),
    ),
    substance(
        "alcohol",
        ("Alcohol", "alcohol", "Alcoholic drinks."),
        ("Alcool", "alcool", "Les boissons alcoolisées."),
    ),
    substance(
        "medicines",
        ("Medicines", "medicines", "Medicines on which a person has become dependent."),
        ("Médicaments", "medicaments", "Les médicaments dont une personne est devenue dépendante."),
    ),
]

TARGET_GROUPS = [
    target_group(
        "people-who-use-drugs",
        ("People who use drugs", "people-who-use-drugs", "Adults who use drugs, whatever the substance."),
        (
            "Usagers de drogues",
            "usagers-de-drogues",
            "Les adultes qui consomment des drogues, quel que soit le produit.",
        ),
    ),
    target_group(
        "women-who-use-drugs",
        ("Women who use drugs", "women-who-use-drugs", "Women who use drugs, and the services meant for them."),
        (
            "Femmes usagères de drogues",
            "femmes-usageres",
            "Les femmes qui consomment des drogues, et les services qui leur sont destinés.",
        ),
    ),
    target_group(
        "people-in-prison",
        ("People in prison", "people-in-prison", "People who use drugs while serving a prison sentence."),
        (
            "Personnes détenues",
            "personnes-detenues",
            "Les personnes qui consomment des drogues pendant leur détention.",
        ),
    ),
    target_group(
        "homeless-people",
        ("Homeless people", "homeless-people", "People who have no home of their own."),
        ("Personnes sans abri", "personnes-sans-abri", "Les personnes qui n'ont pas de logement à elles."),
    ),
    target_group(
        "men-who-have-sex-with-men",
        (
            "Men who have sex with men",
            "men-who-have-sex-with-men",
            "Men who have sex with men (MSM), among them people affected by chemsex.",
        ),
        (
            "Hommes ayant des relations sexuelles avec des hommes",
            "hsh",
            "Les hommes qui ont des relations sexuelles avec d'autres hommes (HSH), parmi lesquels des personnes "
            "confrontées au chemsex.",
        ),
    ),
    target_group(
        "young-people",
        ("Young people", "young-people", "Children, teenagers and young adults, including school pupils."),
        (
            "Jeunes",
            "jeunes",
            "Enfants, adolescents et jeunes adultes, dont les élèves.",
        ),
    ),
    target_group(
        "parents",
        ("Parents", "parents", "Parents and the other adults who bring up children."),
        ("Parents", "parents", "Les parents et les autres adultes qui élèvent des enfants."),
    ),
    target_group(
        "professionals",
        ("Professionals", "professionals", "The professionals of prevention, care and social work."),
        (
            "Professionnels",
            "professionnels",
            "Les professionnels de la prévention, du soin et du travail social.",
        ),
    ),
]

SETTINGS = [
    setting(
        "drug-consumption-room",
        ("Drug consumption room", "drug-consumption-room", "A room set up for supervised drug use."),
        (
            "Salle de consommation",
            "salle-de-consommation",
            "Un lieu aménagé pour une consommation encadrée.",
        ),
    ),
    setting(
        "housing",
        ("Housing", "housing", "People's homes, and housing provided with support."),
        ("Logement", "logement", "Le domicile des personnes et les logements assortis d'un accompagnement."),
    ),
    setting(
        "prison",
        ("Prison", "prison", "Prisons and other places of detention."),
        ("Milieu carcéral", "milieu-carceral", "Les prisons et les autres lieux de détention."),
    ),
    setting(
        "school",
        ("School", "school", "Primary and secondary schools."),
        ("Milieu scolaire", "milieu-scolaire", "Les écoles, collèges et lycées."),
    ),
    setting(
        "neighbourhood",
        (
            "Neighbourhood and local life",
            "neighbourhood",
            "The city and its neighbourhoods, outside specialised services.",
        ),
        (
            "Quartier et vie locale",
            "quartier-et-vie-locale",
            "La ville et ses quartiers, en dehors des services spécialisés.",
        ),
    ),
    setting(
        "community-organisation",
        (
            "Community organisation",
            "community-organisation",
            "A service run by and for a community, which its members see as their own.",
        ),
        (
            "Structure communautaire",
            "structure-communautaire",
            "Un service animé par et pour une communauté, que ses membres considèrent comme le leur.",
        ),
    ),
]

# Who a resource is written for, and what kind of resource it is: the library's full lists.
AUDIENCES = [
    audience(
        "outreach-workers",
        ("Outreach workers", "outreach-workers", "Street workers and outreach teams."),
        ("Travailleurs de proximité", "travailleurs-de-proximite", "Travailleurs de rue et équipes de proximité."),
    ),
    audience(
        "health-and-social-professionals",
        (
            "Health and social professionals",
            "health-and-social-professionals",
            "Staff of health, addiction and social services: psychologists, doctors, nurses, social workers, heads "
            "of services.",
        ),
        (
            "Professionnels de la santé et du social",
            "professionnels-sante-social",
            "Les équipes des services de santé, d'addictologie et d'action sociale : psychologues, médecins, "
            "infirmiers, travailleurs sociaux, responsables de service.",
        ),
    ),
    audience(
        "local-authorities",
        ("Local authorities", "local-authorities", "Elected representatives and officers of cities and regions."),
        (
            "Collectivités locales",
            "collectivites-locales",
            "Les élus et les agents des villes et des régions.",
        ),
    ),
    audience(
        "policy-makers",
        ("Policy makers", "policy-makers", "Those who shape drug policy, locally, nationally or in Europe."),
        (
            "Décideurs publics",
            "decideurs-publics",
            "Celles et ceux qui font les politiques en matière de drogues, à l'échelle locale, nationale ou "
            "européenne.",
        ),
    ),
    audience(
        "trainers",
        ("Trainers", "trainers", "People who train and supervise professionals."),
        ("Formateurs", "formateurs", "Les personnes qui forment et supervisent les professionnels."),
    ),
    audience(
        "researchers",
        ("Researchers", "researchers", "Researchers and observers of drug use."),
        ("Chercheurs", "chercheurs", "Les chercheurs et les observateurs des usages de drogues."),
    ),
    audience(
        "general-public",
        ("General public", "general-public", "Anyone who wants to understand drug use and the help available."),
        (
            "Grand public",
            "grand-public",
            "Toute personne qui souhaite comprendre les usages de drogues et l'aide disponible.",
        ),
    ),
]

RESOURCE_TYPES = [
    resource_type(
        "manual",
        ("Manual", "manual", "A practical guide to doing the work, step by step."),
        ("Manuel", "manuel", "Un guide pratique pour mener le travail, pas à pas."),
    ),
    resource_type(
        "factsheet",
        ("Factsheet", "factsheet", "The essentials of a subject on a page or two."),
        ("Fiche d'information", "fiche-d-information", "L'essentiel d'un sujet en une ou deux pages."),
    ),
    resource_type(
        "report",
        ("Report", "report", "A study, evaluation or state of play."),
        ("Rapport", "rapport", "Une étude, une évaluation ou un état des lieux."),
    ),
    resource_type(
        "toolkit",
        ("Toolkit", "toolkit", "A set of ready-to-use tools: forms, checklists, templates."),
        ("Boîte à outils", "boite-a-outils", "Un ensemble d'outils prêts à l'emploi : formulaires, listes, modèles."),
    ),
    resource_type(
        "guideline",
        ("Guideline", "guideline", "Recommendations on how a service or a practice should be run."),
        (
            "Recommandations",
            "recommandations",
            "Des recommandations sur la manière de conduire un service ou une pratique.",
        ),
    ),
    resource_type(
        "presentation",
        ("Presentation", "presentation", "Slides shown at a meeting, seminar or conference."),
        ("Présentation", "presentation", "Les diapositives d'une réunion, d'un séminaire ou d'une conférence."),
    ),
    resource_type(
        "policy-brief",
        ("Policy brief", "policy-brief", "A short paper for decision makers, with recommendations."),
        ("Note de synthèse", "note-de-synthese", "Un texte court destiné aux décideurs, avec des recommandations."),
    ),
    resource_type(
        "training-material",
        ("Training material", "training-material", "Curricula, frameworks and materials for training sessions."),
        (
            "Support de formation",
            "support-de-formation",
            "Programmes, référentiels et supports pour les sessions de formation.",
        ),
    ),
    resource_type(
        "practice-sheet",
        ("Practice sheet", "practice-sheet", "A sheet that helps professionals with one situation or one question."),
        (
            "Fiche pratique",
            "fiche-pratique",
            "Une fiche qui aide les professionnels face à une situation ou une question précise.",
        ),
    ),
]


SNIPPETS = [
    *TOPICS,
    *FIELDS_OF_INTERVENTION,
    *INTERVENTION_TYPES,
    *SUBSTANCES,
    *TARGET_GROUPS,
    *SETTINGS,
    *AUDIENCES,
    *RESOURCE_TYPES,
]
