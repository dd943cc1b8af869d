"""frab / pretalx "schedule" exports (XML and JSON), read by conference apps such as Giggity and EventFahrplan.

Both exports describe the same programme: the event's live, public sessions
(:meth:`EventPage.get_sessions`; drafts and password-protected sessions never appear)
through :func:`events.schedule.describe_sessions`, so rooms, tracks and people are the
event's language version. The XML validates against the c3voc ``schedule.xml.xsd``, the
JSON against the c3voc ``schedule.schema.json`` (copies in ``tests/events/schemas/``).

Choices made where the format leaves room:

* Cancelled sessions are left out, as frab (``events.public.accepted``) and pretalx do:
  the format has no state field, a "Cancelled: " title would read as a renamed talk, and
  EventFahrplan marks a session that disappears from a newer version as cancelled in its
  list of changes. The cancellation is a schedule change, so the version goes up and apps
  fetch the new schedule. The portal's own schedule and calendars keep cancelled sessions,
  struck through.
* ``version`` is the number of recorded schedule changes (:class:`ScheduleChange`);
  :func:`changelog` lists them, newest first.
* The acronym is :meth:`EventPage.get_acronym` with hyphens turned into underscores
  (``efus-2024`` becomes ``efus_2024``): the JSON schema takes hyphens only before a
  ``-2024-name`` suffix, and session slugs ``<acronym>-<id>-<title>`` must keep the acronym
  free of hyphens for the XSD.
* A day runs from 06:00 to 05:59 the next morning in the event's time zone, the day change
  Giggity assumes (the XSD has no ``day_change`` element): a session at 01:00 belongs to
  the previous evening's day, as in pretalx and frab. Only days with sessions are listed
  (all the event's days, empty, when there are none: the XSD wants at least one).
* People: in the XML ``<person id guid>name</person>``; in the JSON pretalx-style objects
  ``{id, guid, name, role, biography}``. ``public_name`` is left out on purpose: with both
  ``id`` and ``public_name`` a person would match both branches of the schema's
  ``oneOf`` (FrabPerson and PretalxPerson) and fail. ``role`` (speaker, moderator, chair,
  panellist, discussant) is an extra property, which the schema's Person allows; the XSD
  allows no role, so the XML names people only. ``guid`` comes from the person's
  translation key and is the same in every language; ``id`` is the shown row's key.
* Sessions without a room are listed in a room named "Room to be announced".
"""

import datetime
import functools
import html
import re
import tomllib
import uuid
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET  # builds XML, never parses any  # nosec B405

from django.conf import settings
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext

from .models.sessions import SESSION_NAMESPACE
from .schedule import describe_sessions

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
TIMESLOT_DURATION = "00:05"
# Sessions before this hour belong to the previous day, as apps read the format.
DAY_CHANGE = datetime.time(6, 0)
# The XSD's durations have at most two digits of hours.
MAX_DURATION_MINUTES = 99 * 60 + 59

# Patterns of the schemas (the JSON schema's own, unanchored where the schema leaves them so).
ACRONYM_PATTERN = re.compile(r"^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$")
TIME_ZONE_PATTERN = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")
TRACK_SLUG_PATTERN = re.compile(r"[a-z][a-z0-9-]*[a-z0-9]")
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
# Characters XML 1.0 cannot carry at all (pasted text sometimes has them).
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# Zones the portal offers whose names the JSON pattern refuses, by the canonical name of the same zone.
TIME_ZONE_ALIASES = {
    "Australia/ACT": "Australia/Sydney",
    "Australia/NSW": "Australia/Sydney",
    "Australia/LHI": "Australia/Lord_Howe",
}


# --- identifiers ---------------------------------------------------------------------------------


def export_acronym(event):
    """The event's acronym as both schemas accept it: lower-case ASCII, digits and underscores."""
    acronym = slugify(event.get_acronym() or "").replace("-", "_")
    return acronym if ACRONYM_PATTERN.match(acronym) else f"event_{event.pk}"


def session_slug(acronym, session):
    """``<acronym>-<id>-<title>``, as pretalx writes them: unique, and valid for both schemas."""
    title = slugify(session.title)[:60].strip("-_")
    return f"{acronym}-{session.pk}-{title if len(title) >= 2 else 'session'}"


