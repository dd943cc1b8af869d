"""Project pages: the timeline in date order with today's marker, dates to the precision editors know
them, in English and French, and the project's working groups."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from home.models import ProjectPage
from tests.factories.network import add_project, add_project_index, add_working_group
from tests.factories.pages import translate_page

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def projects(home):
    return add_project_index(home)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def timeline(document):
    """The timeline as the reader meets it: milestone titles, and "TODAY" where the marker is."""
    items = []
    for item in document.select("ol.timeline > li"):
        if "timeline__today" in item["class"]:
            items.append("TODAY")
        else:
            items.append(item.select_one(".timeline__title").get_text(strip=True))
    return items


def milestone(title, date, **fields):
    return {"title": title, "start_date": date, **fields}


def test_milestones_show_in_date_order_with_today_between_past_and_future(client, projects):
    today = timezone.localdate()
    project = add_project(
        projects,
        "Safer Nights",
        start_date=today - 400 * DAY,
        end_date=today + 400 * DAY,
        # Entered out of order, as editors do when they add a forgotten milestone.
        milestones=[
            milestone("Final conference", today + 300 * DAY, status="planned"),
            milestone("Kick-off meeting", today - 390 * DAY),
            milestone("Second seminar", today + 30 * DAY, status="planned"),
            milestone("First seminar", today - 100 * DAY),
        ],
    )
    document = soup(client.get(project.url))
    assert timeline(document) == ["Kick-off meeting", "First seminar", "TODAY", "Second seminar", "Final conference"]
    marker = document.select_one(".timeline__today")
    assert marker["aria-current"] == "date"
    assert marker.find("time")["datetime"] == today.isoformat()
    statuses = [item.get_text(strip=True) for item in document.select(".timeline__status")]
    assert statuses == ["Done", "Done", "Planned", "Planned"]
    assert "Running" in document.select_one(".facts").get_text()


def test_no_today_marker_once_the_project_has_ended(client, projects):
    project = add_project(
        projects,
        "Old Project",
        start_date=datetime.date(2015, 1, 1),
        end_date=datetime.date(2018, 12, 31),
        milestones=[milestone("Report", datetime.date(2018, 6, 1)), milestone("Start", datetime.date(2015, 2, 1))],
    )
    document = soup(client.get(project.url))
    assert timeline(document) == ["Start", "Report"]
    assert document.select(".timeline__today") == []
    assert "Ended" in document.select_one(".facts").get_text()


def test_no_today_marker_before_the_project_starts(client, projects):
    today = timezone.localdate()
    project = add_project(
        projects,
        "Future Project",
        start_date=today + 10 * DAY,
        end_date=today + 500 * DAY,
        milestones=[milestone("Launch", today + 10 * DAY, status="planned")],
    )
    document = soup(client.get(project.url))
    assert timeline(document) == ["Launch"]
    assert "Not started yet" in document.select_one(".facts").get_text()


class TestGetTimeline:
    @pytest.fixture
    def project(self, projects):
        return add_project(
            projects,
            "Timeline",
            start_date=datetime.date(2024, 1, 1),
            end_date=None,
            milestones=[
                milestone("June", datetime.date(2024, 6, 1)),
                milestone("March", datetime.date(2024, 3, 1)),
                milestone("September", datetime.date(2024, 9, 1)),
            ],
        )

    def shape(self, project, today):
        return [item.title if kind == "milestone" else kind for kind, item in project.get_timeline(today=today)]

    def test_today_before_the_first_milestone(self, project):
        assert self.shape(project, datetime.date(2024, 2, 1)) == ["today", "March", "June", "September"]

    def test_today_after_the_last_milestone_while_running(self, project):
        assert self.shape(project, datetime.date(2025, 1, 1)) == ["March", "June", "September", "today"]

    def test_milestone_of_today_counts_as_past(self, project):
        assert self.shape(project, datetime.date(2024, 6, 1)) == ["March", "June", "today", "September"]

    def test_marker_carries_the_date(self, project):
        items = project.get_timeline(today=datetime.date(2024, 7, 14))
        assert ("today", datetime.date(2024, 7, 14)) in items

    def test_no_marker_before_the_start_or_after_the_end(self, project):
        assert self.shape(project, datetime.date(2023, 12, 31)) == ["March", "June", "September"]
        ProjectPage.objects.filter(pk=project.pk).update(end_date=datetime.date(2024, 12, 31))
        project = ProjectPage.objects.get(pk=project.pk)
        assert self.shape(project, datetime.date(2024, 12, 31)) == ["March", "June", "September", "today"]
        assert self.shape(project, datetime.date(2025, 1, 1)) == ["March", "June", "September"]

    def test_same_day_milestones_keep_the_editors_order(self, projects):
        project = add_project(
            projects,
            "Same day",
            start_date=datetime.date(2024, 1, 1),
            end_date=datetime.date(2024, 12, 31),
            milestones=[
                milestone("Morning", datetime.date(2024, 5, 1)),
                milestone("Afternoon", datetime.date(2024, 5, 1)),
            ],
        )
        assert self.shape(project, datetime.date(2025, 1, 1)) == ["Morning", "Afternoon"]


def test_dates_show_to_the_precision_editors_know_them(client, projects):
    project = add_project(
        projects,
        "Drug checking 2008",
        start_date=datetime.date(2008, 1, 1),
        end_date=datetime.date(2009, 12, 31),
        milestones=[
            milestone("Survey", datetime.date(2008, 6, 15), date_precision="month"),
            milestone(
                "Fieldwork", datetime.date(2008, 9, 1), end_date=datetime.date(2008, 10, 31), date_precision="month"
            ),
            milestone("Evaluation", datetime.date(2009, 3, 1), date_precision="year"),
        ],
    )
    translate_page(projects, "fr", title="Projets", slug="projets")
    project_fr = translate_page(project, "fr", title="Analyse de drogues 2008", slug="analyse-2008")

    def dates(url):
        return [item.get_text(strip=True) for item in soup(client.get(url)).select(".timeline__date time")]

    assert dates(project.url) == ["June 2008", "September 2008 – October 2008", "2009"]
    assert dates(project_fr.url) == ["juin 2008", "septembre 2008 – octobre 2008", "2009"]
    # The machine-readable date stays exact.
    document = soup(client.get(project.url))
    assert document.select_one(".timeline__date time")["datetime"] == "2008-06-15"


def test_project_lists_its_published_working_groups(client, projects):
    today = timezone.localdate()
    project = add_project(projects, "Groups", start_date=today - 10 * DAY, end_date=today + 100 * DAY)
    add_working_group(project, "Prevention", application_deadline=today + 20 * DAY)
    add_working_group(project, "Treatment", status="closed")
    draft = add_working_group(project, "Not yet announced")
    draft.unpublish()
    document = soup(client.get(project.url))
    cards = document.select(".group-list .group-card")
    assert [card.select_one(".card__title").get_text(strip=True) for card in cards] == ["Prevention", "Treatment"]
    assert cards[0].select_one(".card__title a")["href"].endswith("/groups/prevention/")
    prevention, treatment = (" ".join(card.get_text(" ", strip=True).split()) for card in cards)
    assert "10 to 12 members" in prevention
    assert "Open until" in prevention
    assert "Closed" in treatment
    assert "Not yet announced" not in document.get_text()
