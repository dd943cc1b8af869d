"""Partner profiles, the partner directory, and the partnerships that link organisations."""

from django_countries.fields import CountryField

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.api_fields import LabelledChoiceField, NamedCountryField, PartnershipsField, RenditionsField, TermsField
from portal.blocks import BodyStreamBlock
from portal.facets import ChoiceFacet, CountryFacet, FacetSet, TermFacet
from portal.models import LIST_TITLE_HELP, BasePage, Topic, localize_terms, title_panel
from portal.utils import attach_images, localize_pages

from ..network import build_network

DIRECTORY_PAGE_SIZE = 24
# Must match the renditions the templates ask for (components/_organisation_card.html).
LOGO_CARD_SPEC = "max-160x80"


class OrganisationKind(models.TextChoices):
    NGO = "ngo", _("NGO")
    CITY = "city", _("City")
    REGION = "region", _("Region")
    NATIONAL_AUTHORITY = "national-authority", _("National authority")
    EU_AGENCY = "eu-agency", _("EU agency")
    RESEARCH = "research", _("Research institute")
    NETWORK = "network", _("Network")
    FEDERATION = "federation", _("Federation")


class PartnershipKind(models.TextChoices):
    MEMBER_OF = "member-of", _("Member of")
    PROJECT_PARTNER = "project-partner", _("Partner in a project with")
    SECONDMENT = "secondment", _("Seconds staff to")
    FOUNDING_MEMBER = "founding-member", _("Founding member of")
    FUNDER = "funder", _("Funder of")


# How a partnership reads from the other organisation's profile.
REVERSE_LABELS = {
    PartnershipKind.MEMBER_OF: _("Has as member"),
    PartnershipKind.PROJECT_PARTNER: _("Partner in a project with"),
    PartnershipKind.SECONDMENT: _("Receives staff seconded by"),
    PartnershipKind.FOUNDING_MEMBER: _("Has as founding member"),
    PartnershipKind.FUNDER: _("Funded by"),
}


def directory_facets():
    return FacetSet(
        [
            CountryFacet("country", _("Country"), "country"),
            ChoiceFacet("kind", _("Kind of organisation"), "kind", OrganisationKind.choices),
            TermFacet("topic", _("Topic"), "topics", Topic),
        ]
    )