def track_slug(track):
    slug = re.sub(r"[-_]+", "-", slugify(track.name)).strip("-")
    if TRACK_SLUG_PATTERN.fullmatch(slug):
        return slug
    return f"track-{slug}" if slug else f"track-{track.pk}"


def room_guid(room):
    return str(uuid.uuid5(SESSION_NAMESPACE, f"room:{room.translation_key}:{room.locale_id}"))


def unannounced_room_guid(event):
    return str(uuid.uuid5(SESSION_NAMESPACE, f"room-tba:{event.translation_key}:{event.locale_id}"))


def person_guid(person):
    """The same in every language the person is translated into."""
    return str(uuid.uuid5(SESSION_NAMESPACE, f"person:{person.translation_key}"))


# --- values --------------------------------------------------------------------------------------


def plain_text(rich_text):
    """Rich text as plain text: paragraphs separated by a blank line, list items on lines of their own."""
    if not rich_text:
        return ""
    text = re.sub(r"(?i)<br\s*/?>", "\n", rich_text)
    text = re.sub(r"(?i)<li\b[^>]*>", "\n- ", text)
    text = re.sub(r"(?i)</(p|h[1-6]|blockquote|ul|ol)\s*>", "\n\n", text)
    text = html.unescape(strip_tags(text))
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in block.splitlines()]
        if any(lines):
            paragraphs.append("\n".join(line for line in lines if line))
    return "\n\n".join(paragraphs)


def hours_minutes(minutes):
    minutes = max(0, min(int(minutes), MAX_DURATION_MINUTES))
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def iso(moment, tz):
    return timezone.localtime(moment, tz).isoformat(timespec="seconds") if moment else None


def json_time_zone_name(name):
    name = TIME_ZONE_ALIASES.get(name, name)
    return name if TIME_ZONE_PATTERN.search(name) else None


@functools.cache
def portal_version():
    base_dir = getattr(settings, "BASE_DIR", None)
    if base_dir is None:
        return ""
    try:
        with open(f"{base_dir}/pyproject.toml", "rb") as file:
            return str(tomllib.load(file)["project"]["version"])
    except (OSError, KeyError, TypeError, tomllib.TOMLDecodeError):
        return ""


# --- the programme, once for both formats --------------------------------------------------------


@dataclass
class ExportRoom:
    name: str
    guid: str
    capacity: int | None = None
    description: str | None = None


@dataclass
class ExportPerson:
    id: int
    guid: str
    name: str
    role: str
    biography: str


@dataclass
class ExportSession:
    item: object
    room: ExportRoom
    slug: str
    url: str
    persons: list

    @property
    def page(self):
        return self.item.page

    @property
    def duration(self):
        return hours_minutes(self.item.duration_minutes)


@dataclass
class ExportDay:
    index: int
    date: datetime.date
    start: datetime.datetime
    end: datetime.datetime
    rooms: list = field(default_factory=list)  # [(ExportRoom, [ExportSession])]


def conference_day(moment):
    """The day a session belongs to: the previous one before DAY_CHANGE."""
    shifted = moment - datetime.timedelta(hours=DAY_CHANGE.hour, minutes=DAY_CHANGE.minute)
    return shifted.date()


