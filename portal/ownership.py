"""Who answers for each page and when it must be read again: the defaults a new page gets, and the
pages due for review that the Content review report, the dashboard panel and the daily digest list.

Every page type has a content owner and a review-by date (:class:`portal.models.mixins.ContentOwnershipMixin`).

Defaults
--------
The form of a new page opens with the content owner set to the person creating it (Wagtail's
``page.owner``) and the review date set by the page type's :data:`REVIEW_PERIODS` (see
:func:`prefill_new_page`, called through Wagtail's ``init_new_page`` signal). Both are ordinary
values in the form: the editor sees them, may change or clear them, and what is saved is what the
form holds. This is why the defaults are not applied on save: an editor who clears the date of a
page later must find it cleared, and Wagtail's autosave keeps posting the form as the browser
holds it, so a value set behind the form's back would be lost on the next save.

Two cases the open form cannot settle, handled after a save from the admin (``after_create_page``,
``after_edit_page``, see :func:`complete_saved_page`):

* a page created from data that does not carry the fields at all (a script or a test posting the
  add view) gets the defaults for the fields it lacks;
* an event's review date counts from the event's end, which the form does not know when it opens:
  the form offers the general :data:`DEFAULT` period from today as a provisional date, and as long
  as the date is still that provisional one, saving the event moves it to 30 days after the end.

Sessions count from their event's end, which the form of a new session knows (the parent event).
A date that would already be past (an event entered after it took place) becomes the period from
today instead.

Review states
-------------
A page is listed (see :func:`review_rows`) when it is in at least one of :data:`STATES`: overdue
(review date before today), due soon (within the next :data:`DUE_SOON_DAYS` days), without a
review date, without a content owner, or with an owner whose account is deactivated (they left).
Owner and date are read as the editor sees them in the form: from the latest revision when the
page has unpublished changes, else from the page. Aliases are left out: their fields follow their
original, which is listed itself.
"""

import calendar
import datetime
import zoneinfo
from dataclasses import dataclass, field
from functools import cache

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db.models import BooleanField, CharField, Exists, OuterRef, Q, Value
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.utils import get_user_display_name
from wagtail.models import Locale, Revision, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.models.mixins import ContentOwnershipMixin
from portal.translation_status import ordered_locales

# --- Defaults ----------------------------------------------------------------------------------------------

#: What a review period counts from (see :class:`ReviewPeriod`).
FROM_CREATION = ""
FROM_END = "end"  # the page's own ``end``
FROM_PARENT_END = "parent_end"  # the parent page's ``end`` (a session's event)


@dataclass(frozen=True)
class ReviewPeriod:
    """How long after a page is created, or after an end date, it is due for review."""

    months: int = 0
    days: int = 0
    after: str = FROM_CREATION

    def add_to(self, start):
        return add_months(start, self.months) + datetime.timedelta(days=self.days)

    def __str__(self):
        # For the documentation test: "6 months", "30 days after the end".
        parts = [f"{self.months} months"] * bool(self.months) + [f"{self.days} days"] * bool(self.days)
        anchor = {FROM_END: " after the end", FROM_PARENT_END: " after the event's end"}.get(self.after, "")
        return " ".join(parts) + anchor


#: Every page type not in :data:`REVIEW_PERIODS` (projects and working groups, say).
DEFAULT = ReviewPeriod(months=12)

#: The review period of each page type, by model label. docs/ownership.md shows the same table.
REVIEW_PERIODS = {
    # Entry pages change with what they list: read them twice a year.
    "home.HomePage": ReviewPeriod(months=6),
    "home.OrganisationIndexPage": ReviewPeriod(months=6),
    "home.ProjectIndexPage": ReviewPeriod(months=6),
    "resources.ResourceLibraryPage": ReviewPeriod(months=6),
    "resources.PracticeIndexPage": ReviewPeriod(months=6),
    "resources.PressRoomPage": ReviewPeriod(months=6),
    "events.EventIndexPage": ReviewPeriod(months=6),
    # Press items date quickly (contacts, figures, "next week").
    "resources.PressReleasePage": ReviewPeriod(months=6),
    # After an event: past tense, outcomes, slides.
    "events.EventPage": ReviewPeriod(days=30, after=FROM_END),
    "events.SessionPage": ReviewPeriod(days=30, after=FROM_PARENT_END),
    "resources.ResourcePage": ReviewPeriod(months=12),
    "resources.PracticePage": ReviewPeriod(months=12),
    "home.OrganisationPage": ReviewPeriod(months=12),
    "home.StandardPage": ReviewPeriod(months=12),
}


