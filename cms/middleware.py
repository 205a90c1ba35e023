import json
import logging
from dataclasses import replace

from csp.middleware import CSPMiddleware

from django.conf import settings
from django.middleware import locale
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.datastructures import MultiValueDictKeyError

from home import views

logger = logging.getLogger(__name__)


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


class MalformedFormMiddleware:
    """A form posted without the fields a view reads with ``request.POST[...]``, or with text
    where a rich-text field expects its JSON (Wagtail's page editor and Draftail do both), is
    the sender's mistake: a 400 in their language, not a 500. A browser never sends such a form;
    a script or a hand-made request does."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        malformed = isinstance(exception, MultiValueDictKeyError) or (
            request.method == "POST" and isinstance(exception, json.JSONDecodeError)
        )
        if not malformed:
            return None
        logger.warning("Malformed %s to %s: %r", request.method, request.path, exception)
        return views.bad_request(request, exception)
