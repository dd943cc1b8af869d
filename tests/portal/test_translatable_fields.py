"""Every field of every page type is declared translated or synchronised, and wagtail-localize sees its text."""

import pytest

from django.apps import apps
from django.db import models

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField
from wagtail_localize.models import StringSegment, TranslationSource

from portal.models import BasePage
from tests.factories.pages import add_standard_page
from tests.factories.resources import add_image

# Wagtail's own page fields that are state, not content (publishing, locking, tree).
PAGE_STATE = {field.name for field in Page._meta.get_fields()} - {
    "title",
    "slug",
    "seo_title",
    "search_description",
    "show_in_menus",
}


# Text that is the same in every language: a phone number.
SYNCHRONISED_TEXT = {"press_phone"}
# Relations handled through another declared field: a resource's free tags ("tags").
THROUGH = {"tagged_items"}


def page_types():
    return [model for model in apps.get_models() if issubclass(model, BasePage)]


def declared(model):
    return {field.field_name: field for field in model.translatable_fields}


def content_fields(model):
    """The editable fields and inline rows editors fill in, Wagtail's page state aside."""
    fields = []
    for field in model._meta.get_fields():
        if field.name in PAGE_STATE or field.name in THROUGH:
            continue
        if field.auto_created:
            # Of the reverse relations, only inline rows (ParentalKey children) are the page's content.
            if isinstance(getattr(field, "field", None), ParentalKey):
                fields.append(field)
            continue
        if field.editable and not (isinstance(field, models.OneToOneField) and field.remote_field.parent_link):
            fields.append(field)
    return fields


@pytest.mark.parametrize("model", page_types(), ids=lambda model: model.__name__)
def test_every_field_is_translated_or_synchronised(model):
    fields = declared(model)
    missing = [field.name for field in content_fields(model) if field.name not in fields]
    assert not missing, f"{model.__name__}: declare {missing} in translatable_fields"


@pytest.mark.parametrize("model", page_types(), ids=lambda model: model.__name__)
def test_text_is_translated_and_the_rest_synchronised(model):
    fields = declared(model)
    for field in content_fields(model):
        declaration = fields[field.name]
        if isinstance(field, models.ForeignKey | ParentalManyToManyField | models.DateField | models.BooleanField):
            # Pictures, documents, dates, flags and links to other things are the same in every language.
            assert isinstance(declaration, SynchronizedField), f"{model.__name__}.{field.name} should be synchronised"
        elif isinstance(field, StreamField | RichTextField | models.TextField) or (
            isinstance(field, models.CharField) and not field.choices and field.name != "slug"
        ):
            if isinstance(field, models.URLField | models.EmailField) or field.name in SYNCHRONISED_TEXT:
                continue
            assert isinstance(declaration, TranslatableField), f"{model.__name__}.{field.name} should be translated"


@pytest.mark.django_db
def test_image_alt_text_and_captions_reach_translators(home):
    image = add_image("Outreach van")
    body = [
        {
            "type": "image",
            "value": {"image": image.pk, "alt_text": "Outreach van in Ghent", "caption": "Night shift", "credit": ""},
        }
    ]
    page = add_standard_page(home, "With a picture", slug="with-picture", body=body)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    strings = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert {"Outreach van in Ghent", "Night shift", "With a picture"} <= strings
