"""Security headers: the public Content-Security-Policy, the admin's, previews, cached pages and their nonces,
Permissions-Policy and the other headers, and the production settings behind them."""

import json
import re

import pytest

from django.conf.urls.i18n import i18n_patterns
from django.core.cache import cache
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path, reverse

from wagtail.models import Collection, PageViewRestriction
from wagtail.test.utils.form_data import querydict_from_html

from portal import page_cache
from portal.checks import check_admin_base_url
from tests.factories.pages import add_standard_page
from tests.factories.resources import add_practice, add_practice_index
from tests.portal.test_settings import run_python

pytestmark = [pytest.mark.django_db]

PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
ADMIN_POLICY = {
    **PUBLIC_POLICY,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
}
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"
NONCE = re.compile(r"'nonce-([^']+)'")


def policy(response):
    """The response's Content-Security-Policy as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_common_headers(response):
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.fixture
def site(home):
    practices = add_practice_index(home)
    return {
        "home": home,
        "about": add_standard_page(home, "About", introduction="Who we are."),
        "practices": practices,
        "practice": add_practice(practices, "Drug checking in Ghent"),
    }


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor(admin_user):
    client = Client()
    client.force_login(admin_user)
    return client


# --- Public pages ------------------------------------------------------------------


def test_public_pages_get_the_strict_policy_and_every_header(client, site):
    for page in (site["home"], site["practices"], site["practice"], site["about"]):
        response = client.get(page.url)
        assert response.status_code == 200
        # No template needs an inline script, so no nonce is made, and nothing inline is allowed.
        assert policy(response) == PUBLIC_POLICY, page.url
        assert "upgrade-insecure-requests" not in response["Content-Security-Policy"]
        assert response["X-Frame-Options"] == "DENY"
        assert_common_headers(response)


def test_public_templates_hold_no_inline_script_style_or_handler(client, site):
    """What the policy forbids is not on the page: the browser would refuse it and the page break."""
    body = client.get(site["practice"].url).content.decode()
    for script in re.findall(r"<script\b[^>]*>", body):
        assert "src=" in script or 'type="application/ld+json"' in script, script
    assert "<style" not in body
    assert not re.search(r"\sstyle=", body)
    assert not re.search(r"\son[a-z]+=", body)
    assert "javascript:" not in body


def test_error_pages_and_other_responses_carry_the_headers(client, site):
    for url, status in (("/en/does-not-exist/", 404), ("/health/", 200), ("/sitemap.xml", 200)):
        response = client.get(url)
        assert response.status_code == status
        assert policy(response)["default-src"] == ["'self'"]
        assert_common_headers(response)


@pytest.mark.usefixtures("page_cache_on")
def test_a_cached_hit_carries_the_same_headers(client, site):
    url = site["about"].url
    first = client.get(url)
    second = client.get(url)
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert policy(second) == PUBLIC_POLICY
    assert second["X-Frame-Options"] == "DENY"
    assert_common_headers(second)
    # The policy is added above the cache, on every answer: it is not part of what is stored.
    entry = page_cache.lookup(page_cache.request_key(second.wsgi_request))
    assert "content-security-policy" not in {name.lower() for name, _value in entry["headers"]}


@pytest.mark.usefixtures("page_cache_on")
def test_a_304_carries_no_policy_so_the_browser_keeps_the_one_stored_with_the_page(client, site):
    url = site["about"].url
    first = client.get(url)
    again = client.get(url, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    assert "Content-Security-Policy" not in again
    assert again["Permissions-Policy"] == PERMISSIONS_POLICY


# --- Nonces and the page cache --------------------------------------------------------


def page_with_inline_script(request):
    return HttpResponse(f'<!doctype html><title>Nonce</title><script nonce="{request.csp_nonce}">go()</script>')


urlpatterns = i18n_patterns(path("with-nonce/", page_with_inline_script))


def nonces(response):
    """The nonce of the response's header and the ones its body holds."""
    (in_header,) = NONCE.findall(policy(response)["script-src"][-1])
    return in_header, re.findall(r'nonce="([^"]+)"', response.content.decode())


