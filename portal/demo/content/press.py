"""The press room: the press pack of Efus's 2024 sessions on drugs and harm reduction, Efus's position, an embargo.

Source: Efus's "Factsheet – press pack" on drugs and harm reduction (English): the two
sessions of Wednesday 20 March 2024 at its conference in Brussels and their speakers,
the practices of two member cities (Transit, supported by the Brussels-Capital Region;
LIMIT's in Loos, with Lille and Sarcelles, led by MILDECA from 2020 to 2023), the site
visits, the note to editors offering interviews, and "Efus' work and position".

The seed is the pack; it is split here as a press room would publish it:

* the press pack itself, dated a week before the conference (see ``PACK_RELEASE``);
* a factsheet on Efus's work and position on drugs, the pack's closing section,
  released with it;
* a press release on LIMIT's, the pack's second practice, under embargo so that the
  demo site shows how an embargo works. It states only what the pack says about the
  programme: three years, three cities, MILDECA, what Loos did, and that it is being
  evaluated; it reports no result. Its release time is counted from the day the demo
  is first loaded (:class:`~portal.demo.specs.OnFirstLoad`) and kept on later loads.

The pack is written in the present and future tense of its release date, as press
material is; the event and practice pages, written afterwards, use the past.

The posters are drawn when the content is loaded (:mod:`portal.demo.images`); they
carry both languages, as the picture is the same on every language's page.
"""

import datetime
from functools import partial
from zoneinfo import ZoneInfo

from ..blocks import call_to_action, heading, paragraph
from ..images import Poster, build_poster
from ..specs import ImageRef, ImageSpec, OnFirstLoad, PageSpec, Ref, SnippetRef

BRUSSELS = ZoneInfo("Europe/Brussels")

# A week before the sessions of Wednesday 20 March 2024, at 10:00 in Brussels: the pack speaks of the
# sessions and visits in the future ("will speak", "will be organised") and asks journalists to book
# interviews and visits with limited places, which they need a few days to do.
PACK_RELEASE = datetime.datetime(2024, 3, 13, 10, 0, tzinfo=BRUSSELS)
# Efus's position closes the pack: the factsheet goes out with it.
POSITION_RELEASE = PACK_RELEASE
# Thirty days after the demo is first loaded, at 10:00 in Brussels: long enough for the demo site to show
# the item under embargo (its banner in previews, its absence from lists and feeds) for a month.
LIMITS_RELEASE = OnFirstLoad(days=30, hour=10, time_zone="Europe/Brussels")

CREDIT = {"en": "Illustration: Cities & Drugs Network", "fr": "Illustration : Cities & Drugs Network"}
PRESS_CONTACT = "person-efus-communication"


def topics(*keys):
    return [SnippetRef(f"topic-{key}") for key in keys]


def facts(*rows):
    """Key facts: (figure, text) pairs; the figure may be empty."""
    return [{"type": "fact", "value": {"figure": figure, "text": text}} for figure, text in rows]


def press_image(key, alt_text, caption, language):
    return {"image": ImageRef(key), "alt_text": alt_text, "caption": caption, "credit": CREDIT[language]}


def poster(key, title, filename, description, drawing):
    return ImageSpec(
        key=key, title=title, filename=filename, description=description, build=partial(build_poster, drawing)
    )


# --- Images ----------------------------------------------------------------------------------------

SESSIONS_POSTER = poster(
    "poster-efus-2024-drugs",
    "Poster: drugs and harm reduction, Efus conference, Brussels, 20 March 2024",
    "poster-efus-2024-drugs-and-harm-reduction.png",
    "Poster of the two sessions on drugs and harm reduction at the Efus conference, Brussels, 20 March 2024.",
    Poster(
        eyebrow="Efus conference · Brussels · 2024",
        title="Drugs and harm reduction",
        subtitle="Drogues et réduction des risques",
        lines=(
            ("20.03.2024", "Wednesday · mercredi"),
            ("14:45–16:00", "Plenary session · Session plénière"),
            ("16:15–17:45", "Thematic session · Session thématique"),
        ),
    ),
)

POSITION_POSTER = poster(
    "poster-efus-position",
    "Poster: Efus, three decades of work on drugs",
    "poster-efus-three-decades-on-drugs.png",
    "Poster on Efus's work on drugs: prevention, harm reduction and fundamental rights.",
    Poster(
        eyebrow="Efus · Factsheet · Fiche d’information",
        title="Three decades of work on drugs",
        subtitle="Trente ans de travail sur les drogues",
        lines=(
            ("1", "Prevention · Prévention"),
            ("2", "Harm reduction · Réduction des risques"),
            ("3", "Fundamental rights · Droits fondamentaux"),
        ),
        background="#1f3d5c",
    ),
)

