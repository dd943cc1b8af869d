"""Events: the event list, Efus's 2024 conference in Brussels and its two sessions, HEAD-UP's events, AIPAUC's meetings.

Sources: Efus's press pack on drugs and harm reduction (English: the two sessions of
Wednesday 20 March 2024, their speakers and the site visits), HEAD-UP's 2008–2011
work plan (English: seminars, workshops and the dissemination conference) and
Fédération Addiction's article of 19 January 2022 on the AIPAUC working groups
(French, so that event is written in French first).

What the sources do not give is left empty (venues, addresses, registration) or,
where the model needs a value, chosen and said in the event's date note:

* the press pack dates only the two sessions, so the conference's page covers that
  afternoon, 14:45 to 17:45 in Brussels, and says its programme lists only them;
* the work plan gives only the month of most HEAD-UP events: they are placed on the
  first of the month (as the project's milestones are), 09:00–17:00 local time;
  Bucharest's seminar is dated 22–23 January 2009, its hours are not;
* the AIPAUC groups meet on dates set after 4 February 2022: the page spans the rest
  of 2022.

Sessions, rooms and tracks: sessions point at their event's room and track rows with
:class:`~portal.demo.specs.RowRef` in ``shared`` (synchronised fields), that is at the
English event's rows, as wagtail-localize keeps them; the schedule shows each reader
the row of their language with the same translation key. Speakers and related pages
are synchronised too. Coordinates are those of the city centre, for the map.
"""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from ..specs import PageSpec, Ref, RowRef, SnippetRef

BRUSSELS_TZ = "Europe/Brussels"
PARIS_TZ = "Europe/Paris"
BUCHAREST_TZ = "Europe/Bucharest"
VIENNA_TZ = "Europe/Vienna"

# City centres: (latitude, longitude).
BRUSSELS = (Decimal("50.84670"), Decimal("4.35250"))
PARIS = (Decimal("48.85661"), Decimal("2.35222"))
BUCHAREST = (Decimal("44.42676"), Decimal("26.10254"))
MARSEILLE = (Decimal("43.29648"), Decimal("5.36978"))
VIENNA = (Decimal("48.20817"), Decimal("16.37382"))

EFUS_2024 = "event-efus-2024"
# Positions of the Efus conference's rows, in the order its spec lists them.
PLENARY_HALL, THEMATIC_ROOM = 0, 1
DRUGS_TRACK = 0


