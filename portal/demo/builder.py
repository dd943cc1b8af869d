"""Upsert the demo pages and their translations, changing nothing that is already right.

Snippets (taxonomy terms, people) come first: each language's version is found
by a translation key derived from its spec key, created or updated. Documents
(generated files, see :class:`~portal.demo.specs.DocumentSpec`) follow, in the
"Demo files" collection, then images (generated pictures,
:class:`~portal.demo.specs.ImageSpec`) in the "Demo images" collection; both are
found again by title and rewritten only when their bytes change. Then the
builder works in two passes over every section's page specs, parents first:

1. *Ensure*: find each English page by slug under its English parent, creating a
   bare draft if it is missing; find its French translation through the
   translation tree (``translation_key``), creating it with
   ``copy_for_translation(locale, copy_parents=True)`` if missing (from the page's
   own row when it is not live, see :func:`_copy_for_translation`). After this pass
   every page exists, so references between pages can be resolved. A value
   counted from the first load (:class:`~portal.demo.specs.OnFirstLoad`, an
   embargo's release time) is worked out here when the page is created, and read
   back from the page on every later load.
2. *Update*: compute each page's wanted field values, compare them with the
   page and publish a new revision only when something differs (or the page is
   neither live nor scheduled). Publishing a page whose ``go_live_at`` lies in the
   future schedules it instead of making it live (a press item under embargo):
   such a page counts as published as long as its latest revision is the one
   waiting for that time. Unchanged pages get no revision. Pages are updated in
   spec order, so a page may point at an inline row of a page declared before it
   (a session at its event's room: :class:`~portal.demo.specs.RowRef`); rewritten
   translatable rows keep their ids, so such links survive an edit of the rows.

Sections may then run a ``finalise`` step (the core section sets up the Site and
its settings). Everything runs in one transaction.
"""

import copy
import hashlib
import io
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Revision, TranslatableMixin
from wagtail.signals import copy_for_translation_done

from .specs import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    DocumentRef,
    DocumentSpec,
    DocumentUnavailable,
    ImageRef,
    ImageSpec,
    OnFirstLoad,
    PageSpec,
    Ref,
    RowRef,
    SnippetRef,
    SnippetSpec,
)
from .typography import polish

# Demo snippets and translatable inline rows get translation keys derived from their
# spec, so that a second run finds exactly the objects the first one made.
DEMO_NAMESPACE = uuid.UUID("6f1c1d5e-3b57-4c59-9a5e-0d7c2f1b8a41")

# The collections that hold the demo's documents and images, under the root collection.
DEMO_COLLECTION = "Demo files"
DEMO_IMAGE_COLLECTION = "Demo images"

PAGE_LINK = re.compile(r'href="page:([\w-]+)"')
# Fields whose value is an identifier, not prose: never touched by typography.
PLAIN_FIELDS = {"slug"}


class DemoContentError(Exception):
    """The demo content is inconsistent or cannot be loaded; the message says where."""


@dataclass
class Report:
    """What a run did: one action per page and language, plus site-level actions."""

    pages: Counter = field(default_factory=Counter)
    snippets: Counter = field(default_factory=Counter)
    documents: Counter = field(default_factory=Counter)
    images: Counter = field(default_factory=Counter)
    other: list = field(default_factory=list)

    @property
    def changed(self):
        counters = (self.pages, self.snippets, self.documents, self.images)
        return any(counter["created"] or counter["updated"] for counter in counters) or any(
            action != "unchanged" for _label, action in self.other
        )