LIMITS_POSTER = poster(
    "poster-limits",
    "Poster: LIMIT's, Loos, Lille and Sarcelles, 2020–2023",
    "poster-limits-2020-2023.png",
    "Poster of the LIMIT's pilot programme in Loos, Lille and Sarcelles, 2020–2023.",
    Poster(
        eyebrow="Pilot programme · Programme pilote · France",
        title="LIMIT’s",
        subtitle="Keeping young people out of drug trafficking · Tenir les jeunes à l’écart du trafic de drogues",
        lines=(
            ("2020–2023", "Loos · Lille · Sarcelles"),
            ("MILDECA", "Led the programme · A conduit le programme"),
        ),
        background="#3b2f5c",
    ),
)

IMAGES = [SESSIONS_POSTER, POSITION_POSTER, LIMITS_POSTER]


# --- The press room ---------------------------------------------------------------------------------

PRESS_ROOM = PageSpec(
    key="press",
    model="resources.PressRoomPage",
    parent="home",
    shared={
        "show_in_menus": True,
        "press_email": "press@example.org",
        # In the range France keeps for fiction (+33 1 99 00 …), so nobody is called by mistake.
        "press_phone": "+33 1 99 00 24 20",
        # Empty: requests go to the press office address above.
        "notification_email": "",
        "contacts": [{"person": SnippetRef(PRESS_CONTACT), "languages": []}],
    },
    content={
        "en": {
            "title": "Press room",
            "slug": "press",
            "introduction": (
                "For journalists covering drugs and harm reduction in European cities: the network's press packs, "
                "press releases and factsheets, with the people to contact for an interview. The current press "
                "pack comes first, then every item, newest first."
            ),
            "for_journalists": (
                "<p>Would you like to speak to a mayor, a researcher or a team working on the ground? Send an "
                "interview request with the form, or write to the press office. Tell us your medium, your "
                "deadline and the subject you are working on: the press office answers every request and puts "
                "you in touch with the cities and organisations concerned.</p>"
                "<p>Every item can be downloaded as a PDF; items with pictures also come as a press kit, the "
                "pictures at full size with the credits to print.</p>"
            ),
            "interview_introduction": (
                "Say whom you would like to interview, for which medium and by when. The press office forwards "
                "your request to the city or organisation concerned and replies to you by email."
            ),
            "listing_summary": (
                "Press packs, press releases and factsheets on drugs and harm reduction in European cities, "
                "with media contacts and interview requests."
            ),
            "search_description": (
                "Press room of the Cities & Drugs Network: press packs, releases and factsheets on drugs and "
                "harm reduction, media contacts, interview requests, PDF downloads."
            ),
        },
        "fr": {
            "title": "Espace presse",
            "slug": "presse",
            "introduction": (
                "Pour les journalistes qui couvrent les drogues et la réduction des risques dans les villes "
                "européennes : dossiers de presse, communiqués et fiches d'information du réseau, avec les "
                "personnes à contacter pour un entretien. Le dossier de presse en cours figure en tête, puis "
                "l'ensemble des documents, du plus récent au plus ancien."
            ),
            "for_journalists": (
                "<p>Vous souhaitez interroger un maire, une chercheuse ou une équipe de terrain ? Envoyez une "
                "demande d'entretien au moyen du formulaire, ou écrivez au service de presse. Précisez votre "
                "média, votre délai et le sujet que vous traitez : le service de presse répond à chaque demande "
                "et vous met en relation avec les villes et les organisations concernées.</p>"
                "<p>Chaque document peut être téléchargé en PDF ; ceux qui comportent des images existent aussi "
                "en kit presse, avec les images en pleine taille et les crédits à mentionner.</p>"
            ),
            "interview_introduction": (
                "Indiquez qui vous souhaitez interroger, pour quel média et dans quel délai. Le service de "
                "presse transmet votre demande à la ville ou à l'organisation concernée et vous répond par "
                "courriel."
            ),
            "listing_summary": (
                "Dossiers de presse, communiqués et fiches d'information sur les drogues et la réduction des "
                "risques dans les villes européennes, contacts presse et demandes d'entretien."
            ),
            "search_description": (
                "Espace presse du Cities & Drugs Network : dossiers de presse, communiqués et fiches sur les "
                "drogues et la réduction des risques, contacts presse, demandes d'entretien, PDF."
            ),
        },
    },
)


def press_item(key, *, kind, release_at, shared, en, fr):
    """A PressReleasePage in the press room. ``shared`` holds its synchronised rows and links."""
    empty = {"body": [], "key_facts": [], "notes_to_editors": "", "images": []}
    defaults = {
        "event": None,
        "contacts": [],
        "sessions": [],
        "practices": [],
        "related_pages": [],
        "topics": [],
        "listing_image": None,
    }
    return PageSpec(
        key=key,
        model="resources.PressReleasePage",
        parent="press",
        shared={**defaults, "kind": kind, "release_at": release_at, **shared},
        content={"en": {**empty, **en}, "fr": {**empty, **fr}},
    )


# --- The press pack: two sessions on Wednesday 20 March 2024 ----------------------------------------

