"""Asking to join a working group: the form, what is stored, the emails, and every way a request is refused."""

import datetime
import logging
import smtplib

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend
from django.test import Client
from django.utils import timezone, translation
from django.utils.formats import date_format

from home.models import JoinRequest
from tests.factories.network import (
    add_person,
    add_project,
    add_project_index,
    add_working_group,
    join_form_data,
)
from tests.factories.pages import translate_page

pytestmark = pytest.mark.django_db


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPException("Connection refused by the test")


@pytest.fixture(autouse=True)
def empty_cache():
    # The rate limit counts in the cache; each test starts with a clean slate.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def project(home):
    return add_project(add_project_index(home), "Safer Nights", slug="safer-nights")


@pytest.fixture
def contact():
    return add_person("Marc Dubois", role="Coordinator", email="marc@example.org")


@pytest.fixture
def group(project, contact):
    return add_working_group(project, "Night outreach", slug="night-outreach", contact=contact)


def sent_url(group):
    return group.url + group.reverse_subpage("request_sent")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_form_offers_a_csrf_token_and_a_submission_key(client, group):
    response = client.get(group.url)
    assert response.status_code == 200
    form = soup(response).find("form", class_="join-form")
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    key = form.find("input", attrs={"name": "submission_key"})
    assert key["type"] == "hidden"
    assert len(key["value"]) == 36
    # Each visit gets its own key.
    other = soup(client.get(group.url)).find("input", attrs={"name": "submission_key"})["value"]
    assert other != key["value"]
    # The trap for robots is hidden from people.
    assert form.find("input", attrs={"name": "website"}).find_parent(attrs={"hidden": True}) is not None


def test_request_is_stored_acknowledged_and_announced(client, group):
    data = join_form_data()
    response = client.post(group.url, data)
    assert response.status_code == 302
    assert response["Location"] == sent_url(group) == "/en/projects/safer-nights/night-outreach/sent/"

    request = JoinRequest.objects.get()
    assert request.working_group_id == group.pk
    assert request.group_title == "Night outreach"
    assert (request.name, request.organisation, request.role) == (
        "Sofia Rossi",
        "Unità di strada Bologna",
        "Outreach worker",
    )
    assert (request.country.code, request.email, request.language) == ("IT", "sofia@example.org", "en")
    assert request.motivation == data["motivation"]
    assert request.status == "pending"
    assert request.consent is True
    assert request.consent_text.startswith("I agree that the network keeps these details")
    assert str(request.submission_key) == data["submission_key"]
    assert request.decided_at is None
    assert request.acknowledgement_sent_at is not None
    assert request.notification_sent_at is not None
    assert request.mail_error == ""

    assert len(mail.outbox) == 2
    acknowledgement, notification = mail.outbox
    assert acknowledgement.to == ["sofia@example.org"]
    assert "Night outreach" in acknowledgement.subject
    assert "Hello Sofia Rossi" in acknowledgement.body
    assert "http://localhost/en/projects/safer-nights/night-outreach/" in acknowledgement.body
    assert notification.to == ["marc@example.org"]
    assert notification.reply_to == ["sofia@example.org"]
    assert "Sofia Rossi" in notification.subject
    assert f"/admin/snippets/home/joinrequest/edit/{request.pk}/" in notification.body

    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert "Thank you, your request was sent" in confirmation.content.decode()
    assert "Night outreach" in soup(confirmation).find("main").get_text()


def test_notification_goes_to_the_notification_address_first(client, group):
    group.notification_email = "groups@example.org"
    group.save_revision().publish()
    assert client.post(group.url, join_form_data()).status_code == 302
    assert mail.outbox[1].to == ["groups@example.org"]
    assert "groups@example.org" not in client.get(group.url).content.decode()


def test_french_form_stores_the_language_and_answers_in_french(client, project, group):
    translate_page(project, "fr", title="Nuits plus sûres", slug="nuits")
    group_fr = translate_page(group, "fr", title="Travail de rue la nuit", slug="travail-de-rue")
    response = client.post(group_fr.url, join_form_data())
    assert response["Location"] == "/fr/projects/nuits/travail-de-rue/sent/"
    assert JoinRequest.objects.get().language == "fr"
    # The applicant's email names the group as they read it; the editors' one too.
    assert "Travail de rue la nuit" in mail.outbox[0].subject
    assert "http://localhost/fr/projects/nuits/travail-de-rue/" in mail.outbox[0].body
    assert client.get(response["Location"]).status_code == 200


