"""ACCES and the three NGOs of its HEAD-UP working partnership (English seeds)."""

from ...blocks import heading, paragraph
from .common import NGO, PROJECT_PARTNER, organisation, partnership

HEAD_UP_PARTNER_EN = (
    "A working partner of ACCES in HEAD-UP, the exchange platform on outreach work with people who use drugs."
)
HEAD_UP_PARTNER_FR = (
    "Partenaire de travail d'ACCES dans HEAD-UP, la plateforme d'échange sur le travail de proximité auprès des "
    "usagers de drogues."
)

ACCES = organisation(
    "acces",
    kind=NGO,
    topic_keys=("harm-reduction", "hiv-aids-prevention", "hepatitis-c", "outreach-work", "counselling", "ethics"),
    field_keys=("health-promotion", "training", "harm-reduction", "prevention"),
    partnerships=[
        partnership(PROJECT_PARTNER, "aras", HEAD_UP_PARTNER_EN, HEAD_UP_PARTNER_FR),
        partnership(PROJECT_PARTNER, "initiative-for-health", HEAD_UP_PARTNER_EN, HEAD_UP_PARTNER_FR),
        partnership(PROJECT_PARTNER, "villa-maraini", HEAD_UP_PARTNER_EN, HEAD_UP_PARTNER_FR),
    ],
    en={
        "title": "ACCES",
        "slug": "acces",
        "acronym": "ACCES",
        "summary": (
            "ACCES is a health education NGO whose work centres on HIV/AIDS prevention, drug use and harm "
            "reduction. Its training, its supervision of teams and individuals and its health promotion work draw "
            "on the humanist counselling approach of Carl Rogers. It leads HEAD-UP, an exchange platform on "
            "outreach work with people who use drugs."
        ),
        "listing_summary": (
            "Health education NGO working on HIV/AIDS prevention, drug use and harm reduction; leader of the "
            "HEAD-UP outreach platform."
        ),
        "search_description": (
            "ACCES, health education NGO: HIV/AIDS prevention, harm reduction, training and supervision based on "
            "Carl Rogers' counselling approach, and leadership of the HEAD-UP outreach platform."
        ),
        "body": [
            heading("Training and supervision", anchor="training"),
            paragraph(
                "<p>Years of practice have led ACCES to develop its own approach to training, to supervising teams "
                "and individuals, and to promoting health education. All of it rests on the humanist counselling "
                "approach of Carl Rogers.</p>"
                "<p>Its training experience covers health education in street work settings, local and national "
                "training sessions for NGO teams, and presentations at European and international conferences.</p>"
            ),
            heading("The HEAD-UP platform", anchor="head-up"),
            paragraph(
                '<p>ACCES leads <a href="page:head-up">HEAD-UP</a>, an exchange platform where people who work '
                "with drug users share good practice in health promotion. For this work it formed a partnership "
                'with three European NGOs: <a href="page:org-aras">ARAS</a> in Romania, '
                '<a href="page:org-initiative-for-health">Initiative for Health</a> in Bulgaria and '
                '<a href="page:org-villa-maraini">Villa Maraini</a> in Italy.</p>'
                "<p>The platform invites cities to join its exchanges, to back the work that NGOs and public health "
                "services do on drug use. It is open to professionals whose work concerns health: heads of "
                "services, psychologists, street workers, trainers and representatives of local authorities.</p>"
            ),
        ],
    },
    fr={
        "title": "ACCES",
        "slug": "acces",
        "acronym": "ACCES",
        "summary": (
            "ACCES est une ONG d'éducation pour la santé dont l'action porte sur la prévention du VIH/sida, les "
            "usages de drogues et la réduction des risques. Ses formations, la supervision qu'elle offre aux "
            "équipes comme aux personnes et ses actions de promotion de la santé s'appuient sur l'approche "
            "humaniste du counselling de Carl Rogers. Elle pilote HEAD-UP, une plateforme d'échange sur le travail "
            "de proximité auprès des usagers de drogues."
        ),
        "listing_summary": (
            "ONG d'éducation pour la santé engagée dans la prévention du VIH/sida, les usages de drogues et la "
            "réduction des risques ; pilote de la plateforme HEAD-UP."
        ),
        "search_description": (
            "ACCES, ONG d'éducation pour la santé : prévention du VIH/sida, réduction des risques, formation et "
            "supervision inspirées du counselling de Carl Rogers, pilotage de la plateforme HEAD-UP."
        ),
        "body": [
            heading("Formation et supervision", anchor="formation"),
            paragraph(
                "<p>Son expérience de terrain a conduit ACCES à élaborer ses propres pratiques de formation, de "
                "supervision d'équipe et individuelle et de promotion de l'éducation pour la santé. Toutes "
                "reposent sur l'approche humaniste du counselling de Carl Rogers.</p>"
                "<p>Ses formations couvrent l'éducation pour la santé dans le cadre du travail de rue, des sessions "
                "locales et nationales destinées aux équipes associatives, ainsi que des interventions lors de "
                "conférences européennes et internationales.</p>"
            ),
            heading("La plateforme HEAD-UP", anchor="head-up"),
            paragraph(
                '<p>ACCES pilote <a href="page:head-up">HEAD-UP</a>, une plateforme d\'échange où les personnes '
                "qui travaillent auprès des usagers de drogues mettent en commun leurs bonnes pratiques de "
                "promotion de la santé. Elle s'est associée pour cela à trois ONG européennes : "
                '<a href="page:org-aras">ARAS</a> en Roumanie, '
                '<a href="page:org-initiative-for-health">Initiative for Health</a> en Bulgarie et '
                '<a href="page:org-villa-maraini">Villa Maraini</a> en Italie.</p>'
                "<p>La plateforme invite les villes à rejoindre ses échanges pour soutenir l'action des "
                "associations et des services publics de santé face aux usages de drogues. Elle s'adresse aux "
                "professionnels dont le travail touche à la santé : responsables de service, psychologues, "
                "travailleurs de rue, formateurs et représentants des collectivités locales.</p>"
            ),
        ],
    },
)


