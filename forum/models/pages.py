"""The Forum's public pages: the members, the strategy tracker and the advocacy log."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.models import BasePage


class ListingPage(RoutablePageMixin, BasePage):
    """A page of one locale that lists the Forum's records, once per locale's tree."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True


class MembersPage(ListingPage):
    """The coalition's members, with filters by community, municipality and role."""

    class Meta:
        verbose_name = _("members page")
        verbose_name_plural = _("members pages")

    @path("")
    def listing(self, request):
        from forum import views  # the views import the models

        return views.members(request, self)


class StrategyPage(RoutablePageMixin, BasePage):
    """The strategy (vision, mission) and the public tracker of its action plan."""

    introduction = models.TextField(_("introduction"), blank=True)
    vision = RichTextField(_("vision"), blank=True, features=["bold", "italic", "link"])
    mission = RichTextField(_("mission"), blank=True, features=["bold", "italic", "link"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("vision"),
        FieldPanel("mission"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("vision"),
        index.SearchField("mission"),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("strategy page")
        verbose_name_plural = _("strategy pages")

    @path("")
    def tracker(self, request):
        from forum import views  # the views import the models

        return views.strategy_tracker(request, self)

    @re_path(r"^export/(?P<format>csv|xlsx|pdf)/$", name="export")
    def export(self, request, format):
        from forum import views

        return views.strategy_export(request, self, format)


class AdvocacyPage(ListingPage):
    """The public advocacy log: meetings with institutions and the commitments still open."""

    class Meta:
        verbose_name = _("advocacy page")
        verbose_name_plural = _("advocacy pages")

    @path("")
    def listing(self, request):
        from forum import views

        return views.advocacy(request, self)
