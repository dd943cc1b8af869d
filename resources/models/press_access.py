"""What journalists leave with the press office: preview links they were given, interview requests they send."""

import datetime
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from .press import PressReleasePage


class PreviewLinkQuerySet(models.QuerySet):
    def active(self, now=None):
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True, expires_at__gt=now)


def default_expiry():
    return timezone.now() + datetime.timedelta(days=7)


class PreviewLink(models.Model):
    """A private address at which one journalist (or newsroom) may read an item before its release.

    The address carries a signed token (see :mod:`resources.press.embargo`) naming this
    link and its random secret; a link stops working when it expires, is revoked, or
    the item is released (the public page then takes over). Every use is recorded.
    """

    page = models.ForeignKey(
        PressReleasePage,
        verbose_name=_("press item"),
        on_delete=models.CASCADE,
        related_name="preview_links",
        help_text=_("The item the link shows, in the language of the version chosen."),
    )
    recipient = models.CharField(
        _("for"),
        max_length=200,
        help_text=_("Who receives the link, for example 'Marie Martin, Le Soir'. Kept in the log."),
    )
    expires_at = models.DateTimeField(
        _("expires"),
        default=default_expiry,
        help_text=_("After this moment the link shows nothing. A week by default; at most 60 days."),
    )
    secret = models.CharField(max_length=64, editable=False, default=secrets.token_urlsafe)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    objects = PreviewLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("embargo preview link")
        verbose_name_plural = _("embargo preview links")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page.title} → {self.recipient}"

    def get_absolute_url(self):
        from ..press.embargo import preview_path

        return preview_path(self)

    def is_active(self, now=None):
        now = now or timezone.now()
        return self.revoked_at is None and self.expires_at > now

    @property
    def state(self):
        if self.revoked_at is not None:
            return _("Revoked")
        if self.expires_at <= timezone.now():
            return _("Expired")
        return _("Active")

    def revoke(self, user=None):
        self.revoked_at = timezone.now()
        self.revoked_by = user
        self.save(update_fields=["revoked_at", "revoked_by"])


class PreviewLinkVisit(models.Model):
    """One opening of a preview link: when, what was fetched, from which (hashed) address."""

    link = models.ForeignKey(PreviewLink, on_delete=models.CASCADE, related_name="visits")
    at = models.DateTimeField(default=timezone.now)
    what = models.CharField(max_length=20, default="page")
    client = models.CharField(max_length=32, blank=True, help_text="A hash of the client's address, not the address.")
    user_agent = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-at"]

    def __str__(self):
        return f"{self.link_id} {self.what} {self.at:%Y-%m-%d %H:%M}"


class InterviewStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in-progress", _("Being arranged")
    ARRANGED = "arranged", _("Interview arranged")
    DECLINED = "declined", _("Declined")


class InterviewRequest(models.Model):
    """A journalist's request for an interview, kept whatever happens to the emails about it."""

    press_room = models.ForeignKey(
        "resources.PressRoomPage",
        verbose_name=_("press room"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="interview_requests",
    )
    about = models.ForeignKey(
        PressReleasePage,
        verbose_name=_("about the item"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    about_title = models.CharField(_("item"), max_length=255, blank=True, editable=False)
    language = models.CharField(
        _("form language"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("The language the form was filled in; the acknowledgement is written in it."),
    )
    name = models.CharField(_("name"), max_length=150, help_text=_("As the journalist gave it in the form."))
    media_outlet = models.CharField(
        _("media outlet"), max_length=200, help_text=_("As the journalist gave it in the form.")
    )
    email = models.EmailField(_("email"), help_text=_("Write to the journalist at this address."))
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("As the journalist gave it in the form.")
    )
    deadline = models.DateField(
        _("deadline"),
        null=True,
        blank=True,
        help_text=_("The last day the interview is useful to the journalist. Empty: none given."),
    )
    subject = models.TextField(
        _("subject"), max_length=2000, help_text=_("What the journalist wants to talk about, in their own words.")
    )
    interview_language = models.CharField(
        _("language of the interview"),
        max_length=10,
        blank=True,
        help_text=_("The language the journalist would like to speak in."),
    )
    consent_text = models.TextField(_("consent wording"), help_text=_("The exact sentence the person agreed to."))
    submission_key = models.UUIDField(
        _("submission key"),
        unique=True,
        editable=False,
        default=uuid.uuid4,
        help_text=_("Makes a second click on 'Send' harmless."),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=InterviewStatus.choices,
        default=InterviewStatus.NEW,
        help_text=_("Where the request stands. Change it as you arrange the interview."),
    )
    editor_note = models.TextField(
        _("note for the press office"), blank=True, help_text=_("Not shown to the journalist.")
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    acknowledgement_sent_at = models.DateTimeField(_("acknowledgement sent"), null=True, blank=True, editable=False)
    notification_sent_at = models.DateTimeField(_("notification sent"), null=True, blank=True, editable=False)
    mail_error = models.TextField(_("mail problem"), blank=True, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("status")]),
        FieldPanel("editor_note"),
        MultiFieldPanel(
            [
                FieldPanel("name", read_only=True),
                FieldPanel("media_outlet", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("phone", read_only=True),
                FieldPanel("deadline", read_only=True),
                FieldPanel("interview_language", read_only=True),
                FieldPanel("subject", read_only=True),
                FieldPanel("language", read_only=True),
            ],
            heading=_("Request"),
        ),
    ]

    class Meta:
        verbose_name = _("interview request")
        verbose_name_plural = _("interview requests")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.name} ({self.media_outlet})"

    @property
    def interview_language_name(self):
        from ..languages import language_name

        return language_name(self.interview_language) if self.interview_language else ""
