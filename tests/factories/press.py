"""Builders for the press room: the room, its items (released or under embargo), contacts, images, links."""

import datetime

from django.utils import timezone
from django.utils.text import slugify

from resources.models import (
    PressContact,
    PressImage,
    PressOfficeContact,
    PressPractice,
    PressReleasePage,
    PressRoomPage,
    PressSession,
    PreviewLink,
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
    publish=True,
    **fields,
):
    """A press item; ``release_at`` in the future puts it under embargo (publishing then schedules it).

    ``contacts``: [(person, languages)]; ``images``: [(image, alt text, credit)].
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
    for image, alt_text, credit in images:
        item.images.add(PressImage(image=image, alt_text=alt_text, credit=credit, locale=room.locale))
    room.add_child(instance=item)
    revision = item.save_revision()
    if publish:
        revision.publish()
    return PressReleasePage.objects.get(pk=item.pk)


def add_preview_link(item, recipient="Marie Martin, Le Soir", expires_in=datetime.timedelta(days=7), **fields):
    return PreviewLink.objects.create(page=item, recipient=recipient, expires_at=timezone.now() + expires_in, **fields)
