"""Keep what search knows of a resource's files true.

Text extraction is queued when a document is uploaded or replaced, or first used by a resource.
A resource is reindexed once its file rows are written: Wagtail indexes a page on its own save,
which modelcluster runs *before* it writes the page's inline rows, so a file added or removed on
publish would otherwise reach the index one save late. It is reindexed too when one of its
documents moves to another collection or a collection's privacy changes, since the text of
private documents is kept out of the index.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.search import index

from .models import ResourceFile, ResourcePage


def _reindex_on_commit(**lookup):
    """Reindex the resources matching ``lookup`` once the transaction is committed."""

    def reindex():
        # A resource deleted with its file rows is simply not found any more.
        from search.documents import sync_page

        for page in ResourcePage.objects.filter(**lookup).distinct():
            index.insert_or_update_object(page)
            sync_page(page)

    transaction.on_commit(reindex)


@receiver(post_save, sender=get_document_model())
def document_saved(sender, instance, raw=False, **kwargs):
    from .extraction import schedule_extraction

    schedule_extraction(instance)
    if not raw:  # the document may have moved into or out of a private collection
        _reindex_on_commit(files__document_id=instance.pk)


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def collection_privacy_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if collection is not None:
        _reindex_on_commit(files__document__collection__path__startswith=collection.path)


@receiver(post_save, sender=ResourceFile)
def resource_file_saved(sender, instance, raw=False, **kwargs):
    # Rows loaded from a dump (loaddata) may come before the documents they point at.
    if raw:
        return
    from .extraction import schedule_extraction

    if instance.document_id:
        schedule_extraction(instance.document)
    _reindex_on_commit(pk=instance.page_id)


@receiver(post_delete, sender=ResourceFile)
def resource_file_deleted(sender, instance, **kwargs):
    _reindex_on_commit(pk=instance.page_id)
