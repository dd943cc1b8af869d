"""Eurotox, its member associations, and the forums Infor-Drogues belongs to (French seed, French first)."""

from ...blocks import heading, paragraph
from .common import FEDERATION, FOUNDING_MEMBER, MEMBER_OF, NETWORK, NGO, RESEARCH, organisation, partnership

EUROTOX = organisation(
    "eurotox",
    kind=RESEARCH,
    country="BE",
    founded=1990,
    source_language="fr",
    field_keys=("research",),
    partnerships=[
        partnership(
            MEMBER_OF,
            "emcdda",
            "As the sub-focal point for the French Community of Belgium, Eurotox is part of the EMCDDA's REITOX "
            "network.",
            "Sous-point focal de la Communauté française de Belgique, Eurotox fait partie à ce titre du réseau "
            "REITOX de l'OEDT.",
        ),
    ],
    fr={
        "title": "Eurotox",
        "slug": "eurotox",
        "summary": (
            "Eurotox est une asbl fondée en 1990 et constituée de trois associations : Infor-Drogues, Modus "
            "Vivendi et Prospective Jeunesse. Sous-point focal de la Communauté française de Belgique, elle fait "
            "partie à ce titre du réseau REITOX de l'Observatoire européen des drogues et des toxicomanies (OEDT). "
            "Elle mène des études et des recherches sur les usages de drogues et en assure l'observation."
        ),
        "listing_summary": (
            "Asbl fondée en 1990, sous-point focal de la Communauté française de Belgique dans le réseau REITOX "
            "de l'OEDT : études, recherches et observation des usages de drogues."
        ),
        "search_description": (
            "Eurotox, sous-point focal de la Communauté française de Belgique pour l'OEDT : études, recherches et "
            "observation des usages de drogues ; fondée en 1990 par Infor-Drogues, Modus Vivendi et Prospective "
            "Jeunesse."
        ),
        "body": [
            heading("Missions", anchor="missions"),
            paragraph(
                "<p>Eurotox poursuit deux buts :</p>"
                "<ul><li>réaliser des études et des recherches dans le champ des usages de drogues ;</li>"
                "<li>observer le phénomène des usages de drogues en Communauté française de Belgique.</li></ul>"
            ),
            heading("Trois associations constitutives", anchor="membres"),
            paragraph(
                '<p>L\'asbl réunit <a href="page:org-infor-drogues">Infor-Drogues</a>, '
                '<a href="page:org-modus-vivendi">Modus Vivendi</a> et '
                '<a href="page:org-prospective-jeunesse">Prospective Jeunesse</a>. En tant que sous-point focal, '
                "elle s'inscrit dans le réseau REITOX de l'<a href=\"page:org-emcdda\">OEDT</a>.</p>"
            ),
        ],
    },
    en={
        "title": "Eurotox",
        "slug": "eurotox",
        "summary": (
            "Eurotox is a non-profit association (asbl) founded in 1990 and made up of three associations: "
            "Infor-Drogues, Modus Vivendi and Prospective Jeunesse. As the sub-focal point for the French "
            "Community of Belgium, it is part of the REITOX network of the European Monitoring Centre for Drugs "
            "and Drug Addiction (EMCDDA). It carries out studies and research on drug use and monitors it."
        ),
        "listing_summary": (
            "Non-profit founded in 1990; sub-focal point for the French Community of Belgium in the EMCDDA's "
            "REITOX network: studies, research and monitoring of drug use."
        ),
        "search_description": (
            "Eurotox, the French Community of Belgium's sub-focal point for the EMCDDA: studies, research and "
            "monitoring of drug use; founded in 1990 by Infor-Drogues, Modus Vivendi and Prospective Jeunesse."
        ),
        "body": [
            heading("What Eurotox does", anchor="aims"),
            paragraph(
                "<p>Eurotox has two aims:</p>"
                "<ul><li>to carry out studies and research on drug use;</li><li>to monitor drug use in the French "
                "Community of Belgium.</li></ul>"
            ),
            heading("Three founding associations", anchor="members"),
            paragraph(
                '<p>The association brings together <a href="page:org-infor-drogues">Infor-Drogues</a>, '
                '<a href="page:org-modus-vivendi">Modus Vivendi</a> and '
                '<a href="page:org-prospective-jeunesse">Prospective Jeunesse</a>. As a sub-focal point, it '
                'belongs to the REITOX network of the <a href="page:org-emcdda">EMCDDA</a>.</p>'
            ),
        ],
    },
)


def eurotox_member(key, name, others_en, others_fr):
    """Modus Vivendi and Prospective Jeunesse: the seed names them only as Eurotox's other two members."""
    return organisation(
        key,
        kind=NGO,
        source_language="fr",
        partnerships=[
            partnership(
                FOUNDING_MEMBER,
                "eurotox",
                f"One of the three associations that constitute Eurotox, with {others_en}.",
                f"L'une des trois associations constitutives d'Eurotox, avec {others_fr}.",
                start_year=1990,
            ),
        ],
        fr={
            "title": name,
            "slug": key,
            "summary": (
                f"{name} est l'une des trois associations constitutives d'Eurotox, l'asbl fondée en 1990 qui "
                f"étudie et observe les usages de drogues en Communauté française de Belgique, avec {others_fr}."
            ),
            "listing_summary": f"L'une des trois associations constitutives d'Eurotox, avec {others_fr}.",
            "search_description": (f"{name}, association membre fondatrice d'Eurotox avec {others_fr}."),
        },
        en={
            "title": name,
            "slug": key,
            "summary": (
                f"{name} is one of the three associations that make up Eurotox, the non-profit founded in 1990 to "
                f"study and monitor drug use in the French Community of Belgium; the other two are {others_en}."
            ),
            "listing_summary": f"One of the three associations that make up Eurotox, with {others_en}.",
            "search_description": f"{name}, a founding member of Eurotox with {others_en}.",
        },
    )


