"""Builders for the network's pages and snippets: organisations, people, projects, working groups."""

import datetime
import uuid

from django.utils.text import slugify

from wagtail.models import Locale

from home.models import (
    JoinRequest,
    Milestone,
    OrganisationIndexPage,
    OrganisationPage,
    Partnership,
    Person,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectPhase,
    WorkingGroupCoPilot,
    WorkingGroupPage,
)
from portal.models import InterventionField, Topic


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def add_topic(name, language="en", slug=None, translation_of=None):
    locale = Locale.objects.get(language_code=language)
    topic = Topic(name=name, slug=slug or slugify(name), locale=locale)
    if translation_of is not None:
        topic.translation_key = translation_of.translation_key
    topic.save()
    return topic


def add_intervention_field(name, language="en"):
    return InterventionField.objects.create(
        name=name, slug=slugify(name), locale=Locale.objects.get(language_code=language)
    )


def add_directory(home, title="Partners", slug="partners", **fields):
    return _publish(home, OrganisationIndexPage(title=title, slug=slug, **fields))


def add_organisation(directory, title, slug=None, topics=(), summary=None, **fields):
    fields.setdefault("kind", "ngo")
    page = OrganisationPage(
        title=title, slug=slug or slugify(title), summary=summary or f"{title} works on harm reduction.", **fields
    )
    page.topics = list(topics)
    return _publish(directory, page)


def add_partnership(organisation, partner, kind="member-of", start_year=None, end_year=None, description=""):
    """Record a partnership on ``organisation`` (published in a new revision) and return it."""
    organisation = OrganisationPage.objects.get(pk=organisation.pk)
    rows = list(organisation.partnerships.all())
    rows.append(
        Partnership(
            kind=kind,
            partner=partner,
            start_year=start_year,
            end_year=end_year,
            description=description,
            locale_id=organisation.locale_id,
        )
    )
    organisation.partnerships = rows
    organisation.save_revision().publish()
    return Partnership.objects.filter(organisation=organisation).order_by("-pk").first()


def add_person(name, role="", language="en", **fields):
    return Person.objects.create(name=name, role=role, locale=Locale.objects.get(language_code=language), **fields)


def add_project_index(home, title="Projects", slug="projects"):
    return _publish(home, ProjectIndexPage(title=title, slug=slug))


def add_project(index, title, slug=None, milestones=(), partners=(), phases=(), **fields):
    """``milestones``: dicts of Milestone fields; ``partners``: (organisation, role) pairs."""
    page = ProjectPage(title=title, slug=slug or slugify(title), **fields)
    page.milestones = [Milestone(**values) for values in milestones]
    page.project_partners = [ProjectPartner(organisation=organisation, role=role) for organisation, role in partners]
    page.phases = [ProjectPhase(**values) for values in phases]
    return _publish(index, page)


def add_working_group(project, title, slug=None, co_pilots=(), **fields):
    fields.setdefault("theme", title)
    fields.setdefault("description", f"<p>The {title} group shares practice.</p>")
    fields.setdefault("min_members", 10)
    fields.setdefault("max_members", 12)
    fields.setdefault("application_deadline", datetime.date.today() + datetime.timedelta(days=30))
    page = WorkingGroupPage(title=title, slug=slug or slugify(title), **fields)
    page.co_pilots = [WorkingGroupCoPilot(person=person) for person in co_pilots]
    return _publish(project, page)


def join_form_data(**overrides):
    """What a professional types into a working group's join form, with a fresh submission key."""
    data = {
        "name": "Sofia Rossi",
        "organisation": "Unità di strada Bologna",
        "role": "Outreach worker",
        "country": "IT",
        "email": "sofia@example.org",
        "motivation": "Ten years of night outreach; I would bring our drug-checking protocol.",
        "consent": "on",
        "website": "",
        "submission_key": str(uuid.uuid4()),
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def add_join_request(group, name="Sofia Rossi", **fields):
    """A stored join request, as the form leaves it (pending, consent given)."""
    fields.setdefault("group_title", group.title)
    fields.setdefault("language", group.locale.language_code)
    fields.setdefault("organisation", "Unità di strada Bologna")
    fields.setdefault("role", "Outreach worker")
    fields.setdefault("country", "IT")
    fields.setdefault("email", f"{slugify(name)}@example.org")
    fields.setdefault("motivation", "I run a night outreach team.")
    fields.setdefault("consent", True)
    fields.setdefault("consent_text", "I agree.")
    return JoinRequest.objects.create(working_group=group, name=name, **fields)
