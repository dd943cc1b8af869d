"""Projects: who leads them, with whom, what they aim at, and their milestones drawn as a timeline."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.api_fields import LabelledChoiceField, PageLinkField, PageLinksField, PersonField, RowsField
from portal.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from portal.models import LIST_TITLE_HELP, BasePage, title_panel
from portal.utils import attach_listing_renditions, live_public_pages, localize_pages

from .people import localize_people


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


def format_period(start, end=None, precision=DatePrecision.DAY):
    """A date or a date range as readers write it, to the precision the editor knows it."""
    if start is None:
        return ""
    formats = {DatePrecision.DAY: "DATE_FORMAT", DatePrecision.MONTH: "YEAR_MONTH_FORMAT", DatePrecision.YEAR: "Y"}
    fmt = formats.get(precision, "DATE_FORMAT")
    first = date_format(start, fmt)
    if end is None or end == start:
        return first
    last = date_format(end, fmt)
    return first if first == last else f"{first} – {last}"


class ProjectIndexPage(BasePage):
    """The list of the network's projects, running ones first."""

    introduction = models.TextField(_("introduction"), max_length=600, blank=True, help_text=_("Shown above the list."))

    content_panels = [title_panel(LIST_TITLE_HELP), FieldPanel("introduction")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    api_fields = BasePage.api_fields + [APIField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ProjectPage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    page_description = _("Lists the network's projects, newest first. One per language.")

    class Meta:
        verbose_name = _("project list")
        verbose_name_plural = _("project lists")

    def get_projects(self):
        """Live public projects, newest first, with their lead organisation and card image."""
        projects = list(
            ProjectPage.objects.live()
            .public()
            .child_of(self)
            .select_related("lead_organisation")
            .order_by("-start_date", "title")
        )
        return attach_listing_renditions(projects, "fill-480x270|format-webp")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = self.get_projects()
        return context


class ProjectPage(BasePage):
    """A project of the network: partners, aims, phases, milestones, working groups."""

    acronym = models.CharField(_("acronym"), max_length=30, blank=True, help_text=_("For example 'HEAD-UP'."))
    lead_organisation = models.ForeignKey(
        "home.OrganisationPage",
        verbose_name=_("lead organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation that runs the project."),
    )
    funder = models.ForeignKey(
        "home.OrganisationPage",
        verbose_name=_("funder or network"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation that funds the project or the network it belongs to, if it has a profile."),
    )
    funding = models.CharField(
        _("funding"),
        max_length=200,
        blank=True,
        help_text=_("Funding programme or network in words, for example 'A work package of the DC&DII network'."),
    )
    start_date = models.DateField(
        _("start"),
        null=True,
        blank=True,
        help_text=_("First day of the project. When only the month or the year is known, enter its first day."),
    )
    end_date = models.DateField(_("end"), null=True, blank=True, help_text=_("Leave empty while the end is unknown."))
    period_precision = models.CharField(
        _("precision of the period"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.MONTH,
        help_text=_("Choose 'Year' when only the years are known: the page then shows '2020 – 2023'."),
    )
    overall_objective = RichTextField(
        _("overall objective"), features=RICH_TEXT_FEATURES, blank=True, help_text=_("What the project is for.")
    )
    specific_aims = StreamField(
        [("aim", blocks.CharBlock(label=_("Aim"), max_length=300, icon="tick"))],
        verbose_name=_("specific aims"),
        blank=True,
        help_text=_("One aim per line, each a short sentence."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True, help_text=_("Anything else, in blocks."))
    contact = models.ForeignKey(
        "home.Person",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who answers questions about the project. Their contact details show only if they agreed."),
    )

    content_panels = [
        title_panel(
            _("The project's full name, for example 'Safer Nights in European Cities'. Put a short name in Acronym.")
        ),
        FieldPanel("acronym"),
        MultiFieldPanel(
            [
                PageChooserPanel("lead_organisation", "home.OrganisationPage"),
                InlinePanel("project_partners", label=_("Partner")),
                PageChooserPanel("funder", "home.OrganisationPage"),
                FieldPanel("funding"),
            ],
            heading=_("Who"),
        ),
        FieldRowPanel(
            [FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("period_precision")], heading=_("Period")
        ),
        FieldPanel("overall_objective"),
        FieldPanel("specific_aims"),
        InlinePanel("phases", label=_("Phase"), heading=_("Phases")),
        InlinePanel(
            "milestones",
            label=_("Milestone"),
            heading=_("Milestones"),
            help_text=_("Shown as a timeline in date order, whatever their order here."),
        ),
        FieldPanel("body"),
        InlinePanel(
            "outputs",
            label=_("Output"),
            heading=_("Outputs"),
            help_text=_("Resources of the library the project produced: manuals, reports, presentations…"),
        ),
        FieldPanel("contact"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("acronym"),
        TranslatableField("funding"),
        TranslatableField("overall_objective"),
        TranslatableField("specific_aims"),
        TranslatableField("body"),
        SynchronizedField("lead_organisation"),
        SynchronizedField("funder"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("period_precision"),
        SynchronizedField("contact"),
        TranslatableField("project_partners"),
        TranslatableField("phases"),
        TranslatableField("milestones"),
        SynchronizedField("outputs"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("acronym", boost=2),
        index.AutocompleteField("acronym"),
        index.SearchField("funding"),
        index.SearchField("overall_objective"),
        index.SearchField("specific_aims"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.RelatedFields("milestones", [index.SearchField("title"), index.SearchField("place")]),
    ]
    api_fields = BasePage.api_fields + [
        APIField("acronym"),
        APIField("lead_organisation", serializer=PageLinkField()),
        APIField("project_partners", serializer=PageLinksField(page_attr="organisation", extra=("role",))),
        APIField("funder", serializer=PageLinkField()),
        APIField("funding"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("period_precision", serializer=LabelledChoiceField()),
        APIField("overall_objective"),
        APIField("specific_aims"),
        APIField("phases", serializer=RowsField(fields=("name", "start_date", "end_date", "description"))),
        APIField(
            "milestones",
            serializer=RowsField(
                fields=("title", "start_date", "end_date", "place", "phase", "description"),
                choices=("date_precision", "status"),
                link="event",
                # In date order, as the project's timeline shows them.
                sort=("start_date", "sort_order"),
            ),
        ),
        APIField("body"),
        APIField("outputs", serializer=PageLinksField(page_attr="resource")),
        # Contact details only if the person agreed to their publication.
        APIField("contact", serializer=PersonField()),
    ]

    parent_page_types = ["home.ProjectIndexPage"]
    subpage_types = ["home.WorkingGroupPage"]
    schema_type = "WebPage"

    page_description = _("A project: its partners, aims, phases, timeline of milestones and working groups.")

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The project cannot end before it starts.")})

    @property
    def period(self):
        return format_period(self.start_date, self.end_date, self.period_precision)

    def is_running(self, today=None):
        today = today or timezone.localdate()
        return bool(self.start_date and self.start_date <= today and (self.end_date is None or today <= self.end_date))

    def get_partners(self):
        """(organisation in the reader's language, role) pairs in the editor's order; two queries."""
        rows = list(self.project_partners.select_related("organisation").all())
        organisations = localize_pages([row.organisation for row in rows], self.locale)
        return [
            {"organisation": organisation, "role": row.role}
            for row, organisation in zip(rows, organisations, strict=True)
            if organisation.live
        ]

    def get_organisations(self):
        """Lead organisation and funder in the reader's language (one query)."""
        pages = [page for page in (self.lead_organisation, self.funder) if page is not None]
        localized = {page.translation_key: page for page in localize_pages(pages, self.locale)}
        lead = localized.get(self.lead_organisation.translation_key) if self.lead_organisation else None
        funder = localized.get(self.funder.translation_key) if self.funder else None
        return lead, funder

    def get_timeline(self, today=None):
        """Milestones in date order, with a marker for today while the project runs.

        Returns a list of ``("milestone", milestone)`` and, at most once,
        ``("today", date)`` items, ready for the template's ordered list.
        """
        today = today or timezone.localdate()
        milestones = sorted(
            self.milestones.select_related("event"), key=lambda item: (item.start_date, item.sort_order or 0)
        )
        # Linked event pages, in the reader's language, live only (two queries for any number).
        events = [milestone.event for milestone in milestones if milestone.event_id]
        shown = {page.translation_key: page for page in localize_pages(_live(events), self.locale)}
        for milestone in milestones:
            event = milestone.event if milestone.event_id else None
            milestone.event_page = shown.get(event.translation_key) if event is not None else None
        items = [("milestone", milestone) for milestone in milestones]
        if self.is_running(today):
            position = sum(1 for milestone in milestones if milestone.start_date <= today)
            items.insert(position, ("today", today))
        return items

    def get_working_groups(self):
        """Live public working groups of the project, in the editor's order (one query)."""
        model = apps.get_model("home", "WorkingGroupPage")
        return list(model.objects.live().public().child_of(self).select_related("contact").order_by("path"))

    def get_outputs(self):
        """The project's resources, live and public, in the reader's language."""
        from resources.models import ResourcePage

        ids = [row.resource_id for row in self.outputs.all()]
        return localize_pages(live_public_pages(ResourcePage, ids), self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lead, funder = self.get_organisations()
        contact = localize_people([self.contact], self.locale) if self.contact_id else []
        context.update(
            lead=lead,
            funder_page=funder,
            partners=self.get_partners(),
            phases=list(self.phases.all()),
            timeline=self.get_timeline(),
            running=self.is_running(),
            today=timezone.localdate(),
            working_groups=self.get_working_groups(),
            outputs=self.get_outputs(),
            contact=contact[0] if contact else None,
        )
        return context

    def get_json_ld_entity(self, request):
        node = {"@type": "Project", "name": self.title, "url": self.get_full_url(request)}
        if self.acronym:
            node["alternateName"] = self.acronym
        description = self.search_description or self.listing_summary
        if description:
            node["description"] = description
        if self.start_date:
            node["foundingDate"] = self.start_date.isoformat()
        if self.end_date:
            node["dissolutionDate"] = self.end_date.isoformat()
        lead, funder = self.get_organisations()
        if lead is not None:
            node["parentOrganization"] = {
                "@type": "Organization",
                "name": lead.title,
                "url": lead.get_full_url(request),
            }
        if funder is not None:
            node["funder"] = {"@type": "Organization", "name": funder.title, "url": funder.get_full_url(request)}
        partners = self.get_partners()
        if partners:
            node["member"] = [
                {
                    "@type": "Organization",
                    "name": item["organisation"].title,
                    "url": item["organisation"].get_full_url(request),
                }
                for item in partners
            ]
        if self.contact_id:
            person = localize_people([self.contact], self.locale)[0]
            node["contactPoint"] = person.as_contact_point()
        return node


def _live(pages):
    return [page for page in pages if page.live]


class ProjectPartner(TranslatableMixin, Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="project_partners")
    organisation = models.ForeignKey(
        "home.OrganisationPage",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A partner organisation (not the lead)."),
    )
    role = models.CharField(
        _("role"), max_length=200, blank=True, help_text=_("What it does in the project, in a few words.")
    )

    panels = [PageChooserPanel("organisation", "home.OrganisationPage"), FieldPanel("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("project partner")


class ProjectPhase(TranslatableMixin, Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="phases")
    name = models.CharField(_("name"), max_length=120, help_text=_("For example 'Assessment phase'."))
    start_date = models.DateField(_("start"), help_text=_("First day of the phase. The page shows the month and year."))
    end_date = models.DateField(_("end"), help_text=_("Last day of the phase. The page shows the month and year."))
    description = models.CharField(
        _("description"),
        max_length=300,
        blank=True,
        help_text=_("One sentence on what happens in this phase. Optional."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("description"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("project phase")

    @property
    def period(self):
        return format_period(self.start_date, self.end_date, DatePrecision.MONTH)

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A phase cannot end before it starts.")})


class ProjectOutput(Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="outputs")
    resource = models.ForeignKey(
        "resources.ResourcePage",
        verbose_name=_("resource"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A resource of the library that the project produced. The project's page lists it."),
    )

    panels = [PageChooserPanel("resource", "resources.ResourcePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("project output")


class MilestoneStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    DONE = "done", _("Done")


class Milestone(TranslatableMixin, Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("title"), max_length=200, help_text=_("For example 'Implementation seminar'."))
    start_date = models.DateField(_("date"), help_text=_("The day, or the first day of a range."))
    end_date = models.DateField(_("until"), null=True, blank=True, help_text=_("Last day, for a date range."))
    date_precision = models.CharField(
        _("precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("Choose 'Month' when only the month is known: the timeline then shows 'June 2008'."),
    )
    place = models.CharField(_("place"), max_length=120, blank=True, help_text=_("City, or 'Online'."))
    phase = models.CharField(_("phase"), max_length=120, blank=True, help_text=_("Phase of the project, if any."))
    description = models.CharField(
        _("description"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences shown under the milestone on the timeline. Optional."),
    )
    event = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("event page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The event's page on the portal, if it has one."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=MilestoneStatus.choices,
        default=MilestoneStatus.DONE,
        help_text=_("'Planned' while it is still to come, 'Done' once it has happened."),
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("date_precision")]),
        FieldRowPanel([FieldPanel("place"), FieldPanel("phase"), FieldPanel("status")]),
        FieldPanel("description"),
        PageChooserPanel("event"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("milestone")

    @property
    def when(self):
        return format_period(self.start_date, self.end_date, self.date_precision)

    @property
    def is_done(self):
        return self.status == MilestoneStatus.DONE

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A milestone cannot end before it starts.")})
