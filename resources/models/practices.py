"""Practice examples, described the way the European best-practice registries describe them."""

from django_countries.fields import CountryField

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.api_fields import (
    LabelledChoiceField,
    NamedCountryField,
    PageLinkField,
    PageLinksField,
    PersonField,
    TermsField,
)
from portal.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from portal.facets import ChoiceFacet, CountryFacet, FacetSet, TermFacet
from portal.models import LIST_TITLE_HELP, BasePage, Setting, TargetGroup, localize_terms, title_panel
from portal.utils import live_public_pages, localize_pages

PRACTICE_PAGE_SIZE = 24


class Area(models.TextChoices):
    PREVENTION = "prevention", _("Prevention")
    TREATMENT = "treatment", _("Treatment")
    HARM_REDUCTION = "harm-reduction", _("Harm reduction")
    SOCIAL_REINTEGRATION = "social-reintegration", _("Social reintegration")
    POLICY = "policy", _("Policy")


class EvaluationStatus(models.TextChoices):
    NONE = "none", _("No evaluation reported")
    PLANNED = "planned", _("Evaluation planned")
    IN_PROGRESS = "in-progress", _("Evaluation in progress")
    DONE = "done", _("Evaluated")


class EvaluationType(models.TextChoices):
    PROCESS = "process", _("Process evaluation")
    OUTCOME = "outcome", _("Outcome evaluation")
    IMPACT = "impact", _("Impact evaluation")
    ECONOMIC = "economic", _("Economic evaluation")
    SELF = "self", _("Self-assessment")


def practice_facets():
    return FacetSet(
        [
            ChoiceFacet("area", _("Area"), "area", Area.choices),
            CountryFacet("country", _("Country"), "country"),
            TermFacet("target", _("Target group"), "target_groups", TargetGroup),
            TermFacet("setting", _("Setting"), "intervention_settings", Setting),
            ChoiceFacet("evaluation", _("Evaluation"), "evaluation_status", EvaluationStatus.choices),
        ]
    )


