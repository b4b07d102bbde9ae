"""Search the knowledge bank: one function, `search(query, user, filters)`, the same page and
result shape on PostgreSQL and SQLite (docs/knowledge.md explains the design).

Visibility comes first: every query starts from `KnowledgeItem.objects.visible_to(user)`, so
members-only items and drafts never reach a result, a count, a snippet or a facet of someone
who may not read them.
"""

import json
import re
from collections import Counter
from dataclasses import dataclass, field

import nh3
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Count, FloatField, IntegerField, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, ExtractYear, Substr
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from kulturhub.core import taxonomy
from kulturhub.knowledge.models import (
    TAG_VOCABULARIES,
    EvidenceLevel,
    Kind,
    KnowledgeItem,
)
from kulturhub.knowledge.search_index import FTS_TABLE, PG_CONFIGS, TABLE, pg_config_case
from kulturhub.network.models import Network

PAGE_SIZE = 20
# The typo fallback shows at most this many similar titles.
FUZZY_LIMIT = 50
MAX_QUERY_LENGTH = 200
# Snippet markers: private-use characters that the database puts around each hit. The text
# is escaped first and only these become <mark>, so content can never inject markup.
START, STOP = "\ue000", "\ue001"
_MARKDOWN_NOISE = re.compile(r"\]\([^)]*\)|[#*_`>\[\]|]+")


@dataclass
class Filters:
    kind: str = ""
    language: str = ""
    evidence: str = ""
    network: str = ""
    year: int | None = None
    # vocabulary → term slug, e.g. {"art_form": "music"}
    tags: dict[str, str] = field(default_factory=dict)

    def apply(self, items: QuerySet) -> QuerySet:
        if self.kind:
            items = items.filter(kind=self.kind)
        if self.language:
            items = items.filter(language=self.language)
        if self.evidence:
            items = items.filter(evidence_level=self.evidence)
        if self.network:
            items = items.filter(network__slug=self.network)
        if self.year:
            items = items.filter(published_on__year=self.year)
        for vocabulary, slug in self.tags.items():
            items = items.filter(
                pk__in=KnowledgeItem.tags.through.objects.filter(
                    term__vocabulary=vocabulary, term__slug=slug
                ).values("knowledgeitem_id")
            )
        return items


@dataclass
class Hit:
    item: KnowledgeItem
    snippet: SafeString
    rank: float = 0.0


@dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    name: str
    label: str
    values: list[FacetValue]


@dataclass
class Results:
    query: str
    filters: Filters
    page: Page
    count: int
    facets: list[Facet]
    # True when full-text search found nothing and the titles were matched by similarity.
    fuzzy: bool = False

    @property
    def hits(self) -> list[Hit]:
        return list(self.page.object_list)


def search(query: str, user, filters: Filters | None = None, page: int = 1) -> Results:
    """A page of the items the user may read that match the query (all of them, newest first,
    for an empty query), with highlighted snippets and facet counts of the whole result."""
    query = " ".join((query or "").split())[:MAX_QUERY_LENGTH]
    filters = filters or Filters()
    visible = filters.apply(KnowledgeItem.objects.visible_to(user))
    backend = _backend()
    fuzzy = False
    if not (query and backend.has_terms(query)):
        found, total = facets(visible, filters)
        paginator = Paginator(
            visible.order_by("-published_on", "title").select_related("network"), PAGE_SIZE
        )
        # The facets counted the items already.
        paginator.count = total
        current = paginator.get_page(page)
        current.object_list = [Hit(item, plain_snippet(item)) for item in current.object_list]
        return Results(query, filters, current, total, found)

    # One query ranks every match and brings the columns the facets count, so neither the
    # full-text match nor the ranking runs twice.
    rows = list(backend.candidates(visible, query))
    if not rows and backend.fuzzy is not None:
        rows = list(backend.fuzzy(visible, query))
        fuzzy = True
    found = facets_of(rows, filters, backend.tag_counts([row[0] for row in rows]))
    current = Paginator(rows, PAGE_SIZE).get_page(page)
    by_id = KnowledgeItem.objects.select_related("network").in_bulk(
        [row[0] for row in current.object_list]
    )
    items = [by_id[row[0]] for row in current.object_list]
    snippets = {} if fuzzy else backend.snippets(items, query)
    current.object_list = [
        Hit(item, snippets.get(item.pk) or plain_snippet(item), row[-1] or 0.0)
        for item, row in zip(items, current.object_list, strict=True)
    ]
    return Results(query, filters, current, len(rows), found, fuzzy=fuzzy)


# The columns `candidates` returns, in order; the rank comes last.
CANDIDATE_COLUMNS = ("id", "kind", "language", "evidence_level", "network_id", "year")


# ------------------------------------------------------------------------------ snippets


def plain_snippet(item: KnowledgeItem) -> SafeString:
    return escape(item.summary)


