"""Campaign pages and their cards in two languages: content, social tags, share kit, images."""

import io
import re
from html import unescape
from http import HTTPStatus

import pytest
from PIL import Image

from django.urls import reverse
from django.utils import translation

from wagtail_localize.models import Translation

from campaigns import cards
from campaigns.models import CampaignPage, CardImage
from home.models import ForumImage, ForumRendition
from tests.conftest import login_as

from .conftest import CARD_ID, route

pytestmark = pytest.mark.django_db


def meta(html, name):
    """The content of a <meta property|name="name"> tag, or None."""
    found = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)"', html)
    return found and found.group(1)


def rendition(url):
    return ForumRendition.objects.get(file=url.split("/media/", 1)[1])


def rendition_size(url):
    found = rendition(url)
    return found.width, found.height


@pytest.mark.parametrize("code", ["mk", "tr"])
def test_a_campaign_page_shows_the_campaign_in_its_language(client, campaign, code):
    page = campaign[code]
    response = client.get(page.url)

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert f'<html lang="{code}"' in html
    assert page.title in html and page.goal in html and page.pledge_text in html
    assert "Предрасудите се учат." in html  # the key messages, one per line
    assert page.cards()[CARD_ID]["myth"] in html
    assert "Emre Yılmaz" in html and ("Гостивар" in html or "Gostivar" in html)


@pytest.mark.parametrize("code", ["mk", "tr"])
def test_every_campaign_page_has_social_tags_with_a_1200x630_image(client, campaign, code):
    page = campaign[code]
    html = client.get(page.url).content.decode()

    assert meta(html, "og:title") == page.title
    assert meta(html, "og:description") == page.goal
    assert meta(html, "og:locale") == code
    assert meta(html, "og:url") == page.full_url
    assert meta(html, "og:image:width") == "1200" and meta(html, "og:image:height") == "630"
    assert rendition_size(meta(html, "og:image")) == (1200, 630)
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "twitter:image") == meta(html, "og:image")


@pytest.mark.parametrize("code", ["mk", "tr"])
def test_a_card_has_its_own_url_and_social_card_from_its_share_image(client, campaign, code):
    page = campaign[code]
    value = page.cards()[CARD_ID]
    response = client.get(route(page, "card", CARD_ID))

    html = unescape(response.content.decode())
    assert response.status_code == HTTPStatus.OK
    assert value["myth"] in html and value["fact"] in html
    # The preview leads with the fact and never makes a headline of the myth.
    assert meta(html, "og:title") == meta(html, "twitter:title") == value["fact"]
    assert value["myth"] not in meta(html, "og:title") + meta(html, "og:description")
    with translation.override(code):
        source = translation.gettext("Source: %(source)s") % {"source": value["source_title"]}
        fact_first = translation.gettext("Fact: %(fact)s") % {"fact": value["fact"]}
    assert meta(html, "og:description") == source
    assert meta(html, "og:image:alt").startswith(fact_first)
    card_html = html.split('class="myth-fact"', 1)[1]
    assert card_html.index(value["fact"]) < card_html.index(value["myth"])
    assert meta(html, "og:url").endswith(route(page, "card", CARD_ID))
    image = CardImage.objects.get(page=page, card_id=CARD_ID).image
    assert rendition(meta(html, "og:image")).image_id == image.pk
    assert rendition_size(meta(html, "og:image")) == (1200, 630)
    assert (image.width, image.height) == (1200, 630)
    assert meta(html, "twitter:card") == "summary_large_image"


def test_an_unknown_card_is_not_found(client, campaign):
    page = campaign["tr"]
    assert (
        client.get(route(page, "card", "11111111-1111-4111-8111-111111111111")).status_code == 404
    )
    assert client.get(page.url + "card/not-a-card/").status_code == 404


