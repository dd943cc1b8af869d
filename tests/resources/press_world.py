"""A press room as the press tests read it, built once per test module (see ``press_world`` in conftest.py).

English and French home pages; a press room with its office address and three contacts (one
who agreed to publish her details, one who did not, one for the French page only); five
released items over three years (two press packs, a factsheet, two releases), one item
under embargo for two more days, a draft; French translations of the room, of the main
release and of the embargoed item; an event with two sessions, practices, a resource and
two images.
"""

import datetime
from types import SimpleNamespace

from django.apps import apps

from tests.factories.events import add_event, add_event_index, add_session, at
from tests.factories.network import add_person, add_topic
from tests.factories.pages import build_site, translate_page
from tests.factories.press import add_press_item, add_press_room, in_days, translate_person
from tests.factories.resources import add_image, add_library, add_practice, add_practice_index, add_resource

# How long the embargoed item stays under embargo after the world is built.
EMBARGO = datetime.timedelta(days=2)


def build_press_world():
    """Every object of the world, by name, as (app label.model name, pk)."""
    home = build_site(languages=("fr",))
    harm = add_topic("Harm reduction")
    add_topic("Réduction des risques", language="fr", slug="reduction-des-risques", translation_of=harm)
    prevention = add_topic("Prevention")

    events = add_event_index(home)
    conference = add_event(events, "Harm reduction conference")
    summit = add_event(events, "Prevention summit", start=at(2025, 1, 9, 9), end=at(2025, 1, 10, 17))
    mayor = add_person("Ahmed Aboutaleb", role="Mayor of Rotterdam")
    deputy = add_person("Nadia Zourgui", role="Deputy Mayor of Strasbourg")
    researcher = add_person("Marie Jauffret-Roustide", role="Researcher")
    plenary = add_session(
        conference,
        "Plenary: drugs and harm reduction",
        at(2024, 3, 20, 14, 45),
        at(2024, 3, 20, 16, 0),
        room_name="Plenary hall",
        people=[(mayor, "speaker")],
        format="plenary",
    )
    thematic = add_session(
        conference,
        "Thematic session: harm reduction in cities",
        at(2024, 3, 20, 16, 15),
        at(2024, 3, 20, 17, 45),
        room_name="Room 2",
        people=[(deputy, "moderator"), (researcher, "speaker")],
        format="thematic",
    )

    practices = add_practice_index(home)
    naloxone = add_practice(practices, "Naloxone for outreach teams", city="Ghent")
    library = add_library(home)
    guide = add_resource(library, "Drug checking guide")
    van = add_image("Outreach van")
    hall = add_image("Conference hall")

    anne = add_person(
        "Anne Lambert",
        role="Press officer",
        email="anne.lambert@example.org",
        phone="+32 2 555 01 01",
        contact_is_public=True,
    )
    translate_person(anne, "fr", role="Attachée de presse")
    bruno = add_person("Bruno Keller", role="Spokesperson", email="bruno.private@example.org", phone="+41 79 000 00 00")
    claire = add_person(
        "Claire Dubois",
        role="Chargée de presse",
        language="fr",
        email="claire.dubois@example.org",
        phone="+33 1 55 00 00 00",
        contact_is_public=True,
    )
    dara = add_person(
        "Dara Nowak",
        role="Project lead",
        email="dara.nowak@example.org",
        phone="+48 22 000 00 00",
        contact_is_public=True,
    )
    translate_person(dara, "fr", role="Cheffe de projet")

    room = add_press_room(
        home,
        introduction="News of the network for journalists covering drug policy.",
        press_phone="+32 2 555 00 00",
        notification_email="pressdesk@example.org",
        interview_introduction="The press office answers within a working day.",
        contacts=[(anne, ()), (bruno, ()), (claire, ("fr",))],
    )
    room_fr = translate_page(room, "fr", title="Salle de presse", slug="presse", introduction="Pour les journalistes.")

    old_pack = add_press_item(room, "Press pack 2023", kind="pack", release_at=at(2023, 3, 1, 10))
    factsheet = add_press_item(
        room, "Factsheet on drug checking", kind="factsheet", release_at=at(2023, 6, 1, 10), topics=[harm]
    )
    pack = add_press_item(
        room, "Conference press pack", kind="pack", release_at=at(2024, 3, 15, 10), event=conference, listing_image=hall
    )
    release = add_press_item(
        room,
        "Cities call for drug checking",
        release_at=at(2024, 3, 20, 11),
        summary="Mayors of twelve cities ask for drug checking services in every region.",
        key_facts=[
            ("fact", {"figure": "12", "text": "cities signed the call."}),
            ("fact", {"figure": "", "text": "Drug checking reaches people no other service meets."}),
        ],
        notes_to_editors="<p>The mayors are available for interviews on 20 March.</p>",
        contacts=[(dara, ())],
        sessions=[plenary, thematic],
        practices=[naloxone],
        images=[
            (van, "A white van parked at night, its side door open", "© City of Ghent", "Night outreach in Ghent"),
            (hall, "Delegates in the plenary hall", "© Efus / J. Martin"),
        ],
        related=[guide, old_pack],
        topics=[harm],
    )
    release_fr = translate_page(
        release,
        "fr",
        title="Les villes demandent l’analyse des drogues",
        slug="analyse-des-drogues",
        summary="Les maires de douze villes demandent des services d’analyse des drogues dans chaque région.",
        notes_to_editors="<p>Les maires sont disponibles pour des entretiens le 20 mars.</p>",
    )
    latest = add_press_item(
        room,
        "Naloxone saves lives in Ghent",
        release_at=at(2025, 1, 10, 9),
        event=summit,
        topics=[prevention],
    )
    embargoed = add_press_item(
        room,
        "Lighthouse study on overdose deaths",
        release_at=in_days(EMBARGO.days),
        summary="The Lighthouse study counts overdose deaths in twelve cities.",
        notes_to_editors="<p>The authors of the Lighthouse study give interviews after the release.</p>",
        event=conference,
        topics=[harm],
        images=[(van, "A white van parked at night", "© City of Ghent")],
    )
    embargoed_fr = translate_page(embargoed, "fr", title="L’étude Phare sur les décès par surdose", slug="etude-phare")
    draft = add_press_item(room, "Draft statement on cannabis", publish=False)
    # A practice that links to the main release and to the embargoed item.
    lyon = add_practice(
        practices, "Drug checking in Lyon", city="Lyon", country="FR", related_pages=[release, embargoed]
    )

    named = {
        "home": home,
        "harm": harm,
        "prevention": prevention,
        "conference": conference,
        "summit": summit,
        "plenary": plenary,
        "thematic": thematic,
        "mayor": mayor,
        "deputy": deputy,
        "researcher": researcher,
        "naloxone": naloxone,
        "lyon": lyon,
        "guide": guide,
        "van": van,
        "hall": hall,
        "anne": anne,
        "bruno": bruno,
        "claire": claire,
        "dara": dara,
        "room": room,
        "room_fr": room_fr,
        "old_pack": old_pack,
        "factsheet": factsheet,
        "pack": pack,
        "release": release,
        "release_fr": release_fr,
        "latest": latest,
        "embargoed": embargoed,
        "embargoed_fr": embargoed_fr,
        "draft": draft,
    }
    return {name: (obj._meta.label, obj.pk) for name, obj in named.items()}


def load(world):
    """Fresh copies of the world's objects, read from the database, as attributes."""
    return SimpleNamespace(
        **{name: apps.get_model(label).objects.get(pk=pk) for name, (label, pk) in world["objects"].items()},
        media=world["media"],
    )
