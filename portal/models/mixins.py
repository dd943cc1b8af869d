"""Abstract mixins that carry their own fields *and* panels, composed by BasePage."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class ListingMixin(models.Model):
    """How a page presents itself in listings, cards and search results."""

    listing_title = models.CharField(
        _("listing title"),
        max_length=120,
        blank=True,
        help_text=_("Shorter title for cards and lists. Leave empty to use the page title."),
    )
    listing_summary = models.TextField(
        _("listing summary"),
        max_length=300,
        blank=True,
        help_text=_(
            "One or two sentences shown under the title in lists and search results "
            "(300 characters at most). Say what the reader will find, not that a page exists."
        ),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Picture used on cards that link here. Landscape, at least 800 × 450 pixels."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("listing_title"), FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("In listings"),
        )
    ]

    class Meta:
        abstract = True

    def get_listing_title(self):
        return self.listing_title or self.title

    def get_listing_summary(self):
        return self.listing_summary or getattr(self, "search_description", "")


class SocialMixin(models.Model):
    """What a link to the page looks like when shared on social media or messaging apps."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Picture shown when the page is shared (1200 × 630 pixels works everywhere). "
            "Leave empty to use the listing image, then the site's default."
        ),
    )
    social_text = models.CharField(
        _("social text"),
        max_length=200,
        blank=True,
        help_text=_("Text shown under the title when the page is shared. Leave empty to use the meta description."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("social_image"), FieldPanel("social_text")], heading=_("When shared")),
    ]

    class Meta:
        abstract = True


class ContentOwnershipMixin(models.Model):
    """Who answers for a page, and when it must be read again."""

    content_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("content owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The person who answers for this page being correct. They are reminded when review is due."),
    )
    review_by = models.DateField(
        _("review by"),
        null=True,
        blank=True,
        help_text=_("Date by which the content owner should check that this page is still accurate."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("content_owner"), FieldPanel("review_by")], heading=_("Ownership and review")),
    ]

    class Meta:
        abstract = True
