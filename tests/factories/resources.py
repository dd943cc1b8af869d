"""Builders for the resource library and practice examples: PDFs, documents, terms, resources, practices."""

import datetime
import functools

from django.core.files.base import ContentFile
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from resources.models import (
    PracticeIndexPage,
    PracticePage,
    PracticePartner,
    PracticeRelatedPage,
    ResourceFile,
    ResourceLibraryPage,
    ResourcePage,
    ResourcePublisher,
)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
# Fields whose several choices a form sends as repeated values (nested_form_data would number them).
MULTIPLE_CHOICE_FIELDS = (
    "topics",
    "audiences",
    "countries",
    "intervention_types",
    "substances",
    "target_groups",
    "intervention_settings",
)


def make_pdf(texts):
    """A PDF with one page per text of ``texts``, written in DejaVu Sans (so any script can be used)."""
    return _make_pdf(tuple(texts))


@functools.lru_cache(maxsize=256)
def _make_pdf(texts):
    # Setting a TrueType font is slow and the fixtures ask for the same few PDFs again and again.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=12)
    for text in texts:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def add_document(title, data, filename, collection=None):
    """A stored document with ``data`` as its file, size and hash set as the admin's upload form sets them."""
    document = get_document_model()(
        title=title,
        file=ContentFile(data, name=filename),
        collection=collection or Collection.get_first_root_node(),
    )
    document._set_document_file_metadata()
    document.save()
    return document


def replace_document_file(document, data, filename):
    """Give ``document`` a new file, as an editor replacing it in the admin does."""
    document.file = ContentFile(data, name=filename)
    document._set_document_file_metadata()
    document.save()
    return document


def add_term(model, name, language="en", translation_of=None, slug=None):
    """A taxonomy term (Topic, ResourceType, Audience, TargetGroup, Setting...) in ``language``."""
    term = model(name=name, slug=slug or slugify(name), locale=Locale.objects.get(language_code=language))
    if translation_of is not None:
        term.translation_key = translation_of.translation_key
    term.save()
    return term


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def add_library(home, title="Library", slug="library", **fields):
    return _publish(home, ResourceLibraryPage(title=title, slug=slug, **fields))


def add_resource(
    library,
    title,
    slug=None,
    files=(),
    topics=(),
    resource_type=None,
    publication_date=None,
    countries=(),
    audiences=(),
    abstract=None,
    publishers=(),
    **fields,
):
    """A published resource; ``files``: (document, language) or (document, language, label) tuples;
    ``publishers``: organisation pages."""
    page = ResourcePage(
        title=title,
        slug=slug or slugify(title),
        abstract=abstract or f"<p>{title}: what it contains and who it is for.</p>",
        resource_type=resource_type,
        publication_date=publication_date,
        countries=list(countries),
        **fields,
    )
    page.files = [
        ResourceFile(document=item[0], language=item[1], title=item[2] if len(item) > 2 else "") for item in files
    ]
    page.topics = list(topics)
    page.audiences = list(audiences)
    page.publishers = [ResourcePublisher(organisation=organisation) for organisation in publishers]
    return _publish(library, page)


def add_practice_index(home, title="Practices", slug="practices", **fields):
    return _publish(home, PracticeIndexPage(title=title, slug=slug, **fields))


def add_practice(
    index,
    title,
    city="Ghent",
    country="BE",
    latitude=None,
    longitude=None,
    area="harm-reduction",
    target_groups=(),
    settings=(),
    evaluation_status="none",
    slug=None,
    summary=None,
    intervention_types=(),
    substances=(),
    topics=(),
    partners=(),
    related_pages=(),
    **fields,
):
    """A published practice; ``partners``: (organisation, role) pairs; ``related_pages``: pages."""
    page = PracticePage(
        title=title,
        slug=slug or slugify(title),
        summary=summary or f"{title} helps people in {city}.",
        city=city,
        country=country,
        latitude=latitude,
        longitude=longitude,
        area=area,
        evaluation_status=evaluation_status,
        **fields,
    )
    page.target_groups = list(target_groups)
    page.intervention_settings = list(settings)
    page.intervention_types = list(intervention_types)
    page.substances = list(substances)
    page.topics = list(topics)
    page.partners = [
        PracticePartner(organisation=organisation, role=role, locale_id=index.locale_id)
        for organisation, role in partners
    ]
    page.related_pages = [PracticeRelatedPage(page=related) for related in related_pages]
    return _publish(index, page)