class DemoBuilder:
    def __init__(self, sections, log=None):
        self.sections = list(sections)
        self.specs = [spec for section in self.sections for spec in section.pages]
        self._spec_index = {spec.key: spec for spec in self.specs}
        self.snippet_specs = [spec for section in self.sections for spec in section.snippets]
        self.document_specs = [spec for section in self.sections for spec in section.documents]
        self.image_specs = [spec for section in self.sections for spec in section.images]
        self._snippet_ids = {}  # snippet key -> {language: id}
        self._document_ids = {}  # document key -> id
        self._image_ids = {}  # image key -> id
        self._unavailable_documents = set()  # keys of documents that cannot be made on this machine
        self.log = log or (lambda message, level=1: None)
        self.report = Report()
        self.locales = {}
        self._ids = {}  # spec key -> {language: page id}
        self._created = set()  # (spec key, language) created by this run
        self._moments = {}  # spec key -> {field name: the OnFirstLoad value, worked out or read back}

    # --- Public API ------------------------------------------------------------

    def run(self):
        self.check_specs()
        with transaction.atomic():
            self.locales = self._load_locales()
            self.remove_welcome_page()
            for spec in self.snippet_specs:
                self.update_snippet(spec)
            self.update_documents()
            self.update_images()
            for spec in self.specs:
                self.ensure_pages(spec)
            for spec in self.snippet_specs:
                self.link_snippet(spec)
            for spec in self.specs:
                for language in LANGUAGES:
                    self.update_page(spec, language)
            for section in self.sections:
                if section.finalise is not None:
                    section.finalise(self)
        return self.report

    def page_id(self, key, language=SOURCE_LANGUAGE):
        try:
            return self._ids[key][language]
        except KeyError as error:
            raise DemoContentError(f"No demo page {key!r} in {language!r}.") from error

    def page(self, key, language=SOURCE_LANGUAGE):
        return Page.objects.get(pk=self.page_id(key, language)).specific

    def row_id(self, ref, language=SOURCE_LANGUAGE):
        """The id of the inline row a :class:`RowRef` names, on ``language``'s version of the page, as saved."""
        model = apps.get_model(self._spec_index[ref.key].model)
        relation = model._meta.get_field(ref.relation)
        related = relation.related_model
        rows = (
            related.objects.filter(**{relation.field.attname: self.page_id(ref.key, language)})
            .order_by(*related._meta.ordering, "pk")
            .values_list("pk", flat=True)
        )
        ids = list(rows)
        if ref.position >= len(ids):
            raise DemoContentError(
                f"demo page {ref.key!r} ({language}) has {len(ids)} {ref.relation} row(s), no row {ref.position}."
            )
        return ids[ref.position]

    def snippet_id(self, key, language=SOURCE_LANGUAGE):
        try:
            return self._snippet_ids[key][language]
        except KeyError as error:
            raise DemoContentError(f"No demo snippet {key!r} in {language!r}.") from error

    def document_id(self, key):
        try:
            return self._document_ids[key]
        except KeyError as error:
            raise DemoContentError(f"No demo document {key!r}.") from error

    def image_id(self, key):
        try:
            return self._image_ids[key]
        except KeyError as error:
            raise DemoContentError(f"No demo image {key!r}.") from error

    def record(self, label, action):
        """Record a site-level action (created, updated, unchanged) for the summary."""
        self.report.other.append((label, action))
        self.log(f"  {action:<9} {label}", 2)

    # --- Checks ----------------------------------------------------------------

    def check_specs(self):
        """Fail early, before touching the database, on content that cannot load."""
        seen = set()
        for spec in self.specs:
            where = f"demo page {spec.key!r}"
            if spec.key in seen:
                raise DemoContentError(f"{where} is declared twice.")
            if spec.parent is not None and spec.parent not in seen:
                raise DemoContentError(f"{where}: its parent {spec.parent!r} must be declared before it.")
            try:
                apps.get_model(spec.model)
            except (LookupError, ValueError) as error:
                raise DemoContentError(f"{where}: unknown model {spec.model!r}.") from error
            for language in LANGUAGES:
                values = spec.content.get(language)
                if not values or not values.get("title") or not values.get("slug"):
                    raise DemoContentError(f"{where}: {language!r} content needs at least a title and a slug.")
            seen.add(spec.key)
        snippet_keys = set()
        for spec in self.snippet_specs:
            if spec.key in snippet_keys:
                raise DemoContentError(f"demo snippet {spec.key!r} is declared twice.")
            try:
                model = apps.get_model(spec.model)
            except (LookupError, ValueError) as error:
                raise DemoContentError(f"demo snippet {spec.key!r}: unknown model {spec.model!r}.") from error
            if not issubclass(model, TranslatableMixin):
                raise DemoContentError(f"demo snippet {spec.key!r}: {spec.model} is not translatable.")
            for language in LANGUAGES:
                if language not in spec.content:
                    raise DemoContentError(f"demo snippet {spec.key!r} has no {language!r} content.")
            snippet_keys.add(spec.key)
        document_keys, document_titles = set(), set()
        for spec in self.document_specs:
            if not isinstance(spec, DocumentSpec):
                raise DemoContentError(f"demo document {spec!r} is not a DocumentSpec.")
            if spec.key in document_keys or spec.title in document_titles:
                raise DemoContentError(f"demo document {spec.key!r}: key or title declared twice.")
            document_keys.add(spec.key)
            document_titles.add(spec.title)
        image_keys, image_titles = set(), set()
        for spec in self.image_specs:
            if not isinstance(spec, ImageSpec):
                raise DemoContentError(f"demo image {spec!r} is not an ImageSpec.")
            if spec.key in image_keys or spec.title in image_titles:
                raise DemoContentError(f"demo image {spec.key!r}: key or title declared twice.")
            image_keys.add(spec.key)
            image_titles.add(spec.title)
        for spec in [*self.specs, *self.snippet_specs]:
            what = "page" if isinstance(spec, PageSpec) else "snippet"
            values = [spec.shared, spec.content, getattr(spec, "page_links", {})]
            for key in _referenced_keys(values):
                if key not in seen:
                    raise DemoContentError(f"demo {what} {spec.key!r} links to unknown page {key!r}.")
            for key in _referenced_keys(values, SnippetRef):
                if key not in snippet_keys:
                    raise DemoContentError(f"demo {what} {spec.key!r} refers to unknown snippet {key!r}.")
            for key in _referenced_keys(values, DocumentRef):
                if key not in document_keys:
                    raise DemoContentError(f"demo {what} {spec.key!r} refers to unknown document {key!r}.")
            for key in _referenced_keys(values, ImageRef):
                if key not in image_keys:
                    raise DemoContentError(f"demo {what} {spec.key!r} refers to unknown image {key!r}.")
            # Worked out once per page and synchronised: only a page's own shared fields may hold one.
            misplaced = list(_references([spec.content, getattr(spec, "page_links", {})], OnFirstLoad))
            for value in spec.shared.values():
                if not (isinstance(spec, PageSpec) and isinstance(value, OnFirstLoad)):
                    misplaced.extend(_references(value, OnFirstLoad))
            if misplaced:
                raise DemoContentError(f"demo {what} {spec.key!r}: OnFirstLoad is only for a page's shared fields.")
        order = {spec.key: index for index, spec in enumerate(self.specs)}
        for spec in [*self.specs, *self.snippet_specs]:
            values = [spec.shared, spec.content, getattr(spec, "page_links", {})]
            for ref in _references(values, RowRef):
                self._check_row_ref(spec, ref, order)
        for spec in self.specs:
            if spec.source_language not in LANGUAGES:
                raise DemoContentError(f"demo page {spec.key!r}: source language {spec.source_language!r} unknown.")

    def _check_row_ref(self, spec, ref, order):
        where = f"demo {'page' if isinstance(spec, PageSpec) else 'snippet'} {spec.key!r}"
        if not isinstance(spec, PageSpec):
            raise DemoContentError(f"{where}: snippets are loaded before pages and cannot refer to a page's rows.")
        if ref.key not in order:
            raise DemoContentError(f"{where} refers to rows of unknown page {ref.key!r}.")
        if order[ref.key] >= order[spec.key]:
            raise DemoContentError(f"{where} refers to rows of {ref.key!r}, which must be declared before it.")
        target = self._spec_index[ref.key]
        try:
            relation = apps.get_model(target.model)._meta.get_field(ref.relation)
        except FieldDoesNotExist as error:
            raise DemoContentError(f"{where}: {target.model} has no field {ref.relation!r}.") from error
        if not relation.one_to_many:
            raise DemoContentError(f"{where}: {target.model}.{ref.relation} is not a list of inline rows.")
        for language in LANGUAGES:
            rows = target.values(language).get(ref.relation) or []
            if not 0 <= ref.position < len(rows):
                raise DemoContentError(
                    f"{where}: {ref.key!r} lists {len(rows)} {ref.relation} row(s) in {language!r}, "
                    f"no row {ref.position}."
                )

    def _load_locales(self):
        locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=LANGUAGES)}
        missing = [code for code in LANGUAGES if code not in locales]
        if missing:
            raise DemoContentError(f"Locale(s) {', '.join(missing)} missing: run `manage.py migrate` first.")
        return locales

    # --- Pass 0: Wagtail's welcome page ---------------------------------------------

    def remove_welcome_page(self):
        """Delete the page Wagtail's initial migration creates (a plain Page at depth 2).

        Its Site goes with it (``on_delete=CASCADE``); the core section recreates it.
        """
        plain_page = ContentType.objects.get_for_model(Page)
        for page in Page.objects.filter(depth=2, content_type=plain_page, numchild=0):
            self.log(f"  removed   Wagtail's welcome page {page.title!r}", 2)
            self.report.other.append(("Wagtail welcome page", "removed"))
            page.delete()

    # --- Pass 1: make sure every page and translation exists ---------------------

    def ensure_pages(self, spec):
        model = apps.get_model(spec.model)
        first = spec.source_language
        source_locale = self.locales[first]
        if spec.parent is None:
            parent = Page.get_first_root_node()
        else:
            parent = Page.objects.get(pk=self.page_id(spec.parent, first))
        values = spec.values(first)
        markers = {name: value for name, value in spec.shared.items() if isinstance(value, OnFirstLoad)}
        source = parent.get_children().filter(slug=values["slug"], locale=source_locale).first()
        if source is None:
            now = timezone.now()
            moments = {name: marker.resolve(now) for name, marker in markers.items()}
            skeleton = _skeleton(model, {**values, **moments})
            source = model(locale=source_locale, live=False, has_unpublished_changes=True, **skeleton)
            parent.add_child(instance=source)
            self._created.add((spec.key, first))
        elif source.specific_class is not model:
            raise DemoContentError(
                f"demo page {spec.key!r}: {source.url_path} exists but is a {source.specific_class.__name__}, "
                f"not a {model.__name__}. Move or delete it, then run the command again."
            )
        else:
            # Read back what the first load worked out, so that loading again changes nothing.
            specific = source.specific if markers else None
            moments = {
                name: getattr(specific, name) or marker.resolve(timezone.now()) for name, marker in markers.items()
            }
        self._moments[spec.key] = moments
        ids = {first: source.pk}
        for language in LANGUAGES:
            if language == first:
                continue
            locale = self.locales[language]
            translation = Page.objects.filter(translation_key=source.translation_key, locale=locale).first()
            if translation is None:
                translation = _copy_for_translation(source.specific, locale)
                _rename_new_page(translation, spec.content[language]["slug"])
                self._created.add((spec.key, language))
            ids[language] = translation.pk
        self._ids[spec.key] = ids

    # --- Pass 2: set the content, publish only what changed ------------------------

    def update_page(self, spec, language):
        model = apps.get_model(spec.model)
        page = model.objects.get(pk=self.page_id(spec.key, language))
        wanted = self.resolve_values(spec, language)
        try:
            changed = self.apply(page, wanted)
        except (ValidationError, ValueError) as error:
            raise DemoContentError(f"demo page {spec.key!r} ({language}): {error}") from error
        if changed or not (page.live or _awaits_release(page)):
            try:
                page.save_revision().publish()
            except ValidationError as error:
                raise DemoContentError(f"demo page {spec.key!r} ({language}): {error}") from error
            action = "created" if (spec.key, language) in self._created else "updated"
        else:
            action = "unchanged"
        self.report.pages[action] += 1
        detail = ""
        if action == "updated":
            detail = f" ({', '.join(changed)})" if changed else " (was not live)"
        if page.go_live_at and page.go_live_at > timezone.now():
            detail += f" (scheduled for {timezone.localtime(page.go_live_at):%Y-%m-%d %H:%M %Z})"
        # Publishing saves a copy built from the revision: read the (possibly new) path back.
        url_path = Page.objects.filter(pk=page.pk).values_list("url_path", flat=True).get()
        self.log(f"  {action:<9} {_public_path(url_path, language)}{detail}", 2)

    def resolve_values(self, spec, language):
        """The spec's values for ``language`` with typography applied and references turned into ids.

        Shared (synchronised) values point at source-language pages; a language's own
        values point at that language's pages.
        """
        moments = self._moments.get(spec.key, {})
        values = {
            name: moments[name] if isinstance(value, OnFirstLoad) else self._resolve(value, SOURCE_LANGUAGE)
            for name, value in spec.shared.items()
        }
        for name, value in spec.content[language].items():
            if name not in PLAIN_FIELDS:
                value = polish(language, value)
            values[name] = self._resolve(value, language)
        return values

    def _resolve(self, value, language):
        if isinstance(value, Ref):
            return self.page_id(value.key, language)
        if isinstance(value, SnippetRef):
            return self.snippet_id(value.key, language)
        if isinstance(value, RowRef):
            return self.row_id(value, language)
        if isinstance(value, DocumentRef):
            return self.document_id(value.key)
        if isinstance(value, ImageRef):
            return self.image_id(value.key)
        if isinstance(value, str):
            return PAGE_LINK.sub(lambda match: f'linktype="page" id="{self.page_id(match[1], language)}"', value)
        if isinstance(value, list | tuple):
            return [self._resolve(item, language) for item in value if not self._needs_unavailable_document(item)]
        if isinstance(value, dict):
            return {key: self._resolve(item, language) for key, item in value.items()}
        return copy.deepcopy(value)

    def apply(self, page, wanted):
        """Set every wanted value that differs from the page's; return the changed field names."""
        changed = []
        for name, value in wanted.items():
            model_field = page._meta.get_field(name)
            if isinstance(model_field, StreamField):
                block = model_field.stream_block
                new_value = block.clean(block.to_python(value))
                if _canonical_stream(block, new_value) != _canonical_stream(block, getattr(page, name)):
                    setattr(page, name, new_value)
                    changed.append(name)
            elif model_field.many_to_many:
                related = model_field.related_model
                if sorted(item.pk for item in getattr(page, name).all()) != sorted(value):
                    objects = {item.pk: item for item in related.objects.filter(pk__in=value)}
                    setattr(page, name, [objects[pk] for pk in value])
                    changed.append(name)
            elif model_field.one_to_many:
                # An inline panel (ParentalKey children): compare the children's field values in order.
                related = model_field.related_model
                items = [{related._meta.get_field(key).attname: item for key, item in row.items()} for row in value]
                if any(field.name == "sort_order" for field in related._meta.fields):
                    # Orderable rows are stored with their position: without it the database may return
                    # them in any order (PostgreSQL does, once rows are rewritten in place).
                    for index, row in enumerate(items):
                        row["sort_order"] = index
                if issubclass(related, TranslatableMixin):
                    # Rows of every language share a key by position, as wagtail-localize would give them.
                    for index, row in enumerate(items):
                        row["translation_key"] = _demo_key(f"{page.translation_key}:{name}:{index}")
                        row["locale_id"] = page.locale_id
                keys = sorted({key for row in items for key in row})
                children = list(getattr(page, name).all())
                current = [{key: getattr(child, key) for key in keys} for child in children]
                if current != [{key: row.get(key) for key in keys} for row in items]:
                    # Translatable rows keep their ids (matched by translation key), so what points
                    # at a row (a session at its event's room) still does once the rows are rewritten.
                    kept = {}
                    if issubclass(related, TranslatableMixin):
                        kept = {child.translation_key: child.pk for child in children}
                    rows = [related(**row) for row in items]
                    for row in rows:
                        row.pk = kept.get(getattr(row, "translation_key", None))
                    setattr(page, name, rows)
                    changed.append(name)
            elif model_field.many_to_one:
                if getattr(page, model_field.attname) != value:
                    setattr(page, model_field.attname, value)
                    changed.append(name)
            else:
                max_length = getattr(model_field, "max_length", None)
                if isinstance(value, str) and max_length and len(value) > max_length:
                    raise ValidationError(f"{name} has {len(value)} characters, {max_length} at most.")
                if getattr(page, name) != value:
                    setattr(page, name, value)
                    changed.append(name)
        return changed

    # --- Snippets ------------------------------------------------------------------

    def update_snippet(self, spec):
        """Create or update each language's version of a snippet; page links wait for :meth:`link_snippet`."""
        model = apps.get_model(spec.model)
        key = _demo_key(f"snippet:{spec.key}")
        ids = {}
        for language in LANGUAGES:
            values = {name: self._resolve(value, SOURCE_LANGUAGE) for name, value in spec.shared.items()}
            for name, value in spec.content[language].items():
                if name not in PLAIN_FIELDS and name != "slug":
                    value = polish(language, value)
                values[name] = self._resolve(value, language)
            locale = self.locales[language]
            instance = model.objects.filter(translation_key=key, locale=locale).first()
            created = instance is None
            if created:
                instance = model(translation_key=key, locale=locale)
            changed = [name for name, value in values.items() if _set_field(instance, name, value)]
            if created or changed:
                self._save_snippet(spec, language, instance)
            action = "created" if created else ("updated" if changed else "unchanged")
            self.report.snippets[action] += 1
            ids[language] = instance.pk
        self._snippet_ids[spec.key] = ids

    def link_snippet(self, spec):
        """Point the snippet's page fields (a person's organisation...) at each language's page."""
        if not spec.page_links:
            return
        model = apps.get_model(spec.model)
        for language in LANGUAGES:
            instance = model.objects.get(pk=self.snippet_id(spec.key, language))
            changed = [
                name
                for name, ref in spec.page_links.items()
                if _set_field(instance, name, self._resolve(ref, language))
            ]
            if changed:
                self._save_snippet(spec, language, instance)

    def _save_snippet(self, spec, language, instance):
        try:
            instance.full_clean()
        except ValidationError as error:
            raise DemoContentError(f"demo snippet {spec.key!r} ({language}): {error}") from error
        instance.save()

    # --- Documents -----------------------------------------------------------------

    def update_documents(self):
        """Create or update each demo document; a document whose bytes are unchanged is not touched."""
        if not self.document_specs:
            return
        collection = self._demo_collection()
        for spec in self.document_specs:
            try:
                data = spec.build()
            except DocumentUnavailable as error:
                self._unavailable_documents.add(spec.key)
                self.report.documents["skipped"] += 1
                self.log(f"  skipped   document {spec.title!r}: {error}", 1)
                continue
            action, document = self._upsert_file(get_document_model(), spec, collection, data)
            self._document_ids[spec.key] = document.pk
            self.report.documents[action] += 1
            self.log(f"  {action:<9} document {spec.title!r} ({document.file.name})", 2)
        counts = self.report.documents
        changes = [f"{counts[action]} {action}" for action in ("created", "updated") if counts[action]]
        self.record("demo files", ", ".join(changes) or "unchanged")

    # --- Images -------------------------------------------------------------------

    def update_images(self):
        """Create or update each demo image; an image whose bytes are unchanged is not touched."""
        if not self.image_specs:
            return
        collection = self._demo_collection(DEMO_IMAGE_COLLECTION)
        image_model = get_image_model()
        for spec in self.image_specs:
            data = spec.build()
            action, image = self._upsert_file(image_model, spec, collection, data, description=spec.description)
            self._image_ids[spec.key] = image.pk
            self.report.images[action] += 1
            self.log(f"  {action:<9} image {spec.title!r} ({image.file.name}, {image.width}×{image.height})", 2)
        counts = self.report.images
        changes = [f"{counts[action]} {action}" for action in ("created", "updated") if counts[action]]
        self.record("demo images", ", ".join(changes) or "unchanged")

    # --- Files of the document and image libraries --------------------------------------

    def _demo_collection(self, name=DEMO_COLLECTION):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=name).first()
        if collection is None:
            collection = root.add_child(name=name)
            self.log(f"  created   collection {name!r}", 2)
        return collection

    def _upsert_file(self, model, spec, collection, data, **fields):
        """(action, object): find the document or image by title in the collection; write its file only if needed.

        ``fields``: other values the object should have (an image's description); a
        difference there alone updates the object without rewriting its file.
        """
        what = "image" if issubclass(model, get_image_model()) else "document"
        digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        instance = model.objects.filter(collection=collection, title=spec.title).order_by("pk").first()
        if instance is None:
            instance, action = model(title=spec.title, collection=collection), "created"
        elif instance.file_hash == digest and instance.file_size == len(data) and _file_exists(instance.file):
            changed = [name for name, value in fields.items() if _set_field(instance, name, value)]
            if not changed:
                return "unchanged", instance
            instance.save(update_fields=changed)
            return "updated", instance
        else:
            action = "updated"
        for name, value in fields.items():
            setattr(instance, name, value)
        previous = instance.file.name if instance.pk else ""
        field = instance._meta.get_field("file")
        name = field.generate_filename(instance, spec.filename)
        storage = instance.file.storage
        if _is_free_copy(model, storage, name, digest, instance.pk):
            # The file left by an earlier load (a database rebuilt, a test rolled back): reuse it, do not copy it.
            instance.file.name = name
        else:
            instance.file.save(spec.filename, ContentFile(data), save=False)
        if what == "image":
            # Set from the bytes: a reused file is not opened by the field, which would otherwise measure it.
            instance.width, instance.height = _image_size(data)
        instance.file_size = len(data)
        instance._set_file_hash()
        try:
            instance.full_clean()
        except ValidationError as error:
            raise DemoContentError(f"demo {what} {spec.key!r}: {error}") from error
        instance.save()
        if what == "image" and action == "updated":
            # Renditions were made from the old picture.
            instance.renditions.all().delete()
        if previous and previous != instance.file.name:
            # As Wagtail's own edit forms do, drop the replaced file once the new one is committed,
            # unless another object points at it.
            def drop_previous():
                if not model.objects.filter(file=previous).exists():
                    storage.delete(previous)

            transaction.on_commit(drop_previous)
        return action, instance

    def _needs_unavailable_document(self, item):
        """Whether ``item`` is a row (a dict) whose document could not be made: such rows are left out."""
        return isinstance(item, dict) and any(
            isinstance(value, DocumentRef) and value.key in self._unavailable_documents for value in item.values()
        )


