"""Preview links: how an embargoed press item reaches accredited journalists before its release.

A link's address carries ``<id>.<secret>:<signature>``: the secret is 43 random
URL-safe characters kept on the link, and the signature (Django's signing, keyed by
SECRET_KEY) makes a forged or altered token fail before the database is asked. A link
works until it expires or is revoked; once the item is released it redirects to the
public page. Each opening is recorded (time, what was fetched, a hash of the client's
address); creating and revoking links go to Wagtail's audit log.
"""

import logging

from django.core import signing
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare
from django.views.decorators.http import require_GET

from portal.documents import remember_preview_link
from portal.submissions import client_fingerprint

from ..models.press_access import PreviewLink, PreviewLinkVisit

logger = logging.getLogger(__name__)
SALT = "resources.press.preview-link"
ROUTES = ("page", "pdf", "press-kit")


def make_token(link):
    return signing.Signer(salt=SALT).sign(f"{link.pk}.{link.secret}")


def preview_path(link, what="page"):
    args = [make_token(link)]
    name = "press_preview" if what == "page" else "press_preview_file"
    if what != "page":
        args.append(what)
    return reverse(name, args=args)


def read_token(token, now=None):
    """The active link named by ``token``, or None (bad signature, unknown, revoked or expired)."""
    try:
        value = signing.Signer(salt=SALT).unsign(token)
    except signing.BadSignature:
        return None
    pk, _dot, secret = value.partition(".")
    if not pk.isdigit():
        return None
    link = PreviewLink.objects.select_related("page").filter(pk=int(pk)).first()
    if link is None or not constant_time_compare(link.secret, secret) or not link.is_active(now):
        return None
    return link


def _no_store(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow, noarchive"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_GET
def preview(request, token, what="page"):
    if what not in ROUTES:
        raise Http404
    link = read_token(token)
    if link is None:
        raise Http404
    page = link.page.specific
    if not page.is_under_embargo():
        # Released: the public page (or its download) is the one to read now.
        if not page.live:
            raise Http404
        target = page.url if what == "page" else page.url + page.reverse_subpage(what.replace("-", "_"))
        return HttpResponseRedirect(target)
    PreviewLinkVisit.objects.create(
        link=link, what=what, client=client_fingerprint(request), user_agent=request.headers.get("User-Agent", "")[:300]
    )
    logger.info("Preview link %s of press item %s opened (%s)", link.pk, page.pk, what)
    # The item's attachments are served to this browser too (portal.documents).
    remember_preview_link(request, link)
    # What the journalist sees is the item as it will be released: its latest revision.
    shown = page.get_latest_revision_as_object()
    request.press_preview = link
    request.is_preview = True
    with translation.override(shown.locale.language_code):
        if what == "page":
            response = shown.serve_preview(request, "")
            if hasattr(response, "render"):
                response.render()
        elif what == "pdf":
            from .downloads import pdf_response

            response = pdf_response(shown, request)
        else:
            from .downloads import press_kit_response

            response = press_kit_response(shown, request)
    return _no_store(response)


def preview_urls(link, request=None):
    """The addresses a journalist receives: the page, its PDF and its press kit (absolute with ``request``)."""
    paths = {what.replace("-", "_"): preview_path(link, what) for what in ROUTES}
    if request is not None:
        return {what: request.build_absolute_uri(path) for what, path in paths.items()}
    return paths
