"""Keep what search knows of a resource's files true.

Text extraction is queued when a document is uploaded or replaced, or first used by a resource.
A resource is reindexed once its file rows are written: Wagtail indexes a page on its own save,
which modelcluster runs *before* it writes the page's inline rows, so a file added or removed on
publish would otherwise reach the index one save late.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.search import index

from .models import ResourceFile, ResourcePage


@receiver(post_save, sender=get_document_model())
def document_saved(sender, instance, **kwargs):
    from .extraction import schedule_extraction

    schedule_extraction(instance)


def _reindex_on_commit(page_id):
    def reindex():
        page = ResourcePage.objects.filter(pk=page_id).first()
        if page is not None:  # gone when the file row went with its page
            index.insert_or_update_object(page)

    transaction.on_commit(reindex)


@receiver(post_save, sender=ResourceFile)
def resource_file_saved(sender, instance, raw=False, **kwargs):
    # Rows loaded from a dump (loaddata) may come before the documents they point at.
    if raw:
        return
    from .extraction import schedule_extraction

    if instance.document_id:
        schedule_extraction(instance.document)
    _reindex_on_commit(instance.page_id)


@receiver(post_delete, sender=ResourceFile)
def resource_file_deleted(sender, instance, **kwargs):
    _reindex_on_commit(instance.page_id)