def test_second_click_on_send_stores_nothing_more(client, group):
    data = join_form_data()
    first = client.post(group.url, data)
    second = client.post(group.url, data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == sent_url(group)
    assert JoinRequest.objects.count() == 1
    assert len(mail.outbox) == 2


def test_refreshing_the_confirmation_sends_nothing(client, group):
    client.post(group.url, join_form_data())
    for _ in range(3):
        assert client.get(sent_url(group)).status_code == 200
    assert JoinRequest.objects.count() == 1
    assert len(mail.outbox) == 2


def test_closed_group_refuses_requests(client, group):
    group.status = "closed"
    group.save_revision().publish()
    page = client.get(group.url)
    assert page.status_code == 200
    assert soup(page).find("form", class_="join-form") is None
    assert "This group is not taking requests to join." in page.content.decode()

    response = client.post(group.url, join_form_data())
    assert response.status_code == 403
    assert "This group is not taking requests to join." in response.content.decode()
    assert soup(response).find("form", class_="join-form") is None
    assert not JoinRequest.objects.exists()
    assert mail.outbox == []


def test_group_past_its_deadline_refuses_requests(client, group):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    group.application_deadline = yesterday
    group.save_revision().publish()
    response = client.post(group.url, join_form_data())
    assert response.status_code == 403
    with translation.override("en"):
        expected = f"Requests to join this group closed on {date_format(yesterday, 'DATE_FORMAT')}."
    assert expected in response.content.decode()
    assert not JoinRequest.objects.exists()
    assert mail.outbox == []


def test_deadline_day_itself_is_still_open(client, group):
    group.application_deadline = timezone.localdate()
    group.save_revision().publish()
    assert soup(client.get(group.url)).find("form", class_="join-form") is not None
    assert client.post(group.url, join_form_data()).status_code == 302
    assert JoinRequest.objects.count() == 1


def test_deadline_follows_the_portals_time_zone(group, settings):
    """At 23:30 in Brussels on the deadline day it is already the next day in UTC+14, and not yet in UTC."""
    group.application_deadline = datetime.date(2025, 3, 10)
    late_evening = datetime.datetime(2025, 3, 10, 22, 30, tzinfo=datetime.UTC)  # 23:30 in Brussels
    assert group.accepts_requests(now=late_evening)
    assert not group.accepts_requests(now=late_evening + datetime.timedelta(hours=1))  # 00:30 the next day
    settings.TIME_ZONE = "Pacific/Kiritimati"
    assert not group.accepts_requests(now=late_evening)


def test_robots_filling_the_trap_field_are_dropped(client, group, caplog):
    with caplog.at_level(logging.INFO, logger="home.join"):
        response = client.post(group.url, join_form_data(website="http://spam.example"))
    # Answered like a success, so the robot learns nothing.
    assert response.status_code == 302
    assert response["Location"] == sent_url(group)
    assert not JoinRequest.objects.exists()
    assert mail.outbox == []
    assert any("honeypot" in record.getMessage() for record in caplog.records)


def test_missing_consent_keeps_what_was_typed(client, group):
    data = join_form_data(consent=None, motivation="Peer support in prisons since 2012.")
    response = client.post(group.url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please agree so that we can handle your request." in html
    document = soup(response)
    assert document.find("input", attrs={"name": "name"})["value"] == "Sofia Rossi"
    assert (
        document.find("textarea", attrs={"name": "motivation"}).get_text().strip()
        == "Peer support in prisons since 2012."
    )
    # The same submission key comes back, so the corrected form still counts once.
    assert document.find("input", attrs={"name": "submission_key"})["value"] == data["submission_key"]
    summary = document.find(class_="error-summary")
    assert summary is not None and summary["role"] == "alert"
    assert not JoinRequest.objects.exists()
    assert mail.outbox == []


def test_invalid_email_is_refused(client, group):
    response = client.post(group.url, join_form_data(email="sofia.example.org"))
    assert response.status_code == 400
    document = soup(response)
    email = document.find("input", attrs={"name": "email"})
    assert email["aria-invalid"] == "true"
    assert email["value"] == "sofia.example.org"
    assert "Enter a valid email address." in document.find(class_="error-summary").get_text()
    assert not JoinRequest.objects.exists()


def test_an_email_longer_than_the_column_is_refused(client, group):
    # The email validator lets through up to 320 characters; the column holds 254.
    response = client.post(group.url, join_form_data(email="s" * 250 + "@example.org"))
    assert response.status_code == 400
    assert soup(response).find("input", attrs={"name": "email"})["aria-invalid"] == "true"
    assert not JoinRequest.objects.exists()


def test_sixth_request_within_the_hour_is_refused(client, group):
    for number in range(5):
        response = client.post(group.url, join_form_data(email=f"person{number}@example.org"))
        assert response.status_code == 302, number
    response = client.post(group.url, join_form_data(email="person5@example.org"))
    assert response.status_code == 429
    assert "Too many requests from your connection" in response.content.decode()
    assert JoinRequest.objects.count() == 5
    # Another connection is not affected.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert other.post(group.url, join_form_data(email="other@example.org")).status_code == 302
    assert JoinRequest.objects.count() == 6


def test_mail_failure_keeps_the_request(client, group, settings, caplog):
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"
    with caplog.at_level(logging.ERROR, logger="home.join"):
        response = client.post(group.url, join_form_data())
    assert response.status_code == 302
    assert response["Location"] == sent_url(group)
    request = JoinRequest.objects.get()
    assert "acknowledgement: SMTPException: Connection refused by the test" in request.mail_error
    assert "notification: SMTPException" in request.mail_error
    assert request.acknowledgement_sent_at is None
    assert request.notification_sent_at is None
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR and record.name == "home.join"]
    assert len(errors) == 2
    assert "email failed" in errors[0].getMessage()
    assert client.get(response["Location"]).status_code == 200


def test_post_without_csrf_token_is_refused(group):
    client = Client(enforce_csrf_checks=True)
    response = client.post(group.url, join_form_data())
    assert response.status_code == 403
    assert not JoinRequest.objects.exists()
    assert mail.outbox == []


def test_post_with_csrf_token_is_accepted(group):
    client = Client(enforce_csrf_checks=True)
    token = soup(client.get(group.url)).find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    response = client.post(group.url, {**join_form_data(), "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert JoinRequest.objects.count() == 1
