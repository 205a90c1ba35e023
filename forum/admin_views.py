"""The Forum's admin views: the records' edit view, and coordinators' tools (the action plan by
spreadsheet, an event's registrations)."""

import base64
from http import HTTPStatus

import tablib

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import EditView

from forum import spreadsheet
from forum.models import EventPage, Registration
from home import downloads

SESSION_KEY = "forum-action-plan-upload"
MAX_UPLOAD = 5 * 1024 * 1024


class RecordEditView(EditView):
    """Refuses a save made on a form loaded before the record's latest revision.

    Wagtail refuses a stale autosave only; a full save would silently replace the newer
    revision (a progress figure, for every language). A form loaded when the record had no
    revision carries no revision id: if it has one now, someone saved in between.
    """

    @property
    def form_is_stale(self):
        if not self.latest_revision:
            return False
        if "loaded_revision_id" not in self.request.POST and not self.request.POST.get(
            "overwrite_revision_id"
        ):
            return True
        return self.is_out_of_date

    def is_valid(self, form):
        if self.form_is_stale:
            self.produced_error_code = "invalid_revision"
            self.produced_error_message = _(
                "Someone saved a newer version of this record while you were editing it. "
                "Your changes were not saved: reload the page to see the newer version."
            )
            return False
        return super().is_valid(form)


INTERNAL = "forum.view_internal_meetings"


class MeetingEditView(RecordEditView):
    """An internal meeting (not public) is opened only by those who see internal meetings."""

    def get_object(self, queryset=None):
        meeting = super().get_object(queryset)
        if not meeting.is_public and not self.request.user.has_perm(INTERNAL):
            raise PermissionDenied
        return meeting


class UploadForm(forms.Form):
    workbook = forms.FileField(
        label=gettext_lazy("Workbook (.xlsx)"),
        help_text=gettext_lazy(
            "The file downloaded here, with statuses, progress and measurements updated."
        ),
    )

    def clean_workbook(self):
        upload = self.cleaned_data["workbook"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload


class ActionPlanSpreadsheetView(WagtailAdminTemplateMixin, TemplateView):
    """Download the plan, upload it back, see the changes and the problems, then confirm."""

    template_name = "forum/admin/action_plan_spreadsheet.html"
    page_title = gettext_lazy("Action plan spreadsheet")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("forum.import_action_plan"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        if request.GET.get("download"):
            stamp = timezone.localdate().isoformat()
            return downloads.attachment(
                spreadsheet.workbook(), downloads.XLSX, f"action-plan-{stamp}.xlsx"
            )
        return self.render_to_response(self.get_context_data(form=UploadForm()))

    def post(self, request, *args, **kwargs):
        if "confirm" in request.POST:
            return self.confirm(request)
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(
                self.get_context_data(form=form), status=HTTPStatus.BAD_REQUEST
            )
        content = form.cleaned_data["workbook"].read()
        reading = spreadsheet.read(content)
        if reading.ok and reading.changes:
            request.session[SESSION_KEY] = base64.b64encode(content).decode()
        else:
            request.session.pop(SESSION_KEY, None)
        return self.render_to_response(
            self.get_context_data(form=UploadForm(), reading=reading),
            status=HTTPStatus.OK if reading.ok else HTTPStatus.UNPROCESSABLE_ENTITY,
        )

    def confirm(self, request):
        stored = request.session.pop(SESSION_KEY, None)
        if stored is None:
            messages.error(request, _("There is no checked upload to save; upload the file again."))
            return redirect("forum_action_plan_spreadsheet")
        # Read again: the plan may have changed since the preview.
        reading = spreadsheet.read(base64.b64decode(stored))
        if not reading.ok:
            return self.render_to_response(
                self.get_context_data(form=UploadForm(), reading=reading),
                status=HTTPStatus.UNPROCESSABLE_ENTITY,
            )
        count = spreadsheet.apply(reading, request.user)
        messages.success(request, _("The action plan was updated: %d changes saved.") % count)
        return redirect("forum_action_plan_spreadsheet")


class AttendanceForm(forms.Form):
    """One checkbox per confirmed registration: who came."""

    def __init__(self, *args, registrations=(), **kwargs):
        super().__init__(*args, **kwargs)
        for registration in registrations:
            self.fields[f"attended-{registration.pk}"] = forms.BooleanField(
                label=str(registration), required=False, initial=bool(registration.attended)
            )


class EventRegistrationsView(WagtailAdminTemplateMixin, TemplateView):
    """An event's registrations (all its translations together), attendance and exports."""

    template_name = "forum/admin/event_registrations.html"
    header_icon = "group"

    def dispatch(self, request, page_id, *args, **kwargs):
        if not request.user.has_perm("forum.view_registration"):
            raise PermissionDenied
        self.event = get_object_or_404(EventPage, pk=page_id)
        self.registrations = list(
            Registration.objects.for_event(self.event).select_related("community")
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Registrations: %s") % self.event.title

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.get_page_title()}]

    def attendance_form(self, data=None):
        confirmed = [r for r in self.registrations if r.status == Registration.Status.CONFIRMED]
        return AttendanceForm(data, registrations=confirmed)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = kwargs.get("form") or self.attendance_form()
        context.update(
            event=self.event,
            registrations=self.registrations,
            form=form,
            rows=[
                (
                    registration,
                    form[f"attended-{registration.pk}"]
                    if f"attended-{registration.pk}" in form.fields
                    else None,
                )
                for registration in self.registrations
            ],
            confirmed=sum(r.status == Registration.Status.CONFIRMED for r in self.registrations),
            waiting=sum(r.status == Registration.Status.WAITING for r in self.registrations),
        )
        return context

    def get(self, request, *args, **kwargs):
        export = request.GET.get("export")
        if export in ("csv", "xlsx"):
            return self.export(export)
        if export:
            raise Http404
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm("forum.change_registration"):
            raise PermissionDenied
        form = self.attendance_form(request.POST)
        form.is_valid()  # checkboxes are always valid
        changed = 0
        for registration in self.registrations:
            name = f"attended-{registration.pk}"
            if name in form.fields and registration.attended != form.cleaned_data[name]:
                registration.attended = form.cleaned_data[name]
                registration.save(update_fields=["attended"])
                changed += 1
        messages.success(request, _("Attendance saved (%d changed).") % changed)
        return redirect(reverse("forum_event_registrations", args=[self.event.pk]))

    def export(self, format):
        data = tablib.Dataset(
            headers=[
                _("Name"),
                _("Email"),
                _("Organisation"),
                _("Community"),
                _("Accessibility needs"),
                _("Interpretation into"),
                _("Language"),
                _("Status"),
                _("Registered at"),
                _("Attended"),
            ]
        )
        for r in self.registrations:
            data.append(
                [
                    r.name,
                    r.email,
                    r.organisation,
                    r.community.name if r.community else "",
                    r.accessibility_needs,
                    r.get_interpretation_display(),
                    r.language,
                    r.get_status_display(),
                    timezone.localtime(r.created_at).strftime("%Y-%m-%d %H:%M"),
                    "" if r.attended is None else (_("yes") if r.attended else _("no")),
                ]
            )
        return downloads.spreadsheet_response(data, f"registrations-{self.event.slug}", format)
