"""Template filters for the library and the practice examples."""

from django import template

from ..languages import language_name

register = template.Library()


@register.filter
def file_language_name(code):
    """The name of a document's language in that language: ``"bg"|file_language_name`` is "Български"."""
    return language_name(code)


@register.filter
def in_language(editions, code):
    """The editions written in ``code``, in their order."""
    return [edition for edition in editions or () if edition.language == code]


@register.filter
def not_in_language(editions, code):
    """The editions written in any language but ``code``, in their order."""
    return [edition for edition in editions or () if edition.language != code]


@register.filter
def page_type_name(page):
    """What kind of page ``page`` is, as editors name it ("resource", "event"...), in the active language."""
    model = getattr(page, "specific_class", None) or type(page)
    return model._meta.verbose_name


@register.filter
def approximate_markers(markers):
    """The map markers placed at an approximate position (their city could not be located exactly)."""
    return [marker for marker in markers or () if getattr(marker, "approximate", False)]
