from django.apps import AppConfig, apps
from django.db.models.signals import post_save


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal core"

    def ready(self):
        from portal import checks, lookups, page_cache, roles  # noqa: F401 (checks: registers the system checks)

        # Languages, view restrictions, site settings and the menu come from the cache.
        lookups.install()

        # Publishing, moving or deleting a page purges what shows it from the page cache.
        page_cache.connect()

        # A mail server that fails never turns a submission for moderation into a server error.
        from portal import notifications

        notifications.install()

        # A new language tree, press room, event list or organisation extends the roles' permissions.
        for label in roles.ROOT_MODELS:
            post_save.connect(
                roles.sync_page_roots_on_create, sender=apps.get_model(label), dispatch_uid=f"roles-{label}"
            )
