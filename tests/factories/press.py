"""Builders for the press room: the room, its items (released or under embargo), contacts, images, links,
interview requests, and what journalists and editors type into the press room's forms."""

import datetime
import uuid

from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale

from resources.models import (
    InterviewRequest,
    PressContact,
    PressImage,
    PressOfficeContact,
    PressPractice,
    PressRelatedPage,
    PressReleasePage,
    PressRoomPage,
    PressSession,
    PreviewLink,
)

# The Promote and Settings tabs every page form posts, left empty.
PROMOTE_AND_SETTINGS = dict.fromkeys(
    (
        "seo_title",
        "search_description",
        "listing_title",
        "listing_summary",
        "listing_image",
        "social_image",
        "social_text",
        "go_live_at",
        "expire_at",
        "content_owner",
        "review_by",
    ),
    "",
)


def add_press_room(home, title="Press room", slug="press", contacts=(), **fields):
    fields.setdefault("press_email", "press@example.org")
    room = PressRoomPage(title=title, slug=slug, **fields)
    for person, languages in contacts:
        room.contacts.add(PressOfficeContact(person=person, languages=list(languages)))
    home.add_child(instance=room)
    room.save_revision().publish()
    return PressRoomPage.objects.get(pk=room.pk)


def add_press_item(
    room,
    title,
    kind="release",
    release_at=None,
    slug=None,
    summary=None,
    contacts=(),
    sessions=(),
    practices=(),
    images=(),
    topics=(),
    related=(),
    publish=True,
    **fields,
):
    """A press item; ``release_at`` in the future puts it under embargo (publishing then schedules it).

    ``contacts``: [(person, languages)]; ``images``: [(image, alt text, credit)] or
    (image, alt text, credit, caption); ``related``: pages; ``topics``: terms.
    """
    item = PressReleasePage(
        title=title,
        slug=slug or slugify(title),
        kind=kind,
        release_at=release_at or timezone.now() - datetime.timedelta(days=1),
        summary=summary or f"What {title} announces, in three sentences.",
        **fields,
    )
    for person, languages in contacts:
        item.contacts.add(PressContact(person=person, languages=list(languages)))
    for session in sessions:
        item.sessions.add(PressSession(session=session))
    for practice in practices:
        item.practices.add(PressPractice(practice=practice))
    for image, alt_text, credit, *caption in images:
        item.images.add(
            PressImage(image=image, alt_text=alt_text, credit=credit, caption="".join(caption), locale=room.locale)
        )
    for page in related:
        item.related_pages.add(PressRelatedPage(page=page))
    item.topics = list(topics)
    # A page made in the admin is a draft until published; Page.live defaults to True.
    item.live = publish
    room.add_child(instance=item)
    revision = item.save_revision()
    if publish:
        revision.publish()
    return PressReleasePage.objects.get(pk=item.pk)


def add_preview_link(item, recipient="Marie Martin, Le Soir", expires_in=datetime.timedelta(days=7), **fields):
    return PreviewLink.objects.create(page=item, recipient=recipient, expires_at=timezone.now() + expires_in, **fields)


def in_days(days, hours=0):
    """A moment ``days`` (and ``hours``) from now: a release time still to come puts an item under embargo."""
    return timezone.now() + datetime.timedelta(days=days, hours=hours)


def translate_person(person, language, **fields):
    """The translation of ``person`` into ``language`` (its role, say), saved."""
    translation = person.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def interview_form_data(**overrides):
    """What a journalist types into the interview request form, with a fresh submission key.

    A value of None leaves the field out, as an unticked checkbox is left out of a submitted form.
    """
    data = {
        "name": "Marie Martin",
        "media_outlet": "Le Soir",
        "email": "marie.martin@example.org",
        "phone": "+32 2 225 55 55",
        "deadline": (timezone.localdate() + datetime.timedelta(days=3)).isoformat(),
        "about": "",
        "subject": "Ten minutes with the mayor on drug checking, for Saturday's edition.",
        "interview_language": "fr",
        "consent": "on",
        "website": "",
        "submission_key": str(uuid.uuid4()),
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def add_interview_request(room, name="Marie Martin", **fields):
    """A stored interview request, as the form leaves it (new, consent wording kept)."""
    fields.setdefault("language", room.locale.language_code)
    fields.setdefault("media_outlet", "Le Soir")
    fields.setdefault("email", f"{slugify(name)}@example.org")
    fields.setdefault("subject", "An interview about drug checking.")
    fields.setdefault("consent_text", "I agree.")
    return InterviewRequest.objects.create(press_room=room, name=name, **fields)


def press_item_form_data(title, release_at, slug=None, kind="release", action=None, **overrides):
    """What an editor fills in on a press item's form; ``release_at`` as typed, in portal time.

    Inline rows are given as lists of dicts (``contacts``, ``sessions``, ``practices``, ``images``,
    ``related_pages``); ``key_facts`` as [(figure, text)]; ``topics`` as terms.
    """
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    rows = {name: overrides.pop(name, []) for name in ("contacts", "sessions", "practices", "images", "related_pages")}
    languages = {}
    for number, row in enumerate(rows["contacts"]):
        # A multiple choice is posted as a repeated field, which nested_form_data does not write.
        languages[f"contacts-{number}-languages"] = list(row.pop("languages", []))
    topics = [str(topic.pk) for topic in overrides.pop("topics", [])]
    facts = overrides.pop("key_facts", [])
    data = {
        "title": title,
        "slug": slug or slugify(title),
        "kind": kind,
        "release_at": release_at,
        "summary": f"{title}: who, what, when and where, in three sentences.",
        "key_facts": streamfield([("fact", {"figure": figure, "text": text}) for figure, text in facts]),
        "body": streamfield([]),
        "notes_to_editors": rich_text("<p>Interviews with the speakers can be arranged.</p>"),
        "event": "",
        **PROMOTE_AND_SETTINGS,
        **{name: inline_formset(values) for name, values in rows.items()},
    }
    data.update(overrides)
    form_data = nested_form_data(data)
    form_data.update(languages)
    form_data["topics"] = topics
    if action:
        form_data[action] = action
    return form_data


def press_room_form_data(title="Press room", slug="press", contacts=(), action=None, **overrides):
    """What an editor fills in on the press room's form; ``contacts``: [(person, languages)]."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    data = {
        "title": title,
        "slug": slug,
        "introduction": "Press releases, factsheets and press packs of the network.",
        "for_journalists": rich_text("<p>The press office answers within a working day.</p>"),
        "press_email": "press@example.org",
        "press_phone": "+32 2 555 00 00",
        "contacts": inline_formset([{"person": person.pk} for person, _languages in contacts]),
        "interview_introduction": "We answer within a working day.",
        "notification_email": "pressdesk@example.org",
        **PROMOTE_AND_SETTINGS,
    }
    data.update(overrides)
    form_data = nested_form_data(data)
    for number, (_person, languages) in enumerate(contacts):
        form_data[f"contacts-{number}-languages"] = list(languages)
    if action:
        form_data[action] = action
    return form_data
