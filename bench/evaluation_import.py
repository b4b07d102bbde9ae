"""Import-rate benchmark for the evaluation CSV import (kulturhub/evaluation/imports.py).

    .venv/bin/python bench/evaluation_import.py --rows 1000000 --database sqlite
    .venv/bin/python bench/evaluation_import.py --rows 1000000 --database postgres

Each run starts from a fresh database (a temporary SQLite file, or a PostgreSQL database
``kh_bench_<pid>`` created on localhost and dropped afterwards; set ``BENCH_POSTGRES_URL``
to use another server, e.g. ``postgres://user@host``), migrates it, makes one programme with a
WHO-5 baseline questionnaire and N participants who consented to evaluation, generates a CSV
of N WHO-5 rows in memory (generated data, never written to the repository) and runs the
import service directly, without the task queue. It then imports the same file again, which
must save nothing (the idempotency check). It prints rows/s and peak memory.

Another script calls :func:`run`, which measures in a child process (Django can only be set
up once in a process, and the peak memory must be the import's own).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_ROWS_PER_SECOND = 50_000


def run(rows: int, database: str) -> dict:
    """Measure one import of ``rows`` WHO-5 rows on ``database`` ("sqlite" or "postgres")."""
    command = [sys.executable, str(Path(__file__).resolve()), "--rows", str(rows)]
    command += ["--database", database, "--json"]
    done = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- set-up


def _postgres_url(name: str) -> str:
    """postgres:///name (local socket, trust auth) unless BENCH_POSTGRES_URL names a server."""
    server = os.environ.get("BENCH_POSTGRES_URL", "postgres://")
    return f"{server}/{name}" if server.endswith("://") else f"{server.rstrip('/')}/{name}"


