"""The query log: how often each search was made per day and language, and how often it found nothing.

Only the words searched are kept (already reduced to plain words): no address, account,
session, referrer or time of day. Editors read it in Reports → Search terms.
"""

import logging

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import SearchQueryRecord

logger = logging.getLogger(__name__)


def record_search(language, terms, result_count):
    """Count one search of ``terms``; a failure to write never stops the answer."""
    terms = terms[:200]
    empty = 1 if result_count == 0 else 0
    day = timezone.localdate()
    try:
        updated = SearchQueryRecord.objects.filter(language=language, query=terms, day=day).update(
            searches=F("searches") + 1, empty_searches=F("empty_searches") + empty, last_result_count=result_count
        )
        if not updated:
            try:
                with transaction.atomic():
                    SearchQueryRecord.objects.create(
                        language=language,
                        query=terms,
                        day=day,
                        searches=1,
                        empty_searches=empty,
                        last_result_count=result_count,
                    )
            except IntegrityError:  # another request created it meanwhile
                SearchQueryRecord.objects.filter(language=language, query=terms, day=day).update(
                    searches=F("searches") + 1, empty_searches=F("empty_searches") + empty
                )
    except DatabaseError:
        logger.warning("Could not record a search in the query log", exc_info=True)
