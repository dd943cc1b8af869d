"""Reading the text of uploaded PDFs: page count and text kept per document, resources found by what
their files say, damaged and unsupported files never in the editor's way, each content read once.

Reading is queued when the editor's save is committed: tests of the whole flow use a transactional
database (``transaction=True``), where commits happen as in production; the others run the queued
callbacks with ``django_capture_on_commit_callbacks`` or call ``extract`` directly.
"""

from unittest import mock

import pytest

from django.core import serializers
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.search.backends import get_search_backend

from resources import extraction
from resources.models import DocumentText, ResourcePage
from tests.factories.resources import (
    add_document,
    add_library,
    add_resource,
    make_pdf,
    replace_document_file,
    resource_form_data,
)

# A transactional test empties the database afterwards; serialized rollback gives the next one
# back the rows migrations create (root page, locales, default site).
committed = pytest.mark.django_db(transaction=True, serialized_rollback=True)

THREE_PAGES = [
    "Naloxone reverses an opioid overdose within minutes.",
    "Peer workers carry kits during night outreach in Ghent.",
    "Appendix: the quokka protocol for mobile teams.",
]


def found(word, model=ResourcePage):
    return [result.title for result in get_search_backend().search(word, model)]


def site_search_page(client, word, language="en"):
    response = client.get(f"/{language}/search/", {"q": word})
    assert response.status_code == 200
    return response.content.decode()


def text_of(document):
    return DocumentText.objects.get(document=document)


