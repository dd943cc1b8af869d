"""Read the text and page count of uploaded PDFs so that search finds resources by what their files say.

Reading runs as a background task (django-tasks, the framework Wagtail itself
uses), enqueued once the editor's save is committed: with the default immediate
backend it runs right after the save, bounded by ``MAX_PAGES`` and ``MAX_CHARS``;
with a queue backend configured in ``TASKS`` it runs in a worker. The result is
kept per document and content hash, so a file is read once however many
resources and revisions use it.
"""

import logging

from django_tasks import task

from django.db import transaction

from wagtail.search import index

from .models import DocumentText, ResourcePage

logger = logging.getLogger(__name__)

MAX_PAGES = 400
MAX_CHARS = 1_000_000


def read_pdf(file):
    """(page count, text, truncated) of an open PDF file. Raises on a file pypdf cannot read."""
    from pypdf import PdfReader

    reader = PdfReader(file)
    if reader.is_encrypted:
        reader.decrypt("")
    pages = reader.pages
    parts, length, truncated = [], 0, len(pages) > MAX_PAGES
    for page in list(pages)[:MAX_PAGES]:
        text = page.extract_text() or ""
        parts.append(text)
        length += len(text)
        if length >= MAX_CHARS:
            truncated = True
            break
    return len(pages), "\n".join(parts)[:MAX_CHARS], truncated


def extract(document):
    """Read ``document`` into its :class:`DocumentText` row, whatever happens; return the row."""
    record, _created = DocumentText.objects.get_or_create(document=document)
    record.file_hash = document.file_hash or ""
    record.error = ""
    if document.file_extension.lower() != "pdf":
        record.status, record.text, record.page_count, record.truncated = (
            DocumentText.Status.UNSUPPORTED,
            "",
            None,
            False,
        )
    else:
        try:
            with document.open_file() as file:
                record.page_count, record.text, record.truncated = read_pdf(file)
            record.status = DocumentText.Status.DONE
        except Exception as error:  # noqa: BLE001 - a damaged upload must not break anything else
            logger.warning("Could not read the text of document %s: %s", document.pk, error)
            record.status, record.text, record.page_count = DocumentText.Status.FAILED, "", None
            record.error = f"{error.__class__.__name__}: {error}"[:1000]
    record.save()
    return record


@task()
def extract_document_text(document_id):
    from wagtail.documents import get_document_model

    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return None
    record = extract(document)
    # The resources that use this file are found by its words from now on.
    from search.documents import sync_page

    for page in ResourcePage.objects.filter(files__document_id=document_id).distinct():
        index.insert_or_update_object(page)
        sync_page(page)
    return record.status


def schedule_extraction(document):
    """Queue a reading of ``document`` unless its current content has been read already."""
    current = DocumentText.objects.filter(document=document).first()
    if current is not None and current.file_hash == (document.file_hash or "") and current.status != "pending":
        return False
    transaction.on_commit(lambda: extract_document_text.enqueue(document.pk))
    return True
