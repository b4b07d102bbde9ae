"""Tests for the instrument definitions (JSON) and their scoring."""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kulturhub.evaluation import instruments
from kulturhub.evaluation.instruments import (
    INSTRUMENT_CODES,
    classify,
    load_instrument,
    score,
    score_definition,
    validate_instrument,
)

INSTRUMENT_DIR = Path(instruments.__file__).resolve().parent

# SWEMWBS raw score -> metric score, typed in from the Warwick Medical School conversion table
# (Stewart-Brown et al. 2009), independently of the JSON file.
PUBLISHED_SWEMWBS = {
    7: 7.00, 8: 9.51, 9: 11.25, 10: 12.40, 11: 13.33, 12: 14.08, 13: 14.75, 14: 15.32,
    15: 15.84, 16: 16.36, 17: 16.88, 18: 17.43, 19: 17.98, 20: 18.59, 21: 19.25, 22: 19.98,
    23: 20.73, 24: 21.54, 25: 22.35, 26: 23.21, 27: 24.11, 28: 25.03, 29: 26.02, 30: 27.03,
    31: 28.13, 32: 29.31, 33: 30.70, 34: 32.55, 35: 35.00,
}  # fmt: skip


def answers(code: str, values: list[int | None]) -> dict[str, int | None]:
    ids = [item["id"] for item in load_instrument(code)["items"]]
    assert len(ids) == len(values)
    return dict(zip(ids, values, strict=True))


# --------------------------------------------------------------------------- the JSON files


def test_one_json_file_per_instrument():
    files = sorted(p.name for p in INSTRUMENT_DIR.glob("*.json"))
    assert files == sorted(f"{code.lower()}.json" for code in INSTRUMENT_CODES)


@pytest.mark.parametrize("code", INSTRUMENT_CODES)
def test_json_validates_and_has_every_field(code):
    raw = json.loads((INSTRUMENT_DIR / f"{code.lower()}.json").read_text(encoding="utf-8"))
    validate_instrument(raw)  # raises on any problem
    for field in instruments.REQUIRED_FIELDS:
        assert field in raw, field
    assert raw["code"] == code
    assert raw == load_instrument(code)


@pytest.mark.parametrize("code", INSTRUMENT_CODES)
def test_wording_is_marked_demo(code):
    definition = load_instrument(code)
    notice = definition["wording_notice"].lower()
    assert "demo" in notice and "licensed" in notice and "per network" in notice
    assert all(item["wording"] == "demo" for item in definition["items"])
    assert all(item["text"].startswith("Demo:") for item in definition["items"])
    assert all(option["wording"] == "demo" for option in definition["response_options"])


@pytest.mark.parametrize("code", INSTRUMENT_CODES)
def test_every_rule_names_a_source(code):
    definition = load_instrument(code)
    for block in ("scoring", "missing_data", "thresholds", "minimal_important_difference"):
        assert definition[block]["source"].strip(), block
    assert definition["licence"]["terms"].strip()


def test_item_and_response_structure():
    expected = {
        "WHO5": (5, 0, 5),
        "SWEMWBS": (7, 1, 5),
        "WEMWBS": (14, 1, 5),
        "UCLA3": (3, 1, 3),
        "ONS4": (4, 0, 10),
    }
    for code, (n_items, low, high) in expected.items():
        definition = load_instrument(code)
        assert len(definition["items"]) == n_items, code
        values = [o["value"] for o in definition["response_options"]]
        assert values == list(range(low, high + 1)), code


def test_directions():
    assert load_instrument("WHO5")["direction"] == "higher_is_better"
    assert load_instrument("SWEMWBS")["direction"] == "higher_is_better"
    assert load_instrument("WEMWBS")["direction"] == "higher_is_better"
    assert load_instrument("UCLA3")["direction"] == "higher_is_worse"
    ons4 = load_instrument("ONS4")
    assert ons4["direction"] == "per_subscale"
    directions = {sub["key"]: sub["direction"] for sub in ons4["subscales"]}
    assert directions == {
        "life_satisfaction": "higher_is_better",
        "worthwhile": "higher_is_better",
        "happiness": "higher_is_better",
        "anxiety": "higher_is_worse",
    }


