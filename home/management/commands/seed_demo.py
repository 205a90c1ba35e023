"""Build the demo site of the Forum in all eight languages. Running it again changes nothing.

Pages, site settings and pictures are created only where they do not exist yet; users keep the
password they were given on the first run. Refuses to run with DEBUG off unless told to, so that
a production database never gets demo accounts by accident.
"""

import importlib
import importlib.util
import io
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from cms import languages
from home import indexing, live_blocks, roles
from home.demo import content, images
from home.models import (
    ForumImage,
    HomePage,
    HomePageFeature,
    SiteSettings,
    StandardPage,
)

# (username, groups, password): demo accounts only, printed so that a newcomer can log in. The
# translator translates into three of the languages, as the Forum's translators do.
DEMO_TRANSLATOR_LOCALES = ("rom", "tr", "rup")
DEMO_USERS = [
    ("editor", [roles.EDITORS], "demo-editor-2026"),
    ("coordinator", [roles.COORDINATORS], "demo-coordinator-2026"),
    ("judge", [roles.JUDGES], "demo-judge-2026"),
    (
        "translator",
        [roles.TRANSLATOR_GROUPS[code] for code in DEMO_TRANSLATOR_LOCALES],
        "demo-translator-2026",
    ),
]
ADMIN = ("admin", "demo-admin-2026")
# Standard pages linked from the footer only, not from the main navigation.
FOOTER_ONLY = {"privacy", "accessibility"}


def stream(body):
    """The demo's (block type, value) pairs as StreamField data."""
    blocks = []
    for block_type, value in body:
        if block_type == "heading":
            blocks.append(("heading", {"text": value, "level": "h2"}))
        elif block_type == "paragraph":
            blocks.append(("paragraph", RichText(f"<p>{value}</p>")))
        elif block_type == "quote":
            blocks.append(("quote", {"quote": value[0], "attribution": value[1]}))
    return blocks


@contextmanager
def indexes_built_at_the_end(stdout):
    """The search index and Wagtail's reference index written once, after the last page, if the
    run saved anything at all (a second run saves nothing and rebuilds nothing): the demo saves
    some three thousand pages and records, and indexing each save costs minutes."""
    with indexing.indexing_deferred() as saved:
        yield
    if saved:
        indexing.rebuild_indexes(stdout)


def app_seeders():
    """The ``seed(command, homes)`` of each feature app that has a ``demo`` module.

    The core imports no feature app: each brings its own demo content, found here by name.
    """
    seeders = []
    for app_config in apps.get_app_configs():
        if app_config.name == "home" or Path(app_config.path).parent != settings.BASE_DIR:
            continue
        if importlib.util.find_spec(f"{app_config.name}.demo") is not None:
            seeders.append(importlib.import_module(f"{app_config.name}.demo").seed)
    return seeders