PRESS_PACK = press_item(
    "press-pack-efus-2024",
    kind="pack",
    release_at=PACK_RELEASE,
    shared={
        "event": Ref("event-efus-2024"),
        "sessions": [{"session": Ref("session-efus-2024-plenary")}, {"session": Ref("session-efus-2024-thematic")}],
        "practices": [{"practice": Ref("practice-transit")}, {"practice": Ref("practice-limits-loos")}],
        "contacts": [{"person": SnippetRef(PRESS_CONTACT), "languages": []}],
        "related_pages": [
            {"page": Ref("press-efus-position")},
            {"page": Ref("org-efus")},
            {"page": Ref("practice-strasbourg-consumption-room")},
            {"page": Ref("practice-rotterdam-recruitment")},
            {"page": Ref("limit")},
        ],
        "topics": topics("harm-reduction", "drug-policy", "drug-consumption-rooms", "trafficking-prevention"),
        "listing_image": ImageRef(SESSIONS_POSTER.key),
    },
    en={
        "title": "Drugs and harm reduction at the Efus conference",
        "slug": "drugs-and-harm-reduction-efus-2024",
        "listing_title": "Press pack: drugs and harm reduction, 20 March 2024",
        "summary": (
            "On Wednesday 20 March 2024, the Efus conference in Brussels gives two sessions to drugs and harm "
            "reduction: a plenary from 14:45 to 16:00, then a thematic session from 16:15 to 17:45. A mayor and a "
            "deputy mayor, Belgium's National Commissioner for Drugs, the Director of the EU's drugs agency, a "
            "researcher and people who work with drug users take the floor. Two practices from Efus member "
            "cities are presented alongside: Transit in the Brussels-Capital Region and LIMIT's in Loos."
        ),
        "listing_summary": (
            "The two sessions of 20 March 2024 in Brussels, their seven speakers, the practices of Transit and "
            "LIMIT's, site visits and interviews."
        ),
        "search_description": (
            "Press pack: Efus conference sessions on drugs and harm reduction, Brussels, 20 March 2024. "
            "Speakers, Transit, LIMIT's, site visits, interview requests."
        ),
        "key_facts": facts(
            (
                "2 sessions",
                "on drugs and harm reduction on Wednesday 20 March 2024: a plenary from 14:45 to 16:00, then a "
                "thematic session from 16:15 to 17:45.",
            ),
            (
                "7 speakers",
                "from two city halls, Belgium's drugs commissioner, the EU's drugs agency, research, a care service "
                "and a European harm reduction network.",
            ),
            (
                "2 practices",
                "from Efus member cities: Transit, supported by the Brussels-Capital Region, and LIMIT's in Loos.",
            ),
            (
                "3 years",
                "of LIMIT's (2020–2023), a pilot programme led by MILDECA in Loos, Lille and Sarcelles to keep "
                "young people out of drug trafficking.",
            ),
            (
                "2",
                "safe consumption rooms in France: one in Paris, the other in Strasbourg, whose Deputy Mayor speaks "
                "in the thematic session.",
            ),
        ),
        "body": [
            heading("Two sessions on Wednesday 20 March", anchor="sessions"),
            paragraph(
                "<p>The plenary session, from 14:45 to 16:00, looks at drugs from three levels at once: a city, "
                "with Ahmed Aboutaleb, Mayor of Rotterdam and Vice-President of Efus; a country, with Ine Van "
                "Wymersch, Belgium's National Commissioner for Drugs; and the European Union, with Alexis Goosdeel, "
                "Director of the European Monitoring Centre for Drugs and Drug Addiction (EMCDDA).</p>"
                "<p>Rotterdam, Europe's main port, is used more and more by organised crime and drug "
                "traffickers. The city has responded with several schemes, many of them meant to stop its young "
                "residents from being recruited by the networks.</p>"
                "<p>The thematic session follows, from 16:15 to 17:45. It gives the floor to research, with the "
                "sociologist Marie Jauffret-Roustide of INSERM; to care, with Laurent Maise, Deputy Director of "
                "Transit; to civil society, with Arianna Rogialli of Correlation – European Harm Reduction Network "
                "(C-EHRN); and to local government, with Nadia Zourgui, Deputy Mayor of Strasbourg, a city that "
                "hosts one of France's two safe consumption rooms.</p>"
            ),
            heading("Two practices from member cities", anchor="practices"),
            paragraph(
                "<p><strong>Transit, Brussels-Capital Region (Belgium).</strong> The region supports Transit, a "
                "non-profit association that looks after adults with an addiction to drugs, alcohol or medicines. "
                "Its services run from Gate, a safe consumption room, and the supply of sterile equipment to "
                "supervised housing, work in prison and a space for women. Laurent Maise, its Deputy Director, "
                "speaks in the thematic session.</p>"
                "<p><strong>LIMIT's, Loos (France).</strong> Together with Lille and Sarcelles, the city of Loos "
                "joined LIMIT's, a broad pilot programme to keep young people from being drawn into drug "
                "trafficking. From 2020 to 2023, MILDECA, the French government's Interministerial Mission for the "
                "Prevention of Drugs and Addictive Behaviour, led the programme and backed many local prevention "
                "schemes. In Loos, these meant support for parents, awareness activities with primary and secondary "
                "school pupils and training for prevention professionals. The programme's evaluation is under "
                "way.</p>"
            ),
            heading("Site visits in the Brussels-Capital Region", anchor="visits"),
            paragraph(
                "<p>During the conference, several visits to harm reduction schemes in the Brussels-Capital Region "
                "are organised. Places are limited and go to those who ask first: first come, first served.</p>"
            ),
            call_to_action(
                "The afternoon's programme",
                "Both sessions with their rooms and speakers, and calendar files to add them to your diary.",
                Ref("event-efus-2024"),
                "See the programme",
            ),
        ],
        "notes_to_editors": (
            "<p>Would you like to interview representatives of the cities and organisations in this press pack? "
            "Let the press office know whom you would like to meet: it will put you in touch with them.</p>"
            "<p>Places on the site visits are limited; ask early if you wish to join one.</p>"
            '<p>Background: <a href="page:press-efus-position">Efus\'s work and position on drugs</a>.</p>'
        ),
        "images": [
            press_image(
                SESSIONS_POSTER.key,
                "Poster reading 'Drugs and harm reduction' in English and French, Efus conference, Brussels, "
                "Wednesday 20 March 2024: plenary session 14:45–16:00, thematic session 16:15–17:45, beside a "
                "drawing of linked dots.",
                "The afternoon of 20 March 2024 at the Efus conference in Brussels: two sessions on drugs and harm "
                "reduction.",
                "en",
            )
        ],
    },
    fr={
        "title": "Drogues et réduction des risques à la conférence de l'Efus",
        "slug": "drogues-et-reduction-des-risques-efus-2024",
        "listing_title": "Dossier de presse : drogues et réduction des risques, 20 mars 2024",
        "summary": (
            "Le mercredi 20 mars 2024, la conférence de l'Efus à Bruxelles consacre deux sessions aux drogues et "
            "à la réduction des risques : une plénière de 14 h 45 à 16 h, puis une session thématique de 16 h 15 "
            "à 17 h 45. Un maire et une maire adjointe, la commissaire nationale aux drogues de Belgique, le "
            "directeur de l'agence européenne des drogues, une chercheuse et des acteurs de terrain y prennent "
            "la parole. Deux pratiques de villes membres de l'Efus sont présentées à cette occasion : Transit, "
            "en Région de Bruxelles-Capitale, et LIMIT's, à Loos."
        ),
        "listing_summary": (
            "Les deux sessions du 20 mars 2024 à Bruxelles, leurs sept intervenants, les pratiques de Transit et "
            "de LIMIT's, les visites de terrain et les entretiens."
        ),
        "search_description": (
            "Dossier de presse : sessions de la conférence de l'Efus sur les drogues et la réduction des risques, "
            "Bruxelles, 20 mars 2024. Intervenants, Transit, LIMIT's, visites, demandes d'entretien."
        ),
        "key_facts": facts(
            (
                "2 sessions",
                "consacrées aux drogues et à la réduction des risques le mercredi 20 mars 2024 : une plénière de "
                "14 h 45 à 16 h, puis une session thématique de 16 h 15 à 17 h 45.",
            ),
            (
                "7 intervenants",
                "venus de deux mairies, du commissariat belge aux drogues, de l'agence européenne des drogues, de la "
                "recherche, d'un service d'aide et d'un réseau européen de réduction des risques.",
            ),
            (
                "2 pratiques",
                "de villes membres de l'Efus : Transit, soutenue par la Région de Bruxelles-Capitale, et LIMIT's, "
                "à Loos.",
            ),
            (
                "3 ans",
                "de LIMIT's (2020–2023), programme pilote conduit par la MILDECA à Loos, Lille et Sarcelles pour "
                "tenir les jeunes à l'écart du trafic de drogues.",
            ),
            (
                "2",
                "salles de consommation à moindre risque en France : l'une à Paris, l'autre à Strasbourg, dont la "
                "maire adjointe intervient lors de la session thématique.",
            ),
        ),
        "body": [
            heading("Deux sessions le mercredi 20 mars", anchor="sessions"),
            paragraph(
                "<p>La session plénière, de 14 h 45 à 16 h, aborde les drogues à trois échelles : celle d'une "
                "ville, avec Ahmed Aboutaleb, maire de Rotterdam et vice-président de l'Efus ; celle d'un pays, "
                "avec Ine Van Wymersch, commissaire nationale aux drogues de Belgique ; celle de l'Union "
                "européenne, avec Alexis Goosdeel, directeur de l'Observatoire européen des drogues et des "
                "toxicomanies (OEDT).</p>"
                "<p>Premier port d'Europe, Rotterdam est de plus en plus exploité par la criminalité organisée et "
                "les trafiquants de drogues. La ville y répond par plusieurs dispositifs, dont beaucoup visent à "
                "empêcher que ses jeunes habitants ne soient recrutés par les réseaux.</p>"
                "<p>La session thématique suit, de 16 h 15 à 17 h 45. Elle donne la parole à la recherche, avec la "
                "sociologue Marie Jauffret-Roustide, de l'INSERM ; au soin, avec Laurent Maise, directeur adjoint "
                "de Transit ; à la société civile, avec Arianna Rogialli, de Correlation – European Harm Reduction "
                "Network (C-EHRN) ; aux collectivités locales, enfin, avec Nadia Zourgui, maire adjointe de "
                "Strasbourg, ville qui accueille l'une des deux salles de consommation à moindre risque de "
                "France.</p>"
            ),
            heading("Deux pratiques de villes membres", anchor="pratiques"),
            paragraph(
                "<p><strong>Transit, Région de Bruxelles-Capitale (Belgique).</strong> La Région soutient Transit, "
                "une association sans but lucratif qui prend en charge des adultes dépendants aux drogues, à "
                "l'alcool ou aux médicaments. Ses services vont de Gate, une salle de consommation à moindre "
                "risque, et de la distribution de matériel stérile au logement encadré, au travail en prison et à "
                "un espace réservé aux femmes. Laurent Maise, son directeur adjoint, intervient lors de la session "
                "thématique.</p>"
                "<p><strong>LIMIT's, Loos (France).</strong> Avec Lille et Sarcelles, la ville de Loos a rejoint "
                "LIMIT's, un vaste programme pilote destiné à éviter que les jeunes ne basculent dans le trafic de "
                "drogues. De 2020 à 2023, la MILDECA, la Mission interministérielle de lutte contre les drogues et "
                "les conduites addictives, a conduit le programme et soutenu de nombreux dispositifs locaux de "
                "prévention. À Loos, il s'est agi d'accompagner les parents, de mener des actions de "
                "sensibilisation auprès des élèves du primaire et du secondaire et de former des professionnels de "
                "la prévention. L'évaluation du programme est en cours.</p>"
            ),
            heading("Visites en Région de Bruxelles-Capitale", anchor="visites"),
            paragraph(
                "<p>Pendant la conférence, plusieurs visites de dispositifs de réduction des risques sont "
                "organisées en Région de Bruxelles-Capitale. Le nombre de places est limité : les premiers "
                "inscrits seront les premiers servis.</p>"
            ),
            call_to_action(
                "Le programme de l'après-midi",
                "Les deux sessions avec leurs salles et leurs intervenants, et des fichiers de calendrier pour les "
                "ajouter à votre agenda.",
                Ref("event-efus-2024"),
                "Voir le programme",
            ),
        ],
        "notes_to_editors": (
            "<p>Vous souhaitez obtenir un entretien avec des représentants des villes et des organisations "
            "citées dans ce dossier ? Indiquez au service de presse qui vous aimeriez rencontrer : il vous mettra en "
            "relation.</p>"
            "<p>Les places pour les visites de terrain sont limitées ; inscrivez-vous tôt si vous souhaitez y "
            "participer.</p>"
            '<p>Pour aller plus loin : <a href="page:press-efus-position">le travail et la position de l\'Efus '
            "sur les drogues</a>.</p>"
        ),
        "images": [
            press_image(
                SESSIONS_POSTER.key,
                "Affiche portant, en anglais et en français, le titre « Drogues et réduction des risques », "
                "conférence de l'Efus, Bruxelles, mercredi 20 mars 2024 : session plénière de 14 h 45 à 16 h, "
                "session thématique de 16 h 15 à 17 h 45.",
                "L'après-midi du 20 mars 2024 à la conférence de l'Efus à Bruxelles : deux sessions sur les "
                "drogues et la réduction des risques.",
                "fr",
            )
        ],
    },
)


