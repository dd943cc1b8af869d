"""The press room and its items as journalists read them: the current press pack first, the filters and
their counts, the press office's contacts (details only where the person agreed, some rows for one
language only), the RSS and Atom feeds, and an item's page with its facts, note to editors, sessions,
practices, images, contacts, schema.org NewsArticle and social card."""

import datetime

import feedparser
import pytest

from django.utils import translation

from wagtail.models import PageViewRestriction

from resources.models import PressKind
from tests.listings import filter_messages, options, robots, selected, soup, titles
from tests.resources.test_practices import json_ld_nodes, main_entity

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
ORIGIN = "http://localhost"


@pytest.fixture(autouse=True)
def media_root(press):
    """The press world's images stay in the module's media folder (see conftest.py)."""
    return press.media


def pack_titles(document):
    return [link.get_text(strip=True) for link in document.select(".press-pack-current .card__title a")]


def card_kinds(document):
    return [kind.get_text(" ", strip=True) for kind in document.select(".press-list .press-card__kind")]


# --- The listing --------------------------------------------------------------------------------------------


def test_the_current_press_pack_leads_then_releases_and_factsheets_newest_first(client, press):
    document = soup(client.get(press.room.url))
    assert pack_titles(document) == ["Conference press pack"]
    assert titles(document, "press-list") == [
        "Naloxone saves lives in Ghent",
        "Cities call for drug checking",
        "Factsheet on drug checking",
        "Press pack 2023",
    ]
    assert card_kinds(document) == [
        "Press release · 10 January 2025",
        "Press release · 20 March 2024",
        "Factsheet · 1 June 2023",
        "Press pack · 1 March 2023",
    ]
    assert document.select_one(".press-pack-current time")["datetime"] == "2024-03-15T10:00:00+01:00"
    # The pack leads because it is a pack: a newer release does not push it down.
    html = document.get_text()
    assert "Lighthouse" not in html and "Draft statement" not in html
    assert robots(document) is None


def test_a_newer_press_pack_takes_the_lead_and_the_old_one_joins_the_list(client, press):
    from tests.factories.events import at
    from tests.factories.press import add_press_item

    add_press_item(press.room, "Summit press pack", kind="pack", release_at=at(2025, 1, 8, 9))
    document = soup(client.get(press.room.url))
    assert pack_titles(document) == ["Summit press pack"]
    assert titles(document, "press-list") == [
        "Naloxone saves lives in Ghent",
        "Cities call for drug checking",
        "Conference press pack",
        "Factsheet on drug checking",
        "Press pack 2023",
    ]


def test_filters_offer_years_topics_and_events_with_their_counts(client, press):
    document = soup(client.get(press.room.url))
    # Years newest first; the item under embargo (released this year or next) and the draft count nowhere.
    assert list(options(document, "year").values()) == ["2025 (1)", "2024 (2)", "2023 (2)"]
    assert options(document, "topic") == {"harm-reduction": "Harm reduction (2)", "prevention": "Prevention (1)"}
    assert options(document, "event") == {
        "harm-reduction-conference": "Harm reduction conference (2)",
        "prevention-summit": "Prevention summit (1)",
    }


def test_a_filter_narrows_the_list_and_the_other_filters_counts(client, press):
    document = soup(client.get(press.room.url, {"year": "2024"}))
    # Filtered, the pack no longer leads: it is one of the results.
    assert pack_titles(document) == []
    assert titles(document, "press-list") == ["Cities call for drug checking", "Conference press pack"]
    assert document.find(id="results-heading").get_text(strip=True) == "2 items found"
    assert selected(document, "year") == ["2024"]
    assert options(document, "topic") == {"harm-reduction": "Harm reduction (1)"}
    assert options(document, "event") == {"harm-reduction-conference": "Harm reduction conference (2)"}
    # The year facet counts with the other filters only, so every year stays offered.
    assert list(options(document, "year").values()) == ["2025 (1)", "2024 (2)", "2023 (2)"]
    assert robots(document) == "noindex"

    document = soup(client.get(press.room.url, {"topic": "harm-reduction", "year": "2023"}))
    assert titles(document, "press-list") == ["Factsheet on drug checking"]
    assert list(options(document, "year").values()) == ["2024 (1)", "2023 (1)"]

    document = soup(client.get(press.room.url, {"event": "harm-reduction-conference"}))
    assert titles(document, "press-list") == ["Cities call for drug checking", "Conference press pack"]

    document = soup(client.get(press.room.url, {"event": "prevention-summit", "topic": "prevention"}))
    assert titles(document, "press-list") == ["Naloxone saves lives in Ghent"]


