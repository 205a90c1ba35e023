from dataclasses import replace

from csp.middleware import CSPMiddleware

from django.conf import settings
from django.middleware import locale
from django.utils import translation
from django.utils.cache import patch_vary_headers


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the additions Wagtail's admin needs under /admin/ only."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith("/admin/"):
            update = dict(parts.update or {})
            for (
                directive,
                sources,
            ) in settings.ADMIN_CONTENT_SECURITY_POLICY_UPDATE.items():
                update[directive] = [*update.get(directive, []), *sources]
            parts = replace(parts, update=update)
        return parts


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, except that a 404 outside the language prefix (the admin, documents) stays a
    404: Django would redirect it to ``/mk/admin/...``, a public page that does not exist, and
    an admin view's "not yours" would read as a redirect."""

    UNPREFIXED = ("/admin/", "/documents/")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.UNPREFIXED):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
