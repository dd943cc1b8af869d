"""Server-side faceted filtering for listing pages: parse the query string, filter, count per value.

A listing declares its facets once; :class:`FacetSet` then

- reads each facet's value from the query string (an unknown value is reported,
  never an error: the listing answers 200 and says which filter it ignored);
- filters the queryset with every chosen value;
- counts, for each facet, how many items each of its values would leave with the
  *other* facets applied (one grouped query per facet, whatever the number of items);
- gives the template each facet's options with label, count and whether chosen,
  keeping a chosen value even when it leaves nothing.

Taxonomy terms are matched by ``translation_key``: a translated page that still
points at the source language's terms is found by a filter in either language.
"""

from abc import ABC, abstractmethod
from collections import Counter
from dataclasses import dataclass, field

from django_countries import countries

from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool = False


class Facet(ABC):
    """One filter of a listing. Subclasses define how values are read, applied and counted."""

    def __init__(self, param, label):
        self.param = param
        self.label = label

    @abstractmethod
    def parse(self, raw, locale):
        """The chosen value for ``raw`` (a non-empty string), or None if it names nothing known."""

    @abstractmethod
    def apply(self, queryset, value):
        """``queryset`` narrowed to the items that have ``value``."""

    @abstractmethod
    def counts(self, queryset):
        """{value key: number of distinct items} over ``queryset``."""

    @abstractmethod
    def options(self, counts, value, locale):
        """The [Option] the form offers, ``value`` marked as chosen."""

    def key(self, value):
        """The key under which ``counts`` reports the chosen value."""
        return value


class ChoiceFacet(Facet):
    """A field with fixed choices (kind, area, evaluation status...)."""

    def __init__(self, param, label, field_name, choices):
        super().__init__(param, label)
        self.field_name = field_name
        self.choices = list(choices)

    def parse(self, raw, locale):
        return raw if raw in dict(self.choices) else None

    def apply(self, queryset, value):
        return queryset.filter(**{self.field_name: value})

    def counts(self, queryset):
        rows = queryset.order_by().values_list(self.field_name).annotate(total=Count("pk", distinct=True))
        return dict(rows.values_list(self.field_name, "total"))

    def options(self, counts, value, locale):
        return [
            Option(key, str(label), counts.get(key, 0), key == value)
            for key, label in self.choices
            if counts.get(key) or key == value
        ]


class TermFacet(Facet):
    """A many-to-many field to a taxonomy (:class:`portal.models.Term`), chosen by the term's slug."""

    def __init__(self, param, label, field_name, model):
        super().__init__(param, label)
        self.field_name = field_name
        self.model = model

    def parse(self, raw, locale):
        candidates = self.model.objects.filter(slug=raw)
        # The listing's language first; a term not translated yet keeps its source slug.
        return candidates.filter(locale=locale).first() or candidates.order_by("pk").first()

    def key(self, value):
        return value.translation_key

    def apply(self, queryset, value):
        return queryset.filter(**{f"{self.field_name}__translation_key": value.translation_key})

    def counts(self, queryset):
        rows = (
            queryset.order_by()
            .filter(**{f"{self.field_name}__isnull": False})
            .values_list(f"{self.field_name}__translation_key", "pk")
            .distinct()
        )
        return Counter(key for key, _pk in rows)

    def options(self, counts, value, locale):
        keys = set(counts)
        if value is not None:
            keys.add(value.translation_key)
        terms = {}
        for term in self.model.objects.filter(translation_key__in=keys).order_by("pk"):
            if term.locale_id == locale.id or term.translation_key not in terms:
                terms[term.translation_key] = term
        options = [
            Option(term.slug, term.name, counts.get(key, 0), value is not None and key == value.translation_key)
            for key, term in terms.items()
        ]
        return sorted(options, key=lambda option: option.label.casefold())


class RelatedPageFacet(TermFacet):
    """A foreign key to a page (a press item's event), chosen by the page's slug in the listing's language.

    ``model`` is a "app.Model" label; only live public pages are offered or matched.
    """

    @property
    def pages(self):
        from django.apps import apps

        model = apps.get_model(self.model) if isinstance(self.model, str) else self.model
        return model.objects.live().public()

    def parse(self, raw, locale):
        candidates = self.pages.filter(slug=raw)
        return candidates.filter(locale=locale).first() or candidates.order_by("pk").first()

    def options(self, counts, value, locale):
        keys = set(counts)
        if value is not None:
            keys.add(value.translation_key)
        pages = {}
        for page in self.pages.filter(translation_key__in=keys).order_by("pk"):
            if page.locale_id == locale.id or page.translation_key not in pages:
                pages[page.translation_key] = page
        options = [
            Option(page.slug, page.title, counts.get(key, 0), value is not None and key == value.translation_key)
            for key, page in pages.items()
        ]
        return sorted(options, key=lambda option: option.label.casefold())


