from .base import LIST_TITLE_HELP, BasePage, title_panel
from .mixins import ContentOwnershipMixin, ListingMixin, SocialMixin
from .site_settings import SiteSettings
from .taxonomies import (
    TAXONOMIES,
    Audience,
    InterventionField,
    InterventionType,
    ResourceType,
    Setting,
    Substance,
    TargetGroup,
    Term,
    Topic,
    localize_terms,
)

__all__ = [
    "LIST_TITLE_HELP",
    "TAXONOMIES",
    "Audience",
    "BasePage",
    "ContentOwnershipMixin",
    "InterventionField",
    "InterventionType",
    "ListingMixin",
    "ResourceType",
    "Setting",
    "SiteSettings",
    "SocialMixin",
    "Substance",
    "TargetGroup",
    "Term",
    "Topic",
    "localize_terms",
    "title_panel",
]
