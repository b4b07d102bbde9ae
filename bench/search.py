"""Latency benchmark of the knowledge-bank search (kulturhub/knowledge/search.py).

    .venv/bin/python bench/search.py --items 50000 --database sqlite
    .venv/bin/python bench/search.py --items 50000 --database postgres
    .venv/bin/python bench/search.py --items 50000            # both, one after the other

Each run starts from a fresh database (a temporary SQLite file, or a PostgreSQL database
``kh_bench_search_<pid>`` created on localhost and dropped afterwards; ``BENCH_POSTGRES_URL``
names another server), migrates it and generates N items across the five languages from word
lists of the field (inflected forms included), with tags, six networks, a fifth of the items
members-only and a few drafts. It then runs a realistic query mix (single words, inflected
forms, two-word queries, filters by tag and evidence level, an empty query with a filter, a
misspelling) as the public and as a member, and reports the p50/p95 latency of the whole
search service (count, ranked page, snippets, facet counts) and of the bare SQL full-text
query that returns the same page of ids, and the ratio between them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluation_import import _create_postgres, _drop_postgres, setup_django  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GOAL_P95_MS = {"postgres": 50, "sqlite": 100}

WORDS = {
    "da": (
        "kultur sundhed trivsel ensomhed ensomheden ældre ældres kor korene koret sang sangen "
        "musik musikken museum museet museer bibliotek biblioteket læsegruppe læsegrupper "
        "billedkunst dans teater fællesskab fællesskabet borgere borgerne sygemeldte stress "
        "angst depression forløb forløbet kommune kommunen psykiatri hospital plejehjem "
        "evaluering deltagere deltagerne livskvalitet netværk samarbejde kunstnere værksted "
        "unge pårørende beskæftigelse jobcenter frivillige formidling uge gruppe gruppen"
    ).split(),
    "sv": (
        "kultur hälsa välbefinnande ensamhet ensamheten äldre kör körer körerna sång sången "
        "musik musiken museum museet museer bibliotek biblioteket läsecirkel läsecirklar "
        "bildkonst dans teater gemenskap invånare sjukskrivna stress ångest depression "
        "region regionen psykiatri sjukhus äldreboende utvärdering deltagare livskvalitet "
        "nätverk samarbete konstnärer verkstad unga anhöriga arbete vården primärvården grupp"
    ).split(),
    "fi": (
        "kulttuuri kulttuurin terveys hyvinvointi hyvinvoinnin yksinäisyys yksinäisyyttä "
        "ikäihmiset ikäihmisten kuoro kuorossa kuorot kuoron laulu laulaminen musiikki "
        "musiikin museo museossa museot kirjasto kirjastossa kuvataide tanssi teatteri "
        "yhteisö asukkaat sairauslomalla stressi ahdistus masennus kunta kunnan psykiatria "
        "sairaala sairaalassa hoivakoti arviointi osallistujat elämänlaatu verkosto "
        "yhteistyö taiteilijat työpaja nuoret omaiset työllisyys ryhmä ryhmässä"
    ).split(),
    "nb": (
        "kultur helse trivsel ensomhet ensomheten eldre kor korene koret sang sangen musikk "
        "musikken museum museet museer bibliotek biblioteket lesegruppe billedkunst dans "
        "teater fellesskap innbyggere sykmeldte stress angst depresjon kommune kommunen "
        "psykiatri sykehus sykehjem evaluering deltakere livskvalitet nettverk samarbeid "
        "kunstnere verksted unge pårørende arbeid frivillige gruppe gruppen"
    ).split(),
    "en": (
        "culture health wellbeing loneliness older people choir choirs singing song music "
        "museum museums library libraries reading group visual art dance theatre community "
        "citizens sick leave stress anxiety depression municipality psychiatry hospital "
        "care home evaluation participants quality of life network partnership artists "
        "workshop young relatives employment volunteers group groups prescription"
    ).split(),
}
LANGUAGE_SHARE = {"da": 0.3, "sv": 0.25, "fi": 0.2, "nb": 0.15, "en": 0.1}

# (query, filters) — what readers type: single words, inflected forms, two words, filters.
QUERY_MIX = [
    ("kor", {}),
    ("korene", {}),
    ("ensomhed", {}),
    ("ensamhet", {}),
    ("kuorossa", {}),
    ("yksinäisyys", {}),
    ("museum", {}),
    ("musik", {"art_form": "music"}),
    ("sykehjem", {}),
    ("loneliness older", {}),
    ("kultur sundhed", {}),
    ("dans", {"evidence": "randomised"}),
    ("sång äldre", {}),
    ("kulttuuri hyvinvointi", {}),
    ("", {"art_form": "singing"}),
    ("stress", {"language": "sv"}),
    ("depression angst", {}),
    ("läsecirkel", {}),
    ("ensomhd", {}),  # a misspelling
    ("evaluering deltagere", {"evidence": "pre_post"}),
]


def run(items: int, database: str) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--items", str(items)]
    command += ["--database", database, "--json"]
    done = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- data


SYLLABLES = {
    "da": "ka le ri sø mo by fa dre ning hed ste lig gen tor vi ul",
    "sv": "sa lo ri kä mo by fa dra ning het ste lig gen tor vi ul",
    "fi": "ka le ri pä mo ta la tu nen sen ssa lla mi ko vi ja",
    "nb": "ka le ri sø mo by fa dre ning het ste lig gen tor vi ul",
    "en": "ca le ri so mo by fa dre ing ness ste ly gen tor vi ul",
}


def _filler(rng: random.Random, language: str, n: int = 4000) -> list[str]:
    """Pseudo-words from the language's syllables: the everyday words of a text, which
    readers do not search for, drawn with a Zipf distribution."""
    syllables = SYLLABLES[language].split()
    return ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(n)]


class Writer:
    """Text with a realistic share of field words (a few per paragraph) among everyday ones."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.filler = {language: _filler(rng, language) for language in WORDS}
        self.weights = [1 / rank for rank in range(1, 4001)]

    def text(self, language: str, n: int, topical: float) -> str:
        rng, words = self.rng, WORDS[language]
        everyday = rng.choices(self.filler[language], self.weights, k=n)
        return " ".join(rng.choice(words) if rng.random() < topical else w for w in everyday)


