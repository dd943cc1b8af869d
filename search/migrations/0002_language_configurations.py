"""PostgreSQL text search configurations per language, folding accents before stemming.

``portal_french`` is ``french`` with ``unaccent`` applied first, so 'reduction' finds
'réduction'; ``portal_simple`` (Bulgarian, which PostgreSQL 15 cannot stem) only folds case
and accents. Without the unaccent extension (it needs a superuser to install), the
configurations are plain copies of the built-in ones. Other databases need nothing.
"""

from django.db import migrations

CONFIGURATIONS = {
    "portal_english": ("english", "english_stem"),
    "portal_french": ("french", "french_stem"),
    "portal_italian": ("italian", "italian_stem"),
    "portal_romanian": ("romanian", "romanian_stem"),
    "portal_dutch": ("dutch", "dutch_stem"),
    "portal_german": ("german", "german_stem"),
    "portal_simple": ("simple", "simple"),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")
        has_unaccent = cursor.fetchone() is not None
        if not has_unaccent:
            cursor.execute("SAVEPOINT portal_unaccent")
            try:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
                cursor.execute("RELEASE SAVEPOINT portal_unaccent")
                has_unaccent = True
            except Exception:
                cursor.execute("ROLLBACK TO SAVEPOINT portal_unaccent")
        for name, (source, dictionary) in CONFIGURATIONS.items():
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {source})")
            if has_unaccent:
                cursor.execute(
                    f"ALTER TEXT SEARCH CONFIGURATION {name} "
                    f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary}"
                )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in CONFIGURATIONS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
