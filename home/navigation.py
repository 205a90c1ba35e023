"""The way around the site beyond its page tree: the site search.

The main menu is the locale home page's live, public children shown in menus (``main_menu`` in
``home.templatetags.forum_tags``, cached per locale by ``home.chrome``); the search is a view,
not a page, and belongs to a feature app, which the core does not name. That app registers the
search's URL with the ``register_site_search`` hook: a callable returning the URL in the active
language.

    @hooks.register("register_site_search")
    def site_search_url():
        return reverse("site_search")

The header's search box and the footer read it through ``site_search_url``.
"""

from wagtail import hooks

HOOK = "register_site_search"


def site_search_url():
    """The site search's URL in the active language, or "" when no app offers one."""
    for url in hooks.get_hooks(HOOK):
        return url()
    return ""