def generate(items: int, seed: int = 6):
    """Six networks, a member user and `items` items with tags (bulk inserts)."""
    from datetime import date, timedelta

    from kulturhub.accounts.models import User
    from kulturhub.core.models import Term
    from kulturhub.knowledge.models import EvidenceLevel, Kind, KnowledgeItem
    from kulturhub.network.models import Network, NetworkRole, Person

    rng = random.Random(seed)
    networks = [
        Network.objects.create(
            name=f"Bench network {i}",
            slug=f"bench-{i}",
            country="DK",
            language="da",
            contact_email="bench@example.org",
        )
        for i in range(6)
    ]
    member = User.objects.create_user("member@bench.example", "x", full_name="Bench Member")
    person = Person.objects.create(name="Bench Member", slug="bench-member", user=member)
    NetworkRole.objects.create(network=networks[0], person=person)
    terms = list(Term.objects.filter(vocabulary__in=["art_form", "target_group", "outcome"]))
    languages = list(LANGUAGE_SHARE)
    weights = list(LANGUAGE_SHARE.values())
    kinds, levels = Kind.values, EvidenceLevel.values
    start = date(2015, 1, 1)
    batch, through = [], KnowledgeItem.tags.through
    made, writer = 0, Writer(rng)
    while made < items:
        batch = []
        for i in range(made, min(items, made + 2000)):
            language = rng.choices(languages, weights)[0]
            batch.append(
                KnowledgeItem(
                    network=rng.choice(networks),
                    kind=rng.choice(kinds),
                    title=writer.text(language, rng.randint(4, 8), 0.5).capitalize(),
                    slug=f"bench-{i}",
                    summary=writer.text(language, rng.randint(18, 30), 0.1),
                    body=writer.text(language, rng.randint(80, 160), 0.03),
                    language=language,
                    evidence_level=rng.choice(levels),
                    visibility="members" if rng.random() < 0.2 else "public",
                    status="draft" if rng.random() < 0.03 else "published",
                    published_on=start + timedelta(days=rng.randrange(3650)),
                )
            )
        created = KnowledgeItem.objects.bulk_create(batch)
        through.objects.bulk_create(
            through(knowledgeitem_id=item.pk, term_id=term.pk)
            for item in created
            for term in rng.sample(terms, 3)
        )
        made += len(batch)
    return member


