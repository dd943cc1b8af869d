"""People: one record per person, reused as speaker, moderator, media contact, co-pilot and project contact."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Locale, PreviewableMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.utils import attach_images


class Person(TranslatableMixin, PreviewableMixin, index.Indexed, models.Model):
    """A person the network names in public. Role and biography are translated; contact details are
    published only when the person has agreed to it."""

    name = models.CharField(_("name"), max_length=150, help_text=_("Full name as the person writes it."))
    role = models.CharField(
        _("role or title"),
        max_length=200,
        blank=True,
        help_text=_("For example 'Deputy mayor of Strasbourg' or 'Director'. Translated with the person."),
    )
    organisation = models.ForeignKey(
        "home.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Their organisation's profile, if it has one on the portal."),
    )
    affiliation = models.CharField(
        _("affiliation"),
        max_length=200,
        blank=True,
        help_text=_("The organisation's name when it has no profile on the portal."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A portrait the person agreed to publish, at least 400 × 400 pixels, with its credit."),
    )
    bio = models.TextField(
        _("short biography"), max_length=800, blank=True, help_text=_("Three or four sentences at most.")
    )
    email = models.EmailField(
        _("email"),
        blank=True,
        help_text=_("Used by the portal to reach them (for example working-group notifications)."),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True, help_text=_("International format."))
    contact_is_public = models.BooleanField(
        _("contact details may be published"),
        default=False,
        help_text=_(
            "Tick only when the person has agreed that their email and phone appear on the public site. "
            "Otherwise they stay visible to editors only."
        ),
    )

    # Names stay translatable: a Bulgarian page may write a Latin name in Cyrillic.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("role"),
        TranslatableField("affiliation"),
        TranslatableField("bio"),
        SynchronizedField("organisation"),
        SynchronizedField("photo"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("contact_is_public"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        MultiFieldPanel([FieldPanel("organisation"), FieldPanel("affiliation")], heading=_("Organisation")),
        FieldPanel("photo"),
        FieldPanel("bio"),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("contact_is_public")], heading=_("Contact")
        ),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("role"),
        index.SearchField("affiliation"),
        index.SearchField("bio"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name

    def clean(self):
        super().clean()
        if self.contact_is_public and not (self.email or self.phone):
            raise ValidationError({"contact_is_public": _("Add an email or a phone number to publish.")})

    @property
    def public_email(self):
        return self.email if self.contact_is_public else ""

    @property
    def public_phone(self):
        return self.phone if self.contact_is_public else ""

    def get_affiliation(self):
        """The organisation's name to print next to the person."""
        if self.organisation_id and self.organisation is not None:
            return self.organisation.title
        return self.affiliation

    def as_schema(self, request=None):
        """schema.org Person, with contact details only where published."""
        node = {"@type": "Person", "name": self.name}
        if self.role:
            node["jobTitle"] = self.role
        if self.public_email:
            node["email"] = self.public_email
        if self.public_phone:
            node["telephone"] = self.public_phone
        if self.organisation_id and self.organisation is not None:
            node["affiliation"] = {"@type": "Organization", "name": self.organisation.title}
            url = self.organisation.get_full_url(request) if request is not None else None
            if url:
                node["affiliation"]["url"] = url
        elif self.affiliation:
            node["affiliation"] = {"@type": "Organization", "name": self.affiliation}
        return node

    def as_contact_point(self):
        """schema.org ContactPoint naming the person, with contact details only where published."""
        node = {"@type": "ContactPoint", "name": self.name}
        if self.role:
            node["contactType"] = self.role
        if self.public_email:
            node["email"] = self.public_email
        if self.public_phone:
            node["telephone"] = self.public_phone
        return node

    def get_preview_template(self, request, mode_name):
        return "home/person_preview.html"

    def get_preview_context(self, request, mode_name):
        return {"person": self}


# Must match the rendition components/_person_card.html asks for.
PHOTO_SPEC = "fill-160x160"


def localize_people(people, locale=None):
    """The reader's translation of each person where one exists, order kept; one query.

    Pages keep the source language's person after translation (the field is
    synchronised); the role and biography shown are the reader's.
    """
    people = [person for person in people if person is not None]
    if not people:
        return []
    locale = locale or Locale.get_active()
    foreign = {person.translation_key for person in people if person.locale_id != locale.id}
    translations = {}
    if foreign:
        translations = {
            person.translation_key: person
            for person in Person.objects.filter(translation_key__in=foreign, locale_id=locale.id).select_related(
                "organisation"
            )
        }
    shown = [
        person if person.locale_id == locale.id else translations.get(person.translation_key, person)
        for person in people
    ]
    return attach_images(shown, "photo", PHOTO_SPEC)
