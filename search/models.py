"""The library of community initiatives: the library page of each locale and its initiatives.

An initiative names its communities and organisations with the Forum's snippets and its place
with the country's municipalities (``home.municipalities``), so every app speaks of the same
ones. ``folded_text`` keeps, in one plain Latin spelling (``search.text.fold``), what a reader
may type to find the initiative: it is what the database engine searches, whatever the script
or the diacritics of the query.
"""

import json

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Lookup
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from cms import languages
from forum.api import community_names, organisation_names
from home import municipalities
from home.blocks import BODY_BLOCKS
from home.folding import in_script
from home.models import BasePage
from search.text import fold


class LibraryPage(RoutablePageMixin, BasePage):
    """The library of one locale: its search, facets and results live on this page."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["search.InitiativePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("initiatives library")
        verbose_name_plural = _("initiatives libraries")

    @path("")
    def results(self, request):
        from search import views  # the views import the models

        return views.library(request, self)


class TopicQuerySet(models.QuerySet):
    def published(self):
        """The names the public reads: an editor's change is a draft until it is approved."""
        return self.filter(live=True)


class Topic(
    TranslatableMixin, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model
):
    """A topic tag's name in one language.

    Initiatives are tagged in the language they are written in, and their translations keep the
    same tags (wagtail-localize copies them), so the tag alone would show Macedonian words in
    every library. A topic, translated like any snippet, names the tag in the other languages:
    in the facets, on the initiative and in what the search matches.

    Moderated like a page ("Editor → Coordinator"): the row holds the live name, an editor's
    change waits in a revision until a coordinator publishes it."""

    tag = models.ForeignKey(Tag, verbose_name=_("tag"), on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("name"), max_length=100)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="topic")

    objects = TopicQuerySet.as_manager()

    panels = [FieldPanel("tag"), FieldPanel("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions


def topic_names(slugs, locale):
    """{tag slug: the topic's name in the locale's language, else the tag's own name written in
    the locale's script}."""
    names = {
        slug: in_script(name, locale.language_code)
        for slug, name in Tag.objects.filter(slug__in=slugs).values_list("slug", "name")
    }
    names.update(
        Topic.objects.published()
        .filter(tag__slug__in=slugs, locale=locale)
        .values_list("tag__slug", "name")
    )
    return names


class InitiativeTopic(TaggedItemBase):
    content_object = ParentalKey(
        "search.InitiativePage", related_name="tagged_topics", on_delete=models.CASCADE
    )


class InitiativePage(BasePage):
    """One initiative: who did what, where, when, for whom and with what result."""

    class Kind(models.TextChoices):
        CULTURAL = "cultural", _("Cultural")
        EDUCATIONAL = "educational", _("Educational")
        MEDIA = "media", _("Media")
        ADVOCACY = "advocacy", _("Advocacy")
        YOUTH = "youth", _("Youth")
        SPORT = "sport", _("Sport")
        DIALOGUE = "dialogue", _("Inter-community dialogue")
        LOCAL_ACTION = "local-action", _("Local action")
        RESEARCH = "research", _("Research")

    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for the results."))
    body = StreamField(BODY_BLOCKS, verbose_name=_("body"), blank=True)
    communities = ParentalManyToManyField(
        "forum.Community", verbose_name=_("communities involved"), blank=True
    )
    municipality = models.CharField(
        _("municipality"),
        max_length=municipalities.CODE_MAX_LENGTH,
        choices=municipalities.choices,
        blank=True,
    )
    organisations = ParentalManyToManyField(
        "forum.Organization", verbose_name=_("organisations"), blank=True
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    kind = models.CharField(_("type of initiative"), max_length=20, choices=Kind.choices)
    topics = ClusterTaggableManager(through=InitiativeTopic, verbose_name=_("topics"), blank=True)
    people_reached = models.PositiveIntegerField(_("people reached"), null=True, blank=True)
    outcomes = RichTextField(_("outcomes"), blank=True, features=["bold", "italic", "ul", "link"])
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(40.8), MaxValueValidator(42.4)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(20.4), MaxValueValidator(23.1)],
    )
    folded_title = models.CharField(max_length=255, editable=False, default="")
    folded_text = models.TextField(editable=False, default="")

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("communities"),
                FieldPanel("organisations"),
                FieldPanel("municipality"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("topics"),
                FieldPanel("people_reached"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Who, where, when"),
        ),
        FieldPanel("body"),
        FieldPanel("outcomes"),
        InlinePanel("gallery", heading=_("Images"), label=_("Image")),
        InlinePanel("documents", heading=_("Documents"), label=_("Document")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("outcomes"),
        index.FilterField("kind"),
        index.FilterField("municipality"),
        index.FilterField("start_date"),
    ]
    parent_page_types = ["search.LibraryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end cannot be before the start.")})
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                {"longitude": _("Give both the latitude and the longitude, or neither.")}
            )

    def folded_search_text(self):
        return self.folded_text  # the page's words, its places and topics in every language

    def communities_in_language(self):
        """The communities' names in the page's language, else in its script."""
        slugs = [community.slug for community in self.communities.all() if community.live]
        return sorted(community_names(slugs, self.locale).values(), key=str.lower)

    def organisations_in_language(self):
        """The organisations' names in the page's language, else in its script."""
        slugs = [org.slug for org in self.organisations.all() if org.live]
        return sorted(organisation_names(slugs, self.locale).values(), key=str.lower)

    def topics_in_language(self):
        """The topics' names in the page's language, where they are translated."""
        slugs = [tag.slug for tag in self.topics.all()]  # one query, the tags joined
        return sorted(topic_names(slugs, self.locale).values(), key=str.lower)

    @property
    def municipality_name(self):
        return municipalities.name(self.municipality) if self.municipality else ""

    def searchable_text(self):
        """What a reader may type to find this initiative, in its own words and spellings."""
        parts = [self.title, self.summary, strip_tags(self.outcomes)]
        parts += self._meta.get_field("body").get_searchable_content(self.body)
        if self.municipality:  # its name in every language and script
            parts += [municipalities.name(self.municipality, code) for code in languages.CODES]
        # In memory until the page is saved (modelcluster), so a new page is complete too.
        tags = [topic.name for topic in self.topics.all()]
        parts += tags  # and the topics' names in every language
        parts += Topic.objects.published().filter(tag__name__in=tags).values_list("name", flat=True)
        parts += [community.name for community in self.communities.all() if community.live]
        parts += [str(org) for org in self.organisations.all() if org.live]
        return "\n".join(part for part in parts if part)

    def refold(self):
        """Fold the title and the searchable text again (``home.folding``), before saving."""
        self.folded_title = fold(self.title)[:255]
        self.folded_text = fold(self.searchable_text())

    def save(self, *args, **kwargs):
        self.refold()
        return super().save(*args, **kwargs)


