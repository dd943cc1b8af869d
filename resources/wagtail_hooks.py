"""Admin for the press office: interview requests, and the preview links that share embargoed items."""

import datetime

import django_filters

from django import forms
from django.conf import settings
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.log_actions import log
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSetGroup

from portal.choosers import PortalSnippetViewSet

from .models import InterviewRequest, InterviewStatus, PressReleasePage, PreviewLink

MAX_LINK_DAYS = 60


class PreviewLinkForm(WagtailAdminModelForm):
    revoke = forms.BooleanField(
        label=_("Revoke this link"),
        required=False,
        help_text=_("The link stops working at once, for good. Make a new one if needed."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "page" in self.fields:
            self.fields["page"].queryset = PressReleasePage.objects.order_by("-release_at", "title")
        if not self.instance.pk or self.instance.revoked_at:
            self.fields.pop("revoke", None)

    def clean_expires_at(self):
        expires_at = self.cleaned_data["expires_at"]
        now = timezone.now()
        if expires_at <= now:
            raise forms.ValidationError(_("Choose a moment still to come."))
        start = self.instance.created_at if self.instance.pk else now
        if expires_at > start + datetime.timedelta(days=MAX_LINK_DAYS):
            raise forms.ValidationError(_("A preview link works for %(days)d days at most.") % {"days": MAX_LINK_DAYS})
        return expires_at

    def clean(self):
        cleaned = super().clean()
        page = cleaned.get("page") or (self.instance.page if self.instance.page_id else None)
        if page is not None and not self.instance.pk and not page.specific.is_under_embargo():
            self.add_error("page", _("This item is not under embargo: share its public address instead."))
        return cleaned

    def save(self, commit=True):
        link = super().save(commit=commit)
        if commit and self.cleaned_data.get("revoke") and link.revoked_at is None:
            user = getattr(self, "for_user", None)
            link.revoke(user)
            log(instance=link, action="resources.preview_link.revoke", user=user)
        return link


class PreviewAddressPanel(Panel):
    """The addresses to send to the journalist, once the link exists."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "resources/admin/preview_address_panel.html"

        def is_shown(self):
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None):
            from .press.embargo import preview_urls

            context = super().get_context_data(parent_context)
            link = self.instance
            site = link.page.get_site()
            root = site.root_url if site else ""
            context.update(
                link=link,
                urls={what: root + path for what, path in preview_urls(link).items()},
                visits=list(link.visits.all()[:20]),
                visit_count=link.visits.count(),
            )
            return context


class PreviewLinkCreateView(CreateView):
    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance() or self.model()
        page_id = self.request.GET.get("page", "")
        if page_id.isascii() and page_id.isdigit():
            instance.page = PressReleasePage.objects.filter(pk=int(page_id)).first()
        return instance

    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class PreviewLinkFilterSet(WagtailFilterSet):
    page = django_filters.ModelChoiceFilter(
        label=_("Press item"), queryset=PressReleasePage.objects.order_by("-release_at", "title")
    )

    class Meta:
        model = PreviewLink
        fields = ["page"]


class PreviewLinkViewSet(PortalSnippetViewSet):
    model = PreviewLink
    icon = "link"
    menu_label = _("Embargo preview links")
    add_view_class = PreviewLinkCreateView
    list_display = [
        "page",
        "recipient",
        "state",
        "expires_at",
        Column("visits_total", label=_("Openings")),
        "created_by",
    ]
    filterset_class = PreviewLinkFilterSet
    search_fields = ["recipient"]
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [
            PreviewAddressPanel(heading=_("Addresses to send")),
            FieldPanel("page"),
            FieldPanel("recipient"),
            FieldPanel("expires_at"),
            FieldPanel("revoke"),
        ],
        base_form_class=PreviewLinkForm,
    )

    def get_queryset(self, request):
        return PreviewLink.objects.select_related("page", "created_by").annotate(visits_total=Count("visits"))


class InterviewRequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=InterviewStatus.choices)
    created_at = django_filters.DateFromToRangeFilter(label=_("Received"))
    language = django_filters.ChoiceFilter(
        label=_("Language of the form"), choices=settings.LANGUAGES, empty_label=_("All")
    )

    class Meta:
        model = InterviewRequest
        fields = ["status", "created_at", "language"]


class InterviewRequestViewSet(PortalSnippetViewSet):
    model = InterviewRequest
    icon = "mail"
    menu_label = _("Interview requests")
    list_display = ["name", "media_outlet", "about_title", "deadline", "status", "created_at"]
    filterset_class = InterviewRequestFilterSet
    search_fields = ["name", "media_outlet", "email", "subject"]
    list_export = [
        "created_at",
        "name",
        "media_outlet",
        "email",
        "phone",
        "deadline",
        "about_title",
        "interview_language",
        "subject",
        "language",
        "status",
        "acknowledgement_sent_at",
        "notification_sent_at",
    ]
    export_filename = "interview-requests"
    copy_view_enabled = False
    inspect_view_enabled = True


class PressOfficeGroup(SnippetViewSetGroup):
    items = (InterviewRequestViewSet, PreviewLinkViewSet)
    menu_icon = "openquote"
    menu_label = _("Press office")
    menu_name = "press-office"
    menu_order = 302


register_snippet(PressOfficeGroup)


@hooks.register("register_log_actions")
def register_press_log_actions(actions):
    actions.register_action("resources.preview_link.revoke", _("Revoke preview link"), _("Preview link revoked"))


@hooks.register("register_page_header_buttons")
def preview_link_button(page, user, view_name, next_url=None):
    """'Share before release' on an embargoed press item, for editors who may make preview links."""
    specific = page.specific_deferred
    if not isinstance(specific, PressReleasePage) or not user.has_perm("resources.add_previewlink"):
        return
    if not specific.is_under_embargo():
        return
    url = reverse("wagtailsnippets_resources_previewlink:add") + f"?page={page.pk}"
    yield Button(_("Share before release"), url, icon_name="link", priority=80)
