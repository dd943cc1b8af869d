"""Events (conferences, seminars, workshops...) and the list of them; rooms, tracks and site visits per event."""

import datetime
import zoneinfo

from django_countries.fields import CountryField
from rest_framework.fields import CharField

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models.projects import DatePrecision, format_period
from portal.api_fields import (
    EventTimeField,
    LabelledChoiceField,
    NamedCountryField,
    PageLinkField,
    PageLinksField,
    PageRouteField,
    RowsField,
)
from portal.blocks import RICH_TEXT_FEATURES
from portal.facets import ChoiceFacet, FacetSet, YearFacet
from portal.models import LIST_TITLE_HELP, BasePage, title_panel
from portal.utils import attach_listing_renditions, live_public_pages, localize_pages

from ..forms import EventPageForm

EVENT_CARD_SPEC = "fill-480x270|format-webp"


def time_zone_choices():
    """IANA zones of the regions the network's events take place in (and UTC), by name."""
    regions = ("Africa/", "America/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/")
    names = sorted(name for name in zoneinfo.available_timezones() if name.startswith(regions))
    return [("UTC", "UTC"), *((name, name.replace("_", " ")) for name in names)]


class EventKind(models.TextChoices):
    CONFERENCE = "conference", _("Conference")
    SEMINAR = "seminar", _("Seminar")
    WORKSHOP = "workshop", _("Workshop")
    TRAINING = "training", _("Training")
    WEBINAR = "webinar", _("Webinar")
    SITE_VISIT = "site-visit", _("Site visit")
    MEETING = "meeting", _("Meeting")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Takes place as planned")
    POSTPONED = "postponed", _("Postponed")
    RESCHEDULED = "rescheduled", _("Rescheduled")
    MOVED_ONLINE = "moved-online", _("Moved online")
    CANCELLED = "cancelled", _("Cancelled")


class AttendanceMode(models.TextChoices):
    OFFLINE = "offline", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("In person and online")


class RegistrationState(models.TextChoices):
    NONE = "", _("No registration needed")
    OPEN = "open", _("Registration open")
    FULL = "full", _("Full: waiting list only")
    CLOSED = "closed", _("Registration closed")
    INVITATION = "invitation", _("By invitation")


# schema.org names for the states above.
SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "EventScheduled",
    EventStatus.POSTPONED: "EventPostponed",
    EventStatus.RESCHEDULED: "EventRescheduled",
    EventStatus.MOVED_ONLINE: "EventMovedOnline",
    EventStatus.CANCELLED: "EventCancelled",
}
SCHEMA_ATTENDANCE = {
    AttendanceMode.OFFLINE: "OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: "OnlineEventAttendanceMode",
    AttendanceMode.MIXED: "MixedEventAttendanceMode",
}


def file_route(url):
    """A route ending in a file name (``schedule.ics/``) is served without its slash (see portal.views)."""
    return url[:-1] if url.endswith((".ics/", ".xml/", ".json/")) else url


def event_facets(cities):
    return FacetSet(
        [
            ChoiceFacet("kind", _("Kind"), "kind", EventKind.choices),
            ChoiceFacet("city", _("City"), "venue_city", [(city, city) for city in cities]),
            YearFacet("year", _("Year"), "start"),
        ]
    )


