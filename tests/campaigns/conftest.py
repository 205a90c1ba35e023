import base64
import datetime
import io
import time

import pytest
from PIL import Image

from django.core import signing
from django.core.files.images import ImageFile
from django.utils import timezone

from campaigns import pledges
from campaigns.models import CampaignIndexPage, CampaignPage
from home.models import ForumImage

CARD_ID = "0b6b2d3c-1f0e-4d53-9a57-2f1c1a3b4c5d"


def big_image():
    """A photo large enough for every share size (Wagtail never enlarges an image)."""
    image = ForumImage.objects.filter(title="Test campaign photo").first()
    if image is None:
        buffer = io.BytesIO()
        Image.new("RGB", (2400, 2400), (11, 92, 120)).save(buffer, format="PNG")
        image = ForumImage.objects.create(
            title="Test campaign photo",
            description="A blue square",
            file=ImageFile(buffer, name="test-campaign-photo.png"),
        )
    return image


@pytest.fixture(scope="session", autouse=True)
def campaign_photo(django_db_setup, django_db_blocker):
    """The photo, made once and kept with the demo: saving it makes its every rendition
    (home/images.py), seconds of work that each test would otherwise repeat."""
    with django_db_blocker.unblock():
        big_image()


def body(myth, fact, source, post, community=None):
    image = big_image()
    return [
        {
            "type": "myth_fact",
            "id": CARD_ID,
            "value": {
                "myth": myth,
                "fact": fact,
                "source_title": source,
                "source_url": "https://www.stat.gov.mk/",
                "source_document": None,
            },
        },
        {
            "type": "story",
            "id": "5a0d7c8e-7a43-4c51-8f0e-0c6f3b5f2a10",
            "value": {
                "quote": "Komşum bana kendi dilimde günaydın dedi.",
                "name": "Emre Yılmaz",
                "photo": image.pk,
                "community": community,
                "municipality": "gostivar",
                "consent": True,
            },
        },
        {
            "type": "share_kit",
            "id": "9e7d1c2b-3a4f-4e5d-8c6b-7a8f9e0d1c2b",
            "value": {
                "heading": "",
                "image": image.pk,
                "posts": [
                    {
                        "type": "item",
                        "id": f"00000000-0000-4000-8000-00000000000{n}",
                        "value": {"network": network, "text": f"{post} ({network})"},
                    }
                    for n, network in enumerate(
                        ["facebook", "instagram", "x", "tiktok", "viber", "whatsapp"]
                    )
                ],
            },
        },
    ]


@pytest.fixture
def campaign(locales, django_capture_on_commit_callbacks):
    """{language code: page} of a running campaign with a pledge (goal 10), in mk and tr,
    published as an editor would: the share images are drawn after each publish commits."""
    index = CampaignIndexPage.objects.get(locale__language_code="mk")
    today = timezone.localdate()
    page = CampaignPage(
        title="Тест кампања",
        slug="test-kampanja",
        goal="Да ги замениме предрасудите со факти.",
        audience="Млади",
        key_messages="Предрасудите се учат.\nСоседите се наши.",
        starts_on=today - datetime.timedelta(days=5),
        ends_on=today + datetime.timedelta(days=5),
        hashtag="TestKampanja",
        hero_image=big_image(),
        pledge_text="Ќе се спротивставам на предрасудите.",
        pledge_goal=10,
        body=body(
            "Малите заедници не се важни.",
            "Над 165.000 жители се Турци, Роми, Срби, Бошњаци или Власи.",
            "Државен завод за статистика, Попис 2021",
            "Споделете ја кампањата",
        ),
    )
    index.add_child(instance=page)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    turkish = page.copy_for_translation(locales["tr"])
    turkish.title = "Test kampanyası"
    turkish.slug = "test-kampanyasi"
    turkish.goal = "Önyargıların yerine gerçekleri koymak."
    turkish.pledge_text = "Önyargılara karşı duracağım."
    turkish.body = body(
        "Küçük topluluklar önemsizdir.",
        "165.000'den fazla kişi Türk, Roman, Sırp, Boşnak veya Ulah'tır. Çğışöü ÇĞİŞÖÜ",
        "Devlet İstatistik Kurumu, 2021 Sayımı",
        "Kampanyayı paylaşın",
    )
    with django_capture_on_commit_callbacks(execute=True):
        turkish.save_revision().publish()
    return {"mk": page, "tr": CampaignPage.objects.get(pk=turkish.pk)}


def sign_data(**overrides):
    data = {
        "name": "Emre Yılmaz",
        "email": "emre@example.org",
        "municipality": "gostivar",
        "community": "turkish",
        "show_name": "on",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def route(page, name, *args):
    return page.url + page.reverse_subpage(name, args=args)


def old_token(signature, days):
    """A confirmation link as it was sent ``days`` ago."""

    class Then(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time()) - days * 24 * 60 * 60)

    signed = Then(salt=pledges.CONFIRM_SALT).sign(f"{signature.pk}:{signature.email}")
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")
