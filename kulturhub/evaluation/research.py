"""Pseudonymised row-level export of scores for the network's evaluators (researchers).

One row per Score of participants who gave an active research consent and were not erased.
The file carries no names, contact data, participant codes or database ids: participants
appear under a keyed pseudonym that stays the same from one export to the next (so time
points can be linked) but cannot be turned back into the participant or their code. Dates are
coarsened to year and month.
"""

from collections.abc import Iterable, Iterator
from datetime import date

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils.crypto import salted_hmac

from kulturhub.core import audit
from kulturhub.core.text import csv_safe
from kulturhub.evaluation.models import Score
from kulturhub.network.models import Network
from kulturhub.programmes.models import Consent, Enrolment, Programme, Session, TimePoint

# Changing this string (or SECRET_KEY) gives every participant a new pseudonym, which breaks
# the link between exports made before and after; keep it fixed.
PSEUDONYM_PURPOSE = "kulturhub.evaluation.research-export.pseudonym"
PSEUDONYM_LENGTH = 16  # hex characters, i.e. 64 bits: no collisions at any realistic size

COLUMNS = [
    "participant",
    "programme",
    "concept",
    "country",
    "municipality",
    "cohort_start",
    "age_band",
    "gender",
    "instrument",
    "subscale",
    "time_point",
    "value",
    "answered",
    "attendance_share",
]

# Participants fetched per round: bounds memory (the rows of one round are sorted in memory)
# while keeping the number of queries small (three per round).
CHUNK = 1000

_TIME_POINT_ORDER = {value: i for i, value in enumerate(TimePoint.values)}


def pseudonym(participant_id: int) -> str:
    """HMAC-SHA256 of the participant id under a key derived from SECRET_KEY and a fixed
    purpose, truncated: stable across exports, not reversible, unrelated to the code."""
    digest = salted_hmac(PSEUDONYM_PURPOSE, str(participant_id), algorithm="sha256")
    return digest.hexdigest()[:PSEUDONYM_LENGTH]


def eligible_scores(programme_ids: Iterable[int]) -> QuerySet:
    """Scores of participants with an active research consent who have not been erased."""
    research_consent = Consent.objects.filter(
        participant_id=OuterRef("participant_id"),
        kind=Consent.Kind.RESEARCH,
        withdrawn_at__isnull=True,
    )
    return Score.objects.filter(
        programme_id__in=list(programme_ids), participant__erased_at__isnull=True
    ).filter(Exists(research_consent))


def export_rows(target: Programme | Network | QuerySet, by) -> Iterator[list[str]]:
    """The CSV rows (header first) for one programme, all programmes of a network, or a
    queryset of programmes.

    Not a generator itself: the export is written to the audit log with its row count when
    this is called, before any row is read; the rows are then produced lazily, a chunk of
    participants at a time, so the whole table is never held in memory.
    """
    if isinstance(target, Programme):
        programmes, logged, extra = [target], target, {}
    else:
        queryset = target.programmes.all() if isinstance(target, Network) else target
        programmes = list(queryset.select_related("concept").order_by("code"))
        logged = target if isinstance(target, Network) else None
        extra = {"programmes": [p.code for p in programmes]}
    info = {p.pk: _programme_columns(p) for p in programmes}
    count = eligible_scores(info).count()
    audit.log(by, "evaluation.research_export", logged, rows=count, **extra)
    return _rows(info)


def _programme_columns(programme: Programme) -> list[str]:
    concept = programme.concept.slug if programme.concept_id else ""
    return [programme.code, concept, programme.country, csv_safe(programme.municipality)]


def _rows(info: dict[int, list[str]]) -> Iterator[list[str]]:
    yield COLUMNS
    # Rows go out by programme code and pseudonym, never by id or date: an order that follows
    # the ids would follow the participant codes, which coordinators and staff can see.
    pairs = eligible_scores(info).values_list("programme_id", "participant_id").distinct()
    people = sorted(
        ((info[programme_id][0], pseudonym(pk), programme_id, pk) for programme_id, pk in pairs)
    )
    for start in range(0, len(people), CHUNK):
        yield from _chunk_rows(info, people[start : start + CHUNK])


def _chunk_rows(info: dict[int, list[str]], people: list[tuple]) -> Iterator[list[str]]:
    ids = {pk for _code, _alias, _programme, pk in people}
    enrolment = _enrolment_columns(ids)
    found: dict[tuple[int, int], list] = {}
    scores = (
        eligible_scores(info)
        .filter(participant_id__in=ids)
        .values_list(
            "programme_id",
            "participant_id",
            "participant__age_band",
            "participant__gender",
            "instrument",
            "subscale",
            "time_point",
            "value",
            "answered_on",
        )
    )
    for programme_id, pk, *rest in scores:
        found.setdefault((programme_id, pk), []).append(rest)
    for _code, alias, programme_id, pk in people:
        rows = found.get((programme_id, pk), [])
        rows.sort(key=lambda r: (_TIME_POINT_ORDER.get(r[4], 99), r[2], r[3]))
        cohort_start, share = enrolment.get(pk, ("", ""))
        for age_band, gender, instrument, subscale, time_point, value, answered_on in rows:
            yield [
                alias,
                *info[programme_id],
                cohort_start,
                age_band,
                gender,
                instrument,
                subscale,
                time_point,
                _number(value),
                _month(answered_on),
                share,
            ]


def _enrolment_columns(participant_ids: set[int]) -> dict[int, tuple[str, str]]:
    """Cohort start (year-month) and attendance share of each participant's latest enrolment."""
    enrolments = (
        Enrolment.objects.filter(participant_id__in=participant_ids)
        .values("pk", "participant_id", "cohort_id", "cohort__starts_on", "created_at")
        .annotate(attended=Count("attendance", filter=Q(attendance__present=True)))
        .order_by("participant_id", "created_at", "pk")
    )
    latest = {e["participant_id"]: e for e in enrolments}
    sessions = dict(
        Session.objects.filter(cohort_id__in={e["cohort_id"] for e in latest.values()})
        .values("cohort_id")
        .annotate(n=Count("pk"))
        .values_list("cohort_id", "n")
    )
    columns = {}
    for pk, e in latest.items():
        held = sessions.get(e["cohort_id"], 0)
        share = f"{e['attended'] / held:.2f}" if held else ""
        columns[pk] = (_month(e["cohort__starts_on"]), share)
    return columns


def _month(day: date | None) -> str:
    return day.strftime("%Y-%m") if day else ""


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)
