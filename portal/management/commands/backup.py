"""Write one archive of the database and the uploaded media, with a manifest that a restore is checked against.

The archive, ``portal-YYYYmmdd-HHMMSS.tar.gz`` in BACKUP_DIR (or ``--output``), holds:

- ``database.dump`` (PostgreSQL: ``pg_dump --format=custom``) or ``database.sqlite3`` (SQLite: a copy made
  through SQLite's online backup API, consistent even while the site writes to its WAL database);
- ``media/``: MEDIA_ROOT without Wagtail's image renditions (``images/``), which are regenerated on first
  use; their rows are left out of the database copy as well, so that none points at a missing file;
- ``manifest.json``: when, which database engine, the migrations applied, row counts of the content and
  the SHA-256 of every media file. The counts and migrations are read from the same snapshot as the dump.

With media in an S3 bucket (MEDIA_S3_BUCKET) only the database is saved: the bucket's own versioning or
replication keeps the files.
"""

import hashlib
import io
import json
import os
import sqlite3
import subprocess  # runs pg_dump and pg_restore only  # nosec B404
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import django
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.backends.postgresql.client import DatabaseClient

import wagtail

FORMAT = 1
MANIFEST_NAME = "manifest.json"
MEDIA_PREFIX = "media/"
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
# Wagtail writes renditions under images/ and originals under original_images/ (AbstractRendition.get_upload_to).
RENDITIONS_DIR = "images"
CHUNK = 1024 * 1024


def counted_tables():
    """The tables whose row counts the manifest records and a restore compares: label -> table name."""
    from wagtail.contrib.forms.models import FormSubmission
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision

    from home.models import JoinRequest
    from resources.models.press_access import InterviewRequest

    models = {
        "pages": Page,
        "revisions": Revision,
        "documents": get_document_model(),
        "images": get_image_model(),
        "form_submissions": FormSubmission,
        "join_requests": JoinRequest,
        "interview_requests": InterviewRequest,
    }
    return {label: model._meta.db_table for label, model in models.items()}


def file_tables():
    """(table, column) of the uploaded originals the database refers to: documents and images."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    return [
        (model._meta.db_table, model._meta.get_field("file").column)
        for model in (get_document_model(), get_image_model())
    ]


def rendition_table():
    from wagtail.images import get_image_model

    return get_image_model().get_rendition_model()._meta.db_table


def read_state(cursor, quote_name):
    """Row counts and applied migrations, read through ``cursor`` (a Django cursor or a plain sqlite3 one)."""
    counts = {}
    for label, table in counted_tables().items():
        cursor.execute(f"SELECT COUNT(*) FROM {quote_name(table)}")  # noqa: S608 - names from the models  # nosec B608
        counts[label] = cursor.fetchone()[0]
    cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
    applied = [[app, name] for app, name in cursor.fetchall()]
    return counts, applied


def table_names(cursor, vendor):
    """The tables of the database ``cursor`` reads, so that a restore can drop those the backup did not have."""
    if vendor == "postgresql":
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
    else:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    return [name for (name,) in cursor.fetchall()]


def referenced_files(cursor, quote_name):
    names = set()
    for table, column in file_tables():
        cursor.execute(f"SELECT {quote_name(column)} FROM {quote_name(table)}")  # noqa: S608 - names from the models  # nosec B608
        names.update(name for (name,) in cursor.fetchall() if name)
    return names


def last_migrations(applied):
    """The last migration of each app (Django numbers them, so the greatest name is the latest)."""
    last = {}
    for app, name in applied:
        last[app] = max(last.get(app, name), name)
    return dict(sorted(last.items()))


def postgresql_env(settings_dict):
    """libpq variables for pg_dump and pg_restore: the password travels in PGPASSWORD, never in the arguments.

    Django's own dbshell client maps the password and the SSL options; host, port, user and name are added.
    """
    _args, env = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    env = {**os.environ, **(env or {})}
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGDATABASE", "NAME")):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    return env


def run_client(args, settings_dict):
    """Run pg_dump or pg_restore; their error output becomes the command's error."""
    try:
        result = subprocess.run(  # noqa: S603 - pg_dump or pg_restore, arguments built here  # nosec B603
            args, env=postgresql_env(settings_dict), capture_output=True, text=True, check=False
        )
    except FileNotFoundError as error:
        raise CommandError(
            f"{args[0]} is not installed: install the PostgreSQL client tools (postgresql-client), "
            "of the server's major version or newer."
        ) from error
    if result.returncode != 0:
        raise CommandError(f"{args[0]} failed (exit status {result.returncode}):\n{result.stderr.strip()}")
    return result


