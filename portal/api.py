"""The public read API at ``/api/v2/`` (Wagtail API v2): pages, images and documents anyone may see.

docs/api.md describes it for those who use it. What it holds back, whoever asks (the API
reads no session, cookie or login):

- pages nobody may see on the site: drafts, pages under a view restriction of any kind
  (login, password, groups) and their descendants, and press items still under embargo
  (:func:`resources.models.press.not_under_embargo`), in listings, detail views, ``find``,
  the ``parent`` of a page and every page linked from another;
- documents and images of collections with a view restriction (and those below them);
- documents and images that only such pages use (a press item's pictures and attachments
  until its release), going by Wagtail's reference index;
- anything only editors see: owners, content owners, review dates, notification
  addresses, join and interview requests, and people's email and phone unless they agreed
  to their publication (see :mod:`portal.api_fields`).
"""

import datetime

from rest_framework.filters import BaseFilterBackend
from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import AnonRateThrottle

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, FieldError, ValidationError
from django.db import models
from django.db.models import Case, Exists, ExpressionWrapper, F, IntegerField, OuterRef, Q, Value, When
from django.db.models.functions import Cast
from django.http import Http404
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.dateparse import parse_date, parse_datetime

from wagtail.api import APIField
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageAliasOfField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction, Locale, Page, ReferenceIndex, Site
from wagtail.search.backends import get_search_backend

from portal.api_fields import OwnRenditionsField, TagNamesField, prepare_fields
from portal.languages import without_stand_ins
from resources.models.press import not_under_embargo

# Shared caches and browsers may keep an answer this long: an item released, unpublished or made
# private shows (or goes) in the API at most this much later.
CACHE_SECONDS = 60
# A search considers this many of the index's best matches (before the visibility rules).
SEARCH_RESULTS_MAX = 1000


# --- What anyone may see -------------------------------------------------------------------


def visible_pages():
    """Live pages under no view restriction that are not press items under embargo, nor aliases
    standing in for a missing translation (they repeat their source, as in the sitemap)."""
    return without_stand_ins(not_under_embargo(Page.objects.live().public()))


def outside_private_collections(queryset):
    """Documents or images outside every collection with a view restriction (and those below it)."""
    media_path = ExpressionWrapper(OuterRef("collection__path"), output_field=models.CharField())
    restrictions = CollectionViewRestriction.objects.annotate(media_path=media_path).filter(
        media_path__startswith=F("collection__path")
    )
    return queryset.filter(~Exists(restrictions))


def not_only_on_hidden_pages(queryset):
    """Documents or images without those that only pages nobody may see use.

    A press item's photograph or attachment stays out of the API until the item is released,
    unless a page anyone may see, or something other than a page (a person's photo), uses it
    too. Media no page uses are listed. Uses come from Wagtail's reference index, which
    follows foreign keys, inline rows, StreamField blocks and rich text links.
    """
    page_type = ContentType.objects.get_for_model(Page)
    uses = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(queryset.model),
        to_object_id=Cast(OuterRef("pk"), output_field=models.CharField()),
    )
    visible = visible_pages().annotate(key=Cast("pk", output_field=models.CharField())).values("key")
    on_hidden_pages = uses.filter(Q(base_content_type=page_type) & ~Q(object_id__in=visible))
    seen_uses = uses.filter(~Q(base_content_type=page_type) | Q(object_id__in=visible))
    return queryset.filter(~Exists(on_hidden_pages) | Exists(seen_uses))


def public_media(model):
    return not_only_on_hidden_pages(outside_private_collections(model.objects.all()))


# --- Filters -------------------------------------------------------------------------------


class StrictFieldsFilter(FieldsFilter):
    """Wagtail's ``?field=value`` filters, with a 400 (not a 500) for a value the field cannot hold."""

    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except (ValueError, TypeError, ValidationError, FieldError) as error:
            raise BadRequestError(f"field filter error: {error}") from error


class ColumnOrderingFilter(OrderingFilter):
    """``?order=`` on the type's own columns only (not on related rows, which would repeat items)."""

    def filter_queryset(self, request, queryset, view):
        for name in request.GET.get("order", "").split(","):
            name = name.strip().lstrip("-")
            if not name or name == "random":
                continue
            try:
                field = queryset.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue  # Wagtail's filter says it is unknown
            if not field.concrete or field.many_to_many:
                raise BadRequestError(f"cannot order by '{name}' (not a column)")
        return super().filter_queryset(request, queryset, view)


