"""Infor-Drogues and the organisations it works with (French seed, so written in French first)."""

from ...blocks import heading, paragraph
from .common import FOUNDING_MEMBER, MEMBER_OF, NGO, SECONDMENT, organisation, partnership

INFOR_DROGUES = organisation(
    "infor-drogues",
    kind=NGO,
    # A non-profit association (asbl) that sits in the Brussels federations of the drug sector.
    country="BE",
    source_language="fr",
    topic_keys=("chemsex", "housing-first", "homelessness", "harm-reduction"),
    field_keys=("treatment-and-care", "coordination"),
    partnerships=[
        partnership(
            SECONDMENT,
            "ex-aequo",
            "An Infor-Drogues psychotherapist works within Ex-Aequo's community service for men who have sex with "
            "men, to support people affected by chemsex.",
            "Un psychothérapeute d'Infor-Drogues est détaché au service communautaire HSH d'Ex-Aequo pour "
            "accompagner les personnes confrontées au chemsex.",
        ),
        partnership(
            SECONDMENT,
            "smes",
            "A member of Infor-Drogues' staff works in the SMES Intensive Case Management team that supports people "
            "in the Housing First project.",
            "Un collaborateur d'Infor-Drogues est détaché dans l'équipe Intensive Case Management du SMES, qui "
            "accompagne les bénéficiaires du projet Housing First.",
        ),
        partnership(
            FOUNDING_MEMBER,
            "eurotox",
            "One of the three associations that constitute Eurotox, with Modus Vivendi and Prospective Jeunesse.",
            "L'une des trois associations constitutives d'Eurotox, avec Modus Vivendi et Prospective Jeunesse.",
            start_year=1990,
        ),
        partnership(
            MEMBER_OF,
            "fedito",
            "One of the forums where Infor-Drogues works together with the rest of the sector.",
            "L'un des lieux de concertation où Infor-Drogues travaille avec le reste du secteur.",
        ),
        partnership(
            MEMBER_OF,
            "ctb",
            "One of the forums where Infor-Drogues works together with the rest of the sector.",
            "L'un des lieux de concertation où Infor-Drogues travaille avec le reste du secteur.",
        ),
        partnership(
            FOUNDING_MEMBER,
            "fesat",
            "Infor-Drogues helped found FESAT and is still involved in it as an active member.",
            "Infor-Drogues a participé à la fondation de la FESAT et y reste impliquée comme membre actif.",
        ),
    ],
    fr={
        "title": "Infor-Drogues",
        "slug": "infor-drogues",
        "summary": (
            "Infor-Drogues est une association sans but lucratif (asbl) active dans le domaine des usages de "
            "drogues et des toxicomanies. Elle propose un accompagnement dit « clinique », gratuit et sans "
            "condition, et travaille en lien avec la plupart des organismes du secteur, en prévention comme en "
            "aide. Pour atteindre des publics qui ne poussent pas sa porte, elle détache des professionnels chez "
            "ses partenaires."
        ),
        "listing_summary": (
            "Association active dans le domaine des drogues : accompagnement gratuit et sans condition, "
            "consultations chemsex avec Ex-Aequo, soutien aux bénéficiaires du Housing First avec le SMES."
        ),
        "search_description": (
            "Infor-Drogues : accompagnement gratuit et inconditionnel des usagers de drogues, partenariats avec "
            "Ex-Aequo (chemsex) et le SMES (Housing First), membre fondateur d'Eurotox et de la FESAT."
        ),
        "body": [
            paragraph(
                "<p>Infor-Drogues est en contact avec la plupart des organismes actifs dans le secteur des usages de "
                "drogues et des toxicomanies, qu'il s'agisse de prévention ou d'aide. Lorsque la situation le "
                "demande, elle organise une concertation avec les institutions concernées.</p>"
            ),
            heading("Chemsex : des consultations chez Ex-Aequo", anchor="chemsex"),
            paragraph(
                "<p>Infor-Drogues a les compétences pour suivre les personnes confrontées au chemsex, mais ce "
                "public ne vient pas spontanément vers ses services. Plutôt que de le recevoir dans ses propres "
                "locaux, l'association a donc détaché un psychothérapeute au service communautaire "
                'd\'<a href="page:org-ex-aequo">Ex-Aequo</a> destiné aux hommes qui ont des relations sexuelles '
                "avec d'autres hommes (HSH) : un cadre jugé sûr, « non hostile » et plus accessible par les "
                "personnes concernées.</p>"
                "<p>Le suivi psychothérapeutique y est complété par l'accompagnement social et de réduction des "
                "risques d'Ex-Aequo : un assistant social travaille aux côtés du psychothérapeute. Le projet fait "
                "ainsi converger approche psychosociale et approche communautaire.</p>"
            ),
            heading("Housing First : un collaborateur dans l'équipe du SMES", anchor="housing-first"),
            paragraph(
                "<p>Dans le cadre du projet Housing First, un collaborateur d'Infor-Drogues est détaché dans "
                'l\'équipe Intensive Case Management (ICM) du <a href="page:org-smes">SMES</a>. Il accompagne, '
                "sur leurs consommations, des personnes très vulnérables déjà suivies par le SMES, dans un cadre "
                "qu'elles perçoivent comme plus sûr et plus « familier ». Infor-Drogues atteint ainsi un public "
                "particulièrement défavorisé qui ne fait pas appel de lui-même à ses services ambulatoires.</p>"
                "<p>Le projet est né de la rencontre de deux asbl qui font de l'accès inconditionnel et gratuit "
                "le cœur de leur action : au logement pour les personnes sans abri au SMES, à un accompagnement "
                "dit « clinique » chez Infor-Drogues. L'aide n'y dépend ni d'un choix thérapeutique ni d'un "
                "parcours d'insertion fixés à l'avance. Les deux partenaires se sont donné trois objectifs :</p>"
                "<ul><li>expérimenter une collaboration entre services de deux secteurs différents, le sans-abrisme "
                "et la toxicomanie ;</li><li>proposer aux personnes sans abri une aide non médicalisée ;</li>"
                "<li>rendre les services d'Infor-Drogues plus accessibles à ce public.</li></ul>"
            ),
            heading("Eurotox", anchor="eurotox"),
            paragraph(
                "<p>Infor-Drogues est l'une des trois associations constitutives de "
                '<a href="page:org-eurotox">Eurotox</a>, asbl fondée en 1990, avec '
                '<a href="page:org-modus-vivendi">Modus Vivendi</a> et '
                '<a href="page:org-prospective-jeunesse">Prospective Jeunesse</a>.</p>'
            ),
            heading("Concertation et réseaux", anchor="reseaux"),
            paragraph(
                "<p>Infor-Drogues est membre de deux lieux de concertation : la "
                '<a href="page:org-fedito">Fédération bruxelloise des Institutions pour Toxicomanes (FEDITO)</a> '
                'et la <a href="page:org-ctb">Concertation Toxicomanie Bruxelles (CTB)</a>. Les Centres locaux '
                "de promotion de la santé (CLPS) lui servent en outre de points de contact et de relais.</p>"
                "<p>L'association échange avec des scientifiques et des intervenants de nombreux pays. Membre "
                'fondateur de la <a href="page:org-fesat">Fondation Européenne des Services d\'Aide Téléphonique '
                "« drogues » (FESAT)</a>, elle y reste engagée comme membre actif.</p>"
            ),
        ],
    },
    en={
        "title": "Infor-Drogues",
        "slug": "infor-drogues",
        "summary": (
            "Infor-Drogues is a non-profit association (asbl) working on drug use and addiction. It offers "
            "so-called clinical support that is free of charge and comes with no conditions, and it works with "
            "most organisations in the sector, in prevention as well as support. To reach people who would not "
            "come to its door, it seconds staff to its partners."
        ),
        "listing_summary": (
            "Non-profit working on drug use: free, unconditional support, chemsex consultations with Ex-Aequo and "
            "support for Housing First residents with SMES."
        ),
        "search_description": (
            "Infor-Drogues: free, unconditional support for people who use drugs, partnerships with Ex-Aequo "
            "(chemsex) and SMES (Housing First), founding member of Eurotox and FESAT."
        ),
        "body": [
            paragraph(
                "<p>Infor-Drogues is in touch with most of the organisations working on drug use and addiction, "
                "whether in prevention or in support. When a situation calls for it, it brings the institutions "
                "concerned together to agree on a response.</p>"
            ),
            heading("Chemsex: consultations at Ex-Aequo", anchor="chemsex"),
            paragraph(
                "<p>Infor-Drogues has the skills to support people facing chemsex, but they do not readily come to "
                "its services. Instead of seeing them on its own premises, the association seconded a "
                'psychotherapist to <a href="page:org-ex-aequo">Ex-Aequo</a>\'s community service for men who '
                'have sex with men (MSM): a setting the people concerned see as safe, "non-hostile" and easier '
                "to reach.</p>"
                "<p>There, the psychotherapy is combined with the social and harm reduction support Ex-Aequo "
                "provides: a social worker works alongside the psychotherapist, bringing psychosocial and "
                "community approaches together.</p>"
            ),
            heading("Housing First: a team member at SMES", anchor="housing-first"),
            paragraph(
                "<p>In the Housing First project, a member of Infor-Drogues' staff is seconded to the Intensive "
                'Case Management (ICM) team of <a href="page:org-smes">SMES</a>. They help very vulnerable '
                "people already supported by SMES with their drug use, in a setting those people find safer and "
                'more "familiar". This lets Infor-Drogues reach a particularly deprived group that does not '
                "turn to its outpatient services of its own accord.</p>"
                "<p>The project grew out of a meeting between two non-profits that put unconditional, free access "
                "at the heart of their work: access to housing for homeless people at SMES, and to so-called "
                "clinical support at Infor-Drogues. Help does not depend on a set course of treatment or on a "
                "predetermined path back into society. The partners share three aims:</p>"
                "<ul><li>to try out cooperation between services from two different sectors, homelessness and "
                "addiction;</li><li>to offer homeless people help that is not medical;</li><li>to make "
                "Infor-Drogues' services easier for this group to reach.</li></ul>"
            ),
            heading("Eurotox", anchor="eurotox"),
            paragraph(
                "<p>Infor-Drogues is one of the three associations that make up "
                '<a href="page:org-eurotox">Eurotox</a>, a non-profit founded in 1990; the other two are '
                '<a href="page:org-modus-vivendi">Modus Vivendi</a> and '
                '<a href="page:org-prospective-jeunesse">Prospective Jeunesse</a>.</p>'
            ),
            heading("Working with others", anchor="networks"),
            paragraph(
                "<p>Infor-Drogues belongs to two forums where the sector coordinates its work: the "
                '<a href="page:org-fedito">Fédération bruxelloise des Institutions pour Toxicomanes (FEDITO)</a> '
                'and the <a href="page:org-ctb">Concertation Toxicomanie Bruxelles (CTB)</a>. The local health '
                "promotion centres (Centres locaux de promotion de la santé, CLPS) are also valuable contact and "
                "relay points for the association.</p>"
                "<p>Infor-Drogues exchanges with researchers and practitioners in many countries. It was a founding "
                'member of the <a href="page:org-fesat">Fondation Européenne des Services d\'Aide Téléphonique '
                '"drogues" (FESAT)</a>, a European foundation of drug helplines, and remains an active member.</p>'
            ),
        ],
    },
)

