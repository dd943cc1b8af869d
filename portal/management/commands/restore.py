"""Replace the database and the uploaded media with those of an archive written by `manage.py backup`.

Nothing is changed until the archive has passed its checks: a manifest of the expected format, the same
database engine, no migration this code does not have (a backup from a newer version is refused), and
every media file present with the SHA-256 the manifest gives. Afterwards the database's counts and
migrations and the restored media files are checked against the manifest again, and the caches are
emptied, since they hold rows and renditions of the data that was replaced.
"""

import json
import shutil
import sqlite3
import sys
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.loader import MigrationLoader

from portal import page_cache
from portal.management.commands.backup import (
    DATABASE_FILES,
    FORMAT,
    MANIFEST_NAME,
    MEDIA_PREFIX,
    RENDITIONS_DIR,
    media_on_disk,
    read_state,
    run_client,
    sha256_of,
)


def read_manifest(tar):
    try:
        member = tar.getmember(MANIFEST_NAME)
    except KeyError as error:
        raise CommandError(f"{tar.name} has no {MANIFEST_NAME}: it was not written by manage.py backup.") from error
    handle = tar.extractfile(member)
    if handle is None:
        raise CommandError(f"{MANIFEST_NAME} in {tar.name} is not a file.")
    try:
        manifest = json.loads(handle.read())
    except ValueError as error:
        raise CommandError(f"{MANIFEST_NAME} in {tar.name} is not valid JSON: {error}") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise CommandError(f"{tar.name} is not a backup of format {FORMAT} (found {found!r}).")
    missing = [key for key in ("created", "engine", "applied_migrations", "counts", "media") if key not in manifest]
    if missing:
        raise CommandError(f"{MANIFEST_NAME} in {tar.name} lacks {', '.join(missing)}.")
    # Media paths are joined to MEDIA_ROOT: none may climb out of it.
    unsafe = [name for name in manifest["media"].get("files", {}) if not is_safe_media_path(name)]
    if unsafe:
        raise CommandError(f"{MANIFEST_NAME} in {tar.name} names files outside MEDIA_ROOT: {', '.join(unsafe)}")
    return manifest


def is_safe_media_path(name):
    path = PurePosixPath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts and "\\" not in name


