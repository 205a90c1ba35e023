"""What a judge is shown, and what becomes of a judge: anonymised essays everywhere, judges
deactivated rather than deleted once they have scored, their decisions kept."""

from http import HTTPStatus

import pytest

from django.urls import reverse

from competition.models import JudgeAssignment

from .conftest import make_submission
from .test_judging import log_in

pytestmark = pytest.mark.django_db


def test_a_student_who_writes_their_name_into_the_title_is_not_named_on_the_judges_list(
    client, competition, judges
):
    essay = make_submission(competition["mk"], 1)
    essay.title = "Јас, Ajla Hodžić, и мојата соседка"
    essay.save()
    JudgeAssignment.objects.create(submission=essay, judge=judges["ana"])
    log_in(client, judges["ana"])

    response = client.get(reverse("competition_my_essays"))

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "TEST-0001" in html and "мојата соседка" in html
    assert "Ajla" not in html and "Hodžić" not in html and "█████" in html
