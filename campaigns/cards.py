"""The share image of a myth and fact card: the card's own text, drawn with Pillow, the fact
first and largest, the myth after it, smaller and struck through.

Drawn when the campaign page is published (``tasks.make_share_images``), never during a
visitor's request, in 1200x630, the size Open Graph and X show. The font is Roboto (the
``font-roboto`` package), which has every Cyrillic letter of Macedonian and Serbian and every
Latin letter of Albanian, Turkish, Romani, Bosnian and Aromanian (ë ç ş ğ ı č ć đ ž ă â î ș ț).
A card's image is drawn again only when its text changes.
"""

import hashlib
import io
from dataclasses import dataclass

import font_roboto
from PIL import Image, ImageDraw, ImageFont

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from campaigns.models import CardImage
from home import images

WIDTH, HEIGHT = 1200, 630
MARGIN = 64
BRAND = (11, 92, 120)
MYTH_COLOUR = (192, 57, 43)
FACT_COLOUR = (30, 132, 73)
TEXT = (33, 37, 41)
MUTED = (90, 98, 104)
PAPER = (255, 255, 255)
VERSION = "2"  # change to draw every card again after a change of layout


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


@dataclass(frozen=True)
class Piece:
    """One run of text on the card, where and how it is drawn."""

    role: str  # fact_label, fact, myth_label, myth, source, hashtag
    text: str
    x: int
    y: int
    font: ImageFont.FreeTypeFont
    fill: tuple
    struck: bool = False


def layout(myth, fact, source, hashtag, language):
    """The card's text, top to bottom. It leads with the fact, large; the myth comes after it,
    smaller, labelled as a myth and struck through, so the card never makes a headline of the
    myth (the first rule of the Debunking Handbook)."""
    with translation.override(language):
        myth_label, fact_label = _("Myth").upper(), _("Fact").upper()
        source_line = _("Source: %(source)s") % {"source": source}
    draw = ImageDraw.Draw(Image.new("RGB", (1, 1)))  # only to measure text
    inner = WIDTH - 2 * MARGIN
    footer = HEIGHT - MARGIN - 30
    pieces = []
    y = MARGIN - 16
    pieces.append(Piece("fact_label", fact_label, MARGIN, y, _font("RobotoBold", 26), FACT_COLOUR))
    y += 38
    font, lines, step = _fitted(draw, fact, "RobotoBold", inner, 270, 52)
    for line in lines:
        pieces.append(Piece("fact", line, MARGIN, y, font, TEXT))
        y += step
    y += 20
    pieces.append(Piece("myth_label", myth_label, MARGIN, y, _font("RobotoBold", 20), MYTH_COLOUR))
    y += 30
    myth_size = min(30, font.size - 8)
    font, lines, step = _fitted(draw, myth, "Roboto", inner, footer - y - 16, myth_size, 18)
    for line in lines:
        pieces.append(Piece("myth", line, MARGIN, y, font, MUTED, struck=True))
        y += step
    small = _font("Roboto", 22)
    source_lines = _wrap(draw, source_line, small, inner - 260)
    pieces.append(Piece("source", source_lines[0], MARGIN, footer, small, MUTED))
    tag = _font("RobotoBold", 28)
    x = WIDTH - MARGIN - int(draw.textlength(hashtag, font=tag))
    pieces.append(Piece("hashtag", hashtag, x, footer - 4, tag, BRAND))
    return pieces


def draw_card(myth, fact, source, hashtag, language):
    """The card as PNG bytes, drawn from its ``layout``."""
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 16, HEIGHT), fill=BRAND)
    for piece in layout(myth, fact, source, hashtag, language):
        draw.text((piece.x, piece.y), piece.text, font=piece.font, fill=piece.fill)
        if piece.struck:
            middle = piece.y + int(piece.font.size * 0.65)
            width = draw.textlength(piece.text, font=piece.font)
            draw.line((piece.x, middle, piece.x + width, middle), fill=MYTH_COLOUR, width=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer


def card_text(myth, fact, language, separator=" "):
    """The card's words in the order the card shows them: the fact, then the myth, labelled
    (the image's alt text, the text shared with the card)."""
    with translation.override(language):
        return separator.join(
            [_("Fact: %(fact)s") % {"fact": fact}, _("Myth: %(myth)s") % {"myth": myth}]
        )


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
        # A card is drawn for the networks' previews only: it gets no hero or card renditions.
        with transaction.atomic(), images.only_for("social"):
            image = ForumImage.objects.create(
                title=f"{page.title}: {card['fact']}"[:255],
                description=card_text(card["myth"], card["fact"], page.locale.language_code)[:255],
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
