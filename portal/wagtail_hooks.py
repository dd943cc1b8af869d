"""Admin registration of the shared vocabularies."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.models import InterventionField, Topic


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]
    copy_view_enabled = False


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"


class InterventionFieldViewSet(TermViewSet):
    model = InterventionField
    icon = "list-ul"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 310
    items = (TopicViewSet, InterventionFieldViewSet)


register_snippet(TaxonomyGroup)
