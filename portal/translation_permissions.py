"""wagtail-localize's translation views, held to the page and snippet permissions.

wagtail-localize lets anyone with ``submit_translation`` translate any page or snippet into any language
and, when syncing, publish every translation. Here:

- translating needs the right to edit the source (a page one may not edit, or a snippet type one may not
  change, cannot be copied into another language: the case of Wagtail's advisory on copying for
  translation);
- the languages offered are those where the user may create the translation: add a page under the
  parent's translation (or, where the parent has none yet, under the source's parent);
- "Sync translated pages" needs the right to edit the source, and its "Publish immediately" the right to
  publish every translation it would publish.

The views keep wagtail-localize's URLs and names: portal's admin URLs come first (portal is the first
installed app), so these answer instead.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView


def user_can_edit_object(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user.has_perm(get_permission_name("change", type(instance)))


def creatable_locale_ids(user, page, locales):
    """The locales among ``locales`` where ``user`` may create ``page``'s translation.

    The translation goes under the parent's translation; where that is missing, wagtail-localize creates
    the missing ancestors too, so the user must be allowed to add pages under the nearest ancestor that the
    language has (the root, for a language without a tree yet).
    """
    ancestors = list(page.get_ancestors().specific(defer=True).order_by("-depth"))
    translated = {}
    for row in Page.objects.filter(
        translation_key__in=[ancestor.translation_key for ancestor in ancestors], alias_of__isnull=True
    ).only("pk", "translation_key", "locale_id", "depth", "path"):
        translated[(row.translation_key, row.locale_id)] = row
    allowed = []
    for locale in locales:
        target = next(
            (
                translated[(ancestor.translation_key, locale.pk)]
                for ancestor in ancestors
                if (ancestor.translation_key, locale.pk) in translated and not ancestor.is_root()
            ),
            None,
        )
        target = target or ancestors[-1]  # the root
        if target.permissions_for_user(user).can_add_subpage():
            allowed.append(locale.pk)
    return allowed


class PageTranslationView(SubmitPageTranslationView):
    def get_object(self):
        page = super().get_object()
        if not page.permissions_for_user(self.request.user).can_edit():
            raise PermissionDenied
        return page

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(
            id__in=creatable_locale_ids(self.request.user, self.object, field.queryset)
        )
        if not field.queryset.exists():
            field.help_text = _("You may not create translations of this page in any language.")
        return form


class SnippetTranslationView(SubmitSnippetTranslationView):
    def get_object(self):
        instance = super().get_object()
        if not user_can_edit_object(self.request.user, instance):
            raise PermissionDenied
        return instance


class SyncTranslationsView(UpdateTranslationsView):
    def dispatch(self, request, *args, **kwargs):
        source = self.get_object()
        instance = source.get_source_instance()
        if request.user.is_authenticated and not user_can_edit_object(request.user, instance):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        if form.cleaned_data.get("publish_translations") and not self.may_publish_all():
            raise PermissionDenied
        return super().form_valid(form)

    def may_publish_all(self):
        user = self.request.user
        for translation in self.object.translations.filter(enabled=True).select_related("target_locale"):
            target = translation.get_target_instance()
            if isinstance(target, Page):
                if not target.permissions_for_user(user).can_publish():
                    return False
            elif not user.has_perm(get_permission_name("publish", type(target))) and hasattr(target, "live"):
                return False
        return True


def admin_urls():
    """Registered under /admin/localize/ before wagtail-localize's own (see portal.wagtail_hooks)."""
    return [
        path("submit/page/<int:page_id>/", PageTranslationView.as_view(), name="portal_submit_page_translation"),
        path(
            "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SnippetTranslationView.as_view(),
            name="portal_submit_snippet_translation",
        ),
        path("update/<int:translation_source_id>/", SyncTranslationsView.as_view(), name="portal_update_translations"),
    ]