class Programme:
    """What both exports say about ``event``, in the event's language."""

    def __init__(self, event, request):
        self.event = event
        self.request = request
        self.tz = event.tz
        self.acronym = export_acronym(event)
        self.version = str(event.schedule_version())
        self.event_url = event.get_full_url(request)
        event_rooms = list(event.rooms.all())
        event_tracks = list(event.tracks.all())
        sessions = [session for session in event.get_sessions() if not session.is_cancelled]
        items = describe_sessions(event, sessions, rooms=event_rooms, tracks=event_tracks)

        # Rooms by name, in the event's order; a room of another event (a moved session) and the room
        # "to be announced" after them, when a session needs them.
        self.rooms = {}
        for room in event_rooms:
            self.rooms.setdefault(room.name, self.export_room(room))
        self.sessions = []
        for item in items:
            if item.room is not None:
                room = self.rooms.setdefault(item.room.name, self.export_room(item.room))
            else:
                name = gettext("Room to be announced")
                room = self.rooms.setdefault(name, ExportRoom(name, unannounced_room_guid(event)))
            self.sessions.append(self.export_session(item, room))

        self.tracks = list(event_tracks)
        keys = {track.translation_key for track in event_tracks}
        for item in items:
            if item.track is not None and item.track.translation_key not in keys:
                keys.add(item.track.translation_key)
                self.tracks.append(item.track)
        self.days = self.build_days()

    @staticmethod
    def export_room(room):
        return ExportRoom(
            name=room.name, guid=room_guid(room), capacity=room.capacity, description=room.location or None
        )

    def export_session(self, item, room):
        persons, seen = [], set()
        for role in item.people:
            person = role.person
            if person.pk in seen:
                continue
            seen.add(person.pk)
            persons.append(ExportPerson(person.pk, person_guid(person), person.name, str(role.role), person.bio))
        url = item.page.get_full_url(self.request) or self.event_url
        return ExportSession(item=item, room=room, slug=session_slug(self.acronym, item.page), url=url, persons=persons)

    def build_days(self):
        by_date = {}
        for session in self.sessions:
            by_date.setdefault(conference_day(session.item.start), []).append(session)
        dates = sorted(by_date) or list(self.event.days)
        order = list(self.rooms)
        days = []
        for index, date in enumerate(dates, start=1):
            sessions = by_date.get(date, [])
            start = datetime.datetime.combine(date, DAY_CHANGE, tzinfo=self.tz)
            end = datetime.datetime.combine(
                date + datetime.timedelta(days=1), DAY_CHANGE, tzinfo=self.tz
            ) - datetime.timedelta(minutes=1)
            start = min([start, *(session.item.start for session in sessions)])
            end = max([end, *(session.item.end for session in sessions)])
            rooms = {}
            for session in sessions:
                rooms.setdefault(session.room.name, []).append(session)
            day_rooms = [(self.rooms[name], rooms[name]) for name in order if name in rooms]
            days.append(ExportDay(index=index, date=date, start=start, end=end, rooms=day_rooms))
        return days

    def iso(self, moment):
        return iso(moment, self.tz)

    def route_url(self, name):
        return self.event.full_route_url(self.request, name) if self.event_url else None


def programme_for(event, request):
    with translation.override(event.locale.language_code):
        return Programme(event, request)


# --- XML -----------------------------------------------------------------------------------------


def xml_clean(value):
    return XML_FORBIDDEN.sub("", str(value))


def sub(parent, tag, text=None, **attributes):
    element = ET.SubElement(
        parent, tag, {name: xml_clean(value) for name, value in attributes.items() if value is not None}
    )
    if text is not None:
        element.text = xml_clean(text)
    return element


def schedule_xml(event, request):
    """The schedule as frab XML (UTF-8 bytes with the XML declaration)."""
    programme = programme_for(event, request)
    root = ET.Element("schedule")
    host = request.get_host() if request is not None else None
    sub(root, "generator", name=settings.WAGTAIL_SITE_NAME, system=host, version=portal_version())
    export_url = programme.route_url("schedule_xml")
    if export_url:
        sub(root, "url", export_url)
    sub(root, "version", programme.version)

    conference = sub(root, "conference")
    sub(conference, "acronym", programme.acronym)
    sub(conference, "title", event.title)
    sub(conference, "start", event.local_start.date().isoformat())
    sub(conference, "end", event.local_end.date().isoformat())
    sub(conference, "days", len(event.days))
    sub(conference, "timeslot_duration", TIMESLOT_DURATION)
    if programme.event_url:
        sub(conference, "base_url", programme.event_url)
        sub(conference, "url", programme.event_url)
    sub(conference, "time_zone_name", event.time_zone)
    for track in programme.tracks:
        colour = track.colour if HEX_COLOUR.fullmatch(track.colour or "") else None
        sub(conference, "track", name=track.name, slug=track_slug(track), color=colour)

    for day in programme.days:
        day_element = sub(
            root,
            "day",
            index=day.index,
            date=day.date.isoformat(),
            start=programme.iso(day.start),
            end=programme.iso(day.end),
        )
        for room, sessions in day.rooms:
            room_element = sub(day_element, "room", name=room.name, guid=room.guid)
            for session in sessions:
                xml_session(room_element, programme, session)

    ET.indent(root, space=" ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8")


