"""Evaluation dashboards: paired change per instrument, for a cohort, a programme, a concept, an
organisation, a network or every network, with filters and disclosure control.

One SQL statement reads the score table: it pairs each participant's answers at baseline and
at the later time point (grouping by participant) and sums them per programme and instrument.
Everything shown (means, change and its confidence interval, shares across a threshold, shares
improved by the minimal important difference, attrition, the random-effects pooling across
programmes) is computed from those sums with the functions in `stats`, so the page costs about
one aggregate query however many people answered.

Disclosure control: unless the viewer is the programme's own staff, a programme (or cohort)
row with fewer than 5 pairs is hidden, and more rows are hidden (complementary suppression,
`core.suppression`) until no hidden row can be worked out from the total and the rows shown,
and the hidden rows together hold at least 5 people.
"""

import math
from dataclasses import dataclass, field
from datetime import date

from django.db import connection, transaction
from django.db.models import Count, F
from django.utils.translation import gettext_lazy as _
from scipy import stats as sps

from kulturhub.core import taxonomy
from kulturhub.core.suppression import THRESHOLD, suppress
from kulturhub.evaluation import stats, summaries
from kulturhub.evaluation.instruments import INSTRUMENT_CODES, load_instrument
from kulturhub.evaluation.models import Score
from kulturhub.programmes.models import Participant, Programme, TimePoint

MIN_CELL = THRESHOLD

SUBSCALE_LABELS = {
    "life_satisfaction": _("Life satisfaction"),
    "worthwhile": _("Worthwhile"),
    "happiness": _("Happiness"),
    "anxiety": _("Anxiety"),
}
BAND_LABELS = {
    "poor_wellbeing": _("Poor well-being"),
    "lonely": _("Lonely"),
    "low": _("Low"),
    "high": _("High"),
}


@dataclass
class Filters:
    target_group: str = ""
    art_form: str = ""
    age_band: str = ""
    gender: str = ""
    start: date | None = None
    end: date | None = None
    after: str = TimePoint.END

    @property
    def after_label(self) -> str:
        return str(TimePoint(self.after).label)

    def describe(self) -> list[tuple[str, str]]:
        parts = []
        for slug, vocabulary, label in [
            (self.target_group, taxonomy.TARGET_GROUP, _("Target group")),
            (self.art_form, taxonomy.ART_FORM, _("Art form")),
        ]:
            if slug:
                parts.append((label, taxonomy.label(vocabulary, slug)))
        if self.age_band:
            parts.append((_("Age band"), Participant.AgeBand(self.age_band).label))
        if self.gender:
            parts.append((_("Gender"), Participant.Gender(self.gender).label))
        if self.start or self.end:
            parts.append(
                (_("Baseline answered"), f"{self.start or '…'} – {self.end or '…'}".strip())
            )
        parts.append((_("Compared with"), TimePoint(self.after).label))
        return parts


@dataclass
class Measure:
    """One instrument (or ONS4 subscale) as the dashboard reads it."""

    code: str
    subscale: str
    name: str
    higher_is_better: bool
    mid: float | None
    band_key: str = ""
    band_low: float | None = None
    band_high: float | None = None

    @property
    def label(self) -> str:
        if self.subscale:
            return f"{self.name} – {SUBSCALE_LABELS.get(self.subscale, self.subscale)}"
        return self.name

    @property
    def band_label(self) -> str:
        return str(BAND_LABELS.get(self.band_key, self.band_key))


@dataclass
class Sums:
    n_baseline: int = 0
    sum_baseline: float = 0.0
    sumsq_baseline: float = 0.0
    n: int = 0
    sum_pre: float = 0.0
    sumsq_pre: float = 0.0
    sum_post: float = 0.0
    sum_change: float = 0.0
    sum_change_sq: float = 0.0
    improved: int = 0
    deteriorated: int = 0
    band_pre: int = 0
    band_post: int = 0

    def add(self, other: "Sums") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Row:
    """A programme (or cohort, or the pooled total) for one measure."""

    label: str
    sums: Sums
    programme: Programme | None = None
    suppressed: bool = False
    change: stats.PairedChange | None = None
    band_share_pre: float | None = None
    band_share_post: float | None = None

    @property
    def n(self) -> int:
        return self.sums.n


