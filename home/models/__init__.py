"""The shared core's models: accounts, media, site settings and the pages every app builds on."""

from .emails import OutboundEmail
from .media import ForumDocument, ForumImage, ForumRendition
from .pages import BasePage, HomePage, HomePageFeature, StandardPage
from .settings import SiteSettings
from .users import User

__all__ = [
    "BasePage",
    "ForumDocument",
    "ForumImage",
    "ForumRendition",
    "HomePage",
    "HomePageFeature",
    "OutboundEmail",
    "SiteSettings",
    "StandardPage",
    "User",
]
