"""Keep what search knows of a session's people true.

Wagtail indexes a page on its own save, which modelcluster runs *before* it writes the
page's inline rows: the speakers added on publish would reach the index one save late.
The session is reindexed once the transaction that wrote its people commits.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.search import index

from .models import SessionPage, SessionPerson


def _reindex_on_commit(session_id):
    def reindex():
        page = SessionPage.objects.filter(pk=session_id).first()
        if page is not None:  # deleted with its people
            index.insert_or_update_object(page)

    transaction.on_commit(reindex)


@receiver(post_save, sender=SessionPerson)
@receiver(post_delete, sender=SessionPerson)
def session_person_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _reindex_on_commit(instance.session_id)
