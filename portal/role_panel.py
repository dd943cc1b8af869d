"""A dashboard panel telling each editor which roles they hold and what these let them do."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component

from portal.roles import PARTNER_GROUP_PREFIX, ROLES, TRANSLATORS_PREFIX


def roles_of(user):
    """(label, summary, detail) for each role ``user`` holds, in the order of portal.roles.ROLES."""
    names = set(user.groups.values_list("name", flat=True))
    held = []
    for role in ROLES.values():
        if role.pages_at == "language":
            languages = sorted(
                name[len(TRANSLATORS_PREFIX) + 2 : -1] for name in names if name.startswith(f"{TRANSLATORS_PREFIX} (")
            )
            if languages:
                held.append((role.label, role.summary, ", ".join(languages)))
        elif role.group in names:
            detail = ""
            if role.group == ROLES["partner_editor"].group:
                detail = ", ".join(
                    sorted(
                        name[len(PARTNER_GROUP_PREFIX) :].rsplit(" (", 1)[0]
                        for name in names
                        if name.startswith(PARTNER_GROUP_PREFIX)
                    )
                )
            held.append((role.label, role.summary, detail))
    return held


class YourRolesPanel(Component):
    name = "your_roles"
    template_name = "portal/admin/your_roles_panel.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {
            "roles": roles_of(self.user),
            "is_superuser": self.user.is_superuser,
            "heading": _("Your role"),
        }


@hooks.register("construct_homepage_panels")
def add_your_roles_panel(request, panels):
    panels.append(YourRolesPanel(request.user))
