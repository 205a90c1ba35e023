from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home import privacy


class LocalizedPageSitemap(Sitemap):
    """Every live, public page of every locale, each with the URLs of its translations.

    Wagtail's own sitemap lists the default locale's tree only; ours walks every locale's tree
    (the translations of the site's root page) and adds <xhtml:link rel="alternate"> entries.
    Untranslated aliases are left out: they repeat another locale's content.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key)
        pages = Page.objects.none()
        for locale_root in roots:
            pages |= Page.objects.descendant_of(locale_root, inclusive=True)
        return (
            pages.live()
            .filter(privacy.is_public())
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        by_key = defaultdict(list)
        for item in self.items().filter(translation_key__in={i.translation_key for i in items}):
            by_key[item.translation_key].append(item)

        urls = []
        for item in items:
            translations = by_key[item.translation_key]
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": [
                        {
                            "lang_code": t.locale.language_code,
                            "location": t.get_full_url(self.request),
                        }
                        for t in translations
                    ],
                }
            )
        self.latest_lastmod = max((u["lastmod"] for u in urls if u["lastmod"]), default=None)
        return urls