class PracticeIndexPage(BasePage):
    """Practice examples: filterable, and placed on a map of Europe drawn by the server."""

    introduction = models.TextField(_("introduction"), max_length=600, blank=True, help_text=_("Shown above the list."))

    content_panels = [title_panel(LIST_TITLE_HELP), FieldPanel("introduction")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    api_fields = BasePage.api_fields + [APIField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.PracticePage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    page_description = _("Lists the practice examples, with filters and a map of Europe. One per language.")

    class Meta:
        verbose_name = _("practice examples")
        verbose_name_plural = _("lists of practice examples")

    def get_base_queryset(self):
        return PracticePage.objects.live().public().child_of(self)

    def get_practices(self, params):
        result = practice_facets().run(self.get_base_queryset(), params, self.locale)
        result.queryset = result.queryset.order_by("title")
        return result

    def get_map(self, practices):
        """The map of Europe with one marker per city among ``practices`` (see :mod:`resources.europe_map`)."""
        from ..europe_map import build_map

        return build_map(practices)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        result = self.get_practices(request.GET)
        practices = list(result.queryset.select_related("lead_organisation"))
        paginator = Paginator(practices, PRACTICE_PAGE_SIZE)
        page_obj = paginator.get_page(request.GET.get("page"))
        context.update(
            facets=result.facets,
            filter_messages=result.messages,
            filtered=result.filtered,
            practices=list(page_obj.object_list),
            page_obj=page_obj,
            paginator=paginator,
            practice_map=self.get_map(practices),
            noindex=result.filtered or page_obj.number > 1,
        )
        return context


class PracticePage(BasePage):
    """One practice: what it does, for whom, where, since when, how it is evaluated, and whether it travels."""

    summary = models.TextField(_("summary"), max_length=600, help_text=_("Three sentences: what, for whom, where."))
    lead_organisation = models.ForeignKey(
        "home.OrganisationPage",
        verbose_name=_("lead organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation that runs the practice."),
    )
    city = models.CharField(_("city"), max_length=100, help_text=_("Where the practice runs, in this page's language."))
    country = CountryField(_("country"), help_text=_("Where the practice runs. Readers can filter by it."))
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        help_text=_("Places the city on the map, e.g. 50.85045."),
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True, help_text=_("For example 4.34878.")
    )
    start_year = models.PositiveSmallIntegerField(
        _("since"), null=True, blank=True, help_text=_("Year the practice began, for example 2018.")
    )
    end_year = models.PositiveSmallIntegerField(
        _("until"), null=True, blank=True, help_text=_("Leave empty if ongoing.")
    )
    ongoing = models.BooleanField(_("ongoing"), default=True, help_text=_("Untick when the practice has ended."))
    area = models.CharField(_("area"), max_length=30, choices=Area.choices, help_text=_("The main area of work."))
    intervention_types = ParentalManyToManyField(
        "portal.InterventionType",
        verbose_name=_("intervention types"),
        blank=True,
        related_name="+",
        help_text=_("What kind of work it is, for example needle exchange or peer support."),
    )
    substances = ParentalManyToManyField(
        "portal.Substance",
        verbose_name=_("substances"),
        blank=True,
        related_name="+",
        help_text=_("The substances the practice deals with, if it is about particular ones."),
    )
    target_groups = ParentalManyToManyField(
        "portal.TargetGroup",
        verbose_name=_("target groups"),
        blank=True,
        related_name="+",
        help_text=_("Who the practice is for. Readers can filter by it."),
    )
    intervention_settings = ParentalManyToManyField(
        "portal.Setting", verbose_name=_("settings"), blank=True, related_name="+", help_text=_("Where it takes place.")
    )
    topics = ParentalManyToManyField(
        "portal.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="+",
        help_text=_("What the practice is about, from the shared list of topics."),
    )
    services = StreamField(
        [("service", blocks.CharBlock(label=_("Service"), max_length=300, icon="tick"))],
        verbose_name=_("services offered"),
        blank=True,
        help_text=_("One service per line."),
    )
    objectives = RichTextField(
        _("objectives"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the practice sets out to achieve, in a few sentences or a list."),
    )
    evaluation_status = models.CharField(
        _("evaluation"),
        max_length=20,
        choices=EvaluationStatus.choices,
        default=EvaluationStatus.NONE,
        help_text=_("Whether the practice has been evaluated. Readers can filter by it."),
    )
    evaluation_type = models.CharField(
        _("type of evaluation"),
        max_length=20,
        choices=EvaluationType.choices,
        blank=True,
        help_text=_("Once an evaluation is planned or done: what kind it is."),
    )
    evaluation_details = models.TextField(
        _("about the evaluation"), max_length=800, blank=True, help_text=_("Who evaluates, how, when results are due.")
    )
    results = RichTextField(
        _("results"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the practice has achieved so far, with figures where there are some."),
    )
    transferability = RichTextField(
        _("transferability"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What another city would need to do the same: conditions, partners, costs, pitfalls."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("more"), blank=True, help_text=_("Anything else, in blocks."))
    contact = models.ForeignKey(
        "home.Person",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Their contact details show only if they agreed."),
    )

    content_panels = [
        title_panel(_("The practice's name, for example 'Drug checking at festivals in Ghent'.")),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                PageChooserPanel("lead_organisation", "home.OrganisationPage"),
                InlinePanel("partners", label=_("Partner")),
                FieldPanel("contact"),
            ],
            heading=_("Who"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year"), FieldPanel("ongoing")], heading=_("When")),
        MultiFieldPanel(
            [
                FieldPanel("area"),
                FieldPanel("intervention_types"),
                FieldPanel("substances"),
                FieldPanel("target_groups"),
                FieldPanel("intervention_settings"),
                FieldPanel("topics"),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("services"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("evaluation_status"), FieldPanel("evaluation_type")]),
                FieldPanel("evaluation_details"),
            ],
            heading=_("Evaluation"),
        ),
        FieldPanel("results"),
        FieldPanel("transferability"),
        FieldPanel("body"),
        InlinePanel("related_pages", label=_("Related page"), heading=_("Related resources, events and press")),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        TranslatableField("city"),
        TranslatableField("services"),
        TranslatableField("objectives"),
        TranslatableField("evaluation_details"),
        TranslatableField("results"),
        TranslatableField("transferability"),
        TranslatableField("body"),
        TranslatableField("partners"),
        SynchronizedField("lead_organisation"),
        SynchronizedField("contact"),
        SynchronizedField("country"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("start_year"),
        SynchronizedField("end_year"),
        SynchronizedField("ongoing"),
        SynchronizedField("area"),
        SynchronizedField("intervention_types"),
        SynchronizedField("substances"),
        SynchronizedField("target_groups"),
        SynchronizedField("intervention_settings"),
        SynchronizedField("topics"),
        SynchronizedField("evaluation_status"),
        SynchronizedField("evaluation_type"),
        SynchronizedField("related_pages"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("city"),
        index.SearchField("services"),
        index.SearchField("objectives"),
        index.SearchField("results"),
        index.SearchField("transferability"),
        index.SearchField("body"),
        index.FilterField("area"),
        index.FilterField("country"),
        index.FilterField("evaluation_status"),
        index.RelatedFields("intervention_types", [index.SearchField("name")]),
        index.RelatedFields("substances", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("intervention_settings", [index.SearchField("name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]
    api_fields = BasePage.api_fields + [
        APIField("summary"),
        APIField("lead_organisation", serializer=PageLinkField()),
        APIField("partners", serializer=PageLinksField(page_attr="organisation", extra=("role",))),
        # Contact details only if the person agreed to their publication.
        APIField("contact", serializer=PersonField()),
        APIField("city"),
        APIField("country", serializer=NamedCountryField()),
        APIField("latitude"),
        APIField("longitude"),
        APIField("start_year"),
        APIField("end_year"),
        APIField("ongoing"),
        APIField("area", serializer=LabelledChoiceField()),
        APIField("intervention_types", serializer=TermsField()),
        APIField("substances", serializer=TermsField()),
        APIField("target_groups", serializer=TermsField()),
        APIField("intervention_settings", serializer=TermsField()),
        APIField("topics", serializer=TermsField()),
        APIField("services"),
        APIField("objectives"),
        APIField("evaluation_status", serializer=LabelledChoiceField()),
        APIField("evaluation_type", serializer=LabelledChoiceField()),
        APIField("evaluation_details"),
        APIField("results"),
        APIField("transferability"),
        APIField("body"),
        APIField("related_pages", serializer=PageLinksField(page_attr="page")),
    ]

    parent_page_types = ["resources.PracticeIndexPage"]
    subpage_types = []
    schema_type = "WebPage"

    page_description = _("One practice, described the way the European best-practice registries describe them.")

    class Meta:
        verbose_name = _("practice example")
        verbose_name_plural = _("practice examples")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_year and self.end_year and self.end_year < self.start_year:
            errors["end_year"] = _("The practice cannot end before it starts.")
        if self.end_year and self.ongoing:
            errors["ongoing"] = _("A practice with an end year is not ongoing: untick, or clear the end year.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both latitude and longitude, or neither.")
        if errors:
            raise ValidationError(errors)

    @property
    def period(self):
        if self.start_year and self.ongoing:
            return gettext("since %(year)s (ongoing)") % {"year": self.start_year}
        if self.start_year and self.end_year:
            return f"{self.start_year}–{self.end_year}"
        if self.start_year:
            return str(self.start_year)
        return gettext("ongoing") if self.ongoing else ""

    @cached_property
    def classification(self):
        """Each vocabulary's terms in the reader's language."""
        return {
            "intervention_types": localize_terms(self.intervention_types.all(), self.locale),
            "substances": localize_terms(self.substances.all(), self.locale),
            "target_groups": localize_terms(self.target_groups.all(), self.locale),
            "settings": localize_terms(self.intervention_settings.all(), self.locale),
            "topics": localize_terms(self.topics.all(), self.locale),
        }

    @cached_property
    def lead(self):
        """The lead organisation, live, in the reader's language (read once for the page and its JSON-LD)."""
        if not self.lead_organisation_id:
            return None
        page = localize_pages([self.lead_organisation], self.locale)[0]
        return page if page.live else None

    def get_partners(self):
        rows = list(self.partners.select_related("organisation").all())
        organisations = localize_pages([row.organisation for row in rows], self.locale)
        return [
            {"organisation": organisation, "role": row.role}
            for row, organisation in zip(rows, organisations, strict=True)
            if organisation.live
        ]

    def get_related_pages(self):
        """Related resources, events and press items: live, public, in the reader's language.

        A query for the rows, one per page type for the pages, one for their translations.
        """
        ids = [row.page_id for row in self.related_pages.all()]
        return localize_pages(live_public_pages(Page, ids, specific=True), self.locale)

    def get_context(self, request, *args, **kwargs):
        from home.models.people import localize_people

        context = super().get_context(request, *args, **kwargs)
        lead = self.lead
        contact = localize_people([self.contact], self.locale) if self.contact_id else []
        context.update(
            lead=lead,
            partners=self.get_partners(),
            classification=self.classification,
            related_pages=self.get_related_pages(),
            contact=contact[0] if contact else None,
        )
        return context

    def get_json_ld_entity(self, request):
        node = {"@type": "Project", "name": self.title, "url": self.get_full_url(request), "description": self.summary}
        place = {
            "@type": "Place",
            "name": self.city,
            "address": {"@type": "PostalAddress", "addressLocality": self.city},
        }
        if self.country:
            place["address"]["addressCountry"] = self.country.code
        if self.latitude is not None and self.longitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        # Where the practice runs; a Project is an Organization, whose place is its location.
        node["location"] = place
        if self.start_year:
            node["foundingDate"] = str(self.start_year)
        if self.end_year and not self.ongoing:
            node["dissolutionDate"] = str(self.end_year)
        lead = self.lead
        if lead is not None:
            node["parentOrganization"] = {
                "@type": "Organization",
                "name": lead.title,
                "url": lead.get_full_url(request),
            }
        terms = self.classification
        keywords = [
            term.name for key in ("intervention_types", "substances", "target_groups", "topics") for term in terms[key]
        ]
        if keywords:
            # What the practice works on: an Organization's knowsAbout (keywords belongs to creative works).
            node["knowsAbout"] = keywords
        return node


class PracticePartner(TranslatableMixin, Orderable):
    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "home.OrganisationPage",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("An organisation that runs the practice with the lead organisation."),
    )
    role = models.CharField(_("role"), max_length=200, blank=True, help_text=_("What it does in the practice."))

    panels = [PageChooserPanel("organisation", "home.OrganisationPage"), FieldPanel("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("practice partner")


class PracticeRelatedPage(Orderable):
    page_owner = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A resource, an event or a press item about this practice."),
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
