"""Admin > Reports > Emails: the emails the site sent or failed to send, for coordinators, with a
button that sends a failed one again.

The record is written by the site, never by hand: its permission policy allows seeing and
retrying only (``home.view_outboundemail``, ``home.retry_outboundemail``), whoever asks.
"""

from django.contrib import messages
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views import View

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home import emails
from home.models import OutboundEmail

READ_AND_RETRY = ("view", "retry")


class EmailRecordPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action in READ_AND_RETRY and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in READ_AND_RETRY])


register_permission_policy(OutboundEmail, EmailRecordPolicy(OutboundEmail))


class RetryColumn(Column):
    cell_template_name = "home/admin/email_retry_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(parent_context["request"])
        return context


class EmailIndexView(IndexView):
    @property
    def columns(self):
        columns = super().columns
        if self.permission_policy.user_has_permission(self.request.user, "retry"):
            columns.append(RetryColumn("retry", label=_("Retry")))
        return columns


class RetryView(PermissionCheckedMixin, View):
    """Send a failed email again (a POST), and say whether it was queued."""

    model = OutboundEmail
    permission_required = "retry"
    index_url_name = None

    def post(self, request, pk):
        email = get_object_or_404(OutboundEmail, pk=pk)
        if emails.retry(email):
            email.refresh_from_db()
            if email.status == OutboundEmail.Status.SENT:
                messages.success(request, _("The email was sent."))
            else:
                messages.warning(request, _("The email was queued, and will be tried again."))
        else:
            messages.error(request, _("This email cannot be retried."))
        return redirect(self.index_url_name)


class OutboundEmailViewSet(ModelViewSet):
    model = OutboundEmail
    icon = "mail"
    menu_label = _("Emails")
    menu_hook = "register_reports_menu_item"
    menu_order = 900
    url_prefix = "reports/emails"
    name = "outbound_emails"
    index_view_class = EmailIndexView
    list_display = ["subject", "to_email", "template", "language", "status", "attempts"]
    list_filter = ["status", "language"]
    search_fields = ["to_email", "subject", "template"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "to_name",
        "to_email",
        "subject",
        "template",
        "language",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "sent_at",
    ]

    def get_urlpatterns(self):
        """Listing, inspecting and retrying: no form writes to the record."""
        retry = RetryView.as_view(index_url_name=self.get_url_name("index"))
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("retry/<int:pk>/", retry, name="retry"),
        ]