def day(year, month=1, date=1):
    return datetime.date(year, month, date)


def resource_form_data(title, slug=None, files=(), topics=(), resource_type=None, action=None, **overrides):
    """What an editor fills in on a resource's edit form.

    ``files``: (document, language) pairs for new rows; (document, language, row id) for rows the
    page has already, listed first, as the edit form lists them.
    """
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    data = {
        "title": title,
        "slug": slug or slugify(title),
        "resource_type": resource_type.pk if resource_type is not None else "",
        "publication_date": "2024-03-01",
        "authors": "Ana Silva, Jan Peeters",
        "abstract": rich_text(f"<p>{title} explains naloxone to outreach workers.</p>"),
        "cover": "",
        "files": inline_formset(
            [
                {"document": item[0].pk, "language": item[1], "title": "", "id": item[2] if len(item) > 2 else ""}
                for item in files
            ],
            initial=sum(1 for item in files if len(item) > 2),
        ),
        "publishers": inline_formset([]),
        "topics": [topic.pk for topic in topics],
        "audiences": [],
        "countries": ["BE"],
        "tags": "naloxone, overdose",
        "licence": "cc-by-4.0",
        "external_url": "",
    }
    data.update(overrides)
    # None leaves a field out, as an unticked checkbox is left out of a submitted form.
    data = {name: value for name, value in data.items() if value is not None}
    choices = {name: [str(value) for value in data.pop(name)] for name in MULTIPLE_CHOICE_FIELDS if name in data}
    form_data = nested_form_data(data)
    form_data.update(choices)
    if action:
        form_data[action] = action
    return form_data


def practice_form_data(title, slug=None, partners=(), related_pages=(), action=None, **overrides):
    """What an editor fills in on a practice's edit form; ``partners``: (organisation, role) pairs."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    data = {
        "title": title,
        "slug": slug or slugify(title),
        "summary": f"{title} offers drug checking at festivals for young people in Ghent.",
        "lead_organisation": "",
        "partners": inline_formset(
            [{"organisation": organisation.pk, "role": role} for organisation, role in partners]
        ),
        "contact": "",
        "city": "Ghent",
        "country": "BE",
        "latitude": "51.05434",
        "longitude": "3.71742",
        "start_year": "2018",
        "end_year": "",
        "ongoing": "on",
        "area": "harm-reduction",
        "intervention_types": [],
        "substances": [],
        "target_groups": [],
        "intervention_settings": [],
        "topics": [],
        "services": streamfield([("service", "Anonymous drug checking")]),
        "objectives": rich_text("<p>Fewer hospital admissions.</p>"),
        "evaluation_status": "in-progress",
        "evaluation_type": "outcome",
        "evaluation_details": "Ghent University, results due in 2026.",
        "results": rich_text("<p>1,200 samples checked.</p>"),
        "transferability": rich_text("<p>Needs a lab partner.</p>"),
        "body": streamfield([]),
        "related_pages": inline_formset([{"page": page.pk} for page in related_pages]),
    }
    data.update(overrides)
    # None leaves a field out, as an unticked checkbox is left out of a submitted form.
    data = {name: value for name, value in data.items() if value is not None}
    choices = {name: [str(value) for value in data.pop(name)] for name in MULTIPLE_CHOICE_FIELDS if name in data}
    form_data = nested_form_data(data)
    form_data.update(choices)
    if action:
        form_data[action] = action
    return form_data


def add_image(title="Cover"):
    """A small stored image (a cover, for example)."""
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    return get_image_model().objects.create(title=title, file=get_test_image_file(filename=f"{slugify(title)}.png"))
