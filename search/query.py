"""Run one reader's search: words, synonyms, corrections, facets, sorting, other languages.

The reader's words are searched among the search documents of their language only,
stemmed for that language (see ``search.backends``). Facets are counted over the same
matches with one grouped query for the facets nobody chose and one per chosen facet
(a chosen facet's own counts leave its choice out, so its other values stay offered):
the number of queries depends on the facets chosen, never on the number of results.
"""

import difflib
import re
from dataclasses import dataclass, field

from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from modelsearch.query import And, Or, Phrase, PlainText

from django.conf import settings
from django.core.cache import cache
from django.db.models import Case, Count, F, IntegerField, Q, Value, When
from django.utils import timezone

from .backends import search_with_fallback
from .documents import VOCABULARY_VERSION_KEY
from .highlight import fold, word_stem
from .models import SearchDocument, SearchFacetValue, SearchSynonym

FACETS = ["type", "topic", "resource_type", "file_language", "country", "year"]
SORTS = ["relevance", "newest"]
# A cluster answers with its best matches; facets of an Elasticsearch search count these.
CLUSTER_MATCH_LIMIT = 1000


def search_terms(query):
    """The words of a query, without the characters and operators of full-text query syntaxes.

    Readers type words, not FTS5 or tsquery syntax: quotes, brackets, stars and
    upper-case AND/OR/NOT would otherwise reach the database as operators.
    """
    return " ".join(re.sub(r"[^\w\s-]", " ", query).replace("-", " ").replace("_", " ").lower().split())


def visible_documents(language, now=None):
    """The documents of ``language`` readers may see now (press items only once released)."""
    now = now or timezone.now()
    return SearchDocument.objects.filter(language=language).filter(Q(visible_from=None) | Q(visible_from__lte=now))


# --- Synonyms and corrections ------------------------------------------------------------------


def synonym_groups(language):
    """[[phrase, ...]] editors declared for ``language``, each phrase reduced to search words."""
    groups = []
    for synonym in SearchSynonym.objects.filter(language=language):
        phrases = [search_terms(phrase) for phrase in synonym.phrases]
        phrases = [phrase for phrase in phrases if phrase]
        if len(phrases) > 1:
            groups.append(phrases)
    return groups


def build_query(terms, groups):
    """The backend query for ``terms``: all its words, a synonym's phrase standing for any of its group."""
    words = terms.split()
    parts = []
    for group in groups:
        for phrase in sorted(group, key=len, reverse=True):
            phrase_words = phrase.split()
            for position in range(len(words) - len(phrase_words) + 1):
                if words[position : position + len(phrase_words)] == phrase_words:
                    del words[position : position + len(phrase_words)]
                    alternatives = [
                        PlainText(alternative, operator="and") if " " not in alternative else Phrase(alternative)
                        for alternative in group
                    ]
                    parts.append(Or(alternatives))
                    break
            else:
                continue
            break
    if words:
        parts.insert(0, PlainText(" ".join(words), operator="and"))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def vocabulary(language):
    """{folded word: word as written} from the titles and summaries of ``language``'s documents."""
    version = cache.get(VOCABULARY_VERSION_KEY, 0)
    key = f"search:vocabulary:{language}:{version}"
    words = cache.get(key)
    if words is None:
        counts = {}
        for title, summary in visible_documents(language).values_list("title", "summary").iterator():
            for word in re.findall(r"\w{4,}", f"{title} {summary}".lower()):
                counts.setdefault(fold(word), {}).setdefault(word, 0)
                counts[fold(word)][word] += 1
        words = {folded: max(forms, key=forms.get) for folded, forms in counts.items()}
        cache.set(key, words, 60 * 60)
    return words


def correction(terms, language):
    """``terms`` with each unknown word replaced by the closest known one, or None if none changed."""
    known = vocabulary(language)
    changed, corrected = False, []
    for word in terms.split():
        folded = fold(word)
        if len(word) < 4 or folded in known:
            corrected.append(word)
            continue
        candidates = [candidate for candidate in known if abs(len(candidate) - len(folded)) <= 2]
        close = difflib.get_close_matches(folded, candidates, n=1, cutoff=0.75)
        if close:
            corrected.append(known[close[0]])
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None


# --- Running the search ---------------------------------------------------------------------


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    toggle_url: str = ""  # the same search with this value added, or taken away when chosen


@dataclass
class Outcome:
    terms: str
    queryset: object = None  # SearchDocument matches, filtered (for counting)
    results: object = None  # the same in the order asked for, to be sliced into pages
    total: int = 0
    facet_counts: dict = field(default_factory=dict)  # {facet: {value: count}}
    corrected: str = ""  # the words searched instead, when the reader's found nothing
    suggestion: str = ""  # a spelling offered when neither the reader's words nor the corrected ones found anything
    other_languages: list = field(default_factory=list)  # [(language code, count)]
    fell_back: bool = False


# Relevance order: what readers come for (practices and resources) first, then other
# publications and activities, then the directory (organisations, people), then the section
# pages that list them; within each, titles with the words searched, then the backend's score.
KIND_TIERS = {
    "practice": 0,
    "resource": 0,
    "press": 1,
    "event": 1,
    "session": 1,
    "project": 1,
    "working_group": 1,
    "organisation": 2,
    "person": 2,
    "page": 3,
}


