"""What a translator may do with the Forum's translatable records, beyond Wagtail's rights.

Wagtail's snippet rights are model-wide: ``change_community`` lets a user edit every row. A
translator holds it on the translatable records (forum's and the library's topics) because
wagtail-localize's translation editor *is* Wagtail's snippet edit view. This module narrows it
to the rows of the translator's own languages: at every snippet URL that names a row, and at
every wagtail-localize URL that names a translation, a row or translation in another locale
(the default locale's sources above all) answers 403 before the view runs.

A translator's save is a draft: the records are moderated, and translators hold no publish
right on them, so a coordinator approves a record's translation as any other change.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied

from wagtail.models import TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation

from home import roles


def translates_only(user):
    """Whether all of ``user``'s groups are translators' groups (a superuser never)."""
    if not user.is_authenticated or user.is_superuser:
        return False
    cached = getattr(user, "_translates_only", None)
    if cached is None:
        names = set(user.groups.values_list("name", flat=True))
        cached = bool(names) and names <= set(roles.TRANSLATOR_GROUPS.values())
        user._translates_only = cached
    return cached


def languages_of(user):
    """The language codes ``user`` may write records in, or None for all of them."""
    return roles.translator_language_codes(user) if translates_only(user) else None


def may_write_in(user, locale):
    codes = languages_of(user)
    return codes is None or locale.language_code in codes


def _snippet_models_by_namespace():
    return {
        model.snippet_viewset.get_url_name("edit").rpartition(":")[0]: model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
    }


def _named_row(match):
    """The translatable row or translation a URL names, or None."""
    kwargs = match.kwargs
    namespace = match.namespace
    if namespace == "wagtail_localize" and "translation_id" in kwargs:
        return Translation.objects.filter(pk=kwargs["translation_id"]).first()
    model = _snippet_models_by_namespace().get(namespace)
    if model is not None and "pk" in kwargs:
        return model._default_manager.filter(pk=unquote(str(kwargs["pk"]))).first()
    return None


class TranslatorsLanguagesMiddleware:
    """Refuses a translator a record or a translation outside their languages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not translates_only(request.user):
            return None
        row = _named_row(match)
        if row is None:
            return None
        locale = row.target_locale if isinstance(row, Translation) else row.locale
        if not may_write_in(request.user, locale):
            raise PermissionDenied
        return None
