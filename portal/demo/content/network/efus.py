"""Efus, the Brussels-Capital Region and Transit, from Efus's press pack on drugs and harm reduction (English seed)."""

from ...blocks import heading, paragraph
from .common import FUNDER, MEMBER_OF, NETWORK, NGO, REGION, organisation, partnership

EFUS = organisation(
    "efus",
    kind=NETWORK,
    topic_keys=("harm-reduction", "drug-policy", "trafficking-prevention", "youth-prevention"),
    field_keys=("policy", "prevention", "harm-reduction", "crime-prevention"),
    en={
        "title": "Efus",
        "slug": "efus",
        "acronym": "Efus",
        "summary": (
            "Efus is a European network whose members include cities and regions. It has worked on drugs for "
            "three decades, arguing that local authorities should have a greater say in drug policy and that "
            "policy should rest on prevention, harm reduction and respect for the fundamental rights of people "
            "who use drugs."
        ),
        "listing_summary": (
            "European network of cities and regions that has worked on drugs for three decades, for prevention, "
            "harm reduction and the rights of people who use drugs."
        ),
        "search_description": (
            "Efus: three decades of work on drugs, a greater say for local authorities in drug policy, prevention, "
            "harm reduction and respect for the rights of people who use drugs."
        ),
        "body": [
            heading("Drugs and harm reduction at the 2024 conference", anchor="conference"),
            paragraph(
                "<p>On Wednesday 20 March 2024, Efus devoted two sessions of its conference to drugs and harm "
                "reduction. The plenary session, from 14:45 to 16:00, brought together Ahmed Aboutaleb, Mayor of "
                '<a href="page:org-rotterdam">Rotterdam</a> and Vice-President of Efus, Ine Van Wymersch, '
                "Belgium's National Commissioner for Drugs, and Alexis Goosdeel, Director of the "
                '<a href="page:org-emcdda">EMCDDA</a>.</p>'
                "<p>The thematic session that followed, from 16:15 to 17:45, heard the sociologist Marie "
                'Jauffret-Roustide (<a href="page:org-inserm">INSERM</a>), Laurent Maise, Deputy Director of '
                '<a href="page:org-transit">Transit</a>, Arianna Rogialli of '
                '<a href="page:org-c-ehrn">C-EHRN</a> and Nadia Zourgui, Deputy Mayor of '
                '<a href="page:org-strasbourg">Strasbourg</a>. Visits to harm reduction schemes in the '
                "Brussels-Capital Region were organised during the conference for a limited number of "
                "participants.</p>"
            ),
            heading("What member cities do", anchor="members"),
            paragraph(
                "<p>Efus shares its members' practice. The "
                '<a href="page:org-brussels-capital-region">Brussels-Capital Region</a> supports Transit, which '
                "runs Gate, a safe consumption room, among other services. The city of "
                '<a href="page:org-loos">Loos</a> took part with Lille and Sarcelles in '
                '<a href="page:limit">LIMIT\'s</a>, a pilot programme to keep young people out of drug '
                "trafficking.</p>"
            ),
            heading("HEAD-UP", anchor="head-up"),
            paragraph(
                '<p>The work plan of the <a href="page:head-up">HEAD-UP</a> outreach platform, led by ACCES, '
                "foresaw presenting its manual and results to the Efus network at a dissemination conference in "
                "Vienna in December 2010.</p>"
            ),
        ],
    },
    fr={
        "title": "Efus",
        "slug": "efus",
        "acronym": "Efus",
        "summary": (
            "L'Efus est un réseau européen qui compte des villes et des régions parmi ses membres. Il travaille "
            "sur la question des drogues depuis trois décennies et plaide pour que les collectivités locales aient "
            "davantage voix au chapitre dans les politiques en la matière, et pour une approche fondée sur la "
            "prévention, la réduction des risques et le respect des droits fondamentaux des usagers."
        ),
        "listing_summary": (
            "Réseau européen de villes et de régions engagé depuis trois décennies sur les drogues, pour la "
            "prévention, la réduction des risques et les droits des usagers."
        ),
        "search_description": (
            "Efus : trente ans de travail sur les drogues, davantage de place pour les collectivités locales dans "
            "les politiques, prévention, réduction des risques et respect des droits des usagers."
        ),
        "body": [
            heading("Drogues et réduction des risques à la conférence de 2024", anchor="conference"),
            paragraph(
                "<p>Le mercredi 20 mars 2024, l'Efus a consacré deux sessions de sa conférence aux drogues et à "
                "la réduction des risques. La séance plénière, de 14 h 45 à 16 h, a réuni Ahmed Aboutaleb, maire "
                'de <a href="page:org-rotterdam">Rotterdam</a> et vice-président de l\'Efus, Ine Van Wymersch, '
                "commissaire nationale aux drogues de Belgique, et Alexis Goosdeel, directeur de "
                'l\'<a href="page:org-emcdda">OEDT</a>.</p>'
                "<p>La session thématique qui a suivi, de 16 h 15 à 17 h 45, a donné la parole à la sociologue "
                'Marie Jauffret-Roustide (<a href="page:org-inserm">INSERM</a>), à Laurent Maise, directeur '
                'adjoint de <a href="page:org-transit">Transit</a>, à Arianna Rogialli, de '
                '<a href="page:org-c-ehrn">C-EHRN</a>, et à Nadia Zourgui, maire adjointe de '
                '<a href="page:org-strasbourg">Strasbourg</a>. Des visites de dispositifs de réduction des '
                "risques en Région de Bruxelles-Capitale ont été proposées pendant la conférence, en nombre de "
                "places limité.</p>"
            ),
            heading("Les pratiques des villes membres", anchor="membres"),
            paragraph(
                "<p>L'Efus fait connaître les pratiques de ses membres. La "
                '<a href="page:org-brussels-capital-region">Région de Bruxelles-Capitale</a> soutient Transit, '
                "qui gère notamment Gate, une salle de consommation à moindre risque. La ville de "
                '<a href="page:org-loos">Loos</a> a participé avec Lille et Sarcelles à '
                '<a href="page:limit">LIMIT\'s</a>, un programme pilote destiné à éviter que les jeunes '
                "n'entrent dans le trafic de drogues.</p>"
            ),
            heading("HEAD-UP", anchor="head-up"),
            paragraph(
                '<p>Le calendrier de la plateforme <a href="page:head-up">HEAD-UP</a>, pilotée par ACCES, '
                "prévoyait de présenter son manuel et ses résultats au réseau de l'Efus lors d'une conférence de "
                "diffusion à Vienne, en décembre 2010.</p>"
            ),
        ],
    },
)

