"""CSV import of legacy or paper questionnaire answers.

The file (documented for users in ``docs/evaluation.md``):

* UTF-8 text (a byte-order mark, as Excel writes it, is fine), at most :data:`MAX_BYTES`.
* Comma- or semicolon-separated: the header row decides (Nordic Excel writes semicolons).
* A header row with ``participant`` (the participant code) and ``time_point`` (``baseline``,
  ``end``, ``follow_up_3``, ``follow_up_6``), optionally ``answered_on`` (``YYYY-MM-DD``) and
  ``language`` (``en``, ``da``, ``sv``, ``fi``, ``nb``), then one column per item of the
  instruments in the programme's questionnaires (``who5_1`` … ``who5_5``, ``ucla3_1`` …).
  Column names ignore case and order; columns without a name are ignored.
* One row per participant and time point, saved as an answer to the programme's questionnaire
  for that time point. A blank cell is a missing answer.

The work runs as a task (:func:`run`) in two passes. The first checks every row with plain
Python against data loaded in a few queries, and lists each problem by the row and column a
spreadsheet shows (the header is row 1). Only a file without problems is saved, in one
transaction: by ``COPY`` on PostgreSQL, batched INSERTs on SQLite, ``bulk_create`` elsewhere.
A row whose answers are already recorded exactly so counts as unchanged, so importing a file
twice saves nothing the second time; different answers already on record are a conflict,
reported and not overwritten.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import math
import re
import threading
import time
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import chain
from operator import itemgetter
from typing import Any

from django.conf import settings
from django.db import IntegrityError, connection, connections, transaction
from django.db.models import Exists, OuterRef, TextField
from django.db.models.functions import Cast
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from kulturhub.core import audit
from kulturhub.core.errors import DomainError
from kulturhub.evaluation import instruments, licences, services, summaries
from kulturhub.evaluation.models import ImportJob, Invitation, Response, Score
from kulturhub.programmes.models import Consent, Participant, Programme, TimePoint

MAX_BYTES = 50 * 1024 * 1024
PARTICIPANT, TIME_POINT, ANSWERED_ON, LANGUAGE = (
    "participant",
    "time_point",
    "answered_on",
    "language",
)
FIXED_COLUMNS = (PARTICIPANT, TIME_POINT, ANSWERED_ON, LANGUAGE)
# A file full of mistakes would otherwise give a report as large as the file.
REPORT_LIMIT = 100_000
# Rows saved per step (one COPY or a few bulk_create batches), and bulk_create's batch size.
CHUNK_ROWS = 20_000
BATCH_SIZE = 1_000
# The progress is written at most this often (and looked at every PROGRESS_EVERY rows).
PROGRESS_SECONDS = 0.5
PROGRESS_EVERY = 1_000
# Checking takes about a fifth of the time (bench/evaluation_import.py); saving the rest.
CHECK_SHARE = 0.2
# Identical cells give identical results: answers are checked and scored once per distinct
# combination. The cache is emptied when it grows past this many entries.
CACHE_LIMIT = 200_000
# After saving this many rows on PostgreSQL, the tables are analysed before the dashboards'
# summary of the programme is refreshed.
ANALYZE_AFTER_ROWS = 10_000


# --------------------------------------------------------------------------- the format


def item_columns(programme: Programme) -> dict[str, str]:
    """Item id -> instrument code, for every instrument in the programme's questionnaires."""
    columns: dict[str, str] = {}
    for questionnaire in programme.questionnaires.order_by("pk"):
        for code in questionnaire.instruments:
            for item in instruments.load_instrument(code)["items"]:
                columns.setdefault(item["id"], code)
    return columns


def template(programme: Programme, delimiter: str = ",") -> str:
    """The header row a file for this programme's questionnaires starts with."""
    return delimiter.join([*FIXED_COLUMNS, *item_columns(programme)]) + "\r\n"


