"""The five AIPAUC working groups, children of the AIPAUC project page (French seed, French first)."""

from ...specs import PageSpec
from .aipauc import CONTACT, DEADLINE

MEETING_PLAN = {
    "fr": "Trois rencontres : une journée entière en présentiel et deux demi-journées en visioconférence.",
    "en": "Three meetings: one full day in person and two half days by video conference.",
}
MEETING_DATES = {
    "fr": "Fixées une fois la composition du groupe arrêtée.",
    "en": "To be set once the group's membership is final.",
}
FORM_INTRODUCTION = {
    "fr": (
        "Dites-nous en quelques lignes pourquoi vous souhaitez rejoindre ce groupe. Votre demande est transmise à "
        "Juliette Dupuis, à la Fédération Addiction. La composition des groupes est arrêtée le 4 février 2022, "
        "puis les dates des rencontres sont fixées."
    ),
    "en": (
        "Tell us in a few lines why you would like to join this group. Your request goes to Juliette Dupuis at "
        "Fédération Addiction. The groups' membership is finalised on 4 February 2022, after which the meeting "
        "dates are set."
    ),
}
DESCRIPTION_END = {
    "fr": "<p>{size} La composition des groupes devait être finalisée le 4 février 2022.</p>",
    "en": "<p>{size} The groups' membership was to be finalised on 4 February 2022.</p>",
}
THEMATIC_SIZE = {
    "fr": (
        "Le groupe réunit 10 à 12 professionnels et est co-piloté par une personne ressource experte. Ses travaux "
        "nourrissent les fiches pratiques et le référentiel de formation du projet AIPAUC."
    ),
    "en": (
        "The group brings together 10 to 12 professionals and is co-piloted by an expert resource person. Its work "
        "feeds into the AIPAUC project's practical guidance sheets and training framework."
    ),
}
COMMUNICATION_SIZE = {
    "fr": "Le groupe réunit une quinzaine de professionnels.",
    "en": "The group brings together about fifteen professionals.",
}


def working_group(key, *, size, en, fr, min_members, max_members):
    """One AIPAUC working group; ``en`` and ``fr`` give title, slug, theme, focus (HTML) and summaries."""
    content = {}
    for language, values in (("fr", fr), ("en", en)):
        values = dict(values)
        focus = values.pop("focus")
        content[language] = {
            **values,
            "description": focus + DESCRIPTION_END[language].format(size=size[language]),
            "meeting_plan": MEETING_PLAN[language],
            "meeting_dates": MEETING_DATES[language],
            "form_introduction": FORM_INTRODUCTION[language],
        }
    return PageSpec(
        key=f"wg-{key}",
        model="home.WorkingGroupPage",
        parent="aipauc",
        source_language="fr",
        shared={
            "min_members": min_members,
            "max_members": max_members,
            "meeting_count": 3,
            # The seed dates the groups' composition, not a closing date for requests: the form stays open.
            "application_deadline": None,
            "composition_date": DEADLINE,
            "status": "open",
            "contact": CONTACT,
            "notification_email": "",
        },
        content=content,
    )


def thematic_group(key, *, en, fr):
    return working_group(key, size=THEMATIC_SIZE, en=en, fr=fr, min_members=10, max_members=12)


PREVENTION = thematic_group(
    "prevention",
    fr={
        "title": "Groupe de travail sur la prévention",
        "slug": "prevention",
        "theme": "Prévention",
        "focus": (
            "<p>Ce groupe travaille sur la prévention des usages de cocaïne. Deux enjeux le guident : les publics que "
            "les structures n'identifient pas, comme les personnes insérées, et l'évolution des usages chez les "
            "jeunes, chez les étudiants et dans le monde du travail.</p>"
        ),
        "listing_summary": (
            "Prévenir les usages de cocaïne, y compris chez les publics que les structures ne voient pas, et suivre "
            "l'évolution des usages chez les jeunes, les étudiants et au travail."
        ),
        "search_description": (
            "Groupe de travail AIPAUC sur la prévention des usages de cocaïne : publics insérés, jeunes, étudiants, "
            "monde du travail."
        ),
    },
    en={
        "title": "Working group on prevention",
        "slug": "prevention",
        "theme": "Prevention",
        "focus": (
            "<p>This group works on preventing cocaine use. Two questions guide it: the people services do not "
            "identify, such as people who are socially integrated, and how patterns of use are changing among "
            "young people, among students and in the workplace.</p>"
        ),
        "listing_summary": (
            "Preventing cocaine use, including among people services do not see, and following how use changes "
            "among young people, students and at work."
        ),
        "search_description": (
            "AIPAUC working group on preventing cocaine use: socially integrated people, young people, students, "
            "the workplace."
        ),
    },
)

THERAPEUTIC_INNOVATIONS = thematic_group(
    "therapeutic-innovations",
    fr={
        "title": "Groupe de travail sur les innovations thérapeutiques",
        "slug": "innovations-therapeutiques",
        "theme": "Innovations thérapeutiques",
        "focus": (
            "<p>Ce groupe s'intéresse aux innovations thérapeutiques, médicamenteuses comme non médicamenteuses, "
            "dans l'accompagnement des usagers de cocaïne, et à l'appropriation des leviers thérapeutiques.</p>"
        ),
        "listing_summary": (
            "Les innovations thérapeutiques, médicamenteuses ou non, et l'appropriation des leviers thérapeutiques "
            "dans l'accompagnement des usagers de cocaïne."
        ),
        "search_description": (
            "Groupe de travail AIPAUC sur les innovations thérapeutiques, médicamenteuses et non médicamenteuses, "
            "pour les usagers de cocaïne."
        ),
    },
    en={
        "title": "Working group on therapeutic innovations",
        "slug": "therapeutic-innovations",
        "theme": "Therapeutic innovations",
        "focus": (
            "<p>This group looks at therapeutic innovations in the support of people who use cocaine, whether "
            "based on medication or not, and at how the therapeutic levers available are taken up.</p>"
        ),
        "listing_summary": (
            "Therapeutic innovations, with or without medication, and how therapeutic levers are taken up in "
            "supporting people who use cocaine."
        ),
        "search_description": (
            "AIPAUC working group on therapeutic innovations, with and without medication, for people who use cocaine."
        ),
    },
)