EFUS_EXAMPLE_EN = "Efus presented the region's support for Transit as an example of its members' practice."
EFUS_EXAMPLE_FR = "L'Efus a présenté le soutien de la région à Transit comme un exemple des pratiques de ses membres."

BRUSSELS_CAPITAL_REGION = organisation(
    "brussels-capital-region",
    kind=REGION,
    country="BE",
    topic_keys=("harm-reduction", "drug-consumption-rooms"),
    field_keys=("harm-reduction", "policy"),
    partnerships=[
        partnership(MEMBER_OF, "efus", EFUS_EXAMPLE_EN, EFUS_EXAMPLE_FR),
        partnership(
            FUNDER,
            "transit",
            "The region supports Transit, which cares for adults with an addiction to drugs, alcohol or medicines.",
            "La région soutient Transit, qui prend en charge des adultes dépendants aux drogues, à l'alcool ou aux "
            "médicaments.",
        ),
    ],
    en={
        "title": "Brussels-Capital Region",
        "slug": "brussels-capital-region",
        "summary": (
            "A member of Efus, the Brussels-Capital Region supports the non-profit association Transit, which "
            "cares for adults with an addiction to drugs, alcohol or medicines and runs Gate, a safe consumption "
            "room. Visits to harm reduction schemes in the region were organised during the Efus conference in "
            "March 2024."
        ),
        "listing_summary": (
            "Efus member region that supports Transit and its services for adults with addictions, including the "
            "Gate safe consumption room."
        ),
        "search_description": (
            "Brussels-Capital Region: Efus member, support for Transit and the Gate safe consumption room, harm "
            "reduction schemes visited during the Efus conference."
        ),
    },
    fr={
        "title": "Région de Bruxelles-Capitale",
        "slug": "region-de-bruxelles-capitale",
        "summary": (
            "Membre de l'Efus, la Région de Bruxelles-Capitale soutient l'association sans but lucratif Transit, "
            "qui prend en charge des adultes dépendants aux drogues, à l'alcool ou aux médicaments et gère Gate, "
            "une salle de consommation à moindre risque. Des visites de dispositifs de réduction des risques y "
            "ont été organisées pendant la conférence de l'Efus, en mars 2024."
        ),
        "listing_summary": (
            "Région membre de l'Efus qui soutient Transit et ses services pour les adultes dépendants, dont la "
            "salle de consommation à moindre risque Gate."
        ),
        "search_description": (
            "Région de Bruxelles-Capitale : membre de l'Efus, soutien à Transit et à la salle de consommation Gate, "
            "dispositifs de réduction des risques visités pendant la conférence de l'Efus."
        ),
    },
)

