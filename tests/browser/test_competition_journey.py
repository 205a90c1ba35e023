"""The essay competition in a real browser: a student submits in Romani, a judge scores blind,
the coordinator confirms the prizes and the results appear in every language."""

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import expect

from tests.competition import files

from .test_journeys import log_in

pytestmark = pytest.mark.browser

ROMANI_ESSAY = [
    "Mlo komšija o Bajram dživdinel ki paši ulica trijanda beršendar.",
    "Svako detharin ov angluno pozdravil savoren ki ulica, pe čhibaja thaj amare čhibaja.",
    "Kana mlo dad sine nasvalo, lesko romni anelas amenge tato maro bizo te pučel khanči.",
    "Olestar sikljovdem kaj o lačhipe na mangel prevod thaj na džanel granice.",
    "E čhave tari ulica khelen khetane, a e dada thaj e daja asan ke isti šale.",
    "Kana phagilo o kanali, sasti ulica ačhili te pomožinel angleder so avile e majstora.",
    "Ko bajrama anas jekh averese guglipe thaj khonik na ginel kasko si savo bajram.",
    "Nadinav kaj vi mle čhave jekh dive ka oven isto asavko komšija.",
]


def sidebar_items(page):
    """The admin URLs in the sidebar's menu (Wagtail renders it from this JSON)."""
    found = []

    def walk(value):
        if isinstance(value, dict | list):
            for item in value.values() if isinstance(value, dict) else value:
                walk(item)
        elif isinstance(value, str) and value.startswith("/admin/"):
            found.append(value)

    walk(json.loads(page.locator("#wagtail-sidebar-props").text_content()))
    return found


def test_a_romani_essay_is_judged_and_the_prizes_published(
    new_page, demo_database, sent_mail, tmp_path, artifacts
):
    # A student under 18 submits in Romani, with the essay as a DOCX file.
    essay = tmp_path / "mlo-komsija.docx"
    essay.write_bytes(files.docx(*ROMANI_ESSAY))
    student = new_page(locale="rom", width=375, height=812)
    student.goto("/rom/konkurso-vas-eseja/")
    expect(student.locator("html")).to_have_attribute("lang", "rom")
    born = (datetime.now(tz=UTC) - timedelta(days=365 * 16)).date().isoformat()
    student.fill("#id_name", "Sabina Demirova")
    student.fill("#id_date_of_birth", born)
    student.fill("#id_school", "SOU Šuto Orizari")
    student.select_option("#id_grade", "2")
    student.select_option("#id_municipality", "suto-orizari")
    student.fill("#id_email", "sabina.demirova@example.org")
    student.fill("#id_title", "Mlo komšija o Bajram")
    student.select_option("#id_language", "rom")
    student.set_input_files("#id_file", str(essay))
    student.fill("#id_guardian_name", "Fatima Demirova")
    student.fill("#id_guardian_email", "fatima.demirova@example.org")
    student.check("#id_guardian_consent")
    student.check("#id_originality")
    student.check("#id_privacy")
    student.locator(".submission button[type=submit]").click()
    code = student.locator(".reference-code")
    expect(code).to_have_text(re.compile(r"^ESSAY-\d{4}-\d{4}$"))
    reference = code.text_content()
    student.screenshot(path=artifacts / "competition-submitted-rom-phone.png", full_page=True)
    assert student.csp_errors == []
    mail = "\n".join(sent_mail())
    assert reference in mail and "fatima.demirova@example.org" in mail

    # A judge sees only their essays, without the authors, and scores one.
    judge = new_page(locale="en")
    log_in(judge, "judge")
    menu = sidebar_items(judge)
    assert "/admin/judging/" in menu
    elsewhere = ("/admin/pages", "/admin/competition", "/admin/snippets", "/admin/images")
    assert not any(url.startswith(elsewhere) for url in menu)
    judge.goto("/admin/judging/")
    row = judge.locator("#my-essays tbody tr", has_text="to read").first
    row.locator("a").click()
    expect(judge.locator(".essay")).to_be_visible()
    judge.screenshot(path=artifacts / "competition-judge-scores.png", full_page=True)
    inputs = judge.locator("form input[type=number]")
    for index in range(inputs.count()):
        most = int(inputs.nth(index).get_attribute("max"))
        inputs.nth(index).fill(str(most - 1))
    judge.locator("button[name=action][value=submit]").click()
    expect(judge).to_have_url(re.compile(r"/admin/judging/$"))
    expect(judge.locator(".messages")).to_contain_text("submitted")

    # The deadline passes.
    demo_database(
        "UPDATE competition_essaycompetitionpage SET closes_at = ?",
        datetime.now(tz=UTC) - timedelta(hours=1),
    )

    # The coordinator confirms the prizes.
    coordinator = new_page(locale="en")
    log_in(coordinator, "coordinator")
    coordinator.goto("/admin/competition/")
    coordinator.locator("table.listing a").first.click()
    coordinator.screenshot(path=artifacts / "competition-submissions.png", full_page=True)
    coordinator.locator("a", has_text="Ranking and awards").click()
    expect(coordinator.locator("#ranking tbody tr").first).to_be_visible()
    first_place = coordinator.locator("#ranking tbody tr").first.get_attribute("data-reference")
    coordinator.screenshot(path=artifacts / "competition-ranking.png", full_page=True)
    coordinator.locator("button", has_text="Confirm the awards").click()
    expect(coordinator.locator(".messages")).to_contain_text("published")

    # The results, in Romani and in Macedonian.
    visitor = new_page(locale="rom")
    for path in ("/rom/konkurso-vas-eseja/", "/mk/konkurs-za-esej/"):
        visitor.goto(path)
        results = visitor.locator(".results")
        expect(results).to_be_visible()
        expect(results.locator(".winner")).to_have_count(3)
    assert first_place
    visitor.screenshot(path=artifacts / "competition-results-mk.png", full_page=True)
