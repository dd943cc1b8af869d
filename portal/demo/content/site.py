"""Site-wide values: the network's name, its public address and the footer pages."""

from ..specs import Ref

ORGANISATION_NAME = "Cities & Drugs Network"
# A reserved example domain: the demo must never show a real organisation's address.
CONTACT_EMAIL = "contact@cities-drugs.example.org"

# Wagtail Site (the default one, localhost:80 on a fresh install).
SITE = {"hostname": "localhost", "port": 80, "site_name": ORGANISATION_NAME}

# portal.models.SiteSettings; page references point at the English pages.
SITE_SETTINGS = {
    "organisation_name": ORGANISATION_NAME,
    "contact_email": CONTACT_EMAIL,
    "contact_page": Ref("contact"),
    "legal_notice_page": Ref("legal-notice"),
    "privacy_page": Ref("privacy"),
}
