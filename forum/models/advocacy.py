"""The advocacy log (A2.1): meetings with institutions, what was asked and what was promised."""

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin

from .shared import ModeratedRecord, SharedFieldsMixin


class AdvocacyMeeting(ModeratedRecord, ClusterableModel):
    """A working meeting with an institution. Public ones are summarised in every language."""

    class Institution(models.TextChoices):
        PARLIAMENT = "parliament", _("Parliament")
        GOVERNMENT = "government", _("Government")
        MINISTRY = "ministry", _("Ministry")
        MUNICIPALITY = "municipality", _("Municipality")
        AGENCY = "agency", _("Agency")
        COMMISSION = "commission", _("Commission")
        OTHER = "other", _("Other institution")

    institution_type = models.CharField(
        _("type of institution"), max_length=20, choices=Institution.choices
    )
    institution = models.CharField(
        _("institution"),
        max_length=255,
        help_text=_("For example: Agency for the Realisation of the Rights of Communities."),
    )
    date = models.DateField(_("date"))
    participants = models.TextField(_("Forum participants"), blank=True)
    topics = models.TextField(_("topics"), blank=True)
    asks = models.TextField(_("asks made"), blank=True)
    public_summary = models.TextField(_("public summary"), blank=True)
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("Seen by editors and coordinators only.")
    )
    is_public = models.BooleanField(
        _("public"), default=True, help_text=_("Internal meetings are not shown on the site.")
    )
    actions = ParentalManyToManyField(
        "forum.Action", verbose_name=_("actions of the plan it advances"), blank=True
    )

    shared_fields = ("institution_type", "date", "participants", "internal_notes", "is_public")
    shared_many_to_many = ("actions",)
    panels = [
        FieldRowPanel([FieldPanel("institution_type"), FieldPanel("date")]),
        FieldPanel("institution"),
        FieldPanel("is_public"),
        FieldPanel("participants"),
        FieldPanel("topics"),
        FieldPanel("asks"),
        FieldPanel("public_summary"),
        InlinePanel("commitments", heading=_("Commitments obtained"), label=_("Commitment")),
        FieldPanel("actions"),
        MultiFieldPanel(
            [FieldPanel("internal_notes", permission="forum.view_internal_meetings")],
            heading=_("Internal"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("meeting with an institution")
        verbose_name_plural = _("meetings with institutions")
        ordering = ["-date", "pk"]
        permissions = [("view_internal_meetings", "Can see internal meetings and notes")]

    def __str__(self):
        return f"{self.date:%d.%m.%Y} {self.institution}"


class Commitment(SharedFieldsMixin, TranslatableMixin, Orderable):
    """A promise obtained in a meeting: who owes it, by when, and whether it was kept."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        IN_PROGRESS = "in_progress", _("In progress")
        FULFILLED = "fulfilled", _("Fulfilled")
        NOT_FULFILLED = "not_fulfilled", _("Not fulfilled")

    OPEN_STATUSES = (Status.OPEN, Status.IN_PROGRESS)

    meeting = ParentalKey(AdvocacyMeeting, related_name="commitments", on_delete=models.CASCADE)
    description = models.TextField(_("commitment"))
    owed_by = models.CharField(_("who owes it"), max_length=255)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        _("follow-up status"), max_length=16, choices=Status.choices, default=Status.OPEN
    )

    shared_fields = ("due_date", "status", "sort_order")
    panels = [
        FieldPanel("description"),
        FieldPanel("owed_by"),
        FieldRowPanel([FieldPanel("due_date"), FieldPanel("status")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")

    def __str__(self):
        return self.description

    @property
    def is_open(self):
        return self.status in self.OPEN_STATUSES

    @property
    def is_overdue(self):
        return self.is_open and self.due_date is not None and self.due_date < timezone.localdate()
