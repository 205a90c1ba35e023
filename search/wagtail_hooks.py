"""The library in the admin: the topics' names in every language."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "tag", "locale"]  # Wagtail switches the locale itself
    search_fields = ["name"]


register_snippet(TopicViewSet)
