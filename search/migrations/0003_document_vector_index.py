"""An index on the whole text of each index entry, for PostgreSQL.

Wagtail's PostgreSQL backend matches a query against ``title || body`` (all the words of a
document at once, so that one word may be in the title and another in the body); without an
index on that expression every search reads every entry. Other databases need nothing.
"""

from django.db import migrations

INDEX = "search_indexentry_text_gin"


def table():
    from wagtail.search.models import IndexEntry

    return IndexEntry._meta.db_table


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table()} USING gin ((title || body))")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_language_configurations"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop)]