def _create_postgres(name: str) -> str:
    import psycopg

    with psycopg.connect(_postgres_url("postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return _postgres_url(name)


def _drop_postgres(name: str) -> None:
    import psycopg

    with psycopg.connect(_postgres_url("postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def setup_django(database_url: str, data_dir: str) -> None:
    """Point the settings at the bench database and migrate it (once per process)."""
    os.environ["DATABASE_URL"] = database_url
    os.environ["KULTURHUB_DATA_DIR"] = data_dir
    # DEBUG would keep every query in memory.
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kulturhub.settings")
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)


# --------------------------------------------------------------------------- data


def make_programme(rows: int, *, prefix: str = "BEN-IMP"):
    """A programme with a WHO-5 baseline questionnaire and ``rows`` consenting participants.

    Returns (programme, staff user, participant codes).
    """
    from django.utils import timezone

    from kulturhub.accounts.models import User
    from kulturhub.evaluation.models import Questionnaire
    from kulturhub.network.models import Network, Organisation
    from kulturhub.programmes.models import Channel, Consent, Participant, Programme

    slug = prefix.lower()
    network = Network.objects.create(
        name=f"Bench network {prefix}",
        slug=f"{slug}-network",
        description="Generated for the import benchmark.",
        country="DK",
        language="da",
        contact_email="bench@example.org",
    )
    owner = Organisation.objects.create(
        name=f"Bench municipality {prefix}",
        slug=f"{slug}-municipality",
        kind=Organisation.Kind.MUNICIPALITY,
        country="DK",
    )
    programme = Programme.objects.create(
        network=network,
        owner=owner,
        title=f"Bench programme {prefix}",
        slug=slug,
        code=prefix,
        summary="Generated for the import benchmark.",
        country="DK",
        status=Programme.Status.RUNNING,
        channels=[Channel.SELF],
    )
    Questionnaire.objects.create(programme=programme, time_point="baseline", instruments=["WHO5"])
    user = User.objects.create_user(email=f"{slug}@example.org", password=None)
    codes = [f"{prefix}-{n:07d}" for n in range(1, rows + 1)]
    now = timezone.now()
    for start in range(0, rows, 50_000):
        people = Participant.objects.bulk_create(
            [Participant(programme=programme, code=c) for c in codes[start : start + 50_000]],
            batch_size=5_000,
        )
        Consent.objects.bulk_create(
            [
                Consent(
                    participant=p,
                    kind=Consent.Kind.EVALUATION,
                    text_version="BENCH-1",
                    given_at=now,
                    how=Consent.How.PAPER,
                )
                for p in people
            ],
            batch_size=5_000,
        )
    return programme, user, codes


def make_csv(codes: list[str], *, seed: int = 5, delimiter: str = ";") -> bytes:
    """One WHO-5 baseline row per code, as Nordic Excel saves it (BOM, semicolons)."""
    rng = random.Random(seed)
    days = [f"2024-{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, 29)]
    header = ["participant", "time_point", "answered_on", *[f"who5_{i}" for i in range(1, 6)]]
    lines = [delimiter.join(header)]
    choice, randint = rng.choice, rng.randint
    for code in codes:
        values = delimiter.join(str(randint(0, 5)) for _ in range(5))
        lines.append(f"{code}{delimiter}baseline{delimiter}{choice(days)}{delimiter}{values}")
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def import_csv(programme, user, content: bytes):
    """Upload and import as the task would, but here, without the queue: (job, seconds).

    The time counts everything after the upload: the header check, storing the file, checking
    every row and saving.
    """
    from kulturhub.evaluation import imports
    from kulturhub.evaluation.models import ImportJob

    started = time.perf_counter()
    # The web process's part; the job it returns holds the file's text, which the worker
    # below does not have.
    pk = imports.start(programme, "bench.csv", content, user).pk
    # start() also queued the task; no worker runs here, and the job is no longer queued
    # when run() returns, so the task would do nothing.
    imports.run(pk)
    seconds = time.perf_counter() - started
    return ImportJob.objects.get(pk=pk), seconds


# --------------------------------------------------------------------------- measuring


def _reset_peak() -> bool:
    """Reset the peak resident set size (Linux), so the import's own peak can be read."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def measure(rows: int, database: str) -> dict:
    """Set up a fresh database in this process, import, import again, and report."""
    with tempfile.TemporaryDirectory(prefix="kh-bench-") as data_dir:
        name = f"kh_bench_{os.getpid()}"
        if database == "postgres":
            url = _create_postgres(name)
        elif database == "sqlite":
            url = f"sqlite:///{data_dir}/bench.sqlite3"
        else:
            raise SystemExit(f"unknown database {database!r}: use sqlite or postgres")
        try:
            setup_django(url, data_dir)
            from django.db import connection

            started = time.perf_counter()
            programme, user, codes = make_programme(rows)
            content = make_csv(codes)
            del codes
            setup_seconds = time.perf_counter() - started

            before = _rss_mb()
            exact_peak = _reset_peak()
            job, seconds = import_csv(programme, user, content)
            peak = _peak_mb()
            assert job.status == "done", (job.status, job.report[:5])
            assert job.created_rows == rows, job.created_rows

            again, again_seconds = import_csv(programme, user, content)
            assert again.status == "done" and again.created_rows == 0, again.status
            assert again.unchanged_rows == rows, again.unchanged_rows

            from kulturhub.evaluation.models import Score

            scores = Score.objects.filter(programme=programme).count()
            assert scores == rows, scores
            return {
                "database": database,
                "vendor": connection.vendor,
                "rows": rows,
                "file_mb": round(len(content) / 2**20, 1),
                "seconds": round(seconds, 2),
                "rows_per_second": round(rows / seconds),
                "target_rows_per_second": TARGET_ROWS_PER_SECOND,
                "reimport_seconds": round(again_seconds, 2),
                "reimport_rows_per_second": round(rows / again_seconds),
                "rss_before_mb": round(before),
                "peak_rss_mb": round(peak),
                "peak_is_the_imports_own": exact_peak,
                "setup_seconds": round(setup_seconds, 1),
            }
        finally:
            if database == "postgres":
                from django.db import connections

                connections.close_all()
                _drop_postgres(name)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args(argv)
    result = measure(args.rows, args.database)
    if args.json:
        print(json.dumps(result))
        return
    print(
        f"{result['rows']:,} rows ({result['file_mb']} MB) on {result['database']}: "
        f"{result['seconds']} s, {result['rows_per_second']:,} rows/s "
        f"(target {TARGET_ROWS_PER_SECOND:,}); same file again: {result['reimport_seconds']} s, "
        f"{result['reimport_rows_per_second']:,} rows/s, nothing saved\n"
        f"memory: {result['rss_before_mb']} MB before the import, peak "
        f"{result['peak_rss_mb']} MB during it"
        + ("" if result["peak_is_the_imports_own"] else " (peak of the whole process)")
        + f"; set-up took {result['setup_seconds']} s"
    )


if __name__ == "__main__":
    main()
