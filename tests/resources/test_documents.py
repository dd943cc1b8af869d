"""Documents are downloaded, never opened on the portal's origin, and private collections stay private:
their documents are served only to those allowed, and left off public pages, listings and counts."""

import json
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail.models import Collection, CollectionViewRestriction

from tests.factories.resources import add_document, add_library, add_resource, make_pdf

pytestmark = pytest.mark.django_db


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def private_collections(home):
    root = Collection.get_first_root_node()
    members = root.add_child(name="Members only")
    CollectionViewRestriction.objects.create(collection=members, restriction_type="login")
    board = root.add_child(name="Board papers")
    CollectionViewRestriction.objects.create(collection=board, restriction_type="password", password="s3cret-board")
    return {"login": members, "password": board}


@pytest.mark.parametrize(
    ("filename", "data", "content_type"),
    [
        ("naloxone-guide.pdf", make_pdf(["Naloxone saves lives."]), "application/pdf"),
        ("notes.txt", b"<html><script>alert(1)</script></html>", "text/plain"),
        ("figures.csv", b"city,kits\nGhent,120\n", "text/csv"),
    ],
)
def test_documents_download_as_attachments(client, home, filename, data, content_type):
    document = add_document("Public file", data, filename)
    assert document.url == f"/documents/{document.pk}/{filename}"
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert filename in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"].startswith(content_type)
    assert body(response) == data


def test_a_document_of_a_login_collection_is_not_served_to_visitors(client, home, private_collections):
    data = make_pdf(["Members' minutes."])
    document = add_document("Minutes", data, "minutes.pdf", collection=private_collections["login"])
    response = client.get(document.url)
    assert response.status_code == 302
    assert "next=" in response["Location"]
    assert document.url in response["Location"].replace("%2F", "/")
    assert body(response) != data


def test_a_document_of_a_login_collection_is_served_to_an_editor(admin_client, home, private_collections):
    data = make_pdf(["Members' minutes."])
    document = add_document("Minutes", data, "minutes.pdf", collection=private_collections["login"])
    response = admin_client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert body(response) == data


def test_a_document_of_a_password_collection_asks_for_the_password(client, home, private_collections):
    data = make_pdf(["Board decisions."])
    document = add_document("Board", data, "board.pdf", collection=private_collections["password"])
    response = client.get(document.url)
    assert response.status_code == 200
    assert "Content-Disposition" not in response
    assert b'type="password"' in body(response)
    assert data not in body(response)

    # A wrong password still gives nothing; the right one gives the file.
    restriction = CollectionViewRestriction.objects.get(collection=private_collections["password"])
    action = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    wrong = client.post(action, {"password": "guess", "return_url": document.url})
    assert wrong.status_code == 200
    assert data not in body(wrong)
    assert body(client.get(document.url)) != data
    right = client.post(action, {"password": "s3cret-board", "return_url": document.url})
    assert right.status_code == 302
    response = client.get(document.url)
    assert response.status_code == 200
    assert body(response) == data


def test_a_password_collection_asks_editors_for_the_password_too(admin_client, home, private_collections):
    """Wagtail checks the password of a collection for everyone: an editor's login does not replace it."""
    data = make_pdf(["Board decisions."])
    document = add_document("Board", data, "board.pdf", collection=private_collections["password"])
    response = admin_client.get(document.url)
    assert response.status_code == 200
    assert "Content-Disposition" not in response
    assert data not in body(response)
    restriction = CollectionViewRestriction.objects.get(collection=private_collections["password"])
    action = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    admin_client.post(action, {"password": "s3cret-board", "return_url": document.url})
    assert body(admin_client.get(document.url)) == data


def test_a_document_with_a_wrong_filename_is_not_served(client, home):
    document = add_document("Guide", make_pdf(["Guide."]), "guide.pdf")
    assert client.get(f"/documents/{document.pk}/other.pdf").status_code == 404


# --- A public resource with an edition in a private collection ----------------------------------------


@pytest.fixture
def mixed_resource(home, private_collections):
    """A published resource: its English edition public, its French one in a sub-collection of a
    login-only collection (a restriction covers the collections below it)."""
    library = add_library(home)
    minutes = private_collections["login"].add_child(name="Minutes 2025")
    public = add_document("Guide (English)", make_pdf(["Naloxone basics."]), "guide-en.pdf")
    private = add_document("Guide (French)", make_pdf(["Le protocole wombat."]), "guide-fr.pdf", collection=minutes)
    resource = add_resource(library, "Overdose response", files=[(public, "en"), (private, "fr")])
    return SimpleNamespace(library=library, resource=resource, public=public, private=private)


def test_a_private_edition_is_left_off_the_page_and_its_structured_data(client, mixed_resource):
    response = client.get(mixed_resource.resource.url)
    content = response.content.decode()
    assert mixed_resource.public.url in content
    assert mixed_resource.private.url not in content
    assert "Français" not in BeautifulSoup(content, "html.parser").select_one(".downloads").get_text()
    graphs = [
        json.loads(tag.string)
        for tag in BeautifulSoup(content, "html.parser").select("script[type='application/ld+json']")
    ]
    [resource] = [node for graph in graphs for node in graph["@graph"] if node.get("encoding")]
    assert [edition["inLanguage"] for edition in resource["encoding"]] == ["en"]
    assert resource["inLanguage"] == ["en"]


def test_a_private_edition_counts_nowhere_in_the_library(client, mixed_resource):
    document = BeautifulSoup(client.get(mixed_resource.library.url).content, "html.parser")
    languages = {option["value"] for option in document.select("select[name=language] option") if option["value"]}
    assert languages == {"en"}
    assert "Français" not in document.select_one(".resource-list").get_text()
    french = BeautifulSoup(client.get(mixed_resource.library.url, {"language": "fr"}).content, "html.parser")
    assert french.select(".resource-list .card__title a") == []


def test_the_private_edition_is_listed_again_once_its_collection_is_public(client, mixed_resource):
    CollectionViewRestriction.objects.all().delete()
    assert mixed_resource.private.url in client.get(mixed_resource.resource.url).content.decode()


def test_a_private_or_unpublished_publisher_is_not_named_on_a_public_resource(client, home):
    from wagtail.models import PageViewRestriction

    from tests.factories.network import add_directory, add_organisation

    directory = add_directory(home)
    shown, private, withdrawn = (add_organisation(directory, name) for name in ("Open NGO", "Closed NGO", "Gone NGO"))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    withdrawn.unpublish()
    resource = add_resource(add_library(home), "Guide", publishers=[shown, private, withdrawn])
    content = client.get(resource.url).content.decode()
    assert "Open NGO" in content
    assert "Closed NGO" not in content
    assert "Gone NGO" not in content