# --- Helpers ---------------------------------------------------------------------


def _file_exists(file):
    return bool(file.name) and file.storage.exists(file.name)


def _is_free_copy(model, storage, name, digest, pk):
    """Whether ``name`` already holds exactly these bytes and no other document (or image) uses it."""
    if not storage.exists(name) or model.objects.filter(file=name).exclude(pk=pk).exists():
        return False
    with storage.open(name, "rb") as file:
        return hashlib.file_digest(file, "sha1").hexdigest() == digest


def _image_size(data):
    from PIL import Image

    with Image.open(io.BytesIO(data)) as picture:
        return picture.size


def _awaits_release(page):
    """Whether ``page`` is not live because its latest revision is scheduled to go live later (an embargo).

    Such a page needs no publishing: Wagtail's ``publish_scheduled`` makes it live at
    that time. Once the time has passed, it is published like any page that is not live.
    """
    if page.live or page.latest_revision_id is None:
        return False
    return Revision.objects.filter(pk=page.latest_revision_id, approved_go_live_at__gt=timezone.now()).exists()


def _demo_key(name):
    return uuid.uuid5(DEMO_NAMESPACE, name)


def _set_field(instance, name, value):
    """Set one plain or foreign-key field if it differs; return whether it changed."""
    model_field = instance._meta.get_field(name)
    attname = model_field.attname if model_field.many_to_one else name
    max_length = getattr(model_field, "max_length", None)
    if isinstance(value, str) and max_length and len(value) > max_length:
        raise ValidationError(f"{name} has {len(value)} characters, {max_length} at most.")
    if getattr(instance, attname) == value:
        return False
    setattr(instance, attname, value)
    return True


