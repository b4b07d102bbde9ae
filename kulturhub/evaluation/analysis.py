"""Programme results from the score table: baseline against end, per instrument."""

from dataclasses import dataclass

from kulturhub.evaluation import stats
from kulturhub.evaluation.instruments import load_instrument
from kulturhub.evaluation.models import Score

MIN_CELL = 5  # aggregates over fewer people are not shown to anyone but the programme's staff


@dataclass
class Result:
    instrument: str
    name: str
    subscale: str
    n: int
    change: stats.PairedChange | None
    higher_is_better: bool
    suppressed: bool


def _direction(definition: dict, subscale: str) -> bool:
    if subscale:
        for part in definition.get("subscales", []):
            if part["key"] == subscale:
                return part["direction"] == "higher_is_better"
    return definition["direction"] != "higher_is_worse"


def programme_results(
    programme, *, show_small: bool, before: str = "baseline", after: str = "end"
) -> list[Result]:
    """Paired change for every instrument and subscale with answers at both time points."""
    rows = Score.objects.filter(
        programme=programme, time_point__in=[before, after], value__isnull=False
    ).values_list("instrument", "subscale", "participant_id", "time_point", "value")
    pairs: dict[tuple[str, str], dict[int, dict[str, float]]] = {}
    for instrument, subscale, participant, time_point, value in rows:
        pairs.setdefault((instrument, subscale), {}).setdefault(participant, {})[time_point] = value
    results = []
    for (instrument, subscale), by_person in sorted(pairs.items()):
        complete = [v for v in by_person.values() if before in v and after in v]
        definition = load_instrument(instrument)
        higher_is_better = _direction(definition, subscale)
        n = len(complete)
        suppressed = n < MIN_CELL and not show_small
        change = None
        if n >= 2 and not suppressed:
            mid = (definition.get("minimal_important_difference") or {}).get("value")
            change = stats.paired_change(
                [v[before] for v in complete],
                [v[after] for v in complete],
                mid,
                higher_is_better=higher_is_better,
            )
        results.append(
            Result(
                instrument, definition["name"], subscale, n, change, higher_is_better, suppressed
            )
        )
    return results