def test_thresholds_and_mids():
    who5 = load_instrument("WHO5")
    bands = {b["key"]: (b["min"], b["max"]) for b in who5["thresholds"]["bands"]}
    assert bands == {"poor_wellbeing": (0, 50), "likely_depression": (0, 28)}
    assert who5["minimal_important_difference"]["value"] == 10

    ucla3 = load_instrument("UCLA3")
    bands = {b["key"]: (b["min"], b["max"]) for b in ucla3["thresholds"]["bands"]}
    assert bands == {"not_lonely": (3, 5), "lonely": (6, 9)}
    assert "convention" in ucla3["thresholds"]["source"].lower()

    swemwbs = load_instrument("SWEMWBS")
    assert swemwbs["minimal_important_difference"]["value"] == 3
    assert "conservative" in swemwbs["minimal_important_difference"]["source"]
    assert load_instrument("WEMWBS")["minimal_important_difference"]["value"] == 3
    assert load_instrument("UCLA3")["minimal_important_difference"]["value"] is None
    assert load_instrument("ONS4")["minimal_important_difference"]["value"] is None


def test_licence_terms():
    assert "Psychiatric Centre North Zealand" in load_instrument("WHO5")["licence"]["terms"]
    for code in ("SWEMWBS", "WEMWBS"):
        terms = load_instrument(code)["licence"]["terms"]
        assert "Warwick Medical School" in terms and "non-commercial" in terms
    assert "research" in load_instrument("UCLA3")["licence"]["terms"]
    assert "Open Government Licence" in load_instrument("ONS4")["licence"]["terms"]


def test_swemwbs_conversion_table_is_the_published_one():
    table = load_instrument("SWEMWBS")["scoring"]["conversion_table"]
    assert {int(k): v for k, v in table.items()} == PUBLISHED_SWEMWBS


def test_swemwbs_conversion_is_strictly_monotone():
    table = load_instrument("SWEMWBS")["scoring"]["conversion_table"]
    metric = [table[str(raw)] for raw in range(7, 36)]
    assert all(b > a for a, b in zip(metric, metric[1:], strict=False))


def test_load_instrument_returns_a_copy():
    definition = load_instrument("WHO5")
    definition["items"].clear()
    assert len(load_instrument("WHO5")["items"]) == 5
    assert score("WHO5", answers("WHO5", [3] * 5)) == 60


def test_unknown_instrument():
    with pytest.raises(ValueError, match="Unknown instrument"):
        load_instrument("PHQ9")
    with pytest.raises(ValueError, match="Unknown instrument"):
        score("PHQ9", {})


def test_all_instruments():
    assert list(instruments.all_instruments()) == list(INSTRUMENT_CODES)


# --------------------------------------------------------------------------- validation


def test_validation_reports_missing_fields():
    broken = load_instrument("WHO5")
    del broken["licence"]
    with pytest.raises(ValueError, match="missing fields: licence"):
        validate_instrument(broken)


def test_validation_catches_inconsistencies():
    broken = load_instrument("SWEMWBS")
    del broken["scoring"]["conversion_table"]["20"]
    with pytest.raises(ValueError, match="cover raw scores 7-35"):
        validate_instrument(broken)

    broken = load_instrument("WHO5")
    broken["items"][0].pop("wording")
    broken["scoring"]["multiplier"] = 5
    broken["thresholds"]["source"] = ""
    with pytest.raises(ValueError) as excinfo:
        validate_instrument(broken)
    message = str(excinfo.value)
    assert "wording tag" in message
    assert "score_range does not match" in message
    assert "thresholds needs" in message

    broken = load_instrument("WEMWBS")
    broken["missing_data"] = {"rule": "prorate", "max_missing": 14, "source": "x"}
    with pytest.raises(ValueError, match="max_missing"):
        validate_instrument(broken)


