"""wagtail-localize's doors held to the rules of Wagtail's own editor.

wagtail-localize lets anyone with ``submit_translation`` publish through "Update translations"
and make a page live in another locale by converting it back into an alias; its override editor
takes any URL. Here the doors that make something live ask what Wagtail's publish button asks,
for each target and for the source whose text it carries:

- the target: ``can_publish()`` on a page (``can_publish_subpage()`` on its parent while the
  page does not exist yet); on a snippet, its viewset's ``publish`` permission if it has draft
  states, else ``change`` (publishing a snippet without drafts is saving it);
- the source: live, or the user could publish it themselves, so an unapproved draft never
  reaches the public through its translations.

Where a user may not publish a target, it is left as it was (out of date, for someone who may
publish there): wagtail-localize's own "draft" would write the new text into a live page's row,
which is what the public reads. A new
translation always starts as a draft (``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False``
in the settings) and is published from the translation editor by someone who may.

The views here are wagtail-localize's, subclassed or wrapped, and are reached through URL
patterns that ``home/wagtail_hooks.py`` registers ahead of wagtail-localize's own, so that
``reverse("wagtail_localize:...")`` still leads to them.
"""

import contextlib
import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParser
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.snippets.permissions import get_permission_name
from wagtail.whitelist import check_url
from wagtail_localize.models import Translation
from wagtail_localize.views import (
    convert,
    edit_translation,
    submit_translations,
    update_translations,
)

from home import translators


def may_publish(user, instance):
    """Whether ``user`` may make ``instance`` (a page or a snippet) live, as Wagtail asks it."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    model = type(instance)
    action = "publish" if issubclass(model, DraftStateMixin) else "change"
    viewset = getattr(model, "snippet_viewset", None)
    if viewset is not None:
        return viewset.permission_policy.user_has_permission_for_instance(user, action, instance)
    return user.has_perm(get_permission_name(action, model))


def _may_publish_missing_target(user, translation):
    """A target not created yet: for a page, publishing it is publishing a child of its parent's
    translation (the nearest translated ancestor, as wagtail-localize copies the missing ones)."""
    source = translation.source.get_source_instance()
    if not isinstance(source, Page):
        return may_publish(user, source)
    for ancestor in source.get_ancestors().filter(depth__gt=1).order_by("-depth"):
        parent = ancestor.get_translation_or_none(translation.target_locale)
        if parent is not None:
            return parent.permissions_for_user(user).can_publish_subpage()
    return False


def source_is_approved(user, source):
    """The source's text may go live elsewhere: it is live itself, or ``user`` could make it so."""
    return not isinstance(source, DraftStateMixin) or source.live or may_publish(user, source)


def may_publish_translation(user, translation):
    """Whether ``user`` may publish ``translation``'s target with its source's current text."""
    source = translation.source.get_source_instance()
    if not source_is_approved(user, source):
        return False
    try:
        target = translation.get_target_instance()
    except translation.source.specific_content_type.model_class().DoesNotExist:
        return _may_publish_missing_target(user, translation)
    return may_publish(user, target.specific if isinstance(target, Page) else target)


def editable_locales(user):
    """The locales in which ``user`` may write pages: those whose root page they may add under.

    A translator's groups hold their rights on their locales' roots only; editors' and
    coordinators' hold them on the tree's root, so every locale is theirs.
    """
    roots = Page.objects.filter(depth=2).select_related("locale")
    return [root.locale for root in roots if root.permissions_for_user(user).can_add_subpage()]


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """ "Update translations": "Publish immediately" publishes only where the user may."""

    @transaction.atomic
    def form_valid(self, form):
        publish = form.cleaned_data["publish_translations"]
        # wagtail-localize's own update: the source's text refreshed, nothing published.
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)
        if publish:
            self.publish_where_allowed()
        return response

    def publish_where_allowed(self):
        """Publish each target the user may publish; leave the others as they are (the report
        shows them out of date). wagtail-localize's "draft" is no refuge: it writes the new
        text into a live page's row, which is what the public reads."""
        user = self.request.user
        withheld = []
        for translation in self.object.translations.filter(enabled=True).select_related(
            "source", "target_locale"
        ):
            if may_publish_translation(user, translation):
                with contextlib.suppress(ValidationError):
                    translation.save_target(user=user, publish=True)
            else:
                withheld.append(translation.target_locale.get_display_name())
        if withheld:
            messages.warning(
                self.request,
                _(
                    "Not updated in %(locales)s: you may not publish there, or the original "
                    "is not approved yet."
                )
                % {"locales": ", ".join(withheld)},
            )


class LocaleLimitedSubmitMixin:
    """Offer only the locales in which the user may write: a translator starts translations in
    their own languages, never in another's (nor in the default locale's tree)."""

    def get_form(self):
        form = super().get_form()
        user = self.request.user
        if isinstance(self.object, Page):
            allowed = [locale.pk for locale in editable_locales(user)]
            form.fields["locales"].queryset = form.fields["locales"].queryset.filter(pk__in=allowed)
        elif translators.languages_of(user) is not None:
            form.fields["locales"].queryset = form.fields["locales"].queryset.filter(
                language_code__in=translators.languages_of(user)
            )
        elif not issubclass(type(self.object), DraftStateMixin) and not may_publish(
            self.request.user, self.object
        ):
            # A record without drafts is live as soon as it is translated.
            form.fields["locales"].queryset = Locale.objects.none()
        return form


class SubmitPageTranslationView(
    LocaleLimitedSubmitMixin, submit_translations.SubmitPageTranslationView
):
    pass


class SubmitSnippetTranslationView(
    LocaleLimitedSubmitMixin, submit_translations.SubmitSnippetTranslationView
):
    pass


def refuse_unapproved_publish(request, instance):
    """``before_edit_page`` / ``before_edit_snippet``: the translation editor's "Publish" asks
    the same as "Update translations" (wagtail-localize checks the target only)."""
    if not isinstance(instance, TranslatableMixin):
        return None
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    ).first()
    if translation is not None and not may_publish_translation(request.user, translation):
        raise PermissionDenied
    return None


def convert_to_alias(request, page_id):
    """Turning a translation back into an alias shows the source's latest revision there at
    once: that is publishing it in the target's locale."""
    page = get_object_or_404(Page, pk=page_id)
    if request.method == "POST":
        if not page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        translation = Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id
        ).first()
        if translation is not None:
            source = translation.source.get_source_instance()
            if source.has_unpublished_changes and not may_publish(request.user, source):
                raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def _submitted_value(request):
    """The ``value`` of a PUT, which Django parses only for POST: read it here and leave the
    body readable for wagtail-localize's view (Django keeps the body once read)."""
    body = io.BytesIO(request.body)
    if request.content_type == "multipart/form-data":
        data, _files = MultiPartParser(
            request.META, body, request.upload_handlers, request.encoding
        ).parse()
    else:
        data = QueryDict(body.getvalue(), encoding=request.encoding)
    return data.get("value", "")


def edit_override(request, translation_id, overridable_segment_id):
    """An override (a link's URL, an embed, an email) refused as Wagtail's editor refuses it:
    no ``javascript:``, ``data:`` or ``vbscript:`` URL reaches a page through a translation."""
    if request.method == "PUT":
        if check_url(_submitted_value(request)) is None:
            return JsonResponse(
                {
                    "error": _(
                        "This link is not allowed: use an http, https, mailto or tel address."
                    )
                },
                status=400,
            )
    return edit_translation.edit_override(
        request, translation_id=translation_id, overridable_segment_id=overridable_segment_id
    )
