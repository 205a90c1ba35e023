from django import template
from django.utils import translation

from wagtail.models import Page

from cms import languages
from home import chrome, i18n, navigation
from home.folding import in_script
from home.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context):
    """The language switcher's links, hreflang alternates and fallback state of this page."""
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page):
        return chrome.page_languages(request, page, lambda: i18n.for_page(page, request))
    if context.get("page_not_found"):
        return i18n.for_missing_page(request)
    return i18n.for_view(request)


@register.simple_tag
def site_settings():
    return SiteSettings.for_language()


def _menu(request):
    """The visitor's locale's menu (``home.chrome``), read once per request."""
    if not hasattr(request, "main_menu"):
        request.main_menu = chrome.menu(request, lambda: i18n.current_home(request))
    return request.main_menu


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The live, public, in-menu children of the visitor's locale home page, in tree order
    (``home.chrome.MenuItem``): every section of the site, for the header and the footer."""
    return _menu(context["request"]).items


@register.simple_tag
def site_search_url():
    """The site search's address in the visitor's language (``home.navigation``)."""
    return navigation.site_search_url()


@register.simple_tag(takes_context=True)
def locale_home_url(context):
    return _menu(context["request"]).home_url


@register.filter
def model_name(page):
    """ "homepage" for a HomePage: the body class bakerydemo's templates use."""
    return page.specific_class._meta.model_name if page.specific_class else "page"


@register.filter
def in_section(page, section):
    """True when ``page`` is ``section`` or below it in the tree."""
    return isinstance(page, Page) and page.path.startswith(section.path)


@register.simple_tag(takes_context=True)
def social_meta(context):
    """Title, description, URL and image for Open Graph and Twitter cards: a view's ``social``
    (a dict, e.g. a campaign's card) first, then the page's own, then the site's defaults."""
    page = context.get("page")
    settings = context.get("settings")
    organisation = settings.organisation_name if settings else ""
    title = (getattr(page, "seo_title", "") or getattr(page, "title", "")) or organisation
    image = (
        getattr(page, "social_image", None)
        or getattr(page, "hero_image", None)
        or getattr(settings, "logo", None)
    )
    return {
        "title": title,
        "description": getattr(page, "search_description", "") or getattr(settings, "tagline", ""),
        "url": getattr(page, "full_url", ""),
        "image": image,
        **{key: value for key, value in (context.get("social") or {}).items() if value},
    }


@register.filter(name="in_script")
def in_script_filter(name):
    """A name in the script of the language being rendered: a community or an organisation
    shown from another language's record reads "Šutka" on a Latin page, never "Шутка"."""
    return in_script(name, translation.get_language() or languages.DEFAULT.code)


@register.simple_tag
def chosen_file(form, field):
    """The name of the file a visitor chose for ``field`` when the form came back with errors:
    the browser will not send it again, so the form must say so."""
    if not form.is_bound or not form.errors or field.widget_type not in ("file", "clearablefile"):
        return ""
    upload = form.files.get(field.html_name)
    return upload.name if upload else ""
