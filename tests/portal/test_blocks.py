"""Validation rules of the shared blocks, as an editor meets them in the admin."""

import pytest

from wagtail.blocks import StructBlockValidationError

from portal.blocks import BodyStreamBlock, HeadingBlock, ImageWithCaptionBlock, LinkBlock

pytestmark = pytest.mark.django_db


def error_fields(block, value):
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(block.to_python(value))
    return set(caught.value.block_errors)


def test_heading_anchor_must_be_a_slug():
    assert error_fields(HeadingBlock(), {"text": "Who we are", "level": "h2", "anchor": "Who we are!"}) == {"anchor"}
    value = HeadingBlock().clean(HeadingBlock().to_python({"text": "Who", "level": "h2", "anchor": "who-we-are"}))
    assert value["anchor"] == "who-we-are"


def test_image_needs_alternative_text_unless_decorative(home):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Street work", file=get_test_image_file())
    block = ImageWithCaptionBlock()
    assert error_fields(block, {"image": image.pk, "alt_text": "", "decorative": False}) == {"alt_text"}
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))["decorative"]


def test_link_is_a_page_or_an_address_never_both_nor_neither(home):
    block = LinkBlock()
    assert error_fields(block, {"page": None, "url": ""}) == {"url"}
    assert error_fields(block, {"page": home.pk, "url": "https://example.org/"}) == {"url"}
    assert block.clean(block.to_python({"page": None, "url": "https://example.org/"}))["url"]


def test_every_body_block_renders_its_preview_value():
    stream = BodyStreamBlock()
    for name, child in stream.child_blocks.items():
        if getattr(child.meta, "preview_value", None) is None:
            continue
        html = child.render(child.get_preview_value())
        assert html.strip(), name
