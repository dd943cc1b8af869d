"""Point the default Wagtail Site at the English home page and fill in the site settings."""

from urllib.parse import urlsplit

from django.conf import settings as django_settings

from wagtail.models import Site

from portal.models import SiteSettings

from .content.site import SITE, SITE_SETTINGS
from .specs import ImageRef, Ref


def configure_site(builder):
    """Finaliser of the core section: runs after every page exists and is published."""
    site = configure_default_site(builder)
    configure_site_settings(builder, site)


def public_address():
    """Host and port of the public address, so sitemap and canonical URLs point where the site is served."""
    parts = urlsplit(django_settings.WAGTAILADMIN_BASE_URL)
    return parts.hostname or SITE["hostname"], parts.port or (443 if parts.scheme == "https" else 80)


def configure_default_site(builder):
    home_id = builder.page_id("home")
    hostname, port = public_address()
    # The welcome page's Site is deleted with it; otherwise reuse the default Site.
    site = (
        Site.objects.filter(is_default_site=True).first() or Site.objects.filter(hostname=hostname, port=port).first()
    )
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            site_name=SITE["site_name"],
            root_page_id=home_id,
            is_default_site=True,
        )
        builder.record("site", "created")
        return Site.objects.get(is_default_site=True)
    wanted = {
        "root_page_id": home_id,
        "site_name": SITE["site_name"],
        "is_default_site": True,
        "hostname": hostname,
        "port": port,
    }
    changed = _set_changed(site, wanted)
    if changed:
        site.save(update_fields=[name.removesuffix("_id") for name in changed])
    builder.record("site", "updated" if changed else "unchanged")
    return site


def configure_site_settings(builder, site):
    existed = SiteSettings.objects.filter(site=site).exists()
    settings = SiteSettings.for_site(site)
    wanted = {}
    for name, value in SITE_SETTINGS.items():
        if isinstance(value, Ref):
            wanted[f"{name}_id"] = builder.page_id(value.key)
        elif isinstance(value, ImageRef):
            wanted[f"{name}_id"] = builder.image_id(value.key)
        else:
            wanted[name] = value
    changed = _set_changed(settings, wanted)
    if changed:
        settings.full_clean()
        settings.save()
    builder.record("site settings", "updated" if changed and existed else "created" if changed else "unchanged")


def _set_changed(instance, wanted):
    changed = [name for name, value in wanted.items() if getattr(instance, name) != value]
    for name in changed:
        setattr(instance, name, wanted[name])
    return changed
