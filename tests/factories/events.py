"""Builders for events, their rooms and tracks, and sessions with people."""

import datetime
import zoneinfo

from django.utils.text import slugify

from events.models import EventIndexPage, EventPage, EventRoom, EventTrack, SessionPage, SessionPerson, SiteVisit

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def at(year, month, day, hour=9, minute=0, tz=BRUSSELS):
    """An aware datetime in ``tz`` (Brussels by default)."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=tz)


def add_event_index(home, title="Events", slug="events", **fields):
    return _publish(home, EventIndexPage(title=title, slug=slug, **fields))


def add_event(
    index,
    title="Harm reduction conference",
    slug=None,
    start=None,
    end=None,
    rooms=("Plenary hall", "Room 2"),
    tracks=(),
    visits=(),
    **fields,
):
    """An event (20–22 March 2024 in Brussels by default) with rooms, tracks ((name, colour) pairs) and visits."""
    fields.setdefault("kind", "conference")
    fields.setdefault("time_zone", "Europe/Brussels")
    fields.setdefault("venue_city", "Brussels")
    fields.setdefault("venue_country", "BE")
    page = EventPage(
        title=title,
        slug=slug or slugify(title),
        start=start or at(2024, 3, 20, 9),
        end=end or at(2024, 3, 22, 18),
        **fields,
    )
    page.rooms = [EventRoom(name=name) for name in rooms]
    page.tracks = [EventTrack(name=name, colour=colour) for name, colour in tracks]
    page.site_visits = [SiteVisit(**values) for values in visits]
    return _publish(index, page)


def room(event, name):
    return event.rooms.get(name=name)


def track(event, name):
    return event.tracks.get(name=name)


def add_session(event, title, start, end, room_name=None, track_name=None, people=(), publish=True, **fields):
    """A session of ``event``; ``people``: (person, role) pairs in order."""
    page = SessionPage(
        title=title,
        slug=fields.pop("slug", None) or slugify(title),
        start=start,
        end=end,
        room=room(event, room_name) if room_name else None,
        track=track(event, track_name) if track_name else None,
        **fields,
    )
    page.session_people = [SessionPerson(person=person, role=role) for person, role in people]
    # A page made in the admin is a draft until published; Page.live defaults to True.
    page.live = publish
    event.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return SessionPage.objects.get(pk=page.pk)


def republish(page, **changes):
    """Change fields of a published page and publish the change, as an editor would."""
    page = type(page).objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)
