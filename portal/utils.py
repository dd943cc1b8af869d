"""Small helpers shared by page types and template tags."""

from wagtail.images import get_image_model
from wagtail.models import Locale, Page


def localize_pages(pages, locale=None):
    """Swap each page for its live public translation in ``locale`` where one exists.

    One query whatever the number of pages; order is kept. Pages without a
    translation stay in their own language (the reader sees them with a language label).
    """
    locale = locale or Locale.get_active()
    pages = list(pages)
    foreign = [page.translation_key for page in pages if page.locale_id != locale.id]
    if foreign:
        translations = {
            page.translation_key: page
            for page in Page.objects.live().public().filter(translation_key__in=foreign, locale=locale).specific()
        }
        pages = [
            translations.get(page.translation_key, page) if page.locale_id != locale.id else page for page in pages
        ]
    return attach_locales(pages)


def live_public_pages(model, ids, specific=False):
    """The live, public pages of ``model`` among ``ids``, in the order of ``ids``.

    For pages chosen by editors (related pages, outputs, publishers): a chosen page may
    since have been unpublished or made private, or be a press item under embargo. One query, plus one per page type with
    ``specific``.
    """
    queryset = model.objects.live().public().filter(pk__in=ids)
    from resources.models.press import PressReleasePage, not_under_embargo

    if issubclass(PressReleasePage, model):
        # Press items whose release time is still to come are public nowhere.
        queryset = not_under_embargo(queryset)
    found = {page.pk: page for page in (queryset.specific() if specific else queryset)}
    return [found[pk] for pk in ids if pk in found]


def attach_locales(pages):
    """Set ``page.locale`` on many pages from the cached languages, so templates can read its language code."""
    from portal.lookups import locale_by_id

    for page in pages:
        page.locale = locale_by_id(page.locale_id) or Locale.objects.get(pk=page.locale_id)
    return pages


def attach_listing_renditions(pages, spec):
    """Fetch the listing images of many pages, with their renditions, in two queries."""
    return attach_images(pages, "listing_image", spec)


def attach_images(objects, field_name, *specs):
    """Fetch the images in ``field_name`` of many objects with the renditions ``specs``, in two queries.

    Templates then render ``{% image obj.<field_name> spec %}`` without a query per object.
    """
    attname = f"{field_name}_id"
    ids = {getattr(obj, attname) for obj in objects if getattr(obj, attname, None)}
    if not ids:
        return objects
    images = {image.id: image for image in get_image_model().objects.filter(id__in=ids).prefetch_renditions(*specs)}
    for obj in objects:
        if getattr(obj, attname, None):
            setattr(obj, field_name, images.get(getattr(obj, attname)))
    return objects
