"""The library in the admin: the topics' names in every language; the site search in the
header and footer of every page (home.navigation)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.live_blocks import HomeBlock
from home.purge import Dependency
from search import api
from search.models import InitiativePage, LibraryPage, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "tag", "locale"]  # Wagtail switches the locale itself
    search_fields = ["name"]


register_snippet(TopicViewSet)


@hooks.register("register_live_indicator")
def initiatives_in_library_indicator():
    """A live figure of the plan's indicators (forum/indicators.py)."""
    return ("initiatives_in_library", _("Initiatives in the library"), api.count_initiatives)


# The home page's live blocks (home/live_blocks.py): the newest initiatives and a search box.
@hooks.register("register_home_block", order=50)
def latest_initiatives_home_block():
    return HomeBlock(
        name="latest-initiatives",
        label=_("The latest initiatives"),
        heading=_("Latest initiatives"),
        template="search/home/latest_initiatives.html",
        context=api.latest_initiatives,
    )


@hooks.register("register_home_block", order=60)
def search_box_home_block():
    return HomeBlock(
        name="search-box",
        label=_("A search box"),
        heading=_("Search the site"),
        template="search/home/search_box.html",
        context=api.search_box,
    )


@hooks.register("register_site_search")
def site_search_url():
    return reverse("site_search")


@hooks.register("register_page_cache_dependency")
def topics_on_pages():
    """A topic's name shows in the library's facets and on the initiatives (home/purge.py)."""
    return [Dependency(Topic, LibraryPage), Dependency(Topic, InitiativePage)]
