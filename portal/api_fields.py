"""Serializer fields of the public read API (:mod:`portal.api`, described in docs/api.md).

Page types say what the API shows of them in ``api_fields``; the fields here serve whatever is
more than a plain column: taxonomy terms, linked pages, people, images, files, child rows,
times in an event's own zone.

Most of them are batch fields (:class:`BatchField`): a listing hands each the whole page of
results before serialising it (:func:`prepare_fields`), and the field works out every value in
a fixed number of queries, so a listing costs as many queries for 3 items as for 50. On its own
(the detail view) a field works on its one object the same way.

What they never show:

- pages nobody may see: drafts, private pages and press items under embargo (a linked page
  that is one of these is left out, and a page is shown in the item's language where it has
  been translated);
- documents of private collections (a resource's editions);
- a person's email and phone unless the person agreed to their publication
  (``Person.contact_is_public``); people appear with name, role, affiliation and photo only.
"""

from rest_framework.fields import Field

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone, translation

from wagtail.api.utils import get_full_url
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Locale, Page

from portal.models.taxonomies import localize_terms
from portal.utils import attach_images

# Every image the API shows comes in these sizes (WebP, never upscaled, never the original file).
RENDITIONS = {"thumbnail": "max-320x320|format-webp", "large": "max-1200x1200|format-webp"}
# Listing images also in the crop the site's cards use.
LISTING_RENDITIONS = {"card": "fill-480x270|format-webp", **RENDITIONS}


def prepare_fields(serializer, instances):
    """Let every batch field of ``serializer`` work out its values for ``instances`` at once."""
    for field in serializer.fields.values():
        if isinstance(field, BatchField):
            field.prepare(instances)


def by_locale(instances):
    """{locale id: instances of that language}, order kept."""
    groups = {}
    for instance in instances:
        groups.setdefault(instance.locale_id, []).append(instance)
    return groups


def type_name(page):
    model = page.specific_class or type(page)
    return f"{model._meta.app_label}.{model.__name__}"


class InstanceField(Field):
    """A read-only field that reads what it needs from the whole object (``self.source`` names the attribute)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance


class BatchField(InstanceField):
    """A read-only field whose values for many objects are computed together (:meth:`compute`)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._values = {}

    @property
    def request(self):
        return self.context["request"]

    def prepare(self, instances):
        missing = [instance for instance in instances if instance.pk not in self._values]
        if missing:
            self._values.update(self.compute(missing))

    def to_representation(self, instance):
        self.prepare([instance])
        return self._values.get(instance.pk)

    def compute(self, instances):
        """{instance pk: value} for ``instances``."""
        raise NotImplementedError


# --- Simple values -------------------------------------------------------------------------


class LabelledChoiceField(InstanceField):
    """A choice as ``{"value": code, "label": label in the page's language}``; null when empty.

    ``urls``: {code: address} adds the choice's ``url`` (a licence's text).
    """

    def __init__(self, urls=None, **kwargs):
        self.urls = urls
        super().__init__(**kwargs)

    def to_representation(self, instance):
        value = getattr(instance, self.source)
        with translation.override(instance.locale.language_code):
            label = str(getattr(instance, f"get_{self.source}_display")())
        if value in ("", None) and not label:
            return None
        data = {"value": value, "label": label}
        if self.urls is not None:
            data["url"] = self.urls.get(value)
        return data


class NamedCountryField(InstanceField):
    """A country (or a list of them) as ``{"code", "name"}``, named in the page's language."""

    def to_representation(self, instance):
        value = getattr(instance, self.source)
        with translation.override(instance.locale.language_code):
            if instance._meta.get_field(self.source).multiple:
                return [{"code": country.code, "name": str(country.name)} for country in value]
            return {"code": value.code, "name": str(value.name)} if value else None


class EventTimeField(InstanceField):
    """A moment of an event (``start``, ``end``) in ISO 8601, in the event's own time zone."""

    def to_representation(self, event):
        value = getattr(event, self.source)
        return event.localtime(value).isoformat() if value else None


class PageRouteField(InstanceField):
    """Full addresses of a routable page's sub-pages: ``{key: route name}`` (files lose their slash)."""

    def __init__(self, routes, **kwargs):
        self.routes = routes
        super().__init__(**kwargs)

    def to_representation(self, page):
        from events.models.events import file_route

        base = page.get_full_url(self.context["request"])
        if not base:
            return None
        return {key: file_route(base + page.reverse_subpage(name)) for key, name in self.routes.items()}


# --- Images --------------------------------------------------------------------------------