class EventIndexPage(RoutablePageMixin, BasePage):
    """The network's events: coming ones first (soonest first), then past ones by year, newest first."""

    introduction = models.TextField(_("introduction"), max_length=600, blank=True, help_text=_("Shown above the list."))

    content_panels = [title_panel(LIST_TITLE_HELP), FieldPanel("introduction")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    api_fields = BasePage.api_fields + [
        APIField("introduction"),
        APIField("links", serializer=PageRouteField({"calendar": "calendar"})),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    page_description = _(
        "Lists coming events, then past ones by year, with filters and a calendar feed. One per language."
    )

    class Meta:
        verbose_name = _("event list")
        verbose_name_plural = _("event lists")

    def get_base_queryset(self):
        return EventPage.objects.live().public().child_of(self)

    def get_events(self, params):
        """The filtered events and the facets' options."""
        cities = sorted(
            set(self.get_base_queryset().exclude(venue_city="").values_list("venue_city", flat=True)), key=str.casefold
        )
        return event_facets(cities).run(self.get_base_queryset(), params, self.locale)

    def split_events(self, events, now=None):
        """(coming or running events soonest first, [(year, past events newest first)])."""
        now = now or timezone.now()
        coming = sorted((event for event in events if event.end >= now), key=lambda event: event.start)
        past = sorted((event for event in events if event.end < now), key=lambda event: event.start, reverse=True)
        years = {}
        for event in past:
            years.setdefault(event.local_start.year, []).append(event)
        return coming, list(years.items())

    @path("")
    def index(self, request):
        return self.render(request)

    @path("events.ics/", name="calendar")
    def calendar(self, request):
        """Every live event of the list as an iCalendar feed, in the list's language."""
        from ..ical import event_list_calendar, ics_response

        events = list(self.get_base_queryset().order_by("start"))
        return ics_response(event_list_calendar(self.title, self.introduction, events, request), f"{self.slug}.ics")

    @path("feed/", name="feed")
    def feed(self, request):
        """Coming and recent events as an RSS 2.0 feed, in the list's language (see :mod:`events.feeds`)."""
        from ..feeds import EventFeed

        return EventFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        from ..feeds import EventAtomFeed

        return EventAtomFeed(self)(request)

    def feed_urls(self):
        """(RSS, Atom) addresses of the list's feeds."""
        return self.url + self.reverse_subpage("feed"), self.url + self.reverse_subpage("atom")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        result = self.get_events(request.GET)
        events = attach_listing_renditions(list(result.queryset.select_related("organiser")), EVENT_CARD_SPEC)
        coming, past = self.split_events(events)
        context.update(
            facets=result.facets,
            filter_messages=result.messages,
            filtered=result.filtered,
            coming=coming,
            past_by_year=past,
            event_count=len(events),
            calendar_url=file_route(self.url + self.reverse_subpage("calendar")),
            feed_urls=self.feed_urls(),
            noindex=result.filtered,
        )
        return context


class EventPage(RoutablePageMixin, BasePage):
    """One event: when and where, who organises it, how to register, and its programme of sessions.

    Start and end are stored in UTC and shown in the event's own time zone, named.
    """

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=EventKind.choices,
        default=EventKind.CONFERENCE,
        help_text=_("Shown on the event's card. Readers of the event list can filter by it."),
    )
    acronym = models.CharField(
        _("short name"),
        max_length=40,
        blank=True,
        help_text=_(
            "Lower-case letters, digits and hyphens, for example 'efus-2024'. Conference apps show it; "
            "leave empty to use the page's address."
        ),
        validators=[RegexValidator(r"^[a-z0-9][a-z0-9_-]{3,}$", _("Use at least four lower-case letters or digits."))],
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text=_("Change it if the event is postponed, moved online or cancelled; the page then says so."),
    )
    attendance_mode = models.CharField(
        _("attendance"),
        max_length=10,
        choices=AttendanceMode.choices,
        default=AttendanceMode.OFFLINE,
        help_text=_("Whether people come in person, follow online, or both. Online: fill in the online address."),
    )
    start = models.DateTimeField(_("start"), help_text=_("Date and time, in the event's time zone."))
    end = models.DateTimeField(_("end"), help_text=_("Date and time, in the event's time zone."))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=time_zone_choices,
        default="Europe/Brussels",
        help_text=_("Where the event takes place. Times are entered and shown in this zone."),
    )
    date_precision = models.CharField(
        _("what is known of the dates"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_(
            "Choose 'Month' for a past event whose exact days are not on record: the page then shows "
            "'June 2008' and no times."
        ),
    )
    date_note = models.CharField(
        _("note on the dates"),
        max_length=200,
        blank=True,
        help_text=_("For example 'The exact days are inferred from the project's work plan.'"),
    )
    summary = models.TextField(
        _("summary"), max_length=600, blank=True, help_text=_("Two or three sentences: what, for whom, why come.")
    )
    description = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the event is about, for whom, and its programme in outline."),
    )
    practical_information = RichTextField(
        _("practical information"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Getting there, accessibility of the venue, languages, fees, accommodation."),
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True, help_text=_("For example 'The Square'."))
    venue_address = models.CharField(_("address"), max_length=300, blank=True, help_text=_("Street and number."))
    venue_city = models.CharField(
        _("city"),
        max_length=100,
        blank=True,
        help_text=_("In this page's language, for example 'Bruxelles'. Readers of the event list can filter by it."),
    )
    venue_country = CountryField(_("country"), blank=True, help_text=_("The venue's country."))
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True, help_text=_("For example 50.84477.")
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True, help_text=_("For example 4.35634.")
    )
    online_url = models.URLField(
        _("online address"), blank=True, help_text=_("Where to follow the event online, for online and mixed events.")
    )
    organiser = models.ForeignKey(
        "home.OrganisationPage",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation that runs the event."),
    )
    registration_state = models.CharField(
        _("registration"),
        max_length=12,
        choices=RegistrationState.choices,
        blank=True,
        default="",
        help_text=_("Whether people can still register. Shown next to the registration address."),
    )
    registration_url = models.URLField(
        _("registration address"), blank=True, help_text=_("The form where people register, if not on the portal.")
    )
    registration_note = models.CharField(
        _("about registration"),
        max_length=300,
        blank=True,
        help_text=_("For example 'Free for staff of member cities; registration closes on 1 March.'"),
    )

    base_form_class = EventPageForm

    content_panels = [
        title_panel(_("The event's name, for example 'Harm reduction conference 2024'. Calendars show it too.")),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status"), FieldPanel("attendance_mode")]),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("date_precision"), FieldPanel("date_note")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldRowPanel([FieldPanel("venue_city"), FieldPanel("venue_country")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [PageChooserPanel("organiser", "home.OrganisationPage"), InlinePanel("partners", label=_("Partner"))],
            heading=_("Who organises it"),
        ),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("registration_state"), FieldPanel("registration_url"), FieldPanel("registration_note")],
            heading=_("Registration"),
        ),
        FieldPanel("practical_information"),
        InlinePanel(
            "site_visits",
            label=_("Site visit"),
            heading=_("Site visits"),
            help_text=_("Visits offered during the event. A visit with a set time can also be a session."),
        ),
        InlinePanel(
            "rooms",
            label=_("Room"),
            heading=_("Rooms"),
            help_text=_("The rooms sessions take place in, in the order the schedule shows them."),
        ),
        InlinePanel("tracks", label=_("Track"), heading=_("Tracks"), help_text=_("Themes that group sessions.")),
        FieldPanel("acronym"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("date_note"),
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("practical_information"),
        TranslatableField("venue_name"),
        TranslatableField("venue_address"),
        TranslatableField("venue_city"),
        TranslatableField("registration_note"),
        TranslatableField("site_visits"),
        TranslatableField("rooms"),
        TranslatableField("tracks"),
        # Acronyms change with the language (EMCDDA, OEDT), as on organisations and projects.
        TranslatableField("acronym"),
        SynchronizedField("kind"),
        SynchronizedField("status"),
        SynchronizedField("attendance_mode"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("time_zone"),
        SynchronizedField("date_precision"),
        SynchronizedField("venue_country"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("online_url"),
        SynchronizedField("organiser"),
        SynchronizedField("partners"),
        SynchronizedField("registration_state"),
        SynchronizedField("registration_url"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("description"),
        index.SearchField("venue_name"),
        index.SearchField("venue_city", boost=1.5),
        index.AutocompleteField("venue_city"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("kind", serializer=LabelledChoiceField()),
        APIField("status", serializer=LabelledChoiceField()),
        APIField("attendance_mode", serializer=LabelledChoiceField()),
        # In the event's own time zone, with its offset: 2024-03-20T09:00:00+01:00.
        APIField("start", serializer=EventTimeField()),
        APIField("end", serializer=EventTimeField()),
        APIField("time_zone"),
        APIField("date_precision", serializer=LabelledChoiceField()),
        APIField("date_note"),
        APIField("summary"),
        APIField("description"),
        APIField("practical_information"),
        APIField("venue_name"),
        APIField("venue_address"),
        APIField("venue_city"),
        APIField("venue_country", serializer=NamedCountryField()),
        APIField("latitude"),
        APIField("longitude"),
        APIField("online_url"),
        APIField("organiser", serializer=PageLinkField()),
        APIField("partners", serializer=PageLinksField(page_attr="organisation")),
        APIField("registration_state", serializer=LabelledChoiceField()),
        APIField("registration_url"),
        APIField("registration_note"),
        APIField("rooms", serializer=RowsField(fields=("name", "location", "capacity"))),
        APIField("tracks", serializer=RowsField(fields=("name", "slug", "colour"))),
        APIField(
            "site_visits",
            serializer=RowsField(
                fields=("title", "description", "places", "limited_places"), choices=("allocation",), link="session"
            ),
        ),
        APIField("acronym", serializer=CharField(source="get_acronym", read_only=True)),
        APIField(
            "links",
            serializer=PageRouteField(
                {
                    "schedule": "schedule",
                    "speakers": "speakers",
                    "calendar": "event_ics",
                    "schedule_ical": "schedule_ics",
                    "schedule_frab_xml": "schedule_xml",
                    "schedule_json": "schedule_json",
                    "changes_json": "changes_json",
                }
            ),
        ),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = ["events.SessionPage"]
    schema_type = "WebPage"

    page_description = _(
        "A conference, seminar, workshop, training, webinar, site visit or meeting, and its programme."
    )

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # --- times -------------------------------------------------------------------------------------

    @cached_property
    def tz(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return datetime.UTC

    def localtime(self, value):
        return timezone.localtime(value, self.tz) if value else value

    @property
    def local_start(self):
        return self.localtime(self.start)

    @property
    def local_end(self):
        return self.localtime(self.end)

    def time_zone_label(self, moment=None):
        """'Europe/Brussels (CET, UTC+01:00)' at ``moment`` (the event's start by default)."""
        local = self.localtime(moment or self.start)
        if local is None:
            return self.time_zone
        offset = local.strftime("%z")
        return f"{self.time_zone.replace('_', ' ')} ({local.tzname()}, UTC{offset[:3]}:{offset[3:]})"

    @property
    def days(self):
        """The event's dates, in its own time zone."""
        if not (self.start and self.end):
            return []
        first, last = self.local_start.date(), self.local_end.date()
        return [first + datetime.timedelta(days=offset) for offset in range((last - first).days + 1)]

    @property
    def shows_times(self):
        return self.date_precision == DatePrecision.DAY

    @property
    def when(self):
        """The dates as a reader writes them, to the precision known: '20 March 2024', 'June 2008'."""
        if self.start is None:
            return ""
        return format_period(self.local_start.date(), self.local_end.date(), self.date_precision)

    def is_running(self, now=None):
        now = now or timezone.now()
        return self.start <= now <= self.end

    def is_past(self, now=None):
        return self.end < (now or timezone.now())

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    def get_acronym(self):
        """An identifier conference apps accept: lower-case ASCII, at least four characters."""
        if self.acronym:
            return self.acronym
        ascii_slug = slugify(self.slug).replace("-", "_")
        return ascii_slug if len(ascii_slug) >= 4 else f"event_{self.pk}"

    # --- validation --------------------------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both the latitude and the longitude, or neither.")
        if self.registration_state == RegistrationState.OPEN and not self.registration_url:
            errors["registration_url"] = _("Say where to register while registration is open.")
        if not errors and self.pk and self.start and self.end:
            outside = self.sessions_outside(self.start, self.end)
            if outside:
                errors["end"] = _(
                    "These sessions would fall outside the event's days: %(sessions)s. Move them first."
                ) % {"sessions": ", ".join(session.title for session in outside)}
        if errors:
            raise ValidationError(errors)

    def sessions_outside(self, start, end):
        """Sessions under this event that do not fit the days from ``start`` to ``end`` (event time)."""
        from .sessions import SessionPage

        tz = self.tz
        first, last = timezone.localtime(start, tz).date(), timezone.localtime(end, tz).date()
        return [
            session
            for session in SessionPage.objects.child_of(self).only("title", "start", "end")
            if timezone.localtime(session.start, tz).date() < first or timezone.localtime(session.end, tz).date() > last
        ]

    # --- queries -----------------------------------------------------------------------------------

    def get_sessions(self):
        """Live public sessions of the event, in time order, with their room, track and people (four queries).

        Kept for the request: the page, its JSON-LD and the exports share one fetch.
        """
        from .sessions import SessionPage

        if getattr(self, "_live_sessions", None) is None:
            self._live_sessions = list(
                SessionPage.objects.live()
                .public()
                .child_of(self)
                .select_related("room", "track")
                .prefetch_related("session_people__person__organisation")
                .order_by("start", "end", "path")
            )
        return self._live_sessions

    def get_rooms(self):
        """The event's rooms in its language, in the editor's order (one query, kept for the request)."""
        if getattr(self, "_rooms", None) is None:
            self._rooms = list(self.rooms.all())
        return self._rooms

    def get_session_items(self):
        """The live sessions as the schedule shows them (see :func:`events.schedule.describe_sessions`)."""
        from ..schedule import describe_sessions

        if getattr(self, "_session_items", None) is None:
            self._session_items = describe_sessions(self, self.get_sessions(), rooms=self.get_rooms())
        return self._session_items

    def schedule_version(self):
        """The programme's version: one more with each published change (the frab export's ``<version>``)."""
        return self.schedule_changes.count()

    def get_organisers(self):
        """Organiser and partners, live and public, in the reader's language (three queries)."""
        from home.models import OrganisationPage

        partner_ids = [row.organisation_id for row in self.partners.all()]
        ids = list(dict.fromkeys(([self.organiser_id] if self.organiser_id else []) + partner_ids))
        found = live_public_pages(OrganisationPage, ids)
        has_organiser = bool(found) and found[0].pk == self.organiser_id
        shown = localize_pages(found, self.locale)
        return (shown[0], shown[1:]) if has_organiser else (None, shown)

    def get_schedule(self, params=None):
        from ..schedule import Schedule

        return Schedule(self, params=params)

    # --- routes ------------------------------------------------------------------------------------

    def route_url(self, name, *args):
        return file_route(self.url + self.reverse_subpage(name, args=args))

    def full_route_url(self, request, name, *args):
        return file_route(self.get_full_url(request) + self.reverse_subpage(name, args=args))

    @path("")
    def index(self, request):
        return self.render(request, context_overrides=self.get_detail_context(request))

    @path("schedule/", name="schedule")
    def schedule_view(self, request):
        from ..views import schedule

        return schedule(request, self)

    @path("schedule/changes/", name="changes")
    def changes_view(self, request):
        from ..views import changes

        return changes(request, self)

    @path("schedule/changes.json/", name="changes_json")
    def changes_json_view(self, request):
        from ..views import changes_json

        return changes_json(request, self)

    @path("speakers/", name="speakers")
    def speakers_view(self, request):
        from ..views import speakers

        return speakers(request, self)

    @path("speakers/<slug:person_slug>/", name="speaker")
    def speaker_view(self, request, person_slug):
        from ..views import speaker

        return speaker(request, self, person_slug)

    @path("speakers/<slug:person_slug>/sessions.ics/", name="speaker_ics")
    def speaker_ics_view(self, request, person_slug):
        from ..views import speaker_ics

        return speaker_ics(request, self, person_slug)

    @path("schedule.ics/", name="schedule_ics")
    def schedule_ics_view(self, request):
        from ..views import schedule_ics

        return schedule_ics(request, self)

    @path("agenda.ics/", name="agenda_ics")
    def agenda_ics_view(self, request):
        from ..views import agenda_ics

        return agenda_ics(request, self)

    @path("event.ics/", name="event_ics")
    def event_ics_view(self, request):
        from ..views import event_ics

        return event_ics(request, self)

    @path("schedule.xml/", name="schedule_xml")
    def schedule_xml_view(self, request):
        from ..views import schedule_xml

        return schedule_xml(request, self)

    @path("schedule.json/", name="schedule_json")
    def schedule_json_view(self, request):
        from ..views import schedule_json

        return schedule_json(request, self)

    def get_exports(self):
        """(route name, media type, label) of every machine-readable version of the programme."""
        return [
            ("schedule_ics", "text/calendar", gettext("Whole programme (iCalendar)")),
            ("schedule_xml", "application/xml", gettext("Programme for conference apps (XML)")),
            ("schedule_json", "application/json", gettext("Programme for conference apps (JSON)")),
        ]

    def get_detail_context(self, request):
        """What the event's own page shows beyond the base context; the other routes need none of it."""
        from ..schedule import visits_for

        sessions = self.get_sessions()
        organiser, partners = self.get_organisers()
        return dict(
            event=self,
            schedule=self.get_schedule(),
            organiser=organiser,
            partner_pages=partners,
            site_visits=visits_for(self, sessions),
            # The programme's exports are offered once there is a programme.
            exports=self.export_links() if sessions else [],
            event_list=self.get_event_list(),
        )

    def get_event_list(self):
        """The events list the event is in, for its feeds in the page's head (one query); None if not live."""
        parent = self.get_parent()
        if parent is None or not parent.live:
            return None
        event_list = parent.specific_deferred
        return event_list if isinstance(event_list, EventIndexPage) and event_list.url else None

    def export_links(self):
        return [(self.route_url(name), media_type, label) for name, media_type, label in self.get_exports()]

    def get_sitemap_urls(self, request=None):
        """The event page, and once it has a programme, its schedule, speakers' list and speakers' pages."""
        urls = super().get_sitemap_urls(request)
        if not urls:
            return urls
        # Set for many events at once by the sitemap (sitemap_programmes); else read here.
        slugs = getattr(self, "_sitemap_speaker_slugs", None)
        if slugs is None:
            slugs = self.speaker_slugs() if self.get_sessions() else False
        if slugs is False:
            return urls
        base = urls[0]
        routes = [self.reverse_subpage("schedule"), self.reverse_subpage("speakers")]
        routes += [self.reverse_subpage("speaker", args=[slug]) for slug in slugs]
        return urls + [{**base, "location": base["location"] + route} for route in routes]

    @staticmethod
    def sitemap_programmes(events):
        """Set on each of ``events`` what its sitemap entries need (whether it has a programme, and
        its speakers' addresses) in a few queries for all of them, instead of five per event."""
        from functools import reduce
        from operator import or_

        from django.db.models import Q

        from wagtail.models import Page

        from home.models.people import localize_people

        from ..schedule import speaker_slug
        from .sessions import SessionPage

        events = [event for event in events if event.pk]
        if not events:
            return
        by_path = {event.path: event for event in events}
        sessions = (
            SessionPage.objects.live()
            .public()
            .filter(reduce(or_, [Q(path__startswith=path) for path in by_path]))
            .filter(depth__in={event.depth + 1 for event in events})
            .prefetch_related("session_people__person")
            .order_by("start", "end", "path")
        )
        people_of = {event.pk: [] for event in events}
        has_sessions = set()
        for session in sessions:
            event = by_path.get(session.path[: -Page.steplen])
            if event is None:
                continue
            has_sessions.add(event.pk)
            people_of[event.pk] += [row.person for row in session.session_people.all()]
        for locale_id in {event.locale_id for event in events}:
            group = [event for event in events if event.locale_id == locale_id]
            people = [person for event in group for person in people_of[event.pk]]
            shown = {person.translation_key: person for person in localize_people(people, group[0].locale)}
            for event in group:
                if event.pk not in has_sessions:
                    event._sitemap_speaker_slugs = False
                    continue
                names = (shown.get(person.translation_key, person) for person in people_of[event.pk])
                event._sitemap_speaker_slugs = list(dict.fromkeys(speaker_slug(person) for person in names))

    def speaker_slugs(self):
        from ..schedule import speaker_slug

        return list(
            dict.fromkeys(speaker_slug(role.person) for item in self.get_session_items() for role in item.people)
        )

    # --- structured data ---------------------------------------------------------------------------

    def get_json_ld_entity(self, request):
        from ..jsonld import event_node

        return event_node(self, request)


class EventPartner(Orderable):
    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "home.OrganisationPage",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("An organisation that organises the event with the organiser, or hosts it."),
    )

    panels = [PageChooserPanel("organisation", "home.OrganisationPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner organisation")


class EventRoom(TranslatableMixin, Orderable):
    """A room (or a place, for a visit) where sessions of one event take place."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="rooms")
    name = models.CharField(_("name"), max_length=100, help_text=_("As signposted at the venue, for example 'Room 1'."))
    location = models.CharField(
        _("where in the venue"), max_length=200, blank=True, help_text=_("For example 'Ground floor, left wing'.")
    )
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("How many people the room holds, if known.")
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("capacity")]), FieldPanel("location")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("room")

    def __str__(self):
        return self.name


hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("A colour like #1f6f8b."))


class EventTrack(TranslatableMixin, Orderable):
    """A theme that groups sessions of one event."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="tracks")
    name = models.CharField(_("name"), max_length=100, help_text=_("For example 'Drugs and harm reduction'."))
    colour = models.CharField(
        _("colour"),
        max_length=7,
        default="#1f6f8b",
        validators=[hex_colour],
        help_text=_("Marks the track's sessions in the schedule; dark enough for white text."),
    )

    translatable_fields = [TranslatableField("name"), SynchronizedField("colour")]

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("colour")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("track")

    def __str__(self):
        return self.name

    @property
    def slug(self):
        return slugify(self.name) or f"track-{self.pk}"


class Allocation(models.TextChoices):
    FIRST_COME = "first-come", _("First come, first served")
    REGISTRATION = "registration", _("On registration")
    INVITATION = "invitation", _("By invitation")


class SiteVisit(TranslatableMixin, Orderable):
    """A visit offered during the event (a service, a consumption room, a project), often with few places."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="site_visits")
    title = models.CharField(
        _("title"), max_length=200, help_text=_("What is visited, for example 'Drug consumption room, Liège'.")
    )
    description = models.TextField(
        _("description"), max_length=800, blank=True, help_text=_("What visitors will see, and where they meet.")
    )
    places = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave empty if the number is not known yet.")
    )
    limited_places = models.BooleanField(
        _("limited places"), default=True, help_text=_("Tick when only a set number of people can take part.")
    )
    allocation = models.CharField(
        _("how places are given"),
        max_length=20,
        choices=Allocation.choices,
        default=Allocation.FIRST_COME,
        help_text=_("Shown on the event's page with the number of places."),
    )
    session = models.ForeignKey(
        "events.SessionPage",
        verbose_name=_("session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The visit's session in the schedule, once its time is set."),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("limited_places"), FieldPanel("places"), FieldPanel("allocation")]),
        PageChooserPanel("session", "events.SessionPage"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("site visit")

    def clean(self):
        super().clean()
        if self.places and not self.limited_places:
            raise ValidationError({"places": _("Tick 'limited places' to give a number of places.")})
