"""Search the knowledge bank: one function, `search(query, user, filters)`, the same page and
result shape on PostgreSQL and SQLite (docs/knowledge.md explains the design).

Visibility comes first: every query starts from `KnowledgeItem.objects.visible_to(user)`, so
members-only items and drafts never reach a result, a count, a snippet or a facet of someone
who may not read them.
"""

import functools
import json
import re
import threading
from collections import Counter
from dataclasses import dataclass, field

import nh3
import snowballstemmer
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import BooleanField, FloatField, IntegerField, QuerySet, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, ExtractYear, Substr
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from kulturhub.core import taxonomy
from kulturhub.core.models import Term
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
        matches = Matches(backend, visible.annotate(rank=Value(None, FloatField())), NEWEST)
    else:
        matched = backend.matching(visible, query, filters.language)
        matches = Matches(backend, matched, RANKED, query)
        if not matches.fetch(_offset(page)).count and backend.fuzzy is not None:
            matches = Matches(backend, backend.fuzzy(visible, query), RANKED, limit=FUZZY_LIMIT)
            fuzzy = True
    found = matches.fetch(_offset(page))
    paginator = Paginator(matches, PAGE_SIZE)
    current = paginator.get_page(page)
    by_id = KnowledgeItem.objects.select_related("network").in_bulk(
        [row.id for row in current.object_list]
    )
    current.object_list = [
        Hit(by_id[row.id], row.snippet or plain_snippet(by_id[row.id]), row.rank or 0.0)
        for row in current.object_list
    ]
    facets = _facets(found.counts, filters, found.tags)
    return Results(query, filters, current, found.count, facets, fuzzy=fuzzy)


def _offset(page) -> int:
    """Where the page the paginator will most likely ask for starts, so that the one
    statement can bring it along (`Matches` fetches again if the guess was wrong)."""
    try:
        return max(int(page) - 1, 0) * PAGE_SIZE
    except (TypeError, ValueError):
        return 0


# Orders of the matches: by rank (full-text search, similar titles), newest first (no query).
RANKED = "rank DESC, published_on DESC, id"
NEWEST = "published_on DESC, title"
FACET_COLUMNS = ("kind", "language", "evidence_level", "network_id", "year")


@dataclass
class Row:
    id: int
    rank: float | None
    # The highlighted hits, or None (no query, similar titles, no hit in summary and body).
    snippet: SafeString | None


@dataclass
class Found:
    count: int
    counts: dict[str, Counter]
    tags: list[tuple[str, str, int]]
    offset: int
    rows: list[Row]


