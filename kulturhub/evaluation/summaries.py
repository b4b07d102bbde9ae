"""Per-programme sums of the score table, kept up to date as scores are written or erased.

The dashboards' numbers are all computed from sufficient sums (counts, sums, sums of squares,
counts across the MID and the headline band) of each participant's baseline score paired with
the same participant's later score. Pairing a million score rows on every page view costs a
second at national scale; this table holds those sums grouped by programme, instrument,
subscale, later time point, age band, gender and the month the baseline was answered, so a
national page reads some ten thousand rows instead.

Two kinds of row: ``after = ""`` holds every baseline score (for the number who answered at
baseline and the attrition analysis); ``after = <time point>`` holds the pairs of baseline and
that later time point. Reading sums both kinds over the filters' keys, which gives exactly what
`dashboards.aggregate_scores` computes from the score table — a test checks that they agree
after answers, imports and erasures.

The table is refreshed per programme, inside the transaction that changed the scores:
`services.record_answers`, the CSV import, an erasure (the `participant_erased` signal) and the
demo data call `refresh`. The MID and band limits of the instruments are baked into the sums,
so the table records a fingerprint of them; after a release changes an instrument definition,
the dashboards read the score table directly until the table is rebuilt, which ``migrate`` does
(a post-migrate hook) and ``manage.py refresh_evaluation_summaries`` does on demand.
"""

import hashlib
import json
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, timedelta

from django.db import connection, transaction

from kulturhub.evaluation.models import ScoreSummary, SummaryState
from kulturhub.programmes.models import Programme, TimePoint

SUM_COLUMNS = [
    "n_baseline",
    "sum_baseline",
    "sumsq_baseline",
    "n",
    "sum_pre",
    "sumsq_pre",
    "sum_post",
    "sum_change",
    "sum_change_sq",
    "improved",
    "deteriorated",
    "band_pre",
    "band_post",
]


def fingerprint() -> str:
    """The measure constants the sums depend on (direction, MID, headline band)."""
    from kulturhub.evaluation.dashboards import measures

    found = sorted(
        (code, subscale, m.higher_is_better, m.mid, m.band_low, m.band_high)
        for (code, subscale), m in measures().items()
    )
    return hashlib.sha256(json.dumps(found).encode()).hexdigest()[:32]


def is_current() -> bool:
    state = SummaryState.objects.filter(pk=1).values_list("fingerprint", flat=True).first()
    return state == fingerprint()


def _month(column: str) -> str:
    if connection.vendor == "postgresql":
        return f"CAST(date_trunc('month', {column}) AS DATE)"
    return f"date({column}, 'start of month')"


def _insert_sql(programme_ids: list[int] | None) -> tuple[str, list]:
    """INSERT … SELECT of the baseline rows and the pair rows for some programmes (or all)."""
    from kulturhub.evaluation.dashboards import _case, measures

    found = measures()
    sign = _case(found, lambda m: 1.0 if m.higher_is_better else -1.0)
    mid = _case(found, lambda m: m.mid)
    low = _case(found, lambda m: m.band_low)
    high = _case(found, lambda m: m.band_high)
    scope, scope_params = "", []
    if programme_ids is not None:
        scope = f" AND b.programme_id IN ({', '.join(['%s'] * len(programme_ids))})"
        scope_params = list(programme_ids)
    keys = "b.programme_id, b.instrument, b.subscale"
    month = _month("b.answered_on")
    change = "(e.value - b.value)"
    columns = ", ".join(
        ["programme_id", "instrument", "subscale", "after", "age_band", "gender", "month"]
        + SUM_COLUMNS
    )
    sql = f"""
        INSERT INTO {ScoreSummary._meta.db_table} ({columns})
        SELECT {keys}, '', p.age_band, p.gender, {month},
            COUNT(*), SUM(b.value), SUM(b.value * b.value),
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        FROM evaluation_score b
        JOIN programmes_participant p ON p.id = b.participant_id
        WHERE b.time_point = %s AND b.value IS NOT NULL{scope}
        GROUP BY {keys}, p.age_band, p.gender, {month}
        UNION ALL
        SELECT {keys}, e.time_point, p.age_band, p.gender, {month},
            0, 0, 0,
            COUNT(*), SUM(b.value), SUM(b.value * b.value), SUM(e.value),
            SUM({change}), SUM({change} * {change}),
            SUM(CASE WHEN {sign[0]} * {change} >= {mid[0]} - 1e-9 THEN 1 ELSE 0 END),
            SUM(CASE WHEN {sign[0]} * {change} <= 1e-9 - {mid[0]} THEN 1 ELSE 0 END),
            SUM(CASE WHEN b.value >= {low[0]} AND b.value <= {high[0]} THEN 1 ELSE 0 END),
            SUM(CASE WHEN e.value >= {low[0]} AND e.value <= {high[0]} THEN 1 ELSE 0 END)
        FROM evaluation_score b
        JOIN evaluation_score e
            ON e.participant_id = b.participant_id AND e.instrument = b.instrument
            AND e.subscale = b.subscale AND e.programme_id = b.programme_id
            AND e.time_point <> %s AND e.value IS NOT NULL
        JOIN programmes_participant p ON p.id = b.participant_id
        WHERE b.time_point = %s AND b.value IS NOT NULL{scope}
        GROUP BY {keys}, e.time_point, p.age_band, p.gender, {month}
    """
    params = [TimePoint.BASELINE, *scope_params]
    params += sign[1] + mid[1] + sign[1] + mid[1] + low[1] + high[1] + low[1] + high[1]
    params += [TimePoint.BASELINE, TimePoint.BASELINE, *scope_params]
    return sql, params


