"""The shared StreamField blocks: admin previews work, each renders what a reader needs."""

from http import HTTPStatus

import pytest

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.rich_text import RichText

from home.blocks import BODY_BLOCKS, ImageBlock, LinkBlock
from home.models import ForumDocument, ForumImage, StandardPage

pytestmark = pytest.mark.django_db


def all_blocks():
    seen = {}

    def walk(block):
        if isinstance(block, blocks.StructBlock | blocks.StreamBlock):
            for child in block.child_blocks.values():
                walk(child)
        if getattr(block.meta, "template", None):
            seen[type(block).__name__] = block

    for _, block in BODY_BLOCKS:
        walk(block)
    return seen


@pytest.mark.parametrize("name, block", sorted(all_blocks().items()))
def test_every_block_can_be_previewed_in_the_admin(name, block):
    assert block.meta.icon
    assert block.meta.template
    assert str(block.meta.label)
    assert str(block.meta.description)
    assert block.meta.preview_value is not None
    assert block.meta.group


def test_block_types_of_the_body():
    assert [name for name, _ in BODY_BLOCKS] == [
        "heading",
        "paragraph",
        "image",
        "quote",
        "embed",
        "document",
        "call_to_action",
        "two_columns",
    ]


@pytest.fixture
def picture():
    return ForumImage.objects.get(title="Speech bubbles")


@pytest.fixture
def document(tmp_path):
    from django.core.files.base import ContentFile

    return ForumDocument.objects.create(
        title="Стратегија 2024-2027", file=ContentFile(b"%PDF-1.4 demo", name="strategija.pdf")
    )


def test_a_page_with_every_block_renders_them(client, homes, picture, document, about_pages):
    page = StandardPage(
        title="Сите блокови",
        slug="site-blokovi",
        body=[
            ("heading", {"text": "Цели", "level": "h3"}),
            ("paragraph", RichText("<p>Параграф со <b>нагласка</b>.</p>")),
            ("image", {"image": picture, "alt_text": "Пет прстени", "caption": "Заедниците"}),
            ("image", {"image": picture, "decorative": True, "caption": ""}),
            ("quote", {"quote": "Кога се слушаме, градиме доверба.", "attribution": "Учесничка"}),
            ("document", {"document": document, "title": ""}),
            (
                "call_to_action",
                {
                    "title": "Приклучете се",
                    "text": "Пишете ни.",
                    "link": {"page": about_pages["mk"], "url": ""},
                    "button_label": "Контакт",
                },
            ),
            (
                "two_columns",
                {
                    "left": [("paragraph", RichText("<p>Лева колона</p>"))],
                    "right": [("quote", {"quote": "Десно", "attribution": ""})],
                },
            ),
        ],
    )
    homes["mk"].add_child(instance=page)
    page.save_revision().publish()

    response = client.get(page.url)

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "<h3>Цели</h3>" in html
    assert "<b>нагласка</b>" in html
    assert 'alt="Пет прстени"' in html
    assert "<figcaption>Заедниците</figcaption>" in html
    assert 'alt=""' in html  # the decorative image
    assert "<blockquote><p>Кога се слушаме, градиме доверба.</p></blockquote>" in html
    assert f'href="{document.url}" download>Стратегија 2024-2027</a>' in html
    assert "<small>(PDF)</small>" in html
    assert f'<a class="button" href="{about_pages["mk"].url}">Контакт</a>' in html
    assert '<div class="block-columns">' in html and "Лева колона" in html


def test_an_image_without_any_alt_text_is_refused(picture):
    ForumImage.objects.filter(pk=picture.pk).update(description="")  # as imported, say
    block = ImageBlock()

    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": picture.pk, "alt_text": "", "decorative": False}))
    decorative = block.clean(block.to_python({"image": picture.pk, "decorative": True}))
    assert decorative["decorative"] is True


def test_a_link_needs_a_page_or_a_url_but_not_both(about_pages):
    block = LinkBlock()

    with pytest.raises(ValidationError):
        block.clean(block.to_python({"page": None, "url": ""}))
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"page": about_pages["mk"].pk, "url": "https://example.org"}))
    assert block.clean(block.to_python({"page": None, "url": "https://example.org"}))


def test_image_alt_text_is_required_on_upload(client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from home.demo import images
    from tests.conftest import login_as

    login_as(client, "editor")
    upload = SimpleUploadedFile("photo.png", images.logo().getvalue(), content_type="image/png")

    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Фотографија", "file": upload, "description": "", "collection": 1},
    )

    assert response.status_code == HTTPStatus.OK  # the form again, with its error
    assert not ForumImage.objects.filter(title="Фотографија").exists()
    assert response.context["form"].errors["description"]
