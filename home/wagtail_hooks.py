"""Admin for people and working-group join requests: lists, filters, decisions, CSV export."""

import django_filters

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.functional import classproperty
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, LocaleColumn
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet

from home.models import JoinRequest, OrganisationPage, Person, WorkingGroupPage
from home.models.working_groups import JoinRequestStatus
from portal.choosers import PortalSnippetViewSet


def _label(model, field_name):
    return capfirst(model._meta.get_field(field_name).verbose_name)


class PersonFilterSet(WagtailFilterSet):
    # The language filter is Wagtail's own, added to every translatable model's filters.
    contact_is_public = django_filters.BooleanFilter(
        label=_label(Person, "contact_is_public"),
        widget=forms.RadioSelect(choices=[("", _("All")), ("true", _("Yes")), ("false", _("No"))]),
    )
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=OrganisationPage.objects.order_by("title", "locale_id")
    )

    class Meta:
        model = Person
        fields = ["contact_is_public", "organisation"]


class PersonViewSet(PortalSnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    menu_order = 300
    add_to_admin_menu = True
    # Wagtail adds the language column only to listings that keep its default columns.
    list_display = [
        "name",
        "role",
        # The organisation's profile when there is one, else the name typed in.
        Column("affiliation", label=_label(Person, "affiliation"), accessor="get_affiliation"),
        LocaleColumn(),
        BooleanColumn("contact_is_public", label=_label(Person, "contact_is_public")),
    ]
    filterset_class = PersonFilterSet
    search_fields = ["name", "role", "affiliation"]
    copy_view_enabled = False

    def get_queryset(self, request):
        return Person.objects.select_related("organisation")


class JoinRequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=JoinRequestStatus.choices)
    working_group = django_filters.ModelChoiceFilter(
        label=_("Working group"), queryset=WorkingGroupPage.objects.order_by("title", "locale_id")
    )
    created_at = django_filters.DateFromToRangeFilter(label=_("Received"))
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All"))

    class Meta:
        model = JoinRequest
        fields = ["status", "working_group", "created_at", "language"]


class JoinRequestViewSet(PortalSnippetViewSet):
    model = JoinRequest
    icon = "group"
    menu_label = _("Join requests")
    menu_order = 301
    add_to_admin_menu = True
    list_display = ["name", "organisation", "group_title", "country_name", "status", "created_at"]
    filterset_class = JoinRequestFilterSet
    search_fields = ["name", "organisation", "email", "motivation"]
    list_export = [
        "created_at",
        "group_title",
        "language",
        "name",
        "organisation",
        "role",
        "country_name",
        "email",
        "motivation",
        "status",
        "decided_at",
        "acknowledgement_sent_at",
        "notification_sent_at",
    ]
    export_headings = {"country_name": _("Country"), "group_title": _("Working group")}
    export_filename = "join-requests"
    copy_view_enabled = False
    inspect_view_enabled = True


register_snippet(PersonViewSet)
register_snippet(JoinRequestViewSet)


class DecideBulkAction(SnippetBulkAction):
    """Approve or decline several requests at once; the decision and its author are recorded."""

    status = None
    template_name = "wagtailsnippets/bulk_actions/confirm_bulk_decide.html"
    action_priority = 20

    @classproperty
    def models(cls):
        return [JoinRequest]

    def check_perm(self, obj):
        return self.request.user.has_perm("home.change_joinrequest")

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        now = timezone.now()
        count = JoinRequest.objects.filter(pk__in=[obj.pk for obj in objects]).update(
            status=cls.status, decided_at=now, decided_by=user
        )
        return count, 0

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}


@hooks.register("register_bulk_action")
class ApproveBulkAction(DecideBulkAction):
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve the selected requests")
    status = JoinRequestStatus.APPROVED

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d request approved.", "%(count)d requests approved.", num_parent_objects) % {
            "count": num_parent_objects
        }


@hooks.register("register_bulk_action")
class DeclineBulkAction(DecideBulkAction):
    display_name = _("Decline")
    action_type = "decline"
    aria_label = _("Decline the selected requests")
    status = JoinRequestStatus.DECLINED
    classes = {"serious"}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d request declined.", "%(count)d requests declined.", num_parent_objects) % {
            "count": num_parent_objects
        }


@hooks.register("before_edit_snippet")
def remember_status(request, instance):
    if isinstance(instance, JoinRequest):
        request.join_request_status_before_edit = instance.status


@hooks.register("after_edit_snippet")
def record_decision(request, instance):
    """A status changed in the edit form is a decision too: record when and by whom."""
    if isinstance(instance, JoinRequest) and instance.status != JoinRequestStatus.PENDING:
        previous = getattr(request, "join_request_status_before_edit", None)
        if previous != instance.status:
            instance.decided_at = timezone.now()
            instance.decided_by = request.user
            instance.save(update_fields=["decided_at", "decided_by"])