def migration_problems(applied):
    """Migrations of the backup that this code lacks (the backup is newer), and the code's not yet applied."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = set(loader.disk_migrations)
    for migration in loader.disk_migrations.values():
        known.update(migration.replaces)
    apps = {app for app, _name in known}
    applied = {tuple(entry) for entry in applied}
    # Rows of apps no longer installed say nothing about this code's schema.
    unknown = sorted(f"{app}.{name}" for app, name in applied if app in apps and (app, name) not in known)
    # A squashed migration counts as applied when everything it replaces is.
    pending = sorted(
        f"{app}.{name}"
        for (app, name), migration in loader.disk_migrations.items()
        if (app, name) not in applied and not (migration.replaces and set(migration.replaces) <= applied)
    )
    return unknown, pending


class Command(BaseCommand):
    # A configuration warning elsewhere (a missing address, a deploy check) must not block a backup or a restore.
    requires_system_checks = []
    help = (
        "Replace the database and the media with those of a backup archive, after checking its manifest "
        "(engine, migrations, media checksums); the counts and checksums are verified again afterwards."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A .tar.gz archive written by manage.py backup.")
        parser.add_argument(
            "--yes", action="store_true", help="Replace the current data without asking (needed without a terminal)."
        )

    def handle(self, *args, archive, yes=False, **options):
        connection = connections[DEFAULT_DB_ALIAS]
        if connection.in_atomic_block:
            raise CommandError("Run the restore outside a transaction.")
        path = Path(archive)
        if not path.is_file():
            raise CommandError(f"No archive at {path}.")

        with tempfile.TemporaryDirectory(prefix="portal-restore-") as work:
            work = Path(work)
            try:
                with tarfile.open(path, "r:gz") as tar:
                    manifest = read_manifest(tar)
                    pending = self.check_manifest(manifest, connection)
                    self.confirm(yes, path, manifest, connection)
                    # The "data" filter refuses absolute paths, paths leaving the directory, links and devices.
                    tar.extractall(work, filter="data")
            except (tarfile.TarError, OSError, EOFError) as error:
                raise CommandError(f"{path} cannot be read: {error}") from error

            media = manifest["media"]
            restore_media = media["included"] and media_on_disk()
            if restore_media:
                problems = self.compare_media(work / MEDIA_PREFIX.rstrip("/"), media["files"], strict=True)
                if problems:
                    raise CommandError(
                        "The archive's media do not match its manifest; nothing was restored:\n  "
                        + "\n  ".join(problems)
                    )
            database_file = work / DATABASE_FILES[manifest["engine"]]
            if not database_file.is_file():
                raise CommandError(f"The archive has no {database_file.name}; nothing was restored.")

            self.restore_database(connection, database_file)
            dropped = self.drop_leftover_tables(connection, manifest.get("tables"))
            if restore_media:
                self.copy_media(work / MEDIA_PREFIX.rstrip("/"), media["files"])

        self.empty_caches()
        problems = self.verify(connection, manifest, restore_media)
        self.report(manifest, restore_media, dropped, pending)
        if problems:
            raise CommandError("The restored data do not match the manifest:\n  " + "\n  ".join(problems))
        self.stdout.write(self.style.SUCCESS(f"Restored {path}: counts and media checksums match the manifest."))

    def check_manifest(self, manifest, connection):
        if manifest.get("engine") != connection.vendor:
            raise CommandError(
                f"The backup is of a {manifest.get('engine')} database and this site runs on {connection.vendor}: "
                "restore it into the same engine (docs/deploy.md describes moving from SQLite to PostgreSQL)."
            )
        unknown, pending = migration_problems(manifest.get("applied_migrations", []))
        if unknown:
            raise CommandError(
                "The backup was made by a newer version of the portal; these migrations are not in this code: "
                + ", ".join(unknown)
                + ". Deploy that version (or a later one) first, then restore."
            )
        return pending

    def confirm(self, yes, path, manifest, connection):
        if yes:
            return
        target = connection.settings_dict["NAME"]
        if not sys.stdin.isatty():
            raise CommandError(f"Restoring replaces the database {target} and the media; run again with --yes.")
        self.stdout.write(
            f"{path} was made on {manifest['created']}. Restoring replaces the database {target} and the "
            f"media in {settings.MEDIA_ROOT} with its contents."
        )
        if input("Type 'yes' to continue: ").strip().lower() != "yes":
            raise CommandError("Restore cancelled; nothing was changed.")

    def compare_media(self, root, files, strict=False):
        """Differences between the files under ``root`` and the manifest; ``strict``: extra files count too."""
        problems = []
        for name, entry in sorted(files.items()):
            path = root / name
            if not path.is_file():
                problems.append(f"{name}: missing")
            elif sha256_of(path) != entry["sha256"]:
                problems.append(f"{name}: checksum differs from the manifest")
        if strict and root.is_dir():
            present = {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}
            problems.extend(f"{name}: not in the manifest" for name in sorted(present - set(files)))
        return problems

    def restore_database(self, connection, database_file):
        if connection.vendor == "postgresql":
            name = connection.settings_dict["NAME"]
            run_client(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    "--no-password",
                    f"--dbname={name}",
                    str(database_file),
                ],
                connection.settings_dict,
            )
        else:
            # The backup API writes the copy into the site's own connection: other connections wait on its
            # lock and then see the restored database, and a WAL database stays consistent.
            connection.ensure_connection()
            source = sqlite3.connect(database_file)
            try:
                source.backup(connection.connection)
            finally:
                source.close()
        # Nothing cached by the connection may outlive the data it described.
        connection.close()

    def drop_leftover_tables(self, connection, tables):
        """Drop tables the backup did not have (made by later migrations), or migrating again would fail."""
        if tables is None:
            return []
        # SQLite's own tables (sqlite_stat1 after ANALYZE) are not the application's.
        current = {name for name in connection.introspection.table_names() if not name.startswith("sqlite_")}
        leftover = sorted(current - set(tables))
        if leftover:
            with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
                for table in leftover:
                    suffix = " CASCADE" if connection.vendor == "postgresql" else ""
                    cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)}{suffix}")
        return leftover

    def copy_media(self, source, files):
        root = Path(settings.MEDIA_ROOT)
        for name in sorted(files):
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            # Copy beside the target and rename, so that a file being served is never half written.
            partial = target.with_name(f".{target.name}.restoring")
            shutil.copy2(source / name, partial)
            partial.replace(target)

    def empty_caches(self):
        # Cached pages, menus, site root paths and renditions describe the replaced rows, under ids that
        # now name others. With Redis, only the portal's keys go (KEY_PREFIX), not the whole database.
        for alias in settings.CACHES:
            cache = caches[alias]
            if hasattr(cache, "delete_pattern"):
                cache.delete_pattern("*")
            else:
                cache.clear()
        page_cache.purge_everything()

    def verify(self, connection, manifest, restore_media):
        problems = []
        with connection.cursor() as cursor:
            counts, applied = read_state(cursor, connection.ops.quote_name)
        for label, expected in manifest["counts"].items():
            if counts.get(label) != expected:
                problems.append(f"{label}: {counts.get(label)} in the database, {expected} in the manifest")
        if applied != manifest["applied_migrations"]:
            problems.append("the applied migrations differ from the manifest's")
        if restore_media:
            problems.extend(self.compare_media(Path(settings.MEDIA_ROOT), manifest["media"]["files"]))
        return problems

    def report(self, manifest, restore_media, dropped, pending):
        counts = ", ".join(f"{value} {label.replace('_', ' ')}" for label, value in manifest["counts"].items())
        self.stdout.write(f"Database ({manifest['engine']}, backup of {manifest['created']}): {counts}.")
        media = manifest["media"]
        if restore_media:
            self.stdout.write(f"Media: {len(media['files'])} files restored into {settings.MEDIA_ROOT}.")
            others = self.media_not_in_backup(media["files"])
            if others:
                self.stdout.write(
                    self.style.WARNING(
                        f"{len(others)} files in MEDIA_ROOT are not in the backup; they were left in place."
                    )
                )
        elif media["included"]:
            self.stdout.write(
                self.style.WARNING(
                    f"Media are in the S3 bucket {settings.MEDIA_S3_BUCKET!r}: the archive's media files were not "
                    "copied there; restore the bucket from its own versioning or replication."
                )
            )
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"The archive holds no media (they were in the bucket {media.get('bucket')!r}): restore the "
                    "bucket from its own versioning or replication, to the same moment."
                )
            )
        if dropped:
            self.stdout.write(f"Dropped tables the backup did not have: {', '.join(dropped)}.")
        if pending:
            self.stdout.write(
                self.style.WARNING(
                    f"The backup predates {len(pending)} migrations of this code: run manage.py migrate."
                )
            )
        if getattr(settings, "ELASTICSEARCH_URL", ""):
            self.stdout.write(self.style.WARNING("Rebuild the search index: manage.py update_index."))

    def media_not_in_backup(self, files):
        root = Path(settings.MEDIA_ROOT)
        if not root.is_dir():
            return []
        renditions = root / RENDITIONS_DIR
        return [
            path
            for path in root.rglob("*")
            if path.is_file() and renditions not in path.parents and path.relative_to(root).as_posix() not in files
        ]
