"""The resource library: publications with their editions in several languages, filterable, with feeds."""

from django_countries.fields import CountryField

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.api_fields import (
    EditionsField,
    LabelledChoiceField,
    NamedCountryField,
    PageLinksField,
    RenditionsField,
    TagNamesField,
    TermsField,
)
from portal.blocks import RICH_TEXT_FEATURES
from portal.facets import CountryFacet, FacetSet, RelatedValueFacet, TermFacet, YearFacet
from portal.models import LIST_TITLE_HELP, Audience, BasePage, ResourceType, Topic, localize_terms, title_panel
from portal.utils import attach_images, live_public_pages, localize_pages

from ..languages import FILE_LANGUAGES, language_name
from .files import DocumentText, ResourceFile, public_documents

LIBRARY_PAGE_SIZE = 20
COVER_CARD_SPEC = "max-160x220"
SORTS = {
    "newest": ("-publication_date", "title"),
    "oldest": ("publication_date", "title"),
    "title": ("title",),
}


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC_BY_NC = "cc-by-nc-4.0", "CC BY-NC 4.0"
    CC_BY_NC_ND = "cc-by-nc-nd-4.0", "CC BY-NC-ND 4.0"
    CC0 = "cc0-1.0", "CC0 1.0"
    ALL_RIGHTS = "all-rights-reserved", _("All rights reserved")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
    Licence.CC_BY_NC_ND: "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}


def library_facets():
    return FacetSet(
        [
            TermFacet("topic", _("Topic"), "topics", Topic),
            TermFacet("type", _("Type"), "resource_type", ResourceType),
            RelatedValueFacet(
                "language",
                _("Language of the document"),
                ResourceFile.objects.public,
                "page",
                "language",
                FILE_LANGUAGES,
            ),
            CountryFacet("country", _("Country"), "countries", multiple=True),
            TermFacet("audience", _("Audience"), "audiences", Audience),
            YearFacet("year", _("Year"), "publication_date"),
        ]
    )