def xml_session(parent, programme, session):
    page, item = session.page, session.item
    element = sub(parent, "event", id=page.pk, guid=page.guid)
    sub(element, "date", programme.iso(item.start))
    sub(element, "start", item.start.strftime("%H:%M"))
    sub(element, "duration", session.duration)
    sub(element, "room", session.room.name)
    sub(element, "slug", session.slug)
    sub(element, "url", session.url)
    sub(element, "title", page.title)
    sub(element, "subtitle", "")
    sub(element, "track", item.track.name if item.track else "")
    sub(element, "type", page.format)
    sub(element, "language", page.language)
    sub(element, "abstract", page.summary)
    sub(element, "description", plain_text(page.description))
    persons = sub(element, "persons")
    for person in session.persons:
        sub(persons, "person", person.name, id=person.id, guid=person.guid)
    links = sub(element, "links")
    sub(links, "link", page.title, href=session.url)
    sub(element, "attachments")
    return element


# --- JSON ----------------------------------------------------------------------------------------


def schedule_json(event, request):
    """The schedule as frab JSON (a dict for :func:`json.dumps`)."""
    programme = programme_for(event, request)
    conference = {
        "acronym": programme.acronym,
        "title": event.title,
        "start": event.local_start.date().isoformat(),
        "end": event.local_end.date().isoformat(),
        "daysCount": len(event.days),
        "timeslot_duration": TIMESLOT_DURATION,
    }
    time_zone_name = json_time_zone_name(event.time_zone)
    if time_zone_name:
        conference["time_zone_name"] = time_zone_name
    if programme.event_url:
        conference["url"] = programme.event_url
    conference["tracks"] = [json_track(track) for track in programme.tracks]
    conference["rooms"] = [
        {"name": room.name, "guid": room.guid, "capacity": room.capacity, "description": room.description}
        for room in programme.rooms.values()
    ]
    conference["days"] = [
        {
            "index": day.index,
            "date": day.date.isoformat(),
            "day_start": programme.iso(day.start),
            "day_end": programme.iso(day.end),
            "rooms": {
                room.name: [json_session(programme, session) for session in sessions] for room, sessions in day.rooms
            },
        }
        for day in programme.days
    ]
    schedule = {}
    export_url = programme.route_url("schedule_json")
    if export_url:
        schedule["url"] = export_url
    schedule["version"] = programme.version
    if programme.event_url:
        schedule["base_url"] = programme.event_url
    schedule["conference"] = conference
    return {
        "$schema": SCHEMA_URL,
        "generator": {"name": settings.WAGTAIL_SITE_NAME, "version": portal_version()},
        "schedule": schedule,
    }


def json_track(track):
    value = {"name": track.name, "slug": track_slug(track)}
    if HEX_COLOUR.fullmatch(track.colour or ""):
        value["color"] = track.colour
    return value


def json_session(programme, session):
    page, item = session.page, session.item
    return {
        "guid": str(page.guid),
        "id": page.pk,
        "date": programme.iso(item.start),
        "start": item.start.strftime("%H:%M"),
        "end": programme.iso(item.end),
        "duration": session.duration,
        "room": session.room.name,
        "slug": session.slug,
        "url": session.url,
        "title": page.title,
        "subtitle": "",
        "track": item.track.name if item.track else None,
        "type": page.format,
        "language": page.language,
        "abstract": page.summary,
        "description": plain_text(page.description),
        "persons": [
            {
                "id": person.id,
                "guid": person.guid,
                "name": person.name,
                "role": person.role,
                "biography": person.biography,
            }
            for person in session.persons
        ],
        "links": [{"url": session.url, "title": page.title, "type": "web"}],
        "attachments": [],
    }


# --- changelog -----------------------------------------------------------------------------------


def changelog(event):
    """The schedule changes readers may see, newest first, each with the schedule version it made.

    Times are ISO 8601 in the event's time zone (None when not known); rooms are the names
    recorded at the time of the change.
    """
    from .models import ScheduleChange

    version_of = ScheduleChange.versions(event)
    changes = list(ScheduleChange.public_for(event))
    tz = event.tz
    return [
        {
            "version": str(version_of[change.pk]),
            "at": iso(change.created_at, tz),
            "kind": change.kind,
            "kind_label": str(change.get_kind_display()),
            "session_id": change.session_id,
            "session_title": change.session_title,
            "previous_start": iso(change.previous_start, tz),
            "start": iso(change.start, tz),
            "previous_room": change.previous_room,
            "room": change.room,
        }
        for change in changes
    ]