def rendition_data(image, spec, request):
    """Wagtail's rendition dict, its ``full_url`` at the site's address (as every other address of the API)."""
    data = ImageRenditionField(spec).to_representation(image)
    if data.get("url", "").startswith("/"):
        data["full_url"] = get_full_url(request, data["url"])
    return data


def image_data(image, request, specs=RENDITIONS):
    """An image as the API shows it: id, title, original size and its renditions (never the original file)."""
    if image is None:
        return None
    return {
        "id": image.pk,
        "title": image.title,
        "width": image.width,
        "height": image.height,
        "renditions": {name: rendition_data(image, spec, request) for name, spec in specs.items()},
    }


class RenditionsField(BatchField):
    """An image foreign key of the page, with the renditions ``specs`` (two queries for any number)."""

    def __init__(self, specs=None, **kwargs):
        self.specs = specs or RENDITIONS
        super().__init__(**kwargs)

    def compute(self, instances):
        attach_images(instances, self.source, *self.specs.values())
        return {
            instance.pk: image_data(getattr(instance, self.source), self.request, self.specs) for instance in instances
        }


class OwnRenditionsField(BatchField):
    """The renditions of an image itself (the images endpoint), fetched together."""

    def compute(self, images):
        from wagtail.images import get_image_model

        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=RENDITIONS.values())
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions"))
        return {image.pk: image_data(image, self.request)["renditions"] for image in images}


class TagNamesField(BatchField):
    """Tag names in alphabetical order (one query for any number of objects)."""

    def compute(self, instances):
        prefetch_related_objects(instances, self.source)
        return {
            instance.pk: sorted((tag.name for tag in getattr(instance, self.source).all()), key=str.casefold)
            for instance in instances
        }


# --- Taxonomy terms ------------------------------------------------------------------------


def term_data(term):
    return {"name": term.name, "slug": term.slug}


class TermsField(BatchField):
    """Terms of a controlled vocabulary as ``{"name", "slug"}``, in the page's language where translated.

    ``many=False`` for a foreign key (one term or null). Two queries per vocabulary and language.
    """

    def __init__(self, many=True, **kwargs):
        self.many_terms = many
        super().__init__(**kwargs)

    def terms_of(self, instance):
        if self.many_terms:
            return list(getattr(instance, self.source).all())
        term = getattr(instance, self.source)
        return [term] if term is not None else []

    def compute(self, instances):
        prefetch_related_objects(instances, self.source)
        terms_of = {instance.pk: self.terms_of(instance) for instance in instances}
        values = {}
        for group in by_locale(instances).values():
            terms = [term for instance in group for term in terms_of[instance.pk]]
            shown = {term.translation_key: term for term in localize_terms(terms, group[0].locale)}
            for instance in group:
                keys = dict.fromkeys(term.translation_key for term in terms_of[instance.pk])
                chosen = sorted((shown[key] for key in keys if key in shown), key=lambda term: term.name.casefold())
                if self.many_terms:
                    values[instance.pk] = [term_data(term) for term in chosen]
                else:
                    values[instance.pk] = term_data(chosen[0]) if chosen else None
        return values


# --- Linked pages --------------------------------------------------------------------------


def visible_pages(context):
    """The pages anyone may see: the listing's own base queryset (site, language trees, view
    restrictions, embargo), or the same rules when a field serves something else."""
    base = context.get("base_queryset")
    if base is None:
        from resources.models.press import not_under_embargo

        base = not_under_embargo(Page.objects.live().public())
    return base


def locales(context):
    """{locale id: Locale}, read once per request."""
    if "_api_locales" not in context:
        context["_api_locales"] = {locale.pk: locale for locale in Locale.objects.all()}
    return context["_api_locales"]


def page_links(owners, ids_of, context):
    """{owner pk: {page id: link}} for the pages ``ids_of[owner pk]`` names.

    Only pages anyone may see (:func:`visible_pages`); each in its owner's language where it
    has such a translation. Queries: the pages, then one per language for the translations.
    """
    wanted = list(dict.fromkeys(pk for ids in ids_of.values() for pk in ids if pk))
    links = {owner.pk: {} for owner in owners}
    if not wanted:
        return links
    base = visible_pages(context)
    by_id = locales(context)
    found = {page.pk: page for page in base.filter(pk__in=wanted)}
    request = context["request"]
    router = request.wagtailapi_router
    for locale_id, group in by_locale(owners).items():
        originals = {pk: found[pk] for owner in group for pk in ids_of[owner.pk] if pk in found}
        foreign = {page.translation_key for page in originals.values() if page.locale_id != locale_id}
        translations = {}
        if foreign:
            translations = {
                page.translation_key: page for page in base.filter(translation_key__in=foreign, locale_id=locale_id)
            }
        chosen = {}
        for pk, page in originals.items():
            shown = page if page.locale_id == locale_id else translations.get(page.translation_key, page)
            shown.locale = by_id[shown.locale_id]
            chosen[pk] = shown
        for owner in group:
            links[owner.pk] = {pk: page_link(chosen[pk], request, router) for pk in ids_of[owner.pk] if pk in chosen}
    return links


