"""Journalists ask the press office for an interview: the form, what is stored, the emails, and every way
a request is refused. The same paths as a working group's join requests (see portal/submissions.py)."""

import datetime
import logging
import smtplib

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.locmem import EmailBackend
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext

from portal.models import SiteSettings
from resources.models import InterviewRequest, PressRoomPage
from tests.factories.press import interview_form_data

pytestmark = pytest.mark.django_db

LOGGER = "resources.press.interviews"


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPException("Connection refused by the test")


class RowCheckingEmailBackend(EmailBackend):
    """The test outbox, noting for each message how many requests were stored when it was sent."""

    stored_at_send = []

    def send_messages(self, messages):
        RowCheckingEmailBackend.stored_at_send.append(InterviewRequest.objects.count())
        return super().send_messages(messages)


@pytest.fixture(autouse=True)
def media_root(press):
    """The press world's images stay in the module's media folder (see conftest.py)."""
    return press.media


@pytest.fixture(autouse=True)
def empty_cache():
    # The rate limit counts in the cache; each test starts with a clean slate.
    cache.clear()
    yield
    cache.clear()


def form_url(room):
    return f"{room.url}interview/"


def sent_url(room):
    return f"{room.url}interview/sent/"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def about_choices(document):
    select = document.find("select", attrs={"name": "about"})
    return [(option["value"], option.get_text(strip=True)) for option in select.find_all("option")]


def test_the_form_offers_a_csrf_token_a_submission_key_and_the_released_items(client, press):
    response = client.get(form_url(press.room))
    assert response.status_code == 200
    document = soup(response)
    form = document.find("form", class_="interview-form")
    assert form["method"] == "post" and form["action"] == "/en/press/interview/"
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    key = form.find("input", attrs={"name": "submission_key"})
    assert key["type"] == "hidden" and len(key["value"]) == 36
    assert (
        soup(client.get(form_url(press.room))).find("input", attrs={"name": "submission_key"})["value"] != key["value"]
    )
    assert form.find("input", attrs={"name": "website"}).find_parent(attrs={"hidden": True}) is not None
    assert form.find("input", attrs={"name": "deadline"})["type"] == "date"
    assert form.find("input", attrs={"name": "phone"})["type"] == "tel"
    assert form.find("input", attrs={"name": "email"})["autocomplete"] == "email"
    # The released items, newest first: neither the one under embargo nor the draft.
    assert about_choices(document) == [
        ("", "No item in particular"),
        (str(press.latest.pk), "Naloxone saves lives in Ghent"),
        (str(press.release.pk), "Cities call for drug checking"),
        (str(press.pack.pk), "Conference press pack"),
        (str(press.factsheet.pk), "Factsheet on drug checking"),
        (str(press.old_pack.pk), "Press pack 2023"),
    ]
    language = document.find("select", attrs={"name": "interview_language"})
    assert language.find("option", selected=True)["value"] == "en"
    assert "The press office answers within a working day." in document.select_one("p.lead").get_text()
    assert document.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert "pressdesk@example.org" not in response.content.decode()


def test_an_items_request_link_preselects_it(client, press):
    def chosen(params):
        select = soup(client.get(form_url(press.room), params)).find("select", attrs={"name": "about"})
        option = select.find("option", selected=True)
        return option["value"] if option else ""

    assert chosen({"about": press.release.pk}) == str(press.release.pk)
    # The item's page links here.
    item = soup(client.get(press.release.url))
    assert item.select_one(".notes-to-editors a.button")["href"] == f"/en/press/interview/?about={press.release.pk}"
    # Nothing is preselected for an item under embargo, a draft, another room's item or nonsense.
    for value in (press.embargoed.pk, press.draft.pk, press.release_fr.pk, "x", "-1", "²", "9" * 30):
        assert chosen({"about": value}) == "", value