class VisibleSearchFilter(BaseFilterBackend):
    """``?search=``: the search index finds and ranks matches; the database keeps those anyone may see.

    The backend never decides what is shown (Elasticsearch could not run the visibility rules'
    subqueries anyway): it is asked about the whole type, then its best ``SEARCH_RESULTS_MAX``
    matches are filtered like any listing, in the order of relevance unless ``order`` is given.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if not getattr(settings, "WAGTAILAPI_SEARCH_ENABLED", True):
            raise BadRequestError("search is disabled")
        operator = request.GET.get("search_operator") or None
        if operator not in (None, "and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        candidates = queryset.model.objects.all()
        if issubclass(queryset.model, Page):
            candidates = candidates.live()
        # PostgreSQL refuses a NUL in a query; no text of ours contains one. A blank search finds nothing
        # (SQLite's full-text backend fails on it).
        query = request.GET["search"].replace("\x00", " ").strip()
        if not query:
            return queryset.none()
        results = get_search_backend().search(query, candidates, operator=operator)
        ids = [item.pk for item in results[:SEARCH_RESULTS_MAX]]
        if not ids:
            return queryset.none()
        queryset = queryset.filter(pk__in=ids)
        if "order" not in request.GET:
            rank = Case(*[When(pk=pk, then=Value(rank)) for rank, pk in enumerate(ids)], output_field=IntegerField())
            queryset = queryset.order_by(rank)
        return queryset


class StrictLocaleFilter(BaseFilterBackend):
    """``?locale=fr``: pages of one language; a 400 naming the languages for any other code."""

    def filter_queryset(self, request, queryset, view):
        if "locale" not in request.GET:
            return queryset
        code = request.GET["locale"]
        # Looked up only when it is a language of the site: PostgreSQL refuses a NUL in a query.
        locale = Locale.objects.filter(language_code=code).first() if code in dict(settings.LANGUAGES) else None
        if locale is None:
            codes = ", ".join(code for code, _name in settings.LANGUAGES)
            raise BadRequestError(f"locale must be one of: {codes}")
        return queryset.filter(locale=locale)


class TopicFilter(BaseFilterBackend):
    """``?topic=<slug>``: pages of a type with topics that have this topic, named in any language."""

    def filter_queryset(self, request, queryset, view):
        if "topic" not in request.GET:
            return queryset
        from portal.models import Topic

        model = queryset.model
        try:
            model._meta.get_field("topics")
        except FieldDoesNotExist as error:
            raise BadRequestError(
                "topic needs a page type with topics, for example type=resources.ResourcePage"
            ) from error
        slug = request.GET["topic"]
        if "\x00" in slug:  # names no topic, and PostgreSQL refuses it in a query
            return queryset.none()
        keys = Topic.objects.filter(slug=slug).values("translation_key")
        return queryset.filter(pk__in=model.objects.filter(topics__translation_key__in=keys).values("pk"))


class PublishedSinceFilter(BaseFilterBackend):
    """``?published_since=2024-03-01`` (or a date and time): pages published or republished since then."""

    def filter_queryset(self, request, queryset, view):
        if "published_since" not in request.GET:
            return queryset
        value = request.GET["published_since"]
        try:
            moment = parse_datetime(value)
            if moment is None:
                day = parse_date(value)
                moment = datetime.datetime(day.year, day.month, day.day) if day else None
        except ValueError:
            moment = None
        if moment is None:
            raise BadRequestError("published_since must be a date (2024-03-01) or a date and time in ISO 8601")
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        return queryset.filter(last_published_at__gte=moment)


# --- Endpoints -----------------------------------------------------------------------------


class BoundedPagination(WagtailPagination):
    """Wagtail's, except that an offset past the last item gives no items without asking the database,
    which cannot hold an offset beyond 64 bits (``?offset=99999999999999999999`` would be a 500)."""

    def paginate_queryset(self, queryset, request, view=None):
        items = super().paginate_queryset(queryset, request, view)
        # Wagtail has checked that the offset is a whole number, at least 0.
        if int(request.GET.get("offset", 0)) >= self.total_count:
            return queryset.none()
        return items


class PublicAPIMixin:
    """JSON only, no login, cacheable for a minute by anyone, readable from any origin."""

    renderer_classes = [JSONRenderer]
    pagination_class = BoundedPagination
    authentication_classes = []
    # REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["anon"] per client address.
    throttle_classes = [AnonRateThrottle]

    def listing_view(self, request):
        """Wagtail's listing, with every batch field given the whole page of results at once."""
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        items = list(self.paginate_queryset(queryset))
        serializer = self.get_serializer(items, many=True)
        prepare_fields(serializer.child, items)
        return self.get_paginated_response(serializer.data)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        # Public data without credentials: any site may read it from the browser.
        response["Access-Control-Allow-Origin"] = "*"
        return response


