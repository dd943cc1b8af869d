"""Feeds: the library's (RSS and Atom, one per combination of filters) and the press room's (RSS and Atom),
per locale.

Both list only what the page lists: live, public pages under that language's library or
press room, and for the press room only items whose release time has come (an item under
embargo is in no feed, even one made live by other means).
"""

import datetime

from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext

from portal.feeds import PageFeed

FEED_SIZE = 30


class LibraryFeed(PageFeed):
    """The library's resources matching the filters of the address, newest publication first (RSS 2.0).

    The filters are the library page's (``topic``, ``type``, ``language``, ``country``,
    ``audience``, ``year``); an unknown value is ignored, as on the page. Pagination and
    sorting do not apply to a feed and are left out of its own address.
    """

    def __init__(self, library):
        super().__init__(library)
        self.library = library

    def get_object(self, request, *args, **kwargs):
        library = super().get_object(request, *args, **kwargs)
        self.result = library.get_resources(request.GET)
        return library

    def title(self, library):
        chosen = [option.label for _facet, options in self.result.facets for option in options if option.selected]
        if chosen:
            return f"{library.title}: {', '.join(chosen)}"
        return library.title

    def link(self, library):
        """The library listing what the feed lists: with the same filters."""
        return library.get_filtered_url(self.request)

    def feed_url(self, library):
        """The feed's own address, filters included (its atom:link rel="self")."""
        return library.get_feed_url(self.request, full=True, route=self.route)

    def description(self, library):
        return library.introduction or gettext("New resources in the library.")

    subtitle = description

    def items(self, library):
        return list(self.result.queryset.order_by("-publication_date", "-first_published_at", "-pk")[:FEED_SIZE])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # A description is HTML to feed readers: the plain-text summary is escaped, the abstract already is.
        return escape(item.listing_summary) or strip_tags(item.abstract)[:500]

    def item_pubdate(self, item):
        if item.publication_date:
            return timezone.make_aware(datetime.datetime.combine(item.publication_date, datetime.time.min))
        return item.first_published_at

    def item_updateddate(self, item):
        published = self.item_pubdate(item)
        changed = item.last_published_at or published
        return max(changed, published) if published else changed


class LibraryAtomFeed(LibraryFeed):
    feed_type = Atom1Feed


class PressFeed(PageFeed):
    """The press room's released items, newest first, in the press room's language (RSS 2.0)."""

    def __init__(self, press_room):
        super().__init__(press_room)
        self.press_room = press_room

    def description(self, press_room):
        return press_room.introduction or gettext("Press releases, factsheets and press packs.")

    subtitle = description

    def items(self, press_room):
        return list(press_room.get_base_queryset().order_by("-release_at", "-pk")[:FEED_SIZE])

    def item_title(self, item):
        return f"{item.get_kind_display()}: {item.title}"

    def item_description(self, item):
        # A description is HTML to feed readers; the summary is plain text.
        return escape(item.summary)

    def item_guid(self, item):
        return f"{item.get_full_url(self.request)}#{item.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.release_at

    def item_updateddate(self, item):
        return max(item.last_published_at or item.release_at, item.release_at)

    def item_categories(self, item):
        return [item.get_kind_display()]


class PressAtomFeed(PressFeed):
    feed_type = Atom1Feed