@dataclass
class Attrition:
    n_completers: int
    mean_completers: float
    n_dropouts: int
    mean_dropouts: float
    p: float | None


@dataclass
class Panel:
    measure: Measure
    total: Row
    rows: list[Row]
    attrition: Attrition | None = None
    pooled: stats.RandomEffects | None = None
    pooled_rows: list[Row] = field(default_factory=list)

    @property
    def hidden_rows(self) -> int:
        return sum(1 for row in self.rows if row.suppressed)


@dataclass
class Dashboard:
    level: str
    title: str
    filters: Filters
    panels: list[Panel]
    programmes: list[Programme]
    crosstab: dict | None
    show_small: bool


# ------------------------------------------------------------------------------ measures


def measures() -> dict[tuple[str, str], Measure]:
    """Every instrument and ONS4 subscale with its direction, MID and headline band (the band
    at the worse end of the scale, e.g. WHO-5 ≤ 50, UCLA-3 ≥ 6)."""
    found = {}
    for code in INSTRUMENT_CODES:
        definition = load_instrument(code)
        mid = (definition.get("minimal_important_difference") or {}).get("value")
        parts = [
            (part["key"], part["direction"] == "higher_is_better")
            for part in definition.get("subscales", [])
        ] or [("", definition["direction"] != "higher_is_worse")]
        low, high = definition["score_range"]["min"], definition["score_range"]["max"]
        for subscale, better_high in parts:
            measure = Measure(code, subscale, definition["name"], better_high, mid)
            for band in definition["thresholds"]["bands"]:
                if (band.get("subscale") or "") != subscale:
                    continue
                at_worse_end = band["min"] == low if better_high else band["max"] == high
                if at_worse_end:
                    measure.band_key = band["key"]
                    measure.band_low, measure.band_high = band["min"], band["max"]
                    break
            found[(code, subscale)] = measure
    return found


# ------------------------------------------------------------------------------ the query


def _case(found: dict[tuple[str, str], Measure], value) -> tuple[str, list]:
    """A simple CASE on the instrument (and, for instruments with subscales, the subscale)
    giving each measure its constant; NULL where it has none. Cheap per row."""
    by_code: dict[str, list[tuple[str, object]]] = {}
    for (code, subscale), measure in found.items():
        by_code.setdefault(code, []).append((subscale, value(measure)))
    parts, params = [], []
    for code, entries in by_code.items():
        if all(v is None for _s, v in entries):
            continue
        if len(entries) == 1 and entries[0][0] == "":
            parts.append("WHEN %s THEN CAST(%s AS DOUBLE PRECISION)")
            params += [code, entries[0][1]]
            continue
        inner = " ".join("WHEN %s THEN CAST(%s AS DOUBLE PRECISION)" for _ in entries)
        parts.append(f"WHEN %s THEN (CASE b.subscale {inner} END)")
        params.append(code)
        for subscale, v in entries:
            params += [subscale, v]
    if not parts:
        return "NULL", []
    return f"(CASE b.instrument {' '.join(parts)} END)", params


def aggregate(
    programme_ids: list[int],
    filters: Filters,
    *,
    cohort_id: int | None = None,
) -> dict[tuple[int, str, str], Sums]:
    """Sums per (programme, instrument, subscale): from the maintained summary table where it
    answers the filters exactly (`summaries`), else from the score table."""
    if not programme_ids:
        return {}
    if summaries.can_answer(filters, cohort_id):
        return _as_sums(summaries.read(programme_ids, filters))
    return aggregate_scores(programme_ids, filters, cohort_id=cohort_id)


