"""Helpers shared by the network content: organisation profiles and their partnerships.

Kinds are written as the stored values of ``home.models.OrganisationKind`` and
``PartnershipKind`` so that the content modules need no model import.
"""

from ...specs import PageSpec, Ref, SnippetRef

# OrganisationKind values
NGO = "ngo"
CITY = "city"
REGION = "region"
NATIONAL_AUTHORITY = "national-authority"
EU_AGENCY = "eu-agency"
RESEARCH = "research"
NETWORK = "network"
FEDERATION = "federation"

# PartnershipKind values: read "<organisation> <kind> <partner>".
MEMBER_OF = "member-of"
PROJECT_PARTNER = "project-partner"
SECONDMENT = "secondment"
FOUNDING_MEMBER = "founding-member"
FUNDER = "funder"


def topics(*keys):
    return [SnippetRef(f"topic-{key}") for key in keys]


def fields(*keys):
    return [SnippetRef(f"field-{key}") for key in keys]


def partnership(kind, partner, en, fr, start_year=None, end_year=None):
    """One partnership, recorded on the organisation that is the subject of the sentence.

    ``partner`` is the other organisation's key; ``en`` and ``fr`` describe the link.
    """
    return {"kind": kind, "partner": partner, "start_year": start_year, "end_year": end_year, "en": en, "fr": fr}


def organisation(
    key,
    *,
    kind,
    en,
    fr,
    country="",
    founded=None,
    topic_keys=(),
    field_keys=(),
    partnerships=(),
    source_language="en",
):
    """An OrganisationPage in the partner directory.

    ``en`` and ``fr`` hold the translated fields (title, slug, acronym, city,
    summary, listing_summary, search_description, body). Partnerships are listed in
    the same order in both languages, as the loader matches them by position.
    """
    content = {}
    for language, values in (("en", en), ("fr", fr)):
        rows = [
            {
                "kind": row["kind"],
                "partner": Ref(f"org-{row['partner']}"),
                "start_year": row["start_year"],
                "end_year": row["end_year"],
                "description": row[language],
            }
            for row in partnerships
        ]
        content[language] = {"acronym": "", "city": "", **values, "partnerships": rows}
    return PageSpec(
        key=f"org-{key}",
        model="home.OrganisationPage",
        parent="organisations",
        shared={
            "kind": kind,
            "country": country,
            # No address is given in the sources: editors add the organisations' own sites.
            "website": "",
            "founded": founded,
            "topics": topics(*topic_keys),
            "fields_of_intervention": fields(*field_keys),
        },
        content=content,
        source_language=source_language,
    )
