"""A press item as journalists take it away: a typeset PDF in its language, and a press kit ZIP.

Both are made on demand and cached until the item changes. The cache key is a digest
of what goes into the file (the PDF's HTML, the images' files), so an edit to the
item, to a speaker's role or to a contact gives a new file, and nothing else does.
The digest is also the response's ETag.

WeasyPrint lays the PDF out from ``templates/resources/press_release_pdf.html`` and
``static/css/press-pdf.css`` with the portal's own fonts (Source Sans 3, in
``static/fonts/``) and logo. It may read only the portal's static files and media:
any other address in the content is refused, so typesetting never fetches from
the network.
"""

import hashlib
import io
import logging
import mimetypes
import zipfile
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.http import HttpResponse, HttpResponseNotModified
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext

logger = logging.getLogger(__name__)

# Bump when the layout changes, so cached files are made again.
LAYOUT_VERSION = "1"
CACHE_SECONDS = 30 * 24 * 3600
PDF_IMAGE_SPEC = "max-1000x700"
# The host WeasyPrint resolves the document's relative addresses against; never looked up.
BASE_URL = "https://portal.invalid/"
ZIP_DATE = (2024, 1, 1, 0, 0, 0)


def _static_file(name):
    """A static file's bytes: collected under its hashed name in production, found in the apps otherwise."""
    if staticfiles_storage.exists(name):
        with staticfiles_storage.open(name) as handle:
            return handle.read()
    found = finders.find(name)
    if not found:
        raise ValueError(f"No static file {name!r}")
    with open(found, "rb") as handle:
        return handle.read()


def keep_pillow_strict():
    """Undo WeasyPrint's import-time ``ImageFile.LOAD_TRUNCATED_IMAGES = True``.

    That switch is Pillow's, for the whole process: once a PDF had been made, the admin's image form
    (portal.images) would accept truncated uploads as images. A broken picture in a press item is
    left out of its PDF instead.
    """
    from PIL import ImageFile

    ImageFile.LOAD_TRUNCATED_IMAGES = False


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    keep_pillow_strict()

    class PortalFetcher(URLFetcher):
        """Serves the portal's static files and media to WeasyPrint; refuses every other address."""

        def fetch(self, url, headers=None):
            parts = urlsplit(url)
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if f"{parts.scheme}://{parts.netloc}/" != BASE_URL:
                raise ValueError(f"Refused to fetch {url!r} while typesetting")
            path = unquote(parts.path)
            if path.startswith(settings.STATIC_URL):
                body = _static_file(path.removeprefix(settings.STATIC_URL))
            elif path.startswith(settings.MEDIA_URL):
                with default_storage.open(path.removeprefix(settings.MEDIA_URL)) as handle:
                    body = handle.read()
            else:
                raise ValueError(f"Refused to fetch {url!r} while typesetting")
            mime_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
            return URLFetcherResponse(url, body, {"Content-Type": mime_type})

    return PortalFetcher


def pdf_html(page, request):
    """The HTML the PDF is typeset from, in the item's language."""
    with translation.override(page.locale.language_code):
        context = page.get_context(request)
        context.update(
            pdf_image_spec=PDF_IMAGE_SPEC,
            organisation_name=_organisation_name(request),
            page_url=page.full_url or "",
            kind_label=page.get_kind_display(),
        )
        return render_to_string("resources/press_release_pdf.html", context, request=request)


def _organisation_name(request):
    from portal.models import SiteSettings

    site_settings = SiteSettings.for_request(request) if request is not None else None
    return site_settings.organisation_name if site_settings else ""


class TypesettingUnavailable(Exception):
    """WeasyPrint cannot run here: the system lacks the Pango library it needs."""


def typeset(html):
    """PDF bytes from ``html``, laid out with the portal's stylesheet and fonts."""
    try:
        from weasyprint import CSS, HTML
        from weasyprint.text.fonts import FontConfiguration
    except OSError as error:  # cffi could not load Pango
        raise TypesettingUnavailable(str(error)) from error
    keep_pillow_strict()

    fetcher = _fetcher_class()()
    fonts = FontConfiguration()
    stylesheet_url = BASE_URL.rstrip("/") + settings.STATIC_URL + "css/press-pdf.css"
    stylesheet = CSS(url=stylesheet_url, font_config=fonts, url_fetcher=fetcher)
    document = HTML(string=html, base_url=BASE_URL, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[stylesheet], font_config=fonts, pdf_variant=None, uncompressed_pdf=False)