class CountryFacet(Facet):
    """A django-countries field, single or ``multiple=True`` (stored as ``BE,FR``)."""

    def __init__(self, param, label, field_name, multiple=False):
        super().__init__(param, label)
        self.field_name = field_name
        self.multiple = multiple

    def parse(self, raw, locale):
        code = raw.upper()
        return code if code in countries else None

    def apply(self, queryset, value):
        if not self.multiple:
            return queryset.filter(**{self.field_name: value})
        # Codes are two letters joined by commas: match a whole code only.
        name = self.field_name
        return queryset.filter(
            Q(**{name: value})
            | Q(**{f"{name}__startswith": f"{value},"})
            | Q(**{f"{name}__endswith": f",{value}"})
            | Q(**{f"{name}__contains": f",{value},"})
        )

    def counts(self, queryset):
        if not self.multiple:
            rows = queryset.order_by().values_list(self.field_name).annotate(total=Count("pk", distinct=True))
            return {code: total for code, total in rows.values_list(self.field_name, "total") if code}
        counter = Counter()
        # One row per item: count each code once per item.
        for _pk, stored in queryset.order_by().values_list("pk", self.field_name).distinct():
            for code in set(filter(None, (stored or "").split(","))):
                counter[code] += 1
        return counter

    def options(self, counts, value, locale):
        codes = set(counts) | ({value} if value else set())
        options = [Option(code, str(countries.name(code)), counts.get(code, 0), code == value) for code in codes]
        return sorted(options, key=lambda option: option.label.casefold())


class RelatedValueFacet(Facet):
    """A plain value of related rows (a resource's files' language), from fixed choices.

    ``rows`` returns the related rows that count (a resource's *public* files, say), ``owner``
    names their field pointing at the listed item and ``field`` the value. Filtering and
    counting go through subqueries of those rows, so a row left out counts nowhere.
    """

    def __init__(self, param, label, rows, owner, field, choices):
        super().__init__(param, label)
        self.rows, self.owner, self.field = rows, owner, field
        self.choices = dict(choices)

    def parse(self, raw, locale):
        return raw if raw in self.choices else None

    def apply(self, queryset, value):
        return queryset.filter(pk__in=self.rows().filter(**{self.field: value}).values(self.owner))

    def counts(self, queryset):
        items = queryset.order_by().values("pk")
        rows = self.rows().order_by().filter(**{f"{self.owner}__in": items}).values_list(self.field, self.owner)
        return Counter(value for value, _owner in rows.distinct())

    def options(self, counts, value, locale):
        keys = set(counts) | ({value} if value else set())
        options = [
            Option(key, str(self.choices[key]), counts.get(key, 0), key == value) for key in keys if key in self.choices
        ]
        return sorted(options, key=lambda option: option.label.casefold())


class YearFacet(Facet):
    """The year of a date field, newest first."""

    def __init__(self, param, label, field_name):
        super().__init__(param, label)
        self.field_name = field_name

    def parse(self, raw, locale):
        # isdigit() alone takes superscripts and other digits that int() refuses.
        return int(raw) if raw.isascii() and raw.isdigit() and len(raw) == 4 else None

    def apply(self, queryset, value):
        return queryset.filter(**{f"{self.field_name}__year": value})

    def counts(self, queryset):
        rows = (
            queryset.order_by()
            .filter(**{f"{self.field_name}__isnull": False})
            .annotate(facet_year=ExtractYear(self.field_name))
            .values_list("facet_year")
            .annotate(total=Count("pk", distinct=True))
        )
        return dict(rows.values_list("facet_year", "total"))

    def options(self, counts, value, locale):
        years = set(counts) | ({value} if value else set())
        return [
            Option(str(year), str(year), counts.get(year, 0), year == value) for year in sorted(years, reverse=True)
        ]


@dataclass
class FacetResult:
    """What a listing template needs: the filtered queryset, each facet's options, what was ignored."""

    queryset: object
    chosen: dict = field(default_factory=dict)
    facets: list = field(default_factory=list)  # [(facet, [Option...])]
    ignored: list = field(default_factory=list)  # [(facet, raw value)]

    @property
    def filtered(self):
        """True when the address carries filters, even ignored ones (they get a 'Clear filters' link too)."""
        return bool(self.chosen or self.ignored)

    @property
    def messages(self):
        return [
            gettext("The filter “%(filter)s” has no value “%(value)s”; it was ignored.")
            % {"filter": facet.label, "value": raw}
            for facet, raw in self.ignored
        ]


class FacetSet:
    def __init__(self, facets):
        self.facets = list(facets)

    def read(self, params, locale):
        chosen, ignored = {}, []
        for facet in self.facets:
            raw = (params.get(facet.param) or "").strip()[:100]
            if not raw:
                continue
            # PostgreSQL refuses NUL in a query; no value of ours contains one.
            value = None if "\x00" in raw else facet.parse(raw, locale)
            raw = raw.replace("\x00", "\ufffd")
            if value is None:
                ignored.append((facet, raw))
            else:
                chosen[facet.param] = value
        return chosen, ignored

    def filter(self, queryset, chosen, skip=None):
        for facet in self.facets:
            if facet.param in chosen and facet.param != skip:
                queryset = facet.apply(queryset, chosen[facet.param])
        return queryset

    def run(self, base_queryset, params, locale):
        chosen, ignored = self.read(params, locale)
        result = FacetResult(queryset=self.filter(base_queryset, chosen).distinct(), chosen=chosen, ignored=ignored)
        for facet in self.facets:
            counts = facet.counts(self.filter(base_queryset, chosen, skip=facet.param))
            result.facets.append((facet, facet.options(counts, chosen.get(facet.param), locale)))
        return result
