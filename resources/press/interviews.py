"""Interview requests from journalists: the form on the press room, what is stored, the emails that follow.

One of the portal's public submission forms (see :mod:`portal.submissions`): the request
is saved before any email, a second click stores nothing more, robots and floods are
turned away. The press office reads requests in the admin (Press room → Interview requests).
"""

import logging

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.submissions import SubmissionForm, one_line, over_rate_limit, send_and_record

from ..languages import FILE_LANGUAGES
from ..models.press import PressReleasePage, released
from ..models.press_access import InterviewRequest

logger = logging.getLogger(__name__)

CONSENT_TEXT = _(
    "I agree that the network keeps these details to arrange the interview and contacts me about it. "
    "They are deleted when no longer needed, and I can ask for that at any time."
)


class InterviewRequestForm(SubmissionForm):
    name = forms.CharField(label=_("Full name"), max_length=150)
    media_outlet = forms.CharField(
        label=_("Media outlet"), max_length=200, help_text=_("The newspaper, broadcaster or site you work for.")
    )
    # The column holds 254 characters; the validator alone lets through up to 320.
    email = forms.EmailField(label=_("Email"), max_length=254, help_text=_("We answer at this address."))
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    deadline = forms.DateField(
        label=_("Your deadline"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("The last day the interview is useful to you."),
    )
    about = forms.TypedChoiceField(label=_("About"), coerce=int, required=False, empty_value=None)
    subject = forms.CharField(
        label=_("What would you like to ask, and whom?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("The subject and, if you know, the person you would like to speak to."),
    )
    interview_language = forms.ChoiceField(label=_("Language of the interview"), required=False)
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Please agree so that we can handle your request.")},
    )

    autocomplete = {"name": "name", "media_outlet": "organization", "email": "email", "phone": "tel"}

    def __init__(self, *args, items=(), language="en", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["about"].choices = [
            ("", gettext("No item in particular")),
            *((item.pk, item.title) for item in items),
        ]
        self.fields["interview_language"].choices = [("", "—"), *FILE_LANGUAGES]
        self.fields["interview_language"].initial = language
        self.fields["phone"].widget.input_type = "tel"

    def clean_deadline(self):
        deadline = self.cleaned_data.get("deadline")
        if deadline and deadline < timezone.localdate():
            raise forms.ValidationError(_("The deadline has passed. Choose today or a later day."))
        return deadline


def _items(page):
    """The released items of the press room, newest first, for the 'About' choice."""
    return list(released(PressReleasePage.objects.live().public().child_of(page)).order_by("-release_at")[:50])


def _render(page, request, form, status=200):
    context = page.get_context(request)
    context.update(form=form, interview_page=True)
    return TemplateResponse(request, "resources/press_interview.html", context, status=status)


def _sent_url(page):
    return page.url + page.reverse_subpage("interview_sent")


def interview_view(page, request):
    items = _items(page)
    language = page.locale.language_code
    if request.method != "POST":
        initial = {}
        about = request.GET.get("about", "")
        if about.isascii() and about.isdigit() and int(about) in {item.pk for item in items}:
            initial["about"] = int(about)
        return _render(page, request, InterviewRequestForm(items=items, language=language, initial=initial))

    form = InterviewRequestForm(request.POST, items=items, language=language)
    if form.is_spam:
        logger.info("Interview request to %s dropped: honeypot field filled", page.pk)
        return HttpResponseRedirect(_sent_url(page))
    if not form.is_valid():
        return _render(page, request, form, status=400)

    key = form.cleaned_data["submission_key"]
    if InterviewRequest.objects.filter(submission_key=key).exists():
        return HttpResponseRedirect(_sent_url(page))
    if over_rate_limit(request, "interview"):
        form.add_error(None, gettext("Too many requests from your connection. Please try again in an hour."))
        return _render(page, request, form, status=429)

    data = form.cleaned_data
    about = next((item for item in items if item.pk == data["about"]), None)
    try:
        with transaction.atomic():
            interview = InterviewRequest.objects.create(
                press_room=page,
                about=about,
                about_title=about.title if about else "",
                language=language,
                name=data["name"],
                media_outlet=data["media_outlet"],
                email=data["email"],
                phone=data["phone"],
                deadline=data["deadline"],
                subject=data["subject"],
                interview_language=data["interview_language"],
                consent_text=str(CONSENT_TEXT),
                submission_key=key,
            )
    except IntegrityError:
        # Two clicks raced past the check above; the first one's row stands.
        return HttpResponseRedirect(_sent_url(page))
    send_interview_emails(page, interview, request)
    return HttpResponseRedirect(_sent_url(page))


def sent_view(page, request):
    context = page.get_context(request)
    context["sent"] = True
    return TemplateResponse(request, "resources/press_interview.html", context)


def send_interview_emails(page, interview, request=None):
    """The journalist's acknowledgement (in the form's language) and the press office's notification."""
    context = {"page": page, "interview": interview, "press_room_url": page.get_full_url(request)}
    with translation.override(interview.language):
        acknowledgement = EmailMessage(
            subject=one_line(gettext("Your interview request to %(office)s") % {"office": page.title}),
            body=render_to_string("resources/emails/interview_acknowledgement.txt", context),
            to=[interview.email],
        )
    with translation.override(None):
        notification = EmailMessage(
            subject=one_line(f"Interview request: {interview.name} ({interview.media_outlet})"),
            body=render_to_string(
                "resources/emails/interview_notification.txt", {**context, "admin_url": _admin_url(interview)}
            ),
            to=[page.get_notification_address()],
            reply_to=[interview.email],
        )
    return send_and_record(
        interview,
        [
            ("acknowledgement", acknowledgement, "acknowledgement_sent_at"),
            ("notification", notification, "notification_sent_at"),
        ],
        log=logger,
    )


def _admin_url(interview):
    from django.urls import reverse

    path = reverse("wagtailsnippets_resources_interviewrequest:edit", args=[interview.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
