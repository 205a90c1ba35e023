"""The eight languages: one module owns them, Django and Wagtail read it, rom and rup work."""

import pytest

from django.conf import settings
from django.template import Context, Template
from django.utils import translation
from django.utils.translation import check_for_language, get_language_info

from cms import languages


def test_settings_read_the_language_module():
    assert [code for code, _ in settings.LANGUAGES] == list(languages.CODES)
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES
    assert settings.LANGUAGE_CODE == "mk"
    assert languages.CODES == ("mk", "sq", "tr", "rom", "sr", "bs", "rup", "en")


@pytest.mark.parametrize(
    "code, name_local",
    [(language.code, language.name_local) for language in languages.LANGUAGES],
)
def test_django_knows_every_language(code, name_local):
    info = get_language_info(code)

    assert check_for_language(code)
    assert info["code"] == code
    assert info["bidi"] is False
    if code in ("rom", "rup"):
        assert info["name_local"] == name_local


@pytest.mark.parametrize("code", ["rom", "rup"])
def test_get_language_info_template_tag_for_romani_and_aromanian(code):
    template = Template(
        "{% load i18n %}{% get_language_info for code as info %}"
        "{{ info.name_local }}|{{ info.name }}"
    )

    rendered = template.render(Context({"code": code}))

    assert rendered == f"{languages.get(code).name_local}|{languages.get(code).name}"


EXPECTED_SKIP_LINK = {
    "mk": "Прескокни до главната содржина",
    "sq": "Kalo te përmbajtja kryesore",
    "tr": "Ana içeriğe geç",
    "rom": "Nakh dži ko šerutno sadržaj",
    "sr": "Прескочи на главни садржај",
    "bs": "Preskoči na glavni sadržaj",
    "rup": "Treatsi la cuprinderea di bazã",
    "en": "Skip to main content",
}


@pytest.mark.parametrize("code", languages.CODES)
def test_one_translated_string_loads_in_each_locale(code):
    with translation.override(code):
        assert translation.gettext("Skip to main content") == EXPECTED_SKIP_LINK[code]


def test_scripts():
    assert [language.code for language in languages.LANGUAGES if language.script == "Cyrl"] == [
        "mk",
        "sr",
    ]
    assert languages.get("sr-latn").code == "sr"