def media_on_disk():
    return not getattr(settings, "MEDIA_S3_BUCKET", "")


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class _HashingReader:
    """Hashes what tarfile reads, so that each media file is read once and its checksum is of the bytes stored."""

    def __init__(self, handle):
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.handle.read(size)
        self.digest.update(data)
        return data


class Command(BaseCommand):
    # A configuration warning elsewhere (a missing address, a deploy check) must not block a backup or a restore.
    requires_system_checks = []
    help = (
        "Write a .tar.gz archive of the database (pg_dump or SQLite's backup API), the uploaded media "
        "(without image renditions) and a manifest of counts and checksums, into BACKUP_DIR or --output."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", help="Directory of the archive (default: BACKUP_DIR).")

    def handle(self, *args, output=None, **options):
        connection = connections[DEFAULT_DB_ALIAS]
        if connection.vendor not in DATABASE_FILES:
            raise CommandError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
        if connection.in_atomic_block:
            raise CommandError("Run the backup outside a transaction: the dump must see committed data only.")
        directory = Path(output or settings.BACKUP_DIR)
        directory.mkdir(parents=True, exist_ok=True)
        created = datetime.now(UTC)

        with tempfile.TemporaryDirectory(prefix=".backup-", dir=directory) as work:
            database_file = Path(work) / DATABASE_FILES[connection.vendor]
            if connection.vendor == "postgresql":
                state = self.dump_postgresql(connection, database_file)
            else:
                state = self.copy_sqlite(connection, database_file)
            counts, applied, referenced, tables = state

            partial = Path(work) / "archive.tar.gz"
            with tarfile.open(partial, "w:gz") as tar:
                tar.add(database_file, arcname=database_file.name)
                media = self.add_media(tar, referenced, directory)
                manifest = {
                    "format": FORMAT,
                    "created": created.isoformat(timespec="seconds"),
                    "engine": connection.vendor,
                    "database_file": database_file.name,
                    "django": django.get_version(),
                    "wagtail": wagtail.__version__,
                    "migrations": last_migrations(applied),
                    "applied_migrations": applied,
                    "counts": counts,
                    "tables": tables,
                    "media": media,
                }
                data = json.dumps(manifest, indent=2, sort_keys=True).encode()
                info = tarfile.TarInfo(MANIFEST_NAME)
                info.size = len(data)
                info.mtime = int(created.timestamp())
                info.mode = 0o644
                tar.addfile(info, io.BytesIO(data))
            archive = self.free_name(directory, created)
            # Archives hold personal data (join and interview requests): readable by the owner only.
            partial.chmod(0o600)
            os.replace(partial, archive)

        self.report(archive, manifest)

    def dump_postgresql(self, connection, path):
        """pg_dump from a snapshot exported by a read-only transaction that also reads the counts.

        The dump, the counts and the migration state are then of the same moment, however busy the site.
        """
        quote = connection.ops.quote_name
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            (snapshot,) = cursor.fetchone()
            counts, applied = read_state(cursor, quote)
            referenced = referenced_files(cursor, quote)
            tables = table_names(cursor, "postgresql")
            run_client(
                [
                    "pg_dump",
                    "--format=custom",
                    "--no-password",
                    f"--snapshot={snapshot}",
                    f"--exclude-table-data={rendition_table()}",
                    f"--file={path}",
                ],
                connection.settings_dict,
            )
        return counts, applied, referenced, tables

    def copy_sqlite(self, connection, path):
        """Copy through the site's own connection with SQLite's backup API (an in-memory database works too)."""
        connection.ensure_connection()
        target = sqlite3.connect(path)
        try:
            connection.connection.backup(target)
            quote = connection.ops.quote_name
            cursor = target.cursor()
            counts, applied = read_state(cursor, quote)
            referenced = referenced_files(cursor, quote)
            tables = table_names(cursor, "sqlite")
            cursor.execute(f"DELETE FROM {quote(rendition_table())}")  # noqa: S608 - name from the model  # nosec B608
            target.commit()
            # One self-contained file: no -wal file beside it in the archive.
            target.execute("PRAGMA journal_mode=DELETE")
            target.execute("VACUUM")
        finally:
            target.close()
        return counts, applied, referenced, tables

    def add_media(self, tar, referenced, backup_dir):
        if not media_on_disk():
            self.stdout.write(
                self.style.WARNING(
                    f"Media are in the S3 bucket {settings.MEDIA_S3_BUCKET!r}: they are not in this archive. "
                    "The bucket's own versioning or replication keeps them (docs/deploy.md#backups-and-restore)."
                )
            )
            return {"included": False, "bucket": settings.MEDIA_S3_BUCKET, "files": {}, "missing": []}
        root = Path(settings.MEDIA_ROOT)
        files, skipped = {}, []
        if root.is_dir():
            for directory, subdirectories, names in os.walk(root):
                here = Path(directory)
                if here == root and RENDITIONS_DIR in subdirectories:
                    subdirectories.remove(RENDITIONS_DIR)
                # Earlier archives (and this one, being written) when BACKUP_DIR lies inside MEDIA_ROOT.
                subdirectories[:] = [name for name in subdirectories if (here / name).resolve() != backup_dir.resolve()]
                subdirectories.sort()
                for name in sorted(names):
                    path = here / name
                    relative = path.relative_to(root).as_posix()
                    if path.is_symlink() or not path.is_file():
                        skipped.append(relative)
                        continue
                    with open(path, "rb") as handle:
                        info = tar.gettarinfo(arcname=MEDIA_PREFIX + relative, fileobj=handle)
                        reader = _HashingReader(handle)
                        tar.addfile(info, reader)
                    files[relative] = {"sha256": reader.digest.hexdigest(), "size": info.size}
        missing = sorted(referenced - set(files))
        for name in missing:
            self.stdout.write(self.style.WARNING(f"The database refers to {name}, which is not in MEDIA_ROOT."))
        for name in skipped:
            self.stdout.write(self.style.WARNING(f"Left out {name}: not a regular file."))
        return {
            "included": True,
            "renditions_skipped": f"{RENDITIONS_DIR}/",
            "files": files,
            "missing": missing,
            "skipped": skipped,
        }

    def free_name(self, directory, created):
        stem = f"portal-{created:%Y%m%d-%H%M%S}"
        archive = directory / f"{stem}.tar.gz"
        number = 1
        while archive.exists():
            number += 1
            archive = directory / f"{stem}-{number}.tar.gz"
        return archive

    def report(self, archive, manifest):
        counts = ", ".join(f"{value} {label.replace('_', ' ')}" for label, value in manifest["counts"].items())
        self.stdout.write(f"Database ({manifest['engine']}): {counts}.")
        media = manifest["media"]
        if media["included"]:
            size = sum(entry["size"] for entry in media["files"].values())
            self.stdout.write(f"Media: {len(media['files'])} files, {size} bytes (renditions left out).")
        self.stdout.write(self.style.SUCCESS(f"Backup written to {archive}"))
