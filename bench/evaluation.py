"""Evaluation benchmark at national scale: dashboards, pooled concept analysis, CSV import.

    .venv/bin/python bench/evaluation.py                 # SQLite and PostgreSQL, full scale
    .venv/bin/python bench/evaluation.py --database postgres --programmes 100 --participants 20000

Generates (never commits) 1,000 programmes in one national network under 10 concepts, 200,000
participants and 1,000,000 score rows (per participant: WHO-5 at baseline, end and 3-month
follow-up, UCLA-3 at baseline and end; about a fifth answer only at baseline), then measures,
each in a fresh database:

- the network dashboard page, cold (the first request on a new database connection) and warm
  (median of 5), through the real view with a signed-in network member;
- the single SQL aggregate query that reads the same rows (count and mean per programme,
  instrument and time point) — the floor the dashboard is compared with (goal ≤ 2×, < 1.5 s);
  and, for the cost of the pairing itself, the least SQL that pairs those rows per
  participant (n and mean change per programme), which the page avoids by reading the
  summary table (`kulturhub/evaluation/summaries.py`);
- the summary table: a full rebuild after the bulk load, and the refresh of one programme
  (what recording an answer adds);
- the pooled concept analysis (one concept's 100 programmes: paired change per programme and
  the REML random-effects model; goal ≤ 200 ms);
- the CSV import rate of 1,000,000 rows (bench/evaluation_import.py; goal ≥ 50,000 rows/s on
  PostgreSQL).

Every figure is printed side by side for both databases in one run.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import evaluation_import as imports_bench  # noqa: E402

CONCEPTS = 10


def _generate(programmes: int, participants: int) -> dict:
    """Bulk-load the national data set; returns the ids the measurements need."""
    from datetime import date, timedelta

    from django.db import connection, transaction
    from django.utils import timezone

    from kulturhub.accounts.models import User
    from kulturhub.evaluation.models import Questionnaire, Response, Score
    from kulturhub.network.models import Network, NetworkRole, Organisation, Person
    from kulturhub.programmes.models import Concept, Participant, Programme

    rng = random.Random(11)
    now = timezone.now()
    network = Network.objects.create(
        name="Kultur og sundhed Danmark", slug="bench-national", country="DK", language="da"
    )
    user = User.objects.create_user(email="bench@example.org", password="x", full_name="Bench")
    person = Person.objects.create(name="Bench", slug="bench", email=user.email, user=user)
    NetworkRole.objects.create(network=network, person=person, role=NetworkRole.Role.MEMBER)
    concepts = Concept.objects.bulk_create(
        Concept(
            title=f"Koncept {c}",
            slug=f"bench-concept-{c}",
            summary="x",
            description="x",
            language="da",
            weeks=10,
            sessions=10,
            group_size=12,
            origin_network=network,
            instruments=["WHO5", "UCLA3"],
            time_points=["baseline", "end", "follow_up_3"],
        )
        for c in range(CONCEPTS)
    )
    owners = Organisation.objects.bulk_create(
        Organisation(name=f"Kommune {i}", slug=f"bench-kommune-{i}", country="DK")
        for i in range(programmes)
    )
    made = Programme.objects.bulk_create(
        Programme(
            network=network,
            owner=owners[i],
            concept=concepts[i % CONCEPTS],
            title=f"Kultur på recept {i}",
            slug=f"bench-kpr-{i}",
            code=f"B{i:04d}",
            summary="x",
            country="DK",
            municipality=f"Kommune {i}",
            status=Programme.Status.RUNNING,
        )
        for i in range(programmes)
    )
    time_points = ["baseline", "end", "follow_up_3"]
    questionnaires = Questionnaire.objects.bulk_create(
        Questionnaire(programme=p, time_point=tp, instruments=["WHO5", "UCLA3"])
        for p in made
        for tp in time_points
    )
    q_of = {(q.programme_id, q.time_point): q.pk for q in questionnaires}
    ages = ["18-29", "30-44", "45-64", "65-79", "80+"]
    with transaction.atomic():
        people = Participant.objects.bulk_create(
            (
                Participant(
                    programme=made[i % programmes],
                    code=f"BP{i:07d}",
                    age_band=ages[i % 5],
                    gender="woman" if i % 3 else "man",
                )
                for i in range(participants)
            ),
            batch_size=5000,
        )
    # Responses and scores: raw multi-row inserts (the same rows on both databases).
    responses, scores = [], []
    next_response = 1
    for p in people:
        effect = {p.programme_id % 7}
        base_who, base_ucla = rng.randint(4, 18) * 4, rng.randint(5, 9)
        completer = rng.random() < 0.8
        day = date(2026, 1, 5) + timedelta(days=p.pk % 300)
        for tp in time_points:
            if tp != "baseline" and not completer:
                who = ucla = None
            else:
                gain = 0 if tp == "baseline" else rng.gauss(8 + min(effect), 12)
                who = min(100, max(0, round(base_who + gain) // 4 * 4))
                ucla = min(9, max(3, round(base_ucla - gain / 10)))
            responses.append(
                (
                    next_response,
                    q_of[(p.programme_id, tp)],
                    p.pk,
                    tp,
                    "da",
                    "{}",
                    "{}",
                    "import",
                    now,
                    now,
                )
            )
            scores.append((p.pk, p.programme_id, "WHO5", "", tp, who, day, next_response))
            if tp != "follow_up_3":
                scores.append((p.pk, p.programme_id, "UCLA3", "", tp, ucla, day, next_response))
            next_response += 1
    with transaction.atomic(), connection.cursor() as cursor:
        _insert(
            cursor,
            Response._meta.db_table,
            "id, questionnaire_id, participant_id, time_point, language, instrument_versions, "
            "answers, source, created_at, updated_at",
            responses,
        )
        _insert(
            cursor,
            Score._meta.db_table,
            "participant_id, programme_id, instrument, subscale, time_point, value, "
            "answered_on, response_id",
            scores,
        )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('evaluation_response', 'id'), %s)",
                [next_response],
            )
            cursor.execute("VACUUM ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return {
        "network": network.slug,
        "concept": concepts[0].slug,
        "user": user.pk,
        "scores": len(scores),
        "participants": len(people),
        "programmes": len(made),
    }


def _insert(cursor, table: str, columns: str, rows: list[tuple], batch: int = 2000) -> None:
    from django.db import connection

    if connection.vendor == "postgresql":  # COPY: the generation is not what is measured
        with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    width = columns.count(",") + 1
    for start in range(0, len(rows), batch):
        chunk = rows[start : start + batch]
        values = ", ".join(["(" + ", ".join(["%s"] * width) + ")"] * len(chunk))
        cursor.execute(
            f"INSERT INTO {table} ({columns}) VALUES {values}",
            [v for row in chunk for v in row],
        )


def _timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def measure(database: str, programmes: int, participants: int) -> dict:
    """Runs in a child process: fresh database, generate, measure."""
    name = f"kh_bench_dash_{programmes}_{participants}"
    data_dir = tempfile.mkdtemp(prefix="kh-bench-")
    if database == "postgres":
        url = imports_bench._create_postgres(name)
    else:
        url = f"sqlite:///{data_dir}/bench.sqlite3"
    try:
        imports_bench.setup_django(url, data_dir)
        from django.db import connection
        from django.test import Client

        from kulturhub.accounts.models import User
        from kulturhub.evaluation import dashboards
        from kulturhub.programmes.models import Concept, Programme

        started = time.perf_counter()
        ids = _generate(programmes, participants)
        generated = time.perf_counter() - started
        # The rows were written behind the application's back, as a bulk load would be: build
        # the dashboards' summary table from them (what `refresh_evaluation_summaries` does).
        from kulturhub.evaluation import summaries

        started = time.perf_counter()
        summary_rows = summaries.refresh_all()
        rebuilt = time.perf_counter() - started
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
        started = time.perf_counter()
        summaries.refresh([Programme.objects.order_by("pk").values_list("pk", flat=True)[0]])
        refreshed_one = time.perf_counter() - started

        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(User.objects.get(pk=ids["user"]))
        url_path = f"/da/evaluation/networks/{ids['network']}/"

        def page():
            response = client.get(url_path)
            assert response.status_code == 200, response.status_code
            # A row per programme and measure: the page shows the national data, not nothing.
            assert response.content.count(b"<tr") > 2 * programmes, "no programme rows"

        reference_sql = (
            "SELECT programme_id, instrument, subscale, time_point, COUNT(value), AVG(value) "
            "FROM evaluation_score WHERE time_point IN ('baseline', 'end') "
            "GROUP BY programme_id, instrument, subscale, time_point"
        )

        # The least SQL that pairs the same rows from the score table (what the page would
        # cost without the summary table): n and mean change per programme.
        paired_sql = (
            "SELECT b.programme_id, b.instrument, b.subscale, COUNT(e.value), "
            "SUM(e.value - b.value) FROM evaluation_score b LEFT JOIN evaluation_score e "
            "ON e.participant_id = b.participant_id AND e.instrument = b.instrument "
            "AND e.subscale = b.subscale AND e.time_point = 'end' AND e.value IS NOT NULL "
            "WHERE b.time_point = 'baseline' AND b.value IS NOT NULL "
            "GROUP BY b.programme_id, b.instrument, b.subscale"
        )

        def reference(sql=reference_sql):
            with connection.cursor() as cursor:
                cursor.execute(sql)
                cursor.fetchall()

        # Cold means a new database connection and nothing of this page computed before; the
        # process itself has served a page already (templates and translations loaded).
        client.get(f"/da/evaluation/concepts/{ids['concept']}/?gender=man")
        connection.close()
        cold = _timed(page)
        warm = statistics.median(_timed(page) for _ in range(5))
        connection.close()
        reference_cold = _timed(reference)
        reference_warm = statistics.median(_timed(reference) for _ in range(5))
        paired_warm = statistics.median(_timed(lambda: reference(paired_sql)) for _ in range(5))

        concept = Concept.objects.get(slug=ids["concept"])

        def pooled():
            board = dashboards.build(
                "concept",
                concept.title,
                Programme.objects.filter(concept=concept),
                dashboards.Filters(),
            )
            assert all(panel.pooled is not None for panel in board.panels)

        pooled()
        concept_time = statistics.median(_timed(pooled) for _ in range(5))
        return {
            "database": database,
            **ids,
            "generate_s": round(generated, 1),
            "summary_rows": summary_rows,
            "summary_rebuild_s": round(rebuilt, 2),
            "summary_refresh_one_programme_ms": round(refreshed_one * 1000, 1),
            "dashboard_cold_s": round(cold, 3),
            "dashboard_warm_s": round(warm, 3),
            "reference_cold_s": round(reference_cold, 3),
            "reference_warm_s": round(reference_warm, 3),
            "ratio_cold": round(cold / reference_cold, 2),
            "ratio_warm": round(warm / reference_warm, 2),
            "paired_sql_warm_s": round(paired_warm, 3),
            "ratio_to_paired_sql_warm": round(warm / paired_warm, 2),
            "concept_pooled_ms": round(concept_time * 1000, 1),
        }
    finally:
        from django.db import connections

        connections.close_all()
        if database == "postgres":
            imports_bench._drop_postgres(name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--programmes", type=int, default=1000)
    parser.add_argument("--participants", type=int, default=200_000)
    parser.add_argument("--import-rows", type=int, default=1_000_000)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.database, args.programmes, args.participants)))
        return
    databases = ["sqlite", "postgres"] if args.database == "both" else [args.database]
    results = []
    for database in databases:
        command = [sys.executable, __file__, "--child", "--database", database]
        command += ["--programmes", str(args.programmes), "--participants", str(args.participants)]
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        if args.import_rows:
            rate = imports_bench.run(args.import_rows, database)
            result["import_rows"] = args.import_rows
            result["import_rows_per_s"] = rate.get("rows_per_second") or rate
        results.append(result)
        print(json.dumps(result), flush=True)
    keys = [k for k in results[0] if k != "database"]
    print()
    print(f"{'':28}" + "".join(f"{r['database']:>14}" for r in results))
    for key in keys:
        print(f"{key:28}" + "".join(f"{str(r.get(key)):>14}" for r in results))


if __name__ == "__main__":
    main()