# --------------------------------------------------------------------------- worked scores


def test_who5_worked_scores():
    assert score("WHO5", answers("WHO5", [3, 3, 3, 3, 3])) == 60
    assert score("WHO5", answers("WHO5", [5, 4, 3, 2, 1])) == 60
    assert score("WHO5", answers("WHO5", [0, 0, 0, 0, 0])) == 0
    assert score("WHO5", answers("WHO5", [5, 5, 5, 5, 5])) == 100
    assert score("WHO5", answers("WHO5", [2, 1, 3, 2, 1])) == 36  # raw 9 x 4


def test_swemwbs_worked_scores():
    assert score("SWEMWBS", answers("SWEMWBS", [3] * 7)) == 19.25  # raw 21
    assert score("SWEMWBS", answers("SWEMWBS", [1] * 7)) == 7.00
    assert score("SWEMWBS", answers("SWEMWBS", [5] * 7)) == 35.00
    assert score("SWEMWBS", answers("SWEMWBS", [1, 2, 3, 4, 5, 5, 5])) == 22.35  # raw 25
    assert score("SWEMWBS", answers("SWEMWBS", [4, 4, 4, 4, 4, 4, 3])) == 24.11  # raw 27
    assert score("SWEMWBS", answers("SWEMWBS", [4] * 7)) == 25.03  # raw 28
    assert isinstance(score("SWEMWBS", answers("SWEMWBS", [2] * 7)), float)


def test_wemwbs_ucla3_ons4_worked_scores():
    assert score("WEMWBS", answers("WEMWBS", [3] * 14)) == 42
    assert score("WEMWBS", answers("WEMWBS", [1] * 7 + [5] * 7)) == 42
    assert score("UCLA3", answers("UCLA3", [1, 2, 3])) == 6
    assert score("UCLA3", answers("UCLA3", [1, 1, 1])) == 3
    assert score("ONS4", answers("ONS4", [7, 8, 6, 3])) == {
        "life_satisfaction": 7,
        "worthwhile": 8,
        "happiness": 6,
        "anxiety": 3,
    }


def test_classify():
    assert classify("WHO5", 60) == []
    assert classify("WHO5", 50) == ["poor_wellbeing"]
    assert sorted(classify("WHO5", 28)) == ["likely_depression", "poor_wellbeing"]
    assert classify("UCLA3", 6) == ["lonely"]
    assert classify("UCLA3", 5) == ["not_lonely"]
    assert classify("ONS4", 6, subscale="anxiety") == ["high"]
    assert classify("ONS4", 6, subscale="happiness") == ["medium"]
    assert classify("WHO5", None) == []
    with pytest.raises(ValueError, match="subscale"):
        classify("ONS4", 6)


# --------------------------------------------------------------------------- missing data


def test_missing_items_give_none():
    assert score("WHO5", answers("WHO5", [3, 3, None, 3, 3])) is None
    assert score("WHO5", {"who5_1": 3}) is None  # absent items are missing
    assert score("WHO5", {}) is None
    assert score("WHO5", answers("WHO5", [3, 3, math.nan, 3, 3])) is None
    assert score("SWEMWBS", answers("SWEMWBS", [3, 3, 3, 3, 3, 3, None])) is None
    assert score("WEMWBS", answers("WEMWBS", [3] * 13 + [None])) is None
    assert score("UCLA3", answers("UCLA3", [1, None, 3])) is None


def test_ons4_reports_each_item_separately():
    assert score("ONS4", answers("ONS4", [7, None, 6, None])) == {
        "life_satisfaction": 7,
        "worthwhile": None,
        "happiness": 6,
        "anxiety": None,
    }
    assert score("ONS4", {}) == dict.fromkeys(
        ["life_satisfaction", "worthwhile", "happiness", "anxiety"]
    )


