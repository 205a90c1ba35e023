"""The campaigns' part of ``seed_demo``: the campaigns index, a running campaign with a pledge
("Neighbours, not strangers") and an ended one ("Every language counts"), in all eight
languages, with myth and fact cards citing the census and the Constitution, a story each, a
share kit each, confirmed signatures and some reach.

The dates follow today's. A card keeps its id in every language (its URL is ``card/<id>/``
everywhere), as wagtail-localize keeps it for translations. Running it again changes nothing.
"""

import datetime
import io
import random
import uuid

from PIL import Image, ImageDraw

from django.utils import timezone

from campaigns import networks
from campaigns.models import CampaignIndexPage, CampaignPage, PledgeTally, Reach, Signature
from cms import languages
from forum import api as forum

from . import texts

DEFAULT = languages.DEFAULT.code
IDS = uuid.UUID("6f1c3f8e-2f52-4b7e-9a39-1d1f6a5e0c2a")  # the namespace of the demo's block ids


def block_id(*names):
    return str(uuid.uuid5(IDS, "/".join(names)))


def seed(command, homes):
    index = command.page(homes[DEFAULT], CampaignIndexPage, lambda code: _index_fields(code))
    if CampaignPage.objects.child_of(index).exists():
        return
    pictures = _pictures(command)
    today = timezone.localdate()
    neighbours = command.page(
        index,
        CampaignPage,
        lambda code: _campaign_fields(
            code,
            texts.NEIGHBOURS,
            texts.NEIGHBOURS_CARDS,
            texts.NEIGHBOURS_STORY,
            {"facebook": "long", "instagram": "long", "x": "short", "tiktok": "short"}
            | {"viber": "message", "whatsapp": "message"},
            texts.NEIGHBOURS_POSTS,
            pictures,
            "neighbours",
            starts_on=today - datetime.timedelta(days=20),
            ends_on=today + datetime.timedelta(days=70),
            hashtag="SosediNeStranci",
            pledge_goal=1000,
        ),
    )
    ended = command.page(
        index,
        CampaignPage,
        lambda code: _campaign_fields(
            code,
            texts.LANGUAGES_CAMPAIGN,
            texts.LANGUAGES_CARDS,
            texts.LANGUAGES_STORY,
            {network.code: "long" for network in networks.NETWORKS},
            texts.LANGUAGES_POSTS,
            pictures,
            "languages",
            starts_on=today - datetime.timedelta(days=150),
            ends_on=today - datetime.timedelta(days=60),
            hashtag="SekojJazik",
        ),
    )
    _signatures(neighbours)
    _reach(neighbours, days=20, seed=1)
    _reach(ended, days=90, seed=2, end=ended.ends_on)


def _index_fields(code):
    return {"show_in_menus": True, **{name: values[code] for name, values in texts.INDEX.items()}}


def _campaign_fields(code, words, cards, story, posts_by_network, posts, pictures, name, **same):
    body = [
        {
            "type": "myth_fact",
            "id": block_id(name, "card", str(number)),
            "value": {
                "myth": card["myth"][code],
                "fact": card["fact"][code],
                "source_title": card["source_title"][code],
                "source_url": card["source_url"],
                "source_document": None,
            },
        }
        for number, card in enumerate(cards)
    ]
    community = forum.communities_in(code).filter(slug=story["community"]).first()
    body.append(
        {
            "type": "story",
            "id": block_id(name, "story"),
            "value": {
                "quote": story["quote"][code],
                "name": story["name"][code],
                "photo": pictures[f"{name}-story"].pk,
                "community": community.pk if community else None,
                "municipality": story["municipality"],
                "consent": True,
            },
        }
    )
    body.append(
        {
            "type": "share_kit",
            "id": block_id(name, "share-kit"),
            "value": {
                "heading": "",
                "image": pictures[f"{name}-poster"].pk,
                "posts": [
                    {
                        "type": "item",
                        "id": block_id(name, "post", network),
                        "value": {"network": network, "text": posts[kind][code]},
                    }
                    for network, kind in posts_by_network.items()
                ],
            },
        }
    )
    fields = {key: values[code] for key, values in words.items()}
    return {
        **fields,
        **same,
        "hero_image": pictures[f"{name}-hero"],
        "search_description": fields["goal"],
        "body": body,
    }


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer


