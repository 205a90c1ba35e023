"""The demo's campaigns: two, in all eight languages, with cited facts, stories, share kits and a
pledge with confirmed signatures."""

from http import HTTPStatus

import pytest

from django.test import Client

from campaigns.models import CampaignIndexPage, CampaignPage, CardImage, PledgeTally, Signature
from cms import languages

pytestmark = pytest.mark.django_db


def test_two_campaigns_in_every_language_one_running_one_ended():
    index = CampaignIndexPage.objects.filter(locale__language_code="mk").first()
    sources = CampaignPage.objects.child_of(index).live()
    assert sources.count() == 2
    assert {page.has_ended() for page in sources} == {True, False}
    for source in sources:
        translations = CampaignPage.objects.filter(translation_key=source.translation_key).live()
        assert {page.locale.language_code for page in translations} == set(languages.CODES)
        titles = {page.title for page in translations}
        assert len(titles) >= 7  # real text in each language, not a copy of the Macedonian


def test_every_demo_card_cites_a_public_source_and_has_its_share_image():
    for page in CampaignPage.objects.live():
        cards = page.cards()
        assert cards
        for card_id, card in cards.items():
            assert card["source_url"].startswith("https://www.")
            assert card["source_title"] and card["myth"] and card["fact"]
            assert CardImage.objects.filter(page=page, card_id=card_id).exists()
    census = [
        card
        for page in CampaignPage.objects.filter(locale__language_code="en")
        for card in page.cards().values()
        if "Census" in card["source_title"]
    ]
    assert census and any("2021" in card["source_title"] for card in census)


def test_every_demo_campaign_has_a_story_and_a_share_kit_for_the_six_networks():
    for page in CampaignPage.objects.live():
        kinds = [block.block_type for block in page.body]
        assert "story" in kinds and "share_kit" in kinds
        (kit,) = [block.value for block in page.body if block.block_type == "share_kit"]
        networks = {post["network"] for post in kit["posts"]}
        assert networks == {"facebook", "instagram", "x", "tiktok", "viber", "whatsapp"}


def test_the_running_campaigns_pledge_has_confirmed_signatures_counted_once():
    page = CampaignPage.objects.get(slug="sosedi-ne-stranci")
    confirmed = Signature.objects.of(page).confirmed().count()

    assert page.has_pledge and page.pledge_goal
    assert confirmed > 10
    assert Signature.objects.of(page).filter(confirmed_at__isnull=True).exists()
    assert PledgeTally.count(page.campaign_key) == confirmed


@pytest.mark.parametrize("code", languages.CODES)
def test_the_demo_campaign_renders_in_every_language(code):
    page = CampaignPage.objects.get(
        locale__language_code=code,
        translation_key=CampaignPage.objects.get(slug="sosedi-ne-stranci").translation_key,
    )
    response = Client().get(page.url)

    assert response.status_code == HTTPStatus.OK
    assert f'<html lang="{code}"' in response.content.decode()
    assert page.pledge_text in response.content.decode().replace("&#x27;", "'")