def _decode(content: bytes | str) -> str:
    """The file's text, or a DomainError if it is too large, not UTF-8 or empty."""
    size = len(content if isinstance(content, bytes) else content.encode("utf-8", "replace"))
    if size > MAX_BYTES:
        raise DomainError(
            _("The file is larger than %(size)s MB. Split it into smaller files.")
            % {"size": MAX_BYTES // (1024 * 1024)},
            field="file",
        )
    if isinstance(content, str):
        text = content.removeprefix("\ufeff")
    else:
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise DomainError(
                _("The file is not UTF-8 text. In Excel, save it as “CSV UTF-8”."), field="file"
            ) from None
    if not text.strip():
        raise DomainError(_("The file is empty."), field="file")
    if "\x00" in text:
        raise DomainError(_("This is not a CSV text file."), field="file")
    return text


def _header(text: str, known_items) -> tuple[str, list[str], int]:
    """The delimiter, the column names and where the rows start, or a DomainError."""
    end = text.find("\n")
    if end < 0:
        end = len(text)
    first = text[:end]
    # The header's names hold neither commas nor semicolons, so whichever is more frequent in
    # the header row separates the columns.
    delimiter = ";" if first.count(";") > first.count(",") else ","
    columns = [c.strip().lower() for c in next(csv.reader([first], delimiter=delimiter), [])]
    named = [c for c in columns if c]
    missing = [c for c in (PARTICIPANT, TIME_POINT) if c not in named]
    if missing:
        raise DomainError(
            _("The header row (row 1) needs the columns %(columns)s.")
            % {"columns": ", ".join(missing)},
            field="file",
        )
    twice = sorted({c for c in named if named.count(c) > 1})
    if twice:
        raise DomainError(
            _("These columns appear more than once: %(columns)s.") % {"columns": ", ".join(twice)},
            field="file",
        )
    unknown = [c for c in named if c not in FIXED_COLUMNS and c not in known_items]
    if unknown:
        raise DomainError(
            _(
                "Unknown columns: %(columns)s. Item columns must belong to the instruments of "
                "this programme's questionnaires; download the template to see them."
            )
            % {"columns": ", ".join(unknown)},
            field="file",
        )
    if not _VISIBLE.search(text, end):
        raise DomainError(_("The file has a header row but no rows of answers."), field="file")
    return delimiter, columns, end + 1


_VISIBLE = re.compile(r"\S")


def _blocks(text: str, start: int, block: int = 1 << 20) -> Iterator[list[str]]:
    """The lines of ``text`` from ``start``, a block at a time (without copying the whole text,
    and not through io.StringIO, which would hold four bytes a character)."""
    length = len(text)
    while start < length:
        end = text.find("\n", start + block)
        if end < 0:
            end = length
        yield text[start:end].split("\n")
        start = end + 1


def _records(text: str, start: int, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(spreadsheet row, cells) for each record after the header, which is row 1."""
    reader = csv.reader(chain.from_iterable(_blocks(text, start)), delimiter=delimiter)
    return enumerate(reader, start=2)


# --------------------------------------------------------------------------- starting


def start(programme: Programme, file_name: str, content: bytes | str, by) -> ImportJob:
    """Accept a CSV file for checking and saving in the background.

    Refuses at once (DomainError, nothing created) an empty file, one larger than MAX_BYTES,
    one that is not UTF-8, and one whose header lacks ``participant`` or ``time_point`` or
    names an unknown column.
    """
    text = _decode(content)
    _header(text, item_columns(programme))
    from kulturhub.evaluation import tasks

    job = ImportJob.objects.create(
        programme=programme,
        uploaded_by=by,
        file_name=(file_name or "import.csv")[:200],
        content=text,
        status=ImportJob.Status.QUEUED,
        # An estimate (quoted cells may hold line breaks); checking counts the rows exactly.
        total_rows=max(text.count("\n") - text.endswith("\n"), 1),
    )
    audit.log(by, "evaluation.import.started", programme, job=job.pk, file=job.file_name)
    tasks.run_import.enqueue(job.pk)
    return job


# --------------------------------------------------------------------------- checking


@dataclass(frozen=True, eq=False)
class _Answered:
    """One instrument's answers in one row, checked and scored; shared by identical rows."""

    code: str
    values: tuple  # item values in the instrument's item order (None = missing)
    answers: dict  # item id -> value, as a Response stores it
    answers_json: str  # the same as a JSON member, for COPY
    scores: tuple[tuple[str, float | None], ...]  # (subscale, value); subscale "" if none
    empty: bool


@dataclass
class _Instrument:
    code: str
    items: list[str]  # item ids in the instrument's order
    present: list[str]  # those with a column in the file
    positions: list[int]  # their column indexes
    allowed: dict[str, dict[str, int]]  # item id -> accepted cell text -> value
    version: str


@dataclass
class _Questionnaire:
    index: int
    pk: int
    time_point: str
    codes: list[str]
    specs: list[_Instrument]  # its instruments, in its order
    others: list[_Instrument]  # instruments of other questionnaires with columns in the file
    unlicensed: list[str]  # instruments the network has not recorded the licence for


def _instrument(code: str, columns: list[str]) -> _Instrument:
    definition = instruments.load_instrument(code)
    items = [item["id"] for item in definition["items"]]
    allowed = {}
    for item in definition["items"]:
        options = item.get("response_options") or definition["response_options"]
        allowed[item["id"]] = {str(int(o["value"])): int(o["value"]) for o in options}
    present = [i for i in items if i in columns]
    return _Instrument(
        code=code,
        items=items,
        present=present,
        positions=[columns.index(i) for i in present],
        allowed=allowed,
        version=definition["version"],
    )


def _getter(positions: list[int]):
    """A function giving the cells at ``positions`` as a tuple (itemgetter runs in C)."""
    if len(positions) == 1:
        at = positions[0]
        return lambda cells: (cells[at],)
    if not positions:
        return lambda cells: ()
    return itemgetter(*positions)


def _number(text: str, allowed: dict[str, int]) -> int | None:
    """A cell such as "3", "3.0" or "3,0" as one of the allowed values, else None."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    if not math.isfinite(value) or not value.is_integer():
        return None
    return allowed.get(str(int(value)))


def _copy_text(value: str) -> str:
    """A value in PostgreSQL's COPY text format."""
    return (
        value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    )


def _answer(spec: _Instrument, cells: tuple[str, ...]) -> _Answered | list[tuple[str, str]]:
    """Check one instrument's cells; the answers and scores, or [(column, reason)]."""
    values: dict[str, int | None] = dict.fromkeys(spec.items)
    problems = []
    for item, cell in zip(spec.present, cells, strict=True):
        text = cell.strip()
        if not text:
            continue
        allowed = spec.allowed[item]
        value = allowed.get(text)
        if value is None:
            value = _number(text, allowed)
        if value is None:
            reason = _(
                "“%(value)s” is not an answer to this item: use a whole number from %(low)s to "
                "%(high)s, or leave the cell blank."
            ) % {"value": text[:40], "low": min(allowed.values()), "high": max(allowed.values())}
            problems.append((item, reason))
        else:
            values[item] = value
    if problems:
        return problems
    try:
        result = instruments.score(spec.code, values)
    except ValueError as error:
        return [(spec.present[0] if spec.present else "", str(error))]
    parts = result.items() if isinstance(result, dict) else [("", result)]
    scores = tuple((sub, None if v is None else float(v)) for sub, v in parts)
    return _Answered(
        code=spec.code,
        values=tuple(values[i] for i in spec.items),
        answers=values,
        answers_json=f"{json.dumps(spec.code)}: {json.dumps(values)}",
        scores=scores,
        empty=all(v is None for v in values.values()),
    )


_BAD = object()


class _NewRows:
    """The rows to save, packed into three machine integers a row: a million tuples of Python
    objects would take several times the memory.

    A row is (participant id, questionnaire index, language, answered on, answers); the
    middle three and the answers repeat across rows and are stored once each.
    """

    def __init__(self):
        self.clear()

    def clear(self) -> None:
        self.pks, self.heads, self.bodies = array("q"), array("q"), array("q")
        self._heads: list[tuple] = []
        self._bodies: list[tuple] = []
        self._head_at: dict[tuple, int] = {}
        self._body_at: dict[tuple, int] = {}

    def append(self, pk: int, head: tuple, body: tuple) -> None:
        at = self._head_at.get(head)
        if at is None:
            at = self._head_at[head] = len(self._heads)
            self._heads.append(head)
        self.heads.append(at)
        at = self._body_at.get(body)
        if at is None:
            at = self._body_at[body] = len(self._bodies)
            self._bodies.append(body)
        self.bodies.append(at)
        self.pks.append(pk)

    def __len__(self) -> int:
        return len(self.pks)

    def __getitem__(self, part: slice) -> list[tuple]:
        heads, bodies = self._heads, self._bodies
        return [
            (pk, *heads[h], bodies[b])
            for pk, h, b in zip(self.pks[part], self.heads[part], self.bodies[part], strict=True)
        ]


class _Check:
    """Pass 1: every row against the programme's participants, consents and recorded answers."""

    def __init__(self, job: ImportJob, progress: _Progress):
        self.job = job
        self.progress = progress
        self.programme = job.programme
        self.report: list[dict[str, Any]] = []
        self.problems = 0
        self.rows = 0
        self.unchanged = 0
        self.new = _NewRows()

    def bad(self, row, column: str, reason: str) -> None:
        self.problems += 1
        if len(self.report) < REPORT_LIMIT:
            self.report.append({"row": row, "column": column, "reason": reason})

    def load(self, columns: list[str]) -> None:
        programme = self.programme
        consented = set(
            Consent.objects.filter(
                participant__programme=programme,
                kind=Consent.Kind.EVALUATION,
                withdrawn_at__isnull=True,
            )
            .values_list("participant_id", flat=True)
            .iterator(chunk_size=10_000)
        )
        # Code -> id, negative for those whose answers cannot be recorded (no consent to
        # evaluation, or erased): one dictionary instead of two more sets of a million ids.
        self.participants: dict[str, int] = {}
        self.erased: set[int] = set()
        found = Participant.objects.filter(programme=programme).values_list(
            "code", "pk", "erased_at"
        )
        for code, pk, erased_at in found.iterator(chunk_size=10_000):
            if erased_at is not None:
                self.erased.add(pk)
            self.participants[code.upper()] = pk if pk in consented and not erased_at else -pk
        del consented
        specs: dict[str, _Instrument] = {}
        self.questionnaires: dict[str, _Questionnaire] = {}
        by_pk: dict[int, _Questionnaire] = {}
        listed = list(programme.questionnaires.order_by("pk"))
        unlicensed = set(
            licences.missing(programme.network, {c for q in listed for c in q.instruments})
        )
        for q in listed:
            for code in q.instruments:
                if code not in specs:
                    specs[code] = _instrument(code, columns)
        for index, q in enumerate(listed):
            mine = [specs[c] for c in q.instruments]
            others = [s for c, s in specs.items() if c not in q.instruments and s.present]
            entry = _Questionnaire(
                index=index,
                pk=q.pk,
                time_point=q.time_point,
                codes=list(q.instruments),
                specs=mine,
                others=others,
                unlicensed=[c for c in q.instruments if c in unlicensed],
            )
            self.questionnaires[q.time_point] = by_pk[q.pk] = entry
        self.by_index = {q.index: q for q in self.questionnaires.values()}
        # Answers to an instrument the network holds no licence for cannot be recorded.
        self.usable = {p: q for p, q in self.questionnaires.items() if not q.unlicensed}
        self._versions: dict[tuple[int, str], tuple[dict, str]] = {}
        self.slots = max(len(listed), 1)
        # Answers already recorded, keyed like the rows of the file: participant and
        # questionnaire. They are read as text and each distinct text is parsed once; equal
        # tuples are shared to keep a large programme small in memory.
        self.recorded: dict[int, tuple] = {}
        parsed: dict[tuple, tuple] = {}
        recorded = (
            Response.objects.filter(questionnaire__programme=programme)
            .annotate(text=Cast("answers", output_field=TextField()))
            .values_list("participant_id", "questionnaire_id", "text")
        )
        for participant_id, questionnaire_id, text in recorded.iterator(chunk_size=10_000):
            q = by_pk[questionnaire_id]
            values = parsed.get((q.index, text))
            if values is None:
                answers = json.loads(text) or {}
                values = tuple(
                    tuple((answers.get(s.code) or {}).get(i) for i in s.items) for s in q.specs
                )
                if len(parsed) >= CACHE_LIMIT:
                    parsed.clear()
                parsed[q.index, text] = values
            self.recorded[participant_id * self.slots + q.index] = values

    def run(self, columns: list[str], records) -> None:
        """Check every record; keep the new rows for saving as long as nothing is wrong.

        The common case (a known, consenting participant, values seen before) costs a few
        dictionary look-ups; anything else goes the slower way that finds the words for it.
        """
        self.load(columns)
        width = len(columns)
        p_at, t_at = columns.index(PARTICIPANT), columns.index(TIME_POINT)
        d_at = columns.index(ANSWERED_ON) if ANSWERED_ON in columns else None
        l_at = columns.index(LANGUAGE) if LANGUAGE in columns else None
        participants, questionnaires = self.participants, self.usable
        recorded, slots = self.recorded, self.slots
        default_language = self.programme.network.language
        self.today = timezone.localdate()
        dates: dict[str, Any] = {"": None}
        spoken: dict[str, Any] = {"": default_language}
        # Per instrument: cells as found in the file -> _Answered, or [(column, reason)].
        answered: dict[str, dict[tuple, Any]] = {}
        cells_of = {}
        for q in questionnaires.values():
            for spec in (*q.specs, *q.others):
                answered[spec.code] = {}
                cells_of[spec.code] = _getter(spec.positions)
        seen: dict[int, int] = {}
        bad, new = self.bad, self.new
        progress, every = self.progress, self.progress.every
        rows = unchanged = 0

        for row, cells in records:
            if len(cells) != width:
                if not any(cells):
                    continue
                cells = self._fit(row, cells, width)
            elif not any(cells):
                continue
            rows += 1
            if rows % every == 0:
                progress.checked(rows)
            before = self.problems

            code = cells[p_at]
            pk = participants.get(code)
            if pk is None or pk < 0:
                pk = self._participant(row, code)
            point = cells[t_at]
            q = questionnaires.get(point) or self._questionnaire(row, point)
            day = None
            if d_at is not None:
                day = dates.get(cells[d_at], _BAD)
                if day is _BAD:
                    day = dates[cells[d_at]] = self._date(row, cells[d_at])
            language = default_language
            if l_at is not None:
                language = spoken.get(cells[l_at], _BAD)
                if language is _BAD:
                    language = spoken[cells[l_at]] = self._language(row, cells[l_at])
            if q is None:
                continue

            results = []
            empty = True
            for spec in q.specs:
                found = cells_of[spec.code](cells)
                cache = answered[spec.code]
                result = cache.get(found)
                if result is None:
                    if len(cache) >= CACHE_LIMIT:
                        cache.clear()
                    result = cache[found] = _answer(spec, found)
                if result.__class__ is list:
                    for column, reason in result:
                        bad(row, column, reason)
                else:
                    results.append(result)
                    empty = empty and result.empty
            for spec in q.others:
                if any(c.strip() for c in cells_of[spec.code](cells)):
                    self._not_asked(row, spec, cells)
            if empty and len(results) == len(q.specs):
                bad(row, "", _("The row has no answers."))

            if pk is None:
                continue
            key = pk * slots + q.index
            first = seen.get(key)
            if first is not None:
                bad(
                    row,
                    PARTICIPANT,
                    _("This participant and time point are already in row %(row)s.")
                    % {"row": first},
                )
                continue
            seen[key] = row
            if self.problems != before:
                continue
            on_record = recorded.get(key)
            if on_record is None:
                if not self.problems:
                    new.append(pk, (q.index, language, day), tuple(results))
            elif on_record == tuple([r.values for r in results]):
                unchanged += 1
            else:
                self._conflict(row, q, results, on_record)
            if self.problems and new:
                # Nothing will be saved: stop holding rows for saving.
                new.clear()
        self.rows, self.unchanged = rows, unchanged

    # The slower ways, for cells that are not as expected: each names the problem, or finds
    # what a cell means after trimming spaces and ignoring case.

    def _fit(self, row: int, cells: list[str], width: int) -> list[str]:
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            self.bad(row, "", _("This row has more cells than the header row has columns."))
        return (cells + [""] * width)[:width]

    def _participant(self, row: int, code: str) -> int | None:
        code = code.strip().upper()
        pk = self.participants.get(code)
        if pk is None:
            if code:
                reason = _("No participant of this programme has the code “%(code)s”.") % {
                    "code": code[:40]
                }
            else:
                reason = _("The participant code is missing.")
        elif -pk in self.erased:
            reason = _("This participant has been erased.")
        elif pk < 0:
            reason = _("This participant has not consented to evaluation.")
        else:
            return pk
        self.bad(row, PARTICIPANT, reason)
        return None

    def _questionnaire(self, row: int, point: str) -> _Questionnaire | None:
        point = point.strip().lower()
        q = self.questionnaires.get(point)
        if q is not None and not q.unlicensed:
            return q
        if q is not None:
            reason = _(
                "The network has not recorded the licence for %(codes)s, so answers to this "
                "questionnaire cannot be recorded."
            ) % {"codes": ", ".join(q.unlicensed)}
        elif point in TimePoint.values:
            reason = _("This programme has no questionnaire for this time point.")
        else:
            reason = _(
                "“%(value)s” is not a time point; use baseline, end, follow_up_3 or follow_up_6."
            ) % {"value": point[:40]}
        self.bad(row, TIME_POINT, reason)
        return None

    def _date(self, row: int, text: str):
        """The date in a cell (None if blank), or _BAD after reporting it."""
        text = text.strip()
        if not text:
            return None
        try:
            day = date.fromisoformat(text)
        except ValueError:
            day = None
        if day is not None and len(text) == 10 and day <= self.today:
            return day
        self.bad(
            row,
            ANSWERED_ON,
            _("“%(value)s” is not a date on or before today; write it as YYYY-MM-DD.")
            % {"value": text[:40]},
        )
        return _BAD

    def _language(self, row: int, text: str):
        """The language code in a cell (the network's language if blank), or _BAD after
        reporting it."""
        code = text.strip().lower()
        if not code:
            return self.programme.network.language
        codes = [c for c, _name in settings.LANGUAGES]
        if code in codes:
            return code
        self.bad(
            row,
            LANGUAGE,
            _("“%(value)s” is not a language code; use one of %(codes)s.")
            % {"value": text.strip()[:40], "codes": ", ".join(codes)},
        )
        return _BAD

    def _not_asked(self, row: int, spec: _Instrument, cells: list[str]) -> None:
        for item, at in zip(spec.present, spec.positions, strict=True):
            if cells[at].strip():
                self.bad(
                    row, item, _("This item is not part of the questionnaire for this time point.")
                )

    def _conflict(self, row: int, q: _Questionnaire, results: list, on_record: tuple) -> None:
        for spec, result, old in zip(q.specs, results, on_record, strict=True):
            for item, value, was in zip(spec.items, result.values, old, strict=True):
                if value != was:
                    self.bad(
                        row,
                        item,
                        _(
                            "Different answers are already recorded for this participant and "
                            "time point (recorded: %(was)s, file: %(value)s). Nothing is "
                            "overwritten."
                        )
                        % {
                            "was": "–" if was is None else was,
                            "value": "–" if value is None else value,
                        },
                    )

    def versions(self, index: int, language: str) -> tuple[dict, str]:
        """The instrument versions a response records (`services.instrument_versions`), and
        as JSON."""
        found = self._versions.get((index, language))
        if found is None:
            q = self.by_index[index]
            versions = services.instrument_versions(self.programme.network, q.codes, language)
            found = self._versions[index, language] = (versions, json.dumps(versions))
        return found


# --------------------------------------------------------------------------- progress


class _Progress:
    """Writes the job's progress where a progress page can read it while the job runs.

    processed_rows counts work in rows: checking fills the first CHECK_SHARE of total_rows,
    saving the rest. Inside the saving transaction the update would stay invisible until the
    end, so on PostgreSQL it is written on a connection of its own (``apart``); SQLite allows
    one writer at a time, so there the bar waits at the saving step until the transaction ends.
    """

    def __init__(self, job: ImportJob, total: int):
        self.pk = job.pk
        self.total = max(total, 1)
        self.every = PROGRESS_EVERY
        self.in_transaction = False
        self.apart = False
        self.last = time.monotonic()

    def checked(self, rows: int) -> None:
        self._maybe(min(int(rows * CHECK_SHARE), self.total))

    def saved(self, rows: int, total: int) -> None:
        share = CHECK_SHARE + (1 - CHECK_SHARE) * rows / max(total, 1)
        self._maybe(min(int(self.total * share), self.total))

    def _maybe(self, processed: int) -> None:
        now = time.monotonic()
        if now - self.last >= PROGRESS_SECONDS:
            self.last = now
            self._write(processed_rows=processed)

    def _write(self, **values) -> None:
        if not self.in_transaction:
            ImportJob.objects.filter(pk=self.pk).update(**values)
        elif self.apart:
            thread = threading.Thread(target=self._write_apart, kwargs=values)
            thread.start()
            thread.join()

    def _write_apart(self, **values) -> None:
        try:
            ImportJob.objects.filter(pk=self.pk).update(**values)
        finally:
            connections.close_all()


# --------------------------------------------------------------------------- saving


def _save_with_orm(check: _Check, rows: list[tuple], now, by_id, progress: _Progress) -> None:
    """Portable saving: bulk_create returns the new responses' ids (PostgreSQL, SQLite 3.35+)."""
    programme_id = check.programme.pk
    by_index = {q.index: q for q in check.questionnaires.values()}
    for start in range(0, len(rows), CHUNK_ROWS):
        chunk = rows[start : start + CHUNK_ROWS]
        responses = Response.objects.bulk_create(
            [
                Response(
                    questionnaire_id=by_index[index].pk,
                    participant_id=pk,
                    time_point=by_index[index].time_point,
                    language=language,
                    instrument_versions=check.versions(index, language)[0],
                    answers={r.code: r.answers for r in answers},
                    source=Response.Source.IMPORT,
                    entered_by_id=by_id,
                )
                for pk, index, language, _day, answers in chunk
            ],
            batch_size=BATCH_SIZE,
        )
        Score.objects.bulk_create(
            [
                Score(
                    participant_id=pk,
                    programme_id=programme_id,
                    instrument=result.code,
                    subscale=subscale,
                    time_point=by_index[index].time_point,
                    value=value,
                    answered_on=day,
                    response_id=response.pk,
                )
                for response, (pk, index, _language, day, answers) in zip(
                    responses, chunk, strict=True
                )
                for result in answers
                for subscale, value in result.scores
            ],
            batch_size=BATCH_SIZE,
        )
        progress.saved(start + len(chunk), len(rows))


def _columns(model, names: list[str]) -> str:
    quote = connection.ops.quote_name
    return ", ".join(quote(model._meta.get_field(n).column) for n in names)


RESPONSE_COLUMNS = [
    "id",
    "created_at",
    "updated_at",
    "questionnaire",
    "participant",
    "time_point",
    "language",
    "instrument_versions",
    "answers",
    "source",
    "entered_by",
]
SCORE_COLUMNS = [
    "participant",
    "programme",
    "instrument",
    "subscale",
    "time_point",
    "value",
    "answered_on",
    "response",
]


def _reserve_sqlite_ids(cursor, table: str, count: int) -> int:
    """The first of ``count`` new ids of an AUTOINCREMENT table, reserved in sqlite_sequence.

    Each statement writes, so it takes SQLite's single write lock before it reads: no other
    connection can take the same ids before this transaction ends.
    """
    quoted = connection.ops.quote_name(table)
    high = f"MAX(seq, IFNULL((SELECT MAX(id) FROM {quoted}), 0))"
    cursor.execute(f"UPDATE sqlite_sequence SET seq = {high} + %s WHERE name = %s", [count, table])
    if not cursor.rowcount:
        cursor.execute(
            f"INSERT INTO sqlite_sequence (name, seq) SELECT %s, IFNULL(MAX(id), 0) + %s "
            f"FROM {quoted}",
            [table, count],
        )
    cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
    return cursor.fetchone()[0] - count + 1


def _save_with_inserts(check: _Check, rows: list[tuple], now, by_id, progress: _Progress) -> None:
    """SQLite: ids reserved up front, then plain INSERTs by executemany (no model objects)."""
    ops = connection.ops
    programme_id = check.programme.pk
    by_index = {q.index: q for q in check.questionnaires.values()}
    response_table, score_table = Response._meta.db_table, Score._meta.db_table
    response_sql = (
        f"INSERT INTO {ops.quote_name(response_table)} ({_columns(Response, RESPONSE_COLUMNS)}) "
        f"VALUES ({', '.join(['%s'] * len(RESPONSE_COLUMNS))})"
    )
    score_sql = (
        f"INSERT INTO {ops.quote_name(score_table)} ({_columns(Score, SCORE_COLUMNS)}) "
        f"VALUES ({', '.join(['%s'] * len(SCORE_COLUMNS))})"
    )
    stamp = ops.adapt_datetimefield_value(now)
    source = Response.Source.IMPORT.value
    documents: dict[tuple, str] = {}
    days: dict = {}
    with connection.cursor() as cursor:
        for start in range(0, len(rows), CHUNK_ROWS):
            chunk = rows[start : start + CHUNK_ROWS]
            first = _reserve_sqlite_ids(cursor, response_table, len(chunk))
            responses, scores = [], []
            for rid, (pk, index, language, day, answers) in enumerate(chunk, start=first):
                q = by_index[index]
                document = documents.get(answers)
                if document is None:
                    if len(documents) >= CACHE_LIMIT:
                        documents.clear()
                    document = documents[answers] = (
                        "{" + ", ".join(r.answers_json for r in answers) + "}"
                    )
                responses.append(
                    (rid, stamp, stamp, q.pk, pk, q.time_point, language)
                    + (check.versions(index, language)[1],)
                    + (document, source, by_id)
                )
                day_value = days.get(day)
                if day_value is None and day is not None:
                    day_value = days[day] = ops.adapt_datefield_value(day)
                for result in answers:
                    for subscale, value in result.scores:
                        scores.append(
                            (pk, programme_id, result.code, subscale, q.time_point, value)
                            + (day_value, rid)
                        )
            cursor.executemany(response_sql, responses)
            cursor.executemany(score_sql, scores)
            progress.saved(start + len(chunk), len(rows))


def _save_with_copy(check: _Check, rows: list[tuple], now, by_id, progress: _Progress) -> None:
    """PostgreSQL: ids taken from the sequence, then COPY, many times faster than INSERT."""
    programme_id = check.programme.pk
    by_index = {q.index: q for q in check.questionnaires.values()}
    quote = connection.ops.quote_name
    response_table, score_table = Response._meta.db_table, Score._meta.db_table
    response_copy = (
        f"COPY {quote(response_table)} ({_columns(Response, RESPONSE_COLUMNS)}) FROM STDIN"
    )
    score_copy = f"COPY {quote(score_table)} ({_columns(Score, SCORE_COLUMNS)}) FROM STDIN"
    # The text of everything but the ids is the same for many rows: prepare it once.
    stamp = now.isoformat()
    by = "\\N" if by_id is None else str(by_id)
    head = {
        q.index: f"{stamp}\t{stamp}\t{q.pk}\t" for q in by_index.values()
    }  # before the participant
    tail = {}  # after the participant, per (questionnaire, language, answers)
    score_tail = {}  # per (questionnaire, answers): the score lines after the participant
    days = {None: "\\N"}
    source = Response.Source.IMPORT.value

    with connection.cursor() as cursor:
        # Foreign keys are checked at commit by default; checked after each COPY instead, the
        # time they take (about half of all) shows in the progress bar rather than after it.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [response_table])
        sequence = cursor.fetchone()[0]
        for start in range(0, len(rows), CHUNK_ROWS):
            chunk = rows[start : start + CHUNK_ROWS]
            cursor.execute("SELECT nextval(%s) FROM generate_series(1, %s)", [sequence, len(chunk)])
            ids = [r[0] for r in cursor.fetchall()]
            response_lines = []
            score_lines = []
            for rid, (pk, index, language, day, answers) in zip(ids, chunk, strict=True):
                key = (index, language, answers)
                after = tail.get(key)
                if after is None:
                    q = by_index[index]
                    document = "{" + ", ".join(r.answers_json for r in answers) + "}"
                    after = tail[key] = (
                        f"\t{q.time_point}\t{_copy_text(language)}\t"
                        f"{_copy_text(check.versions(index, language)[1])}\t"
                        f"{_copy_text(document)}\t{source}\t{by}\n"
                    )
                response_lines.append(f"{rid}\t{head[index]}{pk}{after}")
                day_text = days.get(day)
                if day_text is None:
                    day_text = days[day] = day.isoformat()
                key = (index, answers)
                parts = score_tail.get(key)
                if parts is None:
                    q = by_index[index]
                    parts = score_tail[key] = [
                        f"\t{programme_id}\t{r.code}\t{_copy_text(sub)}\t{q.time_point}\t"
                        + ("\\N" if value is None else repr(value))
                        + "\t"
                        for r in answers
                        for sub, value in r.scores
                    ]
                for part in parts:
                    score_lines.append(f"{pk}{part}{day_text}\t{rid}\n")
            # COPY goes straight to psycopg: let Django name its errors (IntegrityError).
            with connection.wrap_database_errors:
                with cursor.copy(response_copy) as copy:
                    copy.write("".join(response_lines))
                with cursor.copy(score_copy) as copy:
                    copy.write("".join(score_lines))
            if len(tail) > CACHE_LIMIT:
                tail.clear()
            if len(score_tail) > CACHE_LIMIT:
                score_tail.clear()
            progress.saved(start + len(chunk), len(rows))


def _save(check: _Check, job: ImportJob, progress: _Progress) -> None:
    """Pass 2: every new row in one transaction; then the open invitations of participants
    whose answers are now recorded count as used."""
    rows = check.new
    if not rows:
        return
    now = timezone.now()
    save = {"postgresql": _save_with_copy, "sqlite": _save_with_inserts}.get(
        connection.vendor, _save_with_orm
    )
    # Another connection can write the progress only if this transaction is the outermost one
    # (else it might wait for a lock this connection holds on the job's row).
    progress.apart = connection.vendor == "postgresql" and not connection.in_atomic_block
    with transaction.atomic():
        progress.in_transaction = True
        try:
            save(check, rows, now, job.uploaded_by_id, progress)
            if connection.vendor == "postgresql" and len(rows) >= ANALYZE_AFTER_ROWS:
                # The planner's row counts predate this file: without fresh statistics the
                # refresh below may pair a million new rows by nested loops (minutes, not ms).
                with connection.cursor() as cursor:
                    cursor.execute(f"ANALYZE {Score._meta.db_table}, {Response._meta.db_table}")
            summaries.refresh([check.programme.pk])
            # A participant whose answers were imported is not reminded to answer again.
            Invitation.objects.filter(
                questionnaire__programme=check.programme, used_at__isnull=True
            ).filter(
                Exists(
                    Response.objects.filter(
                        questionnaire=OuterRef("questionnaire"),
                        participant=OuterRef("participant"),
                    )
                )
            ).update(used_at=now)
        finally:
            progress.in_transaction = False


# --------------------------------------------------------------------------- the task


def run(job_id: int) -> ImportJob | None:
    """Check a queued import and save it if every row is valid (the work of the task)."""
    claimed = ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.QUEUED).update(
        status=ImportJob.Status.CHECKING, processed_rows=0
    )
    if not claimed:
        # Already run (a task delivered twice) or deleted.
        return None
    job = ImportJob.objects.select_related("programme__network", "uploaded_by").get(pk=job_id)
    by = job.uploaded_by
    language = getattr(by, "language", "") or job.programme.network.language
    # The rows held for saving are a million small tuples that never form cycles; the cyclic
    # garbage collector would walk them again and again while they are made.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with translation.override(language):
            _run(job)
    except Exception:
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportJob.Status.FAILED, content="", finished_at=timezone.now()
        )
        audit.log(by, "evaluation.import.failed", job.programme, job=job.pk)
        raise
    finally:
        if collecting:
            gc.enable()
    job.refresh_from_db()
    return job


