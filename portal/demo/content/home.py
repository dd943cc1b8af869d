"""The home page of each language."""

from ..specs import PageSpec, Ref

HOME = PageSpec(
    key="home",
    model="home.HomePage",
    parent=None,
    shared={
        # Synchronised fields: they point at the English pages; templates show the reader's translation.
        "hero_link": Ref("about"),
        "featured_items": [
            {"page": Ref("head-up")},
            {"page": Ref("practices")},
            {"page": Ref("library")},
            {"page": Ref("join")},
            {"page": Ref("contact")},
        ],
    },
    content={
        "en": {
            "title": "Home",
            "slug": "home",
            "seo_title": "Drugs and harm reduction in European cities",
            "hero_heading": "Cities, NGOs and health services working together on drugs",
            "hero_text": (
                "A shared information portal for the European networks that deal with drug use at local level: "
                "harm reduction, outreach work, prevention and respect for the rights of people who use drugs."
            ),
            "hero_link_label": "Discover the network",
            "introduction": (
                "<p>Drug use touches city life in many ways, and no single service can respond to it alone. "
                "This portal brings together what European cities, non-governmental organisations and health "
                "services have learned by working side by side: reaching people who use drugs where they are, "
                "training the professionals who support them, building partnerships across sectors, and giving "
                "local authorities a voice in drug policy.</p>"
            ),
            "featured_heading": "In focus",
            "listing_summary": (
                "The front door of the Cities & Drugs Network portal: how European cities, NGOs and health "
                "services work together on drugs and harm reduction."
            ),
            "search_description": (
                "Information portal for European cities, NGOs and health services working on drug use, "
                "harm reduction, outreach work and prevention."
            ),
        },
        "fr": {
            "title": "Accueil",
            "slug": "accueil",
            "seo_title": "Drogues et réduction des risques dans les villes européennes",
            "hero_heading": "Villes, associations et services de santé : agir ensemble face aux drogues",
            "hero_text": (
                "Un portail d'information partagé par les réseaux européens qui traitent des usages de drogues "
                "à l'échelle locale : réduction des risques, travail de rue, prévention et respect des droits "
                "des personnes qui consomment."
            ),
            "hero_link_label": "Découvrir le réseau",
            "introduction": (
                "<p>Les usages de drogues se répercutent sur la vie urbaine de bien des manières, et aucun "
                "service ne peut y faire face seul. Ce portail réunit l'expérience de villes, d'associations et "
                "de services de santé européens qui ont appris à travailler ensemble : aller au-devant des "
                "usagers là où ils se trouvent, former les professionnels qui les accompagnent, nouer des "
                "partenariats entre secteurs et donner aux collectivités locales voix au chapitre dans les "
                "politiques en matière de drogues.</p>"
            ),
            "featured_heading": "À la une",
            "listing_summary": (
                "La porte d'entrée du portail Cities & Drugs Network : comment villes, associations et services "
                "de santé européens travaillent ensemble sur les drogues et la réduction des risques."
            ),
            "search_description": (
                "Portail d'information pour les villes, associations et services de santé européens engagés "
                "sur les usages de drogues, la réduction des risques, le travail de rue et la prévention."
            ),
        },
    },
)

PAGES = [HOME]
