"""Ask for the renditions of every image (``home/images.py``), for images saved before a use
was added or changed: new and changed images get theirs when they are saved."""

from django.core.management.base import BaseCommand

from home.models import ForumImage
from home.tasks import make_renditions


class Command(BaseCommand):
    help = "Enqueue the task that makes every registered rendition of every image."

    def handle(self, *args, **options):
        count = 0
        for image_id in ForumImage.objects.order_by("pk").values_list("pk", flat=True).iterator():
            make_renditions.enqueue(image_id)
            count += 1
        self.stdout.write(f"Renditions asked for {count} images.")
