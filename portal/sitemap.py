"""Sitemap covering every language's page tree, not only the default one."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from resources.models.press import not_under_embargo


class PortalSitemap(Sitemap):
    """Wagtail's sitemap walks the site root's tree, which is one language; this walks all of them."""

    def items(self):
        root = self.get_wagtail_site().root_page
        trees = Page.objects.filter(translation_key=root.translation_key).values_list("path", flat=True)
        query = Page.objects.none()
        for path in trees:
            query = query | Page.objects.filter(path__startswith=path)
        # Press items under embargo are left out until their release time.
        return not_under_embargo(query.live().public()).order_by("path").defer_streamfields().specific()
