from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import report_exports, views
from home.page_cache import cached_view
from home.sitemaps import LocalizedPageSitemap

handler400 = "home.views.bad_request"
handler403 = "home.views.permission_denied"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"

# Outside the language prefix: the admin, documents, sitemap and robots.
urlpatterns = [
    # Wagtail's reports with formula-safe downloads, at their own addresses (home/report_exports).
    path("admin/", include(report_exports.urlpatterns())),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        cached_view("sitemap", any_language=True)(sitemap),
        {"sitemaps": {"pages": LocalizedPageSitemap}},
        name="sitemap",
    ),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("form-state/", views.form_state, name="form_state"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page carries its language: /mk/..., /sq/..., /rom/...; "/" redirects to the
# visitor's language (LocaleMiddleware reads Accept-Language, else LANGUAGE_CODE).
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
