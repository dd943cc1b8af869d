"""The accessibility checker of the preview panel and the user bar, with rules for the portal's content.

Wagtail runs axe-core on the previewed page and lists what it finds in the editor's "Checks" panel. Its
default rules cover empty headings, links and buttons, skipped heading levels and file names used as
alternative text. The portal adds what its pages most often get wrong: images without alternative text
or repeating their caption, alternative text that is only "photo" or "logo" (in each of its languages),
`lang` attributes for passages in another language, lists and data tables that screen readers cannot
follow, and only the page's own content is checked (not the header and footer editors cannot change).
"""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem

# Alternative text that says nothing: a file name, an underscore, or one generic word in a site language.
GENERIC_ALT_WORDS = (
    "image|img|photo|picture|logo|icon|banner|"  # en
    "illustration|logotype|affiche|"  # fr
    "immagine|foto|"  # it
    "imagine|fotografie|"  # ro
    "снимка|изображение|лого|"  # bg
    "afbeelding|beeld|"  # nl
    "bild|grafik"  # de
)
ALT_TEXT_PATTERN = rf"\.(avif|gif|jpg|jpeg|png|svg|webp)$|_|^\s*({GENERIC_ALT_WORDS})\s*\d*\s*$"


class PortalContentChecker(ContentCheckerItem):
    axe_include = ["main"]
    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "image-redundant-alt",
        "valid-lang",
        "list",
        "listitem",
        "th-has-data-cells",
        "td-headers-attr",
        "table-duplicate-name",
        "link-in-text-block",
    ]
    axe_custom_checks = [
        {"id": "check-image-alt-text", "options": {"pattern": ALT_TEXT_PATTERN}},
        *(check for check in ContentCheckerItem.axe_custom_checks if check["id"] != "check-image-alt-text"),
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "alt-text-quality": {
            "error_name": _("Alternative text says nothing about the image"),
            "help_text": _(
                "Describe what the image shows, or tick Decorative. A file name or a word such as "
                "'photo' or 'logo' does not help."
            ),
        },
        "image-alt": {
            "error_name": _("Image without alternative text"),
            "help_text": _("Describe what the image shows, or tick Decorative if it adds nothing."),
        },
        "image-redundant-alt": {
            "error_name": _("Alternative text repeats the text beside it"),
            "help_text": _("Screen readers would read it twice: describe the image instead."),
        },
        "valid-lang": {
            "error_name": _("Unknown language on a passage"),
            "help_text": _("Use a language code such as fr, de or nl for text in another language."),
        },
        "list": {
            "error_name": _("List built wrongly"),
            "help_text": _("Use the bulleted or numbered list buttons rather than typed dashes or numbers."),
        },
        "listitem": {
            "error_name": _("List item outside a list"),
            "help_text": _("Use the bulleted or numbered list buttons rather than typed dashes or numbers."),
        },
        "th-has-data-cells": {
            "error_name": _("Table header without data"),
            "help_text": _("Each column or row header should have cells under or beside it."),
        },
        "td-headers-attr": {
            "error_name": _("Table cells point at missing headers"),
            "help_text": _("Check the table's header row and column settings."),
        },
        "table-duplicate-name": {
            "error_name": _("Table caption repeats its summary"),
            "help_text": _("Give the table a caption that says what it shows."),
        },
        "link-in-text-block": {
            "error_name": _("Link only recognisable by its colour"),
            "help_text": _("Links inside paragraphs must be underlined; do not remove the underline."),
        },
    }


@hooks.register("construct_wagtail_userbar")
def use_portal_content_checks(request, items, page=None):
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, PortalContentChecker):
            items[index] = PortalContentChecker(in_editor=item.in_editor)
