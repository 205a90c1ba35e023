"""Issue 14's publishing journey, in a real browser: nothing goes live, in any language, until a
coordinator approves it.

An editor writes a new Macedonian page and submits it for moderation; a translator who
translates Romani translates it through wagtail-localize's editor; neither finds a way to make
either language live; the coordinator approves in the workflow, and both languages go live.
"""

import urllib.error
import urllib.request

import pytest
from playwright.sync_api import expect

from tests.browser.test_journeys import footer_action, log_in

pytestmark = pytest.mark.browser

SLUG = "sosedski-sovet-cair"
MK_TITLE = "Соседски совет во Чаир"
MK_INTRODUCTION = "Форумот отвора соседски совет за сите заедници во Чаир."
ROM_TITLE = "Komšijaki bešin ando Čair"
ROM_INTRODUCTION = "O Forumi phravel komšijaki bešin savorenge komunitetenge ando Čair."


def page_id(demo_database, code, slug):
    return demo_database(
        "SELECT p.id FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id"
        " WHERE l.language_code = ? AND p.slug = ?",
        code,
        slug,
    )


def public_status(base_url, path):
    """The status a visitor gets, without a browser: 404 is an answer, not an error."""
    try:
        with urllib.request.urlopen(base_url + path, timeout=10) as response:  # noqa: S310 -- our loopback server
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


# The admin speaks each user's language (Macedonian by default): find buttons by what they do.
PUBLISH = "button[name='action-publish'], button[name='action'][value='publish']"
APPROVE = "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"


def translate_segment(page, source_text, translation):
    """In wagtail-localize's editor: open the segment showing ``source_text``, type, save."""
    page.locator("li.incomplete", has_text=source_text).first.locator("button").first.click()
    field = page.locator("li", has_text=source_text).locator("textarea")
    field.fill(translation)
    field.press("Enter")  # the editor saves a segment on Enter
    expect(page.locator("li.complete", has_text=source_text).first).to_be_visible()


def refuses_to_publish(page, base_url, public_path):
    """No publish button in the page's footer, or one that publishes nothing."""
    if page.locator(PUBLISH).count():
        footer_action(page, PUBLISH)
        page.wait_for_load_state()
    return public_status(base_url, public_path) == 404


def test_no_language_goes_live_until_the_coordinator_approves(new_page, demo_server, demo_database):
    mk_home = demo_database(
        "SELECT p.id FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id"
        " WHERE l.language_code = 'mk' AND p.depth = 2"
    )
    romani = demo_database("SELECT id FROM wagtailcore_locale WHERE language_code = 'rom'")

    # The editor writes the Macedonian page: no publish button, only "submit for moderation".
    editor = new_page(locale="en-GB")
    log_in(editor, "editor")
    editor.goto(f"/admin/pages/add/home/standardpage/{mk_home}/")
    editor.fill("#id_title", MK_TITLE)
    editor.fill("#id_introduction", MK_INTRODUCTION)
    editor.locator("a[role='tab']").nth(1).click()  # "Promote", in the admin's language
    editor.fill("#id_slug", SLUG)
    expect(editor.locator(PUBLISH)).to_have_count(0)
    footer_action(editor, "button[name='action-submit']")
    expect(editor.locator(".messages")).to_contain_text(MK_TITLE)
    source = page_id(demo_database, "mk", SLUG)
    assert source is not None
    assert public_status(demo_server, f"/mk/{SLUG}/") == 404

    # The translator translates it into Romani through wagtail-localize.
    translator = new_page(locale="en-GB")
    log_in(translator, "translator")
    translator.goto(f"/admin/pages/{source}/edit/")
    expect(translator.locator(PUBLISH)).to_have_count(0)
    translator.goto(f"/admin/localize/submit/page/{source}/")
    translator.locator(f"input[name='locales'][value='{romani}']").check()
    translator.locator("form:has(input[name='locales']) [type='submit']").click()
    translate_segment(translator, MK_TITLE, ROM_TITLE)
    translate_segment(translator, MK_INTRODUCTION, ROM_INTRODUCTION)
    target = page_id(demo_database, "rom", SLUG)
    assert target is not None
    # A page's url_path starts with its locale's home ("/<home>/<slug>/"): the public URL has
    # the language in its place.
    url_path = demo_database("SELECT url_path FROM wagtailcore_page WHERE id = ?", target)
    rom_path = f"/rom/{url_path.split('/', 2)[2]}"

    # Neither of them makes either language live.
    assert refuses_to_publish(translator, demo_server, rom_path), "the translator published rom"
    assert public_status(demo_server, f"/mk/{SLUG}/") == 404
    editor.goto(f"/admin/pages/{target}/edit/")
    assert refuses_to_publish(editor, demo_server, rom_path), "the editor published rom"
    assert public_status(demo_server, f"/mk/{SLUG}/") == 404

    # The coordinator approves in the workflow, and both languages go live.
    coordinator = new_page(locale="en-GB")
    log_in(coordinator, "coordinator")
    for page in (source, target):
        coordinator.goto(f"/admin/pages/{page}/edit/")
        footer_action(coordinator, APPROVE if coordinator.locator(APPROVE).count() else PUBLISH)
        expect(coordinator.locator(".messages")).to_be_visible()

    visitor = new_page(locale="mk")
    visitor.goto(f"/mk/{SLUG}/")
    expect(visitor.locator("h1")).to_have_text(MK_TITLE)
    expect(visitor.locator("main")).to_contain_text(MK_INTRODUCTION)
    visitor.goto(rom_path)
    expect(visitor.locator("h1")).to_have_text(ROM_TITLE)
    expect(visitor.locator("main")).to_contain_text(ROM_INTRODUCTION)
