from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The site's account. Our own from the first migration, so it can grow without pain."""

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
