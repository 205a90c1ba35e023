"""Every public page type, on a small phone, a phone and a desktop, in Macedonian, Romani and
Serbian: nothing scrolls sideways, the header stays a small part of the first screen, the eight
languages open inside the screen and can each be tapped, and axe finds nothing serious.
Screenshots of each page type in Macedonian and Romani at phone width are kept in
test-artifacts/walk/.

The URLs come from the server's own database (its copy of the seeded demo), and the signed
links of the pledge's and the consent's steps from its own secret key."""

import json
import shutil
from datetime import UTC, datetime, timedelta

import pytest

pytestmark = pytest.mark.browser

WALKED = ("mk", "rom", "sr")
SHOT = ("mk", "rom")
WIDTHS = ((320, 568), (375, 812), (1280, 800))
PHONE = 375
SERIOUS = {"serious", "critical"}
HEADER_SHARE = 0.2  # of the first screen's height

URLS = r"""
import json
from datetime import UTC, datetime, timedelta
from wagtail.models import Page
from campaigns import pledges
from campaigns.models import CampaignPage, Signature
from competition.models import EssayCompetitionPage, Submission
from competition.submissions import consent_token

walk = {}
for code in %(codes)r:
    urls = {}
    live = Page.objects.live().public().filter(locale__language_code=code, depth__gt=1)
    for page in live.specific().order_by("path"):
        urls.setdefault(type(page).__name__, page.get_url())
    campaign = next(
        page for page in CampaignPage.objects.live().filter(locale__language_code=code)
        if page.has_pledge and page.cards()
    )
    signature = Signature.objects.of(campaign).first()
    urls["campaign card"] = campaign.route_url("card", next(iter(campaign.cards())))
    urls["pledge: check your email"] = campaign.route_url("signed")
    urls["pledge: confirm"] = campaign.route_url("confirm", pledges.confirm_token(signature))
    urls["pledge: withdraw"] = campaign.route_url("withdraw", pledges.withdraw_token(signature))
    urls["pledge: a broken link"] = campaign.route_url("confirm", "not-a-token")
    competition = EssayCompetitionPage.objects.live().get(locale__language_code=code)
    submission = Submission.objects.of(competition).first()
    urls["essay: received"] = competition.url + competition.reverse_subpage(
        "submitted", args=[submission.form_token]
    )
    urls["essay: guardian's consent"] = competition.url + competition.reverse_subpage(
        "consent", args=[consent_token(submission)]
    )
    urls["site search"] = f"/{code}/search/?q=forum"
    walk[code] = urls
print(json.dumps(walk))
"""

# One function the browser runs on each page: what a phone's user would notice.
TARGETS = ", ".join(
    (
        "main button",
        "main .button",
        "main summary",
        "main select",
        "main input:not([type=checkbox]):not([type=radio]):not([type=hidden])",
        ".site-header summary",
    )
)
MEASURE = """async (targets) => {
    const root = document.documentElement;
    const switcher = document.querySelector(".site-header .language-switcher");
    if (switcher === null) return {missing: true};
    const header = document.querySelector(".site-header").getBoundingClientRect();
    switcher.querySelector("summary").click();
    await new Promise(requestAnimationFrame);
    const languages = [...switcher.querySelectorAll(".language-list a")].map((link) => {
        link.scrollIntoView({block: "nearest"});
        const box = link.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return {
            lang: link.lang,
            inside: box.left >= 0 && box.right <= root.clientWidth && box.width > 0,
            tall: box.height >= 44,
            tappable: hit !== null && link.contains(hit),
        };
    });
    switcher.querySelector("summary").click();
    window.scrollTo(0, 0);
    const shown = (element) => element.checkVisibility() && !element.closest(".honeypot");
    const name = (element) => element.tagName + "." + element.className;
    const all = (selector) => [...document.querySelectorAll(selector)].filter(shown);
    return {
        small: all(targets).filter((element) => element.getBoundingClientRect().height < 44)
            .slice(0, 3).map(name),
        sideways: root.scrollWidth - root.clientWidth,
        widest: all("body *")
            .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
            .slice(0, 3).map(name),
        header: header.height,
        languages,
    };
}"""


@pytest.fixture(scope="module")
def walk(server_python):
    """{language code: {page type: URL}} for every public page type in the demo."""
    return json.loads(server_python(URLS % {"codes": WALKED}))


