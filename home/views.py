from http import HTTPStatus

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from cms import languages


def page_not_found(request, exception=None):
    """The 404 page in the visitor's language, with the site's header and footer."""
    template = loader.get_template("404.html")
    context = {"page_not_found": True}
    return HttpResponse(template.render(context, request), status=HTTPStatus.NOT_FOUND)


def bad_request(request, exception=None):
    """A 400 in the visitor's language: a form or an address that was not what the view reads."""
    template = loader.get_template("400.html")
    return HttpResponse(template.render({}, request), status=HTTPStatus.BAD_REQUEST)


def permission_denied(request, exception=None):
    """A 403 in the visitor's language, saying who can help, never what exists behind it. In
    the admin a plain page that leads back to the dashboard, without the public site's menus."""
    if request.path_info.startswith(reverse("wagtailadmin_home")):
        template = loader.get_template("403_admin.html")
        code = languages.get(get_language() or languages.DEFAULT.code).code
        return HttpResponse(template.render({"LANGUAGE_CODE": code}), status=HTTPStatus.FORBIDDEN)
    template = loader.get_template("403.html")
    return HttpResponse(template.render({}, request), status=HTTPStatus.FORBIDDEN)


def server_error(request):
    """A 500 page that needs neither the database nor a request context to render."""
    template = loader.get_template("500.html")
    code = languages.get(get_language() or languages.DEFAULT.code).code
    return HttpResponseServerError(template.render({"LANGUAGE_CODE": code}))


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
