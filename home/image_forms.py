"""The admin's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``): a replaced file gets its
renditions again, at once (home/images.py)."""

from wagtail.images.forms import BaseImageForm

from home.tasks import make_renditions


class ImageForm(BaseImageForm):
    def save(self, commit=True):
        replaced = "file" in self.changed_data and bool(self.original_file)
        image = super().save(commit=commit)
        # Wagtail deletes a replaced file's renditions after saving the image, so after the
        # post_save that made them (home/signals.py): they are made again from the new file.
        if commit and replaced:
            make_renditions.enqueue(image.pk)
        return image
