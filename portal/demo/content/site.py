"""Site-wide values: the network's name, its public address and the footer pages."""

from functools import partial

from ..images import Poster, build_poster
from ..specs import ImageRef, ImageSpec, Ref

ORGANISATION_NAME = "Cities & Drugs Network"
# A reserved example domain: the demo must never show a real organisation's address.
CONTACT_EMAIL = "contact@cities-drugs.example.org"

# Wagtail Site (the default one, localhost:80 on a fresh install).
SITE = {"hostname": "localhost", "port": 80, "site_name": ORGANISATION_NAME}

# The picture shown when a page without one of its own is shared.
SOCIAL_POSTER = ImageSpec(
    key="site-social",
    title="Poster: Cities & Drugs Network",
    filename="cities-drugs-network.png",
    description="The Cities & Drugs Network's name over a drawing of linked points.",
    build=partial(
        build_poster,
        Poster(
            eyebrow="Cities · NGOs · Health services",
            title=ORGANISATION_NAME,
            subtitle="Prevention, harm reduction, rights · Prévention, réduction des risques, droits",
            lines=(("7", "Languages · Langues"),),
        ),
    ),
)

# portal.models.SiteSettings; page references point at the English pages.
SITE_SETTINGS = {
    "organisation_name": ORGANISATION_NAME,
    "contact_email": CONTACT_EMAIL,
    "contact_page": Ref("contact"),
    "legal_notice_page": Ref("legal-notice"),
    "privacy_page": Ref("privacy"),
    "default_social_image": ImageRef("site-social"),
}
