"""Feeds: the library's (RSS, one per combination of filters) and the press room's (RSS and Atom), per locale."""

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext

FEED_SIZE = 30


class LibraryFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, library):
        super().__init__()
        self.library = library

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.language = self.library.locale.language_code
        self.result = self.library.get_resources(request.GET)
        return self.library

    def title(self, library):
        chosen = [option.label for _facet, options in self.result.facets for option in options if option.selected]
        if chosen:
            return f"{library.title}: {', '.join(chosen)}"
        return library.title

    def link(self, library):
        return library.get_full_url(self.request)

    def feed_url(self, library):
        """The feed's own address, filters included (its atom:link rel="self")."""
        return library.get_feed_url(self.request, full=True)

    def description(self, library):
        return library.introduction or gettext("New resources in the library.")

    def items(self, library):
        return list(self.result.queryset.order_by("-publication_date", "-first_published_at")[:FEED_SIZE])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.listing_summary or strip_tags(item.abstract)[:500]

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        if item.publication_date:
            return timezone.make_aware(timezone.datetime.combine(item.publication_date, timezone.datetime.min.time()))
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class PressFeed(Feed):
    """The press room's released items, newest first, in the press room's language (RSS 2.0)."""

    feed_type = Rss201rev2Feed

    def __init__(self, press_room):
        super().__init__()
        self.press_room = press_room

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.language = self.press_room.locale.language_code
        return self.press_room

    def title(self, press_room):
        return press_room.title

    def link(self, press_room):
        return press_room.get_full_url(self.request)

    def feed_url(self, press_room):
        route = "atom" if self.feed_type is Atom1Feed else "feed"
        return press_room.get_full_url(self.request) + press_room.reverse_subpage(route)

    def description(self, press_room):
        return press_room.introduction or gettext("Press releases, factsheets and press packs.")

    subtitle = description

    def items(self, press_room):
        return list(press_room.get_base_queryset().order_by("-release_at", "-pk")[:FEED_SIZE])

    def item_title(self, item):
        return f"{item.get_kind_display()}: {item.title}"

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

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
