"""The press room: press releases, factsheets and press packs, their media contacts, and the embargo.

An item's *release time* is when it becomes public. Before it the item is under
embargo: saving it schedules Wagtail's publication for that moment (``go_live_at``),
so it is not live, and every public query also leaves out items whose release time
has not come (:func:`released`), in case one was made live by other means. Editors
share an embargoed item with journalists through preview links (:mod:`resources.press`).
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, Site, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.api_fields import (
    LabelledChoiceField,
    MediaContactsField,
    PageLinkField,
    PageLinksField,
    PageRouteField,
    PressImagesField,
    TermsField,
)
from portal.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from portal.facets import FacetSet, RelatedPageFacet, TermFacet, YearFacet
from portal.models import LIST_TITLE_HELP, BasePage, Topic, localize_terms, title_panel
from portal.utils import attach_images, live_public_pages, localize_pages

PRESS_PAGE_SIZE = 20
PRESS_IMAGE_SPEC = "max-800x600|format-webp"
PRESS_IMAGE_SOCIAL_SPEC = "fill-1200x630"


class PressKind(models.TextChoices):
    RELEASE = "release", _("Press release")
    FACTSHEET = "factsheet", _("Factsheet")
    PACK = "pack", _("Press pack")


def released(queryset, now=None):
    """``queryset`` of press items without those whose release time is still to come."""
    return queryset.exclude(release_at__gt=now or timezone.now())


def not_under_embargo(queryset, now=None):
    """``queryset`` of pages of any type without the press items still under embargo (one subquery)."""
    if issubclass(queryset.model, PressReleasePage):
        return released(queryset, now)
    embargoed = PressReleasePage.objects.filter(release_at__gt=now or timezone.now()).values("pk")
    return queryset.exclude(pk__in=embargoed)


def press_facets():
    return FacetSet(
        [
            YearFacet("year", _("Year"), "release_at"),
            TermFacet("topic", _("Topic"), "topics", Topic),
            RelatedPageFacet("event", _("Event"), "event", "events.EventPage"),
        ]
    )


class LanguageListField(models.JSONField):
    """A list of the site's language codes, edited as checkboxes."""

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            label=self.verbose_name,
            help_text=self.help_text,
            choices=settings.LANGUAGES,
            widget=forms.CheckboxSelectMultiple,
            required=False,
        )


class ContactRow(Orderable):
    """A media contact of a press item or of the press office, and the languages of the pages that show them."""

    person = models.ForeignKey(
        "home.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A press officer or spokesperson, from People. Their email and phone show only if they agreed."),
    )
    languages = LanguageListField(
        _("shown in"),
        default=list,
        blank=True,
        help_text=_(
            "The language versions of the page that list this contact, for example a French-speaking press "
            "officer on the French page only. None ticked: every version."
        ),
    )

    panels = [FieldPanel("person"), FieldPanel("languages")]

    class Meta(Orderable.Meta):
        abstract = True


def contacts_for(rows, locale):
    """The people of ``rows`` shown on ``locale``'s version, translated; all of them if none is for it."""
    from home.models.people import localize_people

    rows = list(rows)
    language = locale.language_code
    chosen = [row for row in rows if not row.languages or language in row.languages] or rows
    return localize_people([row.person for row in chosen], locale)