def aggregate_scores(
    programme_ids: list[int],
    filters: Filters,
    *,
    cohort_id: int | None = None,
) -> dict[tuple[int, str, str], Sums]:
    """Sums per (programme, instrument, subscale) in one statement over the score table.

    Each baseline score is paired with the same participant's score at the later time point
    (a left join on the unique participant-instrument-subscale-time point key; no later score
    leaves the pair open), and the pairs are summed per programme, with each measure's
    direction, MID and headline band as constants chosen by a CASE on the instrument.
    """
    if not programme_ids:
        return {}
    before, after = TimePoint.BASELINE, filters.after
    found = measures()
    sign = _case(found, lambda m: 1.0 if m.higher_is_better else -1.0)
    mid = _case(found, lambda m: m.mid)
    low = _case(found, lambda m: m.band_low)
    high = _case(found, lambda m: m.band_high)
    # Placeholders in the order they appear below: the CASEs, the join, the WHERE.
    params = sign[1] + mid[1] + sign[1] + mid[1] + low[1] + high[1] + low[1] + high[1]
    in_programmes = f"IN ({', '.join(['%s'] * len(programme_ids))})"
    params += [after, *programme_ids]  # the later score in the join
    where = [
        "b.time_point = %s",
        "b.value IS NOT NULL",
        f"b.programme_id {in_programmes}",
    ]
    params += [before, *programme_ids]
    joins = ""
    if filters.age_band or filters.gender:
        joins += " JOIN programmes_participant p ON p.id = b.participant_id"
    if filters.age_band:
        where.append("p.age_band = %s")
        params.append(filters.age_band)
    if filters.gender:
        where.append("p.gender = %s")
        params.append(filters.gender)
    if cohort_id:
        where.append(
            "EXISTS (SELECT 1 FROM programmes_enrolment en "
            "WHERE en.participant_id = b.participant_id AND en.cohort_id = %s)"
        )
        params.append(cohort_id)
    for bound, operator in [(filters.start, ">="), (filters.end, "<=")]:
        if bound:
            where.append(f"b.answered_on {operator} %s")
            params.append(bound)
    paired = "e.value IS NOT NULL"
    change = "(e.value - b.value)"
    sql = f"""
        SELECT b.programme_id, b.instrument, b.subscale,
            COUNT(*), SUM(b.value), SUM(b.value * b.value),
            COUNT(e.value),
            SUM(CASE WHEN {paired} THEN b.value END),
            SUM(CASE WHEN {paired} THEN b.value * b.value END),
            SUM(e.value),
            SUM({change}),
            SUM({change} * {change}),
            SUM(CASE WHEN {sign[0]} * {change} >= {mid[0]} - 1e-9 THEN 1 ELSE 0 END),
            SUM(CASE WHEN {sign[0]} * {change} <= 1e-9 - {mid[0]} THEN 1 ELSE 0 END),
            SUM(CASE WHEN {paired} AND b.value >= {low[0]} AND b.value <= {high[0]}
                THEN 1 ELSE 0 END),
            SUM(CASE WHEN e.value >= {low[0]} AND e.value <= {high[0]} THEN 1 ELSE 0 END)
        FROM evaluation_score b
        LEFT JOIN evaluation_score e
            ON e.participant_id = b.participant_id AND e.instrument = b.instrument
            AND e.subscale = b.subscale AND e.time_point = %s AND e.value IS NOT NULL
            AND e.programme_id = b.programme_id AND e.programme_id {in_programmes}{joins}
        WHERE {" AND ".join(where)}
        GROUP BY b.programme_id, b.instrument, b.subscale
    """
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Pairing joins half a million rows: let the hash table stay in memory.
            cursor.execute("SET LOCAL work_mem = '128MB'")
        cursor.execute(sql, params)
        return _as_sums(cursor.fetchall())


def _as_sums(fetched) -> dict[tuple[int, str, str], Sums]:
    result = {}
    for row in fetched:
        v = [0 if value is None else value for value in row[3:]]
        result[(row[0], row[1], row[2])] = Sums(
            n_baseline=int(v[0]),
            sum_baseline=float(v[1]),
            sumsq_baseline=float(v[2]),
            n=int(v[3]),
            sum_pre=float(v[4]),
            sumsq_pre=float(v[5]),
            sum_post=float(v[6]),
            sum_change=float(v[7]),
            sum_change_sq=float(v[8]),
            improved=int(v[9]),
            deteriorated=int(v[10]),
            band_pre=int(v[11]),
            band_post=int(v[12]),
        )
    return result


# ------------------------------------------------------------------------------ building


