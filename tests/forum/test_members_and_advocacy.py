"""The members page with its filters, and the advocacy log's public/internal split."""

from http import HTTPStatus

import pytest

from django.core.exceptions import ValidationError

from forum.models import AdvocacyMeeting, Commitment, Community, Organization
from home.models import ForumDocument
from tests.conftest import login_as

pytestmark = pytest.mark.django_db


def names(html):
    return html.count('class="card member"')


def test_members_page_lists_the_coalition_in_each_language(client, members_pages):
    mk = client.get(members_pages["mk"].url).content.decode()
    sr = client.get(members_pages["sr"].url).content.decode()

    total = Organization.objects.filter(locale__language_code="mk").count()
    assert names(mk) == names(sr) == total == 22
    assert "Здружение Иницијатива за социјални промени" in mk
    assert "Удружење Иницијатива за социјалне промене" in sr
    assert "Ромска заједница" in sr  # communities in the visitor's language


@pytest.mark.parametrize(
    ("query", "expected", "absent"),
    [
        ({"role": "media_partner"}, 3, "NGO Info-centar"),
        ({"municipality": "kumanovo"}, 4, "Radio Bravo"),
        ({"community": "vlach", "role": "local_partner"}, 3, "Radio Bravo"),
    ],
)
def test_member_filters(client, members_pages, query, expected, absent):
    html = client.get(members_pages["bs"].url, query).content.decode()

    assert names(html) == expected
    assert absent not in html.split('class="cards members__list"')[1]


def test_a_bad_member_filter_is_a_400_in_the_visitors_language(client, members_pages):
    response = client.get(members_pages["sq"].url, {"role": "king"})

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Disa filtra nuk mund të përdoreshin" in response.content.decode()


def test_only_media_partners_have_a_memorandum(db):
    org = Organization.objects.get(slug="active-veles", locale__language_code="mk")
    org.memorandum = ForumDocument.objects.create(title="Меморандум")
    with pytest.raises(ValidationError) as error:
        org.full_clean()
    assert "memorandum" in error.value.message_dict


def test_communities_are_shared_by_slug_and_language(db):
    assert set(Community.objects.filter(slug="roma").values_list("language", flat=True)) == {"rom"}
    assert Community.objects.filter(slug="roma").count() == 8


def test_public_page_shows_public_meetings_and_open_commitments(client, advocacy_pages):
    html = client.get(advocacy_pages["en"].url).content.decode()

    public = AdvocacyMeeting.objects.filter(locale__language_code="en", is_public=True)
    assert html.count('class="meeting"') == public.count() == 10
    assert "meeting--internal" not in html
    assert "Next meeting after the budget" not in html and "Internal notes" not in html
    commitments = html.split('id="open-commitments"')[1].split('id="meetings-heading"')[0]
    assert "A joint guide to reporting, published in every language." in commitments
    assert "Bilingual forms and service desks" not in commitments  # fulfilled, not open


def test_internal_meetings_are_for_editors_and_coordinators(client, advocacy_pages):
    login_as(client, "editor")

    response = client.get(advocacy_pages["mk"].url)

    html = response.content.decode()
    assert html.count("meeting--internal") == 2
    assert "Следна средба по објавувањето на буџетот" in html
    assert response["Cache-Control"] == "private, no-store"


def test_meeting_filters_by_institution_and_commitment_status(client, advocacy_pages):
    url = advocacy_pages["sq"].url

    agency = client.get(url, {"institution": "agency"}).content.decode()
    assert agency.count('class="meeting"') == 2
    assert "Agjencia për Realizimin e të Drejtave të Bashkësive" in agency

    failed = client.get(url, {"status": "not_fulfilled"}).content.decode()
    assert failed.count('class="meeting"') == 1
    assert "Përfaqësimi i drejtë në administratën publike" in failed

    bad = client.get(url, {"institution": "palace"})
    assert bad.status_code == HTTPStatus.BAD_REQUEST


def test_commitment_status_is_shared_by_every_translation(client, advocacy_pages):
    commitment = Commitment.objects.filter(
        meeting__locale__language_code="mk", status="open"
    ).first()
    commitment.status = Commitment.Status.FULFILLED
    commitment.save()

    assert set(
        Commitment.objects.filter(translation_key=commitment.translation_key).values_list(
            "status", flat=True
        )
    ) == {"fulfilled"}
