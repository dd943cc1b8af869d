"""Search documents follow what readers may see: publish, unpublish, move, privacy, people, files."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.models import Person

from . import documents
from .models import SearchDocument


@receiver(page_published)
def page_published_handler(sender, instance, **kwargs):
    documents.sync_page(instance)


@receiver(page_unpublished)
def page_unpublished_handler(sender, instance, **kwargs):
    documents.withdraw(instance)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    documents.sync_subtree(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        documents.sync_subtree(instance.page)


@receiver(post_save, sender=Person)
def person_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for page_id in SearchDocument.objects.filter(person=instance).values_list("page_id", flat=True):
        documents.sync_page(page_id)
