"""The schedule's changelog: every published change to a session's time, room, status or presence.

Conference apps and subscribed calendars only see the latest schedule; attendees who
printed it want to know what moved. Each recorded change raises the event's schedule
version by one (the ``<version>`` of the frab export).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def now_to_the_second():
    """Changes are dated to the second: HTML, iCalendar and the frab format all read that."""
    return timezone.now().replace(microsecond=0)


class ChangeKind(models.TextChoices):
    ADDED = "added", _("Added")
    MOVED = "moved", _("Moved")
    ROOM = "room", _("Room changed")
    RENAMED = "renamed", _("Renamed")
    CANCELLED = "cancelled", _("Cancelled")
    RESTORED = "restored", _("Back on")
    REMOVED = "removed", _("Withdrawn")


class ScheduleChange(models.Model):
    event = models.ForeignKey(
        "events.EventPage", verbose_name=_("event"), on_delete=models.CASCADE, related_name="schedule_changes"
    )
    session = models.ForeignKey(
        "events.SessionPage",
        verbose_name=_("session"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    session_title = models.CharField(_("session"), max_length=255)
    kind = models.CharField(_("change"), max_length=10, choices=ChangeKind.choices)
    previous_start = models.DateTimeField(_("previous start"), null=True)
    previous_end = models.DateTimeField(_("previous end"), null=True)
    previous_room = models.CharField(_("previous room"), max_length=100, blank=True)
    start = models.DateTimeField(_("start"), null=True)
    end = models.DateTimeField(_("end"), null=True)
    room = models.CharField(_("room"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("when"), default=now_to_the_second, editable=False, db_index=True)

    class Meta:
        verbose_name = _("schedule change")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.session_title}"

    @classmethod
    def public_for(cls, event):
        """The event's changes readers may see: those of sessions live and public now, and withdrawals."""
        public = [session.pk for session in event.get_sessions()]
        return (
            cls.objects.filter(event=event)
            .filter(
                models.Q(session_id__in=public)
                | models.Q(kind=ChangeKind.REMOVED, session__isnull=True)
                | models.Q(kind=ChangeKind.REMOVED, session__live=False)
            )
            .select_related("session")
        )

    @classmethod
    def versions(cls, event):
        """{change id: the schedule version it made}: every change counts, shown or not."""
        ids = list(cls.objects.filter(event=event).order_by("created_at", "pk").values_list("pk", flat=True))
        return {pk: position for position, pk in enumerate(ids, start=1)}

    @property
    def bumps_sequence(self):
        return self.kind != ChangeKind.ADDED

    @classmethod
    def detect(cls, session):
        """The change that saving ``session`` makes to the published schedule, or None (one query).

        Only what readers of the schedule see counts: a draft never does, and a published
        session's summary or speakers do not change its place in anyone's calendar.
        """
        previous = (
            type(session)
            .objects.filter(pk=session.pk)
            .values(
                "live",
                "first_published_at",
                "start",
                "end",
                "room_id",
                "room__name",
                "room__translation_key",
                "status",
                "title",
            )
            .first()
        )
        if previous is None:
            return None
        change = cls(
            previous_start=previous["start"],
            previous_end=previous["end"],
            previous_room=previous["room__name"] or "",
        )
        change._previous_room_key = previous["room__translation_key"]
        first_publication = previous["first_published_at"] is None and session.first_published_at is not None
        if session.live and (first_publication or not previous["live"]):
            change.kind = ChangeKind.ADDED
        elif previous["live"] and not session.live:
            change.kind = ChangeKind.REMOVED
        elif not session.live:
            return None
        elif previous["status"] != session.status:
            change.kind = ChangeKind.CANCELLED if session.is_cancelled else ChangeKind.RESTORED
        elif previous["start"] != session.start or previous["end"] != session.end:
            change.kind = ChangeKind.MOVED
        elif previous["room_id"] != session.room_id:
            change.kind = ChangeKind.ROOM
        elif previous["title"] != session.title:
            change.kind = ChangeKind.RENAMED
        else:
            return None
        return change

    def record(self, session):
        """Save the change against the session's event, now that the session is saved."""
        parent = session.get_parent()
        # The changelog is public: a session behind a login or a password leaves no trace in it.
        if parent is None or session.get_view_restrictions().exists():
            return
        self.event_id = parent.pk
        self.session = session
        self.session_title = session.title[:255]
        self.start, self.end = session.start, session.end
        # The session may point at the source language's rows: name the rooms as this event does.
        names = dict(parent.specific.rooms.values_list("translation_key", "name"))
        self.room = ""
        if session.room_id and session.room:
            self.room = names.get(session.room.translation_key, session.room.name)
        previous_key = getattr(self, "_previous_room_key", None)
        if previous_key:
            self.previous_room = names.get(previous_key, self.previous_room)
        self.save()
