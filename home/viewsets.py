"""Base classes for the admin viewsets the apps register.

``SafeExportSnippetViewSet`` is Wagtail's ``SnippetViewSet`` whose ``list_export`` downloads go
through ``home.downloads``: every snippet listing that offers CSV or XLSX uses it, so no text an
editor or a visitor typed runs as a formula in a coordinator's spreadsheet.
"""

from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from home.downloads import FormulaSafeExportMixin


class SafeExportIndexView(FormulaSafeExportMixin, IndexView):
    """A snippet listing whose exports are formula-safe."""


class SafeExportSnippetViewSet(SnippetViewSet):
    index_view_class = SafeExportIndexView
