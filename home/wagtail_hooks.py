from django.db import models
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import SlugInput
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home import admin_scope, chrome, localize, page_cache, personal_data, slugs
from home.admin_views import TranslationReportView
from home.email_admin import OutboundEmailViewSet
from home.models import SiteSettings


class SiteSettingsViewSet(SnippetViewSet):
    model = SiteSettings
    icon = "cog"
    menu_label = _("Site settings")
    add_to_settings_menu = True
    list_display = ["organisation_name", "locale"]


register_snippet(SiteSettingsViewSet)


@hooks.register("before_serve_page")
def keep_public_pages(page, request, serve_args, serve_kwargs):
    """Every public page, and each of its routes, may be kept by the page cache under the page's
    tag; the cache keeps only what belongs to no one visitor (home/page_cache.py)."""
    keep = page_cache.cache_this(request, f"page:{page.pk}", last_modified=page.last_published_at)
    # The purge names the page's own address (its routes' and query strings' are not).
    keep.purged_by_address = request.path == page.get_url(request)


# The admin's slug prefill spells Cyrillic as the server does (home.slugs).
register_form_field_override(
    models.SlugField, override={"widget": SlugInput(formatters=slugs.ADMIN_FORMATTERS)}
)


@hooks.register("register_admin_urls")
def register_translation_report_url():
    return [
        path(
            "reports/translations/",
            TranslationReportView.as_view(),
            name="translation_report",
        ),
    ]


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("home.view_translation_report")


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        _("Translation status"), reverse("translation_report"), icon_name="globe", order=100
    )


@hooks.register("construct_reports_menu")
def hide_translation_reports_from_non_translators(request, menu_items):
    """wagtail-localize shows its report to every admin user; judges have no business there."""
    if request.user.has_perm("wagtail_localize.submit_translation"):
        return
    localize_report = reverse("wagtail_localize:translations_report")
    menu_items[:] = [item for item in menu_items if item.url != localize_report]


@hooks.register("register_admin_viewset")
def register_outbound_email_viewset():
    return OutboundEmailViewSet()


@hooks.register("before_delete_page")
def refuse_deleting_a_page_with_personal_data(request, page):
    return personal_data.refuse_deletion(request, [page])


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_pages_with_personal_data(request, action_type, objects, action):
    if action_type == "delete" and any(issubclass(model, Page) for model in action.models):
        return personal_data.refuse_deletion(request, list(objects))
    return None


# Scoped groups (home/admin_scope.py): their members see only what the apps registered for them.


@hooks.register("construct_main_menu")
def keep_scoped_users_menu_in_scope(request, menu_items):
    if admin_scope.is_scoped(request.user):
        menu_items[:] = [
            item for item in menu_items if admin_scope.menu_item_reachable(request.user, item)
        ]


@hooks.register("construct_homepage_panels", order=-100)
def clear_scoped_users_dashboard(request, panels):
    """Wagtail's panels list page titles, drafts and other editors' names: none for a scoped
    user. Apps registering a panel for them run after this (any order above -100)."""
    if admin_scope.is_scoped(request.user):
        panels[:] = []


# wagtail-localize's doors that publish, held to Wagtail's publish rights (home/localize.py).
# Registered ahead of wagtail-localize's own URLs (order=-1): the first matching pattern wins,
# and reversing "wagtail_localize:..." still gives these same addresses.
@hooks.register("register_admin_urls", order=-1)
def register_localize_doors():
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            localize.UpdateTranslationsView.as_view(),
            name="localize_update_translations",
        ),
        path(
            "localize/submit/page/<int:page_id>/",
            localize.SubmitPageTranslationView.as_view(),
            name="localize_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            localize.SubmitSnippetTranslationView.as_view(),
            name="localize_submit_snippet_translation",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            localize.convert_to_alias,
            name="localize_convert_to_alias",
        ),
        path(
            "localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            localize.edit_override,
            name="localize_edit_override",
        ),
    ]


hooks.register("before_edit_page", localize.refuse_unapproved_publish, order=-1)
hooks.register("before_edit_snippet", localize.refuse_unapproved_publish, order=-1)


@hooks.register("before_serve_page")
def page_locale_from_the_chrome(page, request, serve_args, serve_kwargs):
    """The served page reads its locale from the cached list, not with a query of its own."""
    chrome.with_locale(page)
