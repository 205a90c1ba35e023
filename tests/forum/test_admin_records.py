"""The Forum's records in the admin: measurements by hand, and actions through wagtail-localize."""

import datetime
from http import HTTPStatus

import pytest

from django.urls import reverse

from wagtail_localize.models import Translation

from forum.models import Action, ActionStatusChange, Indicator, Measurement, Objective
from tests.conftest import login_as

from .helpers import action_form_data, action_html, indicator_now, loaded_revision

pytestmark = pytest.mark.django_db
ADD = reverse("wagtailsnippets_forum_measurement:add")


def test_an_editor_records_a_measurement_and_the_tracker_shows_it(client, strategy_pages):
    indicator = Indicator.objects.get(action__code="A1.3", locale__language_code="mk")
    login_as(client, "editor")

    response = client.post(
        ADD,
        {
            "indicator_key": str(indicator.translation_key),
            "measured_on": "2026-11-01",
            "value": "88",
            "note": "По обуката во Струмица",
        },
    )

    assert response.status_code == HTTPStatus.FOUND
    measurement = Measurement.objects.get(indicator_key=indicator.translation_key, value=88)
    assert measurement.recorded_by.username == "editor"
    listing = client.get(reverse("wagtailsnippets_forum_measurement:list")).content.decode()
    assert "A1.3" in listing and "Обучени претставници на членките" in listing
    client.logout()
    assert indicator_now(client.get(strategy_pages["rom"].url).content.decode(), "A1.3") == "88"


def test_a_second_measurement_on_the_same_day_is_refused(client):
    indicator = Indicator.objects.get(action__code="A1.1", locale__language_code="mk")
    client.cookies.load({"django_language": "en"})
    login_as(client, "editor")

    response = client.post(
        ADD,
        {
            "indicator_key": str(indicator.translation_key),
            "measured_on": "2025-06-30",
            "value": "5",
        },
    )

    assert response.status_code == HTTPStatus.OK
    assert "already has a measurement on that date" in response.content.decode()
    assert Measurement.objects.filter(indicator_key=indicator.translation_key).count() == 2


def test_an_action_translated_with_wagtail_localize_shares_its_figures(
    client, locales, strategy_pages, django_capture_on_commit_callbacks
):
    objective = Objective.objects.get(code="3.2", locale__language_code="mk")
    action = Action(
        objective=objective,
        code="A3.3",
        title="Локални акции на активните граѓани",
        start_date=datetime.date(2026, 4, 1),
        end_date=datetime.date(2027, 5, 31),
        locale=objective.locale,
    )
    action.indicators.add(
        Indicator(name="Спроведени локални акции", target=11, locale=objective.locale)
    )
    action.save()
    login_as(client, "translator")

    response = client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["forum", "action", action.pk]),
        {"locales": [locales["rom"].pk]},
    )
    assert response.status_code == HTTPStatus.FOUND
    translation = Translation.objects.get(source__object_id=action.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    romani = Action.objects.get(translation_key=action.translation_key, locale=locales["rom"])
    assert romani.indicators.get().target == 11

    # A synced translation is edited in wagtail-localize's editor, text only; the figures are
    # edited once, on the Macedonian source, and every translation follows once published.
    client.logout()
    login_as(client, "editor")
    romani_edit = client.get(reverse("wagtailsnippets_forum_action:edit", args=[romani.pk]))
    assert "wagtail_localize/admin/edit_translation.html" in [
        template.name for template in romani_edit.templates
    ]
    edit = reverse("wagtailsnippets_forum_action:edit", args=[action.pk])
    response = client.post(
        edit,
        {
            **action_form_data(action, status="in_progress", progress=25),
            **loaded_revision(client, edit),
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    assert Action.objects.get(pk=romani.pk).progress == 0  # a draft, until approved
    client.logout()
    login_as(client, "coordinator")
    response = client.post(
        edit,
        {
            **action_form_data(action, status="in_progress", progress=25),
            **loaded_revision(client, edit),
            "action-publish": "publish",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    assert Action.objects.get(pk=romani.pk).progress == 25
    assert ActionStatusChange.objects.filter(action_key=action.translation_key).count() == 2
    client.logout()
    block = action_html(client.get(strategy_pages["rom"].url).content.decode(), "A3.3")
    assert 'value="25"' in block
