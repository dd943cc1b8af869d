"""Site-wide settings editors manage under Settings in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(
        _("organisation name"),
        max_length=200,
        default="Cities & Drugs Network",
        help_text=_("Name of the network as it should appear in the footer and in structured data."),
    )
    contact_email = models.EmailField(
        _("contact email"), blank=True, help_text=_("Public address for general questions.")
    )
    contact_phone = models.CharField(
        _("contact phone"),
        max_length=40,
        blank=True,
        help_text=_("International format, for example +33 1 40 64 49 00."),
    )
    postal_address = models.TextField(_("postal address"), blank=True, help_text=_("One line per address line."))
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Page linked as 'Contact' in the footer. The reader's language version is used when it exists."),
    )
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Page with the publisher's legal details."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Page explaining what personal data the site keeps and why."),
    )
    mastodon_url = models.URLField(_("Mastodon"), blank=True, help_text=_("Full address of the network's profile."))
    bluesky_url = models.URLField(_("Bluesky"), blank=True, help_text=_("Full address of the network's profile."))
    linkedin_url = models.URLField(_("LinkedIn"), blank=True, help_text=_("Full address of the network's page."))
    youtube_url = models.URLField(_("YouTube"), blank=True, help_text=_("Full address of the network's channel."))
    facebook_url = models.URLField(_("Facebook"), blank=True, help_text=_("Full address of the network's page."))
    default_social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when a page without its own image is shared. 1200 × 630 pixels."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("postal_address"),
            ],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_page"), FieldPanel("legal_notice_page"), FieldPanel("privacy_page")],
            heading=_("Footer pages"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("mastodon_url"),
                FieldPanel("bluesky_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
                FieldPanel("facebook_url"),
            ],
            heading=_("Social media"),
        ),
        FieldPanel("default_social_image"),
    ]

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def social_links(self):
        """(label, url) pairs for the profiles that are filled in, in a fixed order."""
        candidates = [
            ("Mastodon", self.mastodon_url),
            ("Bluesky", self.bluesky_url),
            ("LinkedIn", self.linkedin_url),
            ("YouTube", self.youtube_url),
            ("Facebook", self.facebook_url),
        ]
        return [(label, url) for label, url in candidates if url]

    @classmethod
    def for_site(cls, site):
        """Wagtail's, from the cache: every page shows the settings (portal.lookups drops the copy on save)."""
        from portal.lookups import cached_site_settings

        if site is None:
            raise cls.DoesNotExist(f"{cls} does not exist for site None.")
        return cached_site_settings(cls, site)
