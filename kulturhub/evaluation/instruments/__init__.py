"""Outcome instruments as data, and their scoring.

Each instrument lives in one JSON file next to this module (``who5.json``, ``swemwbs.json``,
``wemwbs.json``, ``ucla3.json``, ``ons4.json``). A file holds everything needed to administer
and score the instrument: items, response options, scoring rule, missing-data rule, score range,
direction, thresholds, minimal important difference (MID) and licence terms, each with a
``source`` string.

The item texts and response labels shipped here are **demo wording** written by this project
(every item and option carries ``"wording": "demo"`` and each file has a ``wording_notice``).
The official wording is licensed by the instruments' owners and has to be loaded per network;
scoring does not depend on the wording, only on item ids and values.

Pure Python: no Django import, so the module can be used (and tested) on its own.

Public interface::

    INSTRUMENT_CODES                  # ("WHO5", "SWEMWBS", "WEMWBS", "UCLA3", "ONS4")
    load_instrument(code) -> dict     # validated definition (a fresh copy)
    all_instruments() -> dict         # code -> definition
    validate_instrument(definition)   # raises ValueError listing every problem
    score(code, answers)              # the instrument's score, or None (see missing-data rule)
    score_definition(definition, answers)  # same, for a definition held in memory
    classify(code, value, subscale=None) -> list[str]   # threshold band keys containing value

Scores returned by :func:`score`:

* ``WHO5``: ``int`` 0-100 (raw sum 0-25 x 4), ``None`` if any item is missing.
* ``SWEMWBS``: ``float`` metric score 7.00-35.00 (Rasch conversion of the raw 7-35 sum),
  ``None`` if any item is missing.
* ``WEMWBS``: ``int`` 14-70, ``None`` if any item is missing (no published prorating rule was
  found; the ``prorate`` rule is implemented for networks that confirm one).
* ``UCLA3``: ``int`` 3-9 (higher = lonelier), ``None`` if any item is missing.
* ``ONS4``: ``dict`` with ``life_satisfaction``, ``worthwhile``, ``happiness``, ``anxiety``
  (each ``int`` 0-10 or ``None`` when that item is missing; anxiety: higher is worse).
"""

from __future__ import annotations

import copy
import json
import math
import numbers
from collections.abc import Mapping
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "INSTRUMENT_CODES",
    "all_instruments",
    "classify",
    "load_instrument",
    "score",
    "score_definition",
    "validate_instrument",
]

INSTRUMENT_CODES: tuple[str, ...] = ("WHO5", "SWEMWBS", "WEMWBS", "UCLA3", "ONS4")

_DIR = Path(__file__).resolve().parent

REQUIRED_FIELDS: tuple[str, ...] = (
    "code",
    "name",
    "version",
    "wording_notice",
    "items",
    "response_options",
    "scoring",
    "missing_data",
    "score_range",
    "direction",
    "thresholds",
    "minimal_important_difference",
    "licence",
)
DIRECTIONS = frozenset({"higher_is_better", "higher_is_worse"})
SCORING_METHODS = frozenset({"sum", "sum_then_convert", "per_subscale"})
MISSING_RULES = frozenset({"none_if_any_missing", "prorate", "per_item"})

Score = int | float | dict[str, int | None] | None


# --------------------------------------------------------------------------- loading


def _file_for(code: str) -> Path:
    return _DIR / f"{code.lower()}.json"


@cache
def _load_cached(code: str) -> dict[str, Any]:
    path = _file_for(code)
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    validate_instrument(data)
    if data["code"] != code:
        raise ValueError(f"{path.name}: code {data['code']!r} does not match file name ({code!r})")
    return data


def load_instrument(code: str) -> dict[str, Any]:
    """Return the validated definition of instrument ``code`` (a copy the caller may mutate).

    Raises ``ValueError`` for an unknown code.
    """
    if code not in INSTRUMENT_CODES:
        raise ValueError(f"Unknown instrument {code!r}; known: {', '.join(INSTRUMENT_CODES)}")
    return copy.deepcopy(_load_cached(code))


def all_instruments() -> dict[str, dict[str, Any]]:
    """Return every shipped instrument definition, keyed by code."""
    return {code: load_instrument(code) for code in INSTRUMENT_CODES}


# --------------------------------------------------------------------------- validation


def _is_int(value: Any) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(value)


def _has_source(block: Any) -> bool:
    return (
        isinstance(block, Mapping)
        and isinstance(block.get("source"), str)
        and bool(block["source"].strip())
    )


