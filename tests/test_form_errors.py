"""A form error brings the visitor back to the form, for each public form, in two languages: the
form posts to its own anchor, an error summary (GOV.UK's pattern) opens it and takes the focus,
and each field is tied to its hint and its error. A chosen file the browser drops is named.

These tests use the demo's running campaign, its upcoming training and its open essay
competition, and post to them as a visitor's browser does."""

import pytest
from bs4 import BeautifulSoup

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from campaigns.models import CampaignPage
from competition.models import EssayCompetitionPage
from forum.models import EventPage

pytestmark = pytest.mark.django_db

LOCALES = ("mk", "rom")


def running_campaign(code):
    today = timezone.localdate()
    return next(
        page
        for page in CampaignPage.objects.live().filter(locale__language_code=code)
        if page.has_pledge and page.starts_on <= today <= page.ends_on
    )


def open_registration(code):
    return (
        EventPage.objects.live()
        .filter(locale__language_code=code, starts_at__gt=timezone.now())
        .order_by("starts_at")
        .first()
    )


def open_competition(code):
    now = timezone.now()
    return EssayCompetitionPage.objects.live().get(
        locale__language_code=code, opens_at__lte=now, closes_at__gt=now
    )


FORMS = {
    # form: (the page, its route, its anchor, what a visitor sends without filling it in)
    "pledge": (running_campaign, "sign", "pledge", {"name": "", "email": "not an address"}),
    "registration": (open_registration, "register", "registration", {"email": "nope"}),
    "essay": (open_competition, "submit", "submission", {"name": ""}),
}


def post_badly(client, form, code, files=None):
    find, route, anchor, data = FORMS[form]
    page = find(code)
    url = page.url + page.reverse_subpage(route)
    response = client.post(url, {**data, **(files or {})})
    assert response.status_code < 500
    return page, anchor, BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("code", LOCALES)
@pytest.mark.parametrize("form", FORMS)
def test_a_form_with_errors_comes_back_at_its_anchor_with_a_summary_that_takes_the_focus(
    client, form, code
):
    page, anchor, html = post_badly(client, form, code)

    section = html.find(id=anchor)
    action = section.find("form", method="post")["action"]
    assert action.endswith(f"#{anchor}") and action.startswith(page.url)
    summary = section.select_one(".error-summary")
    assert summary is not None and summary["tabindex"] == "-1"
    assert section.find("script", src=lambda src: src and src.endswith("error-summary.js"))
    # The summary comes before the form's fields, and names the problem in the page's language.
    assert str(section).index("error-summary") < str(section).index("<form")
    with translation.override(code):
        assert translation.gettext("There is a problem") in summary.get_text()
        assert html.title.get_text().startswith(translation.gettext("Error") + ":")

    links = summary.select("a[href^='#']")
    assert links, "each error links to its field"
    for link in links:
        field = html.find(id=link["href"][1:])
        assert field is not None and field.name in ("input", "select", "textarea")
        assert field["aria-invalid"] == "true"
        described = field["aria-describedby"].split()
        error = html.find(id=f"{field['id']}_error")
        assert f"{field['id']}_error" in described and error is not None
        assert error.get_text(strip=True).split(":", 1)[-1].strip() in link.get_text()


@pytest.mark.parametrize("code", LOCALES)
def test_a_hint_is_tied_to_its_field(client, code):
    _page, _anchor, html = post_badly(client, "essay", code)
    text = html.find(id="id_text")
    hint = html.find(id="id_text_helptext")
    assert hint is not None and "id_text_helptext" in text["aria-describedby"].split()
    with translation.override(code):
        assert hint.get_text(strip=True) == translation.gettext(
            "Paste the text here, or upload a file below."
        )


@pytest.mark.parametrize("code", LOCALES)
def test_a_chosen_file_the_browser_will_not_send_again_is_named(client, code):
    essay = SimpleUploadedFile("moj-esej.pdf", b"%PDF-1.4 not really", "application/pdf")
    _page, _anchor, html = post_badly(client, "essay", code, files={"file": essay})

    warning = html.select_one(".form-field--clearablefile .form-field__warning")
    assert warning is not None and "moj-esej.pdf" in warning.get_text()
    with translation.override(code):
        expected = translation.gettext(
            "Choose your file again (%(name)s): a browser does not keep a chosen file when a "
            "form comes back with an error."
        ) % {"name": "moj-esej.pdf"}
    assert warning.get_text(strip=True) == expected


def test_a_form_without_errors_has_no_summary_and_no_error_title(client):
    page = running_campaign("mk")
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert html.select_one(".error-summary") is None
    assert not html.title.get_text().startswith("Грешка")
    assert html.select("[aria-invalid]") == []


def test_a_checkbox_sits_before_its_label_in_one_field(client):
    page = running_campaign("rom")
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    consent = html.find(id="id_consent")
    field = consent.find_parent(class_="form-field")
    assert "form-field--checkbox" in field["class"]
    assert field.find(["input", "label"]) is consent  # the box first, then its label
    assert field.find("label")["for"] == "id_consent"


@pytest.mark.parametrize("code", LOCALES)
def test_languages_offered_in_a_select_are_each_marked_with_their_lang(client, code):
    page = open_competition(code)
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    options = [option for option in html.select("#id_language option") if option["value"]]
    assert options and all(option["lang"] == option["value"] for option in options)