def add_months(day, months):
    """``day`` moved by ``months`` months, on the month's last day when it is shorter (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def review_period(model):
    return REVIEW_PERIODS.get(model._meta.label, DEFAULT)


def owned_page_models():
    """The concrete page models that have a content owner and a review date."""
    return [
        model
        for model in get_page_models()
        if issubclass(model, ContentOwnershipMixin) and not model._meta.abstract and not model._meta.proxy
    ]


def _end_date(page):
    """The local day ``page`` ends on (an event: in its own time zone), or None."""
    end = getattr(page, "end", None)
    if end is None:
        return None
    zone_name = getattr(page, "time_zone", "") or ""
    try:
        zone = zoneinfo.ZoneInfo(zone_name) if zone_name else timezone.get_current_timezone()
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = timezone.get_current_timezone()
    return timezone.localtime(end, zone).date()


def _after_end(end, period, today):
    """``period`` after ``end``, but never before ``period`` from today (an event entered once past)."""
    return max(period.add_to(end), period.add_to(today))


def provisional_review_by(today):
    """What the form of a new event offers before its end is known."""
    return DEFAULT.add_to(today)


def initial_review_by(model, parent, today=None):
    """The review date the form of a new ``model`` page under ``parent`` opens with."""
    today = today or timezone.localdate()
    period = review_period(model)
    if period.after == FROM_END:
        return provisional_review_by(today)
    if period.after == FROM_PARENT_END:
        end = _end_date(parent.specific) if parent is not None else None
        return _after_end(end, period, today) if end else DEFAULT.add_to(today)
    return period.add_to(today)


def default_review_by(page, today=None):
    """The review date ``page`` gets by default, now that it is saved (its end is known)."""
    today = today or timezone.localdate()
    period = review_period(type(page))
    if period.after == FROM_END:
        end = _end_date(page)
        return _after_end(end, period, today) if end else DEFAULT.add_to(today)
    return initial_review_by(type(page), page.get_parent(), today)


def prefill_new_page(page, parent, today=None):
    """Open the form of a new page with its default owner and review date (``init_new_page``)."""
    if not isinstance(page, ContentOwnershipMixin):
        return
    if page.content_owner_id is None and page.owner_id is not None:
        page.content_owner = page.owner
    if page.review_by is None:
        page.review_by = initial_review_by(type(page), parent, today)


def complete_saved_page(page, posted, *, created, today=None):
    """After a save from the admin: the defaults the open form could not settle (see the module's docstring).

    ``posted`` is the submitted form data. Saving an existing event takes one query (when it was
    created); changing a value, two or three more. Other pages take none.
    """
    if not isinstance(page, ContentOwnershipMixin):
        return
    today = today or timezone.localdate()
    if created:
        changes = {}
        if "content_owner" not in posted and page.content_owner_id is None and page.owner_id is not None:
            changes["content_owner"] = (None, page.owner_id)
        if "review_by" not in posted and page.review_by is None:
            changes["review_by"] = (None, default_review_by(page, today))
        _replace(page, changes)
    if review_period(type(page)).after == FROM_END and page.review_by is not None:
        _settle_event_review_date(page, today if created else None)


def _settle_event_review_date(page, created_on=None):
    """Move an event's review date from the provisional one to 30 days after its end."""
    if created_on is None:
        first = page.revisions.order_by("created_at").values_list("created_at", flat=True).first()
        created_on = timezone.localdate(first) if first else timezone.localdate()
    # The form may have been opened the day before it was first saved.
    provisional = {provisional_review_by(created_on), provisional_review_by(created_on - datetime.timedelta(days=1))}
    if page.review_by in provisional:
        settled = default_review_by(page, created_on)
        if settled != page.review_by:
            _replace(page, {"review_by": (provisional, settled)})


def _replace(page, changes):
    """Set ``{field: (old values, new value)}`` on ``page``, and on its row and its latest revision where
    they still hold one of the old values (None, or a set of dates): the row of a live page with a
    draft keeps its published values until the draft is published. Two queries and one per field."""
    revision = Revision.objects.filter(pk=page.latest_revision_id).first() if page.latest_revision_id else None
    revision_changed = False
    for name, (old, new) in changes.items():
        old = old if isinstance(old, set) else {old}
        attname = page._meta.get_field(name).attname
        setattr(page, attname, new)
        rows = type(page).objects.filter(pk=page.pk)
        rows = rows.filter(**{f"{attname}__isnull": True}) if None in old else rows.filter(**{f"{attname}__in": old})
        rows.update(**{attname: new})
        if revision is not None and revision.content.get(name) in {_serialise(value) for value in old}:
            revision.content[name] = _serialise(new)
            revision_changed = True
    if revision_changed:
        revision.save(update_fields=["content"])


def _serialise(value):
    return value.isoformat() if isinstance(value, datetime.date) else value


# --- Review states -----------------------------------------------------------------------------------------

OVERDUE = "overdue"
DUE_SOON = "due_soon"
NO_DATE = "no_date"
NO_OWNER = "no_owner"
OWNER_LEFT = "owner_left"

# In the order the report shows, counts and filters them.
STATES = [
    (OVERDUE, _("Overdue")),
    (DUE_SOON, _("Due soon")),
    (NO_DATE, _("No review date")),
    (NO_OWNER, _("No owner")),
    (OWNER_LEFT, _("Owner left")),
]
STATE_LABELS = dict(STATES)

#: How far ahead the report and the dashboard look for reviews "due soon".
DUE_SOON_DAYS = 30

ROW_FIELDS = [
    "id",
    "draft_title",
    "locale_id",
    "live",
    "has_unpublished_changes",
    "last_published_at",
    "review_by",
    "content_owner_id",
    "latest_revision_id",
    # What the edit form shows when the page has unpublished changes.
    "latest_revision__content__review_by",
    "latest_revision__content__content_owner",
]


@dataclass
class ReviewRow:
    """One page due for review, or whose ownership needs attention."""

    id: int
    title: str
    locale: Locale
    model: type
    review_by: datetime.date | None
    owner: object  # the content owner (a user) or None
    last_published_at: datetime.datetime | None
    live: bool
    can_edit: bool
    states: frozenset = field(default_factory=frozenset)

    @property
    def page_type(self):
        return capfirst(self.model._meta.verbose_name)

    @property
    def language(self):
        return self.locale.get_display_name()

    @property
    def owner_name(self):
        return display_name(self.owner) if self.owner is not None else ""

    @property
    def owner_left(self):
        return OWNER_LEFT in self.states

    @property
    def is_overdue(self):
        return OVERDUE in self.states

    @property
    def is_due_soon(self):
        return DUE_SOON in self.states

    @cached_property
    def state_labels(self):
        return [label for state, label in STATES if state in self.states]

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.id])

    def full_edit_url(self, base_url):
        return base_url.rstrip("/") + self.edit_url

    @property
    def sort_key(self):
        """Most urgent first: by review date, pages without one last, then by title."""
        return (self.review_by is None, self.review_by or datetime.date.max, self.title.casefold())