COCAINE_USE = thematic_group(
    "cocaine-use",
    fr={
        "title": "Groupe de travail sur l'usage de cocaïne et les problématiques associées",
        "slug": "usage-de-cocaine",
        "theme": "Usage de cocaïne et problématiques associées",
        "focus": (
            "<p>Ce groupe travaille sur l'usage de cocaïne et les problématiques qui lui sont associées, et sur "
            "l'articulation avec les acteurs non spécialisés, dans une logique de parcours de soins et "
            "d'orientation des publics.</p>"
        ),
        "listing_summary": (
            "L'usage de cocaïne, les problématiques associées et le travail avec les acteurs non spécialisés, dans "
            "une logique de parcours de soins."
        ),
        "search_description": (
            "Groupe de travail AIPAUC sur l'usage de cocaïne et les problématiques associées : acteurs non "
            "spécialisés, parcours de soins, orientation des publics."
        ),
    },
    en={
        "title": "Working group on cocaine use and associated problems",
        "slug": "cocaine-use",
        "theme": "Cocaine use and associated problems",
        "focus": (
            "<p>This group works on cocaine use and the problems associated with it, and on how specialist "
            "services work with non-specialist ones, with care pathways and referral in mind.</p>"
        ),
        "listing_summary": (
            "Cocaine use, the problems associated with it, and working with non-specialist services along care "
            "pathways."
        ),
        "search_description": (
            "AIPAUC working group on cocaine use and associated problems: non-specialist services, care pathways "
            "and referral."
        ),
    },
)

HARM_REDUCTION = thematic_group(
    "harm-reduction",
    fr={
        "title": "Groupe de travail sur la réduction des risques",
        "slug": "reduction-des-risques",
        "theme": "Réduction des risques",
        "focus": (
            "<p>Ce groupe travaille sur la réduction des risques auprès du public identifié par les structures et "
            "sur les expérimentations déjà mises en place : réduction des risques à distance, en milieu festif, "
            "etc.</p>"
        ),
        "listing_summary": (
            "La réduction des risques auprès des usagers de cocaïne identifiés et les expérimentations en cours, à "
            "distance ou en milieu festif."
        ),
        "search_description": (
            "Groupe de travail AIPAUC sur la réduction des risques liés à la cocaïne : expérimentations, réduction "
            "des risques à distance, milieu festif."
        ),
    },
    en={
        "title": "Working group on harm reduction",
        "slug": "harm-reduction",
        "theme": "Harm reduction",
        "focus": (
            "<p>This group works on harm reduction with the people services already know, and on the experiments "
            "already under way: remote harm reduction, harm reduction in party and nightlife settings, and "
            "more.</p>"
        ),
        "listing_summary": (
            "Harm reduction with the people who use cocaine that services know, and the experiments under way, "
            "remotely or in party settings."
        ),
        "search_description": (
            "AIPAUC working group on cocaine harm reduction: experiments, remote harm reduction, party and "
            "nightlife settings."
        ),
    },
)

COMMUNICATION = working_group(
    "communication",
    size=COMMUNICATION_SIZE,
    # "About fifteen" professionals: no lower bound is given.
    min_members=None,
    max_members=15,
    fr={
        "title": "Groupe de travail sur la communication",
        "slug": "communication",
        "theme": "Communication",
        "focus": (
            "<p>Ce groupe porte le volet communication du projet AIPAUC : améliorer l'information et la "
            "compréhension des différents publics sur la cocaïne, travailler sur les représentations et sur l'accès "
            "aux dispositifs d'accompagnement. Il recense les outils existants et en élabore de nouveaux, adaptés "
            "aux publics.</p>"
        ),
        "listing_summary": (
            "Mieux informer les publics sur la cocaïne : recenser les outils de communication existants et en créer "
            "de nouveaux, adaptés à chaque public."
        ),
        "search_description": (
            "Groupe de travail AIPAUC sur la communication : information sur la cocaïne, représentations, accès aux "
            "dispositifs d'accompagnement, outils adaptés aux publics."
        ),
    },
    en={
        "title": "Working group on communication",
        "slug": "communication",
        "theme": "Communication",
        "focus": (
            "<p>This group carries the AIPAUC project's communication strand: improving the information and "
            "understanding that different audiences have of cocaine, and working on perceptions and on access to "
            "support services. It takes stock of existing tools and develops new ones suited to each audience.</p>"
        ),
        "listing_summary": (
            "Better information on cocaine: taking stock of existing communication tools and creating new ones "
            "suited to each audience."
        ),
        "search_description": (
            "AIPAUC working group on communication: information on cocaine, perceptions, access to support "
            "services, tools suited to each audience."
        ),
    },
)

PAGES = [PREVENTION, THERAPEUTIC_INNOVATIONS, COCAINE_USE, HARM_REDUCTION, COMMUNICATION]
