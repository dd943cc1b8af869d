"""The network's page types: where they may be created, that they render in English and French, that
editors can create, edit and preview them, people in the admin, published contacts, and JSON-LD."""

import datetime
import json

from bs4 import BeautifulSoup

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import (
    HomePage,
    OrganisationIndexPage,
    OrganisationPage,
    Person,
    ProjectIndexPage,
    ProjectPage,
    StandardPage,
    WorkingGroupPage,
)
from tests.factories.network import (
    add_directory,
    add_organisation,
    add_partnership,
    add_person,
    add_project,
    add_project_index,
    add_working_group,
)
from tests.factories.pages import build_site, translate_page


def json_ld_nodes(response):
    """Every node of the page's JSON-LD graphs."""
    soup = BeautifulSoup(response.content, "html.parser")
    nodes = []
    for script in soup.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        nodes.extend(data.get("@graph", [data]))
    return nodes


def page_node(response):
    """The JSON-LD node that describes the page itself (its @id ends in #page)."""
    [node] = [node for node in json_ld_nodes(response) if str(node.get("@id", "")).endswith("#page")]
    return node


def main_entity(response):
    """The JSON-LD node of what the page is about: the page node's mainEntity."""
    nodes = json_ld_nodes(response)
    [page] = [node for node in nodes if str(node.get("@id", "")).endswith("#page")]
    [entity] = [node for node in nodes if node.get("@id") == page["mainEntity"]["@id"]]
    return entity


