"""The pledge's form: who signs, where they live, and whether their first name may be shown."""

from django import forms
from django.utils.translation import gettext_lazy as _

from forum import api as forum
from home import municipalities
from home.widgets import Select


class PledgeForm(forms.Form):
    name = forms.CharField(label=_("Your name and surname"), max_length=100)
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        help_text=_("We send you a link to confirm your signature."),
    )
    municipality = forms.ChoiceField(label=_("Municipality"), widget=Select)
    community = forms.ChoiceField(label=_("Community (optional)"), required=False)
    show_name = forms.BooleanField(
        label=_("Show my first name and municipality among the signatories."), required=False
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the Forum keeps my name, email, municipality and community for this "
            "pledge until I withdraw my signature."
        )
    )
    # Left empty by people; filled in by bots that fill in every field. Hidden by the stylesheet.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].choices = [("", "—"), *municipalities.choices()]
        self.fields["community"].choices = [
            ("", "—"),
            *forum.communities_in(language).order_by("name").values_list("slug", "name"),
        ]
        self.fields["website"].widget.attrs.update(
            {"autocomplete": "off", "tabindex": "-1", "class": "honeypot-input"}
        )
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Write your name."))
        return name