MODUS_VIVENDI = eurotox_member(
    "modus-vivendi",
    "Modus Vivendi",
    "Infor-Drogues and Prospective Jeunesse",
    "Infor-Drogues et Prospective Jeunesse",
)
PROSPECTIVE_JEUNESSE = eurotox_member(
    "prospective-jeunesse",
    "Prospective Jeunesse",
    "Infor-Drogues and Modus Vivendi",
    "Infor-Drogues et Modus Vivendi",
)

FEDITO = organisation(
    "fedito",
    kind=FEDERATION,
    country="BE",
    source_language="fr",
    field_keys=("coordination",),
    fr={
        "title": "Fédération bruxelloise des Institutions pour Toxicomanes",
        "slug": "fedito",
        "acronym": "FEDITO",
        "city": "Bruxelles",
        "summary": (
            "La Fédération bruxelloise des Institutions pour Toxicomanes (FEDITO) rassemble des institutions "
            "bruxelloises qui travaillent auprès des usagers de drogues. C'est l'un des lieux de concertation du "
            "secteur ; Infor-Drogues en est membre."
        ),
        "listing_summary": "Fédération bruxelloise des institutions pour toxicomanes, lieu de concertation du secteur.",
        "search_description": (
            "FEDITO, Fédération bruxelloise des Institutions pour Toxicomanes : lieu de concertation du secteur "
            "des drogues à Bruxelles, dont Infor-Drogues est membre."
        ),
    },
    en={
        "title": "Fédération bruxelloise des Institutions pour Toxicomanes",
        "slug": "fedito",
        "acronym": "FEDITO",
        "city": "Brussels",
        "summary": (
            "The Fédération bruxelloise des Institutions pour Toxicomanes (FEDITO) is the federation of Brussels "
            "institutions working with people who use drugs. It is one of the forums where the sector coordinates "
            "its work, and Infor-Drogues is a member."
        ),
        "listing_summary": "Federation of Brussels institutions working with people who use drugs; a forum for the sector.",
        "search_description": (
            "FEDITO, the federation of Brussels institutions working with people who use drugs: a forum where the "
            "sector coordinates its work, with Infor-Drogues among its members."
        ),
    },
)

CTB = organisation(
    "ctb",
    kind=NETWORK,
    country="BE",
    source_language="fr",
    field_keys=("coordination",),
    fr={
        "title": "Concertation Toxicomanie Bruxelles",
        "slug": "concertation-toxicomanie-bruxelles",
        "acronym": "CTB",
        "city": "Bruxelles",
        "summary": (
            "La Concertation Toxicomanie Bruxelles (CTB) est un lieu de concertation bruxellois consacré aux "
            "toxicomanies, où les acteurs du secteur se coordonnent. Infor-Drogues en est membre."
        ),
        "listing_summary": "Lieu de concertation bruxellois du secteur des toxicomanies.",
        "search_description": (
            "Concertation Toxicomanie Bruxelles (CTB) : lieu de concertation du secteur des toxicomanies à "
            "Bruxelles, dont Infor-Drogues est membre."
        ),
    },
    en={
        "title": "Concertation Toxicomanie Bruxelles",
        "slug": "concertation-toxicomanie-bruxelles",
        "acronym": "CTB",
        "city": "Brussels",
        "summary": (
            "Concertation Toxicomanie Bruxelles (CTB) is a Brussels forum on addiction where organisations in the "
            "sector coordinate their work. Infor-Drogues is a member."
        ),
        "listing_summary": "A Brussels forum where organisations working on addiction coordinate their work.",
        "search_description": (
            "Concertation Toxicomanie Bruxelles (CTB): a Brussels forum on addiction where the sector coordinates "
            "its work, with Infor-Drogues among its members."
        ),
    },
)

FESAT = organisation(
    "fesat",
    kind=NETWORK,
    source_language="fr",
    field_keys=("information-and-helplines",),
    fr={
        "title": "Fondation Européenne des Services d'Aide Téléphonique « drogues »",
        "slug": "fesat",
        "acronym": "FESAT",
        "summary": (
            "La Fondation Européenne des Services d'Aide Téléphonique « drogues » (FESAT) réunit des services "
            "européens d'aide téléphonique consacrés aux drogues. Infor-Drogues compte parmi ses membres "
            "fondateurs et y reste impliquée comme membre actif."
        ),
        "listing_summary": "Fondation européenne des services d'aide téléphonique consacrés aux drogues.",
        "search_description": (
            "FESAT, Fondation Européenne des Services d'Aide Téléphonique « drogues », dont Infor-Drogues est "
            "membre fondateur et membre actif."
        ),
    },
    en={
        # The foundation's name is kept in French, as the source gives it.
        "title": "Fondation Européenne des Services d'Aide Téléphonique \u201cdrogues\u201d",
        "slug": "fesat",
        "acronym": "FESAT",
        "summary": (
            "FESAT, the Fondation Européenne des Services d'Aide Téléphonique \u201cdrogues\u201d, is a European "
            "foundation of drug helplines. Infor-Drogues was one of its founding members and is still involved "
            "as an active member."
        ),
        "listing_summary": "European foundation of telephone helplines on drugs.",
        "search_description": (
            "FESAT, the European foundation of drug helplines, of which Infor-Drogues is a founding and active member."
        ),
    },
)

PAGES = [EUROTOX, MODUS_VIVENDI, PROSPECTIVE_JEUNESSE, FEDITO, CTB, FESAT]
