"""Editors handle join requests in the admin: list, filter, export, decide, delete; old ones expire."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from home.models import JoinRequest
from tests.factories.network import add_join_request, add_project, add_project_index, add_working_group

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/home/joinrequest/"


@pytest.fixture
def editor(db, client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "password")
    client.force_login(user)
    return user


@pytest.fixture
def groups(home):
    project = add_project(add_project_index(home), "Safer Nights")
    return add_working_group(project, "Prevention"), add_working_group(project, "Treatment")


@pytest.fixture
def requests_(groups):
    prevention, treatment = groups
    return [
        add_join_request(prevention, "Ana Pending", country="PT"),
        add_join_request(prevention, "Ben Approved", status="approved"),
        add_join_request(treatment, "Chloé Pending", country="FR", language="fr"),
    ]


def names_listed(response):
    """Names in the listing's title column."""
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    return sorted(cell.get_text(strip=True) for cell in document.select("td.title .title-wrapper a"))


def test_listing_shows_the_requests(client, editor, requests_):
    response = client.get(LIST_URL)
    assert names_listed(response) == ["Ana Pending", "Ben Approved", "Chloé Pending"]
    html = response.content.decode()
    assert "Portugal" in html
    assert "Waiting for a decision" in html


def test_listing_filters_by_status_and_working_group(client, editor, groups, requests_):
    prevention, treatment = groups
    assert names_listed(client.get(LIST_URL, {"status": "pending"})) == ["Ana Pending", "Chloé Pending"]
    assert names_listed(client.get(LIST_URL, {"status": "approved"})) == ["Ben Approved"]
    assert names_listed(client.get(LIST_URL, {"working_group": treatment.pk})) == ["Chloé Pending"]
    assert names_listed(client.get(LIST_URL, {"working_group": prevention.pk, "status": "pending"})) == ["Ana Pending"]
    assert names_listed(client.get(LIST_URL, {"q": "Chloé"})) == ["Chloé Pending"]


def export(client, **params):
    response = client.get(LIST_URL, {"export": "csv", **params})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "join-requests.csv" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def test_csv_export_has_a_header_and_one_row_per_request(client, editor, requests_):
    rows = export(client)
    header, *body = rows
    assert header[:5] == ["Received", "Working group", "Language", "Name", "Organisation"]
    assert "Country" in header and "Email" in header and "Motivation" in header and "Status" in header
    assert len(body) == 3
    by_name = {row[header.index("Name")]: row for row in body}
    chloe = by_name["Chloé Pending"]
    assert chloe[header.index("Working group")] == "Treatment"
    assert chloe[header.index("Country")] == "France"
    assert chloe[header.index("Email")] == "chloe-pending@example.org"
    assert chloe[header.index("Language")] == "fr"


def test_csv_export_keeps_the_filters(client, editor, requests_):
    header, *body = export(client, status="approved")
    assert [row[header.index("Name")] for row in body] == ["Ben Approved"]


def test_bulk_approve_and_decline_record_the_decision(client, editor, requests_):
    ana, ben, chloe = requests_
    url = f"/admin/bulk/home/joinrequest/approve/?id={ana.pk}&id={chloe.pk}&next={LIST_URL}"
    confirmation = client.get(url)
    assert confirmation.status_code == 200
    assert "Ana Pending" in confirmation.content.decode()
    before = timezone.now()
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == LIST_URL
    for request in (ana, chloe):
        request.refresh_from_db()
        assert request.status == "approved"
        assert request.decided_by == editor
        assert request.decided_at >= before
    ben.refresh_from_db()
    assert ben.decided_at is None

    response = client.post(f"/admin/bulk/home/joinrequest/decline/?id={ben.pk}&next={LIST_URL}")
    assert response.status_code == 302
    ben.refresh_from_db()
    assert (ben.status, ben.decided_by) == ("declined", editor)
    messages = [str(message) for message in client.get(LIST_URL).context["messages"]]
    assert "1 request declined." in [message.strip() for message in messages]


def test_bulk_actions_are_offered_on_the_listing(client, editor, requests_):
    html = client.get(LIST_URL).content.decode()
    assert "/admin/bulk/home/joinrequest/approve/" in html
    assert "/admin/bulk/home/joinrequest/decline/" in html


