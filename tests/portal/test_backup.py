"""`manage.py backup` and `manage.py restore`: what is saved comes back, and a damaged or foreign archive is refused.

pg_dump and pg_restore work in other processes, which only see committed rows: these tests use the
transactional database, with the rows migrations create (root page, locales) reloaded by serialized
rollback, and put those rows back when the module ends, as the other tests expect to find them.
"""

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.core.management.color import no_style
from django.db import connection

from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from home.models import JoinRequest, StandardPage
from resources.models import InterviewRequest
from tests.factories.network import add_join_request, add_project, add_project_index, add_working_group
from tests.factories.pages import add_standard_page, build_site
from tests.factories.press import add_interview_request, add_press_room
from tests.factories.resources import add_document, add_image

pytestmark = pytest.mark.usefixtures("transactional_db", "django_db_serialized_rollback")

RENDITION = "fill-40x40"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def _post_migration_rows_put_back(django_db_setup, django_db_blocker):
    """Each transactional test leaves an empty database; with --reuse-db the next run would start from it."""
    yield
    contents = getattr(connection, "_test_serialized_contents", None)
    if contents is None:
        return
    with django_db_blocker.unblock():
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
        connection.creation.deserialize_db_from_string(contents)
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(statement)


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def backup_dir(tmp_path):
    return tmp_path / "backups"


@pytest.fixture
def site_content(media_root):
    """Pages live and draft with several revisions, a document, an image with a rendition, and submissions."""
    home = build_site(languages=("fr",))
    about = add_standard_page(home, "About the network")
    about.title = "About the network (draft)"
    about.save_revision()
    draft = StandardPage(title="Unpublished plans", slug="plans", live=False)
    home.add_child(instance=draft)
    draft.save_revision()
    report = add_document("Annual report", b"%PDF-1.4 report bytes \x00\xff" * 50, "annual-report.pdf")
    cover = add_image("Cover")
    cover.get_rendition(RENDITION)
    group = add_working_group(add_project(add_project_index(home), "Harm reduction"), "Drug checking")
    add_join_request(group, name="Sofia Rossi")
    add_interview_request(add_press_room(home), name="Marie Martin")
    FormSubmission.objects.create(page=about, form_data={"name": "Ana", "message": "Bună ziua"})
    return {"home": home, "about": about, "report": report, "cover": cover}


def sha256(field_file):
    with open(field_file.path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def snapshot():
    """What a restore must bring back, as the site's models see it."""
    return {
        "pages": list(Page.objects.order_by("id").values_list("id", "title", "url_path", "live", "locale_id")),
        "revisions": [
            (revision.id, revision.object_id, revision.content)
            for revision in Revision.objects.order_by("id").only("id", "object_id", "content")
        ],
        "documents": [
            (doc.id, doc.title, doc.file.name, sha256(doc.file)) for doc in get_document_model().objects.order_by("id")
        ],
        "images": [
            (image.id, image.title, image.file.name, sha256(image.file))
            for image in get_image_model().objects.order_by("id")
        ],
        "form_submissions": list(FormSubmission.objects.order_by("id").values_list("id", "page_id", "form_data")),
        "join_requests": list(
            JoinRequest.objects.order_by("id").values_list("id", "name", "email", "working_group_id")
        ),
        "interview_requests": list(InterviewRequest.objects.order_by("id").values_list("id", "name", "press_room_id")),
    }


def back_up(backup_dir, **options):
    out = io.StringIO()
    call_command("backup", output=str(backup_dir), stdout=out, **options)
    (archive,) = backup_dir.glob("portal-*.tar.gz")
    return archive, out.getvalue()


def restore(archive, **options):
    out = io.StringIO()
    call_command("restore", str(archive), stdout=out, **options)
    return out.getvalue()


def manifest_of(archive):
    with tarfile.open(archive, "r:gz") as tar:
        return json.loads(tar.extractfile("manifest.json").read())


def rewrite(archive, change):
    """Write the archive again with ``change(name, data)`` applied to each member's bytes."""
    with tarfile.open(archive, "r:gz") as tar:
        members = [(member, tar.extractfile(member).read()) for member in tar.getmembers() if member.isfile()]
    with tarfile.open(archive, "w:gz") as tar:
        for member, data in members:
            data = change(member.name, data)
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))


def wipe(media_root):
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    shutil.rmtree(media_root)
    assert not Page.objects.exists()
    assert not Revision.objects.exists()


def test_a_wiped_site_comes_back_from_its_backup(site_content, media_root, backup_dir):
    before = snapshot()
    archive, output = back_up(backup_dir)
    assert "Backup written to" in output

    manifest = manifest_of(archive)
    assert manifest["engine"] == connection.vendor
    assert manifest["counts"] == {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": 1,
        "images": 1,
        "form_submissions": 1,
        "join_requests": 1,
        "interview_requests": 1,
    }
    assert manifest["migrations"]["wagtailcore"] == max(
        name for app, name in manifest["applied_migrations"] if app == "wagtailcore"
    )
    report = site_content["report"]
    assert manifest["media"]["files"][report.file.name]["sha256"] == sha256(report.file)
    # Renditions are regenerated, so neither their files nor their rows are saved.
    assert not any(name.startswith("images/") for name in manifest["media"]["files"])
    with tarfile.open(archive, "r:gz") as tar:
        assert not [name for name in tar.getnames() if name.startswith("media/images/")]

    wipe(media_root)
    # A table the backup did not have, as a later migration would leave it.
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE backup_test_later_migration (id integer)")

    output = restore(archive, yes=True)

    assert snapshot() == before
    assert "counts and media checksums match the manifest" in output
    assert "backup_test_later_migration" not in connection.introspection.table_names()
    home = Page.objects.get(pk=site_content["home"].pk).specific
    assert home.get_url() == "/en/"
    assert Page.objects.get(pk=site_content["about"].pk).get_latest_revision().content["title"] == (
        "About the network (draft)"
    )
    rendition = get_image_model().objects.get().get_rendition(RENDITION)
    assert (media_root / rendition.file.name).is_file()


