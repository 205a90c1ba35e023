import uuid
from http import HTTPStatus

from django.http import HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.template import loader
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from cms import languages


def _error_page(request, status, heading, text, plain=False, **context):
    """An error page in the visitor's language: with the site's header and footer, or ``plain``,
    needing neither the database nor a request context (a 500, a refusal in the admin)."""
    context = {
        "status": int(status),
        "heading": heading,
        "text": text,
        "link_label": _("Go to the home page"),
        **context,
    }
    if plain:
        context["LANGUAGE_CODE"] = languages.get(get_language() or languages.DEFAULT.code).code
        return HttpResponse(loader.render_to_string("error_plain.html", context), status=status)
    return HttpResponse(loader.render_to_string("error.html", context, request), status=status)


def page_not_found(request, exception=None):
    return _error_page(
        request,
        HTTPStatus.NOT_FOUND,
        _("Page not found"),
        _(
            "Sorry, there is no page at this address. It may have moved, or the link may be "
            "mistyped."
        ),
        page_not_found=True,
    )


def bad_request(request, exception=None):
    """A form or an address that was not what the view reads."""
    return _error_page(
        request,
        HTTPStatus.BAD_REQUEST,
        _("We could not read this request"),
        _(
            "Something in the form or the address was not what we expected. Go back, check it "
            "and try again."
        ),
    )


def permission_denied(request, exception=None):
    """Says who can help, never what exists behind the refusal. In the admin a plain page that
    leads back to the dashboard, without the public site's menus."""
    heading = _("You may not do this")
    text = _(
        "Your account does not have the right to open this page or to make this change. If you "
        "need it for your work, ask the Forum's coordinator."
    )
    admin = reverse("wagtailadmin_home")
    if request.path_info.startswith(admin):
        return _error_page(
            request,
            HTTPStatus.FORBIDDEN,
            heading,
            text,
            plain=True,
            link=admin,
            link_label=_("Back to the dashboard"),
        )
    return _error_page(request, HTTPStatus.FORBIDDEN, heading, text)


def server_error(request):
    return _error_page(
        request,
        HTTPStatus.INTERNAL_SERVER_ERROR,
        _("Something went wrong"),
        _(
            "We could not show this page. The team has been told; please try again in a few "
            "minutes."
        ),
        plain=True,
        link="/",
    )


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_GET
@never_cache
def form_state(request):
    """What a public form needs from its visitor, which a kept page cannot carry: a CSRF token
    (with its cookie) and a fresh form token that makes a sent-twice form count once.
    ``js/form-state.js`` asks for it when the visitor starts the form."""
    return JsonResponse(
        {"csrfmiddlewaretoken": get_token(request), "form_token": str(uuid.uuid4())}
    )


def csrf_failure(request, reason=""):
    """A form sent without its security code (a browser without JavaScript on a kept page, a
    form left open for days, cookies switched off): said in the visitor's language."""
    return _error_page(
        request,
        HTTPStatus.FORBIDDEN,
        _("Your form could not be sent"),
        _(
            "Your browser did not send the form's security code, so nothing was saved. Open the "
            "page again and send the form once more; if this happens again, allow cookies and "
            "JavaScript for this site."
        ),
        link=request.path,  # a form's own route: its GET leads back to the form
        link_label=_("Back to the form"),
    )
