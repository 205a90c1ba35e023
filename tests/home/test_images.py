"""Images for slow phones: every rendition a page shows is made when its image is saved, and
a page offers it as AVIF and WebP with the original format for the rest (home/images.py)."""

import io
from html.parser import HTMLParser
from http import HTTPStatus

import pytest
from PIL import Image, features

from django.core.files.images import ImageFile
from django.core.management import call_command
from django.template import Context, Template
from django.urls import reverse

from wagtail.models import Page, get_page_models

from home import images
from home.models import ForumImage, ForumRendition
from tests.conftest import login_as

pytestmark = pytest.mark.django_db


def new_image(title="Пазар во Струга", size=(1700, 900), name="pazar.jpg", format="JPEG"):
    buffer = io.BytesIO()
    Image.linear_gradient("L").resize(size).convert("RGB").save(buffer, format=format)
    return ForumImage.objects.create(
        title=title, description="Тезги на пазарот", file=ImageFile(buffer, name=name)
    )


class Pictures(HTMLParser):
    """The ``<picture>``s inside ``<main>``: each one's sources and its img's attributes."""

    def __init__(self):
        super().__init__()
        self.pictures = []
        self.in_main = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self.in_main = True
        elif self.in_main and tag == "picture":
            self.pictures.append({"sources": [], "img": None})
        elif self.in_main and tag == "source" and self.pictures:
            self.pictures[-1]["sources"].append(attrs)
        elif self.in_main and tag == "img" and self.pictures and self.pictures[-1]["img"] is None:
            self.pictures[-1]["img"] = attrs

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main = False


def pictures_of(response):
    parser = Pictures()
    parser.feed(response.content.decode())
    return parser.pictures


@pytest.fixture
def avif(settings):
    """AVIF as production offers it (the suite's settings leave it out: it is slow to encode)."""
    settings.IMAGE_MODERN_FORMATS = ["avif", "webp"]


def test_pillow_here_encodes_avif_and_webp():
    assert features.check("avif") and features.check("webp")


def test_saving_an_image_makes_every_registered_rendition_in_avif_webp_and_its_own_format(avif):
    image = new_image()

    made = {rendition.filter_spec: rendition for rendition in image.renditions.all()}

    assert set(made) == set(images.filter_specs(image))
    hero = images.USES["hero"].filter_specs(image)
    assert [made[spec].file.name.rsplit(".", 1)[1] for spec in hero] == ["avif", "webp", "jpg"] * 3
    assert made["fill-1200x630"].file.name.endswith(".jpg")  # the networks' preview as it is


def test_a_png_drawing_falls_back_to_png_and_a_drawn_share_card_gets_its_preview_only():
    drawing = new_image(size=(800, 400), name="crtez.png", format="PNG")
    with images.only_for("social"):
        card = new_image(title="Картичка", size=(1200, 630), name="karticka.png", format="PNG")

    assert "fill-320x180|format-png" in set(
        drawing.renditions.values_list("filter_spec", flat=True)
    )
    assert list(card.renditions.values_list("filter_spec", flat=True)) == ["fill-1200x630"]


def test_a_page_showing_images_makes_no_rendition_and_offers_modern_formats_with_sizes(
    client, homes
):
    """The home page's hero: a <picture> loaded first and at once; an image further down the
    page waits until it is scrolled to; neither is made while the visitor waits."""
    hero, photo = new_image(), new_image(title="Чаршија", name="carsija.jpg")
    home = homes["mk"]
    home.hero_image, home.hero_image_alt = hero, "Пазарот во Струга наутро"
    home.body = [("image", {"image": photo, "alt_text": "", "decorative": True, "caption": ""})]
    home.save_revision().publish()
    renditions = ForumRendition.objects.count()

    response = client.get(home.url)

    assert response.status_code == HTTPStatus.OK
    assert ForumRendition.objects.count() == renditions, "a visitor's request made renditions"
    pictures = pictures_of(response)
    first, *rest = pictures
    assert [source["type"] for source in first["sources"]] == ["image/webp"]
    assert first["img"]["fetchpriority"] == "high" and first["img"]["loading"] == "eager"
    assert first["img"]["alt"] == "Пазарот во Струга наутро"
    assert first["img"]["src"] == hero.renditions.get(filter_spec="fill-480x300|format-jpeg").url
    assert first["sources"][0]["sizes"] == "100vw"
    assert first["sources"][0]["srcset"].count("w, ") == 2  # three widths for three screens
    for picture in pictures:
        assert picture["img"]["width"] and picture["img"]["height"], picture
    below = [picture for picture in rest if "carsija" in picture["img"]["src"]]
    assert [picture["img"]["alt"] for picture in below] == [""]  # decorative
    assert all(picture["img"]["loading"] == "lazy" for picture in rest)


