"""Search documents exist exactly for what readers may see, and follow every change to it."""

import datetime

import pytest
import time_machine

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageViewRestriction

from portal.models.taxonomies import ResourceType, Topic
from resources.models import PressReleasePage
from search.documents import rebuild
from search.models import SearchDocument
from tests.factories.network import add_person
from tests.factories.pages import add_standard_page, translate_page
from tests.factories.press import add_press_item, add_press_room
from tests.factories.resources import add_library, add_resource, add_term

pytestmark = pytest.mark.django_db


def documents_of(page):
    return SearchDocument.objects.filter(page_id=page.pk, person=None)


def test_publishing_writes_a_document_in_the_pages_language(home):
    page = add_standard_page(home, "Outreach manual", listing_summary="Street work with people who use drugs.")
    document = documents_of(page).get()
    assert (document.language, document.kind, document.title) == ("en", "page", "Outreach manual")
    assert document.summary == "Street work with people who use drugs."
    assert document.url == "/en/outreach-manual/"
    assert document.languages == ["en"]


def test_a_translation_lists_its_languages_on_both_documents(home):
    page = add_standard_page(home, "Outreach manual")
    french = translate_page(page, "fr", title="Manuel du travail de rue", slug="travail-de-rue")
    assert documents_of(page).get().languages == ["en", "fr"]
    assert documents_of(french).get().languages == ["en", "fr"]
    french.unpublish()
    assert not documents_of(french).exists()
    assert documents_of(page).get().languages == ["en"]


def test_unpublished_private_moved_and_deleted_pages_have_no_document(home):
    page = add_standard_page(home, "Outreach manual")
    page.unpublish()
    assert not documents_of(page).exists()
    page.save_revision().publish()
    assert documents_of(page).exists()

    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert not documents_of(page).exists()
    restriction.delete()
    assert documents_of(page).exists()

    private_section = add_standard_page(home, "Members only")
    PageViewRestriction.objects.create(page=private_section, restriction_type=PageViewRestriction.LOGIN)
    page.move(private_section, pos="last-child")
    assert not documents_of(page).exists()

    public = add_standard_page(home, "Public page")
    public_id = public.pk
    public.delete()
    assert not SearchDocument.objects.filter(page_id=public_id).exists()


def test_press_items_under_embargo_have_no_document_until_released(home):
    room = add_press_room(home)
    item = add_press_item(
        room, "Three cities against recruitment", release_at=timezone.now() + datetime.timedelta(days=3)
    )
    assert not documents_of(item).exists()
    released = add_press_item(room, "Conference on drugs")
    assert documents_of(released).get().kind == "press"


def test_the_contacts_of_an_item_live_before_its_release_stay_hidden_until_then(client, home):
    room = add_press_room(home)
    person = add_person("Noor Haddad", role="Researcher")
    release_at = timezone.now() + datetime.timedelta(days=3)
    item = add_press_item(room, "Lighthouse study", release_at=release_at, contacts=[(person, ["en"])])
    PressReleasePage.objects.filter(pk=item.pk).update(live=True)  # made live by other means
    rebuild()
    assert SearchDocument.objects.get(person=person).visible_from == release_at
    assert client.get("/en/search/", {"q": "Noor Haddad"}).content.count(b"search-result__title") == 0
    with time_machine.travel(release_at + datetime.timedelta(minutes=1), tick=False):
        assert b"Noor Haddad" in client.get("/en/search/", {"q": "Noor Haddad"}).content


def test_people_shown_on_a_page_are_found_through_it(home):
    from tests.factories.press import add_press_item as add_item

    room = add_press_room(home)
    person = add_person("Marie Martin", role="Press officer", affiliation="Efus")
    item = add_item(room, "Conference on drugs", contacts=[(person, ["en", "fr"])])
    document = SearchDocument.objects.get(person=person)
    assert (document.kind, document.title, document.summary, document.page_id) == (
        "person",
        "Marie Martin",
        "Press officer, Efus",
        item.pk,
    )
    person.role = "Head of communication"
    person.save()
    assert SearchDocument.objects.get(person=person).summary == "Head of communication, Efus"


def test_facet_values_describe_a_resource(home):
    library = add_library(home)
    topic = add_term(Topic, "Harm reduction")
    manual_type = add_term(ResourceType, "Manual")
    resource = add_resource(
        library,
        "Outreach manual",
        topics=[topic],
        resource_type=manual_type,
        countries=["FR", "BE"],
        publication_date=datetime.date(2010, 5, 1),
    )
    values = set(documents_of(resource).get().facet_values.values_list("facet", "value"))
    assert values == {
        ("type", "resource"),
        ("topic", str(topic.translation_key)),
        ("resource_type", str(manual_type.translation_key)),
        ("country", "FR"),
        ("country", "BE"),
        ("year", "2010"),
    }


def test_rebuild_writes_only_what_changed_and_per_language(home):
    rebuild()  # the home pages were published before the site pointed at them
    page = add_standard_page(home, "Outreach manual")
    french = translate_page(page, "fr", title="Manuel du travail de rue", slug="travail-de-rue")
    SearchDocument.objects.filter(page_id=french.pk).update(title="stale", digest="stale")
    english_before = documents_of(page).get()

    assert rebuild(["fr"])[0] == 1
    assert documents_of(french).get().title == "Manuel du travail de rue"
    english_after = documents_of(page).get()
    assert english_after.updated_at == english_before.updated_at
    assert rebuild() == (0, 0)
    call_command("rebuild_search_documents", "--language", "en", verbosity=0)


def test_the_rebuild_leaves_sqlite_with_statistics_for_its_planner(home):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL keeps its statistics itself (autovacuum)")
    add_standard_page(home, "Outreach manual")
    call_command("rebuild_search_documents", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM sqlite_stat1")
        assert cursor.fetchone()[0] > 0
