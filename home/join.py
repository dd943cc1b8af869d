"""Requests to join a working group: the form, its view, and the emails that follow.

The form is one of the portal's public submission forms (see :mod:`portal.submissions`):
the request is saved before any email, a second click stores nothing more, robots and
floods are turned away.
"""

import logging

from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from django import forms
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.submissions import SubmissionForm, one_line, over_rate_limit, send_and_record

from .models.working_groups import JoinRequest, JoinRequestStatus

logger = logging.getLogger(__name__)

CONSENT_TEXT = _(
    "I agree that the network keeps these details to handle my request and contacts me about this "
    "working group. They are deleted when no longer needed, and I can ask for that at any time."
)


class JoinRequestForm(SubmissionForm):
    name = forms.CharField(label=_("Full name"), max_length=150)
    organisation = forms.CharField(label=_("Organisation"), max_length=200)
    role = forms.CharField(label=_("Role or job title"), max_length=200)
    country = LazyTypedChoiceField(label=_("Country"), choices=[("", "—"), *countries])
    # The column holds 254 characters; the validator alone lets through up to 320.
    email = forms.EmailField(label=_("Email"), max_length=254, help_text=_("We answer at this address."))
    motivation = forms.CharField(
        label=_("Why do you want to join?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Your experience of the theme and what you would bring, in a few sentences (2,000 characters at most)."
        ),
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Please agree so that we can handle your request.")},
    )
    autocomplete = {
        "name": "name",
        "organisation": "organization",
        "role": "organization-title",
        "email": "email",
        "country": "country",
    }


def _render(page, request, form, status=200):
    context = page.get_context(request)
    context["form"] = form
    return TemplateResponse(request, page.get_template(request), context, status=status)


def join_view(page, request):
    if request.method != "POST":
        form = JoinRequestForm() if page.accepts_requests() else None
        return _render(page, request, form)

    form = JoinRequestForm(request.POST)
    if not page.accepts_requests():
        # The page explains why; the status says the request was refused.
        return _render(page, request, None, status=403)
    if form.is_spam:
        logger.info("Join request to %s dropped: honeypot field filled", page.pk)
        return HttpResponseRedirect(_sent_url(page))
    if not form.is_valid():
        return _render(page, request, form, status=400)

    key = form.cleaned_data["submission_key"]
    if JoinRequest.objects.filter(submission_key=key).exists():
        return HttpResponseRedirect(_sent_url(page))
    if over_rate_limit(request, "join"):
        form.add_error(None, gettext("Too many requests from your connection. Please try again in an hour."))
        return _render(page, request, form, status=429)

    data = form.cleaned_data
    try:
        with transaction.atomic():
            join_request = JoinRequest.objects.create(
                working_group=page,
                group_title=page.title,
                language=page.locale.language_code,
                name=data["name"],
                organisation=data["organisation"],
                role=data["role"],
                country=data["country"],
                email=data["email"],
                motivation=data["motivation"],
                consent=True,
                consent_text=str(CONSENT_TEXT),
                submission_key=key,
            )
    except IntegrityError:
        # Two clicks raced past the check above; the first one's row stands.
        return HttpResponseRedirect(_sent_url(page))
    send_join_request_emails(page, join_request, request)
    return HttpResponseRedirect(_sent_url(page))


def sent_view(page, request):
    context = page.get_context(request)
    context["sent"] = True
    return TemplateResponse(request, "home/working_group_page_sent.html", context)


def send_join_request_emails(page, join_request, request=None):
    """Send the acknowledgement and the notification; record what went out and what failed."""
    group_url = page.get_full_url(request)
    with translation.override(join_request.language):
        context = {"page": page, "join_request": join_request, "group_url": group_url}
        acknowledgement = EmailMessage(
            subject=one_line(gettext("Your request to join “%(group)s”") % {"group": page.title}),
            body=render_to_string("home/emails/join_request_acknowledgement.txt", context),
            to=[join_request.email],
        )
    # Editors read notifications in the admin's language; the site's default is the safest guess.
    with translation.override(None):
        admin_url = _admin_url(join_request)
        notification = EmailMessage(
            subject=one_line(f"New request to join “{page.title}”: {join_request.name}"),
            body=render_to_string("home/emails/join_request_notification.txt", {**context, "admin_url": admin_url}),
            to=[page.get_notification_address()],
            reply_to=[join_request.email],
        )
    return send_and_record(
        join_request,
        [
            ("acknowledgement", acknowledgement, "acknowledgement_sent_at"),
            ("notification", notification, "notification_sent_at"),
        ],
        log=logger,
    )


def _admin_url(join_request):
    from django.conf import settings
    from django.urls import reverse

    path = reverse("wagtailsnippets_home_joinrequest:edit", args=[join_request.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


__all__ = ["JoinRequestForm", "JoinRequestStatus", "join_view", "send_join_request_emails", "sent_view"]


def _sent_url(page):
    return page.url + page.reverse_subpage("request_sent")