def head_up_partner(key, name, country, en_country, fr_country):
    """One of the three NGOs ACCES works with in HEAD-UP; the seeds say little more about them."""
    slug = key
    return organisation(
        key,
        kind=NGO,
        country=country,
        topic_keys=("harm-reduction", "outreach-work", "hiv-aids-prevention", "hepatitis-c"),
        field_keys=("harm-reduction",),
        en={
            "title": name,
            "slug": slug,
            "summary": (
                f"{name} is an NGO in {en_country}, one of the three European NGOs with which ACCES built "
                "HEAD-UP, an exchange platform for professionals who work with people who use drugs. Within "
                "HEAD-UP, the partners pool good practice in outreach work, harm reduction and HIV and hepatitis C "
                "prevention, and work towards a practical outreach manual."
            ),
            "listing_summary": f"NGO in {en_country}, partner of ACCES in the HEAD-UP outreach platform.",
            "search_description": (
                f"{name} ({en_country}), NGO partner of ACCES in HEAD-UP: outreach work, harm reduction and HIV "
                "and hepatitis C prevention with people who use drugs."
            ),
        },
        fr={
            "title": name,
            "slug": slug,
            "summary": (
                f"{name} est une ONG {fr_country[0]}, l'une des trois ONG européennes avec lesquelles ACCES a "
                "construit HEAD-UP, une plateforme d'échange pour les professionnels qui travaillent auprès des "
                "usagers de drogues. Dans HEAD-UP, les partenaires mettent en commun leurs bonnes pratiques de "
                "travail de proximité, de réduction des risques et de prévention du VIH et de l'hépatite C, et "
                "travaillent à un manuel pratique du travail de proximité."
            ),
            "listing_summary": f"ONG {fr_country[0]}, partenaire d'ACCES dans la plateforme HEAD-UP.",
            "search_description": (
                f"{name} ({fr_country[1]}), ONG partenaire d'ACCES dans HEAD-UP : travail de proximité, "
                "réduction des risques, prévention du VIH et de l'hépatite C auprès des usagers de drogues."
            ),
        },
    )


ARAS = head_up_partner("aras", "ARAS", "RO", "Romania", ("roumaine", "Roumanie"))
INITIATIVE_FOR_HEALTH = head_up_partner(
    "initiative-for-health", "Initiative for Health", "BG", "Bulgaria", ("bulgare", "Bulgarie")
)
# The seeds spell it both "Villa Maraini" and "Villa Mariani"; the portal uses "Villa Maraini".
VILLA_MARAINI = head_up_partner("villa-maraini", "Villa Maraini", "IT", "Italy", ("italienne", "Italie"))

PAGES = [ACCES, ARAS, INITIATIVE_FOR_HEALTH, VILLA_MARAINI]
