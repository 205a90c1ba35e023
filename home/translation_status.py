"""How far each language is: the state of every page and translatable snippet in every locale.

Pure logic over a handful of queries (one for the pages, one per translatable snippet model),
whatever the size of the site. A translation is

- missing: there is none, or only a wagtail-localize alias that shows the source's content;
- out of date: its source was published (or, for a snippet, saved) after the translation was
  last edited;
- up to date: otherwise.

Each existing translation is also published or a draft. The source of a page or snippet is its
version in the default locale, or its oldest version where it has none there.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from django.utils.translation import gettext_lazy as _

from wagtail.models import (
    DraftStateMixin,
    Locale,
    Page,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.snippets.models import get_snippet_models

from cms import languages


class State(StrEnum):
    MISSING = "missing"
    OUTDATED = "outdated"
    UP_TO_DATE = "up-to-date"

    @property
    def label(self):
        return STATE_LABELS[self]


STATE_LABELS = {
    State.MISSING: _("Missing"),
    State.OUTDATED: _("Out of date"),
    State.UP_TO_DATE: _("Up to date"),
}


@dataclass(frozen=True)
class Version:
    """One object in one locale, reduced to what the report needs."""

    pk: object
    language_code: str
    title: str
    changed_at: object  # when it was last edited (latest revision), or None
    published_at: object  # when its source content was last published, or None
    live: bool
    alias: bool = False
    path: str = ""


@dataclass
class Cell:
    state: State
    version: Version | None = None

    @property
    def published(self):
        return self.version is not None and self.version.live


@dataclass
class Row:
    kind: str  # "page", or the snippet model's "app_label.model_name"
    kind_label: str
    section: str
    source: Version
    cells: dict = field(default_factory=dict)  # language code -> Cell


def state_of(source, translation):
    if translation is None or translation.alias:
        return State.MISSING
    source_changed = source.published_at or source.changed_at
    if source_changed and translation.changed_at and translation.changed_at < source_changed:
        return State.OUTDATED
    return State.UP_TO_DATE


def _choose_source(versions):
    own = [v for v in versions if not v.alias]
    for version in own:
        if version.language_code == languages.DEFAULT.code:
            return version
    return min(own or versions, key=lambda v: str(v.pk))


def _rows(kind, kind_label, grouped, section_of):
    rows = []
    for versions in grouped.values():
        source = _choose_source(versions)
        by_code = {v.language_code: v for v in versions}
        row = Row(kind, kind_label, section_of(source), source)
        for language in languages.LANGUAGES:
            if language.code == source.language_code:
                row.cells[language.code] = Cell(State.UP_TO_DATE, source)
            else:
                translation = by_code.get(language.code)
                row.cells[language.code] = Cell(state_of(source, translation), translation)
        rows.append(row)
    return rows


def page_rows(locale_codes):
    pages = Page.objects.filter(depth__gt=1).values_list(
        "pk",
        "translation_key",
        "locale_id",
        "title",
        "latest_revision_created_at",
        "last_published_at",
        "live",
        "alias_of_id",
        "path",
    )
    grouped = defaultdict(list)
    for pk, key, locale_id, title, changed, published, live, alias_of, path in pages:
        code = locale_codes.get(locale_id)
        if code is None:
            continue
        grouped[key].append(
            Version(pk, code, title, changed, published, live, alias_of is not None, path)
        )

    # A section is a child of a locale's home page; it is named in its source's language.
    titles = {
        v.path: v.title for versions in grouped.values() for v in versions if len(v.path) <= 12
    }
    home_label = str(_("Home page"))

    def section_of(source):
        if len(source.path) <= 8:
            return home_label
        return titles.get(source.path[:12], home_label)

    return _rows("page", str(_("Page")), grouped, section_of)


def translatable_snippet_models():
    return [m for m in get_snippet_models() if issubclass(m, TranslatableMixin)]


def snippet_rows(model, locale_codes):
    queryset = model.objects.all()
    if issubclass(model, RevisionMixin):
        queryset = queryset.select_related("latest_revision")
    grouped = defaultdict(list)
    for obj in queryset:
        code = locale_codes.get(obj.locale_id)
        if code is None:
            continue
        revision = getattr(obj, "latest_revision", None)
        changed = revision.created_at if revision else None
        live = obj.live if isinstance(obj, DraftStateMixin) else True
        published = getattr(obj, "last_published_at", None)
        grouped[obj.translation_key].append(
            Version(obj.pk, code, str(obj), changed, published, live)
        )
    label = str(model._meta.verbose_name_plural).capitalize()
    return _rows(model._meta.label_lower, label, grouped, lambda source: label)


def build_report():
    """Every row of the report: pages in tree order, then snippets by model."""
    locale_codes = {
        locale.pk: languages.get(locale.language_code).code
        for locale in Locale.objects.filter(language_code__in=languages.CODES)
    }
    rows = sorted(page_rows(locale_codes), key=lambda row: row.source.path)
    for model in translatable_snippet_models():
        rows += sorted(snippet_rows(model, locale_codes), key=lambda row: row.source.title)
    return rows


def counts(rows, language_codes):
    """{language code: Counter of states, plus "published"} over the given rows."""
    totals = {}
    for code in language_codes:
        counter = Counter({state: 0 for state in State})
        counter["published"] = 0
        for row in rows:
            cell = row.cells[code]
            counter[cell.state] += 1
            counter["published"] += cell.state != State.MISSING and cell.published
        totals[code] = counter
    return totals
