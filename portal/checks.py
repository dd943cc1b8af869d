"""System checks of the portal's own settings (registered in PortalConfig.ready)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


@checks.register(checks.Tags.security)
def check_admin_base_url(app_configs, **kwargs):
    """WAGTAILADMIN_BASE_URL must be the site's public address wherever HTTPS is on.

    Wagtail builds the links of notification emails and password resets from it: left at a local
    address, every link in those emails points to the reader's own machine. Production settings
    give it no default; base settings keep a local one for development and tests.
    """
    url = settings.WAGTAILADMIN_BASE_URL
    if not url:
        return [
            checks.Error(
                "WAGTAILADMIN_BASE_URL is not set.",
                hint="Export the portal's public address, for example WAGTAILADMIN_BASE_URL=https://portal.example.org",
                id="portal.E001",
            )
        ]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return [checks.Error(f"WAGTAILADMIN_BASE_URL is not an address: {url!r}", id="portal.E002")]
    if getattr(settings, "SITE_HTTPS", False):
        if parts.hostname in LOCAL_HOSTS:
            return [
                checks.Error(
                    f"WAGTAILADMIN_BASE_URL points to this machine ({url}) while SITE_HTTPS is on.",
                    hint="Set it to the portal's public https:// address.",
                    id="portal.E003",
                )
            ]
        if parts.scheme != "https":
            return [
                checks.Error(
                    f"WAGTAILADMIN_BASE_URL is a plain http:// address ({url}) while SITE_HTTPS is on.",
                    id="portal.E004",
                )
            ]
    return []
