"""Workshops, trainings and the national conference: the pages, registrations and attendance."""

import secrets

from modelcluster.fields import ParentalKey

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms import languages
from forum.blocks import AGENDA_BLOCKS
from home import municipalities, privacy
from home.models import BasePage


class EventKind(models.TextChoices):
    FORUM_WORKSHOP = "forum_workshop", _("Forum workshop")
    CAPACITY_WORKSHOP = "capacity_workshop", _("Capacity-building workshop")
    STRATEGY_WORKSHOP = "strategy_workshop", _("Strategy workshop")
    TRAINING = "training", _("Training")
    MENTORING = "mentoring", _("Mentoring session")
    WORKING_MEETING = "working_meeting", _("Working meeting")
    CONFERENCE = "conference", _("Conference")
    PUBLIC_EVENT = "public_event", _("Public event")
    LOCAL_ACTION = "local_action", _("Local action")


WORKSHOP_KINDS = [
    EventKind.FORUM_WORKSHOP,
    EventKind.CAPACITY_WORKSHOP,
    EventKind.STRATEGY_WORKSHOP,
    EventKind.TRAINING,
]


class EventIndexPage(RoutablePageMixin, BasePage):
    """The events of one locale, upcoming then past, and the calendar feed of upcoming ones."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["forum.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events page")
        verbose_name_plural = _("events pages")

    def events(self):
        return (
            EventPage.objects.child_of(self)
            .live()
            .filter(privacy.is_public())
            .order_by("starts_at")
        )

    @path("")
    def listing(self, request):
        from forum import views  # the views import the models

        return views.event_index(request, self)

    @path("calendar/", name="feed")
    def feed(self, request):
        from forum import views

        return views.event_feed(request, self)


class EventPage(RoutablePageMixin, BasePage):
    """One event: what, when, where, its programme, registration and, afterwards, its results."""

    kind = models.CharField(_("type"), max_length=20, choices=EventKind.choices)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(_("place"), max_length=255, blank=True)
    municipality = models.CharField(
        _("municipality"),
        max_length=municipalities.CODE_MAX_LENGTH,
        choices=municipalities.choices,
        blank=True,
    )
    online_url = models.URLField(_("online link"), blank=True)
    introduction = models.TextField(_("introduction"), blank=True)
    agenda = StreamField(AGENDA_BLOCKS, verbose_name=_("agenda"), blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for no limit."),
    )
    registration_open = models.BooleanField(_("registration open"), default=True)
    waiting_list = models.BooleanField(
        _("waiting list"), default=True, help_text=_("When full, later registrations wait.")
    )
    outcomes = RichTextField(_("outcomes"), blank=True, features=["bold", "italic", "ul", "link"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("place"),
                FieldPanel("municipality"),
                FieldPanel("online_url"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("agenda"),
        InlinePanel("speakers", heading=_("Speakers"), label=_("Speaker")),
        MultiFieldPanel(
            [FieldPanel("registration_open"), FieldPanel("capacity"), FieldPanel("waiting_list")],
            heading=_("Registration"),
        ),
        InlinePanel("materials", heading=_("Materials"), label=_("Document")),
    ]
    results_panels = [
        FieldPanel("outcomes"),
        InlinePanel("photos", heading=_("Photos"), label=_("Photo")),
        InlinePanel("participation", heading=_("Participation"), label=_("Participation figures")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("place"),
        index.FilterField("kind"),
        index.FilterField("starts_at"),
    ]
    parent_page_types = ["forum.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The end cannot be before the start.")})

    @path("")
    def detail(self, request):
        from forum import views  # the views import the models

        return views.event_detail(request, self)

    @path("register/", name="register")
    def register(self, request):
        from forum import views

        return views.event_register(request, self)

    @path("registered/<str:outcome>/", name="registered")
    def registered(self, request, outcome):
        from forum import views

        return views.event_registered(request, self, outcome)

    @path("cancel/<str:token>/", name="cancel_registration")
    @method_decorator(never_cache)  # a visitor's own link: never kept
    def cancel_registration(self, request, token):
        from forum import views

        return views.event_cancel(request, self, token)

    @path("calendar/event/", name="ical")
    def ical(self, request):
        from forum import views

        return views.event_ical(request, self)

    @property
    def has_started(self):
        return self.starts_at <= timezone.now()

    @property
    def has_ended(self):
        """Over: the page then says it took place and offers no calendar nor registration."""
        return self.ends_at < timezone.now()

    @property
    def municipality_name(self):
        return municipalities.name(self.municipality) if self.municipality else ""


class EventSpeaker(Orderable):
    page = ParentalKey(EventPage, related_name="speakers", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=120)
    affiliation = models.CharField(_("role and organisation"), max_length=255, blank=True)
    photo = models.ForeignKey(
        "home.ForumImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("affiliation"), FieldPanel("photo")]


class EventMaterial(Orderable):
    page = ParentalKey(EventPage, related_name="materials", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "home.ForumDocument", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]


class EventPhoto(Orderable):
    page = ParentalKey(EventPage, related_name="photos", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "home.ForumImage", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]


class EventParticipation(Orderable):
    """Aggregate figures entered after the event: how many took part, by community and gender."""

    page = ParentalKey(EventPage, related_name="participation", on_delete=models.CASCADE)
    community = models.ForeignKey(
        "forum.Community",
        verbose_name=_("community"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty for participants from other communities or not stated."),
    )
    women = models.PositiveIntegerField(_("women"), default=0)
    men = models.PositiveIntegerField(_("men"), default=0)
    other = models.PositiveIntegerField(_("other or not stated"), default=0)

    panels = [
        FieldPanel("community"),
        FieldRowPanel([FieldPanel("women"), FieldPanel("men"), FieldPanel("other")]),
    ]

    @property
    def total(self):
        return self.women + self.men + self.other


def new_token():
    return secrets.token_urlsafe(24)


class RegistrationQuerySet(models.QuerySet):
    def for_event(self, page):
        return self.filter(event_key=page.translation_key)

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        return self.filter(status=Registration.Status.WAITING).order_by("created_at", "pk")

    def active(self):
        return self.exclude(status=Registration.Status.CANCELLED)


class Registration(models.Model):
    """A person registered for an event, whatever the language they registered in.

    It hangs on the event's translation key: the capacity and the list are the event's, shared
    by all its translations.
    """

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event_key = models.UUIDField(db_index=True)
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"))
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    community = models.ForeignKey(
        "forum.Community",
        verbose_name=_("community"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    interpretation = models.CharField(
        _("interpretation into"),
        max_length=8,
        blank=True,
        choices=[(language.code, language.name_local) for language in languages.LANGUAGES],
    )
    language = models.CharField(_("language"), max_length=8)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    token = models.CharField(max_length=64, unique=True, default=new_token)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                "event_key",
                Lower("email"),
                condition=~models.Q(status="cancelled"),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} <{self.email}>"
