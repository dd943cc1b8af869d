"""schema.org Event nodes for event and session pages: location, organiser, sessions as subEvents, people."""

from django.utils.html import strip_tags

from .models.events import SCHEMA_ATTENDANCE, SCHEMA_STATUS, AttendanceMode
from .models.sessions import PersonRole

# Who is a performer (on stage with a talk) and who a contributor (chairs, moderates, discusses).
PERFORMER_ROLES = {PersonRole.SPEAKER, PersonRole.PANELLIST}


def place_node(event):
    if not (event.venue_name or event.venue_city):
        return None
    address = {"@type": "PostalAddress"}
    if event.venue_address:
        address["streetAddress"] = event.venue_address
    if event.venue_city:
        address["addressLocality"] = event.venue_city
    if event.venue_country:
        address["addressCountry"] = event.venue_country.code
    node = {"@type": "Place", "name": event.venue_name or event.venue_city, "address": address}
    if event.latitude is not None and event.longitude is not None:
        node["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(event.latitude),
            "longitude": float(event.longitude),
        }
    return node


def location(event):
    places = []
    physical = place_node(event)
    if physical and event.attendance_mode != AttendanceMode.ONLINE:
        places.append(physical)
    if event.online_url and event.attendance_mode != AttendanceMode.OFFLINE:
        places.append({"@type": "VirtualLocation", "url": event.online_url})
    return places[0] if len(places) == 1 else places or None


def timestamp(event, value):
    """ISO 8601 in the event's zone; only the date when the day is all that is known."""
    local = event.localtime(value)
    return local.isoformat() if event.shows_times else local.date().isoformat()


def people_nodes(item, request):
    performers, contributors = [], []
    for role in item.people:
        node = role.person.as_schema(request)
        (performers if role.role in PERFORMER_ROLES else contributors).append(node)
    return performers, contributors


def session_fields(event, item, request, url):
    session = item.page
    node = {
        "@type": "Event",
        "name": session.title,
        "url": url,
        "startDate": event.localtime(session.start).isoformat(),
        "endDate": event.localtime(session.end).isoformat(),
        "eventStatus": "https://schema.org/" + ("EventCancelled" if item.is_cancelled else "EventScheduled"),
        # A session is attended the way its event is.
        "eventAttendanceMode": "https://schema.org/" + SCHEMA_ATTENDANCE.get(event.attendance_mode),
        "inLanguage": session.language,
    }
    if session.summary:
        node["description"] = session.summary
    elif session.description:
        node["description"] = " ".join(strip_tags(session.description).split())[:500]
    place = place_node(event)
    if place and item.room:
        node["location"] = {"@type": "Place", "name": item.room.name, "containedInPlace": place}
    elif place:
        node["location"] = place
    performers, contributors = people_nodes(item, request)
    if performers:
        node["performer"] = performers
    if contributors:
        node["contributor"] = contributors
    return node


def event_node(event, request):
    node = {
        "@type": "Event",
        "name": event.title,
        "url": event.get_full_url(request),
        "startDate": timestamp(event, event.start),
        "endDate": timestamp(event, event.end),
        "eventStatus": "https://schema.org/" + SCHEMA_STATUS.get(event.status, "EventScheduled"),
        "eventAttendanceMode": "https://schema.org/" + SCHEMA_ATTENDANCE.get(event.attendance_mode),
        "inLanguage": event.locale.language_code,
    }
    if event.summary or event.search_description:
        node["description"] = event.summary or event.search_description
    place = location(event)
    if place:
        node["location"] = place
    organiser, partners = event.get_organisers()
    organisers = [page for page in [organiser, *partners] if page is not None]
    if organisers:
        node["organizer"] = [
            {"@type": "Organization", "name": page.title, "url": page.get_full_url(request)} for page in organisers
        ]
    if event.registration_url and event.registration_state in ("open", "full"):
        node["offers"] = {
            "@type": "Offer",
            "url": event.registration_url,
            "availability": "https://schema.org/" + ("InStock" if event.registration_state == "open" else "SoldOut"),
        }
    items = event.get_session_items()
    if items:
        node["subEvent"] = [session_fields(event, item, request, item.page.get_full_url(request)) for item in items]
    return node


def session_node(event, session, request):
    node = session_fields(event, session.item, request, session.get_full_url(request))
    node["superEvent"] = {"@type": "Event", "name": event.title, "url": event.get_full_url(request)}
    return node
