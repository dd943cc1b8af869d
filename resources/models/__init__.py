"""What the network publishes: the resource library and practice examples."""

from .files import DocumentText, ResourceFile
from .library import ResourceLibraryPage, ResourcePage, ResourcePublisher, ResourceTag
from .practices import PracticeIndexPage, PracticePage, PracticePartner, PracticeRelatedPage

__all__ = [
    "DocumentText",
    "PracticeIndexPage",
    "PracticePage",
    "PracticePartner",
    "PracticeRelatedPage",
    "ResourceFile",
    "ResourceLibraryPage",
    "ResourcePage",
    "ResourcePublisher",
    "ResourceTag",
]
