"""Create the editorial roles (groups and their exact permissions) and the workflows: see portal.roles."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def apply_roles(apps, schema_editor):
    # Permissions are normally created after all migrations ran; the roles need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    from portal.roles import RoleSync

    RoleSync(apps).run()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_more_taxonomies"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("home", "0004_project_output_resource"),
        ("resources", "0003_press_room"),
        ("events", "0001_initial"),
        ("search", "0003_document_vector_index"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
