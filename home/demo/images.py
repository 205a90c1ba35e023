"""Pictures for the demo, drawn with Pillow so that the demo needs no download."""

import io

from PIL import Image, ImageDraw

from django.core.files.images import ImageFile

BRAND = (11, 92, 120)
ACCENT = (242, 183, 5)
TINT = (238, 245, 247)


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer


def logo():
    image = Image.new("RGB", (240, 240), BRAND)
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 50, 130, 140), fill="white")
    draw.ellipse((110, 50, 200, 140), fill=ACCENT)
    draw.rounded_rectangle((40, 165, 200, 195), radius=15, fill="white")
    return _png(image)


def _bubble(size, box, colour, tail):
    """A speech bubble on a layer of its own: a rounded body, a tail towards ``tail`` (left or
    right) and three lines of "text"."""
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    left, top, right, bottom = box
    fill = (*colour, 215)
    draw.rounded_rectangle(box, radius=(bottom - top) // 4, fill=fill)
    foot = left + (right - left) // 4 if tail == "left" else right - (right - left) // 4
    step = (bottom - top) // 3 * (-1 if tail == "left" else 1)
    draw.polygon(
        [(foot - 40, bottom - 2), (foot + 40, bottom - 2), (foot + step, bottom + 90)], fill=fill
    )
    line_height = (bottom - top) // 9
    for row, share in enumerate((0.7, 0.55, 0.4)):
        y = top + (row * 2 + 2) * line_height
        draw.rounded_rectangle(
            (left + 50, y, left + 50 + (right - left - 100) * share, y + line_height),
            radius=line_height // 2,
            fill=(255, 255, 255, 235),
        )
    return layer


def hero():
    """Many voices in one conversation: speech bubbles of the communities' colours overlapping
    over a mosaic of small tiles, the municipalities where the Forum works."""
    width, height = 1600, 800
    image = Image.new("RGBA", (width, height), (*TINT, 255))
    draw = ImageDraw.Draw(image)
    # The mosaic: a staggered field of small tiles, some tinted, in a fixed pattern.
    tints = [(205, 226, 232), (222, 236, 240), (250, 233, 180), (214, 232, 220)]
    for row in range(0, height // 40 + 1):
        for column in range(0, width // 48 + 1):
            x = column * 48 + (24 if row % 2 else 0)
            y = row * 40
            colour = tints[(row * 7 + column * 3 + row * column) % len(tints)]
            draw.rounded_rectangle((x + 4, y + 4, x + 40, y + 34), radius=8, fill=colour)
    colours = [BRAND, ACCENT, (192, 57, 43), (39, 174, 96), (142, 68, 173)]
    bubbles = [
        ((180, 170, 700, 440), "left"),
        ((560, 300, 1060, 560), "right"),
        ((940, 130, 1440, 390), "left"),
        ((300, 480, 720, 680), "right"),
        ((1040, 470, 1460, 670), "left"),
    ]
    for colour, (box, tail) in zip(colours, bubbles, strict=True):
        image = Image.alpha_composite(image, _bubble((width, height), box, colour, tail))
    return _png(image.convert("RGB"))


def image_file(name, drawing):
    return ImageFile(drawing(), name=name)