def page_link(page, request, router):
    # Imported here: wagtail.api.v2 reads the page model when imported, before models are ready.
    from wagtail.api.v2.utils import get_object_detail_url

    return {
        "id": page.pk,
        "type": type_name(page),
        "title": page.title,
        "locale": page.locale.language_code,
        "url": page.get_full_url(request),
        "detail_url": get_object_detail_url(router, request, Page, page.pk),
    }


class PageLinkField(BatchField):
    """A page foreign key (``lead_organisation``, ``event``...) as a link, or null when nobody may see it."""

    def compute(self, instances):
        attname = f"{self.source}_id"
        ids_of = {instance.pk: [getattr(instance, attname)] for instance in instances}
        links = page_links(instances, ids_of, self.context)
        return {instance.pk: links[instance.pk].get(getattr(instance, attname)) for instance in instances}


class PageLinksField(BatchField):
    """The pages that rows of a child relation point at (``page_attr``), in the rows' order, as links.

    ``extra``: attributes of the row added to each link (a partner's ``role``).
    """

    def __init__(self, page_attr="page", extra=(), **kwargs):
        self.page_attr = page_attr
        self.extra = tuple(extra)
        super().__init__(**kwargs)

    def compute(self, instances):
        prefetch_related_objects(instances, self.source)
        rows_of = {instance.pk: list(getattr(instance, self.source).all()) for instance in instances}
        attname = f"{self.page_attr}_id"
        ids_of = {pk: [getattr(row, attname) for row in rows] for pk, rows in rows_of.items()}
        links = page_links(instances, ids_of, self.context)
        values = {}
        for pk, rows in rows_of.items():
            items = []
            for row in rows:
                link = links[pk].get(getattr(row, attname))
                if link is not None:
                    items.append({**link, **{name: getattr(row, name) for name in self.extra}})
            values[pk] = items
        return values


class RowsField(BatchField):
    """Rows of a child relation with the attributes ``fields`` (dates in ISO 8601).

    ``choices``: attributes shown as ``{"value", "label"}``; ``link``: a page foreign key of the
    row shown as a link (null when nobody may see the page); ``sort``: attributes the rows are
    sorted by (the editor's order otherwise).
    """

    def __init__(self, fields, choices=(), link=None, sort=None, **kwargs):
        self.row_fields = tuple(fields)
        self.choices = tuple(choices)
        self.link = link
        self.sort = tuple(sort) if sort else None
        super().__init__(**kwargs)

    def compute(self, instances):
        prefetch_related_objects(instances, self.source)
        rows_of = {instance.pk: list(getattr(instance, self.source).all()) for instance in instances}
        if self.sort:
            for rows in rows_of.values():
                rows.sort(key=lambda row: tuple(getattr(row, name) or 0 for name in self.sort))
        links = {}
        if self.link:
            attname = f"{self.link}_id"
            links = page_links(
                instances, {pk: [getattr(row, attname) for row in rows] for pk, rows in rows_of.items()}, self.context
            )
        values = {}
        for instance in instances:
            with translation.override(instance.locale.language_code):
                values[instance.pk] = [self.row_data(row, links.get(instance.pk, {})) for row in rows_of[instance.pk]]
        return values

    def row_data(self, row, links):
        data = {}
        for name in self.row_fields:
            value = getattr(row, name)
            data[name] = value.isoformat() if hasattr(value, "isoformat") else value
        for name in self.choices:
            data[name] = {"value": getattr(row, name), "label": str(getattr(row, f"get_{name}_display")())}
        if self.link:
            data[self.link] = links.get(getattr(row, f"{self.link}_id"))
        return data


# --- People --------------------------------------------------------------------------------


def person_data(person, request):
    """A person as pages show them: email and phone only when the person agreed to their publication."""
    from home.models.people import PHOTO_SPEC

    data = {
        "name": person.name,
        "role": person.role,
        "affiliation": person.get_affiliation(),
        "photo": rendition_data(person.photo, PHOTO_SPEC, request) if person.photo_id and person.photo else None,
    }
    if person.public_email:
        data["email"] = person.public_email
    if person.public_phone:
        data["phone"] = person.public_phone
    return data