def test_prorate_rule_when_a_network_switches_it_on():
    definition = copy.deepcopy(load_instrument("WEMWBS"))
    definition["missing_data"] = {
        "rule": "prorate",
        "max_missing": 3,
        "description": "test",
        "source": "test",
    }
    ids = [item["id"] for item in definition["items"]]
    # 13 answers of 4, one missing: mean 4 x 14 = 56
    assert score_definition(definition, dict(zip(ids, [4] * 13 + [None], strict=True))) == 56
    # 12 answers (nine 2s, three 1s) sum 21: 21 / 12 x 14 = 24.5, rounded half up to 25
    values = [2] * 9 + [1] * 3 + [None, None]
    assert score_definition(definition, dict(zip(ids, values, strict=True))) == 25
    # 3 missing still scored, 4 missing not
    assert score_definition(definition, dict(zip(ids, [3] * 11 + [None] * 3, strict=True))) == 42
    assert score_definition(definition, dict(zip(ids, [3] * 10 + [None] * 4, strict=True))) is None


# --------------------------------------------------------------------------- invalid answers


@pytest.mark.parametrize(
    ("code", "bad", "match"),
    [
        ("WHO5", {"who5_1": 6}, "between 0 and 5"),
        ("WHO5", {"who5_1": -1}, "between 0 and 5"),
        ("SWEMWBS", {"swemwbs_1": 0}, "between 1 and 5"),
        ("UCLA3", {"ucla3_2": 4}, "between 1 and 3"),
        ("ONS4", {"ons4_anxious": 11}, "between 0 and 10"),
        ("WHO5", {"who5_6": 3}, "unknown item"),
        ("WHO5", {"WHO5_1": 3}, "unknown item"),
        ("WHO5", {"who5_1": "3"}, "must be an integer"),
        ("WHO5", {"who5_1": 2.5}, "must be an integer"),
        ("WHO5", {"who5_1": True}, "must be an integer"),
        ("WHO5", {"who5_1": math.inf}, "must be an integer"),
        ("WHO5", [3, 3, 3, 3, 3], "must be a mapping"),
    ],
)
def test_invalid_answers_raise(code, bad, match):
    with pytest.raises(ValueError, match=match):
        score(code, bad)


def test_integral_numbers_are_accepted():
    assert score("WHO5", answers("WHO5", [3.0, 3, 3, 3, 3])) == 60
    assert score("WHO5", answers("WHO5", list(np.array([3, 3, 3, 3, 3])))) == 60


# --------------------------------------------------------------------------- properties


def answer_strategy(code: str, allow_missing: bool) -> st.SearchStrategy:
    definition = load_instrument(code)
    values = [o["value"] for o in definition["response_options"]]
    value = st.sampled_from(values)
    if allow_missing:
        value = st.one_of(value, st.none())
    return st.fixed_dictionaries({item["id"]: value for item in definition["items"]})


@given(st.data())
def test_scores_stay_in_range_for_any_valid_answers(data):
    code = data.draw(st.sampled_from(INSTRUMENT_CODES))
    given_answers = data.draw(answer_strategy(code, allow_missing=True))
    definition = load_instrument(code)
    low, high = definition["score_range"]["min"], definition["score_range"]["max"]
    result = score(code, given_answers)
    values = result.values() if isinstance(result, dict) else [result]
    complete = all(v is not None for v in given_answers.values())
    for value in values:
        if value is None:
            assert not complete
        else:
            assert low <= value <= high


@given(answer_strategy("WHO5", allow_missing=False))
def test_who5_is_a_multiple_of_four(given_answers):
    result = score("WHO5", given_answers)
    assert result % 4 == 0
    assert result == 4 * sum(given_answers.values())


@given(answer_strategy("SWEMWBS", allow_missing=False), st.integers(0, 6))
def test_swemwbs_score_never_falls_when_an_answer_rises(given_answers, index):
    item_id = f"swemwbs_{index + 1}"
    before = score("SWEMWBS", given_answers)
    if given_answers[item_id] < 5:
        raised = {**given_answers, item_id: given_answers[item_id] + 1}
        assert score("SWEMWBS", raised) > before
    assert before == PUBLISHED_SWEMWBS[sum(given_answers.values())]
