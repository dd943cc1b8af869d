"""Uploads and media: what editors may upload, how files are served, and who may fetch them.

- documents: only the allowed extensions and sizes pass the admin's upload forms; a download is
  an attachment that cannot run as a page (CSP ``default-src 'none'``, ``nosniff``); documents of
  private collections, and those only hidden pages use (a press item under embargo, a draft, a
  members-only page), reach nobody who may not see them, by any address;
- images: oversized files, decompression bombs and SVG are refused with a form error;
- renditions: only the sizes in :data:`portal.images.RENDITION_SPECS` are ever made; no address
  or API parameter makes another one.
"""

import ast
import contextlib
import datetime
import importlib
import re
import signal
import struct
import time
import zlib
from pathlib import Path

import pytest
import time_machine

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import NoReverseMatch, clear_url_caches, reverse
from django.utils.text import smart_split

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.utils import generate_signature
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from portal.images import RENDITION_SPECS
from resources.models import PreviewLink
from resources.press.embargo import preview_path
from tests.factories.pages import add_standard_page
from tests.factories.press import add_press_item, add_press_room, add_preview_link, in_days
from tests.factories.resources import add_document, add_image, add_library, add_resource, make_pdf

pytestmark = pytest.mark.django_db

BASE_DIR = Path(settings.BASE_DIR)
Document = get_document_model()
Image = get_image_model()
Rendition = Image.get_rendition_model()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Files uploaded by a test land in its own folder, removed afterwards."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def form_errors(response, field="file"):
    return response.context["form"].errors.get(field, [])


# --- Documents: what the admin accepts ------------------------------------------------------------


def upload_document(admin_client, filename, data):
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": filename,
            "file": SimpleUploadedFile(filename, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("page.html", b"<html><script>alert(document.cookie)</script></html>"),
        ("page.HTM", b"<html><script>alert(document.cookie)</script></html>"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("app.js", b"alert(document.cookie)"),
        ("setup.exe", b"MZ\x90\x00"),
        ("report.pdf.html", b"<html><script>alert(1)</script></html>"),
    ],
)
def test_the_admin_refuses_documents_outside_the_allowed_extensions(admin_client, home, filename, data):
    response = upload_document(admin_client, filename, data)
    assert response.status_code == 200
    [error] = form_errors(response)
    assert "extension" in error.lower()
    assert not Document.objects.exists()

    # The multiple upload (the admin's "Add a document" button) refuses it the same way.
    response = admin_client.post(reverse("wagtaildocs:add_multiple"), {"files[]": SimpleUploadedFile(filename, data)})
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "extension" in response.json()["error_message"].lower()
    assert not Document.objects.exists()


def test_the_admin_accepts_a_pdf(admin_client, home):
    data = make_pdf(["Naloxone saves lives."])
    response = upload_document(admin_client, "guide.pdf", data)
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.file.name.endswith(".pdf")
    assert document.file.read() == data


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=2048)
def test_the_admin_refuses_a_document_over_the_size_limit(admin_client, home):
    response = upload_document(admin_client, "big.pdf", b"%PDF-1.4\n" + b"0" * 4096)
    assert response.status_code == 200
    errors = form_errors(response)
    assert any("too big" in error for error in errors), errors
    assert not Document.objects.exists()
    # Just under the limit passes.
    assert upload_document(admin_client, "small.pdf", b"%PDF-1.4\n" + b"0" * 1024).status_code == 302


def test_the_document_size_limit_is_set():
    """Wagtail has no limit unless one is set; the proxy's client_max_body_size (docs/deploy.md) is above it."""
    assert 0 < settings.WAGTAILDOCS_MAX_UPLOAD_SIZE <= 50 * 1024 * 1024


# --- Documents: how they are served ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("notes.txt", b"<html><script>alert(document.cookie)</script></html>"),
        ("guide.pdf", make_pdf(["A guide."])),
    ],
)
def test_a_document_is_an_attachment_that_cannot_run_as_a_page(client, home, filename, data):
    document = add_document("File", data, filename)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    # Wagtail's WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT (on unless set to False): no script, style or frame.
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert body(response) == data


# --- Documents of private collections -------------------------------------------------------------