def _parse_date(value):
    if isinstance(value, datetime.date) or value is None:
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None


def states_of(review_by, owner, today, due_within):
    states = set()
    if review_by is None:
        states.add(NO_DATE)
    elif review_by < today:
        states.add(OVERDUE)
    elif review_by <= today + datetime.timedelta(days=due_within):
        states.add(DUE_SOON)
    if owner is None:
        states.add(NO_OWNER)
    elif not owner.is_active:
        states.add(OWNER_LEFT)
    return frozenset(states)


@cache
def _model_by_label(label):
    return apps.get_model(label)


def review_rows(user=None, *, today=None, due_within=DUE_SOON_DAYS):
    """The pages in at least one review state (see :data:`STATES`), most urgent first.

    With ``user``: the pages they may edit, and those they own (``can_edit`` says which they may
    edit); without: every page (for the digest).

    Queries, whatever the number of pages: one for the pages (a ``UNION ALL`` of one ``SELECT`` per
    page model with an owner and a review date, each narrowed in SQL to the pages that may be in a
    state, the permission check a subquery), one for their owners, one for the locales; for a user
    who is not a superuser, Wagtail's query for their page permissions (cached on the user).
    """
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=due_within)
    # Pages with unpublished changes are read from their latest revision, so they are all candidates.
    candidates = (
        Q(review_by__isnull=True)
        | Q(review_by__lte=horizon)
        | Q(content_owner__isnull=True)
        | Q(content_owner__is_active=False)
        | Q(has_unpublished_changes=True)
    )
    scope = None
    editable = None
    if user is not None:
        if not user.is_active:
            return []
        if not user.is_superuser:
            editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
            editable = editable.filter(pk=OuterRef("pk"))
            scope = Q(_editable=True) | Q(content_owner=user) | Q(latest_revision__content__content_owner=user.pk)
    queries = []
    for model in owned_page_models():
        # Each part unordered: SQLite refuses ORDER BY inside a compound statement.
        query = model.objects.filter(alias_of__isnull=True).filter(candidates).order_by()
        query = query.annotate(
            model_label=Value(model._meta.label, output_field=CharField()),
            _editable=Exists(editable) if editable is not None else Value(True, output_field=BooleanField()),
        )
        if scope is not None:
            query = query.filter(scope)
        queries.append(query.values(*ROW_FIELDS, "model_label", "_editable"))
    if not queries:
        return []
    records = list(queries[0].union(*queries[1:], all=True)) if len(queries) > 1 else list(queries[0])
    # A page model that is a concrete subclass of another would be listed twice.
    records = list({record["id"]: record for record in records}.values())
    if not records:
        return []

    effective = []
    for record in records:
        review_by, owner_id = record["review_by"], record["content_owner_id"]
        if record["has_unpublished_changes"] and record["latest_revision_id"] is not None:
            review_by = record["latest_revision__content__review_by"]
            owner_id = record["latest_revision__content__content_owner"]
        effective.append((record, _parse_date(review_by), owner_id))
    owner_ids = {owner_id for _record, _date, owner_id in effective if owner_id is not None}
    owners = {owner.pk: owner for owner in get_user_model().objects.filter(pk__in=owner_ids)} if owner_ids else {}
    locales = {locale.pk: locale for locale in Locale.objects.all()}

    rows = []
    for record, review_by, owner_id in effective:
        owner = owners.get(owner_id)
        if user is not None and editable is not None and not record["_editable"] and owner_id != user.pk:
            continue  # their own in the page's row, but no longer in the draft
        states = states_of(review_by, owner, today, due_within)
        if not states:
            continue
        rows.append(
            ReviewRow(
                id=record["id"],
                title=record["draft_title"],
                locale=locales[record["locale_id"]],
                model=_model_by_label(record["model_label"]),
                review_by=review_by,
                owner=owner,
                last_published_at=record["last_published_at"],
                live=record["live"],
                can_edit=bool(record["_editable"]),
                states=states,
            )
        )
    rows.sort(key=lambda row: row.sort_key)
    return rows


