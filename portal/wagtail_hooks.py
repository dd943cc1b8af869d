"""Admin registration of the shared vocabularies, and the translation status report and dashboard panel."""

import django_filters

from django import forms
from django.conf import settings
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BaseColumn, Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal import translation_status
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


# --- Translation status ------------------------------------------------------------------------------------


class TranslationStatusFilterSet(WagtailFilterSet):
    """Filters on the rows computed in memory: the report applies them itself (see TranslationStatusReport)."""

    section = django_filters.ChoiceFilter(label=_("Section"), empty_label=_("All"), widget=forms.RadioSelect)
    locale = django_filters.ChoiceFilter(label=_("Language"), empty_label=_("All"), widget=forms.RadioSelect)
    state = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=translation_status.STATES, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, status, **kwargs):
        super().__init__(*args, queryset=Page.objects.none(), **kwargs)
        self.filters["section"].extra["choices"] = [(section.key, section.title) for section in status.sections]
        self.filters["locale"].extra["choices"] = [
            (locale.language_code, locale.get_display_name()) for locale in status.locales
        ]


class TranslationTitleColumn(TitleColumn):
    cell_template_name = "portal/admin/translation_status_title_cell.html"

    def __init__(self, *args, next_url="", **kwargs):
        super().__init__(*args, **kwargs)
        self.next_url = next_url

    def get_link_url(self, instance, parent_context):
        return instance.edit_url if instance.can_edit else None

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["next_url"] = self.next_url
        return context


class TranslationCellColumn(BaseColumn):
    cell_template_name = "portal/admin/translation_status_cell.html"

    def __init__(self, locale, **kwargs):
        super().__init__(f"locale_{locale.language_code}", label=locale.get_display_name(), **kwargs)
        self.locale = locale

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["cell"] = instance.cell(self.locale)
        return context