def _finish(rows: list[Row], measure: Measure) -> None:
    """Statistics for each row from its sums (none for a hidden row or fewer than 2 pairs),
    computed for all rows in one vectorised call."""
    ready = [row for row in rows if not row.suppressed and row.sums.n >= 2]
    if not ready:
        return
    changes = stats.paired_changes_from_sums(
        [row.sums.n for row in ready],
        [row.sums.sum_pre for row in ready],
        [row.sums.sum_post for row in ready],
        [row.sums.sum_change for row in ready],
        [row.sums.sum_change_sq for row in ready],
        improved=[row.sums.improved for row in ready],
        deteriorated=[row.sums.deteriorated for row in ready],
        mid=measure.mid,
    )
    for row, change in zip(ready, changes, strict=True):
        row.change = change
        if measure.band_key:
            row.band_share_pre = row.sums.band_pre / row.sums.n
            row.band_share_post = row.sums.band_post / row.sums.n


def hide_small(counts: list[int], show_small: bool) -> list[bool]:
    """Which rows to hide: primary and complementary suppression of the row counts shown
    beside their total, and the hidden rows together at least MIN_CELL people."""
    if show_small or not counts:
        return [False] * len(counts)
    table = suppress(counts)
    hidden = [cell is None for cell in table.cells[0]]
    while any(hidden) and sum(c for c, h in zip(counts, hidden, strict=True) if h) < MIN_CELL:
        shown = [(c, i) for i, (c, h) in enumerate(zip(counts, hidden, strict=True)) if not h]
        if not shown:
            break
        hidden[min(shown)[1]] = True
    return hidden


def _attrition(sums: Sums) -> Attrition | None:
    dropouts = sums.n_baseline - sums.n
    if sums.n < MIN_CELL or dropouts < MIN_CELL:
        return None
    sum_drop = sums.sum_baseline - sums.sum_pre
    sumsq_drop = sums.sumsq_baseline - sums.sumsq_pre
    mean_c, mean_d = sums.sum_pre / sums.n, sum_drop / dropouts
    var_c = max(0.0, (sums.sumsq_pre - sums.n * mean_c**2) / (sums.n - 1))
    var_d = max(0.0, (sumsq_drop - dropouts * mean_d**2) / (dropouts - 1))
    p = None
    if var_c > 0 and var_d > 0:
        p = float(
            sps.ttest_ind_from_stats(
                mean_c, math.sqrt(var_c), sums.n, mean_d, math.sqrt(var_d), dropouts, False
            ).pvalue
        )
    return Attrition(sums.n, mean_c, dropouts, mean_d, p)


def _pool(rows: list[Row]) -> tuple[stats.RandomEffects | None, list[Row]]:
    """Random-effects (REML) pooling of the programmes' mean changes, shown rows only."""
    usable = [r for r in rows if r.change and not r.suppressed and r.change.sd_change > 0]
    if len(usable) < 2:
        return None, usable
    effects = [r.change.mean_change for r in usable]
    variances = [r.change.sd_change**2 / r.change.n for r in usable]
    try:
        return stats.random_effects(effects, variances, method="REML"), usable
    except ValueError:
        return None, usable


def build(
    level: str,
    title: str,
    programmes,
    filters: Filters,
    *,
    show_small: bool = False,
    cohort=None,
) -> Dashboard:
    """The dashboard for a set of programmes (one programme for the cohort and programme
    levels). `show_small` is for the programme's own staff only."""
    if filters.target_group:
        programmes = programmes.filter(target_groups__slug=filters.target_group)
    if filters.art_form:
        programmes = programmes.filter(art_forms__slug=filters.art_form)
    # Only what the rows show and sort by: 1,000 programmes load in a few milliseconds.
    programmes = list(
        programmes.only("title", "slug", "country", "municipality", "network_id", "concept_id")
        .order_by()
        .distinct()
    )
    by_id = {p.pk: p for p in programmes}
    sums = aggregate(list(by_id), filters, cohort_id=cohort.pk if cohort else None)
    found = measures()
    panels = []
    for key in sorted({(code, subscale) for _pid, code, subscale in sums}):
        if key not in found:
            continue
        measure = found[key]
        rows = [
            Row(str(cohort) if cohort else by_id[pid].title, part, programme=by_id[pid])
            for (pid, code, subscale), part in sums.items()
            if (code, subscale) == key
        ]
        rows.sort(key=lambda r: (r.programme.country, r.programme.municipality, r.label))
        total = Sums()
        for row in rows:
            total.add(row.sums)
        for row, hidden in zip(rows, hide_small([r.n for r in rows], show_small), strict=True):
            row.suppressed = hidden
        total_row = Row(str(_("All")), total, suppressed=not show_small and total.n < MIN_CELL)
        _finish([*rows, total_row], measure)
        pooled, pooled_rows = _pool(rows) if len(rows) > 1 else (None, [])
        panels.append(
            Panel(
                measure,
                total_row,
                rows,
                attrition=None if total_row.suppressed else _attrition(total),
                pooled=pooled,
                pooled_rows=pooled_rows,
            )
        )
    return Dashboard(
        level=level,
        title=title,
        filters=filters,
        panels=panels,
        programmes=programmes,
        crosstab=crosstab(
            programmes,
            filters,
            show_small=show_small,
            cohort=cohort,
            measure=(panels[0].measure.code, panels[0].measure.subscale) if panels else None,
        ),
        show_small=show_small,
    )