class PublicAliasOfField(PageAliasOfField):
    """``alias_of`` only when the original is a page anyone may see."""

    def get_attribute(self, instance):
        if instance.alias_of_id is None or not self.context["base_queryset"].filter(pk=instance.alias_of_id).exists():
            return None
        return instance.alias_of


class PublicPageSerializer(PageSerializer):
    alias_of = PublicAliasOfField(read_only=True)


class PublicPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    base_serializer_class = PublicPageSerializer
    filter_backends = [
        StrictFieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        ColumnOrderingFilter,
        TranslationOfFilter,
        StrictLocaleFilter,
        TopicFilter,
        PublishedSinceFilter,
        VisibleSearchFilter,
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["topic", "published_since"])

    def get_base_queryset(self):
        """Pages of the site's language trees (``?site=`` names another) that anyone may see.

        Built once per request: filters, the ``parent`` field and linked pages all start from it.
        Unlike Wagtail's, it lets through no restricted page a request could open (a logged-in
        user's, one whose password was given): it reads no session, login or cookie.
        """
        if getattr(self, "_base_queryset", None) is None:
            try:
                site = SiteFilterValidator(site=self.request.GET.get("site"), request=self.request).site_obj
            except ValueError as error:
                raise BadRequestError(str(error)) from error
            if site is None:
                return Page.objects.none()
            trees = Q()
            for root in [site.root_page, *site.root_page.get_translations()]:
                trees |= Page.objects.descendant_of_q(root, inclusive=True)
            self._base_queryset = visible_pages().filter(trees)
        return self._base_queryset

    def get_queryset(self):
        # Every item shows its language code: one join rather than a query per item.
        return super().get_queryset().select_related("locale")

    def find_object(self, queryset, request):
        """``find/?html_path=/fr/ressources/guide/`` finds a page by its address, language prefix included."""
        if "html_path" in request.GET:
            page = self.route_html_path(request, request.GET["html_path"])
            if page is not None and queryset.filter(pk=page.pk).exists():
                return page
            if "id" not in request.GET:
                return None
        return super(PagesAPIViewSet, self).find_object(queryset, request)

    def route_html_path(self, request, html_path):
        site = Site.find_for_request(request)
        # No address holds a NUL, and PostgreSQL refuses it in a query.
        if site is None or "\x00" in html_path:
            return None
        components = [component for component in html_path.split("/") if component]
        root = site.root_page
        codes = {code for code, _name in settings.LANGUAGES}
        if components and components[0] in codes:
            locale = Locale.objects.filter(language_code=components[0]).first()
            translation = root.get_translation_or_none(locale) if locale else None
            if translation is not None:
                root, components = translation, components[1:]
        try:
            page, _args, _kwargs = root.specific.route(request, components)
        except Http404:
            return None
        return page


class PublicImagesAPIViewSet(PublicAPIMixin, ImagesAPIViewSet):
    """Images as renditions only: an original file may carry camera data (place, device, author)."""

    filter_backends = [StrictFieldsFilter, ColumnOrderingFilter, VisibleSearchFilter]
    body_fields = ImagesAPIViewSet.body_fields + [APIField("renditions", serializer=OwnRenditionsField())]
    meta_fields = ["type", "detail_url", APIField("tags", serializer=TagNamesField())]
    listing_default_fields = ["id", "type", "detail_url", "title", "tags", "renditions"]
    nested_default_fields = ["id", "type", "detail_url", "title"]

    def get_queryset(self):
        return public_media(self.model).order_by("id")


class PublicDocumentsAPIViewSet(PublicAPIMixin, DocumentsAPIViewSet):
    filter_backends = [StrictFieldsFilter, ColumnOrderingFilter, VisibleSearchFilter]
    meta_fields = ["type", "detail_url", APIField("tags", serializer=TagNamesField()), "download_url"]

    def get_queryset(self):
        return public_media(self.model).order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