def highlight(text: str) -> SafeString:
    """Escape the snippet text, then turn the database's markers into <mark>."""
    text = _MARKDOWN_NOISE.sub(" ", text or "")
    html = escape(" ".join(text.split()))
    html = html.replace(START, "<mark>").replace(STOP, "</mark>")
    # A marker that sits in the content itself must not leave an unbalanced element.
    return mark_safe(nh3.clean(html, tags={"mark"}, attributes={}))


# ------------------------------------------------------------------------------ backends


class PostgresBackend:
    """Each item is matched with the query parsed by its own language's configuration, so
    'korene' finds Danish items by the stem 'kor' and 'kuorossa' Finnish ones by 'kuoro'."""

    @staticmethod
    def has_terms(query: str) -> bool:
        return bool(re.search(r"\w", query))

    def matching(self, items: QuerySet, query: str) -> QuerySet:
        # One indexed branch per language, joined by UNION ALL: an OR of the five makes the
        # planner give up the GIN index for a sequential scan. The subquery is self-contained,
        # so the result can itself be nested (facets) without the table being renamed under
        # the raw SQL.
        ids = RawSQL(
            " UNION ALL ".join(
                f"SELECT id FROM {TABLE} WHERE language = '{code}' "
                f"AND search_vector @@ websearch_to_tsquery('{config}', %s)"
                for code, config in PG_CONFIGS.items()
            ),
            [query] * len(PG_CONFIGS),
        )
        return items.filter(pk__in=ids)

    def candidates(self, items: QuerySet, query: str):
        whens = " ".join(
            f"WHEN '{code}' THEN ts_rank({TABLE}.search_vector, "
            f"websearch_to_tsquery('{config}', %s))"
            for code, config in PG_CONFIGS.items()
        )
        rank = RawSQL(
            f"(CASE {TABLE}.language {whens} ELSE 0 END)",
            [query] * len(PG_CONFIGS),
            FloatField(),
        )
        return (
            self.matching(items, query)
            .annotate(rank=rank, year=_year())
            .order_by("-rank", "-published_on", "pk")
            .values_list(*CANDIDATE_COLUMNS, "rank")
        )

    @staticmethod
    def fuzzy(items: QuerySet, query: str):
        """Typo tolerance: the 50 titles most similar to the query (pg_trgm, indexed)."""
        similarity = RawSQL(f"word_similarity(%s, {TABLE}.title)", [query], FloatField())
        ids = RawSQL(f"SELECT id FROM {TABLE} WHERE %s <%% title", [query])
        return (
            items.filter(pk__in=ids)
            .annotate(rank=similarity, year=_year())
            .order_by("-rank", "-published_on", "pk")
            .values_list(*CANDIDATE_COLUMNS, "rank")[:FUZZY_LIMIT]
        )

    @staticmethod
    def tag_counts(ids: list[int]):
        return _tag_counts(RawSQL("SELECT unnest(%s::bigint[])", [ids]))

    @staticmethod
    def snippets(items: list[KnowledgeItem], query: str) -> dict[int, SafeString]:
        if not items:
            return {}
        config = pg_config_case()
        options = f"StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, MaxFragments=2"
        sql = (
            f"SELECT id, ts_headline({config}, coalesce(summary, '') || ' ' || body, "
            f"websearch_to_tsquery({config}, %s), %s) FROM {TABLE} WHERE id = ANY(%s)"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [query, options, [item.pk for item in items]])
            rows = cursor.fetchall()
        return {pk: highlight(text) for pk, text in rows if START in text}