def validate_instrument(definition: Mapping[str, Any]) -> None:
    """Check an instrument definition; raise ``ValueError`` listing every problem found.

    Checks that all required fields are present and well-formed, that items and response
    options are marked as demo wording (or carry another ``wording`` tag), that the scoring,
    missing-data, threshold and MID blocks name a source, and that the scoring rule is
    consistent with the items and response options (e.g. the SWEMWBS conversion table covers
    every possible raw score).
    """
    problems: list[str] = []
    if not isinstance(definition, Mapping):
        raise ValueError("instrument definition must be a mapping")
    missing = [f for f in REQUIRED_FIELDS if f not in definition]
    if missing:
        raise ValueError(f"instrument definition is missing fields: {', '.join(missing)}")
    code = definition["code"]
    where = f"{code}: " if isinstance(code, str) else ""

    for field in ("code", "name", "version", "wording_notice"):
        if not isinstance(definition[field], str) or not definition[field].strip():
            problems.append(f"{field} must be a non-empty string")

    items = definition["items"]
    item_ids: list[str] = []
    if not isinstance(items, list) or not items:
        problems.append("items must be a non-empty list")
    else:
        for i, item in enumerate(items):
            if not isinstance(item, Mapping) or not isinstance(item.get("id"), str):
                problems.append(f"items[{i}] needs a string id")
                continue
            item_ids.append(item["id"])
            if not isinstance(item.get("text"), str) or not item["text"].strip():
                problems.append(f"item {item['id']} needs a text")
            if not isinstance(item.get("wording"), str):
                problems.append(f"item {item['id']} needs a wording tag (e.g. 'demo')")
        if len(set(item_ids)) != len(item_ids):
            problems.append("item ids must be unique")

    options = definition["response_options"]
    values: list[int] = []
    if not isinstance(options, list) or not options:
        problems.append("response_options must be a non-empty list")
    else:
        for i, option in enumerate(options):
            if not isinstance(option, Mapping) or not _is_int(option.get("value")):
                problems.append(f"response_options[{i}] needs an integer value")
                continue
            values.append(int(option["value"]))
            if not isinstance(option.get("label"), str) or not option["label"].strip():
                problems.append(f"response option {option['value']} needs a label")
            if not isinstance(option.get("wording"), str):
                problems.append(f"response option {option['value']} needs a wording tag")
        if len(set(values)) != len(values):
            problems.append("response option values must be unique")
        elif values and sorted(values) != list(range(min(values), max(values) + 1)):
            problems.append("response option values must be consecutive integers")

    score_range = definition["score_range"]
    if not (
        isinstance(score_range, Mapping)
        and _is_number(score_range.get("min"))
        and _is_number(score_range.get("max"))
        and score_range["min"] < score_range["max"]
    ):
        problems.append("score_range needs numeric min < max")

    direction = definition["direction"]
    scoring = definition["scoring"]
    method = scoring.get("method") if isinstance(scoring, Mapping) else None
    if method not in SCORING_METHODS:
        problems.append(f"scoring.method must be one of {sorted(SCORING_METHODS)}")
    if not _has_source(scoring):
        problems.append("scoring needs a source")

    subscale_keys: set[str] = set()
    if method == "per_subscale":
        if direction != "per_subscale":
            problems.append("per_subscale scoring needs direction 'per_subscale'")
        subscales = definition.get("subscales")
        if not isinstance(subscales, list) or not subscales:
            problems.append("per_subscale scoring needs a non-empty 'subscales' list")
        else:
            for sub in subscales:
                if not isinstance(sub, Mapping) or not isinstance(sub.get("key"), str):
                    problems.append("each subscale needs a key")
                    continue
                subscale_keys.add(sub["key"])
                if sub.get("item") not in item_ids:
                    problems.append(
                        f"subscale {sub['key']} refers to unknown item {sub.get('item')}"
                    )
                if sub.get("direction") not in DIRECTIONS:
                    problems.append(f"subscale {sub['key']} needs a direction")
    elif direction not in DIRECTIONS:
        problems.append(f"direction must be one of {sorted(DIRECTIONS)}")

    if method in ("sum", "sum_then_convert") and values and item_ids:
        raw_min, raw_max = len(item_ids) * min(values), len(item_ids) * max(values)
        raw_range = scoring.get("raw_range")
        if not (
            isinstance(raw_range, Mapping)
            and raw_range.get("min") == raw_min
            and raw_range.get("max") == raw_max
        ):
            problems.append(f"scoring.raw_range must be {raw_min}-{raw_max} for these items")
        if method == "sum":
            multiplier = scoring.get("multiplier", 1)
            if not _is_int(multiplier) or multiplier <= 0:
                problems.append("scoring.multiplier must be a positive integer")
            elif isinstance(score_range, Mapping) and (
                score_range.get("min") != raw_min * multiplier
                or score_range.get("max") != raw_max * multiplier
            ):
                problems.append("score_range does not match raw_range x multiplier")
        else:
            table = scoring.get("conversion_table")
            if not isinstance(table, Mapping):
                problems.append("sum_then_convert needs a conversion_table")
            else:
                try:
                    keys = sorted(int(k) for k in table)
                except (TypeError, ValueError):
                    keys = []
                    problems.append("conversion_table keys must be integer raw scores")
                if keys and keys != list(range(raw_min, raw_max + 1)):
                    problems.append(f"conversion_table must cover raw scores {raw_min}-{raw_max}")
                converted = [table[str(k)] if str(k) in table else table.get(k) for k in keys]
                if keys and not all(_is_number(v) for v in converted):
                    problems.append("conversion_table values must be numbers")
                elif keys and any(b <= a for a, b in zip(converted, converted[1:], strict=False)):
                    problems.append("conversion_table must be strictly increasing")
                elif (
                    keys
                    and isinstance(score_range, Mapping)
                    and (
                        converted[0] != score_range.get("min")
                        or converted[-1] != score_range.get("max")
                    )
                ):
                    problems.append("score_range does not match the conversion table ends")

    missing_data = definition["missing_data"]
    rule = missing_data.get("rule") if isinstance(missing_data, Mapping) else None
    if rule not in MISSING_RULES:
        problems.append(f"missing_data.rule must be one of {sorted(MISSING_RULES)}")
    if not _has_source(missing_data):
        problems.append("missing_data needs a source")
    if rule == "prorate":
        max_missing = missing_data.get("max_missing")
        if method != "sum":
            problems.append("the prorate rule is only defined for 'sum' scoring")
        if not _is_int(max_missing) or not 0 < max_missing < len(item_ids):
            problems.append("prorate needs an integer max_missing between 1 and n_items - 1")
    if (rule == "per_item") != (method == "per_subscale"):
        problems.append("the per_item missing rule goes with per_subscale scoring (and only it)")

    thresholds = definition["thresholds"]
    if not _has_source(thresholds) or not isinstance(thresholds.get("bands"), list):
        problems.append("thresholds needs a 'bands' list and a source")
    else:
        for band in thresholds["bands"]:
            if not (
                isinstance(band, Mapping)
                and isinstance(band.get("key"), str)
                and isinstance(band.get("label"), str)
                and _is_number(band.get("min"))
                and _is_number(band.get("max"))
                and band["min"] <= band["max"]
            ):
                problems.append(f"threshold band {band!r} needs key, label and numeric min <= max")
            elif method == "per_subscale" and band.get("subscale") not in subscale_keys:
                problems.append(f"threshold band {band['key']} needs a known subscale")

    mid = definition["minimal_important_difference"]
    if not _has_source(mid) or "value" not in mid:
        problems.append("minimal_important_difference needs a value (number or null) and source")
    elif mid["value"] is not None and (not _is_number(mid["value"]) or mid["value"] <= 0):
        problems.append("minimal_important_difference.value must be positive or null")

    licence = definition["licence"]
    if not isinstance(licence, Mapping) or not isinstance(licence.get("terms"), str):
        problems.append("licence needs terms")
    elif not isinstance(licence.get("acknowledgement_required"), bool):
        problems.append("licence.acknowledgement_required must be true or false")

    if problems:
        raise ValueError(where + "; ".join(problems))