def localized_people(owners, people_of):
    """{owner pk: [person in the owner's language]} (one query per language, two more for photos)."""
    from home.models.people import localize_people

    values = {}
    for group in by_locale(owners).values():
        people = [person for owner in group for person in people_of[owner.pk]]
        shown = iter(localize_people(people, group[0].locale))
        for owner in group:
            values[owner.pk] = [next(shown) for _person in people_of[owner.pk]]
    return values


class PersonField(BatchField):
    """A person foreign key (a page's contact person)."""

    def compute(self, instances):
        prefetch_related_objects(instances, f"{self.source}__organisation")
        people_of = {
            instance.pk: [p for p in [getattr(instance, self.source)] if p is not None] for instance in instances
        }
        shown = localized_people(instances, people_of)
        return {pk: person_data(people[0], self.request) if people else None for pk, people in shown.items()}


class PeopleField(BatchField):
    """People named by rows of a child relation (co-pilots, a session's people), with their ``role``
    (``{"value", "label"}``) when the rows have one."""

    def __init__(self, person_attr="person", with_role=False, **kwargs):
        self.person_attr = person_attr
        self.with_role = with_role
        super().__init__(**kwargs)

    def rows_of(self, instances):
        prefetch_related_objects(instances, f"{self.source}__{self.person_attr}__organisation")
        return {instance.pk: list(getattr(instance, self.source).all()) for instance in instances}

    def compute(self, instances):
        rows_of = self.rows_of(instances)
        shown = localized_people(
            instances, {pk: [getattr(row, self.person_attr) for row in rows] for pk, rows in rows_of.items()}
        )
        values = {}
        for instance in instances:
            items = []
            with translation.override(instance.locale.language_code):
                for row, person in zip(rows_of[instance.pk], shown[instance.pk], strict=True):
                    data = person_data(person, self.request)
                    if self.with_role:
                        data["role_in_session"] = {"value": row.role, "label": str(row.get_role_display())}
                    items.append(data)
            values[instance.pk] = items
        return values


def shown_contact_rows(rows, language):
    """The media contacts a page in ``language`` lists (the rule of ``resources.models.press.contacts_for``)."""
    return [row for row in rows if not row.languages or language in row.languages] or rows


class MediaContactsField(PeopleField):
    """Media contacts of a press room or press item, those shown in the page's language.

    A press item without contacts of its own shows its press room's (``room_fallback``).
    """

    def __init__(self, room_fallback=False, **kwargs):
        self.room_fallback = room_fallback
        super().__init__(**kwargs)

    def rows_of(self, instances):
        rows_of = super().rows_of(instances)
        rooms = {}
        empty = [instance for instance in instances if not rows_of[instance.pk]]
        if self.room_fallback and empty:
            from resources.models import PressRoomPage

            paths = {instance.path[: -Page.steplen] for instance in empty}
            rooms = {
                room.path: list(room.contacts.all())
                for room in PressRoomPage.objects.filter(path__in=paths).prefetch_related(
                    "contacts__person__organisation"
                )
            }
        chosen = {}
        for instance in instances:
            rows = rows_of[instance.pk] or rooms.get(instance.path[: -Page.steplen], [])
            chosen[instance.pk] = shown_contact_rows(rows, instance.locale.language_code)
        return chosen


# --- Page types' own data ----------------------------------------------------------------


class EditionsField(BatchField):
    """A resource's files anyone may download (private collections left out), its language first."""

    def compute(self, resources):
        from resources.languages import language_name
        from resources.models import ResourceFile

        files = ResourceFile.objects.public().select_related("document", "document__extracted")
        prefetch_related_objects(resources, Prefetch("files", queryset=files, to_attr="api_files"))
        values = {}
        for resource in resources:
            language = resource.locale.language_code
            editions = sorted(
                resource.api_files,
                key=lambda file: (
                    file.language != language,
                    language_name(file.language).casefold(),
                    file.sort_order or 0,
                ),
            )
            values[resource.pk] = [
                {
                    "language": file.language,
                    "language_name": file.language_name,
                    "label": file.title,
                    "title": file.document.title,
                    "url": get_full_url(self.request, file.document.url),
                    "format": file.format,
                    "size": file.size,
                    "pages": file.page_count,
                }
                for file in editions
            ]
        return values