EX_AEQUO = organisation(
    "ex-aequo",
    kind=NGO,
    source_language="fr",
    topic_keys=("chemsex", "harm-reduction"),
    field_keys=("harm-reduction",),
    fr={
        "title": "Ex-Aequo",
        "slug": "ex-aequo",
        "summary": (
            "Ex-Aequo anime un service communautaire destiné aux hommes qui ont des relations sexuelles avec "
            "d'autres hommes (HSH). Avec Infor-Drogues, elle y accueille des consultations pour les personnes "
            "confrontées au chemsex : un psychothérapeute détaché par Infor-Drogues travaille aux côtés d'un "
            "assistant social qui assure l'accompagnement social et de réduction des risques."
        ),
        "listing_summary": (
            "Service communautaire pour les hommes ayant des relations sexuelles avec des hommes ; consultations "
            "chemsex avec un psychothérapeute d'Infor-Drogues."
        ),
        "search_description": (
            "Ex-Aequo : service communautaire HSH, accompagnement social et réduction des risques, consultations "
            "chemsex en partenariat avec Infor-Drogues."
        ),
    },
    en={
        "title": "Ex-Aequo",
        "slug": "ex-aequo",
        "summary": (
            "Ex-Aequo runs a community service for men who have sex with men (MSM). Together with Infor-Drogues, "
            "it hosts consultations there for people facing chemsex: a psychotherapist seconded by Infor-Drogues "
            "works alongside a social worker who provides social and harm reduction support."
        ),
        "listing_summary": (
            "Community service for men who have sex with men; chemsex consultations with a psychotherapist from "
            "Infor-Drogues."
        ),
        "search_description": (
            "Ex-Aequo: community service for men who have sex with men, social and harm reduction support, "
            "chemsex consultations in partnership with Infor-Drogues."
        ),
    },
)