class Command(BaseCommand):
    help = "Build the demo site: pages in eight languages, site settings, one user per role."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-without-debug",
            action="store_true",
            help="Run even though DEBUG is off (tests, a staging copy). Never on production.",
        )

    def handle(self, *args, allow_without_debug=False, **options):
        if not settings.DEBUG and not allow_without_debug:
            raise CommandError(
                "seed_demo creates demo accounts with known passwords; it runs only with "
                "DEBUG on (or --allow-without-debug)."
            )
        self.created = 0
        # Pages kept from the database this seed replaces would outlive it (home/page_cache.py).
        caches[settings.PAGE_CACHE["ALIAS"]].clear()
        with indexes_built_at_the_end(io.StringIO()), transaction.atomic():
            self.locales = {
                code: Locale.objects.get_or_create(language_code=code)[0]
                for code in languages.CODES
            }
            logo = self.image(
                "Forum logo",
                "forum-logo.png",
                images.logo,
                "Logo of the Forum of small communities",
            )
            hero = self.image(
                "Speech bubbles",
                "forum-hero.png",
                images.hero,
                content.HERO_ALT["en"],
            )
            homes = self.home_pages(hero)
            self.home_page_blocks(homes, hero)
            pages = {
                name: self.standard_pages(name, homes, pages)
                for name, pages in content.STANDARD_PAGES.items()
            }
            self.link_home_pages(homes, pages)
            self.site_settings(logo, pages)
            accounts = self.users()  # first: the apps' seeders give the demo users their parts
            for seed in app_seeders():
                seed(self, homes)
        self.stdout.write("\nDemo accounts (log in at /admin/; passwords as set on the first run):")
        for username, role, password in accounts:
            self.stdout.write(f"  {username:<12} {role:<14} {password}")
        self.stdout.write(self.style.SUCCESS(f"Demo site ready ({self.created} objects created)."))

    def image(self, title, filename, drawing, alt):
        existing = ForumImage.objects.filter(title=title).first()
        if existing:
            return existing
        self.created += 1
        return ForumImage.objects.create(
            title=title, description=alt, file=images.image_file(filename, drawing)
        )

    def publish(self, page):
        page.save_revision().publish()
        self.created += 1

    def page(self, parent, model, fields):
        """A page in the default locale and its translations; ``fields(code)`` gives each one's."""
        parent.refresh_from_db()  # its children were added through other instances
        default = languages.DEFAULT.code
        first = fields(default)
        source = model.objects.child_of(parent).filter(slug=first["slug"]).first()
        if source is None:
            source = model(**first)
            parent.add_child(instance=source)
            self.publish(source)
        for code, locale in self.locales.items():
            if code == default or source.get_translation_or_none(locale) is not None:
                continue
            translation = source.copy_for_translation(locale)
            for name, value in fields(code).items():
                setattr(translation, name, value)
            translation.save()
            self.publish(translation)
        return source

    def home_pages(self, hero):
        root = Page.get_first_root_node()
        default = self.locales[languages.DEFAULT.code]
        home = HomePage.objects.filter(depth=2, locale=default).first()
        if home is None:
            data = content.HOME[languages.DEFAULT.code]
            home = HomePage(
                title=data["title"],  # its slug comes from the title (BasePage)
                locale=default,
                hero_heading=data["hero_heading"],
                hero_text=data["hero_text"],
                hero_image=hero,
                hero_link_label=data["hero_link_label"],
                introduction=f"<p>{data['introduction']}</p>",
                social_image=hero,
            )
            root.add_child(instance=home)
            self.publish(home)
            # Wagtail's placeholder "Welcome" page gives way to the Forum's home page.
            base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
            for site in Site.objects.all():
                site.root_page = home
                site.site_name = content.SETTINGS[languages.DEFAULT.code]["organisation_name"]
                if site.is_default_site and base_url.hostname:
                    site.hostname = base_url.hostname
                    site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
                site.save()
            Page.objects.filter(depth=2).exclude(pk=home.pk).not_type(HomePage).delete()

        homes = {languages.DEFAULT.code: home}
        for code, locale in self.locales.items():
            if code == languages.DEFAULT.code:
                continue
            translation = home.get_translation_or_none(locale)
            if translation is None:
                data = content.HOME[code]
                translation = home.copy_for_translation(locale)
                translation.title = data["title"]
                translation.slug = ""  # from its own title, not the copied one (BasePage)
                translation.hero_heading = data["hero_heading"]
                translation.hero_text = data["hero_text"]
                translation.hero_link_label = data["hero_link_label"]
                translation.introduction = f"<p>{data['introduction']}</p>"
                translation.save()
                self.publish(translation)
            homes[code] = translation.specific
        return homes

    def home_page_blocks(self, homes, hero):
        """Each home page's hero, with its alt text in the page's language, and its live
        blocks: all the apps', in their order, the same blocks in every translation (those of
        the default page, block ids included) so that wagtail-localize keeps them in sync. A
        home page with alt text has had its turn."""
        source = homes[languages.DEFAULT.code]
        for code, home in homes.items():  # the default page first
            if home.hero_image_alt:
                continue
            home.hero_image = hero
            home.hero_image_alt = content.HERO_ALT[code]
            if not home.live_blocks:
                home.live_blocks = (
                    live_blocks.default_stream()
                    if home.pk == source.pk
                    else list(HomePage.objects.get(pk=source.pk).live_blocks.raw_data)
                )
            self.publish(home)

    def standard_pages(self, name, homes, texts):
        default = languages.DEFAULT.code
        source = None
        found = {}
        for page in StandardPage.objects.filter(
            slug=texts[default]["slug"], depth=3, locale=self.locales[default]
        ):
            source = page
        if source is None:
            data = texts[default]
            source = StandardPage(
                title=data["title"],
                slug=data["slug"],
                introduction=data["introduction"],
                body=stream(data["body"]),
                show_in_menus=name not in FOOTER_ONLY,
            )
            homes[default].add_child(instance=source)
            self.publish(source)
        found[default] = source
        for code, locale in self.locales.items():
            if code == default:
                continue
            translation = source.get_translation_or_none(locale)
            if translation is None:
                data = texts[code]
                translation = source.copy_for_translation(locale)
                translation.title = data["title"]
                translation.slug = data["slug"]
                translation.introduction = data["introduction"]
                translation.body = stream(data["body"])
                translation.save()
                self.publish(translation)
            found[code] = translation.specific
        return found

    def link_home_pages(self, homes, pages):
        for code, home in homes.items():
            home.refresh_from_db()  # its children were added through other instances
            about = pages["about"][code]
            if home.hero_link_id is None:
                home.hero_link = about
                self.publish(home)
            if not home.features.exists():
                HomePageFeature.objects.create(
                    home_page=home, page=pages["partners"][code], sort_order=0
                )
                HomePageFeature.objects.create(home_page=home, page=about, sort_order=1)
                self.created += 2

    def site_settings(self, logo, pages):
        """One row per locale, all translations of the first (they share a translation key)."""
        existing = SiteSettings.objects.first()
        shared = {"translation_key": existing.translation_key} if existing else {}
        for code, locale in self.locales.items():
            if SiteSettings.objects.filter(locale=locale).exists():
                # A site seeded before the accessibility statement existed gets it linked.
                if SiteSettings.objects.filter(locale=locale, accessibility_page=None).update(
                    accessibility_page=pages["accessibility"][code]
                ):
                    SiteSettings.forget_cached()
                continue
            row = SiteSettings.objects.create(
                locale=locale,
                logo=logo,
                email="info@forum.example.org",
                phone="+389 2 000 0000",
                facebook_url="https://www.facebook.com/",
                instagram_url="https://www.instagram.com/",
                youtube_url="https://www.youtube.com/",
                privacy_page=pages["privacy"][code],
                accessibility_page=pages["accessibility"][code],
                **shared,
                **content.SETTINGS[code],
            )
            row.save_revision()
            shared = {"translation_key": row.translation_key}
            self.created += 1

    def users(self):
        User = get_user_model()
        lines = []
        username, password = ADMIN
        if not User.objects.filter(username=username).exists():
            User.objects.create_superuser(username, "admin@forum.example.org", password)
            self.created += 1
        lines.append((username, "superuser", password))
        for username, group_names, password in DEMO_USERS:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create_user(username, f"{username}@forum.example.org", password)
                user.groups.add(*Group.objects.filter(name__in=group_names))
                self.created += 1
            lines.append((username, ", ".join(group_names), password))
        return lines
