"""Two editors saving the same page: the second one is told, and neither version is lost.

Wagtail keeps every save as a revision, so the first editor's version stays in the page's
history. It refuses an autosave made from an out-of-date form, but a form submitted with the
Save, Publish or Submit button is saved without a word, and the second editor may never learn
that they replaced someone else's work. The edit form carries the revision it was opened on
(``loaded_revision_id``); when a newer one exists by the time it is saved, the editor gets a
warning after the save, with a link comparing the two versions.
"""

from django.urls import reverse
from django.utils.translation import gettext

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.utils import get_user_display_name

STALE_ATTRIBUTE = "_portal_newer_revision"


def newer_revision(request, page):
    """The revision saved since the posted form was opened, or None (Wagtail's ``is_out_of_date`` test)."""
    latest = page.revisions.order_by("-created_at", "-id").first()
    if latest is None:
        return None
    overwritten = request.POST.get("overwrite_revision_id")
    loaded = request.POST.get("loaded_revision_id")
    if overwritten:
        stale = overwritten != str(latest.pk)
    elif loaded:
        stale = loaded != str(latest.pk) or request.POST.get("loaded_revision_created_at", "") != (
            latest.created_at.isoformat()
        )
    else:
        stale = False
    return latest if stale else None


@hooks.register("before_edit_page")
def note_a_newer_revision(request, page):
    # Autosave (a JSON request) is refused by Wagtail itself when out of date.
    if request.method == "POST" and request.accepts("text/html"):
        setattr(request, STALE_ATTRIBUTE, newer_revision(request, page))


@hooks.register("after_edit_page")
def warn_of_the_replaced_revision(request, page):
    theirs = getattr(request, STALE_ATTRIBUTE, None)
    ours = page.get_latest_revision()
    if theirs is None or ours is None or ours.pk == theirs.pk:
        return
    author = get_user_display_name(theirs.user) if theirs.user else gettext("System")
    compare = reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, theirs.pk, ours.pk))
    messages.warning(
        request,
        gettext(
            "%(user)s saved a newer version of this page after you opened it. Your changes were saved "
            "on top of it; compare the two versions to bring back anything of theirs."
        )
        % {"user": author},
        buttons=[messages.button(compare, gettext("Compare"))],
    )