class OrganisationIndexPage(BasePage):
    """The partner directory: every organisation, filterable, and the network drawn as a graph."""

    introduction = models.TextField(
        _("introduction"), max_length=600, blank=True, help_text=_("A short paragraph above the directory.")
    )
    show_network = models.BooleanField(
        _("show the network graph"),
        default=True,
        help_text=_("Draw the organisations and their partnerships as a picture below the list."),
    )

    content_panels = [title_panel(LIST_TITLE_HELP), FieldPanel("introduction"), FieldPanel("show_network")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("introduction"),
        SynchronizedField("show_network"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    api_fields = BasePage.api_fields + [APIField("introduction"), APIField("show_network")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.OrganisationPage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    page_description = _(
        "The partner directory: every organisation, with filters and the network graph. One per language."
    )

    class Meta:
        verbose_name = _("partner directory")
        verbose_name_plural = _("partner directories")

    def get_base_queryset(self):
        return OrganisationPage.objects.live().public().child_of(self)

    def get_organisations(self, params):
        """The organisations the query string's filters leave, in name order, and the filters' options."""
        result = directory_facets().run(self.get_base_queryset(), params, self.locale)
        result.queryset = result.queryset.prefetch_related("topics").order_by("title")
        return result

    @cached_property
    def network(self):
        """Every organisation of the directory and the partnerships between them (see :mod:`home.network`)."""
        organisations = list(self.get_base_queryset().order_by("title"))
        partnerships = list(
            Partnership.objects.filter(
                Q(organisation__in=organisations)
                | Q(partner__translation_key__in=[o.translation_key for o in organisations])
            )
            .select_related("organisation", "partner")
            .order_by("sort_order")
        )
        return build_network(organisations, choose_partnerships(partnerships, self.locale_id))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        result = self.get_organisations(request.GET)
        paginator = Paginator(result.queryset, DIRECTORY_PAGE_SIZE)
        page_obj = paginator.get_page(request.GET.get("page"))
        organisations = attach_images(list(page_obj.object_list), "logo", LOGO_CARD_SPEC)
        attach_topics(organisations, self.locale)
        context.update(
            filtered=result.filtered,
            facets=result.facets,
            filter_messages=result.messages,
            organisations=organisations,
            page_obj=page_obj,
            paginator=paginator,
            network=self.network if self.show_network else None,
            noindex=result.filtered or page_obj.number > 1,
        )
        return context


def attach_topics(organisations, locale):
    """Set ``shown_topics`` on each organisation: its topics in the reader's language (one query in all)."""
    all_topics = [topic for organisation in organisations for topic in organisation.topics.all()]
    shown = {topic.translation_key: topic for topic in localize_terms(all_topics, locale)}
    for organisation in organisations:
        keys = dict.fromkeys(topic.translation_key for topic in organisation.topics.all())
        organisation.shown_topics = [shown[key] for key in keys if key in shown]


def choose_partnerships(partnerships, locale_id):
    """One row per partnership, in the reader's language where it has been translated."""
    chosen = {}
    for row in partnerships:
        current = chosen.get(row.translation_key)
        if current is None or (row.locale_id == locale_id and current.locale_id != locale_id):
            chosen[row.translation_key] = row
    return list(chosen.values())


class OrganisationPageForm(WagtailAdminPageForm):
    """Refuses a partnership of an organisation with itself (in any language), next to the partner field.

    Checked once the partnership forms are cleaned: the page form's own ``clean()``
    runs before its child formsets are.
    """

    def is_valid(self):
        valid = super().is_valid()
        page = self.instance
        for form in self.formsets["partnerships"].forms:
            data = getattr(form, "cleaned_data", None) or {}
            partner = data.get("partner")
            if partner is None or data.get("DELETE"):
                continue
            same_page = page.pk is not None and partner.pk == page.pk
            same_translation = page.translation_key is not None and partner.translation_key == page.translation_key
            if same_page or same_translation:
                form.add_error("partner", _("An organisation cannot be its own partner."))
                valid = False
        return valid


class OrganisationPage(BasePage):
    """A partner profile: who the organisation is, where it works, what it does, and with whom."""

    acronym = models.CharField(
        _("acronym"), max_length=30, blank=True, help_text=_("Short name, for example 'Efus' or 'C-EHRN'.")
    )
    kind = models.CharField(
        _("kind"),
        max_length=30,
        choices=OrganisationKind.choices,
        default=OrganisationKind.NGO,
        help_text=_("Used by the directory's filters."),
    )
    country = CountryField(
        _("country"),
        blank=True,
        help_text=_("Where the organisation is based. Leave empty for European bodies without one seat."),
    )
    city = models.CharField(_("city"), max_length=100, blank=True, help_text=_("Translated: 'Brussels' / 'Bruxelles'."))
    website = models.URLField(_("website"), blank=True, help_text=_("The organisation's own site, https://…"))
    founded = models.PositiveSmallIntegerField(
        _("founded in"), null=True, blank=True, help_text=_("Year the organisation was founded, if known.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation's logo on a transparent or white background (SVG or PNG)."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("Two or three sentences: what the organisation is and does. Shown on its card."),
    )
    body = StreamField(
        BodyStreamBlock(), verbose_name=_("body"), blank=True, help_text=_("History, services, projects, in blocks.")
    )
    topics = ParentalManyToManyField(
        "portal.Topic", verbose_name=_("topics"), blank=True, related_name="+", help_text=_("Used by the filters.")
    )
    fields_of_intervention = ParentalManyToManyField(
        "portal.InterventionField",
        verbose_name=_("fields of intervention"),
        blank=True,
        related_name="+",
        help_text=_("What the organisation does: prevention, harm reduction, treatment, research…"),
    )

    content_panels = [
        title_panel(
            _("The organisation's full name as it writes it, for example 'Infor-Drogues'. Put a short name in Acronym.")
        ),
        MultiFieldPanel(
            [FieldPanel("acronym"), FieldPanel("kind"), FieldPanel("founded"), FieldPanel("logo")],
            heading=_("Identity"),
        ),
        MultiFieldPanel([FieldPanel("country"), FieldPanel("city"), FieldPanel("website")], heading=_("Where")),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("fields_of_intervention")],
            heading=_("Themes"),
        ),
        InlinePanel(
            "partnerships",
            label=_("Partnership"),
            heading=_("Partnerships"),
            help_text=_(
                "Record each partnership once, on either organisation: it appears on both profiles and in the "
                "network graph."
            ),
        ),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("acronym"),
        TranslatableField("city"),
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("kind"),
        SynchronizedField("country"),
        SynchronizedField("website"),
        SynchronizedField("founded"),
        SynchronizedField("logo"),
        SynchronizedField("topics"),
        SynchronizedField("fields_of_intervention"),
        TranslatableField("partnerships"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("acronym", boost=2),
        index.AutocompleteField("acronym"),
        index.SearchField("city"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("country"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("fields_of_intervention", [index.SearchField("name")]),
    ]
    api_fields = BasePage.api_fields + [
        APIField("acronym"),
        APIField("kind", serializer=LabelledChoiceField()),
        APIField("country", serializer=NamedCountryField()),
        APIField("city"),
        APIField("website"),
        APIField("founded"),
        APIField("logo", serializer=RenditionsField()),
        APIField("summary"),
        APIField("body"),
        APIField("topics", serializer=TermsField()),
        APIField("fields_of_intervention", serializer=TermsField()),
        # Recorded on either organisation, seen from this one (as its profile shows them).
        APIField("partnerships", serializer=PartnershipsField()),
    ]

    parent_page_types = ["home.OrganisationIndexPage"]
    subpage_types = []
    schema_type = "ProfilePage"
    base_form_class = OrganisationPageForm

    page_description = _(
        "A partner's profile: who the organisation is, where it works, what it does, and its partnerships."
    )

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def get_listing_summary(self):
        return self.listing_summary or self.summary

    @property
    def display_name(self):
        if self.acronym and self.acronym.casefold() not in self.title.casefold():
            return f"{self.title} ({self.acronym})"
        return self.title

    def get_partnerships(self):
        """Partnerships recorded on this organisation or on another that names it, as seen from here.

        Returns dicts with ``label`` (how the link reads from this side), ``other``
        (the other organisation, in the reader's language where translated) and
        ``partnership``. Three queries whatever their number.
        """
        rows = list(
            Partnership.objects.filter(
                Q(organisation__translation_key=self.translation_key) | Q(partner__translation_key=self.translation_key)
            )
            .select_related("organisation", "partner")
            .order_by("sort_order", "pk")
        )
        rows = choose_partnerships(rows, self.locale_id)
        others = []
        for row in rows:
            outgoing = row.organisation.translation_key == self.translation_key
            others.append(row.partner if outgoing else row.organisation)
        localized = localize_pages(others, self.locale)
        links = []
        for row, other in zip(rows, localized, strict=True):
            outgoing = row.organisation.translation_key == self.translation_key
            if not other.live:
                continue
            links.append(
                {
                    "partnership": row,
                    "kind": row.kind,
                    "outgoing": outgoing,
                    "label": row.get_kind_display() if outgoing else REVERSE_LABELS[row.kind],
                    "other": other,
                }
            )
        return links

    @cached_property
    def partnership_links(self):
        return self.get_partnerships()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partnership_links"] = self.partnership_links
        context["shown_topics"] = localize_terms(self.topics.all(), self.locale)
        context["shown_fields"] = localize_terms(self.fields_of_intervention.all(), self.locale)
        return context

    def get_json_ld_entity(self, request):
        node = {"@type": "Organization", "name": self.title, "url": self.get_full_url(request)}
        if self.acronym:
            node["alternateName"] = self.acronym
        if self.website:
            node["sameAs"] = [self.website]
        if self.founded:
            node["foundingDate"] = str(self.founded)
        if self.city or self.country:
            address = {"@type": "PostalAddress"}
            if self.city:
                address["addressLocality"] = self.city
            if self.country:
                address["addressCountry"] = self.country.code
            node["address"] = address
        if self.summary:
            node["description"] = self.summary
        topics = localize_terms(self.topics.all(), self.locale)
        if topics:
            node["knowsAbout"] = [topic.name for topic in topics]
        member_of, members, funders, funds = [], [], [], []
        for link in self.partnership_links:
            ref = {"@type": "Organization", "name": link["other"].title, "url": link["other"].get_full_url(request)}
            if link["kind"] in (PartnershipKind.MEMBER_OF, PartnershipKind.FOUNDING_MEMBER):
                (member_of if link["outgoing"] else members).append(ref)
            elif link["kind"] == PartnershipKind.FUNDER:
                (funds if link["outgoing"] else funders).append(ref)
        if member_of:
            node["memberOf"] = member_of
        if members:
            node["member"] = members
        if funders:
            node["funder"] = funders
        return node


class Partnership(TranslatableMixin, Orderable):
    """A link between two organisations, recorded once on one of them and shown on both."""

    organisation = ParentalKey(OrganisationPage, on_delete=models.CASCADE, related_name="partnerships")
    kind = models.CharField(
        _("kind"),
        max_length=30,
        choices=PartnershipKind.choices,
        help_text=_("Choose it so that the sentence “this organisation, kind, partner” is true."),
    )
    partner = models.ForeignKey(
        OrganisationPage,
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The other organisation. Create its profile first if it has none."),
    )
    start_year = models.PositiveSmallIntegerField(
        _("from"), null=True, blank=True, help_text=_("Year the partnership began, if known.")
    )
    end_year = models.PositiveSmallIntegerField(
        _("until"), null=True, blank=True, help_text=_("Year it ended. Leave empty while it lasts.")
    )
    description = models.CharField(
        _("description"),
        max_length=300,
        blank=True,
        help_text=_("One sentence on what the partnership does, for example 'A psychotherapist works at …'."),
    )

    panels = [
        FieldPanel("kind"),
        PageChooserPanel("partner", "home.OrganisationPage"),
        MultiFieldPanel([FieldPanel("start_year"), FieldPanel("end_year")], heading=_("Period")),
        FieldPanel("description"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")

    def __str__(self):
        return f"{self.organisation} – {self.get_kind_display()} – {self.partner}"

    @property
    def period(self):
        if self.start_year and self.end_year:
            return f"{self.start_year}–{self.end_year}" if self.start_year != self.end_year else str(self.start_year)
        if self.start_year:
            return gettext("since %(year)s") % {"year": self.start_year}
        if self.end_year:
            return gettext("until %(year)s") % {"year": self.end_year}
        return ""

    def clean(self):
        super().clean()
        errors = {}
        if self.partner_id and self.organisation_id and self.partner_id == self.organisation_id:
            errors["partner"] = _("An organisation cannot be its own partner.")
        elif (
            self.partner_id
            and self.organisation_id
            and self.partner.translation_key == self.organisation.translation_key
        ):
            errors["partner"] = _("This is the same organisation in another language.")
        if self.start_year and self.end_year and self.end_year < self.start_year:
            errors["end_year"] = _("The partnership cannot end before it begins.")
        if errors:
            raise ValidationError(errors)
