"""Results editors put first for a search (Wagtail's search promotions), in the reader's language.

A promoted page shows only to readers of its own language, and only while it is live and
public; a promoted external link shows in every language.
"""

from modelsearch.utils import normalise_query_string

from django.db.models import Q

from wagtail.contrib.search_promotions.models import SearchPromotion

from .query import visible_documents


def promotions_for(query, language):
    visible_pages = visible_documents(language).filter(person=None).values("page_id")
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page_id__in=visible_pages) | Q(page=None))
        .select_related("page")
        .order_by("sort_order")
    )