def test_a_request_is_stored_acknowledged_and_announced(client, press):
    data = interview_form_data(about=str(press.release.pk))
    response = client.post(form_url(press.room), data)
    assert response.status_code == 302
    assert response["Location"] == sent_url(press.room) == "/en/press/interview/sent/"

    request = InterviewRequest.objects.get()
    assert request.press_room_id == press.room.pk
    assert (request.about_id, request.about_title) == (press.release.pk, "Cities call for drug checking")
    assert (request.name, request.media_outlet, request.email, request.phone) == (
        "Marie Martin",
        "Le Soir",
        "marie.martin@example.org",
        "+32 2 225 55 55",
    )
    assert request.deadline == timezone.localdate() + datetime.timedelta(days=3)
    assert request.subject == data["subject"]
    assert (request.language, request.interview_language) == ("en", "fr")
    assert request.consent_text.startswith("I agree that the network keeps these details")
    assert str(request.submission_key) == data["submission_key"]
    assert request.status == "new"
    assert request.acknowledgement_sent_at is not None and request.notification_sent_at is not None
    assert request.mail_error == ""

    assert len(mail.outbox) == 2
    acknowledgement, notification = mail.outbox
    assert acknowledgement.to == ["marie.martin@example.org"]
    assert acknowledgement.subject == "Your interview request to Press room"
    body = acknowledgement.body
    assert body.startswith("Hello Marie Martin,")
    assert "Media outlet: Le Soir" in body
    assert "About: Cities call for drug checking" in body
    assert "Language of the interview: Français" in body
    assert f"{data['subject']}\n" in body
    assert "http://localhost/en/press/\n" in body
    assert notification.to == ["pressdesk@example.org"]
    assert notification.reply_to == ["marie.martin@example.org"]
    assert notification.subject == "Interview request: Marie Martin (Le Soir)"
    assert "Language of the form: English (en)" in notification.body
    assert f"Deadline: {request.deadline:%Y-%m-%d}" in notification.body
    assert f"/admin/snippets/resources/interviewrequest/edit/{request.pk}/" in notification.body

    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert "Thank you, your request was sent" in confirmation.content.decode()
    assert soup(confirmation).find("form", class_="interview-form") is None


def test_the_request_is_stored_before_any_email_is_tried(client, press, settings):
    settings.EMAIL_BACKEND = f"{__name__}.RowCheckingEmailBackend"
    RowCheckingEmailBackend.stored_at_send = []
    assert client.post(form_url(press.room), interview_form_data()).status_code == 302
    assert RowCheckingEmailBackend.stored_at_send == [1, 1]
    assert len(mail.outbox) == 2


def test_the_notification_falls_back_to_the_press_office_then_the_site(client, press):
    room = press.room
    room.notification_email = ""
    room.save_revision().publish()
    assert client.post(form_url(room), interview_form_data()).status_code == 302
    assert mail.outbox[1].to == ["press@example.org"]

    room = PressRoomPage.objects.get(pk=room.pk)
    room.press_email = ""
    site_settings = SiteSettings.for_site(room.get_site())
    site_settings.contact_email = "contact@example.org"
    site_settings.save()
    assert room.get_notification_address() == "contact@example.org"
    site_settings.contact_email = ""
    site_settings.save()
    assert room.get_notification_address() == "Cities & Drugs Network <no-reply@localhost>"


def test_the_french_form_stores_the_language_and_answers_in_french(client, press):
    document = soup(client.get(form_url(press.room_fr)))
    assert document.find("html")["lang"] == "fr"
    assert about_choices(document)[1:] == [(str(press.release_fr.pk), "Les villes demandent l’analyse des drogues")]
    language = document.find("select", attrs={"name": "interview_language"})
    assert language.find("option", selected=True)["value"] == "fr"

    response = client.post(form_url(press.room_fr), interview_form_data(about=str(press.release_fr.pk)))
    assert response["Location"] == "/fr/presse/interview/sent/"
    request = InterviewRequest.objects.get()
    assert (request.language, request.press_room_id) == ("fr", press.room_fr.pk)
    acknowledgement, notification = mail.outbox
    with translation.override("fr"):
        subject = gettext("Your interview request to %(office)s") % {"office": "Salle de presse"}
    assert acknowledgement.subject == subject
    assert acknowledgement.body.startswith("Bonjour Marie Martin,")
    assert "Les villes demandent l’analyse des drogues" in acknowledgement.body
    assert "http://localhost/fr/presse/\n" in acknowledgement.body
    # The press office reads its notification in the portal's language, whatever the form's.
    assert notification.subject == "Interview request: Marie Martin (Le Soir)"
    assert "Language of the form: Français (fr)" in notification.body
    assert client.get(response["Location"]).status_code == 200


