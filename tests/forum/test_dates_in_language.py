"""Romani and Aromanian dates on a page, in an email and in the PDF: never Macedonian.

Django has no Romani or Aromanian month names; without the project's (locale/, cms/formats/)
every date in these languages read "декември". Emails are rendered in the recipient's
language, the strategy PDF in the page's.
"""

import io
from http import HTTPStatus

import pytest

from django.core import mail
from django.template import Context, Template
from django.utils import dates, timezone, translation

pytestmark = pytest.mark.django_db

ROMANI_AND_AROMANIAN = ["rom", "rup"]


def macedonian_month_names():
    with translation.override("mk"):
        return {
            str(name).lower()
            for names in (dates.MONTHS, dates.MONTHS_ALT, dates.MONTHS_AP)
            for name in names.values()
        }


def month_in(code, moment, format_char="E"):
    with translation.override(code):
        return Template(f'{{{{ moment|date:"{format_char}" }}}}').render(
            Context({"moment": moment})
        )


def assert_no_macedonian_month(text):
    lowered = text.lower()
    assert not [name for name in macedonian_month_names() if name in lowered]


@pytest.mark.parametrize("code", ROMANI_AND_AROMANIAN)
def test_an_event_date_on_the_page_and_in_the_email_has_the_languages_month(
    client, training, django_capture_on_commit_callbacks, code
):
    page = training[code]
    starts = timezone.localtime(page.starts_at)
    month = month_in(code, starts)

    html = client.get(page.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            page.url + "register/", {"name": "Ajla Hodžić", "email": f"ajla-{code}@example.org"}
        )

    assert response.status_code == HTTPStatus.FOUND
    (email,) = mail.outbox
    for text in (html, email.body):
        assert f"{starts.day} {month} {starts.year}" in text
        assert_no_macedonian_month(text)


@pytest.mark.parametrize("code", ROMANI_AND_AROMANIAN)
def test_the_strategy_pdf_dates_its_plan_in_the_languages_month(client, strategy_pages, code):
    try:
        import weasyprint  # noqa: F401 - only to know whether Pango is there
    except OSError:
        pytest.skip("WeasyPrint needs Pango (apt-get install libpango-1.0-0 libpangoft2-1.0-0)")
    from pypdf import PdfReader

    response = client.get(strategy_pages[code].url + "export/pdf/")

    assert response.status_code == HTTPStatus.OK
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    today = timezone.localdate()
    assert f"{today.day} {month_in(code, today)} {today.year}" in " ".join(text.split())
    assert_no_macedonian_month(text)