def test_a_filter_that_leaves_nothing_says_so_and_an_unknown_value_is_reported(client, press):
    document = soup(client.get(press.room.url, {"year": "1999"}))
    assert titles(document, "press-list") == []
    assert "No item matches all these filters." in document.get_text()
    assert options(document, "year")["1999"] == "1999 (0)"

    document = soup(client.get(press.room.url, {"topic": "cannabis"}))
    assert filter_messages(document) == "The filter “Topic” has no value “cannabis”; it was ignored."
    assert len(titles(document, "press-list")) == 5


def test_the_french_press_room_lists_french_items_and_filters_in_french(client, press):
    document = soup(client.get(press.room_fr.url))
    assert document.find("html")["lang"] == "fr"
    assert pack_titles(document) == []
    assert titles(document, "press-list") == ["Les villes demandent l’analyse des drogues"]
    assert options(document, "topic") == {"reduction-des-risques": "Réduction des risques (1)"}
    assert list(options(document, "year").values()) == ["2024 (1)"]
    # The French term's slug and the source term's slug find the same items.
    for slug in ("reduction-des-risques", "harm-reduction"):
        document = soup(client.get(press.room_fr.url, {"topic": slug}))
        assert titles(document, "press-list") == ["Les villes demandent l’analyse des drogues"], slug
    assert "L’étude Phare" not in client.get(press.room_fr.url).content.decode()


def test_private_items_are_left_out(client, press):
    PageViewRestriction.objects.create(page=press.latest, restriction_type=PageViewRestriction.LOGIN)
    document = soup(client.get(press.room.url))
    assert "Naloxone saves lives in Ghent" not in titles(document, "press-list")
    assert list(options(document, "year").values()) == ["2024 (2)", "2023 (2)"]
    assert b"Naloxone saves lives" not in client.get(f"{press.room.url}feed/").content


# --- The press office ---------------------------------------------------------------------------------------


def office(document):
    return document.select_one(".press-room__aside .press-office")


def cards(section):
    """{name: (role, [contact lines])} of the person cards in ``section``."""
    found = {}
    for card in section.select(".person-card"):
        name = card.select_one(".person-card__name").get_text(strip=True)
        role = card.select_one(".person-card__role")
        found[name] = (
            role.get_text(strip=True) if role else "",
            [line.get_text(" ", strip=True) for line in card.select(".person-card__contact li")],
        )
    return found


def test_press_office_shows_phone_and_email_only_of_people_who_agreed(client, press):
    response = client.get(press.room.url)
    document = soup(response)
    box = office(document)
    lines = [line.get_text(" ", strip=True) for line in box.select(".press-office__lines li")]
    assert lines == ["Email: press@example.org", "Phone: +32 2 555 00 00"]
    assert box.select_one('.press-office__lines a[href="tel:+3225550000"]') is not None
    assert cards(box) == {
        "Anne Lambert": ("Press officer", ["Email: anne.lambert@example.org", "Phone: +32 2 555 01 01"]),
        "Bruno Keller": ("Spokesperson", []),
    }
    assert box.select_one('a[href="mailto:anne.lambert@example.org"]') is not None
    html = response.content.decode()
    # Bruno did not agree: his details appear nowhere, not even in the structured data.
    assert "bruno.private@example.org" not in html and "+41 79" not in html
    # The address interview requests go to is never shown.
    assert "pressdesk@example.org" not in html
    assert "Claire Dubois" not in html


