"""The strategy and its action plan: goals, objectives, actions, indicators and their history."""

import uuid
from decimal import Decimal

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin

from cms import languages
from forum import indicators

from .shared import ModeratedRecord, SharedFieldsMixin


class Goal(ModeratedRecord):
    """A strategic goal of the Forum's strategy (1, 2, 3)."""

    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)

    shared_fields = ("number",)
    panels = [FieldPanel("number"), FieldPanel("title"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("strategic goal")
        verbose_name_plural = _("strategic goals")
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.title}"


class Objective(ModeratedRecord):
    """An objective under a goal (1.1, 1.2, ...)."""

    goal = models.ForeignKey(
        Goal, verbose_name=_("goal"), on_delete=models.CASCADE, related_name="objectives"
    )
    code = models.CharField(_("code"), max_length=10, help_text=_("For example 1.2"))
    title = models.CharField(_("title"), max_length=255)

    shared_fields = ("code",)
    panels = [FieldPanel("goal"), FieldPanel("code"), FieldPanel("title")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.title}"


class ActionForm(WagtailAdminModelForm):
    """Remembers who saves the action, for its status history."""

    def save(self, commit=True):
        self.instance.changed_by = self.for_user
        return super().save(commit=commit)


class Action(ModeratedRecord, ClusterableModel):
    """An activity of the action plan (A1.4): who does it, when, for how much, how far it is."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        DELAYED = "delayed", _("Delayed")
        CANCELLED = "cancelled", _("Cancelled")

    objective = models.ForeignKey(
        Objective, verbose_name=_("objective"), on_delete=models.CASCADE, related_name="actions"
    )
    code = models.CharField(_("code"), max_length=12, help_text=_("For example A1.4"))
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    responsible = models.ForeignKey(
        "forum.Organization",
        verbose_name=_("responsible organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partners = ParentalManyToManyField(
        "forum.Organization", verbose_name=_("partner organisations"), blank=True, related_name="+"
    )
    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"))
    budget_mkd = models.DecimalField(
        _("budget (MKD)"),
        max_digits=12,
        decimal_places=0,
        default=Decimal(0),
        validators=[MinValueValidator(Decimal(0))],
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PLANNED
    )
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )

    shared_fields = (
        "objective",
        "code",
        "responsible",
        "start_date",
        "end_date",
        "budget_mkd",
        "status",
        "progress",
    )
    shared_many_to_many = ("partners",)
    base_form_class = ActionForm
    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("objective")]),
        FieldPanel("title"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("status"), FieldPanel("progress")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("budget_mkd"),
                FieldPanel("responsible"),
                FieldPanel("partners"),
            ],
            heading=_("Figures (shared by all translations)"),
        ),
        InlinePanel("indicators", heading=_("Indicators"), label=_("Indicator")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        ordering = ["code"]
        permissions = [("import_action_plan", "Can update the action plan from a spreadsheet")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(progress__lte=100), name="action_progress_at_most_100"
            ),
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="action_ends_after_it_starts",
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.title}"

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end cannot be before the start.")})

    @property
    def is_behind_schedule(self):
        """Planned to be done by a date that has passed, and not done (nor given up)."""
        return self.end_date < timezone.localdate() and self.status not in (
            self.Status.DONE,
            self.Status.CANCELLED,
        )

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is not None:
            # Wagtail's bookkeeping when a draft is saved as a revision: the instance holds
            # the draft's figures, which are not the action's until published.
            super().save(*args, **kwargs)
            return
        previous = (
            type(self)
            .objects.filter(translation_key=self.translation_key)
            .values("status", "progress")
            .first()
        )
        super().save(*args, **kwargs)
        if previous is None or (previous["status"], previous["progress"]) != (
            self.status,
            self.progress,
        ):
            user = getattr(self, "changed_by", None)
            if user is None and self.live_revision_id:
                # Published from a revision (a coordinator's approval): the change is the
                # revision author's.
                user = self.live_revision.user
            ActionStatusChange.objects.create(
                action_key=self.translation_key,
                old_status=previous["status"] if previous else "",
                new_status=self.status,
                old_progress=previous["progress"] if previous else None,
                new_progress=self.progress,
                changed_by=user if user is not None and user.is_authenticated else None,
            )


class Indicator(SharedFieldsMixin, TranslatableMixin, Orderable):
    """How an action's result is measured: a target, a baseline and dated measurements."""

    action = ParentalKey(Action, related_name="indicators", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=255)
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    baseline = models.DecimalField(_("baseline"), max_digits=12, decimal_places=2, default=0)
    target = models.DecimalField(_("target"), max_digits=12, decimal_places=2)
    live_source = models.CharField(
        _("live figure"),
        max_length=40,
        choices=indicators.choices,
        blank=True,
        help_text=_("Count this figure from the site itself when the page is shown."),
    )

    shared_fields = ("baseline", "target", "live_source", "sort_order")
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("baseline"), FieldPanel("target")]),
        FieldPanel("live_source"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return self.name


class MeasurementForm(WagtailAdminModelForm):
    """A measurement is entered against an indicator of the plan, chosen by its action's code."""

    indicator_key = forms.TypedChoiceField(label=_("indicator"), coerce=uuid.UUID, choices=())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        indicators = Indicator.objects.filter(
            locale__language_code=languages.DEFAULT.code
        ).select_related("action")
        self.fields["indicator_key"].choices = sorted(
            (indicator.translation_key, f"{indicator.action.code} · {indicator.name}")
            for indicator in indicators
        )

    def save(self, commit=True):
        if self.instance.recorded_by_id is None and self.for_user is not None:
            self.instance.recorded_by = self.for_user
        return super().save(commit=commit)


class Measurement(models.Model):
    """A dated value of an indicator. Shared by all translations: it hangs on the group's key."""

    indicator_key = models.UUIDField(_("indicator"), db_index=True)
    measured_on = models.DateField(_("date"))
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)
    note = models.CharField(_("note"), max_length=255, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    base_form_class = MeasurementForm
    panels = [
        FieldPanel("indicator_key"),
        FieldRowPanel([FieldPanel("measured_on"), FieldPanel("value")]),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        ordering = ["measured_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator_key", "measured_on"],
                name="one_measurement_per_day",
                violation_error_message=_("This indicator already has a measurement on that date."),
            )
        ]

    def __str__(self):
        return f"{self.measured_on}: {self.value}"


class ActionStatusChange(models.Model):
    """One line of an action's history: its status and progress before and after, who, when."""

    action_key = models.UUIDField(db_index=True)
    changed_at = models.DateTimeField(default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    old_status = models.CharField(max_length=12, blank=True, choices=Action.Status.choices)
    new_status = models.CharField(max_length=12, choices=Action.Status.choices)
    old_progress = models.PositiveSmallIntegerField(null=True, blank=True)
    new_progress = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.changed_at:%Y-%m-%d %H:%M} {self.old_status} → {self.new_status}"
