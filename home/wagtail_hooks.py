from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home import admin_scope
from home.admin_views import TranslationReportView
from home.models import SiteSettings


class SiteSettingsViewSet(SnippetViewSet):
    model = SiteSettings
    icon = "cog"
    menu_label = _("Site settings")
    add_to_settings_menu = True
    list_display = ["organisation_name", "locale"]


register_snippet(SiteSettingsViewSet)


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
        _("Translations"), reverse("translation_report"), icon_name="globe", order=100
    )


@hooks.register("construct_reports_menu")
def hide_translation_reports_from_non_translators(request, menu_items):
    """wagtail-localize shows its report to every admin user; judges have no business there."""
    if request.user.has_perm("wagtail_localize.submit_translation"):
        return
    localize_report = reverse("wagtail_localize:translations_report")
    menu_items[:] = [item for item in menu_items if item.url != localize_report]


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
