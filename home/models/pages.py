"""The home page of each language and standard content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.api_fields import PageLinkField, PageLinksField, RenditionsField
from portal.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from portal.models import BasePage, title_panel
from portal.sections import get_home_sections
from portal.utils import attach_listing_renditions, localize_pages

CARD_IMAGE_SPEC = "fill-480x270|format-webp"


class HomePage(BasePage):
    hero_heading = models.CharField(
        _("hero heading"),
        max_length=120,
        help_text=_("The first words a visitor reads: what the network is, in one line."),
    )
    hero_text = models.TextField(
        _("hero text"), max_length=400, blank=True, help_text=_("One or two sentences under the heading.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wide picture behind the heading, at least 1600 pixels wide. Optional."),
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the main button leads to."),
    )
    hero_link_label = models.CharField(
        _("hero button label"), max_length=60, blank=True, help_text=_("For example 'Discover the network'.")
    )
    introduction = RichTextField(
        _("introduction"), features=RICH_TEXT_FEATURES, blank=True, help_text=_("A short paragraph under the hero.")
    )
    featured_heading = models.CharField(
        _("featured heading"),
        max_length=120,
        blank=True,
        help_text=_("Title above the featured items, for example 'In focus'."),
    )

    content_panels = [
        title_panel(
            _(
                "Names the home page in the browser tab and in search results, for example 'Cities & Drugs "
                "Network'. Visitors see the hero heading, not this."
            )
        ),
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                PageChooserPanel("hero_link"),
                FieldPanel("hero_link_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("featured_heading"), InlinePanel("featured_items", label=_("Featured item"), max_num=12)],
            heading=_("Featured items"),
            help_text=_("Pages chosen by editors, shown as cards in this order."),
        ),
    ]

    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("hero_heading"),
        TranslatableField("hero_text"),
        TranslatableField("hero_link_label"),
        TranslatableField("introduction"),
        TranslatableField("featured_heading"),
        SynchronizedField("hero_image"),
        SynchronizedField("hero_link"),
        # Featured items point at source pages; they are swapped for translations when shown.
        SynchronizedField("featured_items"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_text"),
        index.SearchField("introduction"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("hero_heading"),
        APIField("hero_text"),
        APIField("hero_image", serializer=RenditionsField()),
        APIField("hero_link", serializer=PageLinkField()),
        APIField("hero_link_label"),
        APIField("introduction"),
        APIField("featured_heading"),
        # Pages chosen by editors, in their order: live and public only, in the home page's language.
        APIField("featured_items", serializer=PageLinksField(page_attr="page")),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.OrganisationIndexPage",
        "home.ProjectIndexPage",
        "resources.ResourceLibraryPage",
        "resources.PracticeIndexPage",
        "events.EventIndexPage",
        "resources.PressRoomPage",
    ]
    schema_type = "WebPage"

    page_description = _(
        "The top page of one language's site: hero, introduction, featured items and automatic sections."
    )

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_featured_pages(self):
        """Featured pages in the reader's language, live and public, with card images.

        Queries: featured items, their pages (one per page type), translations,
        images and renditions; the count does not grow with the number of items.
        """
        items = list(self.featured_items.all())
        ids = [item.page_id for item in items if item.page_id]
        pages = {page.id: page for page in Page.objects.live().public().filter(id__in=ids).specific()}
        ordered = [pages[item.page_id] for item in items if item.page_id in pages]
        return attach_listing_renditions(localize_pages(ordered), CARD_IMAGE_SPEC)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_pages"] = self.get_featured_pages()
        context["home_sections"] = get_home_sections(self, request)
        return context


class HomeFeaturedItem(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A published page. Its listing title, summary and image make the card."),
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured item")


class StandardPage(BasePage):
    introduction = models.TextField(
        _("introduction"), max_length=600, blank=True, help_text=_("A short lead paragraph shown in larger type.")
    )
    body = StreamField(
        BodyStreamBlock(), verbose_name=_("body"), blank=True, help_text=_("The page's content, block by block.")
    )

    content_panels = [
        title_panel(
            _(
                "The page's heading, for example 'About the network' or 'Legal notice'. It also names the page "
                "in menus, breadcrumbs and the browser tab."
            )
        ),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction"), TranslatableField("body")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction"), index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("introduction"), APIField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    schema_type = "WebPage"

    page_description = _("Any content page written in blocks: about, contact, legal notice, privacy…")

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def get_child_pages(self):
        """Live public sub-pages for the 'In this section' list (one query per page type)."""
        return list(self.get_children().live().public().specific().order_by("path"))