class InitiativeImage(Orderable):
    page = ParentalKey(InitiativePage, related_name="gallery", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "home.ForumImage", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]


class InitiativeDocument(Orderable):
    page = ParentalKey(InitiativePage, related_name="documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "home.ForumDocument",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]


class FoldedWords(models.TextField):
    """Folded words as ``search.text.words`` writes them (`` sutka roma ``), searched by word
    beginnings with the ``matches`` lookup. On PostgreSQL the table also keeps their tsvector in
    a generated column beside this one, ``<column>_vector``, with a GIN index (migration 0003)."""


@FoldedWords.register_lookup
class Matches(Lookup):
    """``words__matches=terms``: every term begins one of the words. A term is letters and
    digits only (``search.text.terms``), so it is safe in a pattern and in a tsquery.

    PostgreSQL answers from its full-text index with a prefix query; other databases look for
    `` term`` in the text."""

    lookup_name = "matches"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        conditions = [f"{lhs} LIKE %s" for _term in self.rhs]
        return " AND ".join(conditions), [*params, *(f"% {term}%" for term in self.rhs)]

    def as_postgresql(self, compiler, connection):
        # The stored tsvector, not to_tsvector(words): rows that an index only narrows down
        # (the facets' GIN index) are checked again, and computing the vector then is slow.
        vector = "{}.{}".format(
            compiler.quote_name_unless_alias(self.lhs.alias),
            connection.ops.quote_name(f"{self.lhs.target.column}_vector"),
        )
        query = " & ".join(f"'{term}':*" for term in self.rhs)
        return f"{vector} @@ to_tsquery('simple', %s)", [query]


class FacetValueIds(models.Field):
    """A list of ``LibraryFacetValue`` ids: ``integer[]`` on PostgreSQL, where counting them is
    an ``unnest``, and a JSON list in text elsewhere."""

    def db_type(self, connection):
        return "integer[]" if connection.vendor == "postgresql" else "text"

    def from_db_value(self, value, expression, connection):
        if value is None or isinstance(value, list):
            return value
        return json.loads(value)

    def get_db_prep_value(self, value, connection, prepared=False):
        value = [int(item) for item in value or []]
        return value if connection.vendor == "postgresql" else json.dumps(value)


def overlap_sql(column, ids, connection):
    """SQL that is true when the ``FacetValueIds`` in ``column`` hold one of ``ids``."""
    ids = [int(item) for item in ids]
    if connection.vendor == "postgresql":
        return f"{column} && %s::integer[]", [ids]
    marks = ", ".join(["%s"] * len(ids or [0]))
    return f"EXISTS (SELECT 1 FROM json_each({column}) WHERE value IN ({marks}))", ids or [0]


@FacetValueIds.register_lookup
class Overlaps(Lookup):
    """``facets__overlaps=[ids]``: the entry has at least one of these values."""

    lookup_name = "overlaps"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        sql, ids = overlap_sql(lhs, self.rhs, connection)
        return sql, [*params, *ids]


class LibraryFacetValue(models.Model):
    """One value of one facet, numbered once for every entry that has it: ``("community",
    "roma")``, ``("year", "2024")``."""

    facet = models.CharField(max_length=12)
    value = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["facet", "value"], name="search_facet_value_unique")
        ]

    def __str__(self):
        return f"{self.facet}: {self.value}"


class LibraryEntry(models.Model):
    """What the database engine searches: one narrow row per live initiative, with its folded
    words and its facet values (``LibraryFacetValue`` ids). Kept by ``search.entries``; a page
    has none while it is not live."""

    page = models.OneToOneField(
        InitiativePage, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    library = models.ForeignKey(LibraryPage, on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    start_date = models.DateField()
    title = models.TextField()  # folded words, as in ``words``
    words = FoldedWords()
    facets = FacetValueIds(default=list)

    class Meta:
        indexes = [
            models.Index(fields=["library", "-start_date"], name="search_entry_library"),
            models.Index(fields=["locale", "-start_date"], name="search_entry_locale"),
        ]

    def __str__(self):
        return self.title.strip()


class LibraryFacetCount(models.Model):
    """How many of a library's live initiatives have one facet value: the counts a reader sees
    before typing or ticking anything, which would otherwise mean reading every entry."""

    library = models.ForeignKey(LibraryPage, on_delete=models.CASCADE, related_name="+")
    value = models.ForeignKey(LibraryFacetValue, on_delete=models.CASCADE, related_name="+")
    count = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["library", "value"], name="search_facet_count_unique")
        ]

    def __str__(self):
        return f"{self.value_id}: {self.count}"