def test_a_picture_offers_avif_then_webp_then_the_original_format_from_saved_renditions(avif):
    photo = new_image(size=(900, 600))
    renditions = ForumRendition.objects.count()

    html = Template('{% load image_tags %}{% picture_of photo "card" alt="" %}').render(
        Context({"photo": photo})
    )

    assert ForumRendition.objects.count() == renditions
    parser = Pictures()
    parser.feed(f"<main>{html}</main>")
    [picture] = parser.pictures
    assert [source["type"] for source in picture["sources"]] == ["image/avif", "image/webp"]
    assert ".avif 320w, " in picture["sources"][0]["srcset"]
    assert picture["sources"][0]["sizes"] == images.USES["card"].sizes
    assert picture["img"]["src"].endswith(".jpg") and picture["img"]["srcset"].endswith("640w")
    assert (picture["img"]["width"], picture["img"]["height"]) == ("320", "180")


def test_a_missing_rendition_is_asked_of_the_task_and_the_page_still_shows_the_image(client, homes):
    """An image saved before its use was registered (or before the worker came to it): the
    page shows the original with its size, and the task makes the renditions for the next."""
    photo = new_image(title="Стар плакат", name="plakat.jpg")
    photo.renditions.all().delete()
    home = homes["mk"]
    home.hero_image, home.hero_image_alt = photo, ""
    home.save_revision().publish()

    response = client.get(home.url)

    assert response.status_code == HTTPStatus.OK
    assert f'src="{photo.file.url}" width="1700" height="900"' in response.content.decode()
    specs = set(photo.renditions.values_list("filter_spec", flat=True))
    assert set(images.USES["hero"].filter_specs(photo)) <= specs


def test_the_demo_images_have_their_renditions():
    """seed_demo saves its pictures like an editor does: each one gets every rendition."""
    demo = ForumImage.objects.get(title="Speech bubbles")

    made = set(demo.renditions.values_list("filter_spec", flat=True))

    assert set(images.filter_specs(demo)) <= made


def test_replacing_an_images_file_in_the_admin_makes_its_renditions_again_from_the_new_file(
    client,
):
    """Wagtail deletes a replaced file's renditions after saving the image: the admin's form
    asks for them again, drawn from the new file."""
    photo = new_image(title="Плоштад", size=(1000, 600), name="plostad.jpg")
    old = set(photo.renditions.values_list("file", flat=True))
    login_as(client, "admin")
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), (192, 57, 43)).save(buffer, format="JPEG")
    buffer.name = "plostad-nov.jpg"
    buffer.seek(0)

    response = client.post(
        reverse("wagtailimages:edit", args=[photo.pk]),
        {
            "title": photo.title,
            "file": buffer,
            "description": photo.description,
            "credit": "",
            "collection": photo.collection_id,
            "tags": "",
        },
    )

    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    photo.refresh_from_db()
    assert photo.width == 1200
    made = {rendition.filter_spec: rendition for rendition in photo.renditions.all()}
    assert set(made) == set(images.filter_specs(photo))
    assert not old & {rendition.file.name for rendition in made.values()}
    assert made["fill-320x180|format-webp"].file.name.startswith("images/plostad-nov")


def test_make_renditions_gives_images_saved_before_a_use_its_renditions():
    photo = new_image(title="Стара фотографија", size=(600, 400), name="stara.jpg")
    photo.renditions.filter(filter_spec__startswith="fill-96x96").delete()
    out = io.StringIO()

    call_command("make_renditions", use=["avatar"], stdout=out)

    specs = set(photo.renditions.values_list("filter_spec", flat=True))
    assert set(images.USES["avatar"].filter_specs(photo)) <= specs
    assert f"Renditions asked for {ForumImage.objects.count()} images." in out.getvalue()


def test_no_page_of_the_demo_makes_a_rendition_while_a_visitor_waits(client, homes):
    """One page of every public type, in two languages: every image on it was made when it
    was saved (the demo seeder saves them as an editor does)."""
    renditions = ForumRendition.objects.count()
    for code in ["mk", "rom"]:
        for model in get_page_models():
            page = model.objects.live().public().filter(locale=homes[code].locale).first()
            if model is not Page and page is not None:
                assert client.get(page.url).status_code == HTTPStatus.OK, page.url
                assert ForumRendition.objects.count() == renditions, f"{page.url} made renditions"
