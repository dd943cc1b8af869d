"""RSS 2.0 and Atom feeds of an events list, in the list's language."""

import uuid

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext

from portal.feeds import PageFeed

FEED_SIZE = 30


class EventFeed(PageFeed):
    """The events of a list that are coming, running or recently over, latest start first (RSS 2.0).

    Which events: the live, public events of this language's list (drafts, events under
    a view restriction and other languages' events are in no feed). People subscribe to
    hear of what they can still attend, so every coming and running event is in the feed,
    soonest first when there are more than :data:`FEED_SIZE`; the places left go to the
    past events, latest first, so a feed stays useful (programmes, reports) when nothing is
    announced, and old events leave it as new ones come.

    In what order: latest start first, the list's natural order turned around, so the event
    furthest ahead leads and the feed reads like a calendar run backwards, as news feeds do.
    Readers that sort by date sort by publication: an entry's date is when the event was
    first published on the portal (its announcement), its update when it was last
    published, so a changed date, venue or status shows as an update of the same entry.

    Each entry's identifier is made from the event's translation key and language: it
    stays the same when the title, address, dates or venue change, and is its own in each
    language's feed.
    """

    def __init__(self, event_list):
        super().__init__(event_list)
        self.event_list = event_list

    def description(self, event_list):
        return event_list.introduction or gettext("Coming and recent events.")

    subtitle = description

    def items(self, event_list):
        now = timezone.now()
        events = event_list.get_base_queryset()
        coming = list(events.filter(end__gte=now).order_by("start", "pk")[:FEED_SIZE])
        past = []
        if len(coming) < FEED_SIZE:
            past = list(events.filter(end__lt=now).order_by("-start", "-pk")[: FEED_SIZE - len(coming)])
        return sorted(coming + past, key=lambda event: (event.start, event.pk), reverse=True)

    def item_title(self, event):
        if event.status != "scheduled":
            # Postponed, moved online, cancelled: said in the title, where readers look.
            return f"{event.title} ({event.get_status_display()})"
        return event.title

    def item_description(self, event):
        return render_to_string("events/_feed_event.html", {"event": event})

    def item_guid(self, event):
        return uuid.uuid5(uuid.UUID(str(event.translation_key)), self.language).urn

    item_guid_is_permalink = False

    def item_pubdate(self, event):
        return event.first_published_at or event.last_published_at or event.start

    def item_updateddate(self, event):
        published = self.item_pubdate(event)
        return max(event.last_published_at or published, published)

    def item_categories(self, event):
        return [event.get_kind_display()]


class EventAtomFeed(EventFeed):
    feed_type = Atom1Feed
