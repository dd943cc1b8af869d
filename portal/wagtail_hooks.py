"""Admin registration of the shared vocabularies, the translation status and content review reports, and their
dashboard panels."""

import django_filters

from django import forms
from django.conf import settings
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BaseColumn, Column, LocaleColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.signals import init_new_page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from portal import ownership, translation_permissions, translation_status
from portal.choosers import PortalSnippetViewSet
from portal.exports import FormulaSafeExportMixin
from portal.models import TAXONOMIES
from portal.models.mixins import ContentOwnershipMixin


class TermViewSet(PortalSnippetViewSet):
    icon = "tag"
    list_display = ["name", "slug", LocaleColumn()]
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


class TranslationStatusReport(FormulaSafeExportMixin, ReportView):
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
def register_translation_permission_urls():
    # The same addresses as wagtail-localize's, matched first (portal's hooks run first): see
    # portal.translation_permissions.
    return [path("localize/", include(translation_permissions.admin_urls()))]


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


# --- Content review ----------------------------------------------------------------------------------------
# Defaults for new pages, the Content review report and the "Reviews due" dashboard panel: see portal.ownership.


def _field_label(name):
    return capfirst(ContentOwnershipMixin._meta.get_field(name).verbose_name)


@hooks.register("after_create_page")
def complete_new_page_ownership(request, page):
    ownership.complete_saved_page(page, request.POST, created=True)


@hooks.register("after_edit_page")
def complete_edited_page_ownership(request, page):
    ownership.complete_saved_page(page, request.POST, created=False)


def prefill_page_ownership(sender, page, parent, **kwargs):
    ownership.prefill_new_page(page, parent)


# Wagtail sends init_new_page from the add view, which has run hooks (so imported this module) by then.
init_new_page.connect(prefill_page_ownership, dispatch_uid="portal-ownership-prefill")


class ContentReviewFilterSet(WagtailFilterSet):
    """Filters on the rows computed in memory: the report applies them itself (see ContentReviewReport)."""

    state = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=ownership.STATES, widget=forms.CheckboxSelectMultiple
    )
    locale = django_filters.ChoiceFilter(label=_("Language"), empty_label=_("All"), widget=forms.RadioSelect)
    owner = django_filters.ChoiceFilter(label=_field_label("content_owner"), empty_label=_("All"))

    def __init__(self, *args, rows, **kwargs):
        super().__init__(*args, queryset=Page.objects.none(), **kwargs)
        self.filters["locale"].extra["choices"] = [
            (locale.language_code, locale.get_display_name()) for locale in ownership.locales_of(rows)
        ]
        self.filters["owner"].extra["choices"] = [
            (str(owner.pk), ownership.display_name(owner)) for owner in ownership.owners_of(rows)
        ]


class ContentReviewTitleColumn(TitleColumn):
    def get_link_url(self, instance, parent_context):
        return instance.edit_url if instance.can_edit else None


class ContentOwnerColumn(Column):
    cell_template_name = "portal/admin/content_review_owner_cell.html"


class ReviewByColumn(Column):
    cell_template_name = "portal/admin/content_review_date_cell.html"


class LastPublishedColumn(Column):
    cell_template_name = "portal/admin/content_review_published_cell.html"