# --------------------------------------------------------------------------- scoring


def _clean_answers(definition: Mapping[str, Any], answers: Any) -> dict[str, int | None]:
    """Validate ``answers`` and return item id -> int value or None for every item.

    Missing markers: ``None``, a float NaN, or an item absent from the mapping. Values must be
    integers (an integral float such as ``3.0`` is accepted, ``True``/``False``, strings and
    fractional numbers are not) within the instrument's response options.
    """
    code = definition["code"]
    if not isinstance(answers, Mapping):
        raise ValueError(f"{code}: answers must be a mapping of item id to value")
    item_ids = [item["id"] for item in definition["items"]]
    unknown = sorted(str(k) for k in answers if k not in item_ids)
    if unknown:
        raise ValueError(
            f"{code}: unknown item id(s) {', '.join(unknown)}; expected {', '.join(item_ids)}"
        )
    allowed = {int(option["value"]) for option in definition["response_options"]}
    low, high = min(allowed), max(allowed)
    cleaned: dict[str, int | None] = {}
    for item_id in item_ids:
        value = answers.get(item_id)
        if value is None or (
            isinstance(value, numbers.Real) and not _is_int(value) and math.isnan(value)
        ):
            cleaned[item_id] = None
            continue
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise ValueError(f"{code}: answer to {item_id} must be an integer, got {value!r}")
        if not _is_int(value):
            if not (math.isfinite(value) and float(value).is_integer()):
                raise ValueError(f"{code}: answer to {item_id} must be an integer, got {value!r}")
        as_int = int(value)
        if as_int not in allowed:
            raise ValueError(
                f"{code}: answer to {item_id} must be between {low} and {high}, got {value!r}"
            )
        cleaned[item_id] = as_int
    return cleaned