@pytest.mark.django_db
def test_a_three_page_pdf_is_read_with_its_page_count_and_text(home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document("Naloxone guide", make_pdf(THREE_PAGES), "naloxone-guide.pdf")
    record = text_of(document)
    assert record.status == DocumentText.Status.DONE
    assert record.page_count == 3
    for page_text in THREE_PAGES:
        assert page_text in record.text
    assert record.truncated is False
    assert record.error == ""
    assert record.file_hash == document.file_hash != ""


@pytest.mark.django_db
def test_text_in_any_script_is_read(home):
    document = add_document("Наръчник", make_pdf(["Намаляване на вредите", "Réduction des risques"]), "bg.pdf")
    record = extraction.extract(document)
    assert record.status == DocumentText.Status.DONE
    assert "Намаляване на вредите" in record.text
    assert "Réduction des risques" in record.text


@committed
def test_a_resource_is_found_by_a_word_only_its_pdf_contains(home, client):
    library = add_library(home)
    document = add_document("Naloxone guide", make_pdf(THREE_PAGES), "naloxone-guide.pdf")
    assert text_of(document).status == DocumentText.Status.DONE  # read as soon as the upload was committed
    add_resource(library, "Overdose response", files=[(document, "en")])
    add_resource(library, "Housing first", files=[(add_document("Housing", make_pdf(["Homes"]), "housing.pdf"), "en")])

    assert found("quokka") == ["Overdose response"]
    page = site_search_page(client, "quokka")
    assert "Overdose response" in page
    assert "Housing first" not in page


@committed
def test_a_resource_is_found_by_the_words_of_a_file_read_after_it_was_published(home, client):
    """A file read later (a queue worker, a replaced file) makes the resource findable by its words then."""
    library = add_library(home)
    document = add_document("Guide", make_pdf(["First edition about naloxone."]), "guide.pdf")
    add_resource(library, "Overdose response", files=[(document, "en")])
    assert found("wombat") == []

    replace_document_file(document, make_pdf(["Second edition: the wombat chapter."]), "guide-2.pdf")

    assert found("wombat") == ["Overdose response"]
    assert "Overdose response" in site_search_page(client, "wombat")


@pytest.mark.django_db
def test_a_file_that_is_not_a_pdf_is_marked_unsupported(home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document("Notes", b"Plain text notes about naloxone.", "notes.txt")
    record = text_of(document)
    assert record.status == DocumentText.Status.UNSUPPORTED
    assert record.text == ""
    assert record.page_count is None


@committed
def test_a_damaged_pdf_is_marked_failed_and_the_editor_still_publishes(home, admin_client):
    library = add_library(home)
    # The editor uploads a broken file in the admin: the upload succeeds.
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Broken report",
            "file": SimpleUploadedFile("broken.pdf", b"%PDF-1.4\nthis is not really a pdf", "application/pdf"),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Broken report")
    record = text_of(document)
    assert record.status == DocumentText.Status.FAILED
    assert record.error  # what went wrong, for the editors (pypdf's exception and message)
    assert record.text == ""
    assert record.page_count is None

    # And publishes a resource with it: the save goes through, the page is live and renders.
    add_url = f"/admin/pages/add/resources/resourcepage/{library.pk}/"
    response = admin_client.post(
        add_url, resource_form_data("Broken but published", files=[(document, "en")], action="action-publish")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    resource = ResourcePage.objects.get(slug="broken-but-published")
    assert resource.live
    assert [file.document_id for file in resource.files.all()] == [document.pk]

    # Publishing it again from code does not raise either.
    resource.save_revision().publish()
    assert admin_client.get(resource.url).status_code == 200


@pytest.mark.django_db
def test_saving_the_same_file_again_does_not_read_it_again(home, django_capture_on_commit_callbacks):
    library = add_library(home)
    with mock.patch("resources.extraction.read_pdf", wraps=extraction.read_pdf) as read_pdf:
        with django_capture_on_commit_callbacks(execute=True):
            document = add_document("Guide", make_pdf(THREE_PAGES), "guide.pdf")
        assert read_pdf.call_count == 1
        read_on = text_of(document).updated_at

        with django_capture_on_commit_callbacks(execute=True):
            document.title = "Guide (renamed)"
            document.save()
            resource = add_resource(library, "Overdose response", files=[(document, "en")])
            resource.save_revision().publish()
            ResourcePage.objects.get(pk=resource.pk).save_revision().publish()

        assert read_pdf.call_count == 1
    assert text_of(document).updated_at == read_on


@pytest.mark.django_db
def test_replacing_the_file_reads_the_new_content(home, django_capture_on_commit_callbacks):
    with mock.patch("resources.extraction.read_pdf", wraps=extraction.read_pdf) as read_pdf:
        with django_capture_on_commit_callbacks(execute=True):
            document = add_document("Guide", make_pdf(THREE_PAGES), "guide.pdf")
        with django_capture_on_commit_callbacks(execute=True):
            replace_document_file(document, make_pdf(["New edition on drug checking."]), "guide-2024.pdf")
        assert read_pdf.call_count == 2
    record = text_of(document)
    assert record.status == DocumentText.Status.DONE
    assert record.page_count == 1
    assert "drug checking" in record.text
    assert "quokka" not in record.text
    assert record.file_hash == get_document_model().objects.get(pk=document.pk).file_hash


@pytest.mark.django_db
def test_reading_stops_at_the_page_limit(home, monkeypatch):
    monkeypatch.setattr(extraction, "MAX_PAGES", 2)
    document = add_document("Guide", make_pdf(THREE_PAGES), "guide.pdf")
    record = extraction.extract(document)
    assert record.status == DocumentText.Status.DONE
    assert record.page_count == 3  # the real length, for readers
    assert THREE_PAGES[0] in record.text
    assert THREE_PAGES[1] in record.text
    assert "quokka" not in record.text
    assert record.truncated is True


@pytest.mark.django_db
def test_reading_stops_at_the_character_limit(home, monkeypatch):
    monkeypatch.setattr(extraction, "MAX_CHARS", 30)
    document = add_document("Guide", make_pdf(THREE_PAGES), "guide.pdf")
    record = extraction.extract(document)
    assert record.status == DocumentText.Status.DONE
    assert record.page_count == 3
    assert len(record.text) == 30
    assert record.text == THREE_PAGES[0][:30]
    assert record.truncated is True


@pytest.mark.django_db
def test_a_short_pdf_is_not_marked_truncated_under_the_limits(home, monkeypatch):
    monkeypatch.setattr(extraction, "MAX_PAGES", 3)
    monkeypatch.setattr(extraction, "MAX_CHARS", 10_000)
    record = extraction.extract(add_document("Guide", make_pdf(THREE_PAGES), "guide.pdf"))
    assert record.page_count == 3
    assert record.truncated is False
    assert "quokka" in record.text


def edit_files(admin_client, resource, files):
    """Publish ``resource`` from its edit form with ``files``: (document, language) pairs."""
    existing = list(resource.files.all())
    rows = [(file.document, file.language, file.pk) for file in existing if (file.document, file.language) in files]
    removed = [file for file in existing if (file.document, file.language) not in files]
    rows += [item for item in files if item not in [(file.document, file.language) for file in existing]]
    data = resource_form_data(resource.title, slug=resource.slug, files=rows, action="action-publish")
    for number, file in enumerate(removed, start=len(rows)):
        # A row the editor deleted: sent back with DELETE ticked.
        data.update(
            {
                f"files-{number}-id": str(file.pk),
                f"files-{number}-document": str(file.document.pk),
                f"files-{number}-language": file.language,
                f"files-{number}-title": "",
                f"files-{number}-ORDER": str(number),
                f"files-{number}-DELETE": "on",
            }
        )
    data["files-TOTAL_FORMS"] = str(len(rows) + len(removed))
    data["files-INITIAL_FORMS"] = str(len(existing))
    response = admin_client.post(f"/admin/pages/{resource.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return ResourcePage.objects.get(pk=resource.pk)


@committed
def test_adding_an_already_read_file_makes_the_resource_findable_by_its_words(home, admin_client):
    """The editor adds a file uploaded (and read) earlier to a published resource, and publishes."""
    library = add_library(home)
    first = add_document("Guide", make_pdf(["Naloxone basics."]), "guide.pdf")
    annex = add_document("Annex", make_pdf(["Annex on the wombat method."]), "annex.pdf")
    resource = add_resource(library, "Overdose response", files=[(first, "en")])
    assert found("wombat") == []

    resource = edit_files(admin_client, resource, [(first, "en"), (annex, "fr")])

    assert sorted(file.language for file in resource.files.all()) == ["en", "fr"]
    assert found("wombat") == ["Overdose response"]


@committed
def test_removing_a_file_stops_the_resource_being_found_by_its_words(home, admin_client):
    library = add_library(home)
    first = add_document("Guide", make_pdf(["Naloxone basics."]), "guide.pdf")
    annex = add_document("Annex", make_pdf(["Annex on the wombat method."]), "annex.pdf")
    resource = add_resource(library, "Overdose response", files=[(first, "en"), (annex, "fr")])
    assert found("wombat") == ["Overdose response"]

    resource = edit_files(admin_client, resource, [(first, "en")])

    assert [file.language for file in resource.files.all()] == ["en"]
    assert found("wombat") == []
    assert found("naloxone") == ["Overdose response"]


@pytest.mark.django_db
def test_loading_saved_rows_of_files_before_their_documents_works(home, tmp_path):
    """A database dump (loaddata, or a test database restored from its snapshot) lists apps in
    INSTALLED_APPS order: a resource's file rows come before the documents they point at."""
    library = add_library(home)
    document = add_document("Guide", make_pdf(["Naloxone basics."]), "guide.pdf")
    resource = add_resource(library, "Overdose response", files=[(document, "en")])
    [row] = resource.files.all()
    dump = tmp_path / "dump.json"
    dump.write_text(serializers.serialize("json", [row, document]))
    get_document_model().objects.filter(pk=document.pk).delete()  # the file row goes with it
    assert not ResourcePage.objects.get(pk=resource.pk).files.exists()

    call_command("loaddata", str(dump), verbosity=0)

    assert [file.document_id for file in ResourcePage.objects.get(pk=resource.pk).files.all()] == [document.pk]


@committed
def test_the_words_of_a_private_document_are_never_searchable(home, client):
    """Search must not reveal what a document of a private collection says, nor keep it once a
    public collection becomes private."""
    library = add_library(home)
    root = Collection.get_first_root_node()
    members = root.add_child(name="Members only")
    CollectionViewRestriction.objects.create(collection=members, restriction_type="login")
    shared = root.add_child(name="Shared")
    secret = add_document("Minutes", make_pdf(["The wombat decision."]), "minutes.pdf", collection=members)
    draft = add_document("Draft", make_pdf(["The quokka draft."]), "draft.pdf", collection=shared)
    add_resource(library, "Overdose response", files=[(secret, "en"), (draft, "fr")])
    assert text_of(secret).status == DocumentText.Status.DONE  # read all the same, for editors
    assert found("wombat") == []
    assert "Overdose response" not in site_search_page(client, "wombat")
    assert found("quokka") == ["Overdose response"]

    CollectionViewRestriction.objects.create(collection=shared, restriction_type="login")
    assert found("quokka") == []

    CollectionViewRestriction.objects.filter(collection=members).delete()
    assert found("wombat") == ["Overdose response"]
