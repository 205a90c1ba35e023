"""The share image of a myth and fact card: the card's own text, drawn with Pillow.

Drawn when the campaign page is published (``tasks.make_share_images``), never during a
visitor's request, in 1200x630, the size Open Graph and X show. The font is Roboto (the
``font-roboto`` package), which has every Cyrillic letter of Macedonian and Serbian and every
Latin letter of Albanian, Turkish, Romani, Bosnian and Aromanian (ë ç ş ğ ı č ć đ ž ă â î ș ț).
A card's image is drawn again only when its text changes.
"""

import hashlib
import io

import font_roboto
from PIL import Image, ImageDraw, ImageFont

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from campaigns.models import CardImage

WIDTH, HEIGHT = 1200, 630
MARGIN = 64
BRAND = (11, 92, 120)
MYTH_COLOUR = (192, 57, 43)
FACT_COLOUR = (30, 132, 73)
TEXT = (33, 37, 41)
PAPER = (255, 255, 255)
VERSION = "1"  # change to draw every card again after a change of layout


def _font(name, size):
    return ImageFont.truetype(font_roboto.font_files[name], size)


def _wrap(draw, text, font, width):
    """The text in lines no wider than ``width`` (a word longer than a line stays whole)."""
    lines = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if line and draw.textlength(trial, font=font) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


def _fitted(draw, text, font_name, width, height, largest, smallest=22):
    """The largest size from ``largest`` down at which the text fits the box, and its lines."""
    for size in range(largest, smallest - 1, -2):
        font = _font(font_name, size)
        lines = _wrap(draw, text, font, width)
        if len(lines) * int(size * 1.25) <= height:
            return font, lines, int(size * 1.25)
    font = _font(font_name, smallest)
    lines = _wrap(draw, text, font, width)
    step = int(smallest * 1.25)
    return font, lines[: max(1, height // step)], step


def draw_card(myth, fact, source, hashtag, language):
    """The card as PNG bytes: the myth struck through, the fact, the source and the hashtag."""
    with translation.override(language):
        myth_label, fact_label = _("Myth").upper(), _("Fact").upper()
        source_line = _("Source: %(source)s") % {"source": source}
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 16, HEIGHT), fill=BRAND)
    label = _font("RobotoBold", 26)
    inner = WIDTH - 2 * MARGIN
    y = MARGIN - 16
    draw.text((MARGIN, y), myth_label, font=label, fill=MYTH_COLOUR)
    y += 38
    font, lines, step = _fitted(draw, myth, "Roboto", inner, 130, 40)
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=TEXT)
        width = draw.textlength(line, font=font)
        middle = y + step // 2
        draw.line((MARGIN, middle, MARGIN + width, middle), fill=MYTH_COLOUR, width=3)
        y += step
    y += 24
    draw.text((MARGIN, y), fact_label, font=label, fill=FACT_COLOUR)
    y += 38
    footer = HEIGHT - MARGIN - 30
    font, lines, step = _fitted(draw, fact, "RobotoBold", inner, footer - y - 16, 46)
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=TEXT)
        y += step
    small = _font("Roboto", 22)
    source_lines = _wrap(draw, source_line, small, inner - 260)
    draw.text((MARGIN, footer), source_lines[0], font=small, fill=(90, 98, 104))
    tag = _font("RobotoBold", 28)
    draw.text(
        (WIDTH - MARGIN - draw.textlength(hashtag, font=tag), footer - 4),
        hashtag,
        font=tag,
        fill=BRAND,
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer


def text_hash(page, card):
    parts = [VERSION, page.locale.language_code, page.tag, card["myth"], card["fact"]]
    parts.append(card["source_title"])
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def make_card_images(page):
    """Draw the page's cards whose text changed since their image; forget removed cards.
    Returns the number of images drawn."""
    from home.models import ForumImage

    cards = page.cards()
    known = {card.card_id: card for card in CardImage.objects.filter(page=page)}
    drawn = 0
    for card_id, card in cards.items():
        digest = text_hash(page, card)
        existing = known.get(card_id)
        if existing is not None and existing.text_hash == digest:
            continue
        png = draw_card(
            card["myth"], card["fact"], card["source_title"], page.tag, page.locale.language_code
        )
        with transaction.atomic():
            image = ForumImage.objects.create(
                title=f"{page.title}: {card['myth']}"[:255],
                description=f"{card['myth']} — {card['fact']}"[:255],
                file=ImageFile(png, name=f"card-{card_id[:8]}-{page.locale.language_code}.png"),
            )
            CardImage.objects.update_or_create(
                page=page, card_id=card_id, defaults={"image": image, "text_hash": digest}
            )
            if existing is not None:
                existing.image.delete()
        drawn += 1
    for card_id, stale in known.items():
        if card_id not in cards:
            stale.delete()  # its picture goes with it (signals.card_image_deleted)
    return drawn