def problems_on(page, width, height):
    found = []
    measured = page.evaluate(MEASURE, TARGETS)
    if measured.get("missing"):
        return ["no site header with its language switcher"]
    if measured["sideways"] > 0:
        found.append(f"scrolls sideways by {measured['sideways']}px ({measured['widest']})")
    if measured["header"] > HEADER_SHARE * height:
        found.append(f"header is {measured['header']:.0f}px of a {height}px screen")
    if measured["small"]:
        found.append(f"touch targets under 44px: {measured['small']}")
    languages = measured["languages"]
    if len(languages) != 8:
        found.append(f"{len(languages)} languages listed")
    for language in languages:
        failed = [name for name in ("inside", "tall", "tappable") if not language[name]]
        if failed:
            found.append(f"language {language['lang']}: not {', '.join(failed)}")
    return found


def serious_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"axe {violation['id']} ({violation['impact']}): {violation['help']} at "
        f"{[node['target'] for node in violation['nodes']][:3]}"
        for violation in results.response["violations"]
        if violation["impact"] in SERIOUS
    ]


@pytest.mark.parametrize("code", WALKED)
def test_every_page_type_fits_a_phone_and_passes_an_accessibility_scan(
    new_page, walk, artifacts, code
):
    shots = artifacts / "walk"
    shots.mkdir(exist_ok=True)
    problems = []
    for width, height in WIDTHS:
        page = new_page(locale=code, width=width, height=height, bypass_csp=True)
        for kind, url in walk[code].items():
            response = page.goto(url)
            assert response.status < 500, f"{url}: {response.status}"
            where = f"{kind} {url} at {width}px"
            problems += [f"{where}: {problem}" for problem in problems_on(page, width, height)]
            if width == PHONE or (width == 1280 and code == "mk"):
                problems += [f"{where}: {found}" for found in serious_violations(page)]
            if width == PHONE and code in SHOT:
                name = kind.replace(":", "").replace("'", "").replace(" ", "-").lower()
                page.screenshot(path=shots / f"{code}-{name}.png", full_page=True)
    assert not problems, "\n".join(problems)


def test_the_walk_covers_every_page_type_the_site_serves(walk):
    from wagtail.models import get_page_models

    served = {model.__name__ for model in get_page_models() if model.is_creatable}
    for code in WALKED:
        assert served <= set(walk[code]), f"{code}: no demo page of {served - set(walk[code])}"


@pytest.mark.parametrize("code", ("mk", "rom"))
def test_a_form_error_on_a_phone_lands_on_its_summary_with_the_focus(new_page, walk, code):
    page = new_page(locale=code, width=PHONE, height=812)
    page.goto(walk[code]["CampaignPage"])
    page.locator(".pledge__form button[type=submit]").click()
    page.wait_for_load_state()

    assert page.url.endswith("#pledge")
    summary = page.locator(".error-summary")
    assert summary.evaluate("element => element === document.activeElement")
    box = summary.bounding_box()
    assert 0 <= box["y"] < 812, "the summary is on the first screen the visitor sees"
    first = summary.locator("a").first
    first.click()
    target = first.get_attribute("href")
    assert page.evaluate("document.activeElement.id") == target[1:]


@pytest.fixture
def open_competition(demo_database, demo_folder):
    """The demo's competition open for submissions (another journey may have closed it),
    closing again when the test ends as it was. SQL sends no signal to purge the pages the
    server keeps: their store (its PAGE_CACHE_DIR) is emptied, as after restoring a database."""
    closes_at = demo_database("SELECT MAX(closes_at) FROM competition_essaycompetitionpage")
    demo_database(
        "UPDATE competition_essaycompetitionpage SET closes_at = ?",
        datetime.now(tz=UTC) + timedelta(days=7),
    )
    shutil.rmtree(demo_folder / "pages", ignore_errors=True)
    yield
    demo_database("UPDATE competition_essaycompetitionpage SET closes_at = ?", closes_at)
    shutil.rmtree(demo_folder / "pages", ignore_errors=True)


def test_an_essay_sent_back_with_an_error_names_the_file_to_choose_again(
    new_page, walk, tmp_path, open_competition
):
    essay = tmp_path / "esej-romani.pdf"
    essay.write_bytes(b"%PDF-1.4\n% not a real essay\n")
    page = new_page(locale="rom", width=PHONE, height=812)
    page.goto(walk["rom"]["EssayCompetitionPage"])
    page.set_input_files("#id_file", str(essay))
    page.locator(".submission form button[type=submit]").click()
    page.wait_for_load_state()

    assert page.url.endswith("#submission")
    warning = page.locator(".form-field--clearablefile .form-field__warning")
    assert "esej-romani.pdf" in warning.text_content()
    assert page.locator("#id_file").input_value() == ""  # the browser did drop it