def test_deciding_in_the_edit_view_records_who_and_when(client, editor, requests_):
    ana = requests_[0]
    url = f"/admin/snippets/home/joinrequest/edit/{ana.pk}/"
    form = client.get(url)
    assert form.status_code == 200
    assert "Ana Pending" in form.content.decode()

    # A note alone is no decision.
    response = client.post(url, {"status": "pending", "editor_note": "Call her first."})
    assert response.status_code == 302
    ana.refresh_from_db()
    assert (ana.editor_note, ana.decided_at, ana.decided_by) == ("Call her first.", None, None)

    before = timezone.now()
    client.post(url, {"status": "declined", "editor_note": "Group full."})
    ana.refresh_from_db()
    assert ana.status == "declined"
    assert ana.decided_by == editor
    assert ana.decided_at >= before
    # What the applicant sent cannot be changed from the form.
    client.post(url, {"status": "declined", "editor_note": "", "name": "Someone else", "email": "x@example.org"})
    ana.refresh_from_db()
    assert (ana.name, ana.email) == ("Ana Pending", "ana-pending@example.org")


def test_saving_again_keeps_the_first_decision_time(client, editor, requests_):
    ben = requests_[1]
    decided = timezone.now() - datetime.timedelta(days=3)
    JoinRequest.objects.filter(pk=ben.pk).update(decided_at=decided)
    client.post(f"/admin/snippets/home/joinrequest/edit/{ben.pk}/", {"status": "approved", "editor_note": "Welcome."})
    ben.refresh_from_db()
    assert ben.decided_at == decided


def test_request_outlives_its_deleted_group(client, editor, groups, requests_):
    treatment = groups[1]
    treatment.delete()
    chloe = JoinRequest.objects.get(name="Chloé Pending")
    assert chloe.working_group is None
    header, *body = export(client)
    assert {row[header.index("Name")]: row[header.index("Working group")] for row in body}[
        "Chloé Pending"
    ] == "Treatment"
    assert "Treatment" in client.get(LIST_URL).content.decode()


def test_delete(client, editor, requests_):
    ana = requests_[0]
    url = f"/admin/snippets/home/joinrequest/delete/{ana.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    assert not JoinRequest.objects.filter(pk=ana.pk).exists()
    assert JoinRequest.objects.count() == 2


def test_people_without_permission_cannot_see_requests(client, requests_):
    # Someone signed in to the admin, without rights on join requests.
    user = get_user_model().objects.create_user("moderator", "moderator@example.org", "password")
    team = Group.objects.create(name="Admin access only")
    team.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(team)
    client.force_login(user)
    response = client.get(LIST_URL)
    assert response.status_code in (302, 403)
    assert "Ana Pending" not in response.content.decode()
    assert client.get(LIST_URL, {"export": "csv"}).status_code in (302, 403)
    ana = requests_[0]
    assert client.post(f"/admin/bulk/home/joinrequest/approve/?id={ana.pk}").status_code in (302, 403)
    ana.refresh_from_db()
    assert ana.status == "pending"

    client.logout()
    response = client.get(LIST_URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


class TestRetention:
    NOW = datetime.datetime(2026, 6, 1, 12, 0, tzinfo=datetime.UTC)

    def make(self, group, name, status, age_days):
        return add_join_request(group, name, status=status, created_at=self.NOW - datetime.timedelta(days=age_days))

    def test_expired_requests(self, groups, settings):
        settings.JOIN_REQUEST_RETENTION_DAYS = 30
        group = groups[0]
        expired = {
            self.make(group, "Declined long ago", "declined", 31),
            self.make(group, "Approved very long ago", "approved", 61),
            self.make(group, "Pending very long ago", "pending", 61),
        }
        self.make(group, "Declined recently", "declined", 29)
        self.make(group, "Approved after one period", "approved", 31)
        self.make(group, "Pending after one period", "pending", 59)
        self.make(group, "Received just now", "pending", 0)
        assert set(JoinRequest.expired(now=self.NOW)) == expired

    def test_retention_period_comes_from_the_settings(self, groups, settings):
        group = groups[0]
        request = self.make(group, "Declined", "declined", 100)
        settings.JOIN_REQUEST_RETENTION_DAYS = 365
        assert list(JoinRequest.expired(now=self.NOW)) == []
        settings.JOIN_REQUEST_RETENTION_DAYS = 90
        assert list(JoinRequest.expired(now=self.NOW)) == [request]