def _digest(*parts):
    sha = hashlib.sha256(LAYOUT_VERSION.encode())
    for part in parts:
        sha.update(part if isinstance(part, bytes) else str(part).encode())
        sha.update(b"\0")
    return sha.hexdigest()


def pdf_bytes(page, request):
    """(digest, PDF bytes) of ``page``, from the cache when its content has not changed."""
    html = pdf_html(page, request)
    digest = _digest("pdf", html)
    key = f"press-pdf:{digest}"
    pdf = cache.get(key)
    if pdf is None:
        pdf = typeset(html)
        cache.set(key, pdf, CACHE_SECONDS)
        logger.info("Typeset the PDF of press item %s (%d bytes)", page.pk, len(pdf))
    return digest, pdf


def filename(page, extension):
    return f"{slugify(page.title)[:80] or page.slug}.{extension}"


def _file_response(request, body, digest, content_type, name):
    etag = f'"{digest[:32]}"'
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["Content-Length"] = str(len(body))
    response["ETag"] = etag
    response["X-Robots-Tag"] = "noindex"
    return response


def _unavailable(page, error):
    logger.error("Cannot typeset press item %s: %s (install Pango, see docs/deploy.md)", page.pk, error)
    response = HttpResponse(
        gettext("The PDF cannot be made at the moment. Please try again later or contact the press office."),
        content_type="text/plain; charset=utf-8",
        status=503,
    )
    response["Retry-After"] = "3600"
    return response


def pdf_response(page, request):
    try:
        digest, pdf = pdf_bytes(page, request)
    except TypesettingUnavailable as error:
        return _unavailable(page, error)
    return _file_response(request, pdf, digest, "application/pdf", filename(page, "pdf"))


def _image_files(page):
    """[(name in the ZIP, image row, bytes)] of the item's press images, originals, in the page's order."""
    files = []
    for position, row in enumerate(page.press_images, start=1):
        image = row.image
        if image is None:
            continue
        try:
            with image.file.open("rb") as handle:
                data = handle.read()
        except OSError:
            logger.warning("Press kit of %s: the file of image %s is missing", page.pk, image.pk)
            continue
        original = image.file.name.rsplit("/", 1)[-1]
        stem, _dot, extension = original.rpartition(".")
        name = f"images/{position:02d}-{slugify(stem)[:60] or 'image'}.{extension.lower() or 'jpg'}"
        files.append((name, row, data))
    return files


def credits_text(page, images):
    """The press kit's CREDITS.txt, in the item's language."""
    with translation.override(page.locale.language_code):
        lines = [page.title, "=" * min(len(page.title), 78), ""]
        lines.append(gettext("Pictures for the press. Print each one with its credit, as given below."))
        lines.append("")
        for name, row, _data in images:
            lines.append(name)
            lines.append(f"  {gettext('Credit:')} {row.credit}")
            if row.caption:
                lines.append(f"  {gettext('Caption:')} {row.caption}")
            lines.append(f"  {gettext('Description:')} {row.alt_text}")
            if row.image.width and row.image.height:
                lines.append(f"  {gettext('Size:')} {row.image.width} × {row.image.height} px")
            lines.append("")
        if page.full_url:
            lines.append(f"{gettext('Online:')} {page.full_url}")
    return "\n".join(lines) + "\n"


def press_kit_bytes(page, request):
    """(digest, ZIP bytes): the PDF, the original images and their credits, cached like the PDF."""
    pdf_digest, pdf = pdf_bytes(page, request)
    images = _image_files(page)
    credits = credits_text(page, images)
    digest = _digest("zip", pdf_digest, credits, *(hashlib.sha256(data).hexdigest() for _n, _r, data in images))
    key = f"press-kit:{digest}"
    archive = cache.get(key)
    if archive is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as kit:
            entries = [(filename(page, "pdf"), pdf), ("CREDITS.txt", credits.encode())]
            entries += [(name, data) for name, _row, data in images]
            for name, data in entries:
                # Fixed dates: the same content gives the same archive, byte for byte.
                info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                kit.writestr(info, data)
        archive = buffer.getvalue()
        cache.set(key, archive, CACHE_SECONDS)
    return digest, archive


def press_kit_response(page, request):
    try:
        digest, archive = press_kit_bytes(page, request)
    except TypesettingUnavailable as error:
        return _unavailable(page, error)
    return _file_response(request, archive, digest, "application/zip", filename(page, "zip"))
