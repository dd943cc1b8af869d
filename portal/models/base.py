"""The abstract page every portal page type inherits."""

from rest_framework.fields import CharField

from django.http import Http404
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.api_fields import LISTING_RENDITIONS, RenditionsField

from .mixins import ContentOwnershipMixin, ListingMixin, SocialMixin

# One wording for the title of every page that lists others: directory, project list, library, press room...
LIST_TITLE_HELP = _(
    "The list's heading, for example 'Partners', 'Projects' or 'Events'. It also names the page in the menu "
    "and in breadcrumbs."
)


def title_panel(help_text):
    """Wagtail's title field, saying what the title of one page type is and where readers see it.

    Wagtail's own help text ("The page title as you'd like it to be seen by the public") says nothing
    of the page type; each type's ``content_panels`` starts with its own.
    """
    return TitleFieldPanel("title", help_text=help_text)


class BasePage(ListingMixin, SocialMixin, ContentOwnershipMixin, Page):
    """Shared fields, panels, translation and search declarations for every page type.

    Subclasses extend the lists (``BasePage.translatable_fields + [...]``) rather
    than repeating them.
    """

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("listing_title"),
        TranslatableField("listing_summary"),
        TranslatableField("social_text"),
        SynchronizedField("listing_image"),
        SynchronizedField("social_image"),
        SynchronizedField("show_in_menus"),
        SynchronizedField("content_owner"),
        SynchronizedField("review_by"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("listing_summary", boost=1.5),
        index.SearchField("search_description"),
        index.FilterField("locale"),
    ]

    # What the read API (portal.api, docs/api.md) shows of every page besides Wagtail's own fields
    # (title, slug, seo_title, search_description, locale...). Subclasses extend the list. Never
    # the content owner, the review date or anything else only editors see.
    api_fields = [
        APIField("listing_title", serializer=CharField(source="get_listing_title", read_only=True)),
        APIField("listing_summary", serializer=CharField(source="get_listing_summary", read_only=True)),
        APIField("listing_image", serializer=RenditionsField(specs=LISTING_RENDITIONS)),
        APIField("social_text"),
        APIField("social_image", serializer=RenditionsField()),
        APIField("last_published_at"),
    ]

    content_panels = [
        title_panel(
            _(
                "The page's heading. It also names the page in the browser tab and in search results, "
                "unless a title tag is set."
            )
        )
    ]
    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
            heading=_("For search engines"),
        ),
        FieldPanel("show_in_menus"),
        *ListingMixin.panels,
        *SocialMixin.panels,
    ]
    settings_panels = Page.settings_panels + ContentOwnershipMixin.panels

    # Breadcrumbs and JSON-LD describe every page the same way unless a type says more.
    schema_type = "WebPage"

    class Meta:
        abstract = True

    @cached_property
    def breadcrumb_ancestors(self):
        """Ancestors from the language's home page down to the parent (one query)."""
        return list(self.get_ancestors().filter(depth__gt=1).specific(defer=True))

    def route(self, request, path_components):
        """Wagtail's routing, with the whole address looked up at once.

        Wagtail asks for each level in turn: the child with the next slug, then its specific
        row, two queries per level. Here the deepest page whose address starts the requested
        one is found in one query and routes the rest itself (a schedule, a feed, a file), as
        Wagtail would have reached it. The answers are the same, 404s included.
        """
        if len(path_components) < 2:
            return super().route(request, path_components)
        prefixes = ["/".join(path_components[:length]) + "/" for length in range(1, len(path_components) + 1)]
        found = (
            Page.objects.filter(url_path__in=[self.url_path + prefix for prefix in prefixes], depth__gt=self.depth)
            .filter(path__startswith=self.path)
            .order_by("-depth")
            .first()
        )
        if found is None:
            raise Http404
        return found.specific.route(request, path_components[found.depth - self.depth :])

    def get_context(self, request, *args, **kwargs):
        # The locale comes from the cache (portal.lookups): the templates ask for it often.
        from portal.lookups import prime_locale

        prime_locale(self)
        return super().get_context(request, *args, **kwargs)

    def serve_preview(self, request, mode_name):
        """Preview in the page's own language, as its readers see it, whatever the admin's language.

        The response is rendered inside the override: a TemplateResponse renders late otherwise.
        """
        with translation.override(self.locale.language_code):
            response = super().serve_preview(request, mode_name)
            if hasattr(response, "render"):
                response.render()
        return response

    def get_social_image(self):
        return self.social_image or self.listing_image

    def get_json_ld_extra(self, request):
        """Properties a page type adds to its own schema.org node."""
        return {}

    def get_json_ld_entity(self, request):
        """The schema.org node of the thing the page is about (its ``mainEntity``), or None."""
        return None