def test_a_contact_for_the_french_version_shows_on_the_french_page_only(client, press):
    box = office(soup(client.get(press.room_fr.url)))
    assert cards(box) == {
        "Anne Lambert": (
            "Attachée de presse",
            ["E-mail\u00a0: anne.lambert@example.org", "Téléphone\u00a0: +32 2 555 01 01"],
        ),
        "Bruno Keller": ("Spokesperson", []),
        "Claire Dubois": (
            "Chargée de presse",
            ["E-mail\u00a0: claire.dubois@example.org", "Téléphone\u00a0: +33 1 55 00 00 00"],
        ),
    }
    assert "Claire Dubois" not in client.get(press.room.url).content.decode()


def test_the_press_room_describes_its_office_as_an_organization(client, press):
    node = main_entity(client.get(press.room.url))
    assert node["@type"] == "Organization"
    assert node["url"] == f"{ORIGIN}/en/press/"
    assert node["contactPoint"] == [
        {
            "@type": "ContactPoint",
            "contactType": "press office",
            "email": "press@example.org",
            "telephone": "+32 2 555 00 00",
        },
        {
            "@type": "ContactPoint",
            "name": "Anne Lambert",
            "contactType": "Press officer",
            "email": "anne.lambert@example.org",
            "telephone": "+32 2 555 01 01",
        },
        {"@type": "ContactPoint", "name": "Bruno Keller", "contactType": "Spokesperson"},
    ]


# --- Feeds --------------------------------------------------------------------------------------------------


def test_the_feeds_are_announced_in_the_head_and_linked_in_the_page(client, press):
    document = soup(client.get(press.room.url))
    alternates = {link["type"]: link for link in document.find_all("link", rel="alternate") if link.get("type")}
    assert alternates["application/rss+xml"]["href"] == "/en/press/feed/"
    assert alternates["application/rss+xml"]["title"] == "Press room (RSS)"
    assert alternates["application/atom+xml"]["href"] == "/en/press/feed/atom/"
    assert alternates["application/atom+xml"]["title"] == "Press room (Atom)"
    assert [link["href"] for link in document.select(".feed-link a")] == ["/en/press/feed/", "/en/press/feed/atom/"]
    french = soup(client.get(press.room_fr.url))
    assert [link["href"] for link in french.select(".feed-link a")] == ["/fr/presse/feed/", "/fr/presse/feed/atom/"]


ENGLISH_ENTRIES = [
    ("Press release: Naloxone saves lives in Ghent", "naloxone-saves-lives-in-ghent", (2025, 1, 10, 8, 0)),
    ("Press release: Cities call for drug checking", "cities-call-for-drug-checking", (2024, 3, 20, 10, 0)),
    ("Press pack: Conference press pack", "conference-press-pack", (2024, 3, 15, 9, 0)),
    ("Factsheet: Factsheet on drug checking", "factsheet-on-drug-checking", (2023, 6, 1, 8, 0)),
    ("Press pack: Press pack 2023", "press-pack-2023", (2023, 3, 1, 9, 0)),
]


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


