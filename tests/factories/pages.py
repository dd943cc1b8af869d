"""Builders for the page tree that tests share."""

from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage


def build_site(languages=("fr",)):
    """Replace Wagtail's welcome page with an English home page and its translations.

    Returns the English HomePage; translations are reachable with
    ``home.get_translation(locale)``.
    """
    root = Page.get_first_root_node()
    # Wagtail's initial migration leaves a welcome page (and a site pointing at it).
    Page.objects.filter(depth=2).delete()
    english = Locale.objects.get(language_code="en")
    home = HomePage(title="Home", slug="home", hero_heading="Cities, NGOs and health services on drugs", locale=english)
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Test site"},
    )
    for code in languages:
        translate_page(home, code, title=f"Home ({code})", hero_heading=f"Hero ({code})")
    return HomePage.objects.get(pk=home.pk)


def translate_page(page, language_code, **fields):
    """Create and publish a translation of ``page`` with the given field values."""
    locale = Locale.objects.get(language_code=language_code)
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation.specific_class.objects.get(pk=translation.pk)


def add_standard_page(parent, title, slug=None, **fields):
    page = StandardPage(title=title, slug=slug or title.lower().replace(" ", "-"), **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)