def _finish(job: ImportJob, status: str, check: _Check | None, report: list, **counts) -> None:
    total = check.rows if check else 0
    ImportJob.objects.filter(pk=job.pk).update(
        status=status,
        report=report,
        content="",
        total_rows=total,
        processed_rows=total,
        finished_at=timezone.now(),
        **counts,
    )
    audit.log(
        job.uploaded_by,
        "evaluation.import.finished",
        job.programme,
        job=job.pk,
        file=job.file_name,
        status=status,
        rows=total,
        problems=check.problems if check else len(report),
        **counts,
    )


def _run(job: ImportJob) -> None:
    try:
        text = job.content
        delimiter, columns, start = _header(text, item_columns(job.programme))
    except DomainError as error:
        # The questionnaires changed since the file was accepted.
        _finish(
            job,
            ImportJob.Status.REJECTED,
            None,
            [{"row": 1, "column": "", "reason": error.message}],
        )
        return
    job.content = ""
    progress = _Progress(job, job.total_rows)
    check = _Check(job, progress)
    check.run(columns, _records(text, start, delimiter))
    # Saving needs the rows kept for it, not the file or what it was checked against.
    del text
    check.participants = check.recorded = None
    report = check.report
    if check.problems > len(report):
        report.append(
            {
                "row": None,
                "column": "",
                "reason": _("… and %(count)s more problems not listed.")
                % {"count": check.problems - len(report)},
            }
        )
    if check.problems:
        _finish(job, ImportJob.Status.REJECTED, check, report, created_rows=0, unchanged_rows=0)
        return
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.SAVING,
        total_rows=check.rows,
        processed_rows=int(check.rows * CHECK_SHARE),
    )
    progress.total = max(check.rows, 1)
    try:
        _save(check, job, progress)
    except IntegrityError:
        report = [
            {
                "row": None,
                "column": "",
                "reason": _(
                    "Answers for some of these participants were recorded while the file was "
                    "being saved. Nothing was saved; upload the file again."
                ),
            }
        ]
        _finish(job, ImportJob.Status.REJECTED, check, report, created_rows=0, unchanged_rows=0)
        return
    _finish(
        job,
        ImportJob.Status.DONE,
        check,
        [],
        created_rows=len(check.new),
        unchanged_rows=check.unchanged,
    )


def report_csv(job: ImportJob) -> str:
    """The job's full report as CSV (row, column, reason), with a BOM so Excel reads UTF-8."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([_("Row"), _("Column"), _("Reason")])
    for entry in job.report:
        writer.writerow([entry.get("row") or "", entry.get("column", ""), entry.get("reason", "")])
    return out.getvalue()
