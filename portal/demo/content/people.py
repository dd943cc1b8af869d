"""People the network names in public: speakers, the contact for the AIPAUC working groups, the press contact.

Names and roles come from the seed documents. Nobody's own address is
published: where the portal needs an email it uses the reserved example.org
domain, and contact details are public only where the seed shows the person
being presented as a public contact.

The press room's media contact is a desk, not a person: Efus's press pack asks
journalists to tell Efus whom they would like to interview, without naming anyone,
so the record is Efus's communication team, named in each language.
"""

from ..specs import Ref, SnippetSpec


def person(key, name, en, fr, organisation=None, email="", contact_is_public=False):
    """``en`` and ``fr``: the person's translated fields (role, and bio or affiliation where known)."""
    return SnippetSpec(
        key=f"person-{key}",
        model="home.Person",
        shared={"name": name, "email": email, "contact_is_public": contact_is_public},
        content={"en": en, "fr": fr},
        page_links={"organisation": Ref(organisation)} if organisation else {},
    )


SNIPPETS = [
    person(
        "ahmed-aboutaleb",
        "Ahmed Aboutaleb",
        {"role": "Mayor of Rotterdam (Netherlands) and Vice-President of Efus"},
        {"role": "Maire de Rotterdam (Pays-Bas) et vice-président de l'Efus"},
        organisation="org-rotterdam",
    ),
    person(
        "ine-van-wymersch",
        "Ine Van Wymersch",
        {"role": "National Commissioner for Drugs (Belgium)"},
        {"role": "Commissaire nationale aux drogues (Belgique)"},
    ),
    person(
        "alexis-goosdeel",
        "Alexis Goosdeel",
        {"role": "Director"},
        {"role": "Directeur"},
        organisation="org-emcdda",
    ),
    person(
        "marie-jauffret-roustide",
        "Marie Jauffret-Roustide",
        {"role": "Researcher and sociologist"},
        {"role": "Chercheuse et sociologue"},
        organisation="org-inserm",
    ),
    person(
        # The press factsheet spells the name both "Maisee" and "Maise"; the speakers' list has "Maise".
        "laurent-maise",
        "Laurent Maise",
        {"role": "Deputy Director"},
        {"role": "Directeur adjoint"},
        organisation="org-transit",
    ),
    person(
        "arianna-rogialli",
        "Arianna Rogialli",
        {"role": "Project and Policy Support Officer"},
        {"role": "Chargée de soutien aux projets et aux politiques"},
        organisation="org-c-ehrn",
    ),
    person(
        "nadia-zourgui",
        "Nadia Zourgui",
        {
            "role": (
                "Deputy Mayor of Strasbourg for public tranquillity, the municipal police, crime prevention, "
                "mediation, victim support and crisis management"
            )
        },
        {
            "role": (
                "Maire adjointe de Strasbourg chargée de la tranquillité publique, de la police municipale, de la "
                "prévention de la délinquance, de la médiation, de l'aide aux victimes et de la gestion de crise"
            )
        },
        organisation="org-strasbourg",
    ),
    person(
        "juliette-dupuis",
        "Juliette Dupuis",
        {"role": "Contact for the AIPAUC working groups"},
        {"role": "Contact pour les groupes de travail du projet AIPAUC"},
        organisation="org-federation-addiction",
        # The announcement names her as the contact for anyone wishing to join a group.
        email="juliette.dupuis@example.org",
        contact_is_public=True,
    ),
    person(
        "efus-communication",
        "Efus communication team",
        {"role": "Press and media relations"},
        {"name": "Équipe communication de l'Efus", "role": "Relations avec la presse et les médias"},
        organisation="org-efus",
        # A shared desk address, answered by whoever is on duty; the press pack invites journalists to write.
        email="efus-press@example.org",
        contact_is_public=True,
    ),
]