class ResourceLibraryPage(RoutablePageMixin, BasePage):
    """The library: every resource under it, filtered by topic, type, file language, country, audience, year."""

    introduction = models.TextField(_("introduction"), max_length=600, blank=True, help_text=_("Shown above the list."))

    content_panels = [title_panel(LIST_TITLE_HELP), FieldPanel("introduction")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    api_fields = BasePage.api_fields + [APIField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    page_description = _("Lists every resource, with filters, sorting and RSS feeds. One per language.")

    class Meta:
        verbose_name = _("resource library")
        verbose_name_plural = _("resource libraries")

    def get_base_queryset(self):
        return ResourcePage.objects.live().public().child_of(self)

    def read_sort(self, params):
        sort = params.get("sort", "newest")
        return sort if sort in SORTS else "newest"

    def get_resources(self, params):
        """The filtered resources and the facets' options, in the order asked for (``sort``)."""
        result = library_facets().run(self.get_base_queryset(), params, self.locale)
        result.queryset = result.queryset.order_by(*SORTS[self.read_sort(params)])
        return result

    def prepare_cards(self, resources):
        """Covers (with renditions), types and publishers of a page of resources: a fixed number of queries."""
        resources = attach_images(list(resources), "cover", COVER_CARD_SPEC)
        types = localize_terms([r.resource_type for r in resources if r.resource_type_id], self.locale)
        types_by_key = {term.translation_key: term for term in types}
        for resource in resources:
            term = resource.resource_type
            resource.shown_type = types_by_key.get(term.translation_key) if term else None
            resource.shown_languages = sorted(
                {file.language for file in resource.files.all()}, key=lambda code: language_name(code).casefold()
            )
        return resources

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        result = self.get_resources(request.GET)
        paginator = Paginator(
            result.queryset.select_related("resource_type").prefetch_related(
                Prefetch("files", queryset=ResourceFile.objects.public())
            ),
            LIBRARY_PAGE_SIZE,
        )
        page_obj = paginator.get_page(request.GET.get("page"))
        sort = self.read_sort(request.GET)
        context.update(
            facets=result.facets,
            filter_messages=result.messages,
            filtered=result.filtered,
            sort=sort,
            sorts=[("newest", _("Newest first")), ("oldest", _("Oldest first")), ("title", _("Title A–Z"))],
            resources=self.prepare_cards(page_obj.object_list),
            page_obj=page_obj,
            paginator=paginator,
            noindex=result.filtered or page_obj.number > 1 or "sort" in request.GET,
            feed_url=self.get_feed_url(request),
            atom_url=self.get_feed_url(request, route="atom"),
        )
        return context

    def get_feed_url(self, request, full=False, route="feed"):
        """The feed of the filters in ``request`` (pagination and sorting set aside): RSS, or Atom with
        ``route="atom"``; ``full``: with the site's address."""
        base = self.get_full_url(request) if full else self.get_url(request)
        return base + self.reverse_subpage(route) + _query_string(request.GET, drop=("page", "sort"))

    def get_filtered_url(self, request):
        """The library's full address with the filters in ``request`` (the page a filtered feed stands for)."""
        return self.get_full_url(request) + _query_string(request.GET, drop=("page", "sort"))

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        from ..feeds import LibraryFeed

        return LibraryFeed(self)(request)

    @path("feed/atom/")
    def atom(self, request):
        from ..feeds import LibraryAtomFeed

        return LibraryAtomFeed(self)(request)


def _query_string(params, drop=()):
    kept = params.copy()
    for name in drop:
        kept.pop(name, None)
    encoded = kept.urlencode()
    return f"?{encoded}" if encoded else ""


class ResourcePage(BasePage):
    """One publication: its description, and its files, one per language edition."""

    resource_type = models.ForeignKey(
        "portal.ResourceType",
        verbose_name=_("type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Manual, factsheet, report, toolkit, guideline, presentation, policy brief, training material…"),
    )
    abstract = RichTextField(
        _("abstract"), features=RICH_TEXT_FEATURES, help_text=_("What the resource contains and who it is for.")
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The cover or first page, portrait. Optional."),
    )
    publication_date = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("When it was published; used for sorting and the year filter."),
    )
    authors = models.CharField(
        _("authors"), max_length=300, blank=True, help_text=_("Names as printed on the cover, separated by commas.")
    )
    topics = ParentalManyToManyField(
        "portal.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="+",
        help_text=_("What the resource is about. Readers of the library can filter by it."),
    )
    audiences = ParentalManyToManyField(
        "portal.Audience",
        verbose_name=_("audiences"),
        blank=True,
        related_name="+",
        help_text=_("Who the resource is written for. Readers of the library can filter by it."),
    )
    countries = CountryField(
        _("countries"), multiple=True, blank=True, help_text=_("Countries the resource is about, if any.")
    )
    licence = models.CharField(
        _("licence"), max_length=30, choices=Licence.choices, blank=True, help_text=_("How others may reuse it.")
    )
    external_url = models.URLField(
        _("external address"), blank=True, help_text=_("Where the resource is published elsewhere, if it is.")
    )
    tags = ClusterTaggableManager(
        through="resources.ResourceTag",
        verbose_name=_("keywords"),
        blank=True,
        help_text=_("Free keywords of your own, in addition to the topics."),
    )

    content_panels = [
        title_panel(_("The title of the publication, as printed on its cover.")),
        MultiFieldPanel(
            [FieldPanel("resource_type"), FieldPanel("publication_date"), FieldPanel("authors")],
            heading=_("Publication"),
        ),
        FieldPanel("abstract"),
        FieldPanel("cover"),
        InlinePanel(
            "files",
            label=_("File"),
            heading=_("Files"),
            help_text=_(
                "One file per language edition (or per part). Readers get their language's edition first. "
                "Size and page count are read from the file."
            ),
        ),
        InlinePanel("publishers", label=_("Publishing organisation"), heading=_("Publishing organisations")),
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("audiences"), FieldPanel("countries"), FieldPanel("tags")],
            heading=_("Classification"),
        ),
        FieldRowPanel([FieldPanel("licence"), FieldPanel("external_url")], heading=_("Reuse")),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("abstract"),
        TranslatableField("authors"),
        SynchronizedField("resource_type"),
        SynchronizedField("cover"),
        SynchronizedField("publication_date"),
        SynchronizedField("topics"),
        SynchronizedField("audiences"),
        SynchronizedField("countries"),
        SynchronizedField("licence"),
        SynchronizedField("external_url"),
        SynchronizedField("tags"),
        SynchronizedField("files"),
        SynchronizedField("publishers"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("abstract"),
        index.SearchField("authors"),
        index.FilterField("publication_date"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("files", [index.SearchField("title"), index.FilterField("language")]),
        # The text read from the files (see resources.extraction); reindexed when extraction finishes.
        index.SearchField("get_files_text"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("resource_type", serializer=TermsField(many=False)),
        APIField("publication_date"),
        APIField("authors"),
        APIField("abstract"),
        APIField("cover", serializer=RenditionsField()),
        # One file per language edition; files of private collections are left off.
        APIField("editions", serializer=EditionsField()),
        APIField("publishers", serializer=PageLinksField(page_attr="organisation")),
        APIField("topics", serializer=TermsField()),
        APIField("audiences", serializer=TermsField()),
        APIField("countries", serializer=NamedCountryField()),
        APIField("tags", serializer=TagNamesField()),
        APIField("licence", serializer=LabelledChoiceField(urls=LICENCE_URLS)),
        APIField("external_url"),
    ]

    parent_page_types = ["resources.ResourceLibraryPage"]
    subpage_types = []
    schema_type = "WebPage"

    page_description = _("One publication (manual, factsheet, report…) and its files, one per language edition.")

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def get_editions(self, language=None):
        """Files with the reader's language first (then the others by language name), with documents."""
        language = language or translation.get_language()
        files = list(self.files.select_related("document", "document__extracted").all())
        # Files of a private collection are left off (in a preview too, where the rows are in memory).
        public = set(
            public_documents().filter(pk__in=[file.document_id for file in files]).values_list("pk", flat=True)
        )
        files = [file for file in files if file.document_id in public]
        return sorted(
            files,
            key=lambda file: (file.language != language, language_name(file.language).casefold(), file.sort_order or 0),
        )

    @cached_property
    def editions(self):
        return self.get_editions(self.locale.language_code)

    def get_files_text(self):
        """The extracted text of every edition anyone may download, for the search index."""
        texts = DocumentText.objects.filter(
            document__in=ResourceFile.objects.public().filter(page=self).values("document"),
            status=DocumentText.Status.DONE,
        ).values_list("text", flat=True)
        return "\n\n".join(texts)

    @cached_property
    def publisher_pages(self):
        """Publishing organisations, live, in the page's language (read once for the page and its JSON-LD)."""
        from home.models import OrganisationPage

        ids = [row.organisation_id for row in self.publishers.all()]
        return localize_pages(live_public_pages(OrganisationPage, ids), self.locale)

    @cached_property
    def topic_terms(self):
        return localize_terms(self.topics.all(), self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        editions = self.editions
        context.update(
            editions=editions,
            first_edition=editions[0] if editions else None,
            reader_language=self.locale.language_code,
            shown_type=localize_terms([self.resource_type], self.locale)[0] if self.resource_type_id else None,
            shown_topics=self.topic_terms,
            shown_audiences=localize_terms(self.audiences.all(), self.locale),
            publishers=self.publisher_pages,
            licence_url=LICENCE_URLS.get(self.licence, ""),
        )
        return context

    def get_json_ld_entity(self, request):
        type_slug = self.resource_type.slug if self.resource_type_id else ""
        node = {
            "@type": "Report" if type_slug in ("report", "rapport") else "CreativeWork",
            "name": self.title,
            "url": self.get_full_url(request),
        }
        description = self.search_description or self.listing_summary
        if description:
            node["abstract"] = description
        if self.publication_date:
            node["datePublished"] = self.publication_date.isoformat()
        if self.authors:
            node["author"] = [
                {"@type": "Person", "name": name.strip()} for name in self.authors.split(",") if name.strip()
            ]
        publishers = self.publisher_pages
        if publishers:
            node["publisher"] = [
                {"@type": "Organization", "name": page.title, "url": page.get_full_url(request)} for page in publishers
            ]
        if self.licence in LICENCE_URLS:
            node["license"] = LICENCE_URLS[self.licence]
        topics = self.topic_terms
        if topics:
            node["keywords"] = [topic.name for topic in topics]
        editions = self.editions
        if editions:
            node["inLanguage"] = sorted({file.language for file in editions})
            node["encoding"] = [file.as_schema(request) for file in editions]
        return node


class ResourceTag(TaggedItemBase):
    content_object = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="tagged_items")


class ResourcePublisher(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="publishers")
    organisation = models.ForeignKey(
        "home.OrganisationPage",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("An organisation that published the resource, alone or with others."),
    )

    panels = [PageChooserPanel("organisation", "home.OrganisationPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("publishing organisation")