@pytest.fixture
def private(home):
    """Two private collections (login, group) with a document each, both editions of a public resource."""
    root = Collection.get_first_root_node()
    members = root.add_child(name="Members only")
    CollectionViewRestriction.objects.create(collection=members, restriction_type="login")
    board = root.add_child(name="Board")
    group = Group.objects.create(name="Board members")
    restriction = CollectionViewRestriction.objects.create(collection=board, restriction_type="groups")
    restriction.groups.set([group])
    minutes = add_document("Wombat minutes", make_pdf(["Members' minutes."]), "wombat-minutes.pdf", members)
    accounts = add_document("Quokka accounts", make_pdf(["Board accounts."]), "quokka-accounts.pdf", board)
    public = add_document("Public guide", make_pdf(["A guide."]), "guide.pdf")
    library = add_library(home)
    resource = add_resource(library, "Overdose response", files=[(public, "en"), (minutes, "fr"), (accounts, "de")])
    return {
        "minutes": minutes,
        "accounts": accounts,
        "public": public,
        "library": library,
        "resource": resource,
        "group": group,
    }


@pytest.mark.parametrize("name", ["minutes", "accounts"])
def test_a_private_document_is_not_served_to_a_visitor(client, private, name):
    document = private[name]
    response = client.get(document.url)
    assert response.status_code == 302
    # Wagtail sends visitors to sign in (WAGTAIL_FRONTEND_LOGIN_URL), then back to the document.
    assert "/login/?next=" in response["Location"]
    assert make_pdf(["Members' minutes."]) not in body(response)


def test_a_group_document_is_served_to_the_group_only(client, private):
    document = private["accounts"]
    outsider = get_user_model().objects.create_user("outsider", "outsider@example.org", "x")
    client.force_login(outsider)
    assert client.get(document.url).status_code == 302
    outsider.groups.add(private["group"])
    response = client.get(document.url)
    assert response.status_code == 200
    assert body(response) == make_pdf(["Board accounts."])


def test_private_documents_are_listed_nowhere_public(client, private):
    hidden = [private["minutes"], private["accounts"]]
    listing = client.get("/api/v2/documents/").json()
    assert [item["id"] for item in listing["items"]] == [private["public"].pk]
    for document in hidden:
        assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404
        assert client.get("/api/v2/documents/", {"search": document.title.split()[0]}).json()["items"] == []
    # The site's search leaves out their words (tests/resources/test_extraction.py); its results are pages.
    for response in (client.get(private["resource"].url), client.get(private["library"].url)):
        assert response.status_code == 200
        content = response.content.decode()
        for document in hidden:
            assert document.url not in content
            assert document.title not in content
            assert document.filename not in content


# --- Documents only hidden pages use ----------------------------------------------------------------


def attachment(document):
    return [("document", {"document": document, "title": "Full report", "description": ""})]


@pytest.fixture
def embargoed(home):
    room = add_press_room(home)
    report = add_document("Lighthouse report", b"%PDF-1.4 lighthouse", "lighthouse.pdf")
    item = add_press_item(room, "Lighthouse study", release_at=in_days(2), body=attachment(report))
    assert not item.live and item.is_under_embargo()
    return item, report