def _skeleton(model, values):
    """Values a new page needs to pass validation before pass 2 fills it in: title, slug, required text."""
    skeleton = {}
    for name, value in values.items():
        model_field = model._meta.get_field(name)
        if not model_field.concrete or model_field.is_relation or isinstance(model_field, StreamField):
            continue
        if name in ("title", "slug") or not model_field.blank:
            skeleton[name] = value
    return skeleton


def _copy_for_translation(source, locale):
    """``source.copy_for_translation(locale, copy_parents=True)``, made from the page itself even when not live.

    Wagtail copies a page that is not live from its latest revision, in which rows the
    loader has just written have no id yet; it then leaves such rows of translatable models
    (a press item's images) in the source's locale, and saving the copy breaks their unique
    (translation key, locale). A page the loader published under embargo is scheduled, not
    live, and its own row holds what was scheduled: copy that, as Wagtail does for a live page.
    """
    parent = source.get_parent().specific
    translated_parent = None if parent.is_root() else parent.get_translations().filter(locale=locale).first()
    if source.live or translated_parent is None:
        # Parents are handled first, so copy_parents only matters for hand-made trees.
        return source.copy_for_translation(locale, copy_parents=True)

    def process_child_object(original_page, page_copy, child_relation, child_object):
        if isinstance(child_object, TranslatableMixin):
            child_object.locale = locale

    translation = source.copy(
        to=translated_parent,
        update_attrs={"locale": locale, "slug": find_available_slug(translated_parent, source.slug)},
        copy_revisions=False,
        keep_live=False,
        reset_translation_key=False,
        process_child_object=process_child_object,
        log_action="wagtail.copy_for_translation",
    )
    copy_for_translation_done.send(sender=CopyPageForTranslationAction, source_obj=source, target_obj=translation)
    return translation


