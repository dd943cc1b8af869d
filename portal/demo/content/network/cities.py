"""Cities from the Efus press pack: Rotterdam, Strasbourg, Paris, and the LIMIT's cities Loos, Lille and Sarcelles."""

from .common import CITY, MEMBER_OF, PROJECT_PARTNER, organisation, partnership

ROTTERDAM = organisation(
    "rotterdam",
    kind=CITY,
    country="NL",
    topic_keys=("trafficking-prevention", "youth-prevention"),
    field_keys=("crime-prevention", "prevention"),
    partnerships=[
        partnership(
            MEMBER_OF,
            "efus",
            "The city's mayor, Ahmed Aboutaleb, is a Vice-President of Efus.",
            "Le maire de la ville, Ahmed Aboutaleb, est vice-président de l'Efus.",
        ),
    ],
    en={
        "title": "Rotterdam",
        "slug": "rotterdam",
        "city": "Rotterdam",
        "summary": (
            "As Europe's main port, Rotterdam is increasingly used as a platform by organised crime and drug "
            "traffickers. The city has put various schemes in place, notably to keep young residents from being "
            "recruited into trafficking. Its mayor, Ahmed Aboutaleb, is a Vice-President of Efus."
        ),
        "listing_summary": (
            "Europe's main port, where the city works to keep young residents from being recruited into drug "
            "trafficking."
        ),
        "search_description": (
            "Rotterdam: Europe's main port, organised crime and drug trafficking, schemes to keep young residents "
            "from being recruited into trafficking."
        ),
    },
    fr={
        "title": "Rotterdam",
        "slug": "rotterdam",
        "city": "Rotterdam",
        "summary": (
            "Premier port d'Europe, Rotterdam sert de plus en plus de plateforme au crime organisé et aux "
            "trafiquants de drogues. La ville a mis en place plusieurs dispositifs, notamment pour éviter que "
            "de jeunes habitants ne soient recrutés par les trafics. Son maire, Ahmed Aboutaleb, est "
            "vice-président de l'Efus."
        ),
        "listing_summary": (
            "Premier port d'Europe, où la ville agit pour éviter que de jeunes habitants ne soient recrutés par "
            "les trafics de drogues."
        ),
        "search_description": (
            "Rotterdam : premier port d'Europe, crime organisé et trafic de drogues, dispositifs pour empêcher le "
            "recrutement de jeunes habitants par les trafiquants."
        ),
    },
)

STRASBOURG = organisation(
    "strasbourg",
    kind=CITY,
    country="FR",
    topic_keys=("drug-consumption-rooms", "harm-reduction"),
    field_keys=("harm-reduction", "crime-prevention"),
    en={
        "title": "Strasbourg",
        "slug": "strasbourg",
        "city": "Strasbourg",
        "summary": (
            "Strasbourg is home to one of France's two safe consumption rooms; the other is in Paris. Nadia "
            "Zourgui, Deputy Mayor for public tranquillity, the municipal police, crime prevention, mediation, "
            "victim support and crisis management, spoke in Efus's thematic session on drugs and harm reduction "
            "in March 2024."
        ),
        "listing_summary": "One of the two French cities with a safe consumption room.",
        "search_description": (
            "Strasbourg, home to one of France's two safe consumption rooms; its deputy mayor Nadia Zourgui on "
            "drugs and harm reduction at the Efus conference."
        ),
    },
    fr={
        "title": "Strasbourg",
        "slug": "strasbourg",
        "city": "Strasbourg",
        "summary": (
            "Strasbourg accueille l'une des deux salles de consommation à moindre risque de France, l'autre se "
            "trouvant à Paris. Nadia Zourgui, maire adjointe chargée de la tranquillité publique, de la police "
            "municipale, de la prévention de la délinquance, de la médiation, de l'aide aux victimes et de la "
            "gestion de crise, est intervenue lors de la session thématique de l'Efus sur les drogues en mars 2024."
        ),
        "listing_summary": "L'une des deux villes françaises dotées d'une salle de consommation à moindre risque.",
        "search_description": (
            "Strasbourg, l'une des deux villes de France dotées d'une salle de consommation à moindre risque ; "
            "l'intervention de Nadia Zourgui à la conférence de l'Efus."
        ),
    },
)