# --------------------------------------------------------------------------- measuring


def _bare_sql(query: str, filters, user, vendor: str) -> tuple[str, list]:
    """The bare full-text query returning the first page of ids, written by hand: the same
    visibility and filters, ranked and ordered alike, without count, snippets or facets."""
    from kulturhub.knowledge.models import member_networks
    from kulturhub.knowledge.search import BM25_WEIGHTS, PAGE_SIZE, SqliteBackend
    from kulturhub.knowledge.search_index import PG_CONFIGS

    where, params = ["t.status = 'published'"], []
    networks = member_networks(user)
    if networks:
        where.append(
            f"(t.visibility = 'public' OR t.network_id IN ({', '.join(['%s'] * len(networks))}))"
        )
        params += networks
    else:
        where.append("t.visibility = 'public'")
    if filters.evidence:
        where.append("t.evidence_level = %s")
        params.append(filters.evidence)
    if filters.language:
        where.append("t.language = %s")
        params.append(filters.language)
    for vocabulary, slug in filters.tags.items():
        where.append(
            "EXISTS (SELECT 1 FROM knowledge_knowledgeitem_tags x JOIN core_term c "
            "ON c.id = x.term_id WHERE x.knowledgeitem_id = t.id AND c.vocabulary = %s "
            "AND c.slug = %s)"
        )
        params += [vocabulary, slug]
    if not query:
        sql = (
            f"SELECT t.id FROM knowledge_knowledgeitem t WHERE {' AND '.join(where)} "
            f"ORDER BY t.published_on DESC, t.title LIMIT {PAGE_SIZE}"
        )
        return sql, params
    if vendor == "postgresql":
        # As the service: one condition per language (each answered by that language's
        # partial GIN index), only the filtered language's when there is a language filter.
        languages = [filters.language] if filters.language in PG_CONFIGS else list(PG_CONFIGS)
        match = " OR ".join(
            f"(t.language = '{code}' "
            f"AND t.search_vector @@ websearch_to_tsquery('{PG_CONFIGS[code]}', %s))"
            for code in languages
        )
        rank = " ".join(
            f"WHEN '{code}' THEN ts_rank(t.search_vector, websearch_to_tsquery('{config}', %s))"
            for code, config in PG_CONFIGS.items()
        )
        sql = (
            f"SELECT t.id FROM knowledge_knowledgeitem t WHERE ({match}) AND {' AND '.join(where)} "
            f"ORDER BY CASE t.language {rank} END DESC, t.published_on DESC, t.id LIMIT {PAGE_SIZE}"
        )
        return sql, [query] * len(languages) + params + [query] * len(PG_CONFIGS)
    sql = (
        "SELECT t.id FROM knowledge_fts "
        "JOIN knowledge_knowledgeitem t ON t.id = knowledge_fts.rowid "
        f"WHERE knowledge_fts MATCH %s AND {' AND '.join(where)} "
        f"ORDER BY bm25(knowledge_fts, {BM25_WEIGHTS}), t.published_on DESC, t.id "
        f"LIMIT {PAGE_SIZE}"
    )
    return sql, [SqliteBackend.fts_query(query, filters.language), *params]


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def measure(items: int, database: str, rounds: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="kh-bench-search-") as data_dir:
        name = f"kh_bench_search_{os.getpid()}"
        if database == "postgres":
            url = _create_postgres(name)
        elif database == "sqlite":
            url = f"sqlite:///{data_dir}/bench.sqlite3"
        else:
            raise SystemExit(f"unknown database {database!r}: use sqlite or postgres")
        try:
            setup_django(url, data_dir)
            from django.contrib.auth.models import AnonymousUser
            from django.db import connection

            from kulturhub.knowledge.search import Filters, search

            started = time.perf_counter()
            member = generate(items)
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            setup_seconds = time.perf_counter() - started

            service, bare, mismatches, matches = [], [], 0, []
            per_query: dict[str, list[float]] = {}
            # reader → (service, bare) timings
            per_user: dict[str, tuple[list[float], list[float]]] = {
                "public": ([], []),
                "member": ([], []),
            }
            for round_number in range(rounds + 1):
                for user in (AnonymousUser(), member):
                    for query, raw in QUERY_MIX:
                        tags = {k: v for k, v in raw.items() if k in {"art_form"}}
                        filters = Filters(
                            evidence=raw.get("evidence", ""),
                            language=raw.get("language", ""),
                            tags=tags,
                        )
                        t0 = time.perf_counter()
                        results = search(query, user, filters)
                        t1 = time.perf_counter()
                        sql, params = _bare_sql(query, filters, user, connection.vendor)
                        t2 = time.perf_counter()
                        with connection.cursor() as cursor:
                            cursor.execute(sql, params)
                            ids = [row[0] for row in cursor.fetchall()]
                        t3 = time.perf_counter()
                        if round_number == 0:
                            continue  # warm-up
                        if not results.fuzzy and {h.item.pk for h in results.hits} != set(ids):
                            mismatches += 1
                        service.append((t1 - t0) * 1000)
                        matches.append(results.count)
                        bare.append((t3 - t2) * 1000)
                        per_query.setdefault(query or "(empty)", []).append((t1 - t0) * 1000)
                        reader = per_user["member" if user.is_authenticated else "public"]
                        reader[0].append((t1 - t0) * 1000)
                        reader[1].append((t3 - t2) * 1000)
            slowest = sorted(
                ((q, statistics.median(v)) for q, v in per_query.items()),
                key=lambda x: -x[1],
            )[:3]
            return {
                "database": database,
                "items": items,
                "queries": len(service),
                "p50_ms": round(_percentile(service, 50), 1),
                "p95_ms": round(_percentile(service, 95), 1),
                "bare_p50_ms": round(_percentile(bare, 50), 2),
                "bare_p95_ms": round(_percentile(bare, 95), 2),
                "ratio_p50": round(_percentile(service, 50) / _percentile(bare, 50), 1),
                "ratio_p95": round(_percentile(service, 95) / _percentile(bare, 95), 1),
                "goal_p95_ms": GOAL_P95_MS[database],
                "by_reader": {
                    reader: {
                        "p50_ms": round(_percentile(times, 50), 1),
                        "p95_ms": round(_percentile(times, 95), 1),
                        "bare_p50_ms": round(_percentile(bare_times, 50), 2),
                        "bare_p95_ms": round(_percentile(bare_times, 95), 2),
                    }
                    for reader, (times, bare_times) in per_user.items()
                },
                "page_mismatches": mismatches,
                "median_matches": statistics.median(matches),
                "max_matches": max(matches),
                "slowest": [(q, round(ms, 1)) for q, ms in slowest],
                "setup_seconds": round(setup_seconds, 1),
            }
        finally:
            if database == "postgres":
                from django.db import connections

                connections.close_all()
                _drop_postgres(name)


def _print(result: dict) -> None:
    print(
        f"{result['items']:,} items on {result['database']}, {result['queries']} searches: "
        f"service p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms "
        f"(goal p95 ≤ {result['goal_p95_ms']} ms); bare full-text SQL p50 "
        f"{result['bare_p50_ms']} ms, p95 {result['bare_p95_ms']} ms; ratio p50 "
        f"{result['ratio_p50']}×, p95 {result['ratio_p95']}×; pages differing from the bare "
        f"query: {result['page_mismatches']}; matches per query: median "
        f"{result['median_matches']:,}, max {result['max_matches']:,}; "
        + "".join(
            f"{reader}: service p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, bare p50 "
            f"{r['bare_p50_ms']} ms, p95 {r['bare_p95_ms']} ms; "
            for reader, r in result["by_reader"].items()
        )
        + f"slowest: {result['slowest']}; set-up {result['setup_seconds']} s"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds of the query mix")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args(argv)
    if args.database == "both":
        for database in ("postgres", "sqlite"):
            _print(run(args.items, database))
        return
    result = measure(args.items, args.database, args.rounds)
    if args.json:
        print(json.dumps(result))
    else:
        _print(result)


if __name__ == "__main__":
    main()
