"""A Brussels conference (20–22 March 2024) with rooms, two tracks, three people and two sessions.

The site and the conference are built once per test module, inside a transaction rolled back
at the module's end; each test runs in a savepoint within it (pytest-django's own), so what a
test adds or changes is undone before the next one. The fixtures hand each test fresh copies
read from the database.
"""

import pytest

from django.db import transaction

from events.models import EventIndexPage, EventPage, SessionPage
from home.models import HomePage, Person
from tests.factories.events import add_event, add_event_index, add_session, at
from tests.factories.network import add_person
from tests.factories.pages import build_site


@pytest.fixture(scope="module")
def conference_world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        home = build_site(languages=("fr",))
        index = add_event_index(home)
        conference = add_event(
            index,
            title="Security, democracy and cities",
            tracks=[("Drugs and harm reduction", "#1f6f8b"), ("Prevention", "#6b3fa0")],
        )
        people = {
            "mayor": add_person("Ahmed Aboutaleb", role="Mayor of Rotterdam"),
            "researcher": add_person("Marie Jauffret-Roustide", role="Researcher"),
            "deputy": add_person("Nadia Zourgui", role="Deputy Mayor of Strasbourg"),
        }
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
        yield {
            "home": home.pk,
            "index": index.pk,
            "conference": conference.pk,
            "people": {key: person.pk for key, person in people.items()},
            "sessions": {"plenary": plenary.pk, "thematic": thematic.pk},
        }
        transaction.set_rollback(True)


@pytest.fixture
def home(conference_world, db):
    return HomePage.objects.get(pk=conference_world["home"])


@pytest.fixture
def events_index(conference_world, db):
    return EventIndexPage.objects.get(pk=conference_world["index"])


@pytest.fixture
def conference(conference_world, db):
    return EventPage.objects.get(pk=conference_world["conference"])


@pytest.fixture
def people(conference_world, db):
    return {key: Person.objects.get(pk=pk) for key, pk in conference_world["people"].items()}


@pytest.fixture
def sessions(conference_world, db):
    return {key: SessionPage.objects.get(pk=pk) for key, pk in conference_world["sessions"].items()}
