from .base import BasePage
from .mixins import ContentOwnershipMixin, ListingMixin, SocialMixin
from .site_settings import SiteSettings

__all__ = ["BasePage", "ContentOwnershipMixin", "ListingMixin", "SiteSettings", "SocialMixin"]