def _hands(colours, width=1600, height=900):
    """Circles that overlap in a row: neighbours side by side."""
    image = Image.new("RGB", (width, height), (238, 245, 247))
    draw = ImageDraw.Draw(image)
    step = width // (len(colours) + 1)
    for number, colour in enumerate(colours):
        x = step * (number + 1)
        draw.ellipse((x - 190, 260, x + 190, 640), fill=colour)
    return image


def _portrait(colour):
    image = Image.new("RGB", (480, 480), (238, 245, 247))
    draw = ImageDraw.Draw(image)
    draw.ellipse((150, 80, 330, 260), fill=colour)
    draw.ellipse((80, 280, 400, 600), fill=colour)
    return image


def _pictures(command):
    brand, accent, red, green, violet = (
        (11, 92, 120),
        (242, 183, 5),
        (192, 57, 43),
        (39, 174, 96),
        (142, 68, 173),
    )
    drawings = {
        "neighbours-hero": ("Соседи, не странци", _hands([brand, accent, red, green, violet])),
        "neighbours-poster": ("#SosediNeStranci", _hands([accent, brand, accent], 1920, 1920)),
        "neighbours-story": ("Ayşe Memeti", _portrait(red)),
        "languages-hero": ("Секој јазик се брои", _hands([violet, green, brand])),
        "languages-poster": ("#SekojJazik", _hands([green, violet], 1920, 1920)),
        "languages-story": ("Mustafa Jašarov", _portrait(brand)),
    }
    return {
        key: command.image(
            f"Demo campaign: {key}",
            f"campaign-{key}.png",
            lambda image=image: _png(image),
            alt,
        )
        for key, (alt, image) in drawings.items()
    }


def _signatures(page):
    """Confirmed signatures over the campaign's first days, and a few awaiting confirmation."""
    rng = random.Random(2026)  # noqa: S311 -- demo data, not secrets
    started = timezone.make_aware(
        datetime.datetime.combine(page.starts_on, datetime.time(9)), timezone.get_current_timezone()
    )
    days = max((timezone.localdate() - page.starts_on).days, 1)
    for number, (name, municipality, community, shown) in enumerate(texts.SIGNATORIES):
        confirmed = number < len(texts.SIGNATORIES) - 3
        # The last few signed in the past two days and have not opened their link yet.
        day = rng.randrange(days) if confirmed else max(days - 1 - rng.randrange(2), 0)
        signed = started + datetime.timedelta(days=day, minutes=rng.randrange(600))
        Signature.objects.create(
            campaign_key=page.translation_key,
            name=name,
            email=f"demo.signatory{number}@example.org",
            municipality=municipality,
            community=community,
            show_name=shown,
            language=rng.choice(languages.CODES),
            signed_at=signed,
            confirmed_at=signed + datetime.timedelta(minutes=rng.randrange(5, 240))
            if confirmed
            else None,
        )
    PledgeTally.objects.update_or_create(
        campaign_key=page.translation_key,
        defaults={"confirmed": Signature.objects.of(page).confirmed().count()},
    )


def _reach(page, days, seed, end=None):
    rng = random.Random(seed)  # noqa: S311 -- demo data, not secrets
    end = end or timezone.localdate()
    rows = []
    for back in range(days):
        day = end - datetime.timedelta(days=back)
        for network in rng.sample([n.code for n in networks.NETWORKS if n.share], 2):
            language = rng.choice(languages.CODES)
            rows.append(
                Reach(
                    campaign_key=page.translation_key,
                    kind=Reach.Kind.SHARE,
                    network=network,
                    language=language,
                    day=day,
                    count=rng.randrange(1, 15),
                )
            )
            rows.append(
                Reach(
                    campaign_key=page.translation_key,
                    kind=Reach.Kind.VIEW,
                    network=network,
                    language=language,
                    day=day,
                    count=rng.randrange(5, 60),
                )
            )
    Reach.objects.bulk_create(rows, ignore_conflicts=True)
