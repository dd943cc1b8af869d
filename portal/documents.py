"""Who may download a document that only hidden pages use.

Wagtail's document view (``/documents/<id>/<filename>``) checks the document's collection and
nothing else: the attachment of a press item under embargo, of a draft or of a members-only
page would reach anyone who has, or guesses, its address. Before a document is served, the
pages that use it (Wagtail's reference index, as for the read API in :mod:`portal.api`) are
looked at. It is served when:

- nothing uses it, or something other than a page does (a person's file, a snippet);
- one of the pages using it is live, released and open to this request (its view restrictions,
  and those of its ancestors, accept it: signed in, in the group, password given);
- the user works in the admin (editors open drafts' attachments);
- the request opened a preview link of a press item using it (journalists read the attachments
  of the item they were sent), while that link is active.

Anyone else gets a 404, as for the page itself. The collection's own restriction is checked
by Wagtail before this.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404

from wagtail import hooks
from wagtail.models import Page, ReferenceIndex

# The session holds the preview links this browser opened (resources.press.embargo).
PREVIEW_LINKS_SESSION_KEY = "press_preview_links"


def remember_preview_link(request, link):
    """Note in the session that this browser opened ``link``, so the item's attachments open too."""
    opened = request.session.get(PREVIEW_LINKS_SESSION_KEY, [])
    if link.pk not in opened:
        request.session[PREVIEW_LINKS_SESSION_KEY] = [*opened, link.pk][-20:]


def page_uses(document):
    """Ids of the pages using ``document``, or None when something other than a page uses it or nothing does."""
    uses = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(type(document)), to_object_id=str(document.pk)
    ).values_list("base_content_type_id", "object_id")
    page_type = ContentType.objects.get_for_model(Page).pk
    ids = set()
    for content_type, object_id in uses:
        if content_type != page_type:
            return None
        ids.add(int(object_id))
    return ids or None


def request_may_see_a_page(request, page_ids):
    from resources.models.press import not_under_embargo

    for page in not_under_embargo(Page.objects.live().filter(pk__in=page_ids)):
        if all(restriction.accept_request(request) for restriction in page.get_view_restrictions()):
            return True
    return False


def request_previews_a_page(request, page_ids):
    from resources.models.press_access import PreviewLink

    opened = request.session.get(PREVIEW_LINKS_SESSION_KEY) if hasattr(request, "session") else None
    if not opened:
        return False
    links = PreviewLink.objects.filter(pk__in=opened, page_id__in=page_ids)
    return any(link.is_active() for link in links)


def may_download(document, request):
    page_ids = page_uses(document)
    if page_ids is None:
        return True
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        return True
    return request_may_see_a_page(request, page_ids) or request_previews_a_page(request, page_ids)


@hooks.register("before_serve_document", order=100)
def refuse_documents_of_hidden_pages(document, request):
    if not may_download(document, request):
        raise Http404("This document is not available.")
