"""The partner directory page, parent of every organisation profile."""

from ...specs import PageSpec

DIRECTORY = PageSpec(
    key="organisations",
    model="home.OrganisationIndexPage",
    parent="home",
    shared={"show_in_menus": True, "show_network": True},
    content={
        "en": {
            "title": "Partners",
            "slug": "partners",
            "introduction": (
                "The organisations behind the network's work: cities and regions, NGOs, federations, national "
                "authorities, European agencies and research institutes. Each profile says what the organisation "
                "does, where it works and with whom. Filter the list by country, kind or topic, or follow the "
                "partnerships in the network graph below the list."
            ),
            "listing_summary": (
                "Cities, NGOs, federations, national authorities and European bodies working on drugs and harm "
                "reduction, and the partnerships that link them."
            ),
            "search_description": (
                "Directory of the network's partners: cities, NGOs, federations, national authorities, EU agencies "
                "and research institutes working on drugs and harm reduction in Europe."
            ),
        },
        "fr": {
            "title": "Partenaires",
            "slug": "partenaires",
            "introduction": (
                "Les organisations qui font vivre le réseau : villes et régions, associations, fédérations, "
                "autorités nationales, agences européennes et instituts de recherche. Chaque fiche présente ce que "
                "fait l'organisation, où elle agit et avec qui. Filtrez la liste par pays, par type ou par thème, "
                "ou suivez les partenariats dans le graphe du réseau, sous la liste."
            ),
            "listing_summary": (
                "Villes, associations, fédérations, autorités nationales et organismes européens engagés sur les "
                "drogues et la réduction des risques, et les partenariats qui les relient."
            ),
            "search_description": (
                "Annuaire des partenaires du réseau : villes, associations, fédérations, autorités nationales, "
                "agences européennes et instituts de recherche engagés sur les drogues et la réduction des risques "
                "en Europe."
            ),
        },
    },
)
