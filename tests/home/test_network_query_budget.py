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


# Warm budget of the directory, per request (29):
# - Wagtail's route (7): site; active locale; home page; the directory by slug and its specific row;
#   ancestors' aliases; their view restrictions.
# - The list (4): count for the paginator; the page of organisations with their logos; their topics
#   (prefetch); the directory's locale for the topics' translations.
# - The filters (4): grouped counts by country, by kind, by topic; the topics' names.
# - The network (2): every organisation; the partnerships with both ends.
# - Chrome (6): site settings; breadcrumbs and their locale; language switcher translations; menu;
#   the footer's locale.
# - View restrictions read by each public() listing (6).
DIRECTORY_BUDGET = 29


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


# Warm budget of a project page, per request (35):
# - Wagtail's route (9): site; active locale; home page; the project list by slug and its specific
#   row; the project by slug and its specific row; ancestors' aliases; their view restrictions.
# - The page (12): lead organisation; funder; the page's locale; locales for localised pages;
#   contact; partners with their organisations; their locales; phases; milestones with their event
#   pages; the events' locales; working groups; outputs (resources of the library).
# - JSON-LD (4): locales for lead and funder; partners with their organisations; their locales; the
#   contact's organisation.
# - Chrome (6): site settings; breadcrumbs; the footer's locale; language switcher translations;
#   menu; its locale.
# - View restrictions read by each public() listing (4).
PROJECT_BUDGET = 35


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
