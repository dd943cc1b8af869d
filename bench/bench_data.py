"""The data set of the page benchmark: a fresh database, then N of each kind of item on top of the demo content.

A standalone script, not a test. ``bench/run.sh`` calls it around ``manage.py migrate`` and
``manage.py load_demo_content``:

    .venv/bin/python bench/bench_data.py fresh             # drop and create the database of DATABASE_URL
    .venv/bin/python bench/bench_data.py generate --items 60
    .venv/bin/python bench/bench_data.py remove            # drop the database (or delete the SQLite file)
    .venv/bin/python bench/bench_data.py check             # exit 0 when the database server answers

The database is the one of ``DATABASE_URL`` (an SQLite file or a PostgreSQL database); to
protect real data, ``fresh`` and ``remove`` refuse a database whose name lacks "bench".

``generate`` runs ``django.setup()`` with the production settings and writes, in English,
``--items`` organisations (under the partner directory, some with a partnership to another
one), practices (under the practice examples, with a lead organisation, partners and map
coordinates), resources (under the resource library, with one or two file editions taken
from the demo's documents) and events (under the event list, past and coming, with rooms, one
or two tracks and two to five sessions each, with speakers). Text comes from the English phrase banks
of ``bench/search_bench.py``; taxonomy terms, people, documents and organisations are those of
the demo content. Each page is saved as an editor's revision and published, so it is live with
its search document; at the end the search documents are rebuilt and Wagtail's index updated,
as ``load_demo_content`` does.
"""

import argparse
import datetime
import os
import random
import secrets
import sys
import time
from decimal import Decimal
from pathlib import Path

from search_bench import Writer, check_database, database_parts, fresh_database, postgres_maintenance

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

SEED = 20260601
# Cities with their country and centre, so that practices and events land on the map of Europe.
CITIES = [
    ("Lisbon", "PT", "38.72225", "-9.13934"),
    ("Porto", "PT", "41.14961", "-8.61099"),
    ("Madrid", "ES", "40.41650", "-3.70256"),
    ("Barcelona", "ES", "41.38506", "2.17340"),
    ("Marseille", "FR", "43.29648", "5.36978"),
    ("Lyon", "FR", "45.76404", "4.83566"),
    ("Paris", "FR", "48.85661", "2.35222"),
    ("Brussels", "BE", "50.84670", "4.35250"),
    ("Ghent", "BE", "51.05434", "3.71742"),
    ("Amsterdam", "NL", "52.36757", "4.90414"),
    ("Rotterdam", "NL", "51.92442", "4.47773"),
    ("Hamburg", "DE", "53.55108", "9.99368"),
    ("Frankfurt", "DE", "50.11092", "8.68213"),
    ("Zurich", "CH", "47.37689", "8.54169"),
    ("Vienna", "AT", "48.20817", "16.37382"),
    ("Milan", "IT", "45.46427", "9.18951"),
    ("Bologna", "IT", "44.49489", "11.34262"),
    ("Ljubljana", "SI", "46.05695", "14.50575"),
    ("Prague", "CZ", "50.07554", "14.43780"),
    ("Warsaw", "PL", "52.22968", "21.01223"),
    ("Bucharest", "RO", "44.42676", "26.10254"),
    ("Sofia", "BG", "42.69771", "23.32187"),
    ("Athens", "GR", "37.98381", "23.72754"),
    ("Dublin", "IE", "53.34981", "-6.26031"),
    ("Glasgow", "GB", "55.86424", "-4.25181"),
    ("Copenhagen", "DK", "55.67610", "12.56834"),
]
ORGANISATION_NAMES = [
    "Harm Reduction Network",
    "Outreach Association",
    "Drug Policy Observatory",
    "Peer Support Collective",
    "Low-Threshold Services",
    "Addiction Care Foundation",
    "Public Health Department",
    "Street Work Union",
    "Prevention Institute",
    "Housing First Alliance",
]
PRACTICE_NAMES = [
    "Drug checking at festivals",
    "Night outreach with peer workers",
    "Take-home naloxone for people leaving prison",
    "Housing First for people who use drugs",
    "A supervised consumption room",
    "Hepatitis C testing in low-threshold services",
    "Prevention workshops in secondary schools",
    "Chemsex counselling",
    "Needle and syringe exchange by vending machine",
    "Mediation between residents and users",
]
RESOURCE_PREFIXES = ["Guide", "Report", "Evaluation", "Toolkit", "Factsheet", "Mapping", "Lessons learned"]
EVENT_NAMES = [
    "Harm reduction conference",
    "Seminar on drug consumption rooms",
    "Training: naloxone for outreach teams",
    "Webinar: drug checking results",
    "Workshop on prevention in nightlife",
    "Meeting of the cities' working group",
    "Site visit to low-threshold services",
]
SERVICES = [
    "Anonymous drug checking",
    "Sterile injecting equipment",
    "Naloxone training",
    "Hepatitis C and HIV testing",
    "Peer counselling",
    "Referral to treatment",
    "Showers and meals",
    "Legal advice",
]
SESSION_TITLES = {"plenary": "Plenary", "thematic": "Thematic session", "workshop": "Workshop"}
ROOMS = ["Plenary hall", "Room 2", "Room 3", "Workshop room", "Foyer"]
TRACKS = [("Harm reduction", "#1f6f8b"), ("Prevention", "#7a4e9c"), ("Policy", "#a3541c")]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["fresh", "generate", "remove", "check"])
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", ""),
        help="sqlite:////tmp/NAME.sqlite3 or postgres://USER@HOST:PORT/NAME (default: DATABASE_URL)",
    )
    parser.add_argument("--items", "-n", type=int, default=60, help="items of each kind to generate (default 60)")
    parser.add_argument("--seed", type=int, default=SEED)
    return parser.parse_args()


