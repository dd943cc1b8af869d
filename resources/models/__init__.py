"""What the network publishes: the resource library, practice examples and the press room."""

from .files import DocumentText, ResourceFile
from .library import ResourceLibraryPage, ResourcePage, ResourcePublisher, ResourceTag
from .practices import PracticeIndexPage, PracticePage, PracticePartner, PracticeRelatedPage
from .press import (
    PressContact,
    PressImage,
    PressKind,
    PressOfficeContact,
    PressPractice,
    PressRelatedPage,
    PressReleasePage,
    PressRoomPage,
    PressSession,
)
from .press_access import InterviewRequest, InterviewStatus, PreviewLink, PreviewLinkVisit

__all__ = [
    "DocumentText",
    "InterviewRequest",
    "InterviewStatus",
    "PracticeIndexPage",
    "PracticePage",
    "PracticePartner",
    "PracticeRelatedPage",
    "PressContact",
    "PressImage",
    "PressKind",
    "PressOfficeContact",
    "PressPractice",
    "PressRelatedPage",
    "PressReleasePage",
    "PressRoomPage",
    "PressSession",
    "PreviewLink",
    "PreviewLinkVisit",
    "ResourceFile",
    "ResourceLibraryPage",
    "ResourcePage",
    "ResourcePublisher",
    "ResourceTag",
]
