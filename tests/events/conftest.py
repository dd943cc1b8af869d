"""A Brussels conference over a daylight-saving-free week, with rooms, a track and speakers."""

import pytest

from tests.factories.events import add_event, add_event_index, add_session, at
from tests.factories.network import add_person


@pytest.fixture
def events_index(home):
    return add_event_index(home)


@pytest.fixture
def conference(events_index):
    return add_event(
        events_index,
        title="Security, democracy and cities",
        tracks=[("Drugs and harm reduction", "#1f6f8b"), ("Prevention", "#6b3fa0")],
    )


@pytest.fixture
def people(db):
    return {
        "mayor": add_person("Ahmed Aboutaleb", role="Mayor of Rotterdam"),
        "researcher": add_person("Marie Jauffret-Roustide", role="Researcher"),
        "deputy": add_person("Nadia Zourgui", role="Deputy Mayor of Strasbourg"),
    }


@pytest.fixture
def sessions(conference, people):
    plenary = add_session(
        conference,
        "Plenary: drugs and harm reduction",
        at(2024, 3, 20, 14, 45),
        at(2024, 3, 20, 16, 0),
        room_name="Plenary hall",
        track_name="Drugs and harm reduction",
        people=[(people["mayor"], "speaker")],
        format="plenary",
    )
    thematic = add_session(
        conference,
        "Thematic session: harm reduction in cities",
        at(2024, 3, 20, 16, 15),
        at(2024, 3, 20, 17, 45),
        room_name="Room 2",
        track_name="Drugs and harm reduction",
        people=[(people["deputy"], "moderator"), (people["researcher"], "speaker")],
        format="thematic",
        language="fr",
        interpretation=["en"],
    )
    return {"plenary": plenary, "thematic": thematic}