def locales_of(rows):
    """The locales the rows are in, in the order of the content languages."""
    return ordered_locales({row.locale for row in rows})


def display_name(user):
    """How the admin names a user: their full name, else their username."""
    return get_user_display_name(user)


def owners_of(rows):
    """The owners of the rows, by name."""
    owners = {row.owner.pk: row.owner for row in rows if row.owner is not None}
    return sorted(owners.values(), key=lambda owner: display_name(owner).casefold())


def filter_rows(rows, *, states=(), locale=None, owner=None, query=""):
    """The rows with one of ``states`` (any when empty), in ``locale`` (a language code), owned by
    ``owner`` (a user id) and whose title contains ``query``."""
    states = set(states)
    query = query.casefold()
    return [
        row
        for row in rows
        if (not states or states & row.states)
        and (not locale or row.locale.language_code == locale)
        and (not owner or (row.owner is not None and str(row.owner.pk) == str(owner)))
        and (not query or query in row.title.casefold())
    ]


def count_states(rows):
    """{state: number of rows in it} (a row may count in two: overdue and owner left)."""
    return {state: sum(state in row.states for row in rows) for state, _label in STATES}


__all__ = [
    "DEFAULT",
    "DUE_SOON_DAYS",
    "REVIEW_PERIODS",
    "STATES",
    "ReviewPeriod",
    "ReviewRow",
    "complete_saved_page",
    "count_states",
    "default_review_by",
    "filter_rows",
    "initial_review_by",
    "prefill_new_page",
    "review_rows",
]
