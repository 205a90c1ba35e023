"""The initiatives library in a real browser, as a reader on the Serbian site uses it."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def count_of(page, facet, value):
    label = page.locator(
        f"[data-facet='{facet}'] label", has=page.locator(f"input[value='{value}']")
    )
    return int(re.search(r"\((\d+)\)", label.text_content()).group(1))


def test_a_reader_searches_in_latin_filters_pages_and_comes_back(new_page, artifacts):
    page = new_page(locale="sr", width=375, height=812)
    page.goto("/sr/biblioteka/")
    expect(page.locator("html")).to_have_attribute("lang", "sr")

    page.fill("#library-q", "zajednic")  # Latin letters; the library is in Cyrillic
    page.locator(".library__query button").click()
    expect(page).to_have_url(re.compile(r"q=zajednic"))
    expect(page.locator(".initiative-card mark").first).to_be_visible()
    roma_before = count_of(page, "community", "roma")

    page.locator("[data-facet='year'] summary").click()
    page.locator("[data-facet='year'] input[value='2024']").check()
    expect(page).to_have_url(re.compile(r"year=2024"))
    page.locator("[data-facet='year'] input[value='2025']").check()
    expect(page).to_have_url(re.compile(r"year=2024.*year=2025|year=2025.*year=2024"))
    roma_after = count_of(page, "community", "roma")
    assert roma_after < roma_before  # the counts follow the chosen years
    expect(page.locator(".library__summary")).to_contain_text("22")
    page.screenshot(path=artifacts / "library-sr-phone.png", full_page=True)

    page.locator(".pagination a[rel=next]").click()
    expect(page).to_have_url(re.compile(r"page=2"))
    results_url = page.url
    first = page.locator(".initiative-card h3 a").first
    title = first.text_content().strip()
    first.click()
    expect(page.locator("h1")).to_have_text(title)

    page.go_back()
    expect(page).to_have_url(results_url)
    expect(page.locator(".initiative-card h3 a").first).to_have_text(title)
    assert page.csp_errors == []
