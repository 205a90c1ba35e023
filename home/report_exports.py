"""Wagtail's own reports, with downloads that cannot run what people typed (home/downloads.py).

The site history, the locked, ageing and workflow reports and the search-terms report offer
CSV and XLSX downloads of what editors and visitors wrote (a page title, a search term): the
same views here, with ``FormulaSafeExportMixin``, at the same addresses. cms/urls.py puts these
patterns ahead of the admin's own, so a request to a report's address reaches the safe view,
and reversing Wagtail's URL names still gives these addresses.
"""

from django.urls import path
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView

from home.downloads import FormulaSafeExportMixin

# (address under /admin/, Wagtail's view, its URL name): each served with and without results_only.
REPORTS = [
    ("reports/locked/", LockedPagesView, "locked_pages"),
    ("reports/workflow/", WorkflowView, "workflow"),
    ("reports/workflow_tasks/", WorkflowTasksView, "workflow_tasks"),
    ("reports/site-history/", LogEntriesView, "site_history"),
    ("reports/aging-pages/", AgingPagesView, "aging_pages"),
    ("searchpicks/reports/search-terms/", SearchTermsReportView, "search_terms"),
]


def _safe(view_class):
    return type(f"FormulaSafe{view_class.__name__}", (FormulaSafeExportMixin, view_class), {})


def _admin_view(view):
    return never_cache(require_admin_access(view))


def urlpatterns():
    patterns = []
    for address, view_class, name in REPORTS:
        safe = _safe(view_class)
        patterns += [
            path(address, _admin_view(safe.as_view()), name=f"safe_report_{name}"),
            path(
                f"{address}results/",
                _admin_view(safe.as_view(results_only=True)),
                name=f"safe_report_{name}_results",
            ),
        ]
    return patterns