class ContentReviewReport(FormulaSafeExportMixin, ReportView):
    """Pages overdue or due soon for review, without a date or an owner, or whose owner has left."""

    page_title = _("Content review")
    header_icon = "calendar-check"
    template_name = "portal/admin/content_review.html"
    results_template_name = "portal/admin/content_review_results.html"
    index_url_name = "content_review_report"
    index_results_url_name = "content_review_report_results"
    filterset_class = ContentReviewFilterSet
    is_searchable = True
    export_filename = "content-review"
    paginate_by = 50
    default_ordering = "review_by"
    table_classname = "listing content-review-table"
    # Every admin user may open it: it lists the pages they may edit and those they own.
    permission_policy = None

    @cached_property
    def rows(self):
        return ownership.review_rows(self.request.user)

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "rows": self.rows}

    @cached_property
    def filter_values(self):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}

    @cached_property
    def columns(self):
        return [
            ContentReviewTitleColumn("title", label=_("Title"), sort_key="title"),
            Column("language", label=_("Language"), sort_key="language"),
            Column("page_type", label=_("Type"), sort_key="page_type"),
            ContentOwnerColumn("owner", label=_field_label("content_owner"), sort_key="owner"),
            ReviewByColumn("review_by", label=_field_label("review_by"), sort_key="review_by"),
            LastPublishedColumn("last_published_at", label=_("Last published"), sort_key="last_published_at"),
        ]

    # The value each column sorts by; rows without one (no owner, no date) come last either way.
    ORDERINGS = {
        "title": lambda row: row.title.casefold(),
        "language": lambda row: str(row.language).casefold(),
        "page_type": lambda row: str(row.page_type).casefold(),
        "owner": lambda row: row.owner_name.casefold() or None,
        "review_by": lambda row: row.review_by,
        "last_published_at": lambda row: row.last_published_at,
    }

    def get_valid_orderings(self):
        return [*self.ORDERINGS, *(f"-{name}" for name in self.ORDERINGS)]

    def get_queryset(self):
        return self.order_queryset(self.search_queryset(self.filter_queryset(self.rows)))

    def get_filtered_queryset(self):
        return self.get_queryset()

    def filter_queryset(self, rows):
        values = self.filter_values
        return ownership.filter_rows(
            rows,
            states=values.get("state") or (),
            locale=values.get("locale") or None,
            owner=values.get("owner") or None,
        )

    def search_queryset(self, rows):
        return ownership.filter_rows(rows, query=self.search_query) if self.is_searching else rows

    def order_queryset(self, rows):
        ordering = self.ordering or self.default_ordering
        key = self.ORDERINGS[ordering.lstrip("-")]
        rows = sorted(rows, key=lambda row: row.sort_key)  # ties: most urgent first
        present = sorted((row for row in rows if key(row) is not None), key=key, reverse=ordering.startswith("-"))
        return present + [row for row in rows if key(row) is None]

    def get_table_kwargs(self):
        return {**super().get_table_kwargs(), "caption": self.page_title}

    list_export = ["title", "language", "page_type", "owner", "review_by", "status", "last_published", "edit_url"]

    @cached_property
    def export_headings(self):
        return {
            "title": _("Title"),
            "language": _("Language"),
            "page_type": _("Type"),
            "owner": _field_label("content_owner"),
            "review_by": _field_label("review_by"),
            "status": _("Status"),
            "last_published": _("Last published"),
            "edit_url": _("Edit address"),
        }

    def to_row_dict(self, row):
        return {
            "title": row.title,
            "language": row.language,
            "page_type": row.page_type,
            "owner": row.owner_name,
            "review_by": row.review_by,
            "status": ", ".join(str(label) for label in row.state_labels),
            "last_published": timezone.localdate(row.last_published_at) if row.last_published_at else None,
            "edit_url": row.full_edit_url(settings.WAGTAILADMIN_BASE_URL) if row.can_edit else "",
        }

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        counts = ownership.count_states(self.object_list)
        context["summary"] = [
            {"state": state, "label": label, "count": counts[state], "url": self.state_url(state)}
            for state, label in ownership.STATES
        ]
        context["states"] = ownership.STATES
        context["due_soon_days"] = ownership.DUE_SOON_DAYS
        return context

    def state_url(self, state):
        """The report with the current filters, showing the rows in this state."""
        params = self.request.GET.copy()
        for name in ("_w_filter_fragment", "export", self.page_kwarg):
            params.pop(name, None)
        params.setlist("state", [state])
        return f"{self.index_url}?{params.urlencode()}"


def content_review_url(**params):
    url = reverse("content_review_report")
    return f"{url}?{urlencode(params)}" if params else url


@hooks.register("register_admin_urls")
def register_content_review_urls():
    return [
        path("reports/content-review/", ContentReviewReport.as_view(), name="content_review_report"),
        path(
            "reports/content-review/results/",
            ContentReviewReport.as_view(results_only=True),
            name="content_review_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_content_review_menu_item():
    return MenuItem(
        _("Content review"),
        reverse("content_review_report"),
        icon_name="calendar-check",
        name="content-review",
        order=660,
    )


class ReviewsDuePanel(Component):
    """On the dashboard: how many pages are overdue for review or lost their owner, and the first overdue ones."""

    name = "reviews_due"
    order = 235
    template_name = "portal/admin/reviews_due_panel.html"
    shown = 5

    def __init__(self, user, rows):
        self.user = user
        self.rows = rows

    @cached_property
    def counts(self):
        return ownership.count_states(self.rows)

    @property
    def is_shown(self):
        return bool(self.counts[ownership.OVERDUE] or self.counts[ownership.OWNER_LEFT])

    def get_context_data(self, parent_context):
        overdue = [row for row in self.rows if row.is_overdue]
        # Their own pages first, then the longest overdue.
        overdue.sort(key=lambda row: (row.owner is None or row.owner.pk != self.user.pk, row.sort_key))
        return {
            "overdue_count": self.counts[ownership.OVERDUE],
            "owner_left_count": self.counts[ownership.OWNER_LEFT],
            "overdue_url": content_review_url(state=ownership.OVERDUE),
            "owner_left_url": content_review_url(state=ownership.OWNER_LEFT),
            "report_url": content_review_url(),
            "pages": overdue[: self.shown],
            "owner_label": _field_label("content_owner"),
            "review_by_label": _field_label("review_by"),
        }


@hooks.register("construct_homepage_panels")
def add_reviews_due_panel(request, panels):
    panel = ReviewsDuePanel(request.user, ownership.review_rows(request.user))
    if panel.is_shown:
        panels.append(panel)


# Modules whose hooks register when they are imported.
from portal import content_checks, documents, edit_conflicts, role_panel, security  # noqa: E402,F401
