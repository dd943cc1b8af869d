"""Events and conference schedules: events, their rooms, tracks and site visits, sessions and their people."""

from .changes import ScheduleChange
from .events import EventIndexPage, EventPage, EventPartner, EventRoom, EventTrack, SiteVisit
from .sessions import SessionPage, SessionPerson, SessionRelatedPage

__all__ = [
    "EventIndexPage",
    "EventPage",
    "EventPartner",
    "EventRoom",
    "EventTrack",
    "ScheduleChange",
    "SessionPage",
    "SessionPerson",
    "SessionRelatedPage",
    "SiteVisit",
]
