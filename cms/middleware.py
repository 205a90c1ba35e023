from dataclasses import replace

from csp.middleware import CSPMiddleware

from django.conf import settings


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