def test_the_share_kit_offers_each_networks_post_with_the_hashtag_and_plain_share_links(
    client, campaign
):
    page = campaign["tr"]
    html = client.get(page.url).content.decode()

    posts = re.findall(
        r'<textarea class="share-post__text" id="([^"]+)"[^>]*>([^<]*)</textarea>', html
    )
    assert len(posts) == 6
    for _id, text in posts:
        assert text.startswith("Kampanyayı paylaşın (") and text.endswith("#TestKampanja")
        assert f'data-copy="{_id}"' in html  # its copy button
    shares = set(re.findall(r'href="[^"]*/share/([a-z]+)/"', html))
    assert shares == {"facebook", "x", "viber", "whatsapp"}  # Instagram and TikTok have none
    assert "<script" not in html.split("</head>", 1)[1]  # no third-party script in the body
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert all(src.startswith("/static/") for src in scripts)


def test_the_share_kit_downloads_the_image_in_the_three_sizes(client, campaign):
    html = client.get(campaign["mk"].url).content.decode()

    downloads = re.findall(r'<a href="(/media/images/[^"]+)" download>', html)
    sizes = {rendition_size(url) for url in downloads}
    assert {(1200, 630), (1080, 1080), (1080, 1920)} <= sizes


def test_a_share_link_counts_and_sends_to_the_networks_plain_share_address(client, campaign):
    page = campaign["tr"]
    response = client.get(route(page, "share", "x"))

    assert response.status_code == HTTPStatus.FOUND
    location = response["Location"]
    assert location.startswith("https://x.com/intent/post?text=")
    assert "Kampanyay%C4%B1%20payla%C5%9F%C4%B1n%20%28x%29" in location  # the X post's text
    assert "via%3Dx" in location  # the shared URL says where its views come from

    card = client.get(route(page, "share", "whatsapp") + f"?card={CARD_ID}")
    assert card["Location"].startswith("https://wa.me/?text=")
    assert "card%2F" + CARD_ID in card["Location"]
    viber = client.get(route(page, "share", "viber"))
    assert viber["Location"].startswith("viber://forward?text=")


def test_networks_without_a_share_address_and_unknown_ones_are_not_found(client, campaign):
    page = campaign["tr"]
    for network in ["instagram", "tiktok", "myspace"]:
        assert client.get(route(page, "share", network)).status_code == 404


