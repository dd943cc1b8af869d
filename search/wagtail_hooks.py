"""Admin for search: synonyms (a snippet), the report of what readers search for, and the page
chooser's search kept to the language of the page being edited.

Promoted results are Wagtail's own (Settings → Promoted search results); a promoted page
shows to readers of its language only.
"""

import datetime

import django_filters

from django.conf import settings
from django.db.models import Max, Sum
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet

from portal.choosers import PortalSnippetViewSet
from portal.exports import FormulaSafeExportMixin

from .models import SearchQueryRecord, SearchSynonym

PERIODS = [("7", _("Last 7 days")), ("30", _("Last 30 days")), ("365", _("Last 12 months"))]


class SearchSynonymViewSet(PortalSnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Search synonyms")
    menu_name = "search_synonyms"
    add_to_admin_menu = False
    list_display = ["term", "synonyms", "language"]
    list_filter = ["language"]
    search_fields = ["term", "synonyms"]


register_snippet(SearchSynonymViewSet)


class SearchTermsFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All"))
    period = django_filters.ChoiceFilter(label=_("Period"), choices=PERIODS, empty_label=None, method="filter_period")
    found_nothing = django_filters.BooleanFilter(
        label=_("Only searches that found nothing"), method="filter_found_nothing"
    )

    class Meta:
        model = SearchQueryRecord
        fields = ["language"]

    def filter_period(self, queryset, name, value):
        return queryset  # applied with the default in SearchTermsReport.get_filtered_queryset

    def filter_found_nothing(self, queryset, name, value):
        return queryset.filter(empty_searches__gt=0) if value else queryset


class SearchTermsReport(FormulaSafeExportMixin, ReportView):
    """The most frequent searches, and those that found nothing: the content readers miss."""

    page_title = _("Search terms")
    header_icon = "search"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    filterset_class = SearchTermsFilterSet
    list_export = ["query", "language", "searches", "empty_searches", "last_day"]
    export_headings = {
        "query": _("Search"),
        "language": _("Language"),
        "searches": _("Searches"),
        "empty_searches": _("Searches that found nothing"),
        "last_day": _("Last searched"),
    }
    columns = [
        Column("query", label=_("Search"), accessor=lambda row: row["query"]),
        Column("language", label=_("Language"), accessor=lambda row: row["language"]),
        Column("searches", label=_("Searches"), accessor=lambda row: row["searches"]),
        Column("empty_searches", label=_("Searches that found nothing"), accessor=lambda row: row["empty_searches"]),
        Column("last_day", label=_("Last searched"), accessor=lambda row: row["last_day"]),
    ]

    def get_queryset(self):
        return SearchQueryRecord.objects.all()

    def get_filtered_queryset(self):
        records = self.filter_queryset(self.get_queryset())
        days = self.request.GET.get("period", "30")
        days = int(days) if days in dict(PERIODS) else 30
        since = timezone.localdate() - datetime.timedelta(days=days - 1)
        return (
            records.filter(day__gte=since)
            .values("query", "language")
            .annotate(searches=Sum("searches"), empty_searches=Sum("empty_searches"), last_day=Max("day"))
            .order_by("-searches", "query")
        )

    def to_row_dict(self, item):
        return dict(item)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("reports/search-terms/", SearchTermsReport.as_view(), name="search_terms_report"),
        path(
            "reports/search-terms/results/",
            SearchTermsReport.as_view(results_only=True),
            name="search_terms_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return MenuItem(
        _("Search terms"), reverse("search_terms_report"), icon_name="search", name="search-terms", order=700
    )


@hooks.register("construct_page_chooser_queryset")
def search_pages_in_the_language_being_edited(pages, request):
    """The page chooser's search finds pages of the language it browses, not of every language.

    Opened from a page or snippet in French, Wagtail's chooser asks for ``?locale=fr`` and lists the
    French tree, and its search form passes the parameter on; Wagtail's search ignores it. Browsing is
    left alone: below the root it lists the children of the page shown, whatever the parameter says.
    """
    match = getattr(request, "resolver_match", None)
    code = request.GET.get("locale")
    if not code or match is None or match.url_name != "wagtailadmin_choose_page_search":
        return pages
    locale = Locale.objects.filter(language_code=code).first()
    return pages.filter(locale=locale) if locale is not None else pages
