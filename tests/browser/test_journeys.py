"""What people do on the site, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", f"demo-{username}-2026")
    page.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def footer_action(page, selector):
    """Click an action of the page editor's footer, opening its "more actions" menu if needed."""
    button = page.locator(selector)
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']:visible").first.click()
    button.click()


def switch_language(page, name_local):
    page.locator(".language-switcher summary").click()
    page.locator(".language-switcher a", has_text=name_local).click()


def test_visitor_lands_in_their_language_and_switches_to_romani_and_back(new_page):
    page = new_page(locale="sq-AL")

    page.goto("/")
    expect(page).to_have_url(re.compile(r"/sq/$"))
    expect(page.locator("html")).to_have_attribute("lang", "sq")

    page.locator(".main-nav a", has_text="Rreth Forumit").click()
    expect(page).to_have_url(re.compile(r"/sq/rreth-forumit/$"))

    switch_language(page, "Romani čhib")
    expect(page).to_have_url(re.compile(r"/rom/palal-o-forumi/$"))
    expect(page.locator("html")).to_have_attribute("lang", "rom")
    expect(page.locator("h1")).to_have_text("Palal o Forumi")

    switch_language(page, "Shqip")
    expect(page).to_have_url(re.compile(r"/sq/rreth-forumit/$"))
    expect(page.locator("h1")).to_have_text("Rreth Forumit")
    assert page.csp_errors == []


def test_skip_link_by_keyboard(new_page):
    page = new_page(locale="mk")
    page.goto("/mk/")

    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    expect(skip).to_have_text("Прескокни до главната содржина")

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main-content$"))
    expect(page.locator("main#main-content")).to_be_focused()


def test_editor_submits_a_change_and_a_coordinator_approves_it(new_page, demo_database):
    partners = demo_database(  # the Macedonian page (the Serbian one has the same name)
        "SELECT p.id FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id"
        " WHERE l.language_code = 'mk' AND p.slug = 'partneri'"
    )
    editor = new_page(locale="mk")
    log_in(editor, "editor")
    editor.goto(f"/admin/pages/{partners}/edit/")
    expect(editor.locator("#id_introduction")).to_be_visible()
    editor.fill("#id_introduction", "Форумот работи со 42 организации членки низ земјата.")
    footer_action(editor, "button[name='action-submit']")
    expect(editor.locator(".messages")).to_contain_text("Партнери")
    assert editor.csp_errors == [], "\n".join(editor.csp_errors)

    visitor = new_page(locale="mk")
    visitor.goto("/mk/partneri/")
    expect(visitor.locator(".lead")).not_to_contain_text("42 организации")

    coordinator = new_page(locale="mk")
    log_in(coordinator, "coordinator")
    coordinator.goto(f"/admin/pages/{partners}/edit/")
    footer_action(
        coordinator,
        "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])",
    )
    expect(coordinator.locator(".messages")).to_contain_text("Партнери")
    assert coordinator.csp_errors == [], "\n".join(coordinator.csp_errors)

    visitor.goto("/mk/partneri/")
    expect(visitor.locator(".lead")).to_have_text(
        "Форумот работи со 42 организации членки низ земјата."
    )


@pytest.mark.parametrize("code", ["mk", "rom"])
@pytest.mark.parametrize("device, width, height", [("phone", 375, 812), ("desktop", 1280, 800)])
def test_home_page_screenshots(new_page, artifacts, code, device, width, height):
    page = new_page(locale=code, width=width, height=height)
    page.goto(f"/{code}/")
    expect(page.locator("h1")).to_be_visible()

    path = artifacts / f"home-{code}-{device}.png"
    page.screenshot(path=str(path), full_page=True)

    assert path.stat().st_size > 10_000
    assert page.csp_errors == []
