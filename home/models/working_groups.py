"""Working groups professionals can join, and the join requests they send."""

import datetime
import uuid

from django_countries.fields import CountryField
from rest_framework.fields import BooleanField

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.api_fields import LabelledChoiceField, PeopleField, PersonField
from portal.blocks import RICH_TEXT_FEATURES
from portal.models import BasePage, SiteSettings, title_panel

from .people import localize_people


class GroupStatus(models.TextChoices):
    OPEN = "open", _("Open to applications")
    CLOSED = "closed", _("Closed")


class WorkingGroupPage(RoutablePageMixin, BasePage):
    """A working group of a project, with the form professionals use to ask to join it."""

    theme = models.CharField(
        _("theme"), max_length=200, help_text=_("What the group works on, in a few words, for example 'Prevention'.")
    )
    description = RichTextField(
        _("description"), features=RICH_TEXT_FEATURES, help_text=_("What the group will do and who it is for.")
    )
    min_members = models.PositiveSmallIntegerField(
        _("smallest size"), null=True, blank=True, help_text=_("For '10 to 12 members', enter 10.")
    )
    max_members = models.PositiveSmallIntegerField(
        _("largest size"), null=True, blank=True, help_text=_("For '10 to 12 members', enter 12; for 'about 15', 15.")
    )
    meeting_plan = models.TextField(
        _("meeting plan"),
        max_length=500,
        blank=True,
        help_text=_(
            "Format and length of the meetings, for example 'one full day in person and two half days by video'."
        ),
    )
    meeting_count = models.PositiveSmallIntegerField(
        _("number of meetings"), null=True, blank=True, help_text=_("How many times the group meets in all.")
    )
    meeting_dates = models.CharField(
        _("meeting dates"), max_length=300, blank=True, help_text=_("Known dates or period, in words. Optional.")
    )
    application_deadline = models.DateField(
        _("application deadline"),
        null=True,
        blank=True,
        help_text=_("Last day on which requests are accepted (until midnight, portal time). Empty: no deadline."),
    )
    composition_date = models.DateField(
        _("composition finalised on"),
        null=True,
        blank=True,
        help_text=_("Date on which the group's membership is settled, if announced. Shown on the page."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=GroupStatus.choices,
        default=GroupStatus.OPEN,
        help_text=_("Close the group to stop requests before the deadline."),
    )
    contact = models.ForeignKey(
        "home.Person",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on the page; their contact details only if they agreed."),
    )
    notification_email = models.EmailField(
        _("notification email"),
        blank=True,
        help_text=_(
            "Where new requests are announced. Never shown on the site. Empty: the contact person's email, "
            "then the site's contact address."
        ),
    )
    form_introduction = models.TextField(
        _("form introduction"),
        max_length=500,
        blank=True,
        help_text=_("A sentence above the join form: what happens after a request, who decides, when."),
    )

    content_panels = [
        title_panel(
            _(
                "The group's name, for example 'Prevention working group'. It names the group on its project's "
                "page and in join requests."
            )
        ),
        FieldPanel("theme"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("min_members"), FieldPanel("max_members")], heading=_("Size")),
                InlinePanel("co_pilots", label=_("Co-pilot")),
            ],
            heading=_("Members"),
        ),
        MultiFieldPanel(
            [FieldPanel("meeting_plan"), FieldPanel("meeting_count"), FieldPanel("meeting_dates")],
            heading=_("Meetings"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("status"), FieldPanel("application_deadline"), FieldPanel("composition_date")]
                ),
                FieldPanel("form_introduction"),
                FieldPanel("contact"),
                FieldPanel("notification_email"),
            ],
            heading=_("Applications"),
        ),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("theme"),
        TranslatableField("description"),
        TranslatableField("meeting_plan"),
        TranslatableField("meeting_dates"),
        TranslatableField("form_introduction"),
        SynchronizedField("min_members"),
        SynchronizedField("max_members"),
        SynchronizedField("meeting_count"),
        SynchronizedField("application_deadline"),
        SynchronizedField("composition_date"),
        SynchronizedField("status"),
        SynchronizedField("contact"),
        SynchronizedField("notification_email"),
        SynchronizedField("co_pilots"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("theme", boost=2),
        index.SearchField("description"),
        index.SearchField("meeting_plan"),
        index.FilterField("status"),
    ]
    # Never the notification email, nor the join requests.
    api_fields = BasePage.api_fields + [
        APIField("theme"),
        APIField("description"),
        APIField("min_members"),
        APIField("max_members"),
        APIField("meeting_plan"),
        APIField("meeting_count"),
        APIField("meeting_dates"),
        APIField("application_deadline"),
        APIField("composition_date"),
        APIField("status", serializer=LabelledChoiceField()),
        APIField("accepts_requests", serializer=BooleanField(read_only=True)),
        APIField("form_introduction"),
        APIField("contact", serializer=PersonField()),
        APIField("co_pilots", serializer=PeopleField()),
    ]

    parent_page_types = ["home.ProjectPage"]
    subpage_types = []
    schema_type = "WebPage"

    page_description = _(
        "A working group of a project: what it does, its size and meetings, and the form to ask to join."
    )

    class Meta:
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def clean(self):
        super().clean()
        if self.min_members and self.max_members and self.max_members < self.min_members:
            raise ValidationError({"max_members": _("The largest size cannot be below the smallest.")})

    @property
    def size_text(self):
        if self.min_members and self.max_members and self.min_members != self.max_members:
            return gettext("%(min)s to %(max)s members") % {"min": self.min_members, "max": self.max_members}
        size = self.max_members or self.min_members
        return gettext("about %(count)s members") % {"count": size} if size else ""

    def deadline_passed(self, now=None):
        if self.application_deadline is None:
            return False
        today = timezone.localdate(now or timezone.now())
        return today > self.application_deadline

    def accepts_requests(self, now=None):
        return self.status == GroupStatus.OPEN and not self.deadline_passed(now)

    def closed_reason(self, now=None):
        """Why requests are refused, in words for the reader; empty while they are accepted."""
        if self.status != GroupStatus.OPEN:
            return gettext("This group is not taking requests to join.")
        if self.deadline_passed(now):
            return gettext("Requests to join this group closed on %(date)s.") % {
                "date": date_format(self.application_deadline, "DATE_FORMAT")
            }
        return ""

    def get_co_pilots(self):
        rows = list(self.co_pilots.select_related("person", "person__organisation").all())
        return localize_people([row.person for row in rows], self.locale)

    def get_notification_address(self):
        if self.notification_email:
            return self.notification_email
        if self.contact_id and self.contact and self.contact.email:
            return self.contact.email
        site = self.get_site()
        site_settings = SiteSettings.for_site(site) if site else None
        if site_settings and site_settings.contact_email:
            return site_settings.contact_email
        return settings.DEFAULT_FROM_EMAIL

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        contact = localize_people([self.contact], self.locale) if self.contact_id else []
        context.update(
            co_pilots=self.get_co_pilots(),
            contact=contact[0] if contact else None,
            accepts_requests=self.accepts_requests(),
            closed_reason=self.closed_reason(),
            project=self.get_parent().specific_deferred,
        )
        context.setdefault("form", None)
        return context

    @path("")
    def group(self, request):
        from home.join import join_view

        return join_view(self, request)

    @path("sent/")
    def request_sent(self, request):
        from home.join import sent_view

        return sent_view(self, request)

    def get_json_ld_entity(self, request):
        """The group as an Organization: its co-pilots as members, its project as parent, its contact."""
        node = {"@type": "Organization", "name": self.title, "url": self.get_full_url(request)}
        if self.theme:
            node["description"] = self.theme
        project = self.get_parent().specific_deferred
        node["parentOrganization"] = {"@type": "Project", "name": project.title, "url": project.get_full_url(request)}
        co_pilots = self.get_co_pilots()
        if co_pilots:
            node["member"] = [person.as_schema(request) for person in co_pilots]
        if self.contact_id:
            node["contactPoint"] = localize_people([self.contact], self.locale)[0].as_contact_point()
        return node