class NetworkPageTreeTests(WagtailPageTestCase):
    def test_directory_lives_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(OrganisationIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(OrganisationIndexPage, {OrganisationPage})
        self.assertCanCreateAt(HomePage, OrganisationIndexPage)
        self.assertCanNotCreateAt(StandardPage, OrganisationIndexPage)
        self.assertCanNotCreateAt(OrganisationIndexPage, OrganisationIndexPage)

    def test_organisations_live_in_the_directory_only(self):
        self.assertAllowedParentPageTypes(OrganisationPage, {OrganisationIndexPage})
        self.assertCanCreateAt(OrganisationIndexPage, OrganisationPage)
        self.assertCanNotCreateAt(HomePage, OrganisationPage)
        self.assertCanNotCreateAt(StandardPage, OrganisationPage)
        self.assertCanNotCreateAt(OrganisationPage, OrganisationPage)
        self.assertCanNotCreateAt(OrganisationPage, OrganisationIndexPage)

    def test_projects_live_in_the_project_list_and_working_groups_in_projects(self):
        self.assertAllowedParentPageTypes(ProjectIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedParentPageTypes(WorkingGroupPage, {ProjectPage})
        self.assertCanCreateAt(ProjectIndexPage, ProjectPage)
        self.assertCanCreateAt(ProjectPage, WorkingGroupPage)
        self.assertCanNotCreateAt(HomePage, ProjectPage)
        self.assertCanNotCreateAt(HomePage, WorkingGroupPage)
        self.assertCanNotCreateAt(ProjectIndexPage, WorkingGroupPage)
        self.assertCanNotCreateAt(WorkingGroupPage, ProjectPage)
        self.assertCanNotCreateAt(WorkingGroupPage, WorkingGroupPage)
        self.assertCanNotCreateAt(ProjectPage, ProjectIndexPage)

    def test_one_directory_and_one_project_list_per_home_page(self):
        home = build_site(languages=())
        self.assertTrue(OrganisationIndexPage.can_create_at(home))
        self.assertTrue(ProjectIndexPage.can_create_at(home))
        add_directory(home)
        add_project_index(home)
        self.assertFalse(OrganisationIndexPage.can_create_at(home))
        self.assertFalse(ProjectIndexPage.can_create_at(home))


class NetworkPagesRenderTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site(languages=("fr",))
        cls.directory = add_directory(cls.home, introduction="Who works with whom.")
        cls.member = add_organisation(cls.directory, "Outreach Antwerp", kind="ngo", country="BE", city="Antwerp")
        cls.network = add_organisation(
            cls.directory, "European Harm Reduction Network", acronym="EHRN", kind="network", country="NL"
        )
        add_partnership(cls.member, cls.network, kind="member-of", start_year=2015)
        cls.contact = add_person(
            "Maria Contact", role="Coordinator", email="maria@example.org", phone="+32 2 111 11 11"
        )
        cls.projects = add_project_index(cls.home)
        cls.project = add_project(
            cls.projects,
            "Safer Nights",
            acronym="SN",
            lead_organisation=cls.network,
            start_date=datetime.date(2024, 1, 1),
            end_date=datetime.date(2030, 12, 31),
            partners=[(cls.member, "Runs the night outreach")],
            milestones=[{"title": "Kick-off meeting", "start_date": datetime.date(2024, 2, 1)}],
            contact=cls.contact,
        )
        cls.group = add_working_group(cls.project, "Night outreach", contact=cls.contact)

        cls.directory_fr = translate_page(cls.directory, "fr", title="Partenaires", slug="partenaires")
        cls.member_fr = translate_page(cls.member, "fr", title="Outreach Anvers", slug="outreach-anvers")
        cls.network_fr = translate_page(cls.network, "fr", title="Réseau européen de réduction des risques")
        cls.projects_fr = translate_page(cls.projects, "fr", title="Projets", slug="projets")
        cls.project_fr = translate_page(cls.project, "fr", title="Nuits plus sûres", slug="nuits-plus-sures")
        cls.group_fr = translate_page(cls.group, "fr", title="Travail de rue la nuit", slug="travail-de-rue")

    def test_every_network_page_renders_in_english_and_french(self):
        pages = [
            self.directory,
            self.member,
            self.network,
            self.projects,
            self.project,
            self.group,
            self.directory_fr,
            self.member_fr,
            self.network_fr,
            self.projects_fr,
            self.project_fr,
            self.group_fr,
        ]
        for page in pages:
            self.assertPageIsRenderable(page)

    def test_french_pages_show_french_titles_and_link_french_profiles(self):
        response = self.client.get(self.project_fr.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Nuits plus sûres")
        self.assertEqual(BeautifulSoup(response.content, "html.parser").html["lang"], "fr")
        # The partner is shown in French and linked to its French profile.
        self.assertContains(response, "Outreach Anvers")
        self.assertContains(response, f'href="{self.member_fr.url}"')
        self.assertNotContains(response, f'href="{self.member.url}"')

    def test_contact_details_stay_hidden_without_consent(self):
        response = self.client.get(self.project.url)
        self.assertContains(response, "Maria Contact")
        self.assertNotContains(response, "maria@example.org")
        self.assertNotContains(response, "+32 2 111 11 11")
        self.assertNotIn("email", main_entity(response)["contactPoint"])

        Person.objects.filter(pk=self.contact.pk).update(contact_is_public=True)
        response = self.client.get(self.project.url)
        self.assertContains(response, "maria@example.org")
        self.assertContains(response, "+32 2 111 11 11")
        self.assertEqual(main_entity(response)["contactPoint"]["email"], "maria@example.org")

    def test_working_group_hides_its_contact_email_without_consent(self):
        response = self.client.get(self.group.url)
        self.assertContains(response, "Maria Contact")
        self.assertNotContains(response, "maria@example.org")

    def test_json_ld_describes_the_membership_from_both_sides(self):
        response = self.client.get(self.member.url)
        self.assertEqual(page_node(response)["@type"], "ProfilePage")
        member = main_entity(response)
        self.assertEqual(member["@type"], "Organization")
        self.assertEqual(
            member["address"], {"@type": "PostalAddress", "addressLocality": "Antwerp", "addressCountry": "BE"}
        )
        self.assertEqual([item["name"] for item in member["memberOf"]], ["European Harm Reduction Network"])
        self.assertTrue(member["memberOf"][0]["url"].endswith(self.network.url))
        self.assertNotIn("member", member)

        network = main_entity(self.client.get(self.network.url))
        self.assertEqual(network["alternateName"], "EHRN")
        self.assertEqual([item["name"] for item in network["member"]], ["Outreach Antwerp"])
        self.assertNotIn("memberOf", network)

        # In French, the other organisation is named and linked in French.
        member_fr = main_entity(self.client.get(self.member_fr.url))
        self.assertEqual([item["name"] for item in member_fr["memberOf"]], ["Réseau européen de réduction des risques"])
        self.assertTrue(member_fr["memberOf"][0]["url"].endswith(self.network_fr.url))

    def test_json_ld_describes_the_project_and_its_contact(self):
        node = main_entity(self.client.get(self.project.url))
        self.assertEqual(node["@type"], "Project")
        self.assertEqual(node["name"], "Safer Nights")
        self.assertEqual(node["alternateName"], "SN")
        self.assertEqual(node["foundingDate"], "2024-01-01")
        self.assertEqual(node["dissolutionDate"], "2030-12-31")
        self.assertEqual(node["parentOrganization"]["name"], "European Harm Reduction Network")
        self.assertEqual([item["name"] for item in node["member"]], ["Outreach Antwerp"])
        self.assertEqual(
            node["contactPoint"], {"@type": "ContactPoint", "name": "Maria Contact", "contactType": "Coordinator"}
        )

    def test_json_ld_uses_the_contacts_translation(self):
        add_person("Maria Contact", role="Coordinatrice", language="fr", translation_key=self.contact.translation_key)
        node = main_entity(self.client.get(self.project_fr.url))
        self.assertEqual(node["contactPoint"]["contactType"], "Coordinatrice")
        self.assertContains(self.client.get(self.project_fr.url), "Coordinatrice")


class NetworkPagesAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site(languages=("fr",))

    def setUp(self):
        self.user = self.login()

    def test_editor_builds_the_network_in_the_admin(self):
        for url in [
            f"/admin/pages/add/home/organisationindexpage/{self.home.pk}/",
            f"/admin/pages/add/home/projectindexpage/{self.home.pk}/",
        ]:
            self.assertEqual(self.client.get(url).status_code, 200, url)

        self.assertCanCreate(
            self.home,
            OrganisationIndexPage,
            nested_form_data(
                {"title": "Partners", "slug": "partners", "introduction": "Who we are.", "show_network": "on"}
            ),
        )
        directory = OrganisationIndexPage.objects.get(slug="partners")
        self.assertEqual(self.client.get(f"/admin/pages/add/home/organisationpage/{directory.pk}/").status_code, 200)
        self.assertCanCreate(directory, OrganisationPage, organisation_form_data("Street Care", kind="city"))
        self.assertCanCreate(directory, OrganisationPage, organisation_form_data("Harm Reduction Europe"))
        street_care = OrganisationPage.objects.get(slug="street-care")
        self.assertEqual((street_care.kind, street_care.country.code, street_care.live), ("city", "BE", True))

        self.assertCanCreate(
            self.home, ProjectIndexPage, nested_form_data({"title": "Projects", "slug": "projects", "introduction": ""})
        )
        projects = ProjectIndexPage.objects.get(slug="projects")
        self.assertEqual(self.client.get(f"/admin/pages/add/home/projectpage/{projects.pk}/").status_code, 200)
        self.assertCanCreate(projects, ProjectPage, project_form_data("Night Lights", partner=street_care))
        project = ProjectPage.objects.get(slug="night-lights")
        self.assertEqual([row.organisation_id for row in project.project_partners.all()], [street_care.pk])
        self.assertEqual([m.title for m in project.milestones.all()], ["Launch"])

        self.assertEqual(self.client.get(f"/admin/pages/add/home/workinggrouppage/{project.pk}/").status_code, 200)
        self.assertCanCreate(project, WorkingGroupPage, working_group_form_data("Peer support"))
        group = WorkingGroupPage.objects.get(slug="peer-support")
        self.assertEqual((group.min_members, group.max_members, group.status), (8, 12, "open"))
        self.assertEqual(self.client.get(group.url).status_code, 200)

    def test_partnership_with_itself_is_refused(self):
        directory = add_directory(self.home)
        organisation = add_organisation(directory, "Lonely NGO")
        response = self.client.post(
            f"/admin/pages/{organisation.pk}/edit/",
            organisation_form_data(
                "Lonely NGO",
                partnerships=inline_formset([{"kind": "member-of", "partner": organisation.pk, "description": ""}]),
                action="action-publish",
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "An organisation cannot be its own partner.")
        self.assertFalse(OrganisationPage.objects.get(pk=organisation.pk).partnerships.exists())

        # Nor with its own translation.
        translate_page(directory, "fr", title="Partenaires", slug="partenaires")
        french = translate_page(organisation, "fr", title="ONG seule", slug="ong-seule")
        response = self.client.post(
            f"/admin/pages/{french.pk}/edit/",
            organisation_form_data(
                "ONG seule",
                partnerships=inline_formset([{"kind": "member-of", "partner": organisation.pk, "description": ""}]),
                action="action-publish",
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "An organisation cannot be its own partner.")
        self.assertFalse(OrganisationPage.objects.get(pk=french.pk).partnerships.exists())

        # A real partner is accepted.
        partner = add_organisation(directory, "Real Partner")
        response = self.client.post(
            f"/admin/pages/{organisation.pk}/edit/",
            organisation_form_data(
                "Lonely NGO",
                partnerships=inline_formset([{"kind": "member-of", "partner": partner.pk, "description": ""}]),
                action="action-publish",
            ),
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            [row.partner_id for row in OrganisationPage.objects.get(pk=organisation.pk).partnerships.all()],
            [partner.pk],
        )

    def test_network_pages_are_editable_and_previewable(self):
        directory = add_directory(self.home, introduction="Who we are.")
        organisation = add_organisation(directory, "Street Care", country="BE")
        partner = add_organisation(directory, "Harm Reduction Europe")
        projects = add_project_index(self.home)
        project = add_project(projects, "Night Lights", partners=[(partner, "Trainer")])
        group = add_working_group(project, "Peer support")
        cases = [
            (
                directory,
                nested_form_data(
                    {"title": "Partners (edited)", "slug": "partners", "introduction": "", "show_network": "on"}
                ),
            ),
            (organisation, organisation_form_data("Street Care (edited)", slug="street-care")),
            (projects, nested_form_data({"title": "Projects (edited)", "slug": "projects", "introduction": ""})),
            (project, project_form_data("Night Lights (edited)", slug="night-lights", partner=partner)),
            (group, working_group_form_data("Peer support (edited)", slug="peer-support")),
        ]
        for page, data in cases:
            name = type(page).__name__
            # The edit view saves a draft with the new title (assertPageIsEditable would undo it).
            edit_url = f"/admin/pages/{page.pk}/edit/"
            self.assertEqual(self.client.get(edit_url).status_code, 200, name)
            self.assertRedirects(self.client.post(edit_url, data), edit_url, msg_prefix=name)
            latest = type(page).objects.get(pk=page.pk).get_latest_revision_as_object()
            self.assertEqual(latest.title, data["title"], name)
            # The preview renders the unsaved form, in the page's own template.
            self.assertPageIsPreviewable(page, post_data=data)
            self.client.force_login(self.user)
            preview_url = f"{edit_url}preview/"
            previewed = {**data, "title": data["title"].replace("(edited)", "(previewed)")}
            self.assertEqual(self.client.post(preview_url, previewed).json(), {"is_valid": True, "is_available": True})
            self.assertContains(self.client.get(preview_url, {"mode": ""}), "(previewed)", msg_prefix=name)


def organisation_form_data(title, slug=None, kind="ngo", partnerships=None, action=None):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug or title.lower().replace(" ", "-"),
            "acronym": "",
            "kind": kind,
            "founded": "1998",
            "country": "BE",
            "city": "Ghent",
            "website": "https://example.org/",
            "summary": f"{title} runs outreach.",
            "body": streamfield([("paragraph", rich_text("<p>History.</p>"))]),
            "partnerships": partnerships or inline_formset([]),
        }
    )
    if action:
        data[action] = action
    return data


def project_form_data(title, slug=None, partner=None):
    return nested_form_data(
        {
            "title": title,
            "slug": slug or title.lower().replace(" ", "-"),
            "acronym": "NL",
            "lead_organisation": "",
            "project_partners": inline_formset(
                [{"organisation": partner.pk, "role": "Trains peers"}] if partner is not None else []
            ),
            "funder": "",
            "funding": "City grants",
            "start_date": "2024-01-01",
            "end_date": "2026-12-31",
            "period_precision": "month",
            "overall_objective": rich_text("<p>Safer nights.</p>"),
            "specific_aims": streamfield([("aim", "Train 40 peers")]),
            "phases": inline_formset([]),
            "milestones": inline_formset(
                [
                    {
                        "title": "Launch",
                        "start_date": "2024-06-01",
                        "end_date": "",
                        "date_precision": "month",
                        "place": "Ghent",
                        "phase": "",
                        "status": "done",
                        "description": "",
                        "event": "",
                    }
                ]
            ),
            "body": streamfield([]),
            "outputs": inline_formset([]),
            "contact": "",
        }
    )


def working_group_form_data(title, slug=None):
    return nested_form_data(
        {
            "title": title,
            "slug": slug or title.lower().replace(" ", "-"),
            "theme": "Peer work",
            "description": rich_text("<p>Peers meet peers.</p>"),
            "min_members": "8",
            "max_members": "12",
            "co_pilots": inline_formset([]),
            "meeting_plan": "Three days in Ghent.",
            "meeting_count": "3",
            "meeting_dates": "Spring",
            "status": "open",
            "application_deadline": "",
            "form_introduction": "We answer within a month.",
            "contact": "",
            "notification_email": "",
        }
    )


class PersonAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site(languages=("fr",))
        cls.person = add_person("Jan Peeters", role="Outreach worker", affiliation="Street Care")

    def setUp(self):
        self.login()

    def person_data(self, **overrides):
        data = {
            "name": "Ana Silva",
            "role": "Deputy mayor",
            "organisation": "",
            "affiliation": "City of Porto",
            "photo": "",
            "bio": "Works on night life.",
            "email": "ana@example.org",
            "phone": "",
        }
        data.update(overrides)
        return data

    def test_people_are_listed(self):
        response = self.client.get("/admin/snippets/home/person/")
        self.assertContains(response, "Jan Peeters")
        self.assertContains(response, "Street Care")

    def test_editor_adds_a_person(self):
        self.assertEqual(self.client.get("/admin/snippets/home/person/add/?locale=en").status_code, 200)
        response = self.client.post(
            "/admin/snippets/home/person/add/?locale=en", self.person_data(contact_is_public="on")
        )
        self.assertEqual(response.status_code, 302)
        person = Person.objects.get(name="Ana Silva")
        self.assertEqual(
            (person.role, person.public_email, person.locale.language_code), ("Deputy mayor", "ana@example.org", "en")
        )

    def test_publishing_contact_details_needs_an_email_or_phone(self):
        response = self.client.post(
            "/admin/snippets/home/person/add/?locale=en", self.person_data(email="", contact_is_public="on")
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Add an email or a phone number to publish.")
        self.assertFalse(Person.objects.filter(name="Ana Silva").exists())

    def test_editor_edits_a_person(self):
        url = f"/admin/snippets/home/person/edit/{self.person.pk}/"
        self.assertContains(self.client.get(url), "Jan Peeters")
        response = self.client.post(url, self.person_data(name="Jan Peeters", role="Team leader"))
        self.assertEqual(response.status_code, 302)
        self.person.refresh_from_db()
        self.assertEqual(self.person.role, "Team leader")
        self.assertFalse(self.person.contact_is_public)


class WorkingGroupJsonLdTests(WagtailPageTestCase):
    def test_group_is_described_with_its_co_pilots_as_people(self):
        home = build_site(languages=())
        projects = add_project_index(home)
        project = add_project(projects, "Safer Nights")
        co_pilot = add_person("Ana Expert", role="Psychiatrist", email="ana@example.org")
        group = add_working_group(project, "Cocaine care", co_pilots=[co_pilot], contact=co_pilot)

        group_node = main_entity(self.client.get(group.url))

        self.assertEqual(group_node["@type"], "Organization")
        self.assertEqual(group_node["parentOrganization"]["name"], "Safer Nights")
        self.assertEqual(group_node["member"], [{"@type": "Person", "name": "Ana Expert", "jobTitle": "Psychiatrist"}])
        # The email was not published with consent: it stays out of the structured data too.
        self.assertNotIn("email", group_node["contactPoint"])
