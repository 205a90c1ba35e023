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


def hero():
    """Five circles meeting in one: the five communities around one table."""
    width, height = 1600, 800
    image = Image.new("RGB", (width, height), TINT)
    draw = ImageDraw.Draw(image)
    colours = [BRAND, ACCENT, (192, 57, 43), (39, 174, 96), (142, 68, 173)]
    for index, colour in enumerate(colours):
        x = 260 + index * 270
        draw.ellipse((x - 150, 250, x + 150, 550), outline=colour, width=28)
    return _png(image)


def image_file(name, drawing):
    return ImageFile(drawing(), name=name)