class WorkingGroupCoPilot(Orderable):
    page = ParentalKey(WorkingGroupPage, on_delete=models.CASCADE, related_name="co_pilots")
    person = models.ForeignKey(
        "home.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose from People; add the person there first if they are not listed."),
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("co-pilot")


class JoinRequestStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a decision")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")


class JoinRequest(models.Model):
    """A professional's request to join a working group, kept whatever happens to the emails about it."""

    working_group = models.ForeignKey(
        WorkingGroupPage,
        verbose_name=_("working group"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="join_requests",
    )
    # Kept so that a request still says which group it was for if the page is deleted.
    group_title = models.CharField(_("group"), max_length=255, editable=False)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, help_text=_("The language the form was filled in.")
    )
    name = models.CharField(_("name"), max_length=150, help_text=_("As the applicant gave it in the form."))
    organisation = models.CharField(
        _("organisation"), max_length=200, help_text=_("As the applicant gave it in the form.")
    )
    role = models.CharField(_("role"), max_length=200, help_text=_("As the applicant gave it in the form."))
    country = CountryField(_("country"), help_text=_("As the applicant gave it in the form."))
    email = models.EmailField(
        _("email"), help_text=_("Write to the applicant at this address to give them your answer.")
    )
    motivation = models.TextField(
        _("motivation"), max_length=2000, help_text=_("Why the applicant wants to join, in their own words.")
    )
    consent = models.BooleanField(_("consent given"), default=False)
    consent_text = models.TextField(_("consent wording"), help_text=_("The exact sentence the person agreed to."))
    submission_key = models.UUIDField(
        _("submission key"),
        unique=True,
        editable=False,
        default=uuid.uuid4,
        help_text=_("Makes a second click on 'Send' harmless."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=JoinRequestStatus.choices,
        default=JoinRequestStatus.PENDING,
        help_text=_(
            "Approve or decline the request. The applicant is not emailed automatically: write to them yourself."
        ),
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    editor_note = models.TextField(_("note for editors"), blank=True, help_text=_("Not shown to the applicant."))
    acknowledgement_sent_at = models.DateTimeField(_("acknowledgement sent"), null=True, blank=True, editable=False)
    notification_sent_at = models.DateTimeField(_("notification sent"), null=True, blank=True, editable=False)
    mail_error = models.TextField(_("mail problem"), blank=True, editable=False)

    panels = [
        FieldPanel("status"),
        FieldPanel("editor_note"),
        MultiFieldPanel(
            [
                FieldPanel("name", read_only=True),
                FieldPanel("organisation", read_only=True),
                FieldPanel("role", read_only=True),
                FieldPanel("country", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("motivation", read_only=True),
                FieldPanel("language", read_only=True),
            ],
            heading=_("Request"),
        ),
    ]

    class Meta:
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.name} → {self.group_title}"

    @property
    def country_name(self):
        return self.country.name

    def decide(self, status, user=None):
        self.status = status
        self.decided_at = timezone.now()
        self.decided_by = user
        self.save(update_fields=["status", "decided_at", "decided_by"])

    @classmethod
    def expired(cls, now=None):
        """Requests past the retention period (settings.JOIN_REQUEST_RETENTION_DAYS): declined ones after
        that many days, decided or not after twice as long."""
        now = now or timezone.now()
        days = settings.JOIN_REQUEST_RETENTION_DAYS
        declined_before = now - datetime.timedelta(days=days)
        any_before = now - datetime.timedelta(days=2 * days)
        return cls.objects.filter(
            models.Q(status=JoinRequestStatus.DECLINED, created_at__lt=declined_before)
            | models.Q(created_at__lt=any_before)
        )
