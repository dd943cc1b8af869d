"""A resource's files, one per language edition, and the text read from each document."""

from django.db import models
from django.db.models import Exists, ExpressionWrapper, F, OuterRef
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Orderable

from ..languages import FILE_LANGUAGES, language_name


def public_documents():
    """Documents outside every collection that has a view restriction (and outside those below it).

    A restriction on a collection covers its descendants, whose tree paths start with its own.
    """
    document_path = ExpressionWrapper(OuterRef("collection__path"), output_field=models.CharField())
    restrictions = CollectionViewRestriction.objects.annotate(document_path=document_path).filter(
        document_path__startswith=F("collection__path")
    )
    return get_document_model().objects.filter(~Exists(restrictions))


class ResourceFileQuerySet(models.QuerySet):
    def public(self):
        """Files whose document anyone may download: the only ones shown, counted or indexed."""
        return self.filter(document__in=public_documents())


class ResourceFile(Orderable):
    """One edition of a resource: a document in one language."""

    page = ParentalKey("resources.ResourcePage", on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Upload or choose the file. A document in a private collection is served only to the people "
            "allowed to see it, and is left off this page, its listing and search."
        ),
    )
    language = models.CharField(
        _("language of the document"),
        max_length=10,
        choices=FILE_LANGUAGES,
        help_text=_("The language the file is written in, whatever the language of this page."),
    )
    title = models.CharField(
        _("label"),
        max_length=120,
        blank=True,
        help_text=_("Only when one language has several files, for example 'Part 2' or 'Slides'."),
    )

    objects = ResourceFileQuerySet.as_manager()

    panels = [FieldPanel("document"), FieldPanel("language"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    @property
    def language_name(self):
        return language_name(self.language)

    @property
    def format(self):
        return self.document.file_extension.upper()

    @property
    def size(self):
        return self.document.get_file_size()

    @property
    def page_count(self):
        """Pages counted when the text was read; select_related("document__extracted") avoids a query."""
        try:
            return self.document.extracted.page_count
        except DocumentText.DoesNotExist:
            return None

    def as_schema(self, request=None):
        node = {
            "@type": "MediaObject",
            "name": self.title or self.document.title,
            "inLanguage": self.language,
            "encodingFormat": _MIME_TYPES.get(self.document.file_extension.lower(), "application/octet-stream"),
            "contentUrl": request.build_absolute_uri(self.document.url) if request is not None else self.document.url,
        }
        size = self.size
        if size:
            node["contentSize"] = f"{size} B"
        return node


_MIME_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "csv": "text/csv",
    "txt": "text/plain",
    "rtf": "application/rtf",
    "zip": "application/zip",
}


class DocumentText(models.Model):
    """What was read from a document: its text and page count, keyed by the file's content hash.

    Kept apart from :class:`ResourceFile` because inline rows are rewritten from
    revisions on every publish, which would bring back a stale, empty text.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        DONE = "done", _("Read")
        FAILED = "failed", _("Could not be read")
        UNSUPPORTED = "unsupported", _("Not a PDF")

    document = models.OneToOneField(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="extracted"
    )
    file_hash = models.CharField(_("file hash"), max_length=40, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    text = models.TextField(_("text"), blank=True)
    truncated = models.BooleanField(_("truncated"), default=False)
    error = models.TextField(_("problem"), blank=True)
    updated_at = models.DateTimeField(_("read on"), auto_now=True)

    class Meta:
        verbose_name = _("text read from a document")
        verbose_name_plural = _("texts read from documents")

    def __str__(self):
        return f"{self.document} ({self.get_status_display()})"
