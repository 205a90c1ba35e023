"""The Forum's public pages read their data in a fixed number of queries."""

from http import HTTPStatus

import pytest

pytestmark = pytest.mark.django_db

# The base template's share (site, settings, menu, languages) plus the page's own reads.
BUDGET = 25


@pytest.mark.parametrize(
    "path",
    [
        "/mk/clenki/",
        "/sq/anetaret/?community=roma",
        "/en/advocacy/",
        "/tr/etkinlikler/",
        "/rom/evenimentura/sikljovipe-zastapiba-angle-opstine/",
        "/bs/dogadjaji/strateska-radionica-foruma/",
        "/sr/strategija/",
    ],
)
def test_forum_pages_stay_within_the_query_budget(client, path, django_assert_max_num_queries):
    client.get(path)  # warm what every visitor shares (site root paths, settings)
    with django_assert_max_num_queries(BUDGET):
        response = client.get(path)
    assert response.status_code == HTTPStatus.OK
