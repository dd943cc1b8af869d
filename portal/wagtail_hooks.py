"""Admin registration of the shared vocabularies."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.models import TAXONOMIES


class TermViewSet(SnippetViewSet):
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]
    copy_view_enabled = False


def _viewset(model):
    return type(f"{model.__name__}ViewSet", (TermViewSet,), {"model": model})


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 310
    items = tuple(_viewset(model) for model in TAXONOMIES)


register_snippet(TaxonomyGroup)