def copy_of(archive, name):
    copy = archive.with_name(name)
    shutil.copy(archive, copy)
    return copy


def change_manifest(archive, edit):
    def change(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        edit(manifest)
        return json.dumps(manifest).encode()

    rewrite(archive, change)


def test_restore_refuses_media_that_differ_from_the_manifest(site_content, media_root, backup_dir):
    archive, _output = back_up(backup_dir)
    report = site_content["report"]
    tampered = copy_of(archive, "tampered.tar.gz")
    rewrite(tampered, lambda name, data: b"tampered" + data if name == f"media/{report.file.name}" else data)
    smuggled = copy_of(archive, "smuggled.tar.gz")
    with tarfile.open(archive, "r:gz") as tar, tarfile.open(smuggled, "w:gz") as out:
        for member in tar.getmembers():
            out.addfile(member, tar.extractfile(member))
        extra = tarfile.TarInfo("media/documents/smuggled.html")
        extra.size = 5
        out.addfile(extra, io.BytesIO(b"<b>x!"))
    add_standard_page(site_content["home"], "Written after the backup")

    with pytest.raises(CommandError) as refusal:
        restore(tampered, yes=True)
    assert f"{report.file.name}: checksum differs from the manifest" in str(refusal.value)
    assert "nothing was restored" in str(refusal.value)
    with pytest.raises(CommandError, match="documents/smuggled.html: not in the manifest"):
        restore(smuggled, yes=True)

    assert StandardPage.objects.filter(title="Written after the backup").exists()
    assert sha256(report.file) == manifest_of(archive)["media"]["files"][report.file.name]["sha256"]
    assert not (media_root / "documents" / "smuggled.html").exists()
    # Run as an operator would: the refusal is the command's exit status. The check comes before any
    # database access, so the other process needs none of this test's rows.
    result = subprocess.run(
        [sys.executable, "manage.py", "restore", str(tampered), "--yes"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert f"{report.file.name}: checksum differs from the manifest" in result.stderr


def test_restore_refuses_an_archive_this_site_cannot_take(site_content, media_root, backup_dir):
    archive, _output = back_up(backup_dir)
    add_standard_page(site_content["home"], "Written after the backup")

    with pytest.raises(CommandError, match="run again with --yes"):
        restore(archive)
    refusals = {
        "home.9999_later_schema": lambda m: m["applied_migrations"].append(["home", "9999_later_schema"]),
        "backup is of a oracle database": lambda m: m.update(engine="oracle"),
        "not a backup of format 1": lambda m: m.update(format=99),
        "names files outside MEDIA_ROOT: ../escaped.txt": lambda m: m["media"]["files"].update(
            {"../escaped.txt": {"sha256": "0" * 64, "size": 1}}
        ),
    }
    for number, (message, edit) in enumerate(refusals.items()):
        edited = copy_of(archive, f"edited-{number}.tar.gz")
        change_manifest(edited, edit)
        with pytest.raises(CommandError, match=message):
            restore(edited, yes=True)

    assert StandardPage.objects.filter(title="Written after the backup").exists()


def test_media_in_a_bucket_are_left_to_the_bucket(site_content, media_root, backup_dir, settings):
    settings.MEDIA_S3_BUCKET = "portal-media"
    archive, output = back_up(backup_dir)

    assert "not in this archive" in output
    manifest = manifest_of(archive)
    assert manifest["media"]["included"] is False
    with tarfile.open(archive, "r:gz") as tar:
        assert not [name for name in tar.getnames() if name.startswith("media/")]
        assert f"database.{'dump' if connection.vendor == 'postgresql' else 'sqlite3'}" in tar.getnames()

    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    output = restore(archive, yes=True)
    assert Page.objects.count() == manifest["counts"]["pages"]
    assert "restore the bucket from its own versioning or replication" in output


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump and pg_restore run on PostgreSQL only")
def test_the_database_password_reaches_pg_dump_in_its_environment_only(site_content, backup_dir, monkeypatch):
    calls = []
    real_run = subprocess.run

    def spy(args, **kwargs):
        calls.append((args, kwargs["env"]))
        return real_run(args, **kwargs)

    monkeypatch.setitem(connection.settings_dict, "PASSWORD", "not-on-the-command-line")
    monkeypatch.setattr(subprocess, "run", spy)
    archive, _output = back_up(backup_dir)
    restore(archive, yes=True)

    assert [args[0] for args, _env in calls] == ["pg_dump", "pg_restore"]
    for args, env in calls:
        assert not [arg for arg in args if "not-on-the-command-line" in arg]
        assert env["PGPASSWORD"] == "not-on-the-command-line"
        assert env["PGDATABASE"] == connection.settings_dict["NAME"]