TRANSIT = organisation(
    "transit",
    kind=NGO,
    country="BE",
    topic_keys=("harm-reduction", "drug-consumption-rooms", "needle-exchange", "prison", "women"),
    field_keys=("harm-reduction", "treatment-and-care", "social-reintegration"),
    en={
        "title": "Transit",
        "slug": "transit",
        "city": "Brussels",
        "summary": (
            "Transit is a non-profit association (asbl) that cares for adults with an addiction to drugs, alcohol "
            "or medicines in the Brussels-Capital Region. Its services include Gate, a safe consumption room, the "
            "provision of sterile equipment, supervised housing, work in prison and a space for women."
        ),
        "listing_summary": (
            "Brussels non-profit caring for adults with addictions: the Gate safe consumption room, sterile "
            "equipment, supervised housing, prison work and a space for women."
        ),
        "search_description": (
            "Transit asbl, Brussels-Capital Region: care for adults with addictions, Gate safe consumption room, "
            "sterile equipment, supervised housing, prison work, space for women."
        ),
        "body": [
            heading("Services", anchor="services"),
            paragraph(
                "<p>Transit offers adults with an addiction to drugs, alcohol or medicines a range of services:</p>"
                "<ul><li>Gate, a safe consumption room;</li><li>sterile equipment;</li><li>supervised housing;"
                "</li><li>work in prison;</li><li>a space for women.</li></ul>"
                "<p>The association is supported by the "
                '<a href="page:org-brussels-capital-region">Brussels-Capital Region</a>. Its Deputy Director, '
                'Laurent Maise, spoke in <a href="page:org-efus">Efus</a>\'s thematic session on drugs and harm '
                "reduction on 20 March 2024.</p>"
            ),
        ],
    },
    fr={
        "title": "Transit",
        "slug": "transit",
        "city": "Bruxelles",
        "summary": (
            "Transit est une association sans but lucratif (asbl) qui prend en charge des adultes dépendants aux "
            "drogues, à l'alcool ou aux médicaments en Région de Bruxelles-Capitale. Elle propose notamment Gate, "
            "une salle de consommation à moindre risque, du matériel stérile, des logements encadrés, un travail "
            "en prison et un espace réservé aux femmes."
        ),
        "listing_summary": (
            "Asbl bruxelloise au service des adultes dépendants : salle de consommation Gate, matériel stérile, "
            "logements encadrés, travail en prison et espace pour les femmes."
        ),
        "search_description": (
            "Transit asbl, Région de Bruxelles-Capitale : prise en charge des adultes dépendants, salle de "
            "consommation à moindre risque Gate, matériel stérile, logement encadré, prison, espace femmes."
        ),
        "body": [
            heading("Services", anchor="services"),
            paragraph(
                "<p>Transit propose aux adultes dépendants aux drogues, à l'alcool ou aux médicaments un ensemble "
                "de services :</p>"
                "<ul><li>Gate, une salle de consommation à moindre risque ;</li><li>la mise à disposition de "
                "matériel stérile ;</li><li>des logements encadrés ;</li><li>un travail en prison ;</li><li>un "
                "espace réservé aux femmes.</li></ul>"
                "<p>L'association est soutenue par la "
                '<a href="page:org-brussels-capital-region">Région de Bruxelles-Capitale</a>. Son directeur '
                "adjoint, Laurent Maise, est intervenu lors de la session thématique de "
                'l\'<a href="page:org-efus">Efus</a> consacrée aux drogues et à la réduction des risques, le '
                "20 mars 2024.</p>"
            ),
        ],
    },
)

PAGES = [EFUS, BRUSSELS_CAPITAL_REGION, TRANSIT]
