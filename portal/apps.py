from django.apps import AppConfig, apps
from django.db.models.signals import post_save


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal core"

    def ready(self):
        from portal import roles

        # A new language tree, press room, event list or organisation extends the roles' permissions.
        for label in roles.ROOT_MODELS:
            post_save.connect(
                roles.sync_page_roots_on_create, sender=apps.get_model(label), dispatch_uid=f"roles-{label}"
            )