class TranslationStatusReport(ReportView):
    """Every page with the state of its translation in each language: see portal.translation_status."""

    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    template_name = "portal/admin/translation_status.html"
    results_template_name = "portal/admin/translation_status_results.html"
    index_url_name = "translation_status_report"
    index_results_url_name = "translation_status_report_results"
    filterset_class = TranslationStatusFilterSet
    is_searchable = True
    any_permission_required = ["add", "change", "publish"]
    export_filename = "translation-status"
    paginate_by = 50
    table_classname = "listing translation-status-table"

    @cached_property
    def permission_policy(self):
        # The report lists page groups; who may see it is decided on pages, as for Wagtail's page reports.
        return policy_registry.get_by_type(Page)

    @cached_property
    def status(self):
        return translation_status.get_translation_status()

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "status": self.status}

    @cached_property
    def filter_values(self):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}

    @cached_property
    def locale(self):
        return self.status.locales_by_code.get(self.filter_values.get("locale") or "")

    @cached_property
    def shown_locales(self):
        return [self.locale] if self.locale else self.status.locales

    @cached_property
    def columns(self):
        return [
            TranslationTitleColumn("title", label=_("Title"), sort_key="title", next_url=self.current_url),
            Column("section", label=_("Section"), accessor="section.title", sort_key="section"),
            *(TranslationCellColumn(locale) for locale in self.shown_locales),
        ]

    def get_valid_orderings(self):
        return ["title", "-title", "section", "-section"]

    def get_queryset(self):
        rows = self.filter_queryset(self.status.rows)
        rows = self.search_queryset(rows)
        return self.order_queryset(rows)

    def get_filtered_queryset(self):
        return self.get_queryset()

    def filter_queryset(self, rows):
        values = self.filter_values
        return self.status.filter(
            rows, section=values.get("section") or None, locale=self.locale, states=values.get("state") or ()
        )

    def search_queryset(self, rows):
        return self.status.filter(rows, query=self.search_query) if self.is_searching else rows

    def order_queryset(self, rows):
        ordering = self.ordering or ""
        if ordering.lstrip("-") == "title":
            rows = sorted(rows, key=lambda row: row.title.casefold())
        elif ordering.lstrip("-") == "section":
            rows = sorted(rows, key=lambda row: row.position)
        return list(reversed(rows)) if ordering.startswith("-") else rows

    def decorate_paginated_queryset(self, rows):
        if self.is_export:
            return rows  # a spreadsheet has no links
        return self.status.allow(list(rows), self.request.user)

    def get_table_kwargs(self):
        return {**super().get_table_kwargs(), "caption": self.page_title}

    # Export: one column per language shown, with the state as the report names it.

    @cached_property
    def list_export(self):
        return ["title", "section", "page_type", "original_language"] + [
            f"locale_{locale.language_code}" for locale in self.shown_locales
        ]

    @cached_property
    def export_headings(self):
        return {
            "title": _("Title"),
            "section": _("Section"),
            "page_type": _("Type"),
            "original_language": _("Original language"),
            **{f"locale_{locale.language_code}": locale.get_display_name() for locale in self.shown_locales},
        }

    def to_row_dict(self, row):
        values = {
            "title": row.title,
            "section": row.section.title if row.section else "",
            "page_type": row.page_type,
            "original_language": row.original_locale.get_display_name(),
        }
        for locale in self.shown_locales:
            values[f"locale_{locale.language_code}"] = row.cell(locale).label
        return values

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        rows = self.object_list
        counts = self.status.count(rows, self.shown_locales)
        context["summary"] = [
            {"state": state, "label": label, "count": counts[state], "url": self.state_url(state)}
            for state, label in translation_status.STATES
        ]
        context["states"] = translation_status.STATE_LABELS
        return context

    def current_params(self):
        params = self.request.GET.copy()
        for name in ("_w_filter_fragment", "export"):
            params.pop(name, None)
        return params

    @cached_property
    def current_url(self):
        """The report as the user sees it (the results view answers filter changes, not the address bar)."""
        params = self.current_params()
        return f"{self.index_url}?{params.urlencode()}" if params else self.index_url

    def state_url(self, state):
        """The report with the current filters, showing the rows that have this state."""
        params = self.current_params()
        params.pop(self.page_kwarg, None)
        params.setlist("state", [state])
        return f"{self.index_url}?{params.urlencode()}"


def report_url(**params):
    url = reverse("translation_status_report")
    return f"{url}?{urlencode(params)}" if params else url


def may_see_translation_status(user):
    return policy_registry.get_by_type(Page).user_has_any_permission(user, ["add", "change", "publish"])


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_translation_status(request.user)


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path("reports/translations/", TranslationStatusReport.as_view(), name="translation_status_report"),
        path(
            "reports/translations/results/",
            TranslationStatusReport.as_view(results_only=True),
            name="translation_status_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status_report"),
        icon_name="wagtail-localize-language",
        name="translation-status",
        order=650,
    )


class TranslationStatusPanel(Component):
    """On the dashboard: per language, how many translations are up to date, outdated, missing or drafts."""

    name = "translation_status"
    order = 240
    template_name = "portal/admin/translation_status_panel.html"

    def get_context_data(self, parent_context):
        status = translation_status.get_translation_status()
        rows = []
        for locale, counts in status.counts_by_locale():
            code = locale.language_code
            rows.append(
                {
                    "locale": locale,
                    "url": report_url(locale=code),
                    "counts": [
                        {
                            "state": state,
                            "label": label,
                            "count": counts[state],
                            "url": report_url(locale=code, state=state),
                        }
                        for state, label in translation_status.STATES
                    ],
                }
            )
        return {"rows": rows, "states": translation_status.STATES, "report_url": report_url()}


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if len(settings.WAGTAIL_CONTENT_LANGUAGES) > 1 and may_see_translation_status(request.user):
        panels.append(TranslationStatusPanel())
