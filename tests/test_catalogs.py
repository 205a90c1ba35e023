"""Catalogs: every UI string of the code and templates is translated in all eight languages.

The strings are extracted with Django's own template lexer (``templatize``) and Python's ``ast``,
so this runs where GNU gettext is not installed.
"""

import ast
import re
from pathlib import Path

import polib
import pytest

from django.utils.translation.template import templatize

from cms import languages

BASE_DIR = Path(__file__).resolve().parent.parent
APPS = ["cms", "home", "forum", "campaigns", "competition", "search"]
LOCALE = BASE_DIR / "locale"
GETTEXT_FUNCTIONS = {
    "gettext",
    "gettext_lazy",
    "_",
    "pgettext",
    "pgettext_lazy",
    "ngettext",
    "ngettext_lazy",
}
_LITERAL = r"""u?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
# templatize() turns {% translate %} and {% blocktranslate %} into gettext('...') calls.
TEMPLATE_CALL = re.compile(rf"\b(n?p?gettext)\(\s*({_LITERAL}(?:\s*,\s*{_LITERAL})*)", re.S)


def project_files(suffix):
    for app in APPS:
        for path in (BASE_DIR / app).rglob(f"*{suffix}"):
            if "migrations" not in path.parts:
                yield path


def strings_in_python(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in GETTEXT_FUNCTIONS or not node.args:
            continue
        first = 1 if name.startswith("p") else 0
        arg = node.args[first] if len(node.args) > first else None
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            yield arg.value


def strings_in_template(path):
    source = templatize(path.read_text(encoding="utf-8"), origin=str(path))
    for match in TEMPLATE_CALL.finditer(source):
        name, args = match.groups()
        literals = ast.literal_eval(f"[{args}]")
        yield literals[1] if name.startswith("p") else literals[0]


def ui_strings():
    found = set()
    for path in project_files(".py"):
        found.update(strings_in_python(path))
    for path in project_files(".html"):
        found.update(strings_in_template(path))
    return found


def catalog(code):
    return polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))


def test_the_extractor_finds_strings_of_both_kinds():
    strings = ui_strings()

    assert "Skip to main content" in strings  # a template
    assert "Describe the image." in strings  # Python code
    assert "%(counter)s item" in strings  # a plural blocktranslate


@pytest.mark.parametrize("code", languages.CODES)
def test_every_ui_string_is_in_the_catalog(code):
    msgids = {entry.msgid for entry in catalog(code) if not entry.obsolete}

    missing = ui_strings() - msgids

    assert not missing, f"not in locale/{code}: {sorted(missing)} (run `make messages`)"


@pytest.mark.parametrize("code", [c for c in languages.CODES if c != "en"])
def test_every_entry_is_really_translated(code):
    po = catalog(code)

    untranslated = [e.msgid for e in po if not e.obsolete and not e.translated()]
    fuzzy = [e.msgid for e in po if "fuzzy" in e.flags]
    copies = [e.msgid for e in po if e.msgstr == e.msgid and len(e.msgid) > 12]

    assert not untranslated
    assert not fuzzy
    assert not copies, f"English left as the translation: {copies}"
    assert po.metadata["Language"] == code
    assert "nplurals=INTEGER" not in po.metadata["Plural-Forms"]


@pytest.mark.parametrize("code", languages.CODES)
def test_compiled_catalog_matches_its_source(code):
    """The .mo files are committed (rom and rup need them); they must not drift from the .po."""
    po = catalog(code)
    mo = polib.mofile(str(LOCALE / code / "LC_MESSAGES" / "django.mo"))

    def entries(cat):
        return {
            (e.msgid, e.msgstr, tuple(sorted(e.msgstr_plural.items())))
            for e in cat
            if not e.obsolete and (e.msgstr or e.msgstr_plural) and e.msgid
        }

    assert entries(po) == entries(mo)