class PressImagesField(BatchField):
    """Images offered to the press with their alternative text, caption and credit."""

    def compute(self, items):
        prefetch_related_objects(items, "images")
        rows_of = {item.pk: list(item.images.all()) for item in items}
        attach_images([row for rows in rows_of.values() for row in rows], "image", *RENDITIONS.values())
        return {
            pk: [
                {
                    "image": image_data(row.image, self.request),
                    "alt_text": row.alt_text,
                    "caption": row.caption,
                    "credit": row.credit,
                }
                for row in rows
                if row.image is not None
            ]
            for pk, rows in rows_of.items()
        }


class PartnershipsField(BatchField):
    """An organisation's partnerships as its profile shows them (both directions), in its language."""

    def compute(self, organisations):
        from django.db.models import Q

        from home.models.organisations import REVERSE_LABELS, Partnership, choose_partnerships

        keys = [organisation.translation_key for organisation in organisations]
        rows = list(
            Partnership.objects.filter(Q(organisation__translation_key__in=keys) | Q(partner__translation_key__in=keys))
            .select_related("organisation", "partner")
            .order_by("sort_order", "pk")
        )
        chosen_of, ids_of = {}, {}
        for organisation in organisations:
            key = organisation.translation_key
            mine = [row for row in rows if key in (row.organisation.translation_key, row.partner.translation_key)]
            chosen = []
            for row in choose_partnerships(mine, organisation.locale_id):
                outgoing = row.organisation.translation_key == key
                chosen.append((row, outgoing, row.partner if outgoing else row.organisation))
            chosen_of[organisation.pk] = chosen
            ids_of[organisation.pk] = [other.pk for _row, _outgoing, other in chosen]
        links = page_links(organisations, ids_of, self.context)
        values = {}
        for organisation in organisations:
            items = []
            with translation.override(organisation.locale.language_code):
                for row, outgoing, other in chosen_of[organisation.pk]:
                    link = links[organisation.pk].get(other.pk)
                    if link is None:
                        continue
                    label = row.get_kind_display() if outgoing else REVERSE_LABELS[row.kind]
                    items.append(
                        {
                            "kind": {"value": row.kind, "label": str(label)},
                            "direction": "outgoing" if outgoing else "incoming",
                            "organisation": link,
                            "start_year": row.start_year,
                            "end_year": row.end_year,
                            "description": row.description,
                        }
                    )
            values[organisation.pk] = items
        return values


def describe_sessions_for_api(sessions, request):
    """Set ``api_schedule`` on each session: its event's time zone, local times, room, track and people.

    Rooms and tracks are swapped for the rows of the session's own event (a translated
    session may point at the source event's), people for their translation. A fixed number
    of queries for sessions of any number of events.
    """
    from events.models import EventPage

    todo = [session for session in sessions if not hasattr(session, "api_schedule")]
    if not todo:
        return
    paths = {session.path[: -Page.steplen] for session in todo}
    events = {
        event.path: event for event in EventPage.objects.filter(path__in=paths).prefetch_related("rooms", "tracks")
    }
    prefetch_related_objects(todo, "room", "track", "session_people__person__organisation")
    rows_of = {session.pk: list(session.session_people.all()) for session in todo}
    people = localized_people(todo, {pk: [row.person for row in rows] for pk, rows in rows_of.items()})
    for session in todo:
        event = events.get(session.path[: -Page.steplen])
        tz = event.tz if event is not None else timezone.get_current_timezone()
        rooms = {room.translation_key: room for room in event.rooms.all()} if event is not None else {}
        tracks = {track.translation_key: track for track in event.tracks.all()} if event is not None else {}
        room = rooms.get(session.room.translation_key, session.room) if session.room is not None else None
        track = tracks.get(session.track.translation_key, session.track) if session.track is not None else None
        with translation.override(session.locale.language_code):
            session_people = [
                {
                    **person_data(person, request),
                    "role_in_session": {"value": row.role, "label": str(row.get_role_display())},
                }
                for row, person in zip(rows_of[session.pk], people[session.pk], strict=True)
            ]
        session.api_schedule = {
            "time_zone": str(tz),
            "start": timezone.localtime(session.start, tz).isoformat() if session.start else None,
            "end": timezone.localtime(session.end, tz).isoformat() if session.end else None,
            "room": {"name": room.name, "location": room.location} if room is not None else None,
            "track": {"name": track.name, "slug": track.slug, "colour": track.colour} if track is not None else None,
            "people": session_people,
        }


class SessionField(BatchField):
    """One part of a session's place in the schedule (see :func:`describe_sessions_for_api`)."""

    def __init__(self, part=None, **kwargs):
        self.part = part
        super().__init__(**kwargs)

    def compute(self, sessions):
        describe_sessions_for_api(sessions, self.request)
        part = self.part or self.source
        return {session.pk: session.api_schedule[part] for session in sessions}