def _rename_new_page(page, slug):
    """Give a translation created moments ago its own slug.

    The copy starts with the source page's slug; changing it through ``save()``
    would make wagtail.contrib.redirects record redirects from a URL nobody has
    ever seen. The page is new and has no children, so its url_path is simply
    the parent's plus the slug.
    """
    if page.slug == slug:
        return
    parent = page.get_parent()
    if not Page._slug_is_available(slug, parent, page):
        raise DemoContentError(f"{parent.url_path}{slug}/ is already taken by another page.")
    Page.objects.filter(pk=page.pk).update(slug=slug, url_path=f"{parent.url_path}{slug}/")


def _canonical_stream(block, value):
    """A StreamField value as plain data without block ids, so equal content compares equal."""
    return _strip_ids(block.get_prep_value(value))


def _strip_ids(data):
    if isinstance(data, list):
        return [_strip_ids(item) for item in data]
    if isinstance(data, dict):
        is_block = "type" in data and "value" in data
        return {key: _strip_ids(item) for key, item in data.items() if not (is_block and key == "id")}
    return data


def _references(value, kind):
    """The references of ``kind`` (a reference class) inside a value."""
    if isinstance(value, kind):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _references(item, kind)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _references(item, kind)


def _referenced_keys(value, kind=Ref):
    """Keys of the references of ``kind`` (pages: Ref and page: links; or SnippetRef) inside a value."""
    if isinstance(value, kind):
        yield value.key
    elif isinstance(value, str) and kind is Ref:
        yield from PAGE_LINK.findall(value)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _referenced_keys(item, kind)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _referenced_keys(item, kind)


def _public_path(url_path, language):
    """/en/about-the-network/ from a page's url_path (/home/about-the-network/)."""
    parts = url_path.strip("/").split("/")[1:]
    return "/" + "/".join([language, *parts]) + "/"


__all__ = ["DemoBuilder", "DemoContentError", "DocumentSpec", "ImageSpec", "PageSpec", "Report", "SnippetSpec"]