# --- Factsheet: Efus's work and position on drugs -------------------------------------------------

EFUS_POSITION = press_item(
    "press-efus-position",
    kind="factsheet",
    release_at=POSITION_RELEASE,
    shared={
        "event": Ref("event-efus-2024"),
        "related_pages": [{"page": Ref("press-pack-efus-2024")}, {"page": Ref("org-efus")}],
        "topics": topics("drug-policy", "harm-reduction"),
        "listing_image": ImageRef(POSITION_POSTER.key),
    },
    en={
        "title": "Efus's work and position on drugs",
        "slug": "efus-work-and-position-on-drugs",
        "summary": (
            "Efus has worked on drugs for three decades. It argues that local authorities should have a greater "
            "say in drug policy, and that this policy should rest on prevention, harm reduction and respect for "
            "the fundamental rights of people who use drugs. This factsheet sets out that position, as Efus "
            "presents it for its 2024 conference in Brussels."
        ),
        "listing_summary": (
            "Three decades of work on drugs: a greater say for local authorities, and an approach built on "
            "prevention, harm reduction and users' fundamental rights."
        ),
        "search_description": (
            "Factsheet: Efus's work and position on drugs. A greater say for local authorities in drug policy; "
            "prevention, harm reduction and respect for users' fundamental rights."
        ),
        "key_facts": facts(
            ("3 decades", "of work by Efus on drugs."),
            ("", "Efus asks that local authorities be given a greater say in drug policies."),
            (
                "",
                "It calls for an approach built on prevention, harm reduction and respect for the fundamental "
                "rights of people who use drugs.",
            ),
            ("2 sessions", "of its 2024 conference in Brussels, on 20 March, are devoted to drugs and harm reduction."),
        ),
        "body": [
            heading("A greater say for local authorities", anchor="local-authorities"),
            paragraph(
                "<p>For thirty years, Efus has argued that cities and regions should weigh more in the drug "
                "policies that shape their work. The examples in its 2024 press pack show what local action can "
                "look like: the Brussels-Capital Region supports Transit and its Gate consumption room; Loos took part with Lille and "
                "Sarcelles in LIMIT's, a national pilot programme against the recruitment of young people into drug "
                "trafficking; Rotterdam runs schemes of its own to the same end; Strasbourg hosts one of France's "
                "two safe consumption rooms.</p>"
            ),
            heading("Prevention, harm reduction, fundamental rights", anchor="approach"),
            paragraph(
                "<p>The approach Efus defends has three parts: preventing drug use and its harms, reducing the "
                "risks for people who use drugs, and respecting their fundamental rights. The practices it puts "
                "forward in 2024 illustrate the first two: in Loos, support for parents, awareness activities in "
                "schools and training for prevention professionals; in Brussels, a safe consumption room and "
                "sterile equipment, as well as supervised housing, work in prison and a space for women.</p>"
            ),
            heading("At the 2024 conference", anchor="conference"),
            paragraph(
                "<p>On Wednesday 20 March 2024, Efus gives two sessions of its Brussels conference to drugs and "
                "harm reduction, with city leaders, national and European institutions, researchers and services. The "
                '<a href="page:press-pack-efus-2024">press pack</a> presents them, with their speakers.</p>'
            ),
        ],
        "notes_to_editors": (
            "<p>For an interview with a representative of Efus, or of one of the member cities named here, write "
            "to the press office.</p>"
        ),
        "images": [
            press_image(
                POSITION_POSTER.key,
                "Poster reading 'Three decades of work on drugs' in English and French, with three principles: "
                "prevention, harm reduction and fundamental rights, beside a drawing of linked dots.",
                "Efus's approach to drugs in three words.",
                "en",
            )
        ],
    },
    fr={
        "title": "Le travail et la position de l'Efus sur les drogues",
        "slug": "efus-travail-et-position-sur-les-drogues",
        "summary": (
            "L'Efus travaille sur les drogues depuis trente ans. Il demande que les collectivités locales "
            "pèsent davantage dans les politiques en la matière, et que ces politiques reposent sur la "
            "prévention, la réduction des risques et le respect des droits fondamentaux des usagers. Cette fiche "
            "présente sa position, telle que l'Efus l'expose pour sa conférence de 2024 à Bruxelles."
        ),
        "listing_summary": (
            "Trente ans de travail sur les drogues : plus de poids pour les collectivités locales, et une "
            "approche fondée sur la prévention, la réduction des risques et les droits des usagers."
        ),
        "search_description": (
            "Fiche d'information : le travail et la position de l'Efus sur les drogues. Plus de poids pour les "
            "collectivités locales ; prévention, réduction des risques, droits fondamentaux des usagers."
        ),
        "key_facts": facts(
            ("3 décennies", "de travail de l'Efus sur les drogues."),
            (
                "",
                "L'Efus demande que les collectivités locales aient davantage voix au chapitre dans les politiques "
                "des drogues.",
            ),
            (
                "",
                "Il défend une approche fondée sur la prévention, la réduction des risques et le respect des "
                "droits fondamentaux des usagers.",
            ),
            (
                "2 sessions",
                "de sa conférence de 2024 à Bruxelles, le 20 mars, sont consacrées aux drogues et à la réduction "
                "des risques.",
            ),
        ),
        "body": [
            heading("Plus de poids pour les collectivités locales", anchor="collectivites"),
            paragraph(
                "<p>Depuis trente ans, l'Efus plaide pour que les villes et les régions pèsent davantage dans les "
                "politiques des drogues qui encadrent leur action. Les exemples de son dossier de presse de 2024 "
                "montrent ce que peut être l'action locale : la Région de Bruxelles-Capitale soutient Transit et sa salle de consommation Gate ; Loos "
                "a participé avec Lille et Sarcelles à LIMIT's, un programme pilote national contre le recrutement "
                "des jeunes par les trafiquants ; Rotterdam mène ses propres dispositifs dans le même but ; "
                "Strasbourg accueille l'une des deux salles de consommation à moindre risque de France.</p>"
            ),
            heading("Prévention, réduction des risques, droits fondamentaux", anchor="approche"),
            paragraph(
                "<p>L'approche que défend l'Efus tient en trois volets : prévenir les usages et leurs dommages, "
                "réduire les risques pour les personnes qui consomment, respecter leurs droits fondamentaux. Les "
                "pratiques qu'il met en avant en 2024 illustrent les deux premiers : à Loos, l'accompagnement des "
                "parents, la sensibilisation dans les écoles et la formation des professionnels de la prévention ; "
                "à Bruxelles, une salle de consommation à moindre risque et du matériel stérile, mais aussi des "
                "logements encadrés, un travail en prison et un espace réservé aux femmes.</p>"
            ),
            heading("À la conférence de 2024", anchor="conference"),
            paragraph(
                "<p>Le mercredi 20 mars 2024, l'Efus consacre deux sessions de sa conférence de Bruxelles aux "
                "drogues et à la réduction des risques, avec des élus, des institutions nationales et européennes, "
                'des chercheurs et des services de terrain. Le <a href="page:press-pack-efus-2024">dossier de '
                "presse</a> les présente, avec leurs intervenants.</p>"
            ),
        ],
        "notes_to_editors": (
            "<p>Pour un entretien avec un représentant de l'Efus ou de l'une des villes membres citées ici, "
            "écrivez au service de presse.</p>"
        ),
        "images": [
            press_image(
                POSITION_POSTER.key,
                "Affiche portant, en anglais et en français, le titre « Trente ans de travail sur les drogues » et "
                "trois principes : prévention, réduction des risques, droits fondamentaux, à côté d'un "
                "dessin de points reliés entre eux.",
                "L'approche de l'Efus en trois mots.",
                "fr",
            )
        ],
    },
)


