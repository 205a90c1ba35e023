"""The Forum in a real browser: the tracker, a registration, an editor updating an action."""

import re

import pytest
from playwright.sync_api import expect

from .test_journeys import footer_action, log_in

pytestmark = pytest.mark.browser


def test_visitor_filters_the_plan_opens_a_history_and_downloads_the_pdf(new_page, artifacts):
    page = new_page(locale="en", width=390, height=844)
    page.goto("/en/strategy/")
    expect(page.locator("h1")).to_have_text("Strategy and action plan")
    expect(page.locator("svg.timeline__svg .timeline__bar")).to_have_count(8)

    page.select_option("#id_status", "done")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"status=done"))
    expect(page.locator("li.action")).to_have_count(2)
    expect(page.locator("#action-a12")).to_have_count(0)

    history = page.locator("#action-a14 details.action__history")
    expect(history.locator("ol")).not_to_be_visible()
    history.locator("summary").click()
    expect(history.locator("ol")).to_be_visible()
    expect(history).to_contain_text("Planned (0%) → Done (100%)")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="PDF").click()
    download = download_info.value
    assert download.suggested_filename == "action-plan-en.pdf"
    path = artifacts / download.suggested_filename
    download.save_as(path)
    assert path.read_bytes()[:5] == b"%PDF-"
    assert page.csp_errors == []


def test_visitor_registers_for_a_workshop_and_gets_the_email(new_page, sent_mail):
    page = new_page(locale="sq", width=390, height=844)
    page.goto("/sq/ngjarje/trajnim-avokimi-para-komunave/")
    expect(page.locator("h1")).to_have_text("Trajnim: avokimi para komunave")

    page.fill("#id_name", "Elif Demir")
    page.fill("#id_email", "not-an-email")
    page.get_by_role("button", name="Regjistrohu").click()
    expect(page.locator(".field-error")).to_contain_text("adresë të vlefshme emaili")

    page.fill("#id_email", "elif.demir@example.org")
    page.select_option("#id_interpretation", "tr")
    page.get_by_role("button", name="Regjistrohu").click()
    # The form posts to its anchor, which the browser keeps through the redirect.
    expect(page).to_have_url(re.compile(r"/registered/check-email/(#registration)?$"))
    expect(page.locator("main")).to_contain_text("Kontrolloni emailin")

    emails = [text for text in sent_mail() if "elif.demir@example.org" in text]
    assert len(emails) == 1
    assert 'filename="event.ics"' in emails[0]
    assert "Faleminderit për regjistrimin" in emails[0]


def test_editor_submits_an_actions_progress_and_the_tracker_shows_it_once_approved(
    new_page, demo_database
):
    action = demo_database(
        "SELECT a.id FROM forum_action a JOIN wagtailcore_locale l ON l.id = a.locale_id"
        " WHERE l.language_code = 'mk' AND a.code = 'A2.2'"
    )
    editor = new_page(locale="en")
    log_in(editor, "editor")
    editor.goto(f"/admin/snippets/forum/action/edit/{action}/")
    editor.fill("#id_progress", "82")
    footer_action(editor, "button[name='action-submit']")
    expect(editor.locator(".messages .success")).to_be_visible()

    visitor = new_page(locale="tr")
    visitor.goto("/tr/strateji/")
    expect(visitor.locator("#action-a22 progress")).not_to_have_attribute("value", "82")

    coordinator = new_page(locale="en")
    log_in(coordinator, "coordinator")
    coordinator.goto(f"/admin/snippets/forum/action/edit/{action}/")
    footer_action(
        coordinator,
        "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])",
    )
    expect(coordinator.locator(".messages")).to_be_visible()

    visitor.goto("/tr/strateji/")
    expect(visitor.locator("#action-a22 progress")).to_have_attribute("value", "82")
    visitor.locator("#action-a22 summary").click()
    expect(visitor.locator("#action-a22 details")).to_contain_text("82%")
