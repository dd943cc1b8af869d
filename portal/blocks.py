"""StreamField blocks shared by every page type's body.

Each block names its icon, template and a preview value so the admin can show
it in the block picker; cross-field rules live in ``clean()``.
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=150)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (level 2)")), ("h3", _("Subsection (level 3)"))],
        default="h2",
        help_text=_("Use level 2 for main sections and level 3 inside them, so screen readers can navigate."),
    )
    anchor = blocks.CharBlock(
        label=_("Anchor"),
        required=False,
        max_length=60,
        help_text=_("Optional short name for links straight to this heading (#anchor). Letters, digits and hyphens."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        preview_value = {"text": "Harm reduction in European cities", "level": "h2"}
        description = _("A section heading that also appears in the page outline.")

    def clean(self, value):
        value = super().clean(value)
        anchor = value.get("anchor")
        if anchor and slugify(anchor) != anchor:
            raise StructBlockValidationError(
                {
                    "anchor": ValidationError(
                        _("Use lower-case letters, digits and hyphens only, for example %(s)s.")
                        % {"s": slugify(anchor) or "section-1"}
                    )
                }
            )
        return value


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe what the picture shows for people who cannot see it. Leave empty only if decorative."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative"), required=False, help_text=_("Tick when the picture adds nothing to the text.")
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        max_length=150,
        help_text=_("Photographer or source, for example © City of Loos."),
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("A picture with its caption and credit.")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not value.get("alt_text"):
            raise StructBlockValidationError(
                {
                    "alt_text": ValidationError(
                        _("Describe the picture, or tick 'Decorative' if it adds nothing to the text.")
                    )
                }
            )
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=800)
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=150)
    role = blocks.CharBlock(label=_("Their role"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        preview_value = {
            "quote": "Harm reduction starts where people are, not where we would like them to be.",
            "attribution": "Outreach worker",
            "role": "Bucharest",
        }
        description = _("A short quotation with who said it.")


class LinkBlock(blocks.StructBlock):
    """An internal page or an external address, never both."""

    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("Or an external address"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                {"url": ValidationError(_("Choose a page on this site or type an external address, not both."))}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    link = LinkBlock(label=_("Link"))
    button_label = blocks.CharBlock(
        label=_("Button label"), max_length=60, help_text=_("Say where it leads, for example 'Join a working group'.")
    )

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted box inviting the reader to do one thing.")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"), required=False, max_length=200, help_text=_("Leave empty to use the document's title.")
    )
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=400)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        label = _("Document link")
        description = _("A download link with the file's type and size.")


class TableWithCaptionBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"), max_length=200, help_text=_("Say what the table shows; screen readers announce it first.")
    )
    table = TableBlock(label=_("Table"), table_options={"startRows": 3, "startCols": 3})

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        label = _("Table")
        description = _("A table of data with a caption and header row.")


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    content = blocks.RichTextBlock(label=_("Content"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "arrow-down"
        label = _("Item")


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=150)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion_block.html"
        label = _("Accordion")
        preview_value = {
            "heading": "Questions",
            "items": [{"title": "Who can join?", "content": "<p>Cities, NGOs and health services.</p>"}],
        }
        description = _("Questions and answers that open one at a time; all open when printed.")


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("Figure"), max_length=20, help_text=_("For example 3, 30 years or 10–12."))
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=150)

    class Meta:
        icon = "order"
        label = _("Key figure")


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=150)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=6)

    class Meta:
        icon = "form"
        template = "blocks/key_figures_block.html"
        label = _("Key figures")
        preview_value = {"heading": "In numbers", "figures": [{"figure": "3", "label": "decades of work on drugs"}]}
        description = _("Up to six large numbers with what they count.")


class BodyStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["h2", "h3", *RICH_TEXT_FEATURES],
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        preview_value="<p>Outreach workers meet people who use drugs where they are.</p>",
        description=_("Running text with links and lists."),
    )
    heading = HeadingBlock()
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    table = TableWithCaptionBlock()
    accordion = AccordionBlock()
    key_figures = KeyFiguresBlock()

    class Meta:
        block_counts = {"call_to_action": {"max_num": 3}}
