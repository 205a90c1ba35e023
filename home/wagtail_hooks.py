from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home import localize
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