class PressRoomPage(RoutablePageMixin, BasePage):
    """The press room: the current press pack, then every release and factsheet, the press office's contacts."""

    introduction = models.TextField(
        _("introduction"), max_length=600, blank=True, help_text=_("Shown under the title: who the press room is for.")
    )
    for_journalists = RichTextField(
        _("for journalists"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "A short box beside the list: how to request an interview, how soon the press office answers, "
            "how to get accredited for an event."
        ),
    )
    press_email = models.EmailField(
        _("press office email"), blank=True, help_text=_("Shown to journalists. A shared address, not a person's.")
    )
    press_phone = models.CharField(
        _("press office phone"), max_length=40, blank=True, help_text=_("International format, for example +33 1 …")
    )
    notification_email = models.EmailField(
        _("interview requests go to"),
        blank=True,
        help_text=_("Never shown on the site. Empty: the press office email, then the site's contact address."),
    )
    interview_introduction = models.TextField(
        _("interview form introduction"),
        max_length=500,
        blank=True,
        help_text=_("A sentence above the interview request form: what happens next and how soon."),
    )

    content_panels = [
        title_panel(LIST_TITLE_HELP),
        FieldPanel("introduction"),
        FieldPanel("for_journalists"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("press_email"), FieldPanel("press_phone")]),
                InlinePanel("contacts", label=_("Media contact"), heading=_("Media contacts")),
            ],
            heading=_("Press office"),
        ),
        MultiFieldPanel(
            [FieldPanel("interview_introduction"), FieldPanel("notification_email")],
            heading=_("Interview requests"),
        ),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("introduction"),
        TranslatableField("for_journalists"),
        TranslatableField("interview_introduction"),
        SynchronizedField("press_email"),
        SynchronizedField("press_phone"),
        SynchronizedField("notification_email"),
        SynchronizedField("contacts"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    # The press office's shared address and phone, never where interview requests are sent.
    api_fields = BasePage.api_fields + [
        APIField("introduction"),
        APIField("for_journalists"),
        APIField("press_email"),
        APIField("press_phone"),
        APIField("interview_introduction"),
        APIField("contacts", serializer=MediaContactsField()),
        APIField("links", serializer=PageRouteField({"rss": "feed", "atom": "atom", "interview_request": "interview"})),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.PressReleasePage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    page_description = _(
        "The press room: the current press pack, releases and factsheets, media contacts and interview "
        "requests. One per language."
    )

    class Meta:
        verbose_name = _("press room")
        verbose_name_plural = _("press rooms")

    def get_base_queryset(self, now=None):
        """Released, live, public items of this press room."""
        return released(PressReleasePage.objects.live().public().child_of(self), now)

    def get_items(self, params):
        result = press_facets().run(self.get_base_queryset(), params, self.locale)
        result.queryset = result.queryset.order_by("-release_at", "-pk")
        return result

    def current_press_pack(self):
        return self.get_base_queryset().filter(kind=PressKind.PACK).order_by("-release_at", "-pk").first()

    def prepare_cards(self, items):
        return attach_images(list(items), "listing_image", "fill-480x270|format-webp")

    def get_press_contacts(self):
        return contacts_for(self.contacts.select_related("person", "person__organisation"), self.locale)

    def get_notification_address(self):
        from portal.models import SiteSettings

        if self.notification_email or self.press_email:
            return self.notification_email or self.press_email
        site = self.get_site()
        site_settings = SiteSettings.for_site(site) if site else None
        if site_settings and site_settings.contact_email:
            return site_settings.contact_email
        return settings.DEFAULT_FROM_EMAIL

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        result = self.get_items(request.GET)
        pack = None if result.filtered else self.current_press_pack()
        queryset = result.queryset.exclude(pk=pack.pk) if pack else result.queryset
        paginator = Paginator(queryset, PRESS_PAGE_SIZE)
        page_obj = paginator.get_page(request.GET.get("page"))
        if page_obj.number > 1:
            pack = None
        context.update(
            press_pack=self.prepare_cards([pack])[0] if pack else None,
            items=self.prepare_cards(page_obj.object_list),
            facets=result.facets,
            filter_messages=result.messages,
            filtered=result.filtered,
            page_obj=page_obj,
            paginator=paginator,
            press_contacts=self.get_press_contacts(),
            noindex=result.filtered or page_obj.number > 1,
            feed_url=self.url + self.reverse_subpage("feed"),
            atom_url=self.url + self.reverse_subpage("atom"),
            interview_url=self.url + self.reverse_subpage("interview"),
        )
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("feed/")
    def feed(self, request):
        from ..feeds import PressFeed

        return PressFeed(self)(request)

    @path("feed/atom/")
    def atom(self, request):
        from ..feeds import PressAtomFeed

        return PressAtomFeed(self)(request)

    @path("interview/")
    def interview(self, request):
        from ..press.interviews import interview_view

        return interview_view(self, request)

    @path("interview/sent/")
    def interview_sent(self, request):
        from ..press.interviews import sent_view

        return sent_view(self, request)

    def get_json_ld_entity(self, request):
        node = {"@type": "Organization", "name": self.title, "url": self.get_full_url(request)}
        points = [person.as_contact_point() for person in self.get_press_contacts()]
        if self.press_email or self.press_phone:
            office = {"@type": "ContactPoint", "contactType": gettext("press office")}
            if self.press_email:
                office["email"] = self.press_email
            if self.press_phone:
                office["telephone"] = self.press_phone
            points.insert(0, office)
        if points:
            node["contactPoint"] = points
        return node


class KeyFactBlock(blocks.StructBlock):
    figure = blocks.CharBlock(
        label=_("Figure"), required=False, max_length=30, help_text=_("Optional, for example '3 years' or '2'.")
    )
    text = blocks.CharBlock(label=_("Fact"), max_length=300, help_text=_("One sentence a journalist can quote."))

    class Meta:
        icon = "list-ul"
        label = _("Key fact")


class PressReleasePage(RoutablePageMixin, BasePage):
    """A press release, a factsheet or a press pack: what journalists read, quote and download."""

    kind = models.CharField(
        _("kind"),
        max_length=12,
        choices=PressKind.choices,
        default=PressKind.RELEASE,
        help_text=_(
            "A press release announces news; a factsheet gives the facts on one subject; a press pack gathers "
            "everything journalists need for an event. The newest press pack leads the press room."
        ),
    )
    release_at = models.DateTimeField(
        _("release date and time"),
        default=timezone.now,
        help_text=_(
            "Portal time (Brussels). A time still to come puts the item under embargo: it stays off the site, "
            "its lists, search, feeds and sitemap, and is published on its own at that moment. Share it before "
            "then with preview links."
        ),
    )
    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("The lead paragraph: who, what, when, where, in three sentences.")
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True, help_text=_("The full text, in blocks."))
    key_facts = StreamField(
        [("fact", KeyFactBlock())],
        verbose_name=_("key facts"),
        blank=True,
        help_text=_("Three to six facts, each a sentence, shown in a box and at the top of the PDF."),
    )
    notes_to_editors = RichTextField(
        _("note to editors"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Shown boxed after the text: what journalists can ask for (interviews, visits, pictures) and "
            "background they should know. Not for quoting."
        ),
    )
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The event the item is about, if any. Filled in from the sessions when left empty."),
    )
    topics = ParentalManyToManyField(
        "portal.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="+",
        help_text=_("What the item is about. Readers of the press room can filter by it."),
    )

    content_panels = [
        title_panel(_("The headline, as journalists will quote it. It is also the title of the PDF.")),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("release_at")], heading=_("Kind and release")),
        FieldPanel("summary"),
        FieldPanel("key_facts"),
        FieldPanel("body"),
        FieldPanel("notes_to_editors"),
        InlinePanel(
            "contacts",
            label=_("Media contact"),
            heading=_("Media contacts"),
            help_text=_("People journalists may call about this item. Empty: the press room's contacts."),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("event", "events.EventPage"),
                InlinePanel("sessions", label=_("Session")),
            ],
            heading=_("Event, sessions and speakers"),
            help_text=_("The speakers shown are those of the sessions, with their roles."),
        ),
        InlinePanel("practices", label=_("Practice example"), heading=_("Practice examples it presents")),
        InlinePanel(
            "images",
            label=_("Image"),
            heading=_("Images for the press"),
            help_text=_("Offered for download in the press kit at full size, with their credits."),
        ),
        InlinePanel("related_pages", label=_("Related page"), heading=_("Related resources and pages")),
        FieldPanel("topics"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("key_facts"),
        TranslatableField("notes_to_editors"),
        TranslatableField("images"),
        SynchronizedField("kind"),
        SynchronizedField("release_at"),
        SynchronizedField("event"),
        SynchronizedField("topics"),
        SynchronizedField("contacts"),
        SynchronizedField("sessions"),
        SynchronizedField("practices"),
        SynchronizedField("related_pages"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.SearchField("key_facts"),
        index.SearchField("notes_to_editors"),
        index.FilterField("kind"),
        index.FilterField("release_at"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]
    # The API never shows an item before its release time (portal.api).
    api_fields = BasePage.api_fields + [
        APIField("kind", serializer=LabelledChoiceField()),
        APIField("release_at"),
        APIField("summary"),
        APIField("key_facts"),
        APIField("body"),
        APIField("notes_to_editors"),
        # The item's own contacts, else the press room's; their details only if they agreed.
        APIField("contacts", serializer=MediaContactsField(room_fallback=True)),
        APIField("event", serializer=PageLinkField()),
        APIField("sessions", serializer=PageLinksField(page_attr="session")),
        APIField("practices", serializer=PageLinksField(page_attr="practice")),
        APIField("images", serializer=PressImagesField()),
        APIField("related_pages", serializer=PageLinksField(page_attr="page")),
        APIField("topics", serializer=TermsField()),
        APIField("downloads", serializer=PageRouteField({"pdf": "pdf", "press_kit": "press_kit"})),
    ]

    parent_page_types = ["resources.PressRoomPage"]
    subpage_types = []
    schema_type = "WebPage"

    page_description = _("A press release, a factsheet or a press pack, with its PDF and press kit.")

    class Meta:
        verbose_name = _("press item")
        verbose_name_plural = _("press items")
        indexes = [models.Index(fields=["release_at"])]

    # --- Embargo -----------------------------------------------------------------------------

    def is_under_embargo(self, now=None):
        return bool(self.release_at and self.release_at > (now or timezone.now()))

    @property
    def release_display(self):
        """The release time in portal time, with the zone's abbreviation: '20 March 2024, 09:00 CET'."""
        local = timezone.localtime(self.release_at)
        return f"{date_format(local, 'DATETIME_FORMAT')} {local.tzname()}"

    def clean(self):
        super().clean()
        now = timezone.now()
        if self.is_under_embargo(now):
            if self.live and self.pk and self.first_published_at and self.first_published_at <= now:
                raise ValidationError(
                    {
                        "release_at": _(
                            "This item is already public: an embargo cannot hide it again. Unpublish it first, "
                            "or leave the release time as it is."
                        )
                    }
                )
            if self.go_live_at is None or self.go_live_at < self.release_at:
                # Publishing now schedules the publication for the release time.
                self.go_live_at = self.release_at
        elif self.go_live_at and self.go_live_at > now:
            # The release time was brought forward to a past moment: the item is public as soon as published.
            self.go_live_at = None
        # The event is filled in from the sessions when left empty. Sessions of another event
        # are not shown (session_items keeps the event's own).
        if self.event_id is None:
            session = next((row.session for row in self.sessions.all() if row.session_id), None)
            if session is not None:
                self.event = session.get_parent().specific

    def serve(self, request, *args, **kwargs):
        from django.http import Http404

        if self.is_under_embargo():
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return [] if self.is_under_embargo() else super().get_sitemap_urls(request)

    # --- What the page shows ------------------------------------------------------------------

    @cached_property
    def press_room(self):
        return self.get_parent().specific_deferred

    def get_contacts(self):
        rows = list(self.contacts.select_related("person", "person__organisation").all())
        if rows:
            return contacts_for(rows, self.locale)
        return self.press_room.get_press_contacts()

    @cached_property
    def shown_event(self):
        if not self.event_id:
            return None
        event = localize_pages([self.event], self.locale)[0]
        return event if event.live and not getattr(event, "view_restrictions_exist", False) else None

    @cached_property
    def session_items(self):
        """The sessions covered, live and public, in the reader's language, with their people and roles."""
        from events.models import SessionPage
        from events.schedule import describe_sessions

        ids = [row.session_id for row in self.sessions.all()]
        sessions = localize_pages(live_public_pages(SessionPage, ids), self.locale)
        event = self.shown_event
        if not sessions or event is None:
            return []
        # The sessions' events in one query (not one get_parent() per session).
        parent_paths = {session.path[: -Page.steplen] for session in sessions}
        events = dict(Page.objects.filter(path__in=parent_paths).values_list("path", "translation_key"))
        items = describe_sessions(
            event, [s for s in sessions if events.get(s.path[: -Page.steplen]) == event.translation_key]
        )
        return sorted(items, key=lambda item: item.start)

    @cached_property
    def practice_pages(self):
        from .practices import PracticePage

        ids = [row.practice_id for row in self.practices.all()]
        return localize_pages(live_public_pages(PracticePage, ids), self.locale)

    @cached_property
    def related(self):
        ids = [row.page_id for row in self.related_pages.all()]
        return localize_pages(live_public_pages(Page, ids, specific=True), self.locale)

    @cached_property
    def press_images(self):
        # Rows saved without a position keep the order they were added in.
        rows = list(self.images.order_by("sort_order", "pk"))
        return attach_images(rows, "image", PRESS_IMAGE_SPEC)

    @cached_property
    def topic_terms(self):
        return localize_terms(self.topics.all(), self.locale)

    def get_social_image(self):
        image = super().get_social_image()
        if image is None and self.press_images:
            image = self.press_images[0].image
        return image

    def download_urls(self, request):
        """The PDF's and press kit's addresses: the preview link's own while a journalist previews the item."""
        link = getattr(request, "press_preview", None)
        if link is not None:
            from ..press.embargo import preview_path

            return preview_path(link, "pdf"), preview_path(link, "press-kit")
        if not self.url:
            return "", ""
        return self.url + self.reverse_subpage("pdf"), self.url + self.reverse_subpage("press_kit")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pdf_url, kit_url = self.download_urls(request)
        context.update(
            pdf_url=pdf_url,
            kit_url=kit_url,
            press_room=self.press_room,
            contacts=self.get_contacts(),
            session_items=self.session_items,
            event=self.shown_event,
            practices=self.practice_pages,
            related_pages=self.related,
            press_images=self.press_images,
            shown_topics=self.topic_terms,
            under_embargo=self.is_under_embargo(),
            interview_url=self.press_room.url + self.press_room.reverse_subpage("interview") + f"?about={self.pk}",
            # The press room's feeds, announced in the item's head too.
            feed_url=self.press_room.url + self.press_room.reverse_subpage("feed"),
            atom_url=self.press_room.url + self.press_room.reverse_subpage("atom"),
        )
        return context

    @path("")
    def item(self, request):
        return self.render(request)

    @path("pdf/")
    def pdf(self, request):
        from ..press.downloads import pdf_response

        return pdf_response(self, request)

    @path("press-kit/")
    def press_kit(self, request):
        from ..press.downloads import press_kit_response

        return press_kit_response(self, request)

    def people_mentioned(self):
        """Everyone named in the sessions covered, once each, in programme order."""
        seen, people = set(), []
        for item in self.session_items:
            for role in item.people:
                if role.person.translation_key not in seen:
                    seen.add(role.person.translation_key)
                    people.append(role.person)
        return people

    def get_json_ld_entity(self, request):
        """schema.org NewsArticle: what the item is about (event, topics) and whom and what it mentions."""
        node = {
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "url": self.get_full_url(request),
            "datePublished": self.release_at.isoformat(),
            "inLanguage": self.locale.language_code,
            "description": self.summary,
            "articleSection": self.get_kind_display(),
            "publisher": {
                "@type": "Organization",
                "name": self.press_room.get_site().site_name or self.press_room.title,
            },
        }
        if self.last_published_at:
            node["dateModified"] = max(self.last_published_at, self.release_at).isoformat()
        about = []
        event = self.shown_event
        if event is not None:
            about.append({"@type": "Event", "name": event.title, "url": event.get_full_url(request)})
        about.extend({"@type": "Thing", "name": term.name} for term in self.topic_terms)
        if about:
            node["about"] = about
        mentions = [person.as_schema(request) for person in self.people_mentioned()]
        mentions.extend(
            {"@type": "Project", "name": practice.title, "url": practice.get_full_url(request)}
            for practice in self.practice_pages
        )
        if mentions:
            node["mentions"] = mentions
        images = [row.image for row in self.press_images if row.image is not None]
        social = self.get_social_image()
        if social is not None:
            images = [social, *[image for image in images if image.pk != social.pk]]
        if images:
            # At the site's own address, like the page's url and its og:image (not the request's host).
            site = Site.find_for_request(request)
            origin = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
            urls = [image.get_rendition(PRESS_IMAGE_SOCIAL_SPEC).url for image in images[:3]]
            node["image"] = [origin + url if url.startswith("/") else url for url in urls]
        contacts = self.get_contacts()
        if contacts:
            node["author"] = {
                "@type": "Organization",
                "name": self.press_room.title,
                "contactPoint": [p.as_contact_point() for p in contacts],
            }
        return node


class PressContact(ContactRow):
    page = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="contacts")

    class Meta(ContactRow.Meta):
        verbose_name = _("media contact")


class PressOfficeContact(ContactRow):
    page = ParentalKey(PressRoomPage, on_delete=models.CASCADE, related_name="contacts")

    class Meta(ContactRow.Meta):
        verbose_name = _("press office contact")


class PressSession(Orderable):
    page = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="sessions")
    session = models.ForeignKey(
        "events.SessionPage",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A session the item is about. Its speakers are shown on the item."),
    )

    panels = [PageChooserPanel("session", "events.SessionPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("session covered")


class PressPractice(Orderable):
    page = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="practices")
    practice = models.ForeignKey(
        "resources.PracticePage",
        verbose_name=_("practice example"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A practice example the item presents. The item links to it."),
    )

    panels = [PageChooserPanel("practice", "resources.PracticePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("practice example presented")


class PressImage(TranslatableMixin, Orderable):
    """A picture offered to the press: shown on the page, and in the press kit at its original size."""

    page = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A picture the press may publish, as large as you have it: the press kit offers the original."),
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    caption = models.CharField(
        _("caption"), max_length=300, blank=True, help_text=_("Who or what it shows, where and when. Optional.")
    )
    credit = models.CharField(
        _("credit"),
        max_length=150,
        help_text=_("Who must be credited when it is printed, for example © City of Loos."),
    )

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption"), FieldPanel("credit")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("press image")


class PressRelatedPage(Orderable):
    page_owner = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A resource, a practice, an organisation or another press item."),
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
