"""The competition's forms: the student's submission, the judge's scores, the coordinator's."""

import hashlib
import hmac
import uuid
from decimal import Decimal

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cms import languages
from competition import extraction
from competition.models import GRADES, Submission
from home import municipalities
from home.widgets import LanguageSelect, Select

YOUNGEST, OLDEST = 12, 21  # secondary school, with room for a late start


class SubmissionForm(forms.Form):
    """Everything a student sends. The page gives the languages, grades and word limits; the
    text of an uploaded file is extracted here, so the limits hold on what the judges read."""

    name = forms.CharField(label=_("Your name and surname"), max_length=120)
    date_of_birth = forms.DateField(
        label=_("Date of birth"), widget=forms.DateInput(attrs={"type": "date"})
    )
    school = forms.CharField(label=_("School"), max_length=255)
    grade = forms.TypedChoiceField(label=_("Grade"), coerce=int)
    municipality = forms.ChoiceField(label=_("Municipality"), widget=Select)
    email = forms.EmailField(label=_("Email"))
    title = forms.CharField(label=_("Title of the essay"), max_length=255)
    language = forms.ChoiceField(label=_("Language of the essay"), widget=LanguageSelect)
    text = forms.CharField(
        label=_("Essay"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_("Paste the text here, or upload a file below."),
    )
    file = forms.FileField(
        label=_("Or upload the essay"),
        required=False,
        help_text=_("PDF, DOCX or ODT, at most 5 MB."),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".pdf,.docx,.odt,application/pdf,"
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
                "application/vnd.oasis.opendocument.text"
            }
        ),
    )
    mentor = forms.CharField(label=_("Mentor teacher (optional)"), max_length=120, required=False)
    guardian_name = forms.CharField(
        label=_("Parent's or guardian's name"),
        max_length=120,
        required=False,
        help_text=_("Required if you are under 18."),
    )
    guardian_email = forms.EmailField(
        label=_("Parent's or guardian's email"),
        required=False,
        help_text=_("We send them a link to confirm their consent."),
    )
    guardian_consent = forms.BooleanField(
        label=_("My parent or guardian agrees to my taking part."), required=False
    )
    originality = forms.BooleanField(
        label=_("I declare that the essay is my own original work and has not been published.")
    )
    privacy = forms.BooleanField(
        label=_(
            "I agree that the Forum keeps my personal data to run the competition, and deletes "
            "it after the retention period."
        )
    )
    publication_consent = forms.BooleanField(
        label=_("If my essay wins, my name, school and essay may be published."),
        required=False,
    )
    # Left empty by people; filled in by bots that fill in every field. Hidden by the stylesheet.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    # Makes a form sent twice count once. A kept page's form gets it with its CSRF token
    # ({% form_state %}); a form sent without one (no JavaScript) is named by what it holds
    # (clean), so the same form sent twice is still stored once.
    form_token = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page.source
        source = self.page
        self.fields["grade"].choices = [
            ("", "—"),
            *[
                (g, label)
                for g, label in GRADES
                if source.lowest_grade <= g <= source.highest_grade
            ],
        ]
        self.fields["municipality"].choices = [("", "—"), *municipalities.choices()]
        accepted = set(source.accepted_languages or languages.CODES)
        self.fields["language"].choices = [
            (language.code, language.name_local)
            for language in languages.LANGUAGES
            if language.code in accepted
        ]
        self.fields["website"].widget.attrs.update(
            {"autocomplete": "off", "tabindex": "-1", "class": "honeypot-input"}
        )
        self.extracted_kind = ""

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def clean_date_of_birth(self):
        born = self.cleaned_data["date_of_birth"]
        today = timezone.localdate()
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        if not YOUNGEST <= age <= OLDEST:
            raise forms.ValidationError(
                _("Check the date of birth: the competition is for secondary school students.")
            )
        return born

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        if upload.size > extraction.MAX_BYTES:
            raise forms.ValidationError(extraction.TOO_LARGE)
        upload.seek(0)
        data = upload.read()
        try:
            self.extracted_kind, self.extracted_text = extraction.extract(data)
        except extraction.UnreadableEssay as problem:
            raise forms.ValidationError(problem.message) from problem
        upload.seek(0)
        return upload

    def clean(self):
        cleaned = super().clean()
        text = (cleaned.get("text") or "").strip()
        has_file = bool(cleaned.get("file"))
        if text and has_file:
            raise forms.ValidationError(_("Paste the essay or upload it, not both."))
        if has_file:
            text = self.extracted_text
        if not text and "file" not in self.errors:
            self.add_error("text", _("Paste your essay or upload it as a file."))
        if text:
            words = extraction.word_count(text)
            source = self.page
            field = "file" if has_file else "text"
            if words < source.min_words:
                self.add_error(
                    field,
                    ngettext(
                        "The essay has %(words)d word; at least %(least)d are needed.",
                        "The essay has %(words)d words; at least %(least)d are needed.",
                        words,
                    )
                    % {"words": words, "least": source.min_words},
                )
            elif words > source.max_words:
                self.add_error(
                    field,
                    ngettext(
                        "The essay has %(words)d word; at most %(most)d are allowed.",
                        "The essay has %(words)d words; at most %(most)d are allowed.",
                        words,
                    )
                    % {"words": words, "most": source.max_words},
                )
            cleaned["essay_text"], cleaned["word_count"] = text, words
        born = cleaned.get("date_of_birth")
        if born and self.is_minor(born):
            for name, message in (
                ("guardian_name", _("Under 18, your parent's or guardian's name is needed.")),
                ("guardian_email", _("Under 18, your parent's or guardian's email is needed.")),
                ("guardian_consent", _("Under 18, your parent's or guardian's consent is needed.")),
            ):
                if not cleaned.get(name) and name not in self.errors:
                    self.add_error(name, message)
            if (
                cleaned.get("guardian_email")
                and cleaned.get("email")
                and cleaned["guardian_email"].lower() == cleaned["email"].lower()
            ):
                self.add_error(
                    "guardian_email",
                    _("Your parent's or guardian's email must be their own, not yours."),
                )
        if not cleaned.get("form_token") and "essay_text" in cleaned:
            cleaned["form_token"] = self._token_of_content(cleaned)
        return cleaned

    def _token_of_content(self, cleaned):
        """The token of a form sent without one: keyed with the site's secret (it names the
        submission's own address, so none can compute it from an essay they have read), over
        everything the student sent, so a form corrected and sent again is a new one."""
        held = [str(self.page.translation_key)]
        for name in sorted(self.fields):
            if name in ("form_token", "file"):
                continue
            held.append(f"{name}={cleaned.get(name)}")
        upload = cleaned.get("file")
        if upload:
            upload.seek(0)
            held.append(hashlib.sha256(upload.read()).hexdigest())
            upload.seek(0)
        digest = hmac.new(
            settings.SECRET_KEY.encode(), "\n".join(held).encode(), hashlib.sha256
        ).digest()
        return uuid.UUID(bytes=digest[:16], version=4)

    @staticmethod
    def is_minor(born):
        today = timezone.localdate()
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day)) < 18


