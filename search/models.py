"""What the search page searches, and what editors tune it with.

Every live public page (and every person shown on one) has one :class:`SearchDocument`
in its own language: the text the reader can find it by, the facts a result shows
(type, date, languages, file editions) and, as :class:`SearchFacetValue` rows, the
values it is counted under in each facet. Documents exist only for content anyone may
see: drafts, private pages and press items under embargo have none, so they cannot
reach results, counts, snippets or suggestions. ``search.documents`` keeps them true.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class SearchDocument(index.Indexed, models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    # A person shown on pages is found through the first page that shows them.
    person = models.ForeignKey("home.Person", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=12, db_index=True)
    kind = models.CharField(max_length=30)
    title = models.CharField(max_length=255)
    # The title without accents, in lower case: titles that contain the words searched rank first.
    title_key = models.CharField(max_length=255, blank=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # The text of the files (resources), one edition after the other; ``editions`` says where each starts.
    files_text = models.TextField(blank=True)
    editions = models.JSONField(default=list, blank=True)
    url = models.CharField(max_length=500)
    date = models.DateField(null=True, blank=True)
    # Language codes of the live public translations, the document's own included.
    languages = models.JSONField(default=list, blank=True)
    # Press items: their release time; never shown before it, whatever else says so.
    visible_from = models.DateTimeField(null=True, blank=True)
    digest = models.CharField(max_length=64, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.SearchField("files_text"),
        index.FilterField("language"),
        index.FilterField("kind"),
        index.FilterField("date"),
        index.FilterField("visible_from"),
    ]

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["page"], condition=models.Q(person=None), name="search_one_document_per_page"
            ),
            models.UniqueConstraint(fields=["person", "language"], name="search_one_document_per_person_language"),
        ]
        indexes = [models.Index(fields=["language", "date"])]

    def __str__(self):
        return self.title

    @property
    def search_language(self):
        """The language whose stemming the search backends apply to this document."""
        return self.language


class SearchFacetValue(models.Model):
    """One value a document is counted under: (``type``, ``resource``), (``topic``, <translation key>)..."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="facet_values")
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=64)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["document", "facet", "value"], name="search_unique_facet_value")]
        indexes = [models.Index(fields=["facet", "value"])]

    def __str__(self):
        return f"{self.facet}: {self.value}"


def language_choices():
    return list(settings.LANGUAGES)


class SearchSynonym(models.Model):
    """Words readers use for the same thing, searched together ('RdR' and 'réduction des risques')."""

    language = models.CharField(
        _("language"),
        max_length=12,
        choices=language_choices,
        help_text=_("The searches this applies to: readers searching in this language."),
    )
    term = models.CharField(
        _("term"),
        max_length=100,
        help_text=_("A word or phrase readers type, for example 'RdR' or 'SCR'."),
    )
    synonyms = models.TextField(
        _("synonyms"),
        help_text=_(
            "One per line: words or phrases that mean the same, for example 'réduction des risques'. "
            "A search for any of them finds pages with any of them."
        ),
    )

    panels = [FieldPanel("language"), FieldPanel("term"), FieldPanel("synonyms")]

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["language", "term"]
        constraints = [models.UniqueConstraint(fields=["language", "term"], name="search_unique_synonym_term")]

    def __str__(self):
        return self.term

    @property
    def phrases(self):
        """The term and its synonyms, each once, in the order written."""
        seen, result = set(), []
        for phrase in [self.term, *self.synonyms.splitlines()]:
            phrase = " ".join(phrase.split())
            if phrase and phrase.casefold() not in seen:
                seen.add(phrase.casefold())
                result.append(phrase)
        return result


class SearchQueryRecord(models.Model):
    """How often a query was searched on one day in one language, and how often it found nothing.

    Only the query text is kept: no address, account, session or time of day.
    """

    language = models.CharField(_("language"), max_length=12)
    query = models.CharField(_("search"), max_length=200)
    day = models.DateField(_("day"), default=timezone.localdate)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    empty_searches = models.PositiveIntegerField(_("searches that found nothing"), default=0)
    last_result_count = models.PositiveIntegerField(_("results last time"), default=0)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [
            models.UniqueConstraint(fields=["language", "query", "day"], name="search_one_record_per_query_day")
        ]
        indexes = [models.Index(fields=["day", "language"])]

    def __str__(self):
        return self.query
