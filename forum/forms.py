"""The public forms of the Forum's pages: plan and list filters, event registration."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms import languages
from forum.models import (
    Action,
    AdvocacyMeeting,
    Commitment,
    Community,
    EventKind,
    Organization,
    Registration,
)
from home import municipalities
from home.widgets import LanguageSelect, Select


def _with_all(choices, label):
    return [("", label), *choices]


class PlanFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False)
    responsible = forms.ChoiceField(label=_("Responsible organisation"), required=False)

    def __init__(self, *args, organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = _with_all(
            [*Action.Status.choices, ("behind", _("Behind schedule"))], _("All statuses")
        )
        self.fields["responsible"].choices = _with_all(
            [(org.slug, str(org)) for org in organisations], _("All organisations")
        )

    def chosen(self):
        """(filter, chosen value) of each filter in use, both as the visitor reads them."""
        return [
            (self.fields[name].label, dict(self.fields[name].choices)[value])
            for name, value in self.cleaned_data.items()
            if value
        ]


class MemberFilterForm(forms.Form):
    community = forms.ChoiceField(label=_("Community"), required=False)
    municipality = forms.ChoiceField(label=_("Municipality"), required=False, widget=Select)
    role = forms.ChoiceField(label=_("Role"), required=False)

    def __init__(self, *args, communities=(), municipality_codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["community"].choices = _with_all(
            [(community.slug, community.name) for community in communities],
            _("All communities"),
        )
        self.fields["municipality"].choices = _with_all(
            [
                (code, label)
                for code, label in municipalities.choices()
                if code in municipality_codes
            ],
            _("All municipalities"),
        )
        self.fields["role"].choices = _with_all(Organization.Role.choices, _("All roles"))


class MeetingFilterForm(forms.Form):
    institution = forms.ChoiceField(label=_("Institution"), required=False)
    status = forms.ChoiceField(label=_("Commitment status"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["institution"].choices = _with_all(
            AdvocacyMeeting.Institution.choices, _("All institutions")
        )
        self.fields["status"].choices = _with_all(Commitment.Status.choices, _("All statuses"))


class EventFilterForm(forms.Form):
    """The events index's filters: the municipalities offered are those its events are in."""

    kind = forms.ChoiceField(label=_("Type of event"), required=False)
    municipality = forms.ChoiceField(label=_("Municipality"), required=False, widget=Select)

    def __init__(self, *args, municipality_codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = _with_all(EventKind.choices, _("All types"))
        self.fields["municipality"].choices = _with_all(
            [
                (code, label)
                for code, label in municipalities.choices()
                if code in municipality_codes
            ],
            _("All municipalities"),
        )


class RegistrationForm(forms.ModelForm):
    """Registration for an event. The rules that need the event live in ``forum.registrations``."""

    class Meta:
        model = Registration
        fields = [
            "name",
            "email",
            "organisation",
            "community",
            "accessibility_needs",
            "interpretation",
        ]
        widgets = {
            "accessibility_needs": forms.Textarea(attrs={"rows": 3}),
            "interpretation": LanguageSelect,
        }
        labels = {"community": _("Community (optional)")}
        help_texts = {
            "accessibility_needs": _("Tell us what would make the event accessible to you."),
            "interpretation": _("We arrange interpretation where it is asked for."),
        }

    def __init__(self, *args, communities=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["community"].queryset = Community.objects.filter(
            pk__in=[community.pk for community in communities]
        )
        self.fields["community"].label_from_instance = lambda community: community.name
        self.fields["interpretation"].choices = _with_all(
            [(language.code, language.name_local) for language in languages.LANGUAGES],
            _("No interpretation needed"),
        )
        self.fields["email"].error_messages["invalid"] = _(
            "Enter a valid email address, such as name@example.org."
        )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