def _round_half_up(x: Fraction) -> int:
    return math.floor(x + Fraction(1, 2))


def score_definition(definition: Mapping[str, Any], answers: Mapping[str, Any]) -> Score:
    """Score ``answers`` with an instrument ``definition`` held in memory.

    The definition is validated first (see :func:`validate_instrument`); use this for a
    network's own copy of an instrument (e.g. with licensed wording or a confirmed prorating
    rule). ``answers`` maps item id -> value (or ``None`` for a missing answer; absent items
    count as missing). Returns the score, or ``None`` where the missing-data rule says so; for
    ``per_subscale`` instruments a dict subscale key -> value-or-None. Raises ``ValueError`` for
    unknown item ids, non-integer or out-of-range answers.
    """
    validate_instrument(definition)
    return _score(definition, answers)


def _score(definition: Mapping[str, Any], answers: Any) -> Score:
    cleaned = _clean_answers(definition, answers)
    scoring = definition["scoring"]
    method = scoring["method"]

    if method == "per_subscale":
        return {sub["key"]: cleaned[sub["item"]] for sub in definition["subscales"]}

    present = [v for v in cleaned.values() if v is not None]
    n_items = len(cleaned)
    n_missing = n_items - len(present)
    if n_missing == n_items:
        return None
    if n_missing:
        missing_data = definition["missing_data"]
        if missing_data["rule"] != "prorate" or n_missing > missing_data["max_missing"]:
            return None
        # Prorate: mean of the answered items x number of items, rounded half up.
        raw = _round_half_up(Fraction(sum(present), len(present)) * n_items)  # exact
    else:
        raw = sum(present)

    if method == "sum":
        return raw * int(scoring.get("multiplier", 1))
    # sum_then_convert: look the complete raw score up in the conversion table.
    table = scoring["conversion_table"]
    return float(table[str(raw)] if str(raw) in table else table[raw])


def score(code: str, answers: Mapping[str, Any]) -> Score:
    """Score ``answers`` for instrument ``code`` (see the module docstring for each result).

    >>> score("WHO5", {f"who5_{i}": 3 for i in range(1, 6)})
    60
    >>> score("SWEMWBS", {f"swemwbs_{i}": 3 for i in range(1, 8)})
    19.25
    """
    if code not in INSTRUMENT_CODES:
        raise ValueError(f"Unknown instrument {code!r}; known: {', '.join(INSTRUMENT_CODES)}")
    return _score(_load_cached(code), answers)


def classify(code: str, value: float | None, subscale: str | None = None) -> list[str]:
    """Return the keys of the threshold bands of ``code`` that contain ``value`` (inclusive).

    Bands may overlap (WHO-5: a score <= 28 is both 'likely_depression' and 'poor_wellbeing').
    For ONS4 pass ``subscale`` (e.g. ``"anxiety"``). ``None`` gives an empty list.
    """
    definition = load_instrument(code)
    is_per_subscale = definition["scoring"]["method"] == "per_subscale"
    if is_per_subscale and subscale is None:
        raise ValueError(f"{code}: classify needs a subscale")
    if value is None:
        return []
    return [
        band["key"]
        for band in definition["thresholds"]["bands"]
        if (not is_per_subscale or band.get("subscale") == subscale)
        and band["min"] <= value <= band["max"]
    ]