class SqliteBackend:
    """FTS5 with bm25 (title weighted 10, summary 4, body 1). No Nordic stemmer exists in
    FTS5, so each word is matched as a prefix: 'kor' finds 'korene', 'kuoro' 'kuorossa'."""

    fuzzy = None

    @staticmethod
    def fts_query(query: str) -> str:
        words = re.findall(r"\w+", query.lower())
        negated = {m.lower() for m in re.findall(r"(?:^|\s)-(\w+)", query)}
        positive = [f'"{w}"*' for w in words if w not in negated]
        if not positive:
            return ""
        match = " AND ".join(positive)
        for word in sorted(negated):
            match += f' NOT "{word}"*'
        return match

    def has_terms(self, query: str) -> bool:
        return bool(self.fts_query(query))

    def candidates(self, items: QuerySet, query: str):
        return (
            items.extra(
                tables=[FTS_TABLE],
                where=[f"{FTS_TABLE}.rowid = {TABLE}.id", f"{FTS_TABLE} MATCH %s"],
                params=[self.fts_query(query)],
                select={"rank": f"-bm25({FTS_TABLE}, 10.0, 4.0, 1.0)"},
                order_by=["-rank", "-published_on", "id"],
            )
            .annotate(year=_year())
            .values_list(*CANDIDATE_COLUMNS, "rank")
        )

    @staticmethod
    def tag_counts(ids: list[int]):
        return _tag_counts(RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)]))

    def snippets(self, items: list[KnowledgeItem], query: str) -> dict[int, SafeString]:
        if not items:
            return {}
        ids = [item.pk for item in items]
        sql = (
            f"SELECT rowid, snippet({FTS_TABLE}, -1, %s, %s, ' … ', 24) FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH %s AND rowid IN ({', '.join(['%s'] * len(ids))})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [START, STOP, self.fts_query(query), *ids])
            rows = cursor.fetchall()
        return {pk: highlight(text) for pk, text in rows if START in text}


def _backend():
    if connection.vendor == "postgresql":
        return PostgresBackend()
    return SqliteBackend()


# ------------------------------------------------------------------------------ facets


def _year():
    """The publication year. SQLite's EXTRACT is a Python function called per row; the
    date is stored as ISO text there, so its first four characters are the year."""
    if connection.vendor == "sqlite":
        return Cast(Substr("published_on", 1, 4), IntegerField())
    return ExtractYear("published_on")


def facets(matched: QuerySet, filters: Filters) -> tuple[list[Facet], int]:
    """Facets of a queryset (the empty query): one grouped query gives the counts of every
    combination of kind, language, evidence level, network and year (far fewer rows than
    items), one more counts the tags."""
    combinations = list(
        matched.order_by()
        .annotate(year=_year())
        .values_list("kind", "language", "evidence_level", "network_id", "year")
        .annotate(n=Count("id"))
    )
    names = ("kind", "language", "evidence_level", "network_id", "year")
    counts: dict[str, Counter] = {name: Counter() for name in names}
    for *values, n in combinations:
        for name, value in zip(names, values, strict=True):
            if value is not None:
                counts[name][value] += n
    found = _facets(counts, filters, _tag_counts(matched.values("pk")))
    return found, sum(row[-1] for row in combinations)


def facets_of(rows: list[tuple], filters: Filters, tag_counts) -> list[Facet]:
    """Facets of the candidate rows of a full-text search (id, kind, language, evidence,
    network, year, rank), counted column by column."""
    names = ("kind", "language", "evidence_level", "network_id", "year")
    columns = list(zip(*rows, strict=True))[1:6] if rows else [()] * len(names)
    counts = {name: Counter(column) for name, column in zip(names, columns, strict=True)}
    counts["year"].pop(None, None)
    return _facets(counts, filters, tag_counts)


def _tag_counts(ids):
    return (
        KnowledgeItem.tags.through.objects.filter(knowledgeitem_id__in=ids)
        .values_list("term__vocabulary", "term__slug")
        .annotate(n=Count("id"))
        .order_by()
    )


def _facets(counts: dict[str, Counter], filters: Filters, tag_counts) -> list[Facet]:
    networks = {
        n.pk: n
        for n in Network.objects.filter(pk__in=list(counts["network_id"])).only("slug", "name")
    }
    languages = dict(KnowledgeItem._meta.get_field("language").choices)
    result = [
        _facet("kind", _("Kind"), counts["kind"], dict(Kind.choices), filters.kind),
        _facet("language", _("Language"), counts["language"], languages, filters.language),
        _facet(
            "evidence",
            _("Evidence level"),
            counts["evidence_level"],
            dict(EvidenceLevel.choices),
            filters.evidence,
        ),
        Facet(
            "network",
            str(_("Network")),
            sorted(
                (
                    FacetValue(
                        networks[pk].slug,
                        networks[pk].name,
                        n,
                        networks[pk].slug == filters.network,
                    )
                    for pk, n in counts["network_id"].items()
                ),
                key=lambda v: v.label,
            ),
        ),
        Facet(
            "year",
            str(_("Year")),
            [
                FacetValue(str(year), str(year), n, year == filters.year)
                for year, n in sorted(counts["year"].items(), reverse=True)
            ],
        ),
    ]
    by_vocabulary: dict[str, list[FacetValue]] = {v: [] for v in TAG_VOCABULARIES}
    for vocabulary, slug, n in tag_counts:
        if vocabulary in by_vocabulary:
            by_vocabulary[vocabulary].append(
                FacetValue(
                    slug, taxonomy.label(vocabulary, slug), n, filters.tags.get(vocabulary) == slug
                )
            )
    vocabulary_labels = dict(taxonomy.VOCABULARY_CHOICES)
    for vocabulary in TAG_VOCABULARIES:
        values = sorted(by_vocabulary[vocabulary], key=lambda v: (-v.count, v.label))
        result.append(Facet(vocabulary, str(vocabulary_labels[vocabulary]), values))
    return result


def _facet(name, label, counter: Counter, labels, selected) -> Facet:
    return Facet(
        name,
        str(label),
        [
            FacetValue(key, str(labels.get(key, key)), n, key == selected)
            for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
    )
