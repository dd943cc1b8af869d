"""schema.org JSON-LD for every page, built from the models.

One ``@graph`` per page: the WebSite (with its SearchAction), the publishing
Organization, the page itself typed by ``page.schema_type`` and its
BreadcrumbList. Page types add properties to the page's node with
``get_json_ld_extra()``; a page about a thing (an organisation, a project, an
event) describes it with ``get_json_ld_entity()``, which becomes its own node,
the page's ``mainEntity``.
"""

from django.urls import reverse
from django.utils.translation import get_language

from wagtail.models import Page, Site

from portal.models import SiteSettings


def page_graph(page, request, context):
    if request is None:
        return None
    language = get_language()
    # The Wagtail Site's root URL, like the sitemap, so every canonical address agrees.
    site = Site.find_for_request(request)
    origin = f"{site.root_url}/" if site else request.build_absolute_uri("/")
    site_settings = SiteSettings.for_request(request)
    organisation_name = site_settings.organisation_name if site_settings else ""
    website_id = f"{origin}#website"
    organisation_id = f"{origin}#organization"
    search_url = origin.rstrip("/") + reverse("search")

    organisation = {"@type": "Organization", "@id": organisation_id, "name": organisation_name, "url": origin}
    if site_settings is not None:
        if site_settings.contact_email:
            organisation["email"] = site_settings.contact_email
        if site_settings.contact_phone:
            organisation["telephone"] = site_settings.contact_phone
        same_as = [url for _label, url in site_settings.social_links()]
        if same_as:
            organisation["sameAs"] = same_as
    graph = [
        {
            "@type": "WebSite",
            "@id": website_id,
            "url": origin,
            "name": organisation_name,
            "inLanguage": language,
            "publisher": {"@id": organisation_id},
            "potentialAction": {
                "@type": "SearchAction",
                "target": {"@type": "EntryPoint", "urlTemplate": f"{search_url}?q={{search_term_string}}"},
                "query-input": "required name=search_term_string",
            },
        },
        organisation,
    ]
    if isinstance(page, Page):
        page_url = page.get_full_url(request)
        node = {
            "@type": getattr(page, "schema_type", "WebPage"),
            "@id": f"{page_url}#page",
            "url": page_url,
            "name": page.seo_title or page.title,
            "inLanguage": page.locale.language_code,
            "isPartOf": {"@id": website_id},
        }
        description = page.search_description or getattr(page, "listing_summary", "")
        if description:
            node["description"] = description
        if page.last_published_at:
            node["dateModified"] = page.last_published_at.isoformat()
        crumbs = getattr(page, "breadcrumb_ancestors", None)
        if crumbs and page.depth > 2:
            elements = [
                {"@type": "ListItem", "position": position, "name": crumb.title, "item": crumb.get_full_url(request)}
                for position, crumb in enumerate([*crumbs, page], start=1)
            ]
            node["breadcrumb"] = {"@type": "BreadcrumbList", "itemListElement": elements}
        if hasattr(page, "get_json_ld_extra"):
            node.update(page.get_json_ld_extra(request))
        graph.append(node)
        entity = page.get_json_ld_entity(request) if hasattr(page, "get_json_ld_entity") else None
        if entity:
            entity = {"@id": f"{page_url}#entity", **entity}
            node["mainEntity"] = {"@id": entity["@id"]}
            graph.append(entity)
    return {"@context": "https://schema.org", "@graph": graph}