@pytest.mark.urls(__name__)
@pytest.mark.usefixtures("page_cache_on")
def test_every_cached_hit_gets_its_own_nonce_in_header_and_body(client, home):
    responses = [client.get("/en/with-nonce/") for _ in range(3)]
    assert [response["X-Cache"] for response in responses] == ["miss", "hit", "hit"]
    seen = []
    for response in responses:
        in_header, in_body = nonces(response)
        assert in_body == [in_header]
        assert policy(response)["script-src"] == ["'self'", f"'nonce-{in_header}'"]
        assert response["Content-Length"] == str(len(response.content))
        # Browsers may keep it; a CDN or proxy would hand the one nonce to everyone.
        assert response["Cache-Control"] == "private, max-age=60"
        seen.append(in_header)
    assert len(set(seen)) == 3
    # The nonce is not content: the ETag stays, and a revalidation is answered 304.
    assert len({response["ETag"] for response in responses}) == 1
    assert client.get("/en/with-nonce/", headers={"if-none-match": responses[0]["ETag"]}).status_code == 304
    # What is stored holds no nonce, only the entry's placeholder.
    entry = page_cache.lookup(page_cache.request_key(responses[0].wsgi_request))
    assert all(nonce.encode() not in entry["content"] for nonce in seen)
    assert f'nonce="{entry["nonce"]}"'.encode() in entry["content"]


def test_a_response_already_carrying_a_nonce_is_not_stored(rf):
    """A policy set below the cache would be replayed with the same nonce to every visitor."""
    request = rf.get("/en/about/")
    with_nonce = HttpResponse("x", headers={"Content-Security-Policy": "script-src 'self' 'nonce-abc'"})
    assert not page_cache.response_is_storable(request, with_nonce)
    without = HttpResponse("x", headers={"Content-Security-Policy": "script-src 'self'"})
    assert page_cache.response_is_storable(request, without)


# --- The admin, previews and editors --------------------------------------------------


def test_the_admin_gets_its_own_policy_and_is_never_framed(editor, client, site):
    for response in (editor.get(reverse("wagtailadmin_home")), client.get(reverse("wagtailadmin_login"))):
        assert response.status_code == 200
        assert policy(response) == ADMIN_POLICY
        assert response["X-Frame-Options"] == "DENY"
        assert_common_headers(response)
    edit = editor.get(reverse("wagtailadmin_pages:edit", args=[site["about"].pk]))
    assert policy(edit) == ADMIN_POLICY
    # Editors' avatars do not come from Gravatar, which the policy would refuse.
    assert b"gravatar.com" not in edit.content


def test_a_preview_may_be_framed_by_the_admin_only(editor, site):
    page = site["about"]
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    # The body's blocks are drawn by the admin's JavaScript, so the HTML holds no count for them.
    data.update({"title": "About, previewed", "body-count": "0"})
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    posted = editor.post(preview_url, data=data)
    assert json.loads(posted.content) == {"is_valid": True, "is_available": True}
    preview = editor.get(preview_url, {"mode": ""})
    assert preview.status_code == 200
    assert "About, previewed" in preview.content.decode()
    assert policy(preview) == {**ADMIN_POLICY, "frame-ancestors": ["'self'"]}
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert_common_headers(preview)


def test_signed_in_editors_keep_the_public_policy_on_public_pages(editor, site):
    """The user bar loads its scripts and styles from static files (tests/browser/test_csp.py runs it)."""
    response = editor.get(site["about"].url)
    assert b"wagtail-userbar" in response.content
    assert policy(response) == PUBLIC_POLICY
    assert response["X-Frame-Options"] == "DENY"


def privacy_form(editor, url):
    """The privacy dialog's form (a modal: its HTML comes inside JSON)."""
    response = editor.get(url)
    assert response.status_code == 200
    return json.loads(response.content)["html"]


def test_private_pages_and_collections_offer_no_shared_password(editor, site):
    collection = Collection.get_first_root_node().add_child(name="Reports")
    for url in (
        reverse("wagtailadmin_pages:set_privacy", args=[site["about"].pk]),
        reverse("wagtailadmin_collections:set_privacy", args=[collection.pk]),
    ):
        form = privacy_form(editor, url)
        assert f'value="{PageViewRestriction.LOGIN}"' in form
        assert f'value="{PageViewRestriction.PASSWORD}"' not in form
        assert 'name="password"' not in form


# --- Settings ---------------------------------------------------------------------------