class Matches:
    """The matches of a search as the paginator sees them. One statement per search answers
    everything: it collects the matching ids once (with the facet columns and the rank), then
    counts them, counts them per facet value and per tag, and takes one page of them, with
    snippets for that page only. A page other than the one fetched (e.g. the last one, for a
    number past the end) costs one more statement."""

    def __init__(
        self, backend, matched: QuerySet, order: str, query: str = "", limit: int | None = None
    ):
        self.backend, self.matched, self.order = backend, matched, order
        # The query, for the snippets; only the first `limit` matches in the queryset's
        # own order count when a limit is given (the similar titles).
        self.query, self.limit = query, limit
        self.found: Found | None = None

    def fetch(self, offset: int) -> Found:
        if self.found is None or self.found.offset != offset:
            self.found = self._fetch(offset)
        return self.found

    def count(self) -> int:
        return self.found.count

    def __getitem__(self, window: slice) -> list[Row]:
        return self.fetch(window.start).rows[: window.stop - window.start]

    def _fetch(self, offset: int) -> Found:
        backend = self.backend
        columns = ["id", *FACET_COLUMNS, "published_on", "title", "rank"]
        matched = self.matched.annotate(year=_year()).values_list(*columns)
        if self.limit is None:
            # The statement orders the page itself; the set of matches needs no order.
            matched = matched.order_by()
        else:
            matched = matched[: self.limit]
        inner, params = matched.query.sql_with_params()
        array, group = backend.json_array, backend.json_group
        snippet, snippet_join, snippet_params = (
            backend.snippet_sql(self.query) if self.query else ("NULL", "", [])
        )
        # Answers of different shapes in one round trip: one row, a JSON array per part.
        sql = (
            f"WITH matched({', '.join(columns)}) AS MATERIALIZED ({inner}), "
            f"page AS (SELECT id, rank, row_number() OVER (ORDER BY {self.order}) AS position "
            f"FROM (SELECT * FROM matched ORDER BY {self.order} "
            f"LIMIT {PAGE_SIZE} OFFSET %s) AS head) "
            "SELECT (SELECT count(*) FROM matched), "
            f"(SELECT {group.format('value')} FROM ({backend.facets_sql}) AS facets), "
            f"(SELECT {group.format(f'{array}(term.vocabulary, term.slug, tags.n)')} FROM "
            f"(SELECT term_id, count(*) AS n FROM {KnowledgeItem.tags.through._meta.db_table} "
            f"WHERE knowledgeitem_id {backend.in_matched} GROUP BY term_id) AS tags "
            f"JOIN {Term._meta.db_table} term ON term.id = tags.term_id), "
            f"(SELECT {group.format(f'{array}(page.id, page.position, page.rank, {snippet})')} "
            f"FROM page {snippet_join})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, offset, *snippet_params])
            count, facet_rows, tag_rows, page_rows = cursor.fetchone()
        counts: dict[str, Counter] = {column: Counter() for column in FACET_COLUMNS}
        for column, value, n in json.loads(facet_rows or "[]"):
            if value is not None:
                counts[column][int(value) if column in {"network_id", "year"} else value] = n
        rows = [
            Row(pk, rank, highlight(text) if text and START in text else None)
            for pk, _position, rank, text in sorted(
                json.loads(page_rows or "[]"), key=lambda row: row[1]
            )
        ]
        tags = [tuple(tag) for tag in json.loads(tag_rows or "[]")]
        return Found(count, counts, tags, offset, rows)


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

    json_array = "json_build_array"
    json_group = "json_agg({})::text"
    # An array of the matched ids is probed faster than the planner's semi-join.
    in_matched = "= ANY(ARRAY(SELECT id FROM matched))"
    # [column, value, count] per facet value, all facets in one pass over the matches.
    facets_sql = (
        "SELECT json_build_array(CASE {names} END, CASE {values} END, count(*)) AS value "
        "FROM matched GROUP BY GROUPING SETS ({sets})"
    ).format(
        names=" ".join(f"WHEN GROUPING({c}) = 0 THEN '{c}'" for c in FACET_COLUMNS),
        values=" ".join(f"WHEN GROUPING({c}) = 0 THEN to_json({c})" for c in FACET_COLUMNS),
        sets=", ".join(f"({c})" for c in FACET_COLUMNS),
    )

    @staticmethod
    def has_terms(query: str) -> bool:
        return bool(re.search(r"\w", query))

    @staticmethod
    def matching(items: QuerySet, query: str, language: str = "") -> QuerySet:
        """The items that match, with their rank. One condition per language, ORed: the
        planner combines the partial GIN indexes (one per language) in a BitmapOr. With a
        language filter, only that language's condition (the others would only fetch rows
        for the filter to drop)."""
        languages = [language] if language in PG_CONFIGS else list(PG_CONFIGS)
        match = " OR ".join(
            f"({TABLE}.language = '{code}' "
            f"AND {TABLE}.search_vector @@ websearch_to_tsquery('{PG_CONFIGS[code]}', %s))"
            for code in languages
        )
        whens = " ".join(
            f"WHEN '{code}' THEN ts_rank({TABLE}.search_vector, "
            f"websearch_to_tsquery('{config}', %s))"
            for code, config in PG_CONFIGS.items()
        )
        return items.filter(
            RawSQL(f"({match})", [query] * len(languages), BooleanField())
        ).annotate(
            rank=RawSQL(
                f"(CASE {TABLE}.language {whens} ELSE 0 END)",
                [query] * len(PG_CONFIGS),
                FloatField(),
            )
        )

    @staticmethod
    def fuzzy(items: QuerySet, query: str) -> QuerySet:
        """Typo tolerance: titles similar to the query (pg_trgm, indexed), most similar first;
        the search keeps the first 50."""
        return (
            items.filter(RawSQL(f"%s <%% {TABLE}.title", [query], BooleanField()))
            .annotate(rank=RawSQL(f"word_similarity(%s, {TABLE}.title)", [query], FloatField()))
            .order_by("-rank", "-published_on", "pk")
        )

    @staticmethod
    def snippet_sql(query: str) -> tuple[str, str, list]:
        config = pg_config_case("item.language")
        options = f"StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, MaxFragments=2"
        return (
            f"ts_headline({config}, coalesce(item.summary, '') || ' ' || item.body, "
            f"websearch_to_tsquery({config}, %s), %s)",
            f"JOIN {TABLE} item ON item.id = page.id",
            [query, options],
        )


class SqliteBackend:
    """FTS5 with bm25 (title weighted 10, summary 4, body 1). FTS5 has no Nordic stemmers, so
    each query word is stemmed here with the Snowball stemmer of each item language (the ones
    PostgreSQL uses) and matched, with the word itself as a prefix, within that language's
    items only: 'kuorossa' finds Finnish items by 'kuoro'*, 'ensomheden' Danish ones by
    'ensom'*, 'korene' Danish ones with the word 'kor'."""

    fuzzy = None
    json_array = "json_array"
    json_group = "json_group_array(json({}))"
    in_matched = "IN (SELECT id FROM matched)"
    # [column, value, count] per facet value (SQLite has no GROUPING SETS).
    facets_sql = " UNION ALL ".join(
        f"SELECT json_array('{c}', {c}, count(*)) AS value FROM matched GROUP BY {c}"
        for c in FACET_COLUMNS
    )
    TEXT = "{title summary body}"

    @staticmethod
    def _words(query: str) -> tuple[list[str], list[str]]:
        words = re.findall(r"\w+", query.lower())
        negated = {m.lower() for m in re.findall(r"(?:^|\s)-(\w+)", query)}
        return [w for w in words if w not in negated], sorted(negated)

    @staticmethod
    def _terms(word: str, language: str) -> list[str]:
        """The word as a prefix, and its stem in the language: as a prefix too when the stem
        has at least STEM_PREFIX_MIN letters ('ensom'* finds 'ensomheden'), else as the whole
        words that stem to it ('kor', 'koret', 'korene' for 'korene'; a prefix 'dan'* would
        find 'Danmark' for 'dans')."""
        terms = [f'"{word}"*']
        stem = _stemmer(language)
        base = stem(word)
        if base and base != word:
            if len(base) >= STEM_PREFIX_MIN:
                terms.append(f'"{base}"*')
            else:
                forms = _short_stem_forms(base, language)
                terms += [f'"{form}"' for form in forms if not form.startswith(word)]
        return terms

    @staticmethod
    def _either(terms: list[str]) -> str:
        unique = list(dict.fromkeys(terms))
        return unique[0] if len(unique) == 1 else f"({' OR '.join(unique)})"

    @classmethod
    def fts_query(cls, query: str, language: str = "") -> str:
        """The FTS5 query: per item language (only the filtered one, if any), its items whose
        text has every word (or its stem) and none of the -words."""
        words, negated = cls._words(query)
        if not words:
            return ""
        # Languages whose stems give the same match share one clause; when all do (or the
        # search is filtered to one language), no clause needs the language at all.
        by_match: dict[str, list[str]] = {}
        for code in [language] if language in PG_CONFIGS else list(PG_CONFIGS):
            match = " AND ".join(cls._either(cls._terms(w, code)) for w in words)
            for word in negated:
                match = f'({match}) NOT "{word}"*'
            by_match.setdefault(match, []).append(code)
        if len(by_match) == 1:
            return f"{cls.TEXT} : ({next(iter(by_match))})"
        return " OR ".join(
            f"(language : ({' OR '.join(f'{chr(34)}{c}{chr(34)}' for c in codes)}) "
            f"AND {cls.TEXT} : ({match}))"
            for match, codes in by_match.items()
        )

    @classmethod
    def highlight_query(cls, query: str) -> str:
        """For the snippets of a page of matches: every word in any of its forms, in the text
        columns only (so the language column is never chosen for a snippet)."""
        words, _negated = cls._words(query)
        forms = [
            cls._either([term for code in PG_CONFIGS for term in cls._terms(w, code)])
            for w in words
        ]
        return f"{cls.TEXT} : ({' AND '.join(forms)})" if forms else ""

    def has_terms(self, query: str) -> bool:
        return bool(self.fts_query(query))

    def matching(self, items: QuerySet, query: str, language: str = "") -> QuerySet:
        return items.extra(
            tables=[FTS_TABLE],
            where=[f"{FTS_TABLE}.rowid = {TABLE}.id", f"{FTS_TABLE} MATCH %s"],
            params=[self.fts_query(query, language)],
            select={"rank": f"-bm25({FTS_TABLE}, {BM25_WEIGHTS})"},
        )

    def snippet_sql(self, query: str) -> tuple[str, str, list]:
        return (
            "hit.snippet",
            f"LEFT JOIN (SELECT rowid AS id, snippet({FTS_TABLE}, -1, %s, %s, ' … ', 24) "
            f"AS snippet FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
            "AND rowid IN (SELECT id FROM page)) AS hit ON hit.id = page.id",
            [START, STOP, self.highlight_query(query)],
        )


# Stems shorter than this match whole words only on SQLite (see SqliteBackend._terms).
STEM_PREFIX_MIN = 4
# Endings that inflected forms of a short stem may have, per language. Generous on purpose:
# a form counts only if the language's stemmer takes it back to the stem.
ENDINGS = {
    "da": "e en ene er erne ernes et ets ens es s ede ende",
    "nb": "e en ene er erne et ets ens es s a ane ede ende",
    "sv": "a an ar arna or orna er erna en et ens ets na n s e ade ande",
    "fi": "a ä n t ssa ssä sta stä lla llä lta ltä lle ksi na nä on en in ja jä ihin issa "
    "issä ista istä illa illä ille ilta iltä iksi ina inä",
    "en": "s es ed ing e er ers",
}


@functools.cache
def _short_stem_forms(stem: str, language: str) -> tuple[str, ...]:
    """The stem and the words of the stem plus an ending that the stemmer takes back to it."""
    stemmer = snowballstemmer.stemmer(PG_CONFIGS[language])  # own one: this is cached
    forms = [stem + ending for ending in ["", *ENDINGS[language].split()]]
    return tuple(form for form in forms if stemmer.stemWord(form) == stem)


# bm25 weights of the FTS5 columns: title, summary, body, language (never ranked).
BM25_WEIGHTS = "10.0, 4.0, 1.0, 0.0"


_stemmers = threading.local()


def _stemmer(language: str):
    """The Snowball stemmer of an item language, as a function of a word (lower case). One per
    thread: a stemmer keeps the word it works on in itself."""
    made = _stemmers.__dict__
    if language not in made:
        made[language] = snowballstemmer.stemmer(PG_CONFIGS[language])
    return made[language].stemWord


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
