"""Where each page type may stand in the tree, checked with Wagtail's own assertions."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage


class PageRulesTest(WagtailPageTestCase):
    def test_home_pages_stand_at_the_root_of_each_locale(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(StandardPage, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_standard_pages_stand_below_the_home_page_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_an_editor_can_create_a_standard_page_through_the_admin(self):
        self.login()
        home = HomePage.objects.get(locale__language_code="mk")

        self.assertCanCreate(
            home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Годишен извештај",
                    "slug": "godisen-izvestaj",
                    "introduction": "Што направивме годинава.",
                    "body": streamfield([("paragraph", rich_text("<p>Текст.</p>"))]),
                }
            ),
        )