PARIS = organisation(
    "paris",
    kind=CITY,
    country="FR",
    topic_keys=("drug-consumption-rooms",),
    en={
        "title": "Paris",
        "slug": "paris",
        "city": "Paris",
        "summary": (
            "Paris is home to one of France's two safe consumption rooms; the other is in Strasbourg. The HEAD-UP "
            "outreach platform held its strategic seminar in Paris in June 2008 and its training workshop for "
            "local stakeholders there in September 2009."
        ),
        "listing_summary": "One of the two French cities with a safe consumption room, and the venue of two HEAD-UP meetings.",
        "search_description": (
            "Paris: one of France's two safe consumption rooms; HEAD-UP strategic seminar (June 2008) and training "
            "workshop (September 2009)."
        ),
    },
    fr={
        "title": "Paris",
        "slug": "paris",
        "city": "Paris",
        "summary": (
            "Paris accueille l'une des deux salles de consommation à moindre risque de France, l'autre se trouvant "
            "à Strasbourg. La plateforme HEAD-UP y a tenu son séminaire stratégique en juin 2008 et son atelier de "
            "formation des acteurs locaux en septembre 2009."
        ),
        "listing_summary": (
            "L'une des deux villes françaises dotées d'une salle de consommation à moindre risque, et le lieu de "
            "deux rencontres de HEAD-UP."
        ),
        "search_description": (
            "Paris : l'une des deux salles de consommation à moindre risque de France ; séminaire stratégique "
            "(juin 2008) et atelier de formation (septembre 2009) de HEAD-UP."
        ),
    },
)


def limits_partnership(partner):
    return partnership(
        PROJECT_PARTNER,
        partner,
        "Both cities took part in LIMIT's, MILDECA's pilot programme to keep young people out of drug trafficking.",
        "Les deux villes ont participé à LIMIT's, le programme pilote de la MILDECA destiné à tenir les jeunes à "
        "l'écart du trafic de drogues.",
        start_year=2020,
        end_year=2023,
    )


def limits_city(key, name, en_extra="", fr_extra="", partnerships=(), en_others="", fr_others=""):
    """A French city of the LIMIT's programme."""
    return organisation(
        key,
        kind=CITY,
        country="FR",
        topic_keys=("youth-prevention", "trafficking-prevention"),
        field_keys=("prevention",),
        partnerships=partnerships,
        en={
            "title": name,
            "slug": key,
            "city": name,
            "summary": (
                f"{name} took part with {en_others} in LIMIT's, a three-year pilot programme (2020–2023) led by "
                "MILDECA. To keep young people from entering drug trafficking, the programme supported a wide "
                f"range of local prevention schemes.{en_extra}"
            ),
            "listing_summary": (
                "French city that took part in LIMIT's (2020–2023), a pilot programme to keep young people out of "
                "drug trafficking."
            ),
            "search_description": (
                f"{name} and the LIMIT's pilot programme (2020–2023, MILDECA): preventing young people from "
                "entering drug trafficking."
            ),
        },
        fr={
            "title": name,
            "slug": key,
            "city": name,
            "summary": (
                f"{name} a participé avec {fr_others} à LIMIT's, un programme pilote de trois ans (2020–2023) "
                "conduit par la MILDECA. Pour éviter que les jeunes n'entrent dans le trafic de drogues, ce "
                f"programme a soutenu un large éventail de dispositifs locaux de prévention.{fr_extra}"
            ),
            "listing_summary": (
                "Ville française engagée dans LIMIT's (2020–2023), programme pilote de prévention de l'entrée des "
                "jeunes dans le trafic de drogues."
            ),
            "search_description": (
                f"{name} et le programme pilote LIMIT's (2020–2023, MILDECA) : prévenir l'entrée des jeunes dans "
                "le trafic de drogues."
            ),
        },
    )


LOOS = limits_city(
    "loos",
    "Loos",
    en_others="Lille and Sarcelles",
    fr_others="Lille et Sarcelles",
    en_extra=(
        " In Loos, a member city of Efus, these included support for parents, awareness activities with primary "
        "and secondary school pupils, and training for prevention professionals."
    ),
    fr_extra=(
        " À Loos, ville membre de l'Efus, il a notamment permis de soutenir les parents, de sensibiliser les "
        "élèves du primaire et du secondaire et de former les professionnels de la prévention."
    ),
    partnerships=[
        partnership(
            MEMBER_OF,
            "efus",
            "Efus presented Loos's part in LIMIT's as an example of its members' practice.",
            "L'Efus a présenté la participation de Loos à LIMIT's comme un exemple des pratiques de ses membres.",
        ),
        limits_partnership("lille"),
        limits_partnership("sarcelles"),
    ],
)
LILLE = limits_city(
    "lille",
    "Lille",
    en_others="Loos and Sarcelles",
    fr_others="Loos et Sarcelles",
    partnerships=[limits_partnership("sarcelles")],
)
SARCELLES = limits_city("sarcelles", "Sarcelles", en_others="Loos and Lille", fr_others="Loos et Lille")

PAGES = [ROTTERDAM, STRASBOURG, PARIS, LOOS, LILLE, SARCELLES]