def panels_label(code: str, subscale: str) -> str:
    return measures()[(code, subscale)].label


def crosstab(
    programmes, filters: Filters, *, show_small: bool, cohort=None, measure=None
) -> dict | None:
    """Participants who answered the first measure at baseline, by programme and age band
    (suppressed). Read from the summaries, or the score table's covering index."""
    if measure is None:
        return None
    code, subscale = measure
    if cohort is None and summaries.can_answer(filters, None):
        counted = [
            {"programme_id": pid, "age_band": band, "n": int(n)}
            for pid, band, n in summaries.baseline_counts(
                [p.pk for p in programmes], filters, code, subscale
            )
        ]
    else:
        counted = _baseline_counts(programmes, filters, cohort, code, subscale)
    bands = [(value, label) for value, label in Participant.AgeBand.choices]
    known = {value for value, _label in bands}
    table: dict[int, dict[str, int]] = {}
    for row in counted:
        band = row["age_band"] if row["age_band"] in known else ""
        cell = table.setdefault(row["programme_id"], {})
        cell[band] = cell.get(band, 0) + row["n"]
    if not table:
        return None
    columns = [b for b in bands if any(b[0] in r for r in table.values())]
    ordered = [p for p in programmes if p.pk in table]
    counts = [[table[p.pk].get(value, 0) for value, _label in columns] for p in ordered]
    if show_small:
        shown = {
            "cells": counts,
            "row_totals": [sum(r) for r in counts],
            "column_totals": [sum(c) for c in zip(*counts, strict=True)],
            "total": sum(map(sum, counts)),
        }
    else:
        result = suppress(counts)
        shown = {
            "cells": result.cells,
            "row_totals": result.row_totals,
            "column_totals": result.column_totals,
            "total": result.total,
        }
    return {
        "measure": panels_label(code, subscale),
        "columns": [label for _value, label in columns],
        "rows": [
            (str(cohort) if cohort else p.title, cells, total)
            for p, cells, total in zip(ordered, shown["cells"], shown["row_totals"], strict=True)
        ],
        "column_totals": shown["column_totals"],
        "total": shown["total"],
    }


def _baseline_counts(programmes, filters: Filters, cohort, code: str, subscale: str):
    """The crosstab's counts from the score table (for a cohort, or a period inside a month)."""
    scores = Score.objects.filter(
        programme__in=programmes,
        instrument=code,
        subscale=subscale,
        time_point=TimePoint.BASELINE,
        value__isnull=False,
    )
    if filters.start:
        scores = scores.filter(answered_on__gte=filters.start)
    if filters.end:
        scores = scores.filter(answered_on__lte=filters.end)
    if filters.gender:
        scores = scores.filter(participant__gender=filters.gender)
    if filters.age_band:
        scores = scores.filter(participant__age_band=filters.age_band)
    if cohort is not None:
        scores = scores.filter(participant__enrolments__cohort=cohort)
    # One score per participant, instrument, subscale and time point: counting rows counts people.
    return (
        scores.values("programme_id", age_band=F("participant__age_band"))
        .annotate(n=Count("pk"))
        .order_by()
    )
