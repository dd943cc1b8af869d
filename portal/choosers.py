"""Snippet choosers that list only what the user may see.

Wagtail's snippet chooser endpoints (``/admin/snippets/choose/<app>/<model>/``) answer any admin user: a
partner editor could read the list of join requests or interview requests through them. Every snippet
viewset of the portal derives from :class:`PortalSnippetViewSet`, whose chooser asks for at least one of
the model's permissions (add, change, delete, view), as its listing does.
"""

from django.core.exceptions import PermissionDenied

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from portal.exports import FormulaSafeExportMixin

ANY_PERMISSION = ("add", "change", "delete", "view")


class ModelPermissionRequired:
    def dispatch(self, request, *args, **kwargs):
        policy = ModelPermissionPolicy(self.model_class)
        if not policy.user_has_any_permission(request.user, ANY_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ChooseView(ModelPermissionRequired, snippet_chooser.ChooseView):
    pass


class ChooseResultsView(ModelPermissionRequired, snippet_chooser.ChooseResultsView):
    pass


class ChosenView(ModelPermissionRequired, snippet_chooser.SnippetChosenView):
    pass


class ChosenMultipleView(ModelPermissionRequired, snippet_chooser.SnippetChosenMultipleView):
    pass


class CreateView(ModelPermissionRequired, snippet_chooser.SnippetCreateView):
    pass


class PermissionCheckedChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
    create_view_class = CreateView


class SnippetIndexView(FormulaSafeExportMixin, IndexView):
    pass


class PortalSnippetViewSet(SnippetViewSet):
    chooser_viewset_class = PermissionCheckedChooserViewSet
    # The listings' CSV exports carry what visitors typed into public forms.
    index_view_class = SnippetIndexView