PRODUCTION_PROBE = (
    "import json, django; from django.conf import settings; django.setup(); from csp.utils import build_policy; "
    "names = ['SESSION_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'SESSION_COOKIE_SAMESITE', 'CSRF_COOKIE_SECURE', "
    "'CSRF_COOKIE_HTTPONLY', 'CSRF_COOKIE_SAMESITE', 'LANGUAGE_COOKIE_SECURE', 'SECURE_SSL_REDIRECT', "
    "'SECURE_HSTS_SECONDS', 'SECURE_CONTENT_TYPE_NOSNIFF', 'SECURE_REFERRER_POLICY', "
    "'SECURE_CROSS_ORIGIN_OPENER_POLICY', 'X_FRAME_OPTIONS', 'WAGTAIL_ENABLE_UPDATE_CHECK', "
    "'WAGTAILADMIN_BASE_URL', 'WAGTAIL_PRIVATE_PAGE_OPTIONS', 'WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS', "
    "'WAGTAIL_GRAVATAR_PROVIDER_URL']; "
    "values = {name: getattr(settings, name) for name in names}; values['CSP'] = build_policy(); "
    "print(json.dumps(values))"
)


def production(**env):
    result = run_python(PRODUCTION_PROBE, "portal.settings.production", SECRET_KEY="x" * 50, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_settings_values():
    values = production(WAGTAILADMIN_BASE_URL="https://portal.example.org")
    assert values["SESSION_COOKIE_SECURE"] is values["CSRF_COOKIE_SECURE"] is values["LANGUAGE_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is values["CSRF_COOKIE_HTTPONLY"] is True
    assert values["SESSION_COOKIE_SAMESITE"] == values["CSRF_COOKIE_SAMESITE"] == "Lax"
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] == 365 * 24 * 3600
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert values["SECURE_REFERRER_POLICY"] == "strict-origin-when-cross-origin"
    assert values["SECURE_CROSS_ORIGIN_OPENER_POLICY"] == "same-origin"
    assert values["X_FRAME_OPTIONS"] == "DENY"
    assert values["WAGTAIL_ENABLE_UPDATE_CHECK"] is False
    assert values["WAGTAILADMIN_BASE_URL"] == "https://portal.example.org"
    assert values["WAGTAIL_PRIVATE_PAGE_OPTIONS"] == {"SHARED_PASSWORD": False}
    assert values["WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS"] == {"SHARED_PASSWORD": False}
    assert values["WAGTAIL_GRAVATAR_PROVIDER_URL"] is None
    assert "upgrade-insecure-requests" in values["CSP"].split("; ")
    assert "'unsafe-inline'" not in values["CSP"]


def test_production_over_plain_http_does_not_upgrade_requests():
    values = production(SITE_HTTPS="0")
    assert "upgrade-insecure-requests" not in values["CSP"]
    assert values["SESSION_COOKIE_SECURE"] is False
    # No default address in production: the system check below reports it.
    assert values["WAGTAILADMIN_BASE_URL"] == ""


def test_images_from_an_s3_custom_domain_are_allowed(tmp_path):
    # The settings only look for django-storages and boto3; empty stand-ins are enough to load them.
    for name in ("storages", "boto3"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("")
    probe = (
        "import json; from django.conf import settings; "
        "print(json.dumps(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']))"
    )
    common = {"SECRET_KEY": "x" * 50, "PYTHONPATH": str(tmp_path), "MEDIA_S3_BUCKET": "portal-media"}
    result = run_python(probe, "portal.settings.base", MEDIA_S3_CUSTOM_DOMAIN="media.example.org", **common)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["'self'", "data:", "https://media.example.org"]
    result = run_python(probe, "portal.settings.base", MEDIA_S3_ENDPOINT_URL="https://s3.fr-par.scw.cloud", **common)
    assert result.returncode == 0, result.stderr
    sources = json.loads(result.stdout)
    assert "https://s3.fr-par.scw.cloud" in sources and "https://portal-media.s3.fr-par.scw.cloud" in sources


@pytest.mark.parametrize(
    ("url", "https", "error"),
    [
        ("", False, "portal.E001"),
        ("portal.example.org", True, "portal.E002"),
        ("http://127.0.0.1:8000", True, "portal.E003"),
        ("https://localhost", True, "portal.E003"),
        ("http://portal.example.org", True, "portal.E004"),
        ("https://portal.example.org", True, None),
        # `make run`: the production build served over plain HTTP on this machine.
        ("http://127.0.0.1:8000", False, None),
    ],
)
def test_admin_base_url_check(url, https, error):
    with override_settings(WAGTAILADMIN_BASE_URL=url, SITE_HTTPS=https):
        assert [message.id for message in check_admin_base_url(None)] == ([error] if error else [])


def test_production_check_fails_with_a_local_admin_base_url():
    result = run_python(
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check'])",
        "portal.settings.production",
        SECRET_KEY="x" * 50,
        WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000",
    )
    assert result.returncode != 0
    assert "portal.E003" in result.stderr