# --- Press release under embargo: LIMIT's ------------------------------------------------------------

LIMITS_RELEASE_PAGE = press_item(
    "press-limits-pilot",
    kind="release",
    release_at=LIMITS_RELEASE,
    shared={
        "practices": [{"practice": Ref("practice-limits-loos")}],
        "related_pages": [
            {"page": Ref("limit")},
            {"page": Ref("org-loos")},
            {"page": Ref("org-mildeca")},
            {"page": Ref("press-pack-efus-2024")},
        ],
        "topics": topics("youth-prevention", "trafficking-prevention"),
        "listing_image": ImageRef(LIMITS_POSTER.key),
    },
    en={
        "title": "LIMIT's: three French cities against the recruitment of young people into drug trafficking",
        "slug": "limits-pilot-programme-loos-lille-sarcelles",
        "listing_title": "LIMIT's: Loos, Lille and Sarcelles against young people's recruitment into trafficking",
        "summary": (
            "For three years, from 2020 to 2023, Loos, Lille and Sarcelles took part in LIMIT's, a pilot programme "
            "led by the French government's MILDECA to prevent young people from entering drug trafficking. In "
            "Loos it meant support for parents, awareness activities with primary and secondary school pupils "
            "and training for prevention professionals. The programme is now being evaluated."
        ),
        "listing_summary": (
            "A three-year pilot programme led by MILDECA in Loos, Lille and Sarcelles: parents, pupils and "
            "prevention professionals against young people's entry into drug trafficking."
        ),
        "search_description": (
            "Press release: LIMIT's pilot programme (2020–2023, MILDECA) in Loos, Lille and Sarcelles against "
            "the recruitment of young people into drug trafficking."
        ),
        "key_facts": facts(
            ("3 years", "of a pilot programme, from 2020 to 2023."),
            ("3 cities", "took part: Loos, Lille and Sarcelles, in France."),
            (
                "",
                "MILDECA, the Interministerial Mission for the Prevention of Drugs and Addictive Behaviour, led the "
                "programme.",
            ),
            (
                "",
                "In Loos, it supported parents, took awareness activities into primary and secondary schools and "
                "trained prevention professionals.",
            ),
            ("", "The programme is currently being evaluated."),
        ),
        "body": [
            heading("A national programme for local schemes", anchor="programme"),
            paragraph(
                "<p>LIMIT's set out to stop young people from being drawn into drug trafficking. Rather than a "
                "single measure, MILDECA, the French government's Interministerial Mission for the Prevention of "
                "Drugs and Addictive Behaviour, backed a broad set of local prevention schemes in three cities at "
                "once: Loos, Lille and Sarcelles. The pilot ran for three years, from 2020 to 2023.</p>"
            ),
            heading("In Loos: parents, pupils and professionals", anchor="loos"),
            paragraph(
                "<p>In Loos, the programme worked with young people and with the adults around them. Parents "
                "received support; pupils in primary and secondary schools took part in "
                "awareness activities; prevention professionals were trained.</p>"
                "<p>Efus, of which Loos is a member, presents LIMIT's as one of two practice examples from its "
                "member cities in its press pack on drugs and harm reduction.</p>"
            ),
            heading("Evaluation", anchor="evaluation"),
            paragraph("<p>The programme is currently being evaluated. This release reports no results.</p>"),
        ],
        "notes_to_editors": (
            "<p>For an interview with representatives of the city of Loos or of the organisations involved in "
            "LIMIT's, write to the press office, which will put you in touch.</p>"
            '<p>Background: <a href="page:practice-limits-loos">LIMIT\'s in Loos</a>, the practice in detail, and '
            '<a href="page:limit">the LIMIT\'s project</a>.</p>'
        ),
        "images": [
            press_image(
                LIMITS_POSTER.key,
                "Poster reading 'LIMIT's' in large letters, 'Pilot programme 2020–2023', Loos, Lille and Sarcelles, "
                "MILDECA, in English and French, beside a drawing of linked dots.",
                "LIMIT's, a pilot programme in three French cities, 2020–2023.",
                "en",
            )
        ],
    },
    fr={
        "title": "LIMIT's : trois villes françaises contre le recrutement des jeunes par les trafiquants",
        "slug": "programme-pilote-limits-loos-lille-sarcelles",
        "listing_title": "LIMIT's : Loos, Lille et Sarcelles contre le recrutement des jeunes dans les trafics",
        "summary": (
            "Pendant trois ans, de 2020 à 2023, Loos, Lille et Sarcelles ont participé à LIMIT's, un programme "
            "pilote conduit par la MILDECA pour éviter que les jeunes n'entrent dans le trafic de drogues. À Loos, "
            "il s'est traduit par l'accompagnement des parents, des actions de sensibilisation auprès des élèves "
            "du primaire et du secondaire et la formation des professionnels de la prévention. Le programme est "
            "en cours d'évaluation."
        ),
        "listing_summary": (
            "Un programme pilote de trois ans conduit par la MILDECA à Loos, Lille et Sarcelles : parents, élèves "
            "et professionnels de la prévention face à l'entrée des jeunes dans le trafic de drogues."
        ),
        "search_description": (
            "Communiqué : le programme pilote LIMIT's (2020–2023, MILDECA) à Loos, Lille et Sarcelles contre le "
            "recrutement des jeunes dans le trafic de drogues."
        ),
        "key_facts": facts(
            ("3 ans", "de programme pilote, de 2020 à 2023."),
            ("3 villes", "y ont participé : Loos, Lille et Sarcelles."),
            (
                "",
                "La MILDECA, Mission interministérielle de lutte contre les drogues et les conduites addictives, a "
                "conduit le programme.",
            ),
            (
                "",
                "À Loos, il a permis d'accompagner les parents, de sensibiliser les élèves du primaire et du "
                "secondaire et de former des professionnels de la prévention.",
            ),
            ("", "Le programme est en cours d'évaluation."),
        ),
        "body": [
            heading("Un programme national au service de dispositifs locaux", anchor="programme"),
            paragraph(
                "<p>LIMIT's visait à empêcher que des jeunes ne soient entraînés dans le trafic de drogues. Plutôt "
                "qu'une mesure unique, la MILDECA, la Mission interministérielle de lutte contre les drogues et les "
                "conduites addictives, a soutenu tout un ensemble de dispositifs locaux de prévention dans trois "
                "villes à la fois : Loos, Lille et Sarcelles. Le programme pilote a duré trois ans, de 2020 à "
                "2023.</p>"
            ),
            heading("À Loos : les parents, les élèves et les professionnels", anchor="loos"),
            paragraph(
                "<p>À Loos, le programme s'est adressé aux jeunes comme aux adultes qui les entourent. Les parents ont été accompagnés ; les élèves des écoles primaires et des établissements "
                "secondaires ont pris part à des actions de sensibilisation ; des professionnels de la prévention "
                "ont été formés.</p>"
                "<p>L'Efus, dont Loos est membre, présente LIMIT's comme l'une des deux pratiques de ses villes "
                "membres dans son dossier de presse sur les drogues et la réduction des risques.</p>"
            ),
            heading("Évaluation", anchor="evaluation"),
            paragraph("<p>Le programme est en cours d'évaluation. Ce communiqué n'en présente aucun résultat.</p>"),
        ],
        "notes_to_editors": (
            "<p>Pour un entretien avec des représentants de la ville de Loos ou des organisations engagées dans "
            "LIMIT's, écrivez au service de presse, qui vous mettra en relation.</p>"
            '<p>Pour aller plus loin : <a href="page:practice-limits-loos">LIMIT\'s à Loos</a>, la pratique en '
            'détail, et <a href="page:limit">le projet LIMIT\'s</a>.</p>'
        ),
        "images": [
            press_image(
                LIMITS_POSTER.key,
                "Affiche portant en grandes lettres « LIMIT's », « Programme pilote 2020–2023 », Loos, Lille et "
                "Sarcelles, MILDECA, en anglais et en français, à côté d'un dessin de points reliés entre eux.",
                "LIMIT's, un programme pilote dans trois villes françaises, 2020–2023.",
                "fr",
            )
        ],
    },
)


PAGES = [PRESS_ROOM, PRESS_PACK, EFUS_POSITION, LIMITS_RELEASE_PAGE]
