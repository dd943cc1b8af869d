"""iCalendar (RFC 5545) exports: a whole programme, one session, one speaker's sessions, a personal agenda, events.

Times are written in the event's time zone with its VTIMEZONE, so a calendar shows
14:45 in Brussels whatever the reader's zone and keeps it right across a daylight
saving change. Each session keeps one UID for life and its SEQUENCE goes up when its
time, room, status or title changes, so subscribed calendars update the entry instead
of adding a second one; a cancelled session is sent as STATUS:CANCELLED.
"""

import datetime

import icalendar

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify

PRODID = "-//Harm reduction network portal//Events//EN"


def new_calendar(name, description=""):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # icalendar escapes these as TEXT only when told: a line break in a title would end the line.
    calendar.add("name", icalendar.vText(name))
    calendar.add("x-wr-calname", icalendar.vText(name))
    if description:
        calendar.add("x-wr-caldesc", icalendar.vText(description))
    # Clients refresh subscriptions at this pace (RFC 7986 REFRESH-INTERVAL).
    calendar.add("refresh-interval", datetime.timedelta(hours=6), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    return calendar


def plain(text, limit=2000):
    return " ".join(strip_tags(text or "").split())[:limit]


def venue_text(event):
    parts = [
        event.venue_name,
        event.venue_address,
        event.venue_city,
        event.venue_country.name if event.venue_country else "",
    ]
    return ", ".join(part for part in parts if part)


def session_component(event, item, request):
    """A VEVENT for one session (a :class:`events.schedule.SessionItem`)."""
    session = item.page
    component = icalendar.Event()
    component.add("uid", session.get_uid())
    component.add("sequence", session.sequence)
    component.add("dtstamp", session.last_published_at or timezone.now())
    if session.last_published_at:
        component.add("last-modified", session.last_published_at)
    if session.first_published_at:
        component.add("created", session.first_published_at)
    component.add("dtstart", timezone.localtime(session.start, event.tz))
    component.add("dtend", timezone.localtime(session.end, event.tz))
    component.add("summary", session.title)
    lines = [plain(session.summary)] if session.summary else []
    for label, people in item.people_by_role():
        lines.append(f"{label}: {', '.join(person.name for person in people)}")
    url = session.get_full_url(request)
    if url:
        lines.append(url)
        component.add("url", url)
    component.add("description", "\n\n".join(line for line in lines if line))
    location = ", ".join(part for part in [item.room.name if item.room else "", venue_text(event)] if part)
    if location:
        component.add("location", location)
    if event.latitude is not None and event.longitude is not None:
        component.add("geo", (float(event.latitude), float(event.longitude)))
    if item.track:
        component.add("categories", [item.track.name])
    component.add("status", "CANCELLED" if item.is_cancelled else "CONFIRMED")
    component.add("transp", "OPAQUE")
    component.add("class", "PUBLIC")
    return component


def sessions_calendar(event, items, request, name):
    """A calendar of sessions of ``event`` with the event's VTIMEZONE."""
    calendar = new_calendar(name, plain(event.summary))
    for item in items:
        calendar.add_component(session_component(event, item, request))
    add_time_zone(calendar, event.tz, [event.start, event.end, *(item.page.start for item in items)])
    return calendar


def add_time_zone(calendar, tz, moments):
    """The VTIMEZONE of ``tz`` covering ``moments`` with a year's margin either side."""
    moments = [moment for moment in moments if moment]
    if not moments or str(tz) == "UTC":
        return
    first = min(moments).date() - datetime.timedelta(days=366)
    last = max(moments).date() + datetime.timedelta(days=366)
    calendar.add_component(icalendar.Timezone.from_tzinfo(tz, first_date=first, last_date=last))
    # VTIMEZONE comes first, as many clients expect.
    calendar.subcomponents.sort(key=lambda component: component.name != "VTIMEZONE")


def event_component(event, request):
    """A VEVENT for a whole event (the events list's feed, an event's own .ics)."""
    component = icalendar.Event()
    component.add("uid", f"{event.translation_key}-{event.locale_id}")
    component.add("dtstamp", event.last_published_at or timezone.now())
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    if event.shows_times:
        component.add("dtstart", event.local_start)
        component.add("dtend", event.local_end)
    else:
        # Only the month or year is known: an all-day entry over the days on record.
        component.add("dtstart", event.local_start.date())
        component.add("dtend", event.local_end.date() + datetime.timedelta(days=1))
    component.add("summary", event.title)
    description = [plain(event.summary)] if event.summary else []
    if event.date_note:
        description.append(event.date_note)
    url = event.get_full_url(request)
    if url:
        description.append(url)
        component.add("url", url)
    component.add("description", "\n\n".join(description))
    location = venue_text(event)
    if location:
        component.add("location", location)
    if event.latitude is not None and event.longitude is not None:
        component.add("geo", (float(event.latitude), float(event.longitude)))
    component.add("categories", [event.get_kind_display()])
    component.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    return component


def event_list_calendar(title, description, events, request):
    """One VEVENT per event (the events list's feed, or an event's own file)."""
    calendar = new_calendar(title, plain(description))
    zones = {}
    for event in events:
        calendar.add_component(event_component(event, request))
        if event.shows_times:
            zones.setdefault(str(event.tz), (event.tz, []))[1].extend([event.start, event.end])
    for tz, moments in zones.values():
        add_time_zone(calendar, tz, moments)
    return calendar


def ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    safe = slugify(filename.rsplit(".", 1)[0]) or "calendar"
    response["Content-Disposition"] = f'inline; filename="{safe}.ics"'
    return response
