"""The essay competition: its page, the submissions, the judges, their scores and the awards.

A competition is one page and its translations; everything it gathers hangs on the page's
``translation_key`` (``competition_key``), so a submission made through the Albanian page and
one made through the Macedonian page belong to the same competition. Its settings (dates,
languages, word limits, rubric) are read from the page in the default language, so every
locale shows the same state whatever the translators have synced.

The student's personal data (``Student``) lives apart from the essay (``Submission``): purging
it leaves an anonymous essay, its scores and its award for the record.
"""

import uuid
from datetime import date

from modelcluster.fields import ParentalKey

from django import forms
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from cms import languages
from home import municipalities
from home.models import BasePage

GRADES = [(grade, str(grade)) for grade in range(1, 5)]  # the four years of secondary school


def all_languages():
    return list(languages.CODES)


def private_storage():
    """The essays' original files: outside MEDIA_ROOT, handed out only by coordinators' views."""
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


class CompetitionPageForm(WagtailAdminPageForm):
    accepted_languages = forms.MultipleChoiceField(
        label=_("accepted languages"),
        choices=[(language.code, language.name_local) for language in languages.LANGUAGES],
        widget=forms.CheckboxSelectMultiple,
    )


class EssayCompetitionPage(RoutablePageMixin, BasePage):
    """One year's competition: the call, the form, the state, and the results once confirmed."""

    class State(models.TextChoices):
        UPCOMING = "upcoming", _("Not open yet")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")
        RESULTS = "results", _("Results published")

    topic = models.CharField(_("topic"), max_length=255)
    introduction = models.TextField(_("introduction"), blank=True)
    rules = RichTextField(_("rules"), blank=True, features=["bold", "italic", "ol", "ul", "link"])
    eligibility = models.CharField(
        _("eligibility"),
        max_length=255,
        blank=True,
        help_text=_("Who may take part, as the public reads it."),
    )
    lowest_grade = models.PositiveSmallIntegerField(_("lowest grade"), choices=GRADES, default=1)
    highest_grade = models.PositiveSmallIntegerField(_("highest grade"), choices=GRADES, default=4)
    opens_at = models.DateTimeField(_("opens at"), help_text=_("Skopje time."))
    closes_at = models.DateTimeField(_("closes at"), help_text=_("Skopje time."))
    accepted_languages = models.JSONField(_("accepted languages"), default=all_languages)
    min_words = models.PositiveIntegerField(_("minimum words"), default=300)
    max_words = models.PositiveIntegerField(_("maximum words"), default=1500)
    judges_per_essay = models.PositiveSmallIntegerField(
        _("judges per essay"), default=3, validators=[MinValueValidator(1), MaxValueValidator(9)]
    )
    retention_months = models.PositiveSmallIntegerField(
        _("retention of personal data (months)"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_(
            "After the closing date, the students' personal data is kept this long, then purged."
        ),
    )

    base_form_class = CompetitionPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("topic"),
        FieldPanel("introduction"),
        FieldPanel("rules"),
        MultiFieldPanel(
            [
                FieldPanel("eligibility"),
                FieldRowPanel([FieldPanel("lowest_grade"), FieldPanel("highest_grade")]),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("accepted_languages"),
                FieldRowPanel([FieldPanel("min_words"), FieldPanel("max_words")]),
            ],
            heading=_("Who, when, how long"),
        ),
        InlinePanel("prizes", heading=_("Prizes"), label=_("Prize"), max_num=3),
        InlinePanel("criteria", heading=_("Rubric"), label=_("Criterion"), min_num=1),
        MultiFieldPanel(
            [FieldPanel("judges_per_essay"), FieldPanel("retention_months")],
            heading=_("Judging and personal data"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("topic"),
        index.SearchField("introduction"),
        index.SearchField("rules"),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("essay competition")
        verbose_name_plural = _("essay competitions")

    @path("")
    def detail(self, request):
        from competition import views  # the views import the models

        return views.detail(request, self)

    @path("submit/", name="submit")
    def submit(self, request):
        from competition import views

        return views.submit(request, self)

    @path("submitted/<uuid:token>/", name="submitted")
    @method_decorator(never_cache)  # a visitor's own link: never kept
    def submitted(self, request, token):
        from competition import views

        return views.submitted(request, self, token)

    @path("consent/<str:token>/", name="consent")
    @method_decorator(never_cache)  # a visitor's own link: never kept
    def consent(self, request, token):
        from competition import views

        return views.guardian_consent(request, self, token)

    # What the competition is, in every locale: read from the default language's page.

    @property
    def source(self):
        """The page in the default language (this page where it is that one)."""
        if self.locale.language_code == languages.DEFAULT.code:
            return self
        if not hasattr(self, "_source"):
            self._source = (
                EssayCompetitionPage.objects.filter(
                    translation_key=self.translation_key,
                    locale__language_code=languages.DEFAULT.code,
                ).first()
                or self
            )
        return self._source

    @property
    def competition_key(self):
        return self.translation_key

    @property
    def year(self):
        return timezone.localtime(self.source.opens_at).year

    @property
    def result(self):
        """The confirmed results (a ``Result``), or None before the coordinator confirms."""
        if not hasattr(self, "_result"):
            self._result = Result.objects.filter(competition_key=self.translation_key).first()
        return self._result

    def state(self, now=None):
        now = now or timezone.now()
        source = self.source
        if now < source.opens_at:
            return self.State.UPCOMING
        if now < source.closes_at:
            return self.State.OPEN
        if self.result is not None and self.result.published:
            return self.State.RESULTS
        return self.State.CLOSED

    def retention_ends(self):
        source = self.source
        return self.retention_from(source.closes_at, source.retention_months)

    @staticmethod
    def retention_from(moment, months):
        """``months`` calendar months after ``moment``, in Skopje time."""
        moment = timezone.localtime(moment)
        month = moment.month - 1 + months
        year, month = moment.year + month // 12, month % 12 + 1
        day = min(moment.day, _days_in(year, month))
        return moment.replace(year=year, month=month, day=day)

    def criteria_in_order(self):
        return list(self.source.criteria.all())

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("The closing time must be after the opening time.")
        if None not in (self.min_words, self.max_words) and self.max_words < self.min_words:
            errors["max_words"] = _("The word limit cannot be below the minimum.")
        if None not in (self.lowest_grade, self.highest_grade) and (
            self.highest_grade < self.lowest_grade
        ):
            errors["highest_grade"] = _("The highest grade cannot be below the lowest.")
        if errors:
            raise ValidationError(errors)


def _days_in(year, month):
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


class Prize(TranslatableMixin, Orderable):
    page = ParentalKey(EssayCompetitionPage, related_name="prizes", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=120)
    description = models.CharField(_("description"), max_length=255, blank=True)

    panels = [FieldPanel("title"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("prize")
        verbose_name_plural = _("prizes")


class Criterion(TranslatableMixin, Orderable):
    """A line of the rubric. Scores name it by its translation key, shared by its translations,
    so a translated page judges on the same rubric, and editing a criterion keeps the scores."""

    page = ParentalKey(EssayCompetitionPage, related_name="criteria", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    weight = models.DecimalField(
        _("weight"),
        max_digits=4,
        decimal_places=1,
        default=1,
        validators=[MinValueValidator(0.1)],
    )
    maximum = models.PositiveSmallIntegerField(
        _("maximum score"), default=10, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("weight"), FieldPanel("maximum")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self):
        return self.name

    @property
    def key(self):
        return str(self.translation_key)


class Student(models.Model):
    """The person behind a submission: everything here is personal data, purged in time."""

    name = models.CharField(_("name"), max_length=120)
    date_of_birth = models.DateField(_("date of birth"))
    school = models.CharField(_("school"), max_length=255)
    grade = models.PositiveSmallIntegerField(_("grade"), choices=GRADES)
    municipality = models.CharField(
        _("municipality"), max_length=municipalities.CODE_MAX_LENGTH, choices=municipalities.choices
    )
    email = models.EmailField(_("email"))
    mentor = models.CharField(_("mentor teacher"), max_length=120, blank=True)
    guardian_name = models.CharField(_("guardian's name"), max_length=120, blank=True)
    guardian_email = models.EmailField(_("guardian's email"), blank=True)
    guardian_consent_at = models.DateTimeField(_("guardian consented at"), null=True, blank=True)
    publication_consent = models.BooleanField(_("may publish name and essay"), default=False)
    language = models.CharField(_("language of correspondence"), max_length=8)

    class Meta:
        verbose_name = _("student")
        verbose_name_plural = _("students")

    def __str__(self):
        return self.name

    @property
    def municipality_name(self):
        return municipalities.name(self.municipality) if self.municipality else ""

    def is_minor(self, on=None):
        on = on or timezone.localdate()
        born = self.date_of_birth
        age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
        return age < 18


class SubmissionQuerySet(models.QuerySet):
    def of(self, page):
        return self.filter(competition_key=page.translation_key)

    def eligible(self):
        return self.filter(status=Submission.Status.ELIGIBLE)

    def judged(self):
        """The essays that compete: eligible, and not one of the calibration essays."""
        return self.eligible().filter(calibration=False)


class Submission(models.Model):
    """An essay as submitted. Its author is in ``student`` until the personal data is purged."""

    class Status(models.TextChoices):
        AWAITING_CONSENT = "awaiting_consent", _("Awaiting guardian's consent")
        RECEIVED = "received", _("Received")
        ELIGIBLE = "eligible", _("Eligible")
        DISQUALIFIED = "disqualified", _("Disqualified")

    class Award(models.TextChoices):
        FIRST = "1", _("First prize")
        SECOND = "2", _("Second prize")
        THIRD = "3", _("Third prize")
        MENTION = "mention", _("Honourable mention")

    competition_key = models.UUIDField(db_index=True)
    number = models.PositiveIntegerField()
    reference = models.CharField(_("reference"), max_length=20, unique=True)
    form_token = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    student = models.OneToOneField(
        Student,
        verbose_name=_("student"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submission",
    )
    title = models.CharField(_("title"), max_length=255)
    language = models.CharField(
        _("language of the essay"),
        max_length=8,
        choices=[(language.code, language.name_local) for language in languages.LANGUAGES],
    )
    text = models.TextField(_("text"))
    word_count = models.PositiveIntegerField(_("words"))
    original = models.FileField(
        _("original file"), storage=private_storage, upload_to="essays/%Y/", blank=True
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    disqualification_reason = models.TextField(_("reason for disqualification"), blank=True)
    calibration = models.BooleanField(
        _("calibration essay"),
        default=False,
        help_text=_("Read by every judge before scoring, to see how each uses the scale."),
    )
    award = models.CharField(_("award"), max_length=10, choices=Award.choices, blank=True)
    public_credit = models.CharField(
        _("published as"),
        max_length=255,
        blank=True,
        help_text=_("The author's name and school, kept only where they consented to it."),
    )
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    personal_data_purged_at = models.DateTimeField(
        _("personal data purged at"), null=True, blank=True
    )

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["competition_key", "number"], name="one_number_per_competition"
            )
        ]
        permissions = [
            ("manage_competition", _("Can run the essay competition")),
            ("view_personal_data", _("Can see students' personal data")),
            ("score_essays", _("Can score the essays assigned to them")),
        ]

    def __str__(self):  # the reference alone: it labels the site history, where the title
        return self.reference  # (which may name the student) has no place


class JudgeForm(WagtailAdminModelForm):
    languages = forms.MultipleChoiceField(
        label=_("languages read"),
        choices=[(language.code, language.name_local) for language in languages.LANGUAGES],
        widget=forms.CheckboxSelectMultiple,
    )
    municipalities = forms.MultipleChoiceField(
        label=_("municipalities close to the judge"),
        choices=municipalities.choices,
        required=False,
        help_text=_("Where they live or work: essays from there go to other judges."),
    )


class JudgeQuerySet(models.QuerySet):
    def available(self):
        """Judges who may be given essays: not deactivated, their user active and allowed to
        score (a user taken out of the Judges group keeps their past scores, gets no more)."""
        may_score = Permission.objects.filter(
            content_type__app_label="competition", codename="score_essays"
        )
        return (
            self.filter(deactivated_at__isnull=True, user__is_active=True)
            .filter(
                models.Q(user__is_superuser=True)
                | models.Q(user__user_permissions__in=may_score)
                | models.Q(user__groups__permissions__in=may_score)
            )
            .distinct()
        )


class Judge(models.Model):
    """A user who judges: the languages they read and what they are close to.

    A judge who has scored is never deleted, nor is their user (``PROTECT``): the ranking rests
    on their scores. They are deactivated instead, and get no more essays."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.PROTECT,
        related_name="judge",
    )
    deactivated_at = models.DateTimeField(_("deactivated at"), null=True, blank=True)
    languages = models.JSONField(_("languages read"), default=list)
    schools = models.TextField(
        _("schools close to the judge"),
        blank=True,
        help_text=_("One per line: schools where they teach, or where their family studies."),
    )
    municipalities = models.JSONField(_("municipalities close to the judge"), default=list)

    base_form_class = JudgeForm
    panels = [
        FieldPanel("user"),
        FieldPanel("languages"),
        FieldPanel("schools"),
        FieldPanel("municipalities"),
    ]

    objects = JudgeQuerySet.as_manager()

    class Meta:
        verbose_name = _("judge")
        verbose_name_plural = _("judges")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    @property
    def active(self):
        return self.deactivated_at is None

    def has_scored(self):
        return Score.objects.filter(assignment__judge=self, submitted_at__isnull=False).exists()

    @property
    def school_list(self):
        return [line.strip() for line in self.schools.splitlines() if line.strip()]


class JudgeAssignment(models.Model):
    """One judge reading one essay; a declared conflict keeps the row so it is never given
    back to them."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="assignments")
    judge = models.ForeignKey(Judge, on_delete=models.CASCADE, related_name="assignments")
    assigned_at = models.DateTimeField(default=timezone.now)
    conflict = models.TextField(_("declared conflict"), blank=True)
    conflict_declared_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["submission__number", "judge_id"]
        constraints = [
            models.UniqueConstraint(fields=["submission", "judge"], name="one_assignment_each")
        ]

    def __str__(self):
        return f"{self.submission.reference} → {self.judge}"


class Score(models.Model):
    """A judge's marks for one essay: {criterion key: points}, a draft until submitted."""

    assignment = models.OneToOneField(
        JudgeAssignment, on_delete=models.PROTECT, related_name="score"
    )  # deleting the judge or the essay would lose a decision: refused
    points = models.JSONField(default=dict)
    comment = models.TextField(_("comment"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")

    def __str__(self):
        return str(self.assignment)

    @property
    def is_submitted(self):
        return self.submitted_at is not None


class Result(models.Model):
    """The coordinator's confirmation of the ranking: the awards are on the submissions."""

    competition_key = models.UUIDField(unique=True)
    normalised = models.BooleanField(_("normalised per judge"), default=False)
    confirmed_at = models.DateTimeField(_("confirmed at"), default=timezone.now)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published = models.BooleanField(_("published"), default=True)

    class Meta:
        verbose_name = _("result")
        verbose_name_plural = _("results")

    def __str__(self):
        return f"{self.competition_key} ({self.confirmed_at:%Y-%m-%d})"
