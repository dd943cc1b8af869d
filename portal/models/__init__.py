from .base import BasePage
from .mixins import ContentOwnershipMixin, ListingMixin, SocialMixin
from .site_settings import SiteSettings
from .taxonomies import InterventionField, Term, Topic, localize_terms

__all__ = [
    "BasePage",
    "ContentOwnershipMixin",
    "InterventionField",
    "ListingMixin",
    "SiteSettings",
    "SocialMixin",
    "Term",
    "Topic",
    "localize_terms",
]