SMES = organisation(
    "smes",
    kind=NGO,
    source_language="fr",
    topic_keys=("housing-first", "homelessness"),
    field_keys=("social-reintegration",),
    fr={
        "title": "SMES",
        "slug": "smes",
        "acronym": "SMES",
        "summary": (
            "Le SMES est une asbl qui accompagne des personnes sans abri dans le cadre du projet Housing First, "
            "où l'accès au logement est inconditionnel et gratuit. Son équipe Intensive Case Management (ICM) "
            "accueille un collaborateur détaché par Infor-Drogues pour accompagner les consommations d'un public "
            "vulnérable qu'elle suit déjà."
        ),
        "listing_summary": (
            "Asbl du projet Housing First : accès inconditionnel et gratuit au logement pour les personnes sans "
            "abri, avec l'appui d'un collaborateur d'Infor-Drogues."
        ),
        "search_description": (
            "SMES : Housing First, accès inconditionnel au logement pour les personnes sans abri, équipe "
            "Intensive Case Management et partenariat avec Infor-Drogues."
        ),
    },
    en={
        "title": "SMES",
        "slug": "smes",
        "acronym": "SMES",
        "summary": (
            "SMES is a non-profit association (asbl) that supports homeless people in the Housing First project, "
            "where access to housing is unconditional and free. Its Intensive Case Management (ICM) team includes "
            "a staff member seconded by Infor-Drogues, who helps vulnerable people it already supports with their "
            "drug use."
        ),
        "listing_summary": (
            "Non-profit behind a Housing First project: unconditional, free access to housing for homeless people, "
            "with support from an Infor-Drogues staff member."
        ),
        "search_description": (
            "SMES: Housing First, unconditional access to housing for homeless people, Intensive Case Management "
            "team and partnership with Infor-Drogues."
        ),
    },
)

PAGES = [INFOR_DROGUES, EX_AEQUO, SMES]