_deferred: ContextVar[set | None] = ContextVar("summaries_deferred", default=None)


@contextmanager
def deferred():
    """Collect the refreshes asked for inside the block and do each programme's once at its
    end (bulk writers such as the demo data record thousands of answers)."""
    pending: set[int] = set()
    token = _deferred.set(pending)
    try:
        yield
    finally:
        _deferred.reset(token)
    refresh(pending)


def refresh(programme_ids) -> None:
    """Recompute the sums of these programmes from their scores (in the caller's transaction).

    The programmes' rows are locked first, so two refreshes of one programme run one after
    the other instead of both inserting."""
    ids = sorted({int(pk) for pk in programme_ids if pk is not None})
    pending = _deferred.get()
    if pending is not None:
        pending.update(ids)
        return
    if not ids:
        return
    with transaction.atomic():
        list(Programme.objects.select_for_update().filter(pk__in=ids).values_list("pk"))
        ScoreSummary.objects.filter(programme_id__in=ids).delete()
        sql, params = _insert_sql(ids)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)


def refresh_all() -> int:
    """Rebuild the whole table and record the fingerprint it was built with; returns rows."""
    with transaction.atomic():
        state, _created = SummaryState.objects.select_for_update().get_or_create(pk=1)
        ScoreSummary.objects.all().delete()
        sql, params = _insert_sql(None)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SET LOCAL work_mem = '128MB'")
            cursor.execute(sql, params)
        state.fingerprint = fingerprint()
        state.save(update_fields=["fingerprint"])
    return ScoreSummary.objects.count()


# ------------------------------------------------------------------------------ reading


def _month_bounds(start: date | None, end: date | None) -> tuple[date | None, date | None] | None:
    """The months a period filter covers, or None when it does not cover whole months."""
    if start and start.day != 1:
        return None
    if end and (end + timedelta(days=1)).day != 1:
        return None
    return start, end.replace(day=1) if end else None


def can_answer(filters, cohort_id: int | None) -> bool:
    """Whether the sums can answer these filters exactly (a cohort, or a period that starts
    or ends inside a month, needs the score table) and are built with today's definitions."""
    if cohort_id is not None or _month_bounds(filters.start, filters.end) is None:
        return False
    return is_current()


def _where(programme_ids: list[int], filters) -> tuple[list[str], list]:
    where = [f"programme_id IN ({', '.join(['%s'] * len(programme_ids))})"]
    params: list = list(programme_ids)
    if filters.age_band:
        where.append("age_band = %s")
        params.append(filters.age_band)
    if filters.gender:
        where.append("gender = %s")
        params.append(filters.gender)
    first, last = _month_bounds(filters.start, filters.end)
    if first:
        where.append("month >= %s")
        params.append(first)
    if last:
        where.append("month <= %s")
        params.append(last)
    return where, params


def read(programme_ids: list[int], filters) -> list[tuple]:
    """Rows of (programme, instrument, subscale, *SUM_COLUMNS) for the dashboards."""
    where, params = _where(programme_ids, filters)
    where.append("after IN ('', %s)")
    params.append(filters.after)
    sums = ", ".join(f"SUM({c})" for c in SUM_COLUMNS)
    sql = (
        f"SELECT programme_id, instrument, subscale, {sums} "
        f"FROM {ScoreSummary._meta.db_table} WHERE {' AND '.join(where)} "
        "GROUP BY programme_id, instrument, subscale"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def baseline_counts(programme_ids: list[int], filters, code: str, subscale: str) -> list[tuple]:
    """(programme, age band, people who answered at baseline) for one measure."""
    where, params = _where(programme_ids, filters)
    where += ["after = ''", "instrument = %s", "subscale = %s"]
    params += [code, subscale]
    sql = (
        f"SELECT programme_id, age_band, SUM(n_baseline) "
        f"FROM {ScoreSummary._meta.db_table} WHERE {' AND '.join(where)} "
        "GROUP BY programme_id, age_band"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
