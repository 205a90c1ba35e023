"""The house rules of DESIGN.md: the top-level layout and who may import whom."""

import ast
from pathlib import Path

import pytest

from django.core.management import call_command

BASE_DIR = Path(__file__).resolve().parent.parent
FEATURE_APPS = ["forum", "campaigns", "competition", "search"]
CORE = ["cms", "home"]
INTERNALS = {"models", "views", "forms", "admin", "wagtail_hooks", "blocks", "admin_views"}


def imports(package):
    for path in (BASE_DIR / package).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                yield path, node.module
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name


def test_top_level_layout():
    for name in [*CORE, *FEATURE_APPS, "locale", "tests", "bench", ".ci"]:
        assert (BASE_DIR / name).is_dir(), name
    for name in ["manage.py", "requirements.txt", "README.md", "Makefile", "pyproject.toml"]:
        assert (BASE_DIR / name).is_file(), name


@pytest.mark.parametrize("package", CORE)
def test_the_core_imports_no_feature_app(package):
    offending = [
        f"{path.relative_to(BASE_DIR)}: {module}"
        for path, module in imports(package)
        if module.split(".")[0] in FEATURE_APPS
    ]

    assert not offending


@pytest.mark.parametrize("package", FEATURE_APPS)
def test_feature_apps_stay_out_of_each_others_internals(package):
    offending = [
        f"{path.relative_to(BASE_DIR)}: {module}"
        for path, module in imports(package)
        if module.split(".")[0] in FEATURE_APPS
        and module.split(".")[0] != package
        and set(module.split(".")[1:2]) & INTERNALS
    ]

    assert not offending


@pytest.mark.django_db
def test_no_missing_migrations():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