def remove_database(url):
    vendor, config = database_parts(url)
    name = str(config["NAME"])
    if "bench" not in Path(name).name:
        raise SystemExit(f"Refusing to remove the database {name!r}: its name must contain 'bench'.")
    if vendor == "sqlite":
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(name + suffix).unlink(missing_ok=True)
    else:
        connection = postgres_maintenance(config)
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.close()


def setup_django(url):
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    # A throwaway key: this process serves no request.
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("SITE_HTTPS", "0")
    import django

    django.setup()


# --- Generating --------------------------------------------------------------------------------


class Generator:
    """Makes and publishes the pages of one run; everything random comes from one seeded generator."""

    def __init__(self, items, seed, report):
        from django.utils import timezone

        from wagtail.models import Locale

        from events.models import EventIndexPage
        from home.models import OrganisationIndexPage, Person
        from portal.models import (
            Audience,
            InterventionField,
            InterventionType,
            ResourceType,
            Setting,
            Substance,
            TargetGroup,
            Topic,
        )
        from resources.models import PracticeIndexPage, ResourceFile, ResourceLibraryPage

        self.items = items
        self.rng = random.Random(seed)
        self.writer = Writer("en", self.rng)
        self.report = report
        self.now = timezone.now()
        self.english = Locale.objects.get(language_code="en")

        def terms(model):
            found = list(model.objects.filter(locale=self.english).order_by("pk"))
            if not found:
                raise SystemExit(f"No English {model._meta.verbose_name_plural}: load the demo content first.")
            return found

        self.topics = terms(Topic)
        self.intervention_fields = terms(InterventionField)
        self.intervention_types = terms(InterventionType)
        self.substances = terms(Substance)
        self.target_groups = terms(TargetGroup)
        self.settings = terms(Setting)
        self.audiences = terms(Audience)
        self.resource_types = terms(ResourceType)
        self.people = terms(Person)
        self.editions = sorted(set(ResourceFile.objects.values_list("document_id", "language")))

        def index(model):
            page = model.objects.live().filter(locale=self.english).first()
            if page is None:
                raise SystemExit(f"No English {model._meta.verbose_name}: load the demo content first.")
            return page

        self.directory = index(OrganisationIndexPage)
        self.practice_index = index(PracticeIndexPage)
        self.library = index(ResourceLibraryPage)
        self.event_index = index(EventIndexPage)
        self.organisations = list(self.directory.get_children().live().specific().order_by("path"))

    # --- text -------------------------------------------------------------------------------------

    def themes(self):
        return self.rng.sample(range(12), self.rng.choice((1, 1, 2, 3)))

    def text(self, themes, words, limit=None):
        text = self.writer.text(themes, words)
        if limit and len(text) > limit:
            text = text[: text.rfind(". ", 0, limit - 1) + 1] or text[:limit]
        return text

    def rich_text(self, themes, paragraphs=2, words=60):
        return "".join(f"<p>{self.text(themes, words)}</p>" for _ in range(paragraphs))

    def body(self, themes):
        """A StreamField body as editors write them: paragraphs, a heading, sometimes a quote or key figures."""
        rng = self.rng
        blocks = [{"type": "paragraph", "value": self.rich_text(themes, 2, 70)}]
        blocks.append({"type": "heading", "value": {"text": self.writer.title(themes), "level": "h2", "anchor": ""}})
        blocks.append({"type": "paragraph", "value": self.rich_text(themes, rng.randint(1, 3), 60)})
        if rng.random() < 0.4:
            blocks.append(
                {
                    "type": "quote",
                    "value": {
                        "quote": self.text(themes, 25, 400),
                        "attribution": rng.choice(self.people).name,
                        "role": "",
                    },
                }
            )
        if rng.random() < 0.3:
            figures = [
                {"figure": f"{rng.randint(2, 950):,}", "label": self.text(themes, 6, 90), "source": ""}
                for _ in range(3)
            ]
            blocks.append({"type": "key_figures", "value": {"heading": "In figures", "figures": figures}})
        return blocks

    def pick(self, values, low=1, high=3):
        return self.rng.sample(values, min(len(values), self.rng.randint(low, high)))

    def city(self):
        name, country, latitude, longitude = self.rng.choice(CITIES)
        return name, country, Decimal(latitude), Decimal(longitude)

    def slug(self, title, number):
        from django.utils.text import slugify

        return f"{slugify(title)[:60].strip('-')}-bench-{number}"

    # --- publishing -----------------------------------------------------------------------------

    def publish(self, parent, page):
        """Add ``page`` under ``parent`` and publish it from a revision, as an editor would."""
        from wagtail.coreutils import find_available_slug

        # Generating again into the same database (same seed, same titles) gets "-2" slugs, as the admin does.
        page.slug = find_available_slug(parent, page.slug)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return type(page).objects.get(pk=page.pk)

    def organisation(self, number):
        from home.models import OrganisationPage, Partnership
        from home.models.organisations import OrganisationKind

        rng = self.rng
        themes = self.themes()
        city, country, _latitude, _longitude = self.city()
        title = f"{rng.choice(ORGANISATION_NAMES)} {city} {number}"
        page = OrganisationPage(
            title=title,
            slug=self.slug(title, number),
            acronym="".join(word[0] for word in title.split()[:3]).upper() if rng.random() < 0.5 else "",
            kind=rng.choice(OrganisationKind.values),
            country=country,
            city=city,
            website=f"https://example.org/{self.slug(title, number)}/",
            founded=rng.randint(1970, 2022),
            summary=self.text(themes, 40, 480),
            body=self.body(themes),
            locale=self.english,
        )
        page.topics = self.pick(self.topics)
        page.fields_of_intervention = self.pick(self.intervention_fields, 1, 2)
        if self.organisations and rng.random() < 0.6:
            page.partnerships = [
                Partnership(
                    kind=rng.choice(["member-of", "project-partner", "funder"]),
                    partner=partner,
                    start_year=rng.randint(2005, 2022),
                    locale=self.english,
                )
                for partner in self.pick(self.organisations, 1, 2)
            ]
        page = self.publish(self.directory, page)
        self.organisations.append(page)
        return page

    def practice(self, number):
        from resources.models import PracticePage, PracticePartner
        from resources.models.practices import Area, EvaluationStatus

        rng = self.rng
        themes = self.themes()
        city, country, latitude, longitude = self.city()
        title = f"{rng.choice(PRACTICE_NAMES)} in {city} ({number})"
        status = rng.choice(EvaluationStatus.values)
        start_year = rng.randint(2000, 2024)
        ongoing = rng.random() < 0.7
        page = PracticePage(
            title=title,
            slug=self.slug(title, number),
            summary=self.text(themes, 50, 580),
            lead_organisation=rng.choice(self.organisations),
            city=city,
            country=country,
            latitude=latitude,
            longitude=longitude,
            start_year=start_year,
            end_year=None if ongoing else min(start_year + rng.randint(1, 6), 2026),
            ongoing=ongoing,
            area=rng.choice(Area.values),
            services=[{"type": "service", "value": service} for service in self.pick(SERVICES, 2, 5)],
            objectives=self.rich_text(themes, 1, 50),
            evaluation_status=status,
            evaluation_type="" if status == EvaluationStatus.NONE else rng.choice(["process", "outcome", "impact"]),
            evaluation_details="" if status == EvaluationStatus.NONE else self.text(themes, 30, 700),
            results=self.rich_text(themes, 1, 60),
            transferability=self.rich_text(themes, 1, 50),
            body=self.body(themes) if rng.random() < 0.5 else [],
            contact=rng.choice(self.people) if rng.random() < 0.5 else None,
            locale=self.english,
        )
        page.intervention_types = self.pick(self.intervention_types, 1, 2)
        page.substances = self.pick(self.substances, 0, 2)
        page.target_groups = self.pick(self.target_groups, 1, 3)
        page.intervention_settings = self.pick(self.settings, 1, 2)
        page.topics = self.pick(self.topics)
        page.partners = [
            PracticePartner(organisation=organisation, role="Partner", locale=self.english)
            for organisation in self.pick(self.organisations, 0, 2)
        ]
        return self.publish(self.practice_index, page)

    def resource(self, number):
        from resources.models import ResourceFile, ResourcePage, ResourcePublisher
        from resources.models.library import Licence

        rng = self.rng
        themes = self.themes()
        title = f"{rng.choice(RESOURCE_PREFIXES)}: {self.writer.title(themes)} ({number})"[:250]
        year = rng.randint(2005, 2026)
        page = ResourcePage(
            title=title,
            slug=self.slug(title, number),
            resource_type=rng.choice(self.resource_types),
            abstract=self.rich_text(themes, rng.randint(1, 3), 70),
            publication_date=datetime.date(year, rng.randint(1, 12), rng.randint(1, 28)),
            authors=", ".join(person.name for person in self.pick(self.people, 1, 3)),
            countries=sorted({self.city()[1] for _ in range(rng.randint(0, 2))}),
            licence=rng.choice(Licence.values),
            locale=self.english,
        )
        page.files = [
            ResourceFile(document_id=document_id, language=language)
            for document_id, language in self.pick(self.editions, 1, 2)
        ]
        page.topics = self.pick(self.topics)
        page.audiences = self.pick(self.audiences, 1, 2)
        page.publishers = [ResourcePublisher(organisation=rng.choice(self.organisations))]
        return self.publish(self.library, page)

    def event(self, number):
        from zoneinfo import ZoneInfo

        from events.models import EventPage, EventRoom, EventTrack
        from events.models.events import EventKind

        rng = self.rng
        themes = self.themes()
        city, country, latitude, longitude = self.city()
        title = f"{rng.choice(EVENT_NAMES)}, {city} {number}"
        zone = ZoneInfo("Europe/Brussels")
        # Two thirds in the past, a third still to come, as on a site with some years of events.
        day = (self.now.astimezone(zone) + datetime.timedelta(days=rng.randint(-2200, 1100))).date()
        days = rng.choice((1, 1, 2, 3))
        start = datetime.datetime.combine(day, datetime.time(9), tzinfo=zone)
        end = datetime.datetime.combine(day + datetime.timedelta(days=days - 1), datetime.time(17, 30), tzinfo=zone)
        page = EventPage(
            title=title,
            slug=self.slug(title, number),
            kind=rng.choice(EventKind.values),
            start=start,
            end=end,
            time_zone="Europe/Brussels",
            summary=self.text(themes, 40, 580),
            description=self.rich_text(themes, 2, 70),
            practical_information=self.rich_text(themes, 1, 40),
            venue_name=f"{city} congress centre",
            venue_address=f"{rng.randint(1, 120)} Main Street",
            venue_city=city,
            venue_country=country,
            latitude=latitude,
            longitude=longitude,
            organiser=rng.choice(self.organisations),
            locale=self.english,
        )
        page.rooms = [EventRoom(name=name, locale=self.english) for name in ROOMS[: rng.randint(2, 4)]]
        page.tracks = [
            EventTrack(name=name, colour=colour, locale=self.english) for name, colour in self.pick(TRACKS, 1, 2)
        ]
        event = self.publish(self.event_index, page)
        rooms, tracks = list(event.rooms.all()), list(event.tracks.all())
        sessions = []
        for position in range(rng.randint(2, 5)):
            session_day = start + datetime.timedelta(days=position % days)
            begins = session_day + datetime.timedelta(minutes=90 * (position // days))
            sessions.append(self.session(event, themes, position, begins, rooms, tracks))
        return event, sessions

    def session(self, event, themes, position, begins, rooms, tracks):
        from events.models import SessionPage, SessionPerson

        rng = self.rng
        kind = rng.choice(["plenary", "thematic", "workshop"])
        subject = rng.choice(self.writer.bank["themes"][rng.choice(themes)])
        title = f"{SESSION_TITLES[kind]}: {subject}"[:200]
        page = SessionPage(
            title=title,
            slug=self.slug(title, f"{event.pk}-{position + 1}"),
            start=begins,
            end=begins + datetime.timedelta(minutes=75),
            room=rng.choice(rooms),
            track=rng.choice(tracks),
            format=kind,
            language="en",
            summary=self.text(themes, 35, 580),
            description=self.rich_text(themes, 2, 50),
            locale=self.english,
        )
        page.session_people = [
            SessionPerson(person=person, role=role)
            for person, role in zip(self.pick(self.people, 1, 3), ["moderator", "speaker", "speaker"], strict=False)
        ]
        return self.publish(event, page)

    def run(self):
        """Publish ``items`` pages of each kind, one transaction per kind."""
        from django.db import transaction

        for kind, make in [
            ("organisations", self.organisation),
            ("practices", self.practice),
            ("resources", self.resource),
            ("events", self.event),
        ]:
            started, sessions = time.perf_counter(), 0
            with transaction.atomic():
                for number in range(1, self.items + 1):
                    made = make(number)
                    if kind == "events":
                        sessions += len(made[1])
            with_sessions = f" with {sessions} sessions" if sessions else ""
            self.report(f"  {self.items} {kind}{with_sessions} published ({time.perf_counter() - started:.0f} s)")


def generate(args):
    setup_django(args.database_url)
    from django.core.management import call_command

    def report(message):
        print(message, file=sys.stderr, flush=True)

    started = time.perf_counter()
    report(f"Generating {args.items} organisations, practices, resources and events (with sessions)")
    Generator(args.items, args.seed, report).run()
    indexing = time.perf_counter()
    # As load_demo_content does: the search page's documents first, then Wagtail's own index.
    call_command("rebuild_search_documents", verbosity=0, stdout=sys.stderr)
    call_command("update_index", verbosity=0, stdout=sys.stderr)
    report(
        f"  search index updated ({time.perf_counter() - indexing:.0f} s); "
        f"generated in {time.perf_counter() - started:.0f} s"
    )


def main():
    args = parse_args()
    if not args.database_url:
        raise SystemExit("No database: set DATABASE_URL or pass --database-url.")
    if args.action == "check":
        sys.exit(0 if check_database(args.database_url) else 1)
    if args.action == "fresh":
        fresh_database(args.database_url)
    elif args.action == "remove":
        remove_database(args.database_url)
    else:
        generate(args)


if __name__ == "__main__":
    main()
