"""The event page's routes: the schedule, its changelog, speakers, and the calendar and conference-app exports."""

import json

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext

from .ical import event_list_calendar, ics_response, sessions_calendar
from .schedule import Schedule

# An agenda names at most this many sessions: more than any attendee can follow, few enough to stay cheap.
AGENDA_LIMIT = 100
CHANGES_PAGE_SIZE = 50


def schedule(request, event):
    programme = Schedule(event, params=request.GET)
    now, upcoming = programme.now_and_next()
    return event.render(
        request,
        template="events/event_schedule.html",
        context_overrides={
            "event": event,
            "days": programme.days(),
            "facets": programme.facets(),
            "filter_messages": programme.messages(),
            "filtered": programme.filtered,
            "running": programme.running(),
            "now_items": now,
            "next_items": upcoming,
            "exports": event.export_links(),
            "agenda_url": event.route_url("agenda_ics"),
            "noindex": programme.filtered,
        },
    )


def changes(request, event):
    from .models import ScheduleChange

    paginator = Paginator(ScheduleChange.public_for(event), CHANGES_PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    versions = ScheduleChange.versions(event)
    shown = list(page_obj.object_list)
    for change in shown:
        change.version = versions.get(change.pk)
    return event.render(
        request,
        template="events/event_changes.html",
        context_overrides={
            "event": event,
            "changes": shown,
            "changes_json_url": event.route_url("changes_json"),
            "page_obj": page_obj,
            "paginator": paginator,
            "version": event.schedule_version(),
            "noindex": page_obj.number > 1,
        },
    )


def changes_json(request, event):
    """The changelog for machines: conference apps and newsrooms that follow the programme."""
    from .frab import changelog

    body = {"version": str(event.schedule_version()), "changes": changelog(event)}
    return HttpResponse(json.dumps(body, ensure_ascii=False, indent=1), content_type="application/json; charset=utf-8")


def speakers(request, event):
    programme = Schedule(event)
    return event.render(
        request,
        template="events/event_speakers.html",
        context_overrides={"event": event, "speakers": programme.speakers()},
    )


def find_speakers(event, slug):
    found = Schedule(event).speakers_at(slug)
    if not found:
        raise Http404(gettext("Nobody of that name takes part in this event."))
    return found


def speaker(request, event, person_slug):
    from home.models.people import PHOTO_SPEC
    from portal.utils import attach_images

    found = find_speakers(event, person_slug)
    attach_images([entry.person for entry in found], "photo", PHOTO_SPEC)
    return event.render(
        request,
        template="events/event_speaker.html",
        context_overrides={
            "event": event,
            "found": found,
            "speaker_ics_url": event.route_url("speaker_ics", person_slug),
        },
    )


def speaker_ics(request, event, person_slug):
    found = find_speakers(event, person_slug)
    items = sorted({item.pk: item for entry in found for item in entry.items}.values(), key=lambda item: item.start)
    name = f"{found[0].person.name} · {event.title}"
    return ics_response(sessions_calendar(event, items, request, name), f"{event.slug}-{person_slug}.ics")


def schedule_ics(request, event):
    items = event.get_session_items()
    return ics_response(sessions_calendar(event, items, request, event.title), f"{event.slug}.ics")


def session_ics(request, session):
    event = session.event
    if not (session.live and event.live):
        raise Http404
    return ics_response(sessions_calendar(event, [session.item], request, session.title), f"{session.slug}.ics")


def event_ics(request, event):
    return ics_response(event_list_calendar(event.title, event.summary, [event], request), f"{event.slug}.ics")


class AgendaError(ValueError):
    pass


def read_agenda(raw_values):
    """The session ids an agenda address names, in order, duplicates dropped.

    Accepts ``sessions=3,5,8`` and ``sessions=3&sessions=5``. Anything but positive
    integers, or more than AGENDA_LIMIT ids, is refused with a message for the reader.
    """
    ids = []
    for raw in raw_values:
        for token in raw.replace(" ", ",").split(","):
            token = token.strip()
            if not token:
                continue
            if not token.isascii() or not token.isdigit() or len(token) > 12 or int(token) == 0:
                raise AgendaError(
                    gettext(
                        "“%(value)s” is not a session number. The address lists session numbers separated by commas."
                    )
                    % {"value": token[:40].replace("\x00", "\ufffd")}
                )
            ids.append(int(token))
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise AgendaError(gettext("Choose at least one session: the address has no session numbers."))
    if len(ids) > AGENDA_LIMIT:
        raise AgendaError(
            gettext("An agenda can hold at most %(limit)s sessions; this address lists %(count)s.")
            % {"limit": AGENDA_LIMIT, "count": len(ids)}
        )
    return ids


def agenda_ics(request, event):
    """The reader's own agenda: the sessions named in the address, as they are now (no server-side state).

    Ids of sessions that have since been withdrawn, or of other events' sessions, are
    ignored, so a subscription keeps working when the programme changes.
    """
    try:
        ids = read_agenda(request.GET.getlist("sessions"))
    except AgendaError as error:
        return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
    wanted = set(ids)
    items = [item for item in event.get_session_items() if item.pk in wanted]
    name = gettext("My agenda · %(event)s") % {"event": event.title}
    return ics_response(sessions_calendar(event, items, request, name), f"{event.slug}-agenda.ics")


def schedule_xml(request, event):
    from .frab import schedule_xml as build

    return HttpResponse(build(event, request), content_type="application/xml; charset=utf-8")


def schedule_json(request, event):
    from .frab import schedule_json as build

    body = json.dumps(build(event, request), ensure_ascii=False, indent=1)
    return HttpResponse(body, content_type="application/json; charset=utf-8")
