"""Sessions of an event: when, where, in which language, and who speaks, moderates or discusses."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.api_fields import LabelledChoiceField, PageLinksField, PageRouteField, SessionField
from portal.blocks import RICH_TEXT_FEATURES
from portal.models import BasePage, title_panel
from resources.languages import FILE_LANGUAGES

from ..forms import SessionPageForm

# Languages a session can be held or interpreted in: those documents are written in.
SESSION_LANGUAGES = FILE_LANGUAGES


class SessionFormat(models.TextChoices):
    PLENARY = "plenary", _("Plenary session")
    THEMATIC = "thematic", _("Thematic session")
    WORKSHOP = "workshop", _("Workshop")
    VISIT = "visit", _("Site visit")


class SessionStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    CANCELLED = "cancelled", _("Cancelled")


class PersonRole(models.TextChoices):
    SPEAKER = "speaker", _("Speaker")
    MODERATOR = "moderator", _("Moderator")
    CHAIR = "chair", _("Chair")
    PANELLIST = "panellist", _("Panellist")
    DISCUSSANT = "discussant", _("Discussant")


# uuid5 namespace of session identifiers in calendars and conference apps; never change it.
SESSION_NAMESPACE = uuid.UUID("3e0f5b8e-7a51-4d0e-9f47-4a6cf3b0c2d9")

# Fields whose change is news to someone who put the session in their calendar (RFC 5545 SEQUENCE).
SCHEDULING_FIELDS = ("start", "end", "room_id", "status", "title")


class SessionPage(RoutablePageMixin, BasePage):
    """One session of an event's programme. Its times are entered and shown in the event's time zone."""

    start = models.DateTimeField(_("start"), help_text=_("In the event's time zone."))
    end = models.DateTimeField(_("end"), help_text=_("In the event's time zone."))
    room = models.ForeignKey(
        "events.EventRoom",
        verbose_name=_("room"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("One of the event's rooms (add rooms on the event's page)."),
    )
    track = models.ForeignKey(
        "events.EventTrack",
        verbose_name=_("track"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("One of the event's tracks, if it has any."),
    )
    format = models.CharField(
        _("format"),
        max_length=20,
        choices=SessionFormat.choices,
        default=SessionFormat.PLENARY,
        help_text=_("Shown in the schedule; readers can filter the schedule by it."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=SessionStatus.choices,
        default=SessionStatus.CONFIRMED,
        help_text=_("A cancelled session stays in the schedule, struck through, and calendars are told."),
    )
    language = models.CharField(
        _("language spoken"), max_length=8, choices=SESSION_LANGUAGES, default="en", help_text=_("The floor language.")
    )
    interpretation = models.JSONField(
        _("interpretation into"),
        default=list,
        blank=True,
        help_text=_("Languages the session is interpreted into, if any."),
    )
    places = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("For workshops and visits with limited places.")
    )
    summary = models.TextField(
        _("summary"),
        max_length=600,
        blank=True,
        help_text=_("Two or three sentences shown in the schedule and in calendars."),
    )
    description = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("The full description on the session's page: questions discussed, what participants take away."),
    )
    sequence = models.PositiveIntegerField(
        _("revision of the time and place"),
        default=0,
        editable=False,
        help_text=_("Goes up each time the time, room, status or title of the published session changes."),
    )

    base_form_class = SessionPageForm

    content_panels = [
        title_panel(_("The session's title, as the programme prints it. The schedule and calendars show it.")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("status")],
            heading=_("When"),
        ),
        FieldRowPanel([FieldPanel("room"), FieldPanel("track"), FieldPanel("format")]),
        FieldRowPanel([FieldPanel("language"), FieldPanel("interpretation")]),
        FieldPanel("places"),
        InlinePanel(
            "session_people",
            label=_("Person"),
            heading=_("People"),
            help_text=_("Speakers, moderators, panellists and discussants, in the order the programme lists them."),
        ),
        FieldPanel("summary"),
        FieldPanel("description"),
        InlinePanel(
            "related_pages",
            label=_("Related page"),
            heading=_("Related practices and resources"),
            help_text=_("Practice examples presented in the session, and resources that go with it."),
        ),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        TranslatableField("description"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("room"),
        SynchronizedField("track"),
        SynchronizedField("format"),
        SynchronizedField("status"),
        SynchronizedField("language"),
        SynchronizedField("interpretation"),
        SynchronizedField("places"),
        SynchronizedField("session_people"),
        SynchronizedField("related_pages"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("description"),
        index.FilterField("start"),
        index.FilterField("format"),
        index.RelatedFields("session_people", [index.RelatedFields("person", [index.SearchField("name")])]),
    ]
    api_fields = BasePage.api_fields + [
        # Start and end in the event's time zone, with its offset; room, track and people as the
        # schedule shows them (contact details only of people who agreed to their publication).
        APIField("start", serializer=SessionField()),
        APIField("end", serializer=SessionField()),
        APIField("time_zone", serializer=SessionField()),
        APIField("status", serializer=LabelledChoiceField()),
        APIField("format", serializer=LabelledChoiceField()),
        APIField("room", serializer=SessionField()),
        APIField("track", serializer=SessionField()),
        APIField("language", serializer=LabelledChoiceField()),
        APIField("interpretation"),
        APIField("places"),
        APIField("people", serializer=SessionField()),
        APIField("summary"),
        APIField("description"),
        APIField("related_pages", serializer=PageLinksField(page_attr="page")),
        APIField("links", serializer=PageRouteField({"calendar": "ics"})),
    ]

    parent_page_types = ["events.EventPage"]
    subpage_types = []
    schema_type = "WebPage"

    page_description = _("One slot of an event's programme: time, room, track, format, language and people.")

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    @cached_property
    def event(self):
        from .events import EventPage

        return EventPage.objects.get(pk=self.get_parent().pk)

    @property
    def is_cancelled(self):
        return self.status == SessionStatus.CANCELLED

    @property
    def guid(self):
        """The same for every revision of the session in one language, different from any other session's."""
        return uuid.uuid5(SESSION_NAMESPACE, f"{self.translation_key}:{self.locale_id}")

    def get_uid(self):
        """The iCalendar UID: stable for the session's life, so calendars update it instead of adding one.

        A bare UUID, as RFC 7986 (section 5.3) recommends, naming no host.
        """
        return str(self.guid)

    @path("")
    def index(self, request):
        return self.render(request)

    @path("session.ics/", name="ics")
    def ics_view(self, request):
        from ..views import session_ics

        return session_ics(request, self)

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The session must end after it starts.")})

    def save(self, *args, **kwargs):
        """Bump ``sequence`` and record a schedule change when a published session moves, changes or goes."""
        from .changes import ScheduleChange

        update_fields = kwargs.get("update_fields")
        change = None
        if self.pk and (update_fields is None or "live" in update_fields or "start" in update_fields):
            change = ScheduleChange.detect(self)
            if change is not None and change.bumps_sequence:
                self.sequence += 1
                if update_fields is not None:
                    kwargs["update_fields"] = [*update_fields, "sequence"]
        super().save(*args, **kwargs)
        if change is not None:
            change.record(self)

    @cached_property
    def item(self):
        """The session as the schedule shows it (room, track and people in its language); kept for the request."""
        from ..schedule import describe_sessions

        return describe_sessions(self.event, [self])[0]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            event=self.event,
            session=self.item,
            related=session_related_pages(self),
            ics_url=self.url + "session.ics",
        )
        return context

    def get_json_ld_entity(self, request):
        from ..jsonld import session_node

        return session_node(self.event, self, request)


def session_related_pages(session):
    from portal.utils import live_public_pages, localize_pages

    ids = [row.page_id for row in session.related_pages.all()]
    return localize_pages(live_public_pages(Page, ids, specific=True), session.locale)


class SessionPerson(Orderable):
    """A person's part in a session, in the programme's order."""

    session = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="session_people")
    person = models.ForeignKey(
        "home.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose from People; add the person there first if they are not listed."),
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=PersonRole.choices,
        default=PersonRole.SPEAKER,
        help_text=_("What the person does in this session."),
    )

    panels = [FieldRowPanel([FieldPanel("person"), FieldPanel("role")])]

    class Meta(Orderable.Meta):
        verbose_name = _("person in the session")


class SessionRelatedPage(Orderable):
    session = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A practice example or a resource presented in the session."),
    )

    panels = [PageChooserPanel("page", ["resources.PracticePage", "resources.ResourcePage"])]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
