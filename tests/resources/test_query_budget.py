"""The library and the practice examples cost the same number of queries for 5 items as for 50, and a
practice or a resource the same for one partner, term, edition or related page as for twelve."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.models import Audience, InterventionType, ResourceType, Setting, Substance, TargetGroup, Topic
from tests.factories.network import add_directory, add_organisation, add_person
from tests.factories.resources import (
    add_document,
    add_image,
    add_library,
    add_practice,
    add_practice_index,
    add_resource,
    add_term,
    make_pdf,
)

pytestmark = pytest.mark.django_db

COUNTRIES = ["BE", "FR", "BG", "IT", "PT"]
CITIES = [("Ghent", "51.05", "3.72"), ("Lyon", "45.76", "4.84"), ("Sofia", None, None), ("Turin", "45.07", "7.69")]
AREAS = ["prevention", "treatment", "harm-reduction", "social-reintegration", "policy"]
EVALUATIONS = ["none", "planned", "in-progress", "done"]


def count_queries(client, url):
    client.get(url)  # warm Wagtail's per-process caches (site root paths, locales) and the renditions
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response


def add_resources(library, topics, types, audiences, start, count):
    """Resources with two files (English and French), two topics, a type, an audience, a cover, a date and
    a country."""
    pdf = make_pdf(["Guide"])
    for number in range(start, start + count):
        add_resource(
            library,
            f"Resource {number:02d}",
            files=[
                (add_document(f"Resource {number} (en)", pdf, f"resource-{number}-en.pdf"), "en"),
                (add_document(f"Resource {number} (fr)", pdf, f"resource-{number}-fr.pdf"), "fr"),
            ],
            topics=[topics[number % len(topics)], topics[(number + 1) % len(topics)]],
            resource_type=types[number % len(types)],
            audiences=[audiences[number % len(audiences)]],
            cover=add_image(f"Cover {number}"),
            publication_date=datetime.date(2000 + number % 25, 1 + number % 12, 1),
            countries=[COUNTRIES[number % len(COUNTRIES)]],
        )


# Warm budget of the library, per request (20); languages, view restrictions, site settings, menu
# and footer come from the cache (portal.lookups):
# - Wagtail's route (4): site; home page; the library by slug and its specific row.
# - The filters (9): grouped rows per topic, type, file language, country, audience and year (6);
#   the names of the topics, types and audiences (3).
# - The list (5): count for the paginator; the page of resources with their types; their files
#   (prefetch); their covers; the covers' renditions.
# - Chrome (2): language switcher translations; breadcrumbs.
# (Counted on the first page; the same on SQLite and PostgreSQL.)
LIBRARY_BUDGET = 20


def test_library_queries_do_not_grow_with_resources(client, home, django_assert_max_num_queries):
    topics = [add_term(Topic, name) for name in ("Harm reduction", "Prevention", "Treatment")]
    types = [add_term(ResourceType, name) for name in ("Report", "Manual", "Factsheet")]
    audiences = [add_term(Audience, name) for name in ("Professionals", "Policy makers")]
    library = add_library(home)
    add_resources(library, topics, types, audiences, 0, 5)
    few, response = count_queries(client, library.url)
    assert response.content.count(b'class="card resource-card"') == 5
    assert response.content.count(b'class="resource-card__cover"') == 5

    add_resources(library, topics, types, audiences, 5, 45)
    many, response = count_queries(client, library.url)
    assert response.content.count(b'class="card resource-card"') == 20  # the first page
    assert many == few
    with django_assert_max_num_queries(LIBRARY_BUDGET):
        client.get(library.url)


def add_practices(index, targets, settings, start, count):
    for number in range(start, start + count):
        city, latitude, longitude = CITIES[number % len(CITIES)]
        add_practice(
            index,
            f"Practice {number:02d}",
            city=city,
            country=COUNTRIES[number % len(CITIES)],
            latitude=latitude,
            longitude=longitude,
            area=AREAS[number % len(AREAS)],
            target_groups=[targets[number % len(targets)]],
            settings=[settings[number % len(settings)], settings[(number + 1) % len(settings)]],
            evaluation_status=EVALUATIONS[number % len(EVALUATIONS)],
        )


# Warm budget of the practice examples, per request (14); languages, view restrictions, site
# settings, menu and footer come from the cache (portal.lookups):
# - Wagtail's route (4): site; home page; the index by slug and its specific row.
# - The filters (7): grouped counts per area, country, target group, setting and evaluation status
#   (5); the names of the target groups and settings (2).
# - The list and the map (1): every matching practice with its lead organisation (paginated and
#   placed on the map in Python).
# - Chrome (2): language switcher translations; breadcrumbs.
PRACTICES_BUDGET = 14


def test_practice_index_queries_do_not_grow_with_practices(client, home, django_assert_max_num_queries):
    targets = [add_term(TargetGroup, name) for name in ("Young people", "Women", "People in prison")]
    settings = [add_term(Setting, name) for name in ("Street", "Nightlife", "School")]
    index = add_practice_index(home)
    add_practices(index, targets, settings, 0, 5)
    few, response = count_queries(client, index.url)
    assert response.content.count(b'class="card practice-card"') == 5

    add_practices(index, targets, settings, 5, 45)
    many, response = count_queries(client, index.url)
    assert response.content.count(b'class="card practice-card"') == 24  # the first page
    assert response.content.count(b'class="practice-map__dot"') == len(CITIES)
    assert many == few
    with django_assert_max_num_queries(PRACTICES_BUDGET):
        client.get(index.url)


# --- One page: the same count for one partner, term, edition or related page as for many ----------------


def practice_with(index, library, directory, count, number):
    """A practice with ``count`` partners, related resources and terms of each vocabulary."""
    organisations = [add_organisation(directory, f"Partner {number}-{i}") for i in range(count)]
    resources = [add_resource(library, f"Guide {number}-{i}") for i in range(count)]
    terms = {
        model: [add_term(model, f"{model.__name__} {number}-{i}") for i in range(count)]
        for model in (InterventionType, Substance, TargetGroup, Setting, Topic)
    }
    return add_practice(
        index,
        f"Practice {number}",
        latitude="51.05",
        longitude="3.72",
        lead_organisation=organisations[0],
        contact=add_person(f"Contact {number}", contact_is_public=True, email=f"c{number}@example.org"),
        partners=[(organisation, "Runs the drop-in") for organisation in organisations],
        related_pages=resources,
        intervention_types=terms[InterventionType],
        substances=terms[Substance],
        target_groups=terms[TargetGroup],
        settings=terms[Setting],
        topics=terms[Topic],
    )


# Warm budget of a practice page, per request (17); languages, view restrictions, site settings,
# menu and footer come from the cache (portal.lookups):
# - Routing (4): site; home page; the practice found by its whole address (portal.models.base); its
#   specific row.
# - Lead organisation (1), contact (1) and partners (1).
# - The five vocabularies in the reader's language (5).
# - Related pages (3): rows; the live public pages; their specific rows.
# - Chrome (2): language switcher translations; breadcrumbs.
PRACTICE_PAGE_BUDGET = 17


def test_a_practice_page_costs_the_same_for_one_partner_as_for_twelve(client, home, django_assert_max_num_queries):
    index, library, directory = add_practice_index(home), add_library(home), add_directory(home)
    one, response = count_queries(client, practice_with(index, library, directory, 1, 1).url)
    assert response.content.count(b'class="related-list__type"') == 1
    practice = practice_with(index, library, directory, 12, 2)
    many, response = count_queries(client, practice.url)
    assert response.content.count(b'class="related-list__type"') == 12
    assert many == one
    with django_assert_max_num_queries(PRACTICE_PAGE_BUDGET):
        client.get(practice.url)


def resource_with(library, directory, count, number):
    """A resource with ``count`` editions, publishers, topics and audiences."""
    languages = ["en", "fr", "bg", "it", "ro", "nl", "de", "es", "pt", "pl", "el", "cs"]
    documents = [
        add_document(f"Edition {number}-{i}", make_pdf([f"Edition {i}"]), f"edition-{number}-{i}.pdf")
        for i in range(count)
    ]
    return add_resource(
        library,
        f"Manual {number}",
        files=[(document, languages[i]) for i, document in enumerate(documents)],
        publishers=[add_organisation(directory, f"Publisher {number}-{i}") for i in range(count)],
        topics=[add_term(Topic, f"Topic {number}-{i}") for i in range(count)],
        audiences=[add_term(Audience, f"Audience {number}-{i}") for i in range(count)],
        resource_type=add_term(ResourceType, f"Manual {number}"),
    )


# Warm budget of a resource page, per request (15); languages, view restrictions, site settings,
# menu and footer come from the cache (portal.lookups):
# - Routing (4): site; home page; the resource found by its whole address (portal.models.base); its
#   specific row.
# - Editions (2): the file rows with their documents and extracted text; which documents are public.
# - Type, topics and audiences in the reader's language (3); tags (1).
# - Publishers (2): rows; the live public pages.
# - Chrome (3): language switcher translations; breadcrumbs; the library for the JSON-LD.
RESOURCE_PAGE_BUDGET = 15


def test_a_resource_page_costs_the_same_for_one_edition_as_for_twelve(client, home, django_assert_max_num_queries):
    library, directory = add_library(home), add_directory(home)
    one, response = count_queries(client, resource_with(library, directory, 1, 1).url)
    assert response.content.count(b'href="/documents/') == 1
    resource = resource_with(library, directory, 12, 2)
    many, response = count_queries(client, resource.url)
    assert response.content.count(b'href="/documents/') == 12
    assert many == one
    with django_assert_max_num_queries(RESOURCE_PAGE_BUDGET):
        client.get(resource.url)
