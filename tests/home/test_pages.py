"""Page tree rules, rendering in English and French, and the admin create/edit/preview paths."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from events.models import EventIndexPage
from home.models import HomePage, OrganisationIndexPage, ProjectIndexPage, StandardPage
from resources.models import PracticeIndexPage, PressRoomPage, ResourceLibraryPage
from tests.factories.pages import add_standard_page, build_site, translate_page


class PageTreeTests(WagtailPageTestCase):
    def test_home_page_lives_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(StandardPage, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                OrganisationIndexPage,
                ProjectIndexPage,
                ResourceLibraryPage,
                PracticeIndexPage,
                EventIndexPage,
                PressRoomPage,
            },
        )


class PageRenderingAndAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site(languages=("fr",))
        cls.about = add_standard_page(
            cls.home,
            "About the network",
            slug="about",
            introduction="Cities, NGOs and health services working together.",
            body=[
                ("heading", {"text": "Who we are", "level": "h2", "anchor": "who"}),
                ("paragraph", rich_text("<p>Outreach workers and city officials.</p>")),
                (
                    "key_figures",
                    {"heading": "In numbers", "figures": [{"figure": "4", "label": "partner NGOs", "source": ""}]},
                ),
                (
                    "accordion",
                    {"heading": "", "items": [{"title": "Who can join?", "content": rich_text("<p>Cities.</p>")}]},
                ),
                ("quote", {"quote": "Start where people are.", "attribution": "An outreach worker", "role": ""}),
            ],
        )
        cls.about_fr = translate_page(cls.about, "fr", title="À propos du réseau", slug="a-propos")

    def setUp(self):
        self.user = self.login()

    def test_every_page_renders_in_english_and_french(self):
        for page in [self.home, self.home.get_translation(self.about_fr.locale), self.about, self.about_fr]:
            self.assertPageIsRenderable(page)

    def test_standard_page_shows_its_blocks(self):
        response = self.client.get("/en/about/")
        self.assertContains(response, '<h2 id="who">Who we are</h2>', html=True)
        self.assertContains(response, "partner NGOs")
        self.assertContains(response, "<summary>Who can join?</summary>", html=True)
        self.assertContains(response, "Start where people are.")

    def test_pages_are_editable_and_previewable(self):
        self.assertPageIsEditable(self.home)
        self.assertPageIsPreviewable(self.home)
        for page in [self.about, self.about_fr]:
            # Wagtail cannot derive POST data for a StreamField from the form, so we give it.
            post_data = nested_form_data(
                {
                    "title": page.title,
                    "slug": page.slug,
                    "introduction": page.introduction,
                    "body": streamfield([("paragraph", rich_text("<p>Edited.</p>"))]),
                }
            )
            self.assertPageIsEditable(page, post_data=post_data)
            self.assertPageIsPreviewable(page, post_data=post_data)

    def test_editor_creates_a_standard_page_in_the_admin(self):
        self.assertCanCreate(
            self.about,
            StandardPage,
            nested_form_data(
                {
                    "title": "Joining as a city",
                    "slug": "joining",
                    "introduction": "How a city takes part.",
                    "body": streamfield([("paragraph", rich_text("<p>Write to the secretariat.</p>"))]),
                    "featured_items": {},
                }
            ),
        )
        self.assertTrue(StandardPage.objects.filter(slug="joining").exists())

    def test_preview_is_framed_by_the_admin_only(self):
        preview_url = f"/admin/pages/{self.about.pk}/edit/preview/"
        response = self.client.get(preview_url, {"mode": ""})
        self.assertEqual(response["X-Frame-Options"], "SAMEORIGIN")
        self.assertEqual(self.client.get("/en/about/")["X-Frame-Options"], "DENY")


class SiteSettingsAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site(languages=("fr",))

    def test_editor_changes_the_footer_contact(self):
        from wagtail.models import Site

        self.login()
        site = Site.objects.get(is_default_site=True)
        url = f"/admin/settings/portal/sitesettings/{site.pk}/"
        self.assertEqual(self.client.get(url).status_code, 200)
        response = self.client.post(
            url,
            {
                "organisation_name": "Cities & Drugs Network",
                "contact_email": "press@example.org",
                "contact_phone": "+32 2 000 00 00",
            },
        )
        self.assertEqual(response.status_code, 302)
        footer = self.client.get("/fr/").content.decode()
        self.assertIn("press@example.org", footer)
        self.assertIn('href="tel:+3220000000"', footer)