def test_the_share_image_is_drawn_on_publishing_and_again_only_when_the_text_changes(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["tr"]
    first = CardImage.objects.get(page=page, card_id=CARD_ID)
    picture = Image.open(first.image.file)
    assert picture.size == (1200, 630)
    assert len(picture.convert("L").getcolors(maxcolors=100000)) > 2  # text was drawn

    client.get(route(page, "card", CARD_ID))  # a visitor's request draws nothing
    assert CardImage.objects.get(page=page, card_id=CARD_ID).image_id == first.image_id

    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()  # published again, unchanged
    assert CardImage.objects.get(page=page, card_id=CARD_ID).image_id == first.image_id

    page = CampaignPage.objects.get(pk=page.pk)
    page.body[0].value["fact"] = "Yeni bir gerçek."
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    again = CardImage.objects.get(page=page, card_id=CARD_ID)
    assert again.image_id != first.image_id
    assert not type(first.image).objects.filter(pk=first.image_id).exists()  # no orphan


def test_the_share_image_font_draws_every_letter_of_the_eight_languages():
    letters = (
        "ЃЌЅЏЉЊЈѓќѕџљњјђћЂЋабвгджзшчщ"  # Macedonian and Serbian Cyrillic
        "ëËçÇ"  # Albanian
        "şŞğĞıİöÖüÜ"  # Turkish
        "čČćĆđĐžŽšŠ"  # Bosnian, Serbian Latin, Romani
        "ăĂâÂîÎșȘțȚãÃ"  # Aromanian
    )
    for name in ["Roboto", "RobotoBold"]:
        font = cards._font(name, 40)
        missing = bytes(font.getmask("\uffff"))  # a code point no font draws: the empty box
        for letter in letters:
            assert bytes(font.getmask(letter)) != missing, (name, letter)


def test_a_card_image_leads_with_the_fact_and_shows_the_myth_lower_and_smaller():
    pieces = cards.layout(
        "Ромите не сакаат да учат.",
        "Запишувањето на ромските деца расте секоја година.",
        "Државен завод за статистика",
        "#Соседи",
        "mk",
    )

    roles = [piece.role for piece in sorted(pieces, key=lambda piece: piece.y)]
    assert roles[:2] == ["fact_label", "fact"]
    assert roles.index("myth_label") > max(i for i, role in enumerate(roles) if role == "fact")
    by_role = {piece.role: piece for piece in pieces}
    assert by_role["fact_label"].text == "ФАКТ" and by_role["myth_label"].text == "МИТ"
    assert by_role["myth"].font.size < by_role["fact"].font.size
    assert by_role["myth_label"].font.size < by_role["fact_label"].font.size
    assert by_role["myth"].struck and not by_role["fact"].struck
    assert " ".join(p.text for p in pieces if p.role == "fact") == (
        "Запишувањето на ромските деца расте секоја година."
    )


def test_a_card_image_is_a_png_of_the_right_size():
    png = cards.draw_card(
        "Мит", "Факт: ѓ ќ ѕ џ ë ç ş ğ ı č ć đ ž ă â î ș ț", "Извор", "#Тест", "mk"
    )
    image = Image.open(io.BytesIO(png.getvalue()))
    assert image.format == "PNG" and image.size == (cards.WIDTH, cards.HEIGHT) == (1200, 630)


def test_the_index_lists_current_and_past_campaigns(client, campaign):
    page = campaign["tr"].get_parent()
    html = client.get(page.url).content.decode()

    current, _sep, past = html.partition('id="past-heading"')
    assert "Test kampanyası" in current
    assert "Yabancı değil, komşuyuz" in current  # the demo's running campaign
    assert "Her dil önemlidir" in past  # the demo's ended campaign


def test_a_translation_made_with_wagtail_localize_keeps_each_cards_url_and_draws_its_image(
    client, campaign, locales, django_capture_on_commit_callbacks
):
    source = campaign["mk"]
    login_as(client, "translator")
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[source.pk]),
        {"locales": [locales["rom"].pk]},
    )
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=locales["rom"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    romani = CampaignPage.objects.get(translation_key=source.translation_key, locale=locales["rom"])
    assert list(romani.cards()) == [CARD_ID]
    response = client.get(route(romani, "card", CARD_ID))
    assert response.status_code == HTTPStatus.OK
    assert '<html lang="rom"' in response.content.decode()
    assert CardImage.objects.filter(page=romani, card_id=CARD_ID).exists()


def test_deleting_a_campaign_takes_its_share_images_out_of_the_image_library(campaign):
    page = campaign["tr"]
    image_ids = list(CardImage.objects.filter(page=page).values_list("image_id", flat=True))
    assert image_ids

    page.delete()

    assert not CardImage.objects.filter(image_id__in=image_ids).exists()
    assert not ForumImage.objects.filter(pk__in=image_ids).exists()


SHARE_IMAGE_LINK = re.compile(r'class="share-link" href="[^"]*/card-[^"]*\.png" download')


def test_the_page_above_its_pledge_is_kept_until_the_page_or_its_card_images_change(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["mk"]
    html = client.get(page.url).content.decode()
    assert SHARE_IMAGE_LINK.search(html)

    # Changed behind the site's back (no signal): the kept page does not see it.
    CampaignPage.objects.filter(pk=page.pk).update(goal="Тивко сменета цел.")
    assert '<p class="lead">Тивко сменета цел.</p>' not in client.get(page.url).content.decode()

    # The share images go (a card redrawn, say): the page is purged and links none.
    with django_capture_on_commit_callbacks(execute=True):
        for card_image in CardImage.objects.filter(page=page):
            card_image.delete()
    html = client.get(page.url).content.decode()
    assert '<p class="lead">Тивко сменета цел.</p>' in html
    assert not SHARE_IMAGE_LINK.search(html)

    with django_capture_on_commit_callbacks(execute=True):
        assert cards.make_card_images(CampaignPage.objects.get(pk=page.pk)) == 1
    assert SHARE_IMAGE_LINK.search(client.get(page.url).content.decode())