def test_a_second_click_on_send_stores_nothing_more(client, press):
    data = interview_form_data()
    first = client.post(form_url(press.room), data)
    second = client.post(form_url(press.room), data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == sent_url(press.room)
    assert InterviewRequest.objects.count() == 1
    assert len(mail.outbox) == 2


def test_refreshing_the_confirmation_sends_nothing(client, press):
    client.post(form_url(press.room), interview_form_data())
    for _ in range(3):
        assert client.get(sent_url(press.room)).status_code == 200
    assert InterviewRequest.objects.count() == 1
    assert len(mail.outbox) == 2


def test_a_damaged_submission_key_does_not_block_the_journalist(client, press):
    response = client.post(form_url(press.room), interview_form_data(submission_key="not-a-key"))
    assert response.status_code == 302
    assert InterviewRequest.objects.count() == 1


def test_robots_filling_the_trap_field_are_dropped(client, press, caplog):
    with caplog.at_level(logging.INFO, logger=LOGGER):
        response = client.post(form_url(press.room), interview_form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert response["Location"] == sent_url(press.room)
    assert not InterviewRequest.objects.exists()
    assert mail.outbox == []
    assert any("honeypot" in record.getMessage() for record in caplog.records)


def test_missing_consent_keeps_what_was_typed(client, press):
    data = interview_form_data(consent=None, subject="The Lighthouse study, with its authors.")
    response = client.post(form_url(press.room), data)
    assert response.status_code == 400
    document = soup(response)
    assert "Please agree so that we can handle your request." in document.find(class_="error-summary").get_text()
    assert document.find(class_="error-summary")["role"] == "alert"
    assert document.find("input", attrs={"name": "media_outlet"})["value"] == "Le Soir"
    assert document.find("textarea", attrs={"name": "subject"}).get_text().strip() == data["subject"]
    assert document.find("input", attrs={"name": "submission_key"})["value"] == data["submission_key"]
    assert not InterviewRequest.objects.exists()
    assert mail.outbox == []


def test_a_deadline_in_the_past_is_refused_and_today_accepted(client, press):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    response = client.post(form_url(press.room), interview_form_data(deadline=yesterday.isoformat()))
    assert response.status_code == 400
    deadline = soup(response).find("input", attrs={"name": "deadline"})
    assert deadline["aria-invalid"] == "true"
    assert "The deadline has passed. Choose today or a later day." in response.content.decode()
    assert not InterviewRequest.objects.exists()
    response = client.post(form_url(press.room), interview_form_data(deadline=timezone.localdate().isoformat()))
    assert response.status_code == 302
    assert InterviewRequest.objects.get().deadline == timezone.localdate()


def test_an_item_under_embargo_cannot_be_named(client, press):
    response = client.post(form_url(press.room), interview_form_data(about=str(press.embargoed.pk)))
    assert response.status_code == 400
    assert "Lighthouse" not in response.content.decode()
    assert not InterviewRequest.objects.exists()


def test_an_invalid_email_is_refused(client, press):
    response = client.post(form_url(press.room), interview_form_data(email="marie.example.org"))
    assert response.status_code == 400
    email = soup(response).find("input", attrs={"name": "email"})
    assert email["aria-invalid"] == "true"
    assert email["value"] == "marie.example.org"
    assert not InterviewRequest.objects.exists()


def test_an_email_longer_than_the_column_is_refused(client, press):
    # The email validator lets through up to 320 characters; the column holds 254.
    response = client.post(form_url(press.room), interview_form_data(email="m" * 250 + "@example.org"))
    assert response.status_code == 400
    assert soup(response).find("input", attrs={"name": "email"})["aria-invalid"] == "true"
    assert not InterviewRequest.objects.exists()


def test_the_sixth_request_within_the_hour_is_refused(client, press):
    for number in range(5):
        response = client.post(form_url(press.room), interview_form_data(email=f"journalist{number}@example.org"))
        assert response.status_code == 302, number
    response = client.post(form_url(press.room), interview_form_data(email="journalist5@example.org"))
    assert response.status_code == 429
    assert "Too many requests from your connection" in response.content.decode()
    assert InterviewRequest.objects.count() == 5
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert other.post(form_url(press.room), interview_form_data(email="other@example.org")).status_code == 302
    assert InterviewRequest.objects.count() == 6


def test_a_mail_failure_keeps_the_request(client, press, settings, caplog):
    settings.EMAIL_BACKEND = f"{__name__}.FailingEmailBackend"
    with caplog.at_level(logging.ERROR, logger=LOGGER):
        response = client.post(form_url(press.room), interview_form_data())
    assert response.status_code == 302
    assert response["Location"] == sent_url(press.room)
    request = InterviewRequest.objects.get()
    assert "acknowledgement: SMTPException: Connection refused by the test" in request.mail_error
    assert "notification: SMTPException" in request.mail_error
    assert request.acknowledgement_sent_at is None and request.notification_sent_at is None
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR and record.name == LOGGER]
    assert len(errors) == 2
    assert "email failed" in errors[0].getMessage()
    assert client.get(response["Location"]).status_code == 200


def test_a_post_without_csrf_token_is_refused(press):
    client = Client(enforce_csrf_checks=True)
    response = client.post(form_url(press.room), interview_form_data())
    assert response.status_code == 403
    assert not InterviewRequest.objects.exists()
    assert mail.outbox == []


def test_a_post_with_the_csrf_token_is_accepted(press):
    client = Client(enforce_csrf_checks=True)
    token = soup(client.get(form_url(press.room))).find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    response = client.post(form_url(press.room), {**interview_form_data(), "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert InterviewRequest.objects.count() == 1
