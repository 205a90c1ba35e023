"""A campaign in a real browser, in Turkish on a phone: copy a post from the share kit, sign the
pledge, open the emailed link, confirm, and see the count go up by one."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

CAMPAIGN = "/tr/kampanyalar/yabanci-degil-komsuyuz/"


def count(page):
    return int(page.locator(".pledge__count").get_attribute("data-count"))


def test_a_turkish_visitor_shares_signs_confirms_and_is_counted(new_page, sent_mail, artifacts):
    visitor = new_page(
        locale="tr", width=375, height=812, permissions=["clipboard-read", "clipboard-write"]
    )
    visitor.goto(CAMPAIGN)
    expect(visitor.locator("html")).to_have_attribute("lang", "tr")
    expect(visitor.locator("h1")).to_have_text("Yabancı değil, komşuyuz")
    before = count(visitor)

    # The share kit: copy the X post, hashtag included.
    post = visitor.locator(".share-post", has=visitor.locator("h3", has_text=re.compile(r"^X$")))
    text = post.locator("textarea").input_value()
    assert text.startswith("Yabancı değil, komşuyuz") and text.endswith("#SosediNeStranci")
    button = post.locator(".copy-button")
    button.click()
    expect(button).to_have_text("Kopyalandı")
    assert visitor.evaluate("navigator.clipboard.readText()") == text
    share = post.locator("a.share-link")
    assert re.search(r"/share/x/$", share.get_attribute("href"))
    visitor.screenshot(path=artifacts / "campaign-tr-phone.png", full_page=True)

    # The pledge.
    visitor.fill("#id_name", "Elif Şahin")
    visitor.fill("#id_email", "elif.sahin@example.org")
    visitor.select_option("#id_municipality", "gostivar")
    visitor.select_option("#id_community", "turkish")
    visitor.check("#id_show_name")
    visitor.check("#id_consent")
    visitor.locator(".pledge__form button[type=submit]").click()
    expect(visitor.locator("h1")).to_have_text("E-postanızı kontrol edin")
    assert count(visitor) == before  # not counted before the confirmation

    mail = next(text for text in reversed(sent_mail()) if "elif.sahin@example.org" in text)
    assert "Merhaba Elif," in mail  # in Turkish
    link = re.search(r"https?://\S+/confirm/[\w-]+/", mail).group(0)
    visitor.goto(link)
    expect(visitor.locator("h1")).to_have_text("İmzanızı onaylayın")
    assert count(visitor) == before  # opening the link counts nothing
    visitor.get_by_role("button", name="İmzamı onayla").click()
    expect(visitor.locator("h1")).to_have_text("Teşekkürler!")
    assert count(visitor) == before + 1

    visitor.goto(CAMPAIGN)
    assert count(visitor) == before + 1
    expect(visitor.locator(".pledge__latest")).to_contain_text("Elif (")
    assert visitor.csp_errors == []
