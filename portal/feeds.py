"""What every RSS and Atom feed of the portal shares.

A feed belongs to a listing page (the library, the press room, the events list) and is
served by one of its routes, through Wagtail: a page under a view restriction asks for a
login before its feeds answer, like the page itself. A feed is written in the page's
language whatever the reader's, its links are absolute (at the site's own address, as in
the sitemap), it names itself (``atom:link rel="self"``) and its publisher, the site's
organisation (Atom wants an author for every entry).
"""

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed


class PageFeed(Feed):
    """The feed of ``page`` (a routable listing page): RSS 2.0, or Atom 1.0 in a subclass."""

    feed_type = Rss201rev2Feed

    def __init__(self, page):
        super().__init__()
        self.page = page
        self.language = page.locale.language_code

    @property
    def route(self):
        """The page's route that serves this feed: ``feed`` (RSS) or ``atom``."""
        return "atom" if issubclass(self.feed_type, Atom1Feed) else "feed"

    def __call__(self, request, *args, **kwargs):
        # Kinds, statuses and dates in the page's language, even for a reader whose own differs.
        with translation.override(self.language):
            return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.page

    def title(self, page):
        return page.title

    def link(self, page):
        return page.get_full_url(self.request)

    def feed_url(self, page):
        return page.get_full_url(self.request) + page.reverse_subpage(self.route)

    def author_name(self, page):
        from portal.models import SiteSettings

        site = page.get_site()
        name = SiteSettings.for_site(site).organisation_name if site else ""
        return name or (site.site_name if site else "") or page.title

    def item_link(self, item):
        return item.get_full_url(self.request)