def _tier_and_title(terms):
    """(tier expression, title-hit expression) of the relevance order."""
    tier = Case(
        *[When(kind=kind, then=Value(value)) for kind, value in KIND_TIERS.items()],
        default=Value(3),
        output_field=IntegerField(),
    )
    stems = [stem for stem in (word_stem(fold(word)) for word in terms.split()) if len(stem) >= 3]
    title_hit = Value(1, output_field=IntegerField())
    if stems:
        title_hit = Case(
            When(Q(*[Q(title_key__contains=stem) for stem in stems]), then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
    return tier, title_hit


def _relevance_order(terms):
    tier, title_hit = _tier_and_title(terms)
    return [tier, title_hit, F("_score").desc(), F("pk").desc()]


class RankedMatches:
    """Matches in relevance order, for a backend that scores outside the database query.

    Only the ranking columns of the matches are read, with their scores in one query;
    then the documents of the page asked for. A Paginator slices it like a queryset.
    """

    def __init__(self, queryset, scores, terms, total):
        self.queryset, self.scores, self.terms, self.total = queryset, scores, terms, total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, item):
        tier, title_hit = _tier_and_title(self.terms)
        rows = self.queryset.annotate(_tier=tier, _title_hit=title_hit).values_list("pk", "_tier", "_title_hit")
        scores = self.scores()
        ranked = sorted(rows, key=lambda row: (row[1], row[2], scores.get(row[0], 0.0), -row[0]))
        ids = [row[0] for row in ranked[item]] if isinstance(item, slice) else [ranked[item][0]]
        documents = SearchDocument.objects.in_bulk(ids)
        found = [documents[pk] for pk in ids if pk in documents]
        return found if isinstance(item, slice) else found[0]


def _matches(backend, query, base, sort, terms=""):
    """SearchDocument queryset of the matches of ``query`` among ``base``, in ``sort`` order."""
    relevance = sort == "relevance"
    if relevance and hasattr(backend.query_compiler_class, "match_scores"):
        # SQLite: matched by one query, ranked outside it (see RankedMatches).
        results = backend.search(query, base, order_by_relevance=False)
        queryset = results.get_queryset()
        queryset.match_scores = lambda: results.query_compiler.match_scores(backend.config)
        return queryset
    if relevance and not isinstance(backend, ElasticsearchBaseSearchBackend):
        results = backend.search(query, base, order_by_relevance=True).annotate_score("_score")
        return results.get_queryset().order_by(*_relevance_order(terms))
    results = backend.search(query, base, order_by_relevance=relevance)
    if isinstance(backend, ElasticsearchBaseSearchBackend):
        ids = [document.pk for document in results[:CLUSTER_MATCH_LIMIT]]
        queryset = SearchDocument.objects.filter(pk__in=ids)
        if relevance:
            position = Case(*[When(pk=pk, then=Value(n)) for n, pk in enumerate(ids)], output_field=IntegerField())
            return queryset.order_by(position)
    else:
        queryset = results.get_queryset()
    if not relevance:
        queryset = queryset.order_by(F("date").desc(nulls_last=True), "-pk")
    return queryset


def _narrow(queryset, chosen, skip=None):
    for facet, values in chosen.items():
        if facet != skip and values:
            queryset = queryset.filter(
                pk__in=SearchFacetValue.objects.filter(facet=facet, value__in=values).values("document_id")
            )
    return queryset


def _counts(queryset, facets):
    counts = {facet: {} for facet in facets}
    rows = (
        SearchFacetValue.objects.filter(document_id__in=queryset.values("pk"), facet__in=facets)
        .values_list("facet", "value")
        .annotate(n=Count("document_id"))
        .order_by()
    )
    for facet, value, count in rows:
        counts[facet][value] = count
    return counts


def count_matches(terms, language, groups=None):
    query = build_query(terms, groups if groups is not None else synonym_groups(language))
    if query is None:
        return 0
    outcome, _ = search_with_fallback(
        language, lambda backend: _matches(backend, query, visible_documents(language), "relevance", terms).count()
    )
    return outcome


def run(terms, language, chosen=None, sort="relevance", offer_other_languages=True):
    """Search ``terms`` (already reduced by :func:`search_terms`) in ``language``'s documents."""
    chosen = {facet: values for facet, values in (chosen or {}).items() if values}
    outcome = Outcome(terms=terms)
    groups = synonym_groups(language)
    query = build_query(terms, groups)
    if query is None:
        return outcome

    def search(backend, query=query, terms=terms):
        matched = _matches(backend, query, visible_documents(language), sort, terms)
        return matched, _narrow(matched, chosen), getattr(matched, "match_scores", None)

    searched = terms
    (matched, narrowed, scores), outcome.fell_back = search_with_fallback(language, search)
    outcome.total = narrowed.count()
    if outcome.total == 0 and not chosen:
        corrected = correction(terms, language)
        if corrected:
            searched = search_terms(corrected)
            query = build_query(searched, groups)
            (matched, narrowed, scores), outcome.fell_back = search_with_fallback(
                language, lambda backend: search(backend, query, searched)
            )
            outcome.total = narrowed.count()
            if outcome.total:
                outcome.corrected = corrected
            else:
                outcome.suggestion = corrected
    outcome.queryset = narrowed
    outcome.results = RankedMatches(narrowed, scores, searched, outcome.total) if scores else narrowed

    unchosen = [facet for facet in FACETS if facet not in chosen]
    if outcome.total or chosen:
        outcome.facet_counts = _counts(narrowed, unchosen) if unchosen else {}
        for facet in chosen:
            outcome.facet_counts[facet] = _counts(_narrow(matched, chosen, skip=facet), [facet])[facet]

    if outcome.total == 0 and not chosen and offer_other_languages:
        for code, _name in settings.LANGUAGES:
            if code != language:
                count = count_matches(terms, code)
                if count:
                    outcome.other_languages.append((code, count))
    return outcome


def suggestions(terms, language, limit=8):
    """Documents whose title starts with the words typed so far, for the search box."""
    if not terms:
        return []

    def complete(backend):
        return list(backend.autocomplete(terms, visible_documents(language))[:limit])

    found, _ = search_with_fallback(language, complete)
    return found
