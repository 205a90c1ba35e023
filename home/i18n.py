"""Which languages a page exists in, for the switcher, hreflang links and fallback notices.

One query per request (the page's translations and the locales' home pages together), whatever
the size of the tree: page URLs come from Wagtail's cached site root paths. ``home.chrome``
keeps the result of a live page until the tree changes.
"""

from dataclasses import dataclass

from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page, Site

from cms import languages


@dataclass(frozen=True)
class LanguageLink:
    language: languages.Language
    url: str
    current: bool
    translated: bool  # False: the link leads to that language's home page instead


@dataclass(frozen=True)
class PageLanguages:
    links: list  # LanguageLink for each of the eight languages, in the list's order
    alternates: list  # (code, absolute url) of every real translation, the page's own included
    x_default: str
    fallback_from: languages.Language | None  # the language the page's content is really in


def locale_homes(request):
    """{language code: the live root page of that locale}, once per request."""
    if not hasattr(request, "_locale_homes"):
        site = Site.find_for_request(request)
        homes = {}
        if site is not None:
            roots = Page.objects.filter(translation_key=site.root_page.translation_key)
            for root in roots.live().select_related("locale"):
                homes[root.locale.language_code] = root
        request._locale_homes = homes
    return request._locale_homes


def current_home(request):
    """The live root page of the active language's locale, or None."""
    return locale_homes(request).get(languages.get(get_language() or languages.DEFAULT.code).code)


def for_page(page, request):
    # The page's translations and, unless this request has them already, the locales' home
    # pages: one query.
    site = Site.find_for_request(request)
    home_key = None
    if site is not None and not hasattr(request, "_locale_homes"):
        home_key = site.root_page.translation_key
    versions = list(
        Page.objects.filter(translation_key__in={page.translation_key, home_key} - {None})
        .live()
        .select_related("locale")
    )
    if home_key is not None:
        request._locale_homes = {
            version.locale.language_code: version
            for version in versions
            if version.translation_key == home_key
        }
    translations = {
        version.locale.language_code: version
        for version in versions
        if version.translation_key == page.translation_key
    }
    homes = locale_homes(request)
    # The page's own locale, from the same query (a draft being previewed is not in it).
    current = (
        next(
            (code for code, version in translations.items() if version.pk == page.pk),
            None,
        )
        or page.locale.language_code
    )
    real = {code: p for code, p in translations.items() if p.alias_of_id is None}

    fallback_from = None
    if page.alias_of_id is not None:
        source = next((p for p in real.values() if p.pk == page.alias_of_id), None)
        if source is not None and source.locale_id != page.locale_id:
            fallback_from = languages.get(source.locale.language_code)

    links = []
    for language in languages.LANGUAGES:
        target = real.get(language.code)
        if language.code == current:
            links.append(LanguageLink(language, page.get_url(request), True, fallback_from is None))
        elif target is not None:
            links.append(LanguageLink(language, target.get_url(request), False, True))
        elif language.code in homes:
            links.append(
                LanguageLink(language, homes[language.code].get_url(request), False, False)
            )

    alternates = [
        (language.code, real[language.code].get_full_url(request))
        for language in languages.LANGUAGES
        if language.code in real
    ]
    default = real.get(languages.DEFAULT.code) or next(iter(real.values()), page)
    return PageLanguages(links, alternates, default.get_full_url(request), fallback_from)


def for_view(request):
    """The same for a view that is not a Wagtail page (a form): same path, other prefix."""
    current = get_language()
    links = [
        LanguageLink(
            language,
            translate_url(request.path, language.code),
            language.code == current,
            True,
        )
        for language in languages.LANGUAGES
    ]
    return PageLanguages(links, [], translate_url(request.path, languages.DEFAULT.code), None)


def for_missing_page(request):
    """On a 404 the same path is missing in every language: lead to each language's home
    (with no "not translated" note: nothing here is untranslated)."""
    current = get_language()
    homes = locale_homes(request)
    links = [
        LanguageLink(
            language, homes[language.code].get_url(request), language.code == current, True
        )
        for language in languages.LANGUAGES
        if language.code in homes
    ]
    return PageLanguages(links, [], "", None)


def live_page_in_language(model, translation_key, language_code):
    """The live page of ``model`` in that language, else in any language, else None: where an
    email or a task names a page by its translation key and writes in a person's language."""
    pages = model.objects.live().filter(translation_key=translation_key).select_related("locale")
    by_language = {page.locale.language_code: page for page in pages}
    return by_language.get(language_code) or next(iter(by_language.values()), None)
