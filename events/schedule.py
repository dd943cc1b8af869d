"""An event's programme as readers see it: sessions in the reader's language, by day, room and time.

Everything here works on the list of sessions :meth:`EventPage.get_sessions` fetched
once; filters, counts, speakers and the grid are computed in Python, so the schedule
costs the same number of queries for five sessions or sixty.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from home.models.people import localize_people
from portal.facets import Option
from resources.languages import language_name

from .models.sessions import PersonRole, SessionFormat

# Grid rows are this many minutes tall: sessions start on the quarter or on the five minutes.
GRID_STEP = 5

# Roles in the order a programme names them.
ROLE_ORDER = [PersonRole.CHAIR, PersonRole.MODERATOR, PersonRole.SPEAKER, PersonRole.PANELLIST, PersonRole.DISCUSSANT]


def speaker_slug(person):
    """The address of a person's page at an event: their name, so it reads well and stays put.

    Two people of the same name at one event share the address, whose page then shows both.
    """
    return slugify(person.name) or f"person-{person.pk}"


@dataclass
class Role:
    person: object
    role: str

    @property
    def label(self):
        return PersonRole(self.role).label

    @property
    def slug(self):
        return speaker_slug(self.person)


@dataclass
class SessionItem:
    """A session with what the schedule shows: local times, room and track in the reader's language, people."""

    page: object
    start: datetime.datetime
    end: datetime.datetime
    room: object = None
    track: object = None
    people: list = field(default_factory=list)
    state: str = ""  # "now", "next", "past" or ""

    @property
    def pk(self):
        return self.page.pk

    @property
    def title(self):
        return self.page.title

    @property
    def format_label(self):
        return SessionFormat(self.page.format).label

    @property
    def language_label(self):
        return language_name(self.page.language)

    @property
    def interpretation_labels(self):
        return [language_name(code) for code in self.page.interpretation or []]

    @property
    def is_cancelled(self):
        return self.page.is_cancelled

    @property
    def duration_minutes(self):
        return int((self.end - self.start).total_seconds() // 60)

    def people_by_role(self):
        """[(role label, [people])] in programme order: chairs and moderators first."""
        groups = []
        for role in ROLE_ORDER:
            people = [item.person for item in self.people if item.role == role]
            if people:
                groups.append((role.label if len(people) == 1 else plural_role(role), people))
        return groups


def plural_role(role):
    return {
        PersonRole.SPEAKER: _("Speakers"),
        PersonRole.MODERATOR: _("Moderators"),
        PersonRole.CHAIR: _("Chairs"),
        PersonRole.PANELLIST: _("Panellists"),
        PersonRole.DISCUSSANT: _("Discussants"),
    }[role]


def by_translation_key(rows):
    return {row.translation_key: row for row in rows}


def describe_sessions(event, sessions, now=None, rooms=None, tracks=None):
    """SessionItems for ``sessions`` (pages of ``event``), in the event's language (three queries at most).

    Rooms and tracks are rows of the event; a translated session still points at the
    source event's rows, so each is swapped for the reader's row with the same
    translation key. People are swapped for their translation the same way.
    """
    # A new session previewed before its first save has no row to prefetch for; its people are in memory.
    prefetch_related_objects(
        [session for session in sessions if session.pk], "session_people__person__organisation", "room", "track"
    )
    rooms = by_translation_key(event.rooms.all() if rooms is None else rooms)
    tracks = by_translation_key(event.tracks.all() if tracks is None else tracks)
    rows = [(session, list(session.session_people.all())) for session in sessions]
    people = localize_people([row.person for _session, session_rows in rows for row in session_rows], event.locale)
    shown = {person.translation_key: person for person in people}
    for person in people:
        # The address of their page at this event, for the templates' links.
        person.speaker_slug = speaker_slug(person)
    tz = event.tz
    items = []
    for session, session_rows in rows:
        room = rooms.get(session.room.translation_key, session.room) if session.room_id and session.room else None
        track = tracks.get(session.track.translation_key, session.track) if session.track_id and session.track else None
        items.append(
            SessionItem(
                page=session,
                start=timezone.localtime(session.start, tz),
                end=timezone.localtime(session.end, tz),
                room=room,
                track=track,
                people=[Role(shown.get(row.person.translation_key, row.person), row.role) for row in session_rows],
            )
        )
    mark_now_and_next(items, now)
    return items


def mark_now_and_next(items, now=None):
    """Mark running sessions 'now' and the next ones to start 'next' (all those starting at that time)."""
    now = now or timezone.now()
    upcoming = [item for item in items if item.start > now and not item.is_cancelled]
    next_start = min((item.start for item in upcoming), default=None)
    for item in items:
        item.state = ""
        if item.is_cancelled:
            continue
        if item.start <= now < item.end:
            item.state = "now"
        elif next_start is not None and item.start == next_start:
            item.state = "next"
        elif item.end <= now:
            item.state = "past"


@dataclass
class Speaker:
    slug: str
    person: object
    parts: list = field(default_factory=list)  # [(SessionItem, role label)]

    @property
    def items(self):
        return list({item.pk: item for item, _label in self.parts}.values())


@dataclass
class ScheduleFilter:
    """One filter of the schedule, shaped like :class:`portal.facets.Facet` for the filter form."""

    param: str
    label: str


@dataclass
class Day:
    date: datetime.date
    index: int
    sessions: list
    rooms: list
    start: datetime.datetime = None
    end: datetime.datetime = None

    def grid(self):
        """Each session's place in the day's grid: column 2.. by room, rows of GRID_STEP minutes from row 2."""
        first = self.start
        columns = {id(room): position for position, room in enumerate(self.rooms, start=2)}
        placed = []
        for item in self.sessions:
            row_start = int((item.start - first).total_seconds() // 60 // GRID_STEP) + 2
            row_end = max(row_start + 1, int((item.end - first).total_seconds() // 60 // GRID_STEP) + 2)
            column = columns.get(id(item.room), 2 if not self.rooms else len(self.rooms) + 2)
            placed.append((item, column, row_start, row_end))
        return placed

    def times(self):
        """(label time, grid row) for every distinct start time of the day, for the grid's time axis."""
        seen = sorted({item.start for item in self.sessions})
        return [(moment, int((moment - self.start).total_seconds() // 60 // GRID_STEP) + 2) for moment in seen]


class Schedule:
    """The event's sessions as days of rooms, with the filters readers can apply."""

    FILTERS = ("track", "format", "language")

    def __init__(self, event, params=None, now=None):
        self.event = event
        self.now = now or timezone.now()
        self.event_rooms = event.get_rooms()
        self.items = event.get_session_items()
        if now is not None:
            mark_now_and_next(self.items, now)
        self.params = params or {}
        self.chosen, self.ignored = self.read_filters(self.params)
        self.shown = [item for item in self.items if self.matches(item, self.chosen)]

    # --- filters -----------------------------------------------------------------------------------

    def values(self, item, name):
        if name == "track":
            return item.track.slug if item.track else None
        if name == "format":
            return item.page.format
        return item.page.language

    def matches(self, item, chosen, skip=None):
        return all(self.values(item, name) == value for name, value in chosen.items() if name != skip)

    def choices(self, name):
        if name == "track":
            seen = {}
            for item in self.items:
                if item.track:
                    seen.setdefault(item.track.slug, item.track.name)
            return list(seen.items())
        if name == "format":
            return [(value, label) for value, label in SessionFormat.choices]
        codes = sorted({item.page.language for item in self.items}, key=lambda code: language_name(code).casefold())
        return [(code, language_name(code)) for code in codes]

    def read_filters(self, params):
        chosen, ignored = {}, []
        for name in self.FILTERS:
            raw = (params.get(name) or "").strip()[:100]
            if not raw:
                continue
            if raw in dict(self.choices(name)):
                chosen[name] = raw
            else:
                ignored.append((name, raw.replace("\x00", "\ufffd")))
        return chosen, ignored

    @property
    def filtered(self):
        return bool(self.chosen or self.ignored)

    def labels(self):
        return {"track": _("Track"), "format": _("Format"), "language": _("Language")}

    def facets(self):
        """[(filter, [Option])] with, for each value, how many sessions it leaves with the other filters."""
        labels = self.labels()
        result = []
        for name in self.FILTERS:
            pool = [item for item in self.items if self.matches(item, self.chosen, skip=name)]
            counts = {}
            for item in pool:
                value = self.values(item, name)
                counts[value] = counts.get(value, 0) + 1
            options = [
                Option(value, str(label), counts.get(value, 0), self.chosen.get(name) == value)
                for value, label in self.choices(name)
                if counts.get(value) or self.chosen.get(name) == value
            ]
            # A filter with a single value to offer filters nothing.
            if len(options) > 1 or self.chosen.get(name):
                result.append((ScheduleFilter(name, labels[name]), options))
        return result

    def messages(self):
        labels = self.labels()
        return [
            _("The filter “%(filter)s” has no value “%(value)s”; it was ignored.")
            % {"filter": labels[name], "value": raw}
            for name, raw in self.ignored
        ]

    # --- days --------------------------------------------------------------------------------------

    def days(self):
        """The event's days that have sessions to show, each with its rooms (those used that day)."""
        by_date = {}
        for item in self.shown:
            by_date.setdefault(item.start.date(), []).append(item)
        days = []
        for index, date in enumerate(sorted(by_date), start=1):
            items = by_date[date]
            keys = {item.room.translation_key for item in items if item.room}
            rooms = [room for room in self.event_rooms if room.translation_key in keys]
            # A room of another event (moved session) or of another language still gets a column.
            for item in items:
                if item.room and all(item.room is not room for room in rooms):
                    rooms.append(item.room)
            days.append(
                Day(
                    date=date,
                    index=index,
                    sessions=items,
                    rooms=rooms,
                    start=min(item.start for item in items),
                    end=max(item.end for item in items),
                )
            )
        return days

    def running(self):
        return self.event.is_running(self.now)

    def now_and_next(self):
        return [item for item in self.items if item.state == "now"], [
            item for item in self.items if item.state == "next"
        ]

    # --- speakers ----------------------------------------------------------------------------------

    def speakers(self):
        """Everyone with a part in a session: [Speaker], by name, each with their sessions and roles in order."""
        found = {}
        for item in self.items:
            for role in item.people:
                person = role.person
                entry = found.setdefault(person.translation_key, Speaker(speaker_slug(person), person))
                entry.parts.append((item, role.label))
        return sorted(found.values(), key=lambda entry: (entry.person.name.casefold(), entry.person.pk))

    def speakers_at(self, slug):
        """The people whose page at this event is ``slug`` (one, or namesakes)."""
        return [entry for entry in self.speakers() if entry.slug == slug]


def visits_for(event, sessions):
    """The event's site visits in the reader's language, each with its session's item when it has one."""
    visits = list(event.site_visits.all())
    by_key = {session.translation_key: session for session in sessions}
    linked = [visit for visit in visits if visit.session_id]
    if linked:
        from .models import SessionPage

        keys = dict(
            SessionPage.objects.filter(pk__in=[visit.session_id for visit in linked]).values_list(
                "pk", "translation_key"
            )
        )
        for visit in linked:
            visit.shown_session = by_key.get(keys.get(visit.session_id))
    return visits