def local(time_zone, year, month, day, hour=0, minute=0):
    """An aware datetime, as a clock in ``time_zone`` shows it."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(time_zone))


def speakers(*keys):
    return [{"person": SnippetRef(f"person-{key}"), "role": "speaker"} for key in keys]


EVENT_DEFAULTS = {
    "date_note": "",
    "summary": "",
    "description": "",
    "practical_information": "",
    "venue_name": "",
    "venue_address": "",
    "venue_city": "",
    "registration_note": "",
    "site_visits": [],
    "rooms": [],
    "tracks": [],
}


def event(
    key,
    *,
    kind,
    organiser,
    time_zone,
    start,
    end,
    en,
    fr,
    precision="day",
    country="",
    coordinates=(None, None),
    attendance="offline",
    source_language="en",
):
    """An EventPage under the event list; ``en`` and ``fr`` hold its translated fields and rows."""
    latitude, longitude = coordinates
    return PageSpec(
        key=key,
        model="events.EventPage",
        parent="events",
        source_language=source_language,
        shared={
            "kind": kind,
            "acronym": "",
            "status": "scheduled",
            "attendance_mode": attendance,
            "start": start,
            "end": end,
            "time_zone": time_zone,
            "date_precision": precision,
            "venue_country": country,
            "latitude": latitude,
            "longitude": longitude,
            "online_url": "",
            "organiser": Ref(organiser),
            "partners": [],
            # No source gives a registration form or state.
            "registration_state": "",
            "registration_url": "",
        },
        content={"en": {**EVENT_DEFAULTS, **en}, "fr": {**EVENT_DEFAULTS, **fr}},
    )


def session(key, *, start, end, session_format, room, people, en, fr, related=()):
    """A SessionPage of the Efus conference, in its drugs and harm reduction track."""
    return PageSpec(
        key=key,
        model="events.SessionPage",
        parent=EFUS_2024,
        shared={
            "start": start,
            "end": end,
            "room": RowRef(EFUS_2024, "rooms", room),
            "track": RowRef(EFUS_2024, "tracks", DRUGS_TRACK),
            "format": session_format,
            "status": "confirmed",
            # The press pack is in English and names no interpretation.
            "language": "en",
            "interpretation": [],
            "places": None,
            "session_people": people,
            "related_pages": [{"page": Ref(page)} for page in related],
        },
        content={"en": en, "fr": fr},
    )


EVENTS_INDEX = PageSpec(
    key="events",
    model="events.EventIndexPage",
    parent="home",
    shared={"show_in_menus": True},
    content={
        "en": {
            "title": "Events",
            "slug": "events",
            "introduction": (
                "Conferences, seminars, training workshops and working-group meetings held by the network and its "
                "partners, with their programmes and speakers. Coming events are listed first, then past ones, "
                "year by year."
            ),
            "listing_summary": (
                "Conferences, seminars, workshops and meetings on drugs and harm reduction in European cities, with "
                "their programmes, speakers and calendar files."
            ),
            "search_description": (
                "Events of the network: conferences, seminars, training workshops and working-group meetings on "
                "drugs, harm reduction and outreach work."
            ),
        },
        "fr": {
            "title": "Événements",
            "slug": "evenements",
            "introduction": (
                "Conférences, séminaires, ateliers de formation et réunions de groupes de travail organisés par le "
                "réseau et ses partenaires, avec leur programme et leurs intervenants. Les événements à venir "
                "figurent en tête, puis les événements passés, année par année."
            ),
            "listing_summary": (
                "Conférences, séminaires, ateliers et réunions sur les drogues et la réduction des risques dans les "
                "villes européennes, avec programmes, intervenants et fichiers de calendrier."
            ),
            "search_description": (
                "Les événements du réseau : conférences, séminaires, ateliers de formation et réunions de groupes "
                "de travail sur les drogues, la réduction des risques et le travail de proximité."
            ),
        },
    },
)


# --- Efus conference, Brussels, 2024 (press pack) -------------------------------------------------

EFUS_CONFERENCE = event(
    EFUS_2024,
    kind="conference",
    organiser="org-efus",
    time_zone=BRUSSELS_TZ,
    # The press pack dates only the afternoon's two sessions: the page covers them.
    start=local(BRUSSELS_TZ, 2024, 3, 20, 14, 45),
    end=local(BRUSSELS_TZ, 2024, 3, 20, 17, 45),
    country="BE",
    coordinates=BRUSSELS,
    en={
        "title": "Efus conference, Brussels 2024",
        "slug": "efus-conference-brussels-2024",
        "listing_title": "Efus 2024: drugs and harm reduction",
        "date_note": (
            "The programme here covers only the conference's sessions on drugs and harm reduction, held on "
            "Wednesday 20 March."
        ),
        "summary": (
            "At its 2024 conference in Brussels, Efus gave the afternoon of Wednesday 20 March to drugs and harm "
            "reduction: a plenary session with a mayor, a national drugs commissioner and the head of the EU's "
            "drugs agency, then a thematic session that brought research, a Brussels care service, a European "
            "harm reduction network and a French city together."
        ),
        "listing_summary": (
            "Two sessions on drugs and harm reduction on 20 March 2024, with Rotterdam, Strasbourg, Belgium's drugs "
            "commissioner, the EMCDDA, INSERM, Transit and C-EHRN."
        ),
        "search_description": (
            "Efus conference in Brussels, 20 March 2024: plenary and thematic sessions on drugs and harm reduction, "
            "speakers, and visits to harm reduction schemes in the Brussels-Capital Region."
        ),
        "venue_city": "Brussels",
        "description": (
            '<p>For three decades <a href="page:org-efus">Efus</a> has worked on drugs, asking that local '
            "authorities be given a greater say in drug policy and that this policy be built on prevention, harm "
            "reduction and respect for the fundamental rights of people who use drugs. Its 2024 conference in "
            "Brussels put these questions to mayors, national and European institutions, researchers and the "
            "services that work with people who use drugs.</p>"
            "<p>The afternoon had two parts. A plenary session looked at drugs from the point of view of a large "
            "port city, of a national government and of the European Union. A thematic session followed, with a "
            "sociologist, the deputy director of a Brussels care service, a European harm reduction network and "
            "a deputy mayor from Strasbourg, one of the two French cities with a safe consumption room.</p>"
            "<p>Two practices from Efus's member cities were put forward alongside the sessions:</p>"
            '<ul><li><a href="page:practice-transit">Transit</a>, supported by the Brussels-Capital Region, cares '
            "for adults with an addiction to drugs, alcohol or medicines; its services include Gate, a safe "
            "consumption room, the supply of sterile equipment, supervised housing, work in prison and a space "
            "for women;</li>"
            '<li>in Loos, <a href="page:practice-limits-loos">LIMIT\'s</a>, a three-year pilot programme '
            "(2020–2023) led by MILDECA with Lille and Sarcelles, backed support for parents, awareness sessions "
            "with pupils and training for prevention professionals, to keep young people out of drug "
            "trafficking; its evaluation was under way at the time of the conference.</li></ul>"
        ),
        "practical_information": (
            "<p>Several visits to harm reduction schemes in the Brussels-Capital Region were organised during the "
            "conference. Places were limited and went to those who asked first.</p>"
            "<p>Journalists could ask Efus to put them in touch with the cities and organisations taking part, "
            "for interviews.</p>"
        ),
        "site_visits": [
            {
                "title": "Harm reduction schemes in the Brussels-Capital Region",
                "description": (
                    "Visits to services that reduce the harms of drug use in the Brussels-Capital Region, offered to "
                    "conference participants during the event."
                ),
                "places": None,
                "limited_places": True,
                "allocation": "first-come",
            }
        ],
        "rooms": [{"name": "Plenary hall"}, {"name": "Thematic session room"}],
        "tracks": [{"name": "Drugs and harm reduction", "colour": "#1f6f8b"}],
    },
    fr={
        "title": "Conférence de l'Efus, Bruxelles 2024",
        "slug": "conference-efus-bruxelles-2024",
        "listing_title": "Efus 2024 : drogues et réduction des risques",
        "date_note": (
            "Ce programme ne reprend que les sessions de la conférence consacrées aux drogues et à la réduction "
            "des risques, le mercredi 20 mars."
        ),
        "summary": (
            "Lors de sa conférence de 2024 à Bruxelles, l'Efus a réservé l'après-midi du mercredi 20 mars aux "
            "drogues et à la réduction des risques : une session plénière avec un maire, une commissaire "
            "nationale aux drogues et le directeur de l'agence européenne des drogues, puis une session "
            "thématique qui a fait dialoguer la recherche, un service d'aide bruxellois, un réseau européen de "
            "réduction des risques et une ville française."
        ),
        "listing_summary": (
            "Deux sessions sur les drogues et la réduction des risques le 20 mars 2024, avec Rotterdam, "
            "Strasbourg, la commissaire belge aux drogues, l'OEDT, l'INSERM, Transit et C-EHRN."
        ),
        "search_description": (
            "Conférence de l'Efus à Bruxelles, 20 mars 2024 : sessions plénière et thématique sur les drogues et "
            "la réduction des risques, intervenants, visites de dispositifs en Région de Bruxelles-Capitale."
        ),
        "venue_city": "Bruxelles",
        "description": (
            '<p>Depuis trente ans, l\'<a href="page:org-efus">Efus</a> travaille sur les drogues : il demande que '
            "les collectivités locales pèsent davantage dans les politiques en la matière et que celles-ci "
            "reposent sur la prévention, la réduction des risques et le respect des droits fondamentaux des "
            "usagers. Sa conférence de 2024, à Bruxelles, a soumis ces questions à des maires, à des institutions "
            "nationales et européennes, à des chercheurs et aux services qui accompagnent les usagers.</p>"
            "<p>L'après-midi s'est déroulé en deux temps. La session plénière a abordé les drogues du point de "
            "vue d'une grande ville portuaire, d'un État et de l'Union européenne. La session thématique a suivi, "
            "avec une sociologue, le directeur adjoint d'un service d'aide bruxellois, un réseau européen de "
            "réduction des risques et une maire adjointe de Strasbourg, l'une des deux villes françaises dotées "
            "d'une salle de consommation à moindre risque.</p>"
            "<p>Deux pratiques de villes membres de l'Efus ont été mises en avant à cette occasion :</p>"
            '<ul><li><a href="page:practice-transit">Transit</a>, soutenue par la Région de Bruxelles-Capitale, '
            "accompagne des adultes dépendants aux drogues, à l'alcool ou aux médicaments ; elle propose "
            "notamment Gate, une salle de consommation à moindre risque, du matériel stérile, des logements "
            "supervisés, un travail en prison et un espace réservé aux femmes ;</li>"
            '<li>à Loos, <a href="page:practice-limits-loos">LIMIT\'s</a>, programme pilote de trois ans '
            "(2020–2023) conduit par la MILDECA avec Lille et Sarcelles, a soutenu l'accompagnement des parents, des "
            "actions de sensibilisation auprès des élèves et la formation de professionnels de la prévention, "
            "pour éviter que des jeunes n'entrent dans le trafic de drogues ; son évaluation était en cours au "
            "moment de la conférence.</li></ul>"
        ),
        "practical_information": (
            "<p>Plusieurs visites de dispositifs de réduction des risques en Région de Bruxelles-Capitale ont été "
            "organisées pendant la conférence. Le nombre de places était limité et les premiers inscrits ont été "
            "les premiers servis.</p>"
            "<p>Les journalistes pouvaient demander à l'Efus de les mettre en relation avec les villes et les "
            "organisations participantes pour des entretiens.</p>"
        ),
        "site_visits": [
            {
                "title": "Dispositifs de réduction des risques en Région de Bruxelles-Capitale",
                "description": (
                    "Visites de services de réduction des risques liés aux drogues en Région de Bruxelles-Capitale, "
                    "proposées aux participants pendant la conférence."
                ),
                "places": None,
                "limited_places": True,
                "allocation": "first-come",
            }
        ],
        "rooms": [{"name": "Salle plénière"}, {"name": "Salle des sessions thématiques"}],
        "tracks": [{"name": "Drogues et réduction des risques", "colour": "#1f6f8b"}],
    },
)

PLENARY = session(
    "session-efus-2024-plenary",
    start=local(BRUSSELS_TZ, 2024, 3, 20, 14, 45),
    end=local(BRUSSELS_TZ, 2024, 3, 20, 16, 0),
    session_format="plenary",
    room=PLENARY_HALL,
    people=speakers("ahmed-aboutaleb", "ine-van-wymersch", "alexis-goosdeel"),
    en={
        "title": "Plenary session: drugs and harm reduction",
        "slug": "plenary-drugs-and-harm-reduction",
        "summary": (
            "The afternoon opened with three levels of drug policy side by side: a city, with the Mayor of "
            "Rotterdam; a country, with Belgium's National Commissioner for Drugs; and the European Union, with "
            "the Director of the EMCDDA."
        ),
        "listing_summary": (
            "Ahmed Aboutaleb (Rotterdam, Efus), Ine Van Wymersch (Belgium) and Alexis Goosdeel (EMCDDA) on drugs "
            "and harm reduction."
        ),
        "search_description": (
            "Efus 2024 plenary session on drugs and harm reduction with Ahmed Aboutaleb, Ine Van Wymersch and "
            "Alexis Goosdeel, 20 March 2024, Brussels."
        ),
        "description": (
            "<p>Three speakers took the floor:</p>"
            '<ul><li>Ahmed Aboutaleb, Mayor of <a href="page:org-rotterdam">Rotterdam</a> and Vice-President of '
            "Efus. Europe's main port is used more and more by organised crime and drug traffickers, and the "
            'city has set up <a href="page:practice-rotterdam-recruitment">several schemes</a>, above all to stop '
            "its young residents from being recruited into trafficking;</li>"
            "<li>Ine Van Wymersch, Belgium's National Commissioner for Drugs;</li>"
            '<li>Alexis Goosdeel, Director of the <a href="page:org-emcdda">European Monitoring Centre for Drugs '
            "and Drug Addiction</a> (EMCDDA), the EU agency that provides independent scientific evidence and "
            "analysis on every aspect of drug trafficking and drug use.</li></ul>"
        ),
    },
    fr={
        "title": "Session plénière : drogues et réduction des risques",
        "slug": "pleniere-drogues-et-reduction-des-risques",
        "summary": (
            "L'après-midi s'est ouvert sur trois échelons de la politique des drogues : une ville, avec le maire "
            "de Rotterdam ; un pays, avec la commissaire nationale aux drogues de Belgique ; l'Union européenne, "
            "avec le directeur de l'OEDT."
        ),
        "listing_summary": (
            "Ahmed Aboutaleb (Rotterdam, Efus), Ine Van Wymersch (Belgique) et Alexis Goosdeel (OEDT) sur les "
            "drogues et la réduction des risques."
        ),
        "search_description": (
            "Session plénière de la conférence 2024 de l'Efus sur les drogues et la réduction des risques, avec "
            "Ahmed Aboutaleb, Ine Van Wymersch et Alexis Goosdeel, 20 mars 2024, Bruxelles."
        ),
        "description": (
            "<p>Trois intervenants ont pris la parole :</p>"
            '<ul><li>Ahmed Aboutaleb, maire de <a href="page:org-rotterdam">Rotterdam</a> et vice-président de '
            "l'Efus. Premier port d'Europe, Rotterdam sert de plus en plus de plaque tournante à la criminalité "
            "organisée et aux trafiquants de drogues ; la ville a mis en place "
            '<a href="page:practice-rotterdam-recruitment">plusieurs dispositifs</a>, notamment pour empêcher que '
            "ses jeunes habitants ne soient recrutés par les réseaux ;</li>"
            "<li>Ine Van Wymersch, commissaire nationale aux drogues de Belgique ;</li>"
            '<li>Alexis Goosdeel, directeur de l\'<a href="page:org-emcdda">Observatoire européen des drogues et '
            "des toxicomanies</a> (OEDT), l'agence de l'Union européenne qui fournit des données scientifiques et "
            "des analyses indépendantes sur tous les aspects du trafic et de la consommation de drogues.</li></ul>"
        ),
    },
)

THEMATIC = session(
    "session-efus-2024-thematic",
    start=local(BRUSSELS_TZ, 2024, 3, 20, 16, 15),
    end=local(BRUSSELS_TZ, 2024, 3, 20, 17, 45),
    session_format="thematic",
    room=THEMATIC_ROOM,
    people=speakers("marie-jauffret-roustide", "laurent-maise", "arianna-rogialli", "nadia-zourgui"),
    related=("practice-transit", "practice-limits-loos"),
    en={
        "title": "Thematic session: drugs and harm reduction",
        "slug": "thematic-session-drugs-and-harm-reduction",
        "summary": (
            "Research, a care service, a European network and a city: a sociologist from INSERM, the Deputy "
            "Director of Transit in Brussels, a policy officer from C-EHRN and Strasbourg's Deputy Mayor for public "
            "tranquillity on drugs and harm reduction."
        ),
        "listing_summary": (
            "Marie Jauffret-Roustide (INSERM), Laurent Maise (Transit), Arianna Rogialli (C-EHRN) and Nadia "
            "Zourgui (Strasbourg) on drugs and harm reduction."
        ),
        "search_description": (
            "Efus 2024 thematic session on drugs and harm reduction with Marie Jauffret-Roustide, Laurent Maise, "
            "Arianna Rogialli and Nadia Zourgui, 20 March 2024, Brussels."
        ),
        "description": (
            "<p>Four speakers, from research, services, civil society and local government:</p>"
            "<ul><li>Marie Jauffret-Roustide, researcher and sociologist at the French National Institute of "
            'Health and Medical Research (<a href="page:org-inserm">INSERM</a>);</li>'
            '<li>Laurent Maise, Deputy Director of <a href="page:org-transit">Transit</a>, the non-profit '
            "organisation that cares for people who use drugs in the Brussels-Capital Region;</li>"
            "<li>Arianna Rogialli, Project and Policy Support Officer at "
            '<a href="page:org-c-ehrn">Correlation – European Harm Reduction Network</a> (C-EHRN), a European '
            "civil society network and centre of expertise on drug use, harm reduction and social inclusion;</li>"
            '<li>Nadia Zourgui, Deputy Mayor of <a href="page:org-strasbourg">Strasbourg</a> for public '
            "tranquillity, the municipal police, crime prevention, mediation, victim support and crisis "
            "management. Strasbourg has one of France's two safe consumption rooms; the other is in Paris.</li>"
            "</ul>"
        ),
    },
    fr={
        "title": "Session thématique : drogues et réduction des risques",
        "slug": "session-thematique-drogues-et-reduction-des-risques",
        "summary": (
            "La recherche, un service d'aide, un réseau européen et une ville : une sociologue de l'INSERM, le "
            "directeur adjoint de Transit à Bruxelles, une chargée de mission de C-EHRN et la maire adjointe de "
            "Strasbourg chargée de la tranquillité publique sur les drogues et la réduction des risques."
        ),
        "listing_summary": (
            "Marie Jauffret-Roustide (INSERM), Laurent Maise (Transit), Arianna Rogialli (C-EHRN) et Nadia Zourgui "
            "(Strasbourg) sur les drogues et la réduction des risques."
        ),
        "search_description": (
            "Session thématique de la conférence 2024 de l'Efus sur les drogues et la réduction des risques, avec "
            "Marie Jauffret-Roustide, Laurent Maise, Arianna Rogialli et Nadia Zourgui, 20 mars 2024, Bruxelles."
        ),
        "description": (
            "<p>Quatre intervenants, venus de la recherche, des services, de la société civile et des collectivités "
            "locales :</p>"
            "<ul><li>Marie Jauffret-Roustide, chercheuse et sociologue à l'Institut national de la santé et de la "
            'recherche médicale (<a href="page:org-inserm">INSERM</a>) ;</li>'
            '<li>Laurent Maise, directeur adjoint de <a href="page:org-transit">Transit</a>, l\'association sans '
            "but lucratif qui accompagne les usagers de drogues en Région de Bruxelles-Capitale ;</li>"
            "<li>Arianna Rogialli, chargée de soutien aux projets et aux politiques à "
            '<a href="page:org-c-ehrn">Correlation – European Harm Reduction Network</a> (C-EHRN), réseau européen '
            "de la société civile et centre d'expertise sur l'usage de drogues, la réduction des risques et "
            "l'inclusion sociale ;</li>"
            '<li>Nadia Zourgui, maire adjointe de <a href="page:org-strasbourg">Strasbourg</a> chargée de la '
            "tranquillité publique, de la police municipale, de la prévention de la délinquance, de la médiation, "
            "de l'aide aux victimes et de la gestion de crise. Strasbourg accueille l'une des deux salles de "
            "consommation à moindre risque de France, l'autre se trouvant à Paris.</li></ul>"
        ),
    },
)


# --- HEAD-UP (2008–2011 work plan) ---------------------------------------------------------------

MONTH_ONLY = {
    "en": "Only the month is on record, not the exact days; calendar files place the event on the first of the month.",
    "fr": (
        "Seul le mois est connu, pas les jours exacts ; les fichiers de calendrier placent l'événement au "
        "premier jour du mois."
    ),
}
HEAD_UP_LINK = {
    "en": '<p>The <a href="page:head-up">HEAD-UP page</a> sets out the platform\'s aims and its whole timeline.</p>',
    "fr": (
        '<p>La <a href="page:head-up">page de HEAD-UP</a> présente les objectifs de la plateforme et l\'ensemble '
        "de son calendrier.</p>"
    ),
}


def head_up_event(key, *, kind, time_zone, start, end, country, coordinates, precision="month", en, fr):
    """A past HEAD-UP event, organised by ACCES, which leads the platform."""
    content = {}
    for language, values in (("en", en), ("fr", fr)):
        values = dict(values)
        if precision == "month":
            values.setdefault("date_note", MONTH_ONLY[language])
        values["description"] += HEAD_UP_LINK[language]
        content[language] = values
    return event(
        f"event-head-up-{key}",
        kind=kind,
        organiser="org-acces",
        time_zone=time_zone,
        start=start,
        end=end,
        precision=precision,
        country=country,
        coordinates=coordinates,
        en=content["en"],
        fr=content["fr"],
    )


STRATEGIC_SEMINAR = head_up_event(
    "strategic-seminar",
    kind="seminar",
    time_zone=PARIS_TZ,
    start=local(PARIS_TZ, 2008, 6, 1, 9),
    end=local(PARIS_TZ, 2008, 6, 1, 17),
    country="FR",
    coordinates=PARIS,
    en={
        "title": "HEAD-UP strategic seminar",
        "slug": "head-up-strategic-seminar-2008",
        "summary": (
            "The seminar that launched HEAD-UP's work plan: the work package was presented to cities, and first "
            "contacts were made with those interested in taking part."
        ),
        "listing_summary": "HEAD-UP's first meeting: the work package presented, first contacts with interested cities.",
        "search_description": (
            "HEAD-UP strategic seminar, Paris, June 2008: presentation of the outreach work package led by ACCES "
            "and first contacts with interested cities."
        ),
        "venue_city": "Paris",
        "description": (
            '<p>HEAD-UP, the outreach exchange platform led by <a href="page:org-acces">ACCES</a>, began its work '
            "in Paris. The strategic seminar had two aims: to present the work package, and to get in touch with "
            "the cities that wanted to join it.</p>"
            "<p>An assessment phase followed until February 2009. Each country's situation with regard to drug use "
            "was presented, and the partners worked out with the cities what training they needed and under "
            "which conditions it could take place.</p>"
        ),
    },
    fr={
        "title": "Séminaire stratégique HEAD-UP",
        "slug": "seminaire-strategique-head-up-2008",
        "summary": (
            "Le séminaire qui a lancé le programme de travail de HEAD-UP : le volet de travail a été présenté aux "
            "villes et les premiers contacts ont été noués avec celles qui souhaitaient y prendre part."
        ),
        "listing_summary": (
            "Première rencontre de HEAD-UP : présentation du volet de travail et premiers contacts avec les villes "
            "intéressées."
        ),
        "search_description": (
            "Séminaire stratégique HEAD-UP, Paris, juin 2008 : présentation du volet de travail sur le travail de "
            "proximité piloté par ACCES et premiers contacts avec les villes intéressées."
        ),
        "venue_city": "Paris",
        "description": (
            "<p>C'est à Paris que HEAD-UP, la plateforme d'échange sur le travail de proximité pilotée par "
            '<a href="page:org-acces">ACCES</a>, a commencé ses travaux. Le séminaire stratégique visait deux '
            "objectifs : présenter le volet de travail et entrer en relation avec les villes désireuses de s'y "
            "associer.</p>"
            "<p>Une phase d'état des lieux a suivi jusqu'en février 2009 : la situation de chaque pays face aux "
            "usages de drogues a été présentée, et les partenaires ont défini avec les villes les formations "
            "dont elles avaient besoin et les conditions de leur mise en place.</p>"
        ),
    },
)

IMPLEMENTATION_SEMINAR = head_up_event(
    "implementation-seminar",
    kind="seminar",
    time_zone=BUCHAREST_TZ,
    start=local(BUCHAREST_TZ, 2009, 1, 22, 9),
    end=local(BUCHAREST_TZ, 2009, 1, 23, 17),
    precision="day",
    country="RO",
    coordinates=BUCHAREST,
    en={
        "title": "HEAD-UP implementation seminar",
        "slug": "head-up-implementation-seminar-2009",
        "date_note": "The seminar's hours are not on record: the times shown are only indicative.",
        "summary": (
            "Two days in Bucharest to present the training HEAD-UP would offer and to settle the group of member "
            "cities that would take part in it."
        ),
        "listing_summary": "The HEAD-UP training presented and the group of member cities finalised, in Bucharest.",
        "search_description": (
            "HEAD-UP implementation seminar, Bucharest, 22–23 January 2009: presentation of the outreach training "
            "and final group of member cities."
        ),
        "venue_city": "Bucharest",
        "description": (
            "<p>At the close of the assessment phase, the partners met in Bucharest to present the training "
            "programme built from the cities' needs and to finalise the group of member cities that would follow "
            'it. The <a href="page:resource-head-up-bucharest-seminar">presentation given at the seminar</a> is '
            "in the resource library.</p>"
            "<p>The training was to draw on the experience of the HEAD-UP partnership: ACCES and three European "
            'NGOs, <a href="page:org-aras">ARAS</a> in Romania, <a href="page:org-initiative-for-health">Initiative '
            'for Health</a> in Bulgaria and <a href="page:org-villa-maraini">Villa Maraini</a> in Italy.</p>'
        ),
    },
    fr={
        "title": "Séminaire de mise en œuvre HEAD-UP",
        "slug": "seminaire-mise-en-oeuvre-head-up-2009",
        "date_note": "Les horaires du séminaire ne sont pas connus : les heures affichées sont données à titre indicatif.",
        "summary": (
            "Deux journées à Bucarest pour présenter la formation proposée par HEAD-UP et arrêter la composition "
            "du groupe de villes membres qui la suivraient."
        ),
        "listing_summary": "Présentation de la formation HEAD-UP et composition définitive du groupe de villes, à Bucarest.",
        "search_description": (
            "Séminaire de mise en œuvre HEAD-UP, Bucarest, 22-23 janvier 2009 : présentation de la formation au "
            "travail de proximité et composition définitive du groupe de villes membres."
        ),
        "venue_city": "Bucarest",
        "description": (
            "<p>Au terme de la phase d'état des lieux, les partenaires se sont retrouvés à Bucarest pour présenter "
            "le programme de formation conçu à partir des besoins des villes et arrêter la liste des villes "
            'membres qui le suivraient. La <a href="page:resource-head-up-bucharest-seminar">présentation faite '
            "lors du séminaire</a> figure dans la bibliothèque de ressources.</p>"
            "<p>La formation devait s'appuyer sur l'expérience du partenariat HEAD-UP : ACCES et trois ONG "
            'européennes, <a href="page:org-aras">ARAS</a> en Roumanie, <a href="page:org-initiative-for-health">'
            'Initiative for Health</a> en Bulgarie et <a href="page:org-villa-maraini">Villa Maraini</a> en '
            "Italie.</p>"
        ),
    },
)

TRAINING_WORKSHOP = head_up_event(
    "training-workshop",
    kind="training",
    time_zone=PARIS_TZ,
    start=local(PARIS_TZ, 2009, 9, 1, 9),
    end=local(PARIS_TZ, 2009, 9, 1, 17),
    country="FR",
    coordinates=PARIS,
    en={
        "title": "HEAD-UP training workshop",
        "slug": "head-up-training-workshop-2009",
        "summary": (
            "Training for local stakeholders from the participating cities in outreach work, HIV and hepatitis C "
            "prevention, substance use and counselling as a helping relationship."
        ),
        "listing_summary": (
            "Local stakeholders from the HEAD-UP cities trained in outreach work, HIV and hepatitis C prevention "
            "and counselling."
        ),
        "search_description": (
            "HEAD-UP training workshop, Paris, September 2009: outreach work, HIV and hepatitis C prevention, "
            "substance use and counselling for local stakeholders."
        ),
        "venue_city": "Paris",
        "description": (
            "<p>Once the group of cities was settled, HEAD-UP turned to training. In Paris, local stakeholders "
            "from the cities involved were trained in four subjects:</p>"
            "<ul><li>outreach work;</li><li>the prevention of HIV and hepatitis C;</li><li>substance use;</li>"
            "<li>counselling as a helping relationship.</li></ul>"
            "<p>The workshop opened the implementation phase, which ran until September 2010: further workshops "
            "and refinement meetings were held, and the outreach manual was written.</p>"
        ),
    },
    fr={
        "title": "Atelier de formation HEAD-UP",
        "slug": "atelier-formation-head-up-2009",
        "summary": (
            "Une formation des acteurs locaux des villes participantes au travail de proximité, à la prévention "
            "du VIH et de l'hépatite C, aux usages de substances et au counselling comme relation d'aide."
        ),
        "listing_summary": (
            "Les acteurs locaux des villes HEAD-UP formés au travail de proximité, à la prévention du VIH et de "
            "l'hépatite C et au counselling."
        ),
        "search_description": (
            "Atelier de formation HEAD-UP, Paris, septembre 2009 : travail de proximité, prévention du VIH et de "
            "l'hépatite C, usages de substances et counselling pour les acteurs locaux."
        ),
        "venue_city": "Paris",
        "description": (
            "<p>Le groupe de villes constitué, HEAD-UP est passée à la formation. À Paris, des acteurs locaux des "
            "villes participantes ont été formés sur quatre thèmes :</p>"
            "<ul><li>le travail de proximité ;</li><li>la prévention du VIH et de l'hépatite C ;</li><li>les "
            "usages de substances ;</li><li>le counselling comme relation d'aide.</li></ul>"
            "<p>L'atelier a ouvert la phase de mise en œuvre, qui a duré jusqu'en septembre 2010 : d'autres "
            "ateliers et des réunions d'ajustement ont été organisés, et le manuel de travail de proximité a été "
            "rédigé.</p>"
        ),
    },
)

EVALUATION_WORKSHOP = head_up_event(
    "evaluation-workshop",
    kind="workshop",
    time_zone=PARIS_TZ,
    start=local(PARIS_TZ, 2010, 6, 1, 9),
    end=local(PARIS_TZ, 2010, 6, 1, 17),
    country="FR",
    coordinates=MARSEILLE,
    en={
        "title": "HEAD-UP evaluation workshop",
        "slug": "head-up-evaluation-workshop-2010",
        "summary": (
            "The workshop where HEAD-UP's work package was evaluated, its outreach manual validated and the final "
            "dissemination conference prepared."
        ),
        "listing_summary": "HEAD-UP evaluated, its outreach manual validated and the closing conference prepared.",
        "search_description": (
            "HEAD-UP evaluation workshop, Marseille, June 2010: evaluation of the work package, validation of the "
            "outreach manual, preparation of the dissemination conference."
        ),
        "venue_city": "Marseille",
        "description": (
            "<p>Near the end of the implementation phase, the evaluation workshop in Marseille had three tasks: to "
            "assess what the HEAD-UP work package had achieved, to validate the outreach manual, and to prepare "
            "the conference at which the project's results would be shared.</p>"
            "<p>From July to December 2010 the manual was then edited, printed and translated, and distributed "
            "to the professionals working in harm reduction in the participating cities.</p>"
        ),
    },
    fr={
        "title": "Atelier d'évaluation HEAD-UP",
        "slug": "atelier-evaluation-head-up-2010",
        "summary": (
            "L'atelier au cours duquel le volet de travail HEAD-UP a été évalué, son manuel de travail de "
            "proximité validé et la conférence finale de diffusion préparée."
        ),
        "listing_summary": "HEAD-UP évalué, son manuel validé et sa conférence de clôture préparée.",
        "search_description": (
            "Atelier d'évaluation HEAD-UP, Marseille, juin 2010 : évaluation du volet de travail, validation du "
            "manuel de travail de proximité, préparation de la conférence de diffusion."
        ),
        "venue_city": "Marseille",
        "description": (
            "<p>Vers la fin de la phase de mise en œuvre, l'atelier d'évaluation de Marseille avait trois tâches : "
            "mesurer ce que le volet de travail HEAD-UP avait accompli, valider le manuel de travail de proximité "
            "et préparer la conférence qui devait en faire connaître les résultats.</p>"
            "<p>De juillet à décembre 2010, le manuel a ensuite été édité, imprimé, traduit et remis aux "
            "professionnels de la réduction des risques des villes participantes.</p>"
        ),
    },
)

DISSEMINATION_CONFERENCE = head_up_event(
    "dissemination-conference",
    kind="conference",
    time_zone=VIENNA_TZ,
    start=local(VIENNA_TZ, 2010, 12, 1, 9),
    end=local(VIENNA_TZ, 2010, 12, 1, 17),
    country="AT",
    coordinates=VIENNA,
    en={
        "title": "HEAD-UP dissemination conference",
        "slug": "head-up-dissemination-conference-2010",
        "summary": (
            "HEAD-UP's closing conference: the outreach manual and the project's results were presented to the "
            "Efus network and to representatives of national authorities."
        ),
        "listing_summary": (
            "The HEAD-UP outreach manual and results presented to the Efus network and national authorities, in Vienna."
        ),
        "search_description": (
            "HEAD-UP dissemination conference, Vienna, December 2010: the outreach manual and the project's "
            "results presented to the Efus network and national authorities."
        ),
        "venue_city": "Vienna",
        "description": (
            '<p>In Vienna, HEAD-UP presented its <a href="page:resource-head-up-manual">outreach manual</a> and '
            'the results of the project to the <a href="page:org-efus">Efus</a> network and to representatives of '
            "national authorities. The conference was also a chance to make contacts for spreading the training "
            "method and the manual further.</p>"
            "<p>From January to May 2011 the tools created during the project were evaluated, and the partners "
            "considered how to keep sharing its results over time.</p>"
        ),
    },
    fr={
        "title": "Conférence de diffusion HEAD-UP",
        "slug": "conference-diffusion-head-up-2010",
        "summary": (
            "La conférence de clôture de HEAD-UP : le manuel de travail de proximité et les résultats du projet "
            "ont été présentés au réseau de l'Efus et à des représentants des autorités nationales."
        ),
        "listing_summary": (
            "Le manuel et les résultats de HEAD-UP présentés au réseau de l'Efus et aux autorités nationales, à Vienne."
        ),
        "search_description": (
            "Conférence de diffusion HEAD-UP, Vienne, décembre 2010 : le manuel de travail de proximité et les "
            "résultats du projet présentés au réseau de l'Efus et aux autorités nationales."
        ),
        "venue_city": "Vienne",
        "description": (
            '<p>À Vienne, HEAD-UP a présenté son <a href="page:resource-head-up-manual">manuel de travail de '
            'proximité</a> et les résultats du projet au réseau de l\'<a href="page:org-efus">Efus</a> et à des '
            "représentants des autorités nationales. La conférence a aussi permis de nouer des contacts pour "
            "diffuser plus largement la méthode de formation et le manuel.</p>"
            "<p>De janvier à mai 2011, les outils créés pendant le projet ont été évalués et les partenaires ont "
            "réfléchi à une diffusion durable de ses résultats.</p>"
        ),
    },
)


# --- AIPAUC working groups (Fédération Addiction, French first) ----------------------------------

AIPAUC_MEETINGS = event(
    "event-aipauc-working-group-meetings",
    kind="meeting",
    organiser="org-federation-addiction",
    time_zone=PARIS_TZ,
    # Groups formed on 4 February 2022, meetings set afterwards: the rest of the year, as the note says.
    start=local(PARIS_TZ, 2022, 2, 4, 9),
    end=local(PARIS_TZ, 2022, 12, 31, 17),
    precision="year",
    attendance="mixed",
    source_language="fr",
    fr={
        "title": "Rencontres des groupes de travail AIPAUC",
        "slug": "rencontres-groupes-de-travail-aipauc",
        "date_note": (
            "Chaque groupe se réunit trois fois (une journée en présentiel, deux demi-journées en visio) à des "
            "dates fixées après sa constitution, le 4 février 2022 ; la période indiquée est déduite."
        ),
        "summary": (
            "Les cinq groupes de travail du projet AIPAUC de la Fédération Addiction se réunissent chacun trois "
            "fois pour améliorer l'accueil et l'accompagnement des usagers de cocaïne : une journée entière en "
            "présentiel et deux demi-journées en visioconférence."
        ),
        "listing_summary": (
            "Trois rencontres par groupe, en présentiel et en visio, pour améliorer l'accompagnement des usagers "
            "de cocaïne."
        ),
        "search_description": (
            "Rencontres des groupes de travail AIPAUC de la Fédération Addiction en 2022 : prévention, innovations "
            "thérapeutiques, usage de cocaïne, réduction des risques et communication."
        ),
        "description": (
            "<p>Après un état des lieux de l'accompagnement des usagers de cocaïne dans les structures "
            'd\'addictologie, le projet <a href="page:aipauc">AIPAUC</a> réunit des professionnels en groupes de '
            "travail chargés de traiter les freins constatés. Quatre groupes thématiques comptent chacun 10 à 12 "
            "membres et sont co-pilotés par une personne ressource experte :</p>"
            '<ul><li><a href="page:wg-prevention">prévention</a> ;</li>'
            '<li><a href="page:wg-therapeutic-innovations">innovations thérapeutiques</a> ;</li>'
            '<li><a href="page:wg-cocaine-use">usage de cocaïne et problématiques associées</a> ;</li>'
            '<li><a href="page:wg-harm-reduction">réduction des risques</a>.</li></ul>'
            '<p>Un cinquième <a href="page:wg-communication">groupe, consacré à la communication</a>, rassemble une '
            "quinzaine de professionnels.</p>"
            "<p>Les rencontres des groupes thématiques aboutissent à des fiches pratiques et à un référentiel de "
            "formation ; celles du groupe communication, à un recensement des outils existants et à de nouveaux "
            "outils adaptés aux publics.</p>"
        ),
        "practical_information": (
            "<p>Pour chaque groupe, une rencontre d'une journée entière se tient en présentiel ; les deux autres, "
            "d'une demi-journée chacune, ont lieu en visioconférence. Les dates sont fixées une fois la "
            "composition des groupes arrêtée.</p>"
            "<p>Contact : Juliette Dupuis, Fédération Addiction. Les demandes de participation se font depuis la "
            "page de chaque groupe.</p>"
        ),
    },
    en={
        "title": "AIPAUC working group meetings",
        "slug": "aipauc-working-group-meetings",
        "date_note": (
            "Each group meets three times (one full day in person, two half days by video) on dates set after the "
            "groups are formed on 4 February 2022; the period shown is inferred."
        ),
        "summary": (
            "Each of the five working groups of Fédération Addiction's AIPAUC project meets three times to improve "
            "how people who use cocaine are welcomed and supported: one full day in person and two half days by "
            "video conference."
        ),
        "listing_summary": (
            "Three meetings per group, in person and by video, to improve support for people who use cocaine."
        ),
        "search_description": (
            "Meetings of Fédération Addiction's AIPAUC working groups in 2022: prevention, therapeutic innovations, "
            "cocaine use, harm reduction and communication."
        ),
        "description": (
            "<p>Having taken stock of how addiction services support people who use cocaine, the "
            '<a href="page:aipauc">AIPAUC</a> project brings professionals together in working groups to tackle '
            "the obstacles it found. Four thematic groups of 10 to 12 members each are co-piloted by an expert "
            "resource person:</p>"
            '<ul><li><a href="page:wg-prevention">prevention</a>;</li>'
            '<li><a href="page:wg-therapeutic-innovations">therapeutic innovations</a>;</li>'
            '<li><a href="page:wg-cocaine-use">cocaine use and associated problems</a>;</li>'
            '<li><a href="page:wg-harm-reduction">harm reduction</a>.</li></ul>'
            '<p>A fifth <a href="page:wg-communication">group, on communication</a>, brings together about fifteen '
            "professionals.</p>"
            "<p>The thematic groups' meetings lead to practical guidance sheets and a training framework; the "
            "communication group's, to a review of existing tools and new ones suited to each audience.</p>"
        ),
        "practical_information": (
            "<p>For each group, one full-day meeting takes place in person; the other two, half a day each, are "
            "held by video conference. The dates are set once the groups' membership is final.</p>"
            "<p>Contact: Juliette Dupuis, Fédération Addiction. Requests to join are made from each group's "
            "page.</p>"
        ),
    },
)


PAGES = [
    EVENTS_INDEX,
    EFUS_CONFERENCE,
    PLENARY,
    THEMATIC,
    STRATEGIC_SEMINAR,
    IMPLEMENTATION_SEMINAR,
    TRAINING_WORKSHOP,
    EVALUATION_WORKSHOP,
    DISSEMINATION_CONFERENCE,
    AIPAUC_MEETINGS,
]