class ScoreForm(forms.Form):
    """A judge's marks: one field per criterion, within its range, and a comment."""

    comment = forms.CharField(
        label=_("Comment for the coordinator"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, criteria, final=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        self.final = final
        fields = {}
        for criterion in criteria:
            fields[criterion.key] = forms.DecimalField(
                label=criterion.name,
                help_text=criterion.description,
                min_value=Decimal(0),
                max_value=Decimal(criterion.maximum),
                decimal_places=1,
                required=final,
                widget=forms.NumberInput(
                    attrs={"step": "0.5", "min": "0", "max": str(criterion.maximum)}
                ),
            )
        self.fields = {**fields, "comment": self.fields["comment"]}

    def points(self):
        return {
            criterion.key: float(self.cleaned_data[criterion.key])
            for criterion in self.criteria
            if self.cleaned_data.get(criterion.key) is not None
        }


class DisqualifyForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}), max_length=1000
    )


class ConflictForm(forms.Form):
    reason = forms.CharField(
        label=_("What is the conflict?"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        help_text=_("For example: I know the author, or I teach at their school."),
    )


class AwardsForm(forms.Form):
    """First, second and third prize and the honourable mentions, from the ranked essays."""

    first = forms.TypedChoiceField(label=_("First prize"), coerce=int)
    second = forms.TypedChoiceField(
        label=_("Second prize"), coerce=int, required=False, empty_value=None
    )
    third = forms.TypedChoiceField(
        label=_("Third prize"), coerce=int, required=False, empty_value=None
    )
    mentions = forms.TypedMultipleChoiceField(
        label=_("Honourable mentions"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    normalised = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, submissions, incomplete=None, **kwargs):
        """``incomplete``: {submission pk: (scores submitted, scores required)} of the essays
        not every judge has scored yet; they cannot be given a prize or a mention."""
        super().__init__(*args, **kwargs)
        self.incomplete = incomplete or {}
        choices = [(s.pk, f"{s.reference} {s.title}") for s in submissions]
        self.references = {s.pk: s.reference for s in submissions}
        for name in ("first", "second", "third"):
            self.fields[name].choices = [("", "—"), *choices]
        self.fields["mentions"].choices = choices

    def _refuse_incomplete(self, name, pks):
        for pk in pks:
            if pk in self.incomplete:
                scored, required = self.incomplete[pk]
                self.add_error(
                    name,
                    _(
                        "%(reference)s has %(scored)s of its %(required)s scores: it can be "
                        "given an award once every judge has scored it."
                    )
                    % {"reference": self.references[pk], "scored": scored, "required": required},
                )

    def clean(self):
        cleaned = super().clean()
        for name in ("first", "second", "third"):
            if cleaned.get(name) is not None:
                self._refuse_incomplete(name, [cleaned[name]])
        self._refuse_incomplete("mentions", cleaned.get("mentions") or ())
        places = [cleaned.get(name) for name in ("first", "second", "third")]
        chosen = [pk for pk in places if pk is not None]
        if cleaned.get("third") is not None and cleaned.get("second") is None:
            raise forms.ValidationError(_("Give the second prize before the third."))
        if len(set(chosen)) != len(chosen):
            raise forms.ValidationError(_("An essay can win only one prize."))
        if set(cleaned.get("mentions") or ()) & set(chosen):
            raise forms.ValidationError(
                _("An essay with a prize cannot also get an honourable mention.")
            )
        return cleaned

    def awards(self):
        """{submission pk: Submission.Award}."""
        result = {}
        for name, award in (
            ("first", Submission.Award.FIRST),
            ("second", Submission.Award.SECOND),
            ("third", Submission.Award.THIRD),
        ):
            if self.cleaned_data.get(name) is not None:
                result[self.cleaned_data[name]] = award
        for pk in self.cleaned_data.get("mentions") or ():
            result[pk] = Submission.Award.MENTION
        return result