def test_an_embargoed_items_attachment_is_not_served_before_the_release(client, embargoed):
    item, report = embargoed
    assert client.get(report.url).status_code == 404
    assert client.get(f"{item.get_parent().url}{item.slug}/pdf/").status_code == 404
    # At the release time the scheduler publishes the item, and its attachment opens to everyone.
    with time_machine.travel(item.release_at + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", verbosity=0)
        response = client.get(report.url)
        assert response.status_code == 200
        assert body(response) == b"%PDF-1.4 lighthouse"


def test_editors_and_journalists_with_a_preview_link_get_the_attachment(client, admin_client, embargoed):
    item, report = embargoed
    assert admin_client.get(report.url).status_code == 200

    link = add_preview_link(item)
    assert client.get(report.url).status_code == 404
    assert client.get(preview_path(link)).status_code == 200
    response = client.get(report.url)
    assert response.status_code == 200
    assert body(response) == b"%PDF-1.4 lighthouse"

    # Revoked, the link no longer opens the attachment.
    PreviewLink.objects.filter(pk=link.pk).update(revoked_at=in_days(0))
    assert client.get(report.url).status_code == 404


def test_a_document_only_a_draft_or_a_members_page_uses_is_not_served_to_visitors(client, home):
    draft_file = add_document("Draft annex", b"%PDF-1.4 draft", "draft-annex.pdf")
    members_file = add_document("Members annex", b"%PDF-1.4 members", "members-annex.pdf")
    draft = add_standard_page(home, "Draft page", body=attachment(draft_file))
    draft.unpublish()
    members = add_standard_page(home, "Members page", body=attachment(members_file))
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(draft_file.url).status_code == 404
    assert client.get(members_file.url).status_code == 404

    member = get_user_model().objects.create_user("member", "member@example.org", "x")
    client.force_login(member)
    assert client.get(members_file.url).status_code == 200
    assert client.get(draft_file.url).status_code == 404

    # Once a public page uses it too, anyone gets it.
    client.logout()
    add_standard_page(home, "Public page", body=attachment(draft_file))
    assert client.get(draft_file.url).status_code == 200


# --- Media files: renditions only -------------------------------------------------------------------


@contextlib.contextmanager
def media_served():
    """The URLconf as it is with SERVE_MEDIA=1 (DEBUG or a single server without a proxy)."""
    import portal.urls

    try:
        with override_settings(SERVE_MEDIA=True):
            importlib.reload(portal.urls)
            clear_url_caches()
            yield
    finally:
        importlib.reload(portal.urls)
        clear_url_caches()


def test_only_renditions_are_served_from_media(client, home):
    image = add_image("Conference hall")
    rendition = image.get_rendition("fill-160x160")
    document = add_document("Wombat minutes", b"%PDF-1.4 secret", "wombat-minutes.pdf")
    with media_served():
        assert reverse("media", args=["images/x.png"]) == "/media/images/x.png"
        response = client.get(rendition.url)
        assert response.status_code == 200
        assert body(response) == rendition.file.open("rb").read()
        refused = [
            f"/media/{document.file.name}",
            f"/media/{image.file.name}",
            f"/media/images/../{document.file.name}",
            f"/media/images/%2E%2E/{document.file.name}",
            f"/media/images/..%2F{document.file.name}",
            "/media/images/",
        ]
        for address in refused:
            # A 404 outside the language prefixes is sent to the /en/ address, a 404 too.
            response = client.get(address, follow=True)
            assert response.status_code == 404, address
            assert b"%PDF-1.4 secret" not in body(response)
    # Without SERVE_MEDIA (production behind a proxy), Django serves no media at all.
    assert client.get(rendition.url).status_code == 404


def test_the_media_view_checks_the_normalised_path(rf, home):
    from django.http import Http404

    from portal.views import serve_media

    image = add_image("Conference hall")
    rendition = image.get_rendition("fill-160x160")
    assert serve_media(rf.get("/"), rendition.file.name).status_code == 200
    for path in ("documents/a.pdf", "original_images/a.png", "images/../documents/a.pdf", "images/./../x", "/images"):
        with pytest.raises(Http404):
            serve_media(rf.get("/"), path)


# --- Images: what the admin accepts ------------------------------------------------------------------


def png_declaring(width, height):
    """A PNG of a few bytes whose header declares ``width`` x ``height`` pixels (a decompression bomb)."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )


@contextlib.contextmanager
def deadline(seconds):
    def fail(signum, frame):
        raise AssertionError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def upload_image(admin_client, filename, data):
    return admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": filename,
            "file": SimpleUploadedFile(filename, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_a_pillow_png_is_accepted(admin_client, home):
    from wagtail.images.tests.utils import get_test_image_file

    response = upload_image(admin_client, "hall.png", get_test_image_file().file.getvalue())
    assert response.status_code == 302
    assert Image.objects.get().width == 640


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (20_000, 20_000),  # beyond Pillow's own bomb limit: refused before anything is decoded
        (8_000, 6_000),  # 48 million pixels: over WAGTAILIMAGES_MAX_IMAGE_PIXELS
    ],
)
def test_a_decompression_bomb_is_refused_quickly(admin_client, home, width, height):
    data = png_declaring(width, height)
    assert len(data) < 200
    started = time.monotonic()
    with deadline(20):
        response = upload_image(admin_client, "bomb.png", data)
        multiple = admin_client.post(
            reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile("b.png", data)}
        )
    assert time.monotonic() - started < 10
    assert response.status_code == 200
    [error] = form_errors(response)
    assert "too many pixels" in error
    assert multiple.status_code == 200
    assert multiple.json()["success"] is False
    assert "too many pixels" in multiple.json()["error_message"]
    assert not Image.objects.exists()


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1024)
def test_an_image_over_the_size_limit_is_refused(admin_client, home):
    from wagtail.images.tests.utils import get_test_image_file

    data = get_test_image_file().file.getvalue()
    assert len(data) > 1024
    response = upload_image(admin_client, "hall.png", data)
    assert response.status_code == 200
    [error] = form_errors(response)
    assert "too big" in error
    assert not Image.objects.exists()


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"/>'),
        ("logo.png", b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"/>'),
        ("page.png", b"<html><script>alert(1)</script></html>"),
    ],
)
def test_svg_and_disguised_files_are_refused_as_images(admin_client, home, filename, data):
    response = upload_image(admin_client, filename, data)
    assert response.status_code == 200
    assert form_errors(response)
    assert not Image.objects.exists()


def test_a_truncated_image_is_refused_with_a_form_error(admin_client, home):
    from PIL import ImageFile

    from wagtail.images.tests.utils import get_test_image_file

    from resources.press import downloads

    # Making a press PDF imports WeasyPrint, which switches Pillow to accepting truncated files.
    downloads.typeset("<p>PDF</p>")
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
    data = get_test_image_file().file.getvalue()
    response = upload_image(admin_client, "broken.png", data[: len(data) // 2])
    assert response.status_code == 200
    assert form_errors(response)
    assert not Image.objects.exists()
    # The same file whole is accepted: the form refused the damage, not the image.
    assert upload_image(admin_client, "whole.png", data).status_code == 302


def test_image_limits_are_set():
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert 0 < settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 15 * 1024 * 1024
    assert 0 < settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 40_000_000


# --- Renditions: a fixed set of sizes ------------------------------------------------------------------


def test_the_dynamic_image_serve_view_is_not_mounted(client, home):
    image = add_image("Conference hall")
    spec = "width-2000"
    signature = generate_signature(image.pk, spec)
    with pytest.raises(NoReverseMatch):
        reverse("wagtailimages_serve", args=[signature, image.pk, spec])
    for address in (f"/images/{signature}/{image.pk}/{spec}/", f"/en/images/{signature}/{image.pk}/{spec}/"):
        assert client.get(address).status_code == 404, address
    assert not Rendition.objects.filter(filter_spec=spec).exists()


def test_the_api_makes_no_rendition_a_client_asks_for(client, home):
    image = add_image("Conference hall")
    add_standard_page(home, "About")
    # The API's own sizes are made by the first request for the image.
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 200
    made = set(Rendition.objects.values_list("filter_spec", flat=True))
    assert made and made <= RENDITION_SPECS
    count = Rendition.objects.count()
    for address, params in [
        (f"/api/v2/images/{image.pk}/", {"fields": "renditions"}),
        (f"/api/v2/images/{image.pk}/", {"fields": "width-2000"}),
        (f"/api/v2/images/{image.pk}/", {"spec": "width-2000"}),
        (f"/api/v2/images/{image.pk}/", {"rendition": "fill-3000x3000"}),
        ("/api/v2/images/", {"fields": "*"}),
        ("/api/v2/images/", {"fields": "renditions(width-2000)"}),
        ("/api/v2/images/", {"filter_spec": "width-2000"}),
        ("/api/v2/pages/", {"fields": "listing_image(width-2000)", "type": "home.StandardPage"}),
    ]:
        response = client.get(address, params)
        assert response.status_code in (200, 400), (address, params)
    assert Rendition.objects.count() == count
    assert set(Rendition.objects.values_list("filter_spec", flat=True)) == made


TEMPLATE_IMAGE_TAG = re.compile(r"{%\s*(image|picture|srcset_image)\s+(.*?)%}", re.DOTALL)
SPEC_FUNCTIONS = {
    "get_rendition",
    "get_renditions",
    "prefetch_renditions",
    "attach_images",
    "attach_listing_renditions",
    "ImageRenditionField",
    "rendition_data",
}
CODE_FOLDERS = ("portal", "home", "resources", "events", "search")


def template_specs(root=BASE_DIR):
    """{spec: [template]} of every {% image %}, {% picture %} and {% srcset_image %} tag, braces expanded."""
    from wagtail.images.models import Filter

    found = {}
    for template in (root / "templates").rglob("*.html"):
        text = template.read_text()
        assert "image_url" not in re.findall(r"{%\s*(\w+)", text), f"{template}: image_url needs the serve view"
        for tag, arguments in TEMPLATE_IMAGE_TAG.findall(text):
            bits = list(smart_split(arguments))[1:]
            if "as" in bits:
                bits = bits[: bits.index("as")]
            specs = [bit for bit in bits if "=" not in bit]
            assert specs, f"{template}: {tag} without a size"
            for spec in Filter.expand_spec(specs) if tag != "image" else ["|".join(specs)]:
                found.setdefault(spec, []).append(str(template.relative_to(root)))
    return found


def code_specs(root=BASE_DIR):
    """{spec: [module]}: ``*_SPEC`` constants, ``*RENDITIONS`` dicts and string arguments of rendition calls."""
    found = {}

    def add(value, where):
        found.setdefault(value, []).append(where)

    for folder in CODE_FOLDERS:
        for module in (root / folder).rglob("*.py"):
            if "migrations" in module.parts:
                continue
            where = str(module.relative_to(root))
            for node in ast.walk(ast.parse(module.read_text())):
                if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                    name, value = node.targets[0].id, node.value
                    if name.endswith("_SPEC") and isinstance(value, ast.Constant):
                        add(value.value, where)
                    if name.endswith("RENDITIONS") and isinstance(value, ast.Dict):
                        for item in value.values:
                            if isinstance(item, ast.Constant):
                                add(item.value, where)
                elif isinstance(node, ast.Call):
                    function = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                    if function in SPEC_FUNCTIONS:
                        for argument in node.args:
                            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                                if function == "attach_images" and argument is node.args[1]:
                                    continue  # the field's name
                                add(argument.value, where)
    return found


def test_templates_and_code_ask_only_for_the_known_sizes():
    used = {**code_specs()}
    for spec, where in template_specs().items():
        used.setdefault(spec, []).extend(where)
    unknown = {spec: where for spec, where in used.items() if spec not in RENDITION_SPECS}
    assert not unknown, f"add these sizes to portal.images.RENDITION_SPECS (or use a known one): {unknown}"
    # The set names no size nothing uses, so it stays the list of what the site makes.
    assert RENDITION_SPECS - set(used) == set()


def test_the_size_check_finds_new_sizes(tmp_path):
    """The scans are not blind: a size in a template (braces expanded, attributes left out), a
    constant and a call are all found."""
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "hero.html").write_text(
        '{% load wagtailimages_tags %}{% picture page.hero format-{avif,webp} width-{800,2000} sizes="100vw" alt="" %}'
        "{% image page.logo max-90x90 as logo %}"
    )
    (tmp_path / "portal").mkdir()
    (tmp_path / "portal" / "models.py").write_text(
        'BANNER_SPEC = "fill-2000x400"\n'
        'RENDITIONS = {"huge": "max-3000x3000"}\n'
        "def banner(image, objects):\n"
        '    attach_images(objects, "image", "width-90")\n'
        '    return image.get_rendition("fill-10x10")\n'
    )
    assert set(template_specs(tmp_path)) == {
        "format-avif|width-800",
        "format-avif|width-2000",
        "format-webp|width-800",
        "format-webp|width-2000",
        "max-90x90",
    }
    assert set(code_specs(tmp_path)) == {"fill-2000x400", "max-3000x3000", "width-90", "fill-10x10"}
