"""AIPAUC, Fédération Addiction's project on cocaine, and its five working groups.

From the federation's French article of 19 January 2022, so written in French first.
The article gives no start or end date for the project and no date for the state
of play: only the announcement and the day the groups' composition is finalised
are dated.
"""

import datetime

from ...blocks import heading, paragraph
from ...specs import PageSpec, Ref, SnippetRef

CONTACT = SnippetRef("person-juliette-dupuis")
DEADLINE = datetime.date(2022, 2, 4)
# The groups' meetings, after DEADLINE: their event page (in the events section) and the end of the period shown.
MEETINGS_EVENT = "event-aipauc-working-group-meetings"
MEETINGS_END = datetime.date(2022, 12, 31)

AIPAUC = PageSpec(
    key="aipauc",
    model="home.ProjectPage",
    parent="projects",
    source_language="fr",
    shared={
        "lead_organisation": Ref("org-federation-addiction"),
        "contact": CONTACT,
        "outputs": [
            {"resource": Ref("resource-aipauc-state-of-play")},
            {"resource": Ref("resource-aipauc-practice-sheets")},
            {"resource": Ref("resource-aipauc-training-framework")},
        ],
    },
    content={
        "fr": {
            "title": "AIPAUC : améliorer l'information, la prévention et l'accompagnement des usagers de cocaïne",
            "slug": "aipauc",
            "listing_title": "AIPAUC : mieux accueillir les usagers de cocaïne",
            "acronym": "AIPAUC",
            "listing_summary": (
                "Le projet de la Fédération Addiction pour mieux informer, prévenir et accompagner les usagers de "
                "cocaïne : un état des lieux, puis cinq groupes de travail thématiques."
            ),
            "search_description": (
                "AIPAUC, projet de la Fédération Addiction : état des lieux de l'accompagnement des usagers de "
                "cocaïne, groupes de travail sur la prévention, les innovations thérapeutiques, la réduction des "
                "risques et la communication."
            ),
            "overall_objective": (
                "<p>Améliorer l'information, la prévention et l'accompagnement des usagers de cocaïne, en levant "
                "les freins qui pèsent sur leur accompagnement dans les structures d'addictologie.</p>"
            ),
            "specific_aims": [
                {
                    "type": "aim",
                    "value": "Dresser un état des lieux de l'accompagnement des usagers de cocaïne dans les "
                    "structures d'addictologie.",
                },
                {
                    "type": "aim",
                    "value": "Travailler en groupes thématiques sur les problématiques identifiées et valoriser les "
                    "expériences du réseau.",
                },
                {"type": "aim", "value": "Élaborer des fiches pratiques et un référentiel de formation."},
                {
                    "type": "aim",
                    "value": "Améliorer l'information et la compréhension des différents publics sur la cocaïne, "
                    "travailler sur les représentations et faciliter l'accès aux dispositifs d'accompagnement.",
                },
                {
                    "type": "aim",
                    "value": "Recenser les outils de communication existants et en élaborer de nouveaux, adaptés "
                    "aux publics.",
                },
            ],
            "milestones": [
                {
                    "title": "Appel à participation aux groupes de travail",
                    "start_date": datetime.date(2022, 1, 19),
                    "end_date": None,
                    "date_precision": "day",
                    "place": "",
                    "phase": "Groupes de travail thématiques",
                    "description": (
                        "La Fédération Addiction annonce la création de groupes de travail thématiques et invite "
                        "les professionnels à y participer."
                    ),
                    "status": "done",
                },
                {
                    "title": "Composition des groupes de travail arrêtée",
                    "start_date": DEADLINE,
                    "end_date": None,
                    "date_precision": "day",
                    "place": "",
                    "phase": "Groupes de travail thématiques",
                    "description": (
                        "Date annoncée pour finaliser la composition des groupes ; les dates de leurs rencontres "
                        "sont fixées ensuite."
                    ),
                    # The article announces this date; it does not say how it went.
                    "status": "planned",
                },
                {
                    "title": "Rencontres des groupes de travail",
                    "start_date": DEADLINE,
                    # The article gives no dates: the rest of 2022, shown as the year only.
                    "end_date": MEETINGS_END,
                    "date_precision": "year",
                    "place": "",
                    "phase": "Groupes de travail thématiques",
                    "description": (
                        "Chaque groupe se réunit trois fois, une journée entière en présentiel et deux demi-journées "
                        "en visioconférence, à des dates fixées une fois sa composition arrêtée."
                    ),
                    "status": "planned",
                    "event": Ref(MEETINGS_EVENT),
                },
            ],
            "body": [
                heading("Un état des lieux", anchor="etat-des-lieux"),
                paragraph(
                    "<p>La première phase du projet a consisté à dresser un état des lieux de l'accompagnement des "
                    "usagers de cocaïne dans les structures d'addictologie. Il a mis au jour plusieurs freins.</p>"
                ),
                heading("Des groupes de travail thématiques", anchor="groupes"),
                paragraph(
                    "<p>Deuxième étape : des groupes de travail thématiques, chargés de travailler sur les "
                    "problématiques identifiées, de valoriser les expériences du réseau et d'élaborer des fiches "
                    "pratiques et un référentiel de formation. Quatre thèmes ont été retenus :</p>"
                    '<ul><li><a href="page:wg-prevention">la prévention</a> ;</li>'
                    '<li><a href="page:wg-therapeutic-innovations">les innovations thérapeutiques</a> ;</li>'
                    '<li><a href="page:wg-cocaine-use">l\'usage de cocaïne et les problématiques associées</a> ;'
                    '</li><li><a href="page:wg-harm-reduction">la réduction des risques</a>.</li></ul>'
                    "<p>Chacun de ces groupes réunit 10 à 12 professionnels et est co-piloté par une personne "
                    "ressource experte.</p>"
                    "<p>Le projet comporte aussi un volet communication : mieux informer les différents publics sur "
                    "la cocaïne et la leur faire mieux comprendre, travailler sur les représentations et sur l'accès "
                    'aux dispositifs d\'accompagnement. Un <a href="page:wg-communication">groupe consacré à la '
                    "communication</a>, d'une quinzaine de professionnels, recense les outils existants et en "
                    "élabore de nouveaux, adaptés aux publics.</p>"
                ),
                heading("Participer", anchor="participer"),
                paragraph(
                    "<p>Les professionnels intéressés étaient invités à prendre contact avec Juliette Dupuis, à la "
                    "Fédération Addiction. La composition des groupes devait être finalisée le 4 février 2022 ; les "
                    "dates des rencontres sont fixées ensuite. Chaque groupe se réunit trois fois : une journée "
                    "entière en présentiel et deux demi-journées en visioconférence.</p>"
                ),
            ],
        },
        "en": {
            "title": "AIPAUC: improving information, prevention and support for people who use cocaine",
            "slug": "aipauc",
            "listing_title": "AIPAUC: better support for people who use cocaine",
            "acronym": "AIPAUC",
            "listing_summary": (
                "Fédération Addiction's project to improve information, prevention and support for people who use "
                "cocaine: a state of play, then five thematic working groups."
            ),
            "search_description": (
                "AIPAUC, a Fédération Addiction project: state of play on support for people who use cocaine, and "
                "working groups on prevention, therapeutic innovations, harm reduction and communication."
            ),
            "overall_objective": (
                "<p>To improve information, prevention and support for people who use cocaine by removing the "
                "obstacles to their support in addiction services.</p>"
            ),
            "specific_aims": [
                {
                    "type": "aim",
                    "value": "Take stock of how addiction services support people who use cocaine.",
                },
                {
                    "type": "aim",
                    "value": "Work in thematic groups on the problems identified and draw on the experience of the "
                    "network.",
                },
                {"type": "aim", "value": "Produce practical guidance sheets and a training framework."},
                {
                    "type": "aim",
                    "value": "Improve the information and understanding that different audiences have of cocaine, "
                    "work on perceptions and ease access to support services.",
                },
                {
                    "type": "aim",
                    "value": "Take stock of existing communication tools and develop new ones suited to each audience.",
                },
            ],
            "milestones": [
                {
                    "title": "Call for members of the working groups",
                    "start_date": datetime.date(2022, 1, 19),
                    "end_date": None,
                    "date_precision": "day",
                    "place": "",
                    "phase": "Thematic working groups",
                    "description": (
                        "Fédération Addiction announces thematic working groups and invites professionals to take part."
                    ),
                    "status": "done",
                },
                {
                    "title": "Membership of the working groups finalised",
                    "start_date": DEADLINE,
                    "end_date": None,
                    "date_precision": "day",
                    "place": "",
                    "phase": "Thematic working groups",
                    "description": (
                        "The date announced for finalising the groups' membership; the dates of their meetings "
                        "are set afterwards."
                    ),
                    "status": "planned",
                },
                {
                    "title": "Working group meetings",
                    "start_date": DEADLINE,
                    "end_date": MEETINGS_END,
                    "date_precision": "year",
                    "place": "",
                    "phase": "Thematic working groups",
                    "description": (
                        "Each group meets three times, one full day in person and two half days by video "
                        "conference, on dates set once its membership is final."
                    ),
                    "status": "planned",
                    "event": Ref(MEETINGS_EVENT),
                },
            ],
            "body": [
                heading("A state of play", anchor="state-of-play"),
                paragraph(
                    "<p>The project's first phase took stock of how addiction services support people who use "
                    "cocaine. It brought several obstacles to light.</p>"
                ),
                heading("Thematic working groups", anchor="groups"),
                paragraph(
                    "<p>The second stage brings in thematic working groups, to work on the problems identified, "
                    "draw on the experience of the network and produce practical guidance sheets and a training "
                    "framework. Four themes were chosen:</p>"
                    '<ul><li><a href="page:wg-prevention">prevention</a>;</li>'
                    '<li><a href="page:wg-therapeutic-innovations">therapeutic innovations</a>;</li>'
                    '<li><a href="page:wg-cocaine-use">cocaine use and associated problems</a>;</li>'
                    '<li><a href="page:wg-harm-reduction">harm reduction</a>.</li></ul>'
                    "<p>Each of these groups brings together 10 to 12 professionals and is co-piloted by an expert "
                    "resource person.</p>"
                    "<p>The project also has a communication strand: improving the information and understanding "
                    "that different audiences have of cocaine, and working on perceptions and on access to support "
                    'services. A <a href="page:wg-communication">communication group</a> of about fifteen '
                    "professionals takes stock of existing tools and develops new ones suited to each audience.</p>"
                ),
                heading("Taking part", anchor="taking-part"),
                paragraph(
                    "<p>Interested professionals were invited to contact Juliette Dupuis at Fédération Addiction. "
                    "The groups' membership was to be finalised on 4 February 2022, with meeting dates set "
                    "afterwards. Each group meets three times: one full day in person and two half days by video "
                    "conference.</p>"
                ),
            ],
        },
    },
)

PAGES = [AIPAUC]
