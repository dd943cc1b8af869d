"""Admin forms for events and sessions: times typed in the event's own time zone, choices limited to the event.

Django reads and shows datetimes in the server's time zone; an editor in Lisbon typing
a Brussels conference's programme would otherwise shift every session by an hour.
Values are stored in UTC as always.
"""

import zoneinfo

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm


class ZonedDateTimeField(forms.DateTimeField):
    """A datetime typed and shown in ``tz``; times that do not exist or repeat there are refused."""

    def __init__(self, *args, tz=None, **kwargs):
        self.tz = tz
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        if self.tz is not None and hasattr(value, "tzinfo") and timezone.is_aware(value):
            return timezone.make_naive(value, self.tz)
        return super().prepare_value(value)

    def to_python(self, value):
        if self.tz is None:
            return super().to_python(value)
        with timezone.override(self.tz):
            return super().to_python(value)


def zone_or_none(name):
    try:
        return zoneinfo.ZoneInfo(name) if name else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def use_zone(form, tz, names=("start", "end")):
    """Swap the form's datetime fields for fields in ``tz``, keeping label and widget; the help names the zone."""
    for name in names:
        field = form.fields.get(name)
        if field is None:
            continue
        form.fields[name] = ZonedDateTimeField(
            tz=tz,
            label=field.label,
            required=field.required,
            widget=field.widget,
            help_text=_("In the event's time zone, %(zone)s.") % {"zone": str(tz)},
        )


class EventPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The zone chosen in this very form wins over the one saved, so a change of zone and
        # of times can be made at once.
        chosen = zone_or_none(self.data.get(self.add_prefix("time_zone"))) if self.is_bound else None
        use_zone(self, chosen or zone_or_none(self.instance.time_zone) or zoneinfo.ZoneInfo("UTC"))


class SessionPageForm(WagtailAdminPageForm):
    interpretation = forms.MultipleChoiceField(
        label=_("interpretation into"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Languages the session is interpreted into, if any."),
    )

    def __init__(self, *args, **kwargs):
        from .models import EventPage, EventRoom, EventTrack
        from .models.sessions import SESSION_LANGUAGES

        super().__init__(*args, **kwargs)
        self.fields["interpretation"].choices = SESSION_LANGUAGES
        parent = self.parent_page
        self.event = parent.specific if parent is not None and isinstance(parent.specific, EventPage) else None
        if self.event is None:
            return
        use_zone(self, self.event.tz)
        if "room" in self.fields:
            self.fields["room"].queryset = EventRoom.objects.filter(event_id=self.event.pk)
        if "track" in self.fields:
            self.fields["track"].queryset = EventTrack.objects.filter(event_id=self.event.pk)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        event = self.event
        if event is None or not (start and end and event.start and event.end):
            return cleaned
        tz = event.tz
        first, last = event.local_start.date(), event.local_end.date()
        for name, value in (("start", start), ("end", end)):
            day = timezone.localtime(value, tz).date()
            if not first <= day <= last and name not in self.errors:
                self.add_error(
                    name,
                    _("The event runs from %(first)s to %(last)s; the session must take place on those days.")
                    % {"first": date_format(first), "last": date_format(last)},
                )
        return cleaned
