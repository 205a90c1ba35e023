import tablib

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms import languages
from home import downloads, roles, translation_status
from home.translation_status import State


class PermissionView(WagtailAdminTemplateMixin, TemplateView):
    """An admin page for those with ``permission``, under the breadcrumbs ``trail()`` gives."""

    permission = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            *self.trail(),
            {"url": "", "label": self.get_page_title()},
        ]

    def trail(self):
        return []


class PermissionMenuItem(MenuItem):
    """A menu item shown to those with ``permission``."""

    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class TranslationReportFilters(forms.Form):
    locale = forms.ChoiceField(label=_("Language"), required=False)
    section = forms.ChoiceField(label=_("Section"), required=False)
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[("", _("Any state")), *((s.value, s.label) for s in State)],
    )

    def __init__(self, *args, sections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].choices = [
            ("", _("All languages")),
            *((lang.code, f"{lang.name_local} ({lang.code})") for lang in languages.LANGUAGES),
        ]
        self.fields["section"].choices = [
            ("", _("All sections")),
            *((s, s) for s in sections),
        ]


class TranslationReportView(WagtailAdminTemplateMixin, TemplateView):
    """Where each language stands for every page and translatable snippet; ?export=csv."""

    template_name = "home/admin/translation_report.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("home.view_translation_report"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        rows = translation_status.build_report()
        sections = sorted({row.section for row in rows})
        self.filters = TranslationReportFilters(request.GET or None, sections=sections)
        self.rows, self.codes = self.filter_rows(rows)
        if request.GET.get("export") == "csv":
            return self.as_csv()
        return super().get(request, *args, **kwargs)

    def filter_rows(self, rows):
        """Apply each valid filter; a value the form refuses is ignored, the others still apply.

        A translator sees their own languages first, then the others.
        """
        own = roles.translator_language_codes(self.request.user)
        codes = [*own, *(code for code in languages.CODES if code not in own)]
        self.filters.is_valid()
        data = getattr(self.filters, "cleaned_data", {})
        if data.get("section"):
            rows = [row for row in rows if row.section == data["section"]]
        if data.get("locale"):
            codes = [data["locale"]]
        if data.get("state"):
            rows = [row for row in rows if any(row.cells[c].state == data["state"] for c in codes)]
        return rows, codes

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        totals = translation_status.counts(self.rows, self.codes)
        context.update(
            filters=self.filters,
            rows=[
                (
                    row,
                    [(c, row.cells[c], self.cell_url(row, row.cells[c])) for c in self.codes],
                )
                for row in self.rows
            ],
            columns=[languages.get(code) for code in self.codes],
            totals=[
                (
                    languages.get(code),
                    totals[code][State.UP_TO_DATE],
                    totals[code][State.OUTDATED],
                    totals[code][State.MISSING],
                    totals[code]["published"],
                )
                for code in self.codes
            ],
            total_rows=len(self.rows),
            export_query=self.request.GET.urlencode(),
        )
        return context

    def cell_url(self, row, cell):
        """Where a click takes the translator: the translation to edit, or the form to start one."""
        if row.kind == "page":
            if cell.state == State.MISSING:
                return reverse("wagtail_localize:submit_page_translation", args=[row.source.pk])
            return reverse("wagtailadmin_pages:edit", args=[cell.version.pk])
        app_label, model_name = row.kind.split(".")
        if cell.state == State.MISSING:
            return reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[app_label, model_name, row.source.pk],
            )
        return reverse(f"wagtailsnippets_{app_label}_{model_name}:edit", args=[cell.version.pk])

    def as_csv(self):
        header = [_("Type"), _("Section"), _("Title"), _("Source language")]
        for code in self.codes:
            header += [f"{code}: {_('State')}", f"{code}: {_('Published')}"]
        data = tablib.Dataset(headers=[str(h) for h in header])
        for row in self.rows:
            line = [
                str(row.kind_label),
                row.section,
                row.source.title,
                row.source.language_code,
            ]
            for code in self.codes:
                cell = row.cells[code]
                published = ""
                if cell.state != State.MISSING:
                    published = _("yes") if cell.published else _("draft")
                line += [str(cell.state.label), str(published)]
            data.append(line)
        # Page titles are typed by editors and translators: downloads makes them formula-safe.
        return downloads.spreadsheet_response(data, "translations", "csv")
