"""The directory and a project page cost the same number of queries for 3 items as for 30."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.network import (
    add_directory,
    add_organisation,
    add_partnership,
    add_person,
    add_project,
    add_project_index,
    add_topic,
    add_working_group,
)

pytestmark = pytest.mark.django_db

COUNTRIES = ["BE", "FR", "DE", "IT", "PT"]
KINDS = ["ngo", "city", "research"]


def count_queries(client, url):
    client.get(url)  # warm Wagtail's per-process caches (site root paths, locales)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response


def add_organisations(directory, topics, start, count):
    """Organisations with topics, each a member of the previous one."""
    organisations = []
    for number in range(start, start + count):
        organisations.append(
            add_organisation(
                directory,
                f"Organisation {number:02d}",
                country=COUNTRIES[number % len(COUNTRIES)],
                kind=KINDS[number % len(KINDS)],
                topics=[topics[number % len(topics)], topics[(number + 1) % len(topics)]],
            )
        )
    return organisations


# Warm budget of the directory, per request (15); languages, view restrictions, site settings, menu
# and footer come from the cache (portal.lookups):
# - Wagtail's route (4): site; home page; the directory by slug and its specific row.
# - The filters (4): grouped counts by country, by kind, by topic; the topics' names.
# - The list (4): count for the paginator; the page of organisations with their logos; their topics
#   (prefetch); the organisations' partnerships for the cards.
# - The network (1): every organisation with its partnerships.
# - Chrome (2): language switcher translations; breadcrumbs.
DIRECTORY_BUDGET = 15


def test_directory_queries_do_not_grow_with_organisations(client, home, django_assert_max_num_queries):
    topics = [add_topic("Harm reduction"), add_topic("Prevention"), add_topic("Treatment")]
    directory = add_directory(home)
    organisations = add_organisations(directory, topics, 0, 3)
    add_partnership(organisations[1], organisations[0])
    add_partnership(organisations[2], organisations[1], kind="funder")
    few, response = count_queries(client, directory.url)
    assert response.content.count(b'class="card org-card"') == 3

    more = add_organisations(directory, topics, 3, 27)
    for previous, organisation in zip([organisations[-1], *more], more, strict=False):
        add_partnership(organisation, previous)
    many, response = count_queries(client, directory.url)
    assert response.content.count(b'class="card org-card"') == 24  # the first page
    assert response.content.count(b'class="network__node"') == 30
    assert many == few
    with django_assert_max_num_queries(DIRECTORY_BUDGET):
        client.get(directory.url)


def add_partners_and_milestones(project, organisations, start, count):
    from home.models import Milestone, ProjectPage, ProjectPartner

    project = ProjectPage.objects.get(pk=project.pk)
    partners = list(project.project_partners.all())
    milestones = list(project.milestones.all())
    for number in range(start, start + count):
        partners.append(ProjectPartner(organisation=organisations[number], role=f"Role {number}"))
        milestones.append(
            Milestone(
                title=f"Milestone {number:02d}", start_date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number)
            )
        )
    project.project_partners = partners
    project.milestones = milestones
    project.save_revision().publish()
    return project


# Warm budget of a project page, per request (16); languages, view restrictions, site settings, menu
# and footer come from the cache (portal.lookups):
# - Routing (4): site; home page; the project found by its whole address (portal.models.base); its
#   specific row.
# - The page (8): lead organisation; funder; contact; partners with their organisations; phases;
#   milestones with their event pages; working groups; outputs.
# - JSON-LD (2): partners with their organisations; the lead's organisation row.
# - Chrome (2): language switcher translations; breadcrumbs.
PROJECT_BUDGET = 16


def test_project_page_queries_do_not_grow_with_partners_and_milestones(client, home, django_assert_max_num_queries):
    directory = add_directory(home)
    organisations = [add_organisation(directory, f"Partner {number:02d}") for number in range(30)]
    contact = add_person("Marc Dubois", role="Coordinator", email="marc@example.org", organisation=organisations[0])
    project = add_project(
        add_project_index(home),
        "Budget",
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2099, 12, 31),
        lead_organisation=organisations[0],
        funder=organisations[1],
        contact=contact,
    )
    add_working_group(project, "Prevention")
    add_working_group(project, "Treatment")
    project = add_partners_and_milestones(project, organisations, 0, 3)
    few, response = count_queries(client, project.url)
    assert response.content.count(b'class="timeline__item') == 3

    project = add_partners_and_milestones(project, organisations, 3, 27)
    many, response = count_queries(client, project.url)
    assert response.content.count(b'class="timeline__item') == 30
    assert b"Partner 29" in response.content
    assert many == few
    with django_assert_max_num_queries(PROJECT_BUDGET):
        client.get(project.url)