def test_the_rss_feed_lists_the_released_items_newest_first_with_absolute_addresses(client, press):
    response, feed = parse(client, f"{press.room.url}feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.title == "Press room"
    assert feed.feed.link == f"{ORIGIN}/en/press/"
    assert feed.feed.language == "en"
    assert feed.feed.subtitle == "News of the network for journalists covering drug policy."
    [self_link] = [link for link in feed.feed.links if link.rel == "self"]
    assert self_link.href == f"{ORIGIN}/en/press/feed/"
    assert [(entry.title, entry.link, tuple(entry.published_parsed[:5])) for entry in feed.entries] == [
        (title, f"{ORIGIN}/en/press/{slug}/", published) for title, slug, published in ENGLISH_ENTRIES
    ]
    first = feed.entries[1]
    assert first.summary == "Mayors of twelve cities ask for drug checking services in every region."
    assert first.id == f"{ORIGIN}/en/press/cities-call-for-drug-checking/#{press.release.translation_key}"
    assert first.guidislink is False
    assert [tag.term for tag in first.tags] == ["Press release"]


def test_the_atom_feed_lists_the_same_items(client, press):
    response, feed = parse(client, f"{press.room.url}feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    assert feed.feed.title == "Press room"
    assert {link.rel: link.href for link in feed.feed.links} == {
        "alternate": f"{ORIGIN}/en/press/",
        "self": f"{ORIGIN}/en/press/feed/atom/",
    }
    assert [(entry.title, entry.link, tuple(entry.published_parsed[:5])) for entry in feed.entries] == [
        (title, f"{ORIGIN}/en/press/{slug}/", published) for title, slug, published in ENGLISH_ENTRIES
    ]
    for entry in feed.entries:
        assert entry.updated_parsed >= entry.published_parsed


def test_the_french_feeds_list_the_french_items(client, press):
    with translation.override("fr"):
        label = str(PressKind.RELEASE.label)
    for url in (f"{press.room_fr.url}feed/", f"{press.room_fr.url}feed/atom/"):
        _response, feed = parse(client, url)
        assert feed.feed.title == "Salle de presse"
        assert feed.feed.link == f"{ORIGIN}/fr/presse/"
        assert [(entry.title, entry.link) for entry in feed.entries] == [
            (f"{label}: Les villes demandent l’analyse des drogues", f"{ORIGIN}/fr/presse/analyse-des-drogues/")
        ], url
    _response, feed = parse(client, f"{press.room_fr.url}feed/")
    assert feed.feed.language == "fr"


# --- An item's page -----------------------------------------------------------------------------------------


def test_the_item_shows_its_summary_key_facts_and_boxed_note_to_editors(client, press):
    document = soup(client.get(press.release.url))
    item = document.select_one("article.press-item")
    assert item.select_one(".press-item__kind").get_text(strip=True) == "Press release"
    assert item.find("h1").get_text(strip=True) == "Cities call for drug checking"
    assert item.select_one(".press-item__date time")["datetime"] == "2024-03-20T11:00:00+01:00"
    assert item.select_one(".press-item__date a")["href"] == press.conference.url
    assert item.select_one("p.lead").get_text(strip=True) == press.release.summary
    facts = item.select(".press-facts li")
    assert [fact.get_text(" ", strip=True) for fact in facts] == [
        "12 cities signed the call.",
        "Drug checking reaches people no other service meets.",
    ]
    assert facts[0].select_one(".press-facts__figure").get_text() == "12"
    assert facts[1].select_one(".press-facts__figure") is None
    notes = item.select_one("aside.notes-to-editors")
    assert notes["aria-labelledby"] == "notes-heading"
    assert notes.find("h2").get_text(strip=True) == "Note to editors"
    assert notes.select_one(".rich-text").get_text(strip=True) == "The mayors are available for interviews on 20 March."
    assert notes.select_one("a.button")["href"] == f"/en/press/interview/?about={press.release.pk}"
    assert document.find("div", class_="embargo-banner") is None
    assert robots(document) is None


def test_the_item_lists_its_sessions_with_speakers_and_their_roles(client, press):
    document = soup(client.get(press.release.url))
    sessions = document.select(".press-sessions .press-session")
    assert [session.select_one(".press-session__title").get_text(strip=True) for session in sessions] == [
        "Plenary: drugs and harm reduction",
        "Thematic session: harm reduction in cities",
    ]
    assert sessions[0].select_one(".press-session__title a")["href"] == press.plenary.url

    def roles(session):
        return [
            (block.find("h4").get_text(strip=True), [item.get_text(" ", strip=True) for item in block.select("li")])
            for block in session.select(".press-session__role")
        ]

    assert roles(sessions[0]) == [("Speaker", ["Ahmed Aboutaleb , Mayor of Rotterdam"])]
    assert roles(sessions[1]) == [
        ("Moderator", ["Nadia Zourgui , Deputy Mayor of Strasbourg"]),
        ("Speaker", ["Marie Jauffret-Roustide , Researcher"]),
    ]
    assert (
        sessions[0].select_one(".press-session__role a")["href"] == f"{press.conference.url}speakers/ahmed-aboutaleb/"
    )
    when = sessions[1].select_one(".press-session__when").get_text(" ", strip=True)
    assert when.startswith("Thematic session · ")
    assert "Wednesday 20 March 2024, 16:15" in when and "17:45" in when and when.endswith("Room 2")


def test_the_item_shows_its_practices_images_related_pages_and_topics(client, press):
    document = soup(client.get(press.release.url))
    assert [title.get_text(strip=True) for title in document.select(".press-item__practices .card__title")] == [
        "Naloxone for outreach teams"
    ]
    figures = document.select(".press-images figure")
    assert [figure.find("img")["alt"] for figure in figures] == [
        "A white van parked at night, its side door open",
        "Delegates in the plenary hall",
    ]
    assert [figure.select_one(".press-images__credit").get_text() for figure in figures] == [
        "© City of Ghent",
        "© Efus / J. Martin",
    ]
    assert figures[0].find("figcaption").get_text(" ", strip=True) == "Night outreach in Ghent © City of Ghent"
    assert ".max-800x600.format-webp" in figures[0].find("img")["src"]
    assert [link.get_text(strip=True) for link in document.select(".related-list a")] == [
        "Drug checking guide",
        "Press pack 2023",
    ]
    assert document.select_one(".related-list a")["href"] == press.guide.url
    assert [topic.get_text(strip=True) for topic in document.select(".press-item__footer .tag-list li")] == [
        "Harm reduction"
    ]
    downloads = [link["href"] for link in document.select(".press-item__downloads a")]
    assert downloads == [f"{press.release.url}pdf/", f"{press.release.url}press-kit/"]
    assert "2 images in full size" in document.select(".press-item__downloads a")[1].get_text()


def test_an_item_without_images_offers_the_pdf_only(client, press):
    document = soup(client.get(press.factsheet.url))
    assert [link["href"] for link in document.select(".press-item__downloads a")] == [f"{press.factsheet.url}pdf/"]
    assert document.select(".press-images") == []


def contact_cards(document):
    return cards(document.select_one(".press-item__contacts"))


def test_the_items_own_media_contacts_replace_the_press_rooms(client, press):
    document = soup(client.get(press.release.url))
    assert contact_cards(document) == {
        "Dara Nowak": ("Project lead", ["Email: dara.nowak@example.org", "Phone: +48 22 000 00 00"])
    }
    office_line = document.select_one(".press-item__contacts > p").get_text(" ", strip=True)
    assert office_line == "Press office: press@example.org · +32 2 555 00 00"
    # Without contacts of its own, an item shows the press room's, for its language.
    document = soup(client.get(press.latest.url))
    assert contact_cards(document) == {
        "Anne Lambert": ("Press officer", ["Email: anne.lambert@example.org", "Phone: +32 2 555 01 01"]),
        "Bruno Keller": ("Spokesperson", []),
    }


def test_the_french_item_is_french_with_its_contacts_in_french(client, press):
    response = client.get(press.release_fr.url)
    document = soup(response)
    assert document.find("html")["lang"] == "fr"
    assert document.find("h1").get_text(strip=True) == "Les villes demandent l’analyse des drogues"
    assert "Les maires sont disponibles" in document.select_one("aside.notes-to-editors").get_text()
    assert contact_cards(document) == {
        "Dara Nowak": (
            "Cheffe de projet",
            ["E-mail\u00a0: dara.nowak@example.org", "Téléphone\u00a0: +48 22 000 00 00"],
        )
    }
    assert document.select_one(".press-item__date time").get_text() == "20 mars 2024"
    assert (
        document.select_one(".notes-to-editors a.button")["href"]
        == f"/fr/presse/interview/?about={press.release_fr.pk}"
    )
    node = main_entity(response)
    assert node["inLanguage"] == "fr"
    assert {"@type": "Thing", "name": "Réduction des risques"} in node["about"]


def test_the_item_is_a_news_article_about_its_event_and_topics_mentioning_its_speakers(client, press):
    response = client.get(press.release.url)
    node = main_entity(response)
    assert node["@type"] == "NewsArticle"
    assert node["headline"] == "Cities call for drug checking"
    assert node["url"] == f"{ORIGIN}/en/press/cities-call-for-drug-checking/"
    assert node["datePublished"] == "2024-03-20T10:00:00+00:00"
    assert node["inLanguage"] == "en"
    assert node["articleSection"] == "Press release"
    assert node["description"] == press.release.summary
    assert node["about"] == [
        {
            "@type": "Event",
            "name": "Harm reduction conference",
            "url": f"{ORIGIN}/en/events/harm-reduction-conference/",
        },
        {"@type": "Thing", "name": "Harm reduction"},
    ]
    assert [(mention["@type"], mention["name"]) for mention in node["mentions"]] == [
        ("Person", "Ahmed Aboutaleb"),
        ("Person", "Nadia Zourgui"),
        ("Person", "Marie Jauffret-Roustide"),
        ("Project", "Naloxone for outreach teams"),
    ]
    assert node["mentions"][0]["jobTitle"] == "Mayor of Rotterdam"
    assert node["mentions"][3]["url"] == f"{ORIGIN}/en/practices/naloxone-for-outreach-teams/"
    assert node["author"]["contactPoint"] == [
        {
            "@type": "ContactPoint",
            "name": "Dara Nowak",
            "contactType": "Project lead",
            "email": "dara.nowak@example.org",
            "telephone": "+48 22 000 00 00",
        }
    ]
    # The pictures, the social one first, at the social card's size and at the site's own address.
    document = soup(response)
    og_image = document.find("meta", property="og:image")["content"]
    assert node["image"][0] == og_image
    assert len(node["image"]) == 2
    assert all(url.startswith(f"{ORIGIN}/media/images/") and ".fill-1200x630" in url for url in node["image"])
    [page] = [n for n in json_ld_nodes(response) if str(n.get("@id", "")).endswith("#page")]
    assert page["@type"] == "WebPage"
    assert [crumb["name"] for crumb in page["breadcrumb"]["itemListElement"]] == [
        "Home",
        "Press room",
        "Cities call for drug checking",
    ]


def test_an_item_without_event_topics_or_sessions_says_only_what_it_has(client, press):
    node = main_entity(client.get(press.old_pack.url))
    assert node["@type"] == "NewsArticle"
    assert node["articleSection"] == "Press pack"
    assert "about" not in node and "mentions" not in node and "image" not in node
    assert [point["name"] for point in node["author"]["contactPoint"]] == ["Anne Lambert", "Bruno Keller"]


def meta(document, **attrs):
    tag = document.find("meta", attrs=attrs)
    return tag["content"] if tag else None


def test_the_social_card_shows_the_items_first_image(client, press):
    document = soup(client.get(press.release.url))
    assert meta(document, property="og:type") == "article"
    assert meta(document, property="og:title") == "Cities call for drug checking"
    assert meta(document, property="og:url") == f"{ORIGIN}/en/press/cities-call-for-drug-checking/"
    assert meta(document, property="og:locale") == "en"
    assert meta(document, property="article:published_time") == "2024-03-20T11:00:00+01:00"
    image = meta(document, property="og:image")
    assert image.startswith(f"{ORIGIN}/media/images/outreach-van") and image.endswith(".fill-1200x630.png")
    assert meta(document, name="twitter:card") == "summary_large_image"
    assert meta(document, name="twitter:image") == image
    # The listing image, where there is one, is the social picture.
    document = soup(client.get(press.pack.url))
    assert "/media/images/conference-hall" in meta(document, property="og:image")
    # No picture at all: the small card.
    document = soup(client.get(press.factsheet.url))
    assert meta(document, property="og:image") is None
    assert meta(document, name="twitter:card") == "summary"
