"""Ask for the renditions of every image (``home/images.py``), for images saved before a use
was added or changed: new and changed images get theirs when they are saved."""

from django.core.management.base import BaseCommand

from home import images
from home.models import ForumImage
from home.tasks import make_renditions


class Command(BaseCommand):
    help = "Enqueue the task that makes the registered renditions of every image."

    def add_arguments(self, parser):
        parser.add_argument(
            "--use",
            action="append",
            choices=sorted(images.USES),
            help="Only this use's renditions (repeatable); all of them by default.",
        )

    def handle(self, *args, use=None, **options):
        count = 0
        for image_id in ForumImage.objects.order_by("pk").values_list("pk", flat=True).iterator():
            make_renditions.enqueue(image_id, use)
            count += 1
        self.stdout.write(f"Renditions asked for {count} images.")
