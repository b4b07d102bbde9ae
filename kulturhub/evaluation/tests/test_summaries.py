# ruff: noqa: F811  (the fixtures imported from other test modules are used by name)
"""The dashboards' summary table gives exactly the sums the score table gives, after every way
scores are written or erased, for every filter it answers; where it cannot answer exactly (a
cohort, a period inside a month, instrument constants changed since it was built) the
dashboards read the score table instead."""

import io
from dataclasses import asdict
from datetime import date

import pytest
from django.core.management import call_command

from kulturhub.evaluation import dashboards, services, summaries
from kulturhub.evaluation.apps import _rebuild_if_stale
from kulturhub.evaluation.models import Questionnaire, Response, ScoreSummary, SummaryState
from kulturhub.evaluation.tests.helpers import add_scores, make_programme
from kulturhub.evaluation.tests.test_dashboards import concept, three  # noqa: F401
from kulturhub.evaluation.tests.test_imports import _consent, upload  # noqa: F401
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.tests.helpers import refer

Filters = dashboards.Filters


def _same_sums(programme_ids, filters) -> dict:
    """The summary's sums, checked against the score table's; returns them."""
    assert summaries.can_answer(filters, None)
    read = dashboards.aggregate(programme_ids, filters)
    direct = dashboards.aggregate_scores(programme_ids, filters)
    assert read.keys() == direct.keys()
    for key, sums in read.items():
        assert asdict(sums) == pytest.approx(asdict(direct[key])), key
    return read


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(gender="woman"),
        Filters(gender="man", age_band="45-64"),
        Filters(age_band="80+"),
        Filters(start=date(2026, 3, 1), end=date(2026, 3, 31)),
        Filters(start=date(2026, 4, 1)),
        Filters(end=date(2026, 2, 28)),
        Filters(after="follow_up_3"),
    ],
)
def test_every_filter_gives_the_sums_of_the_score_table(three, filters):
    ids = [p.pk for p in three]
    read = _same_sums(ids, filters)
    if filters == Filters():
        # Aarhus 7 pairs, Odense 6 pairs + 2 baseline only, Vejle 3 pairs.
        counts = {pid: (s.n_baseline, s.n) for (pid, _code, _sub), s in read.items()}
        assert counts == {three[0].pk: (7, 7), three[1].pk: (8, 6), three[2].pk: (3, 3)}


def test_scores_answered_in_another_month_are_kept_apart(network, concept, three):
    randers = make_programme(network, concept, "Randers")
    add_scores(randers, [(20, 40), (24, 36)], start=date(2026, 5, 4))
    ids = [p.pk for p in [*three, randers]]
    march = _same_sums(ids, Filters(start=date(2026, 3, 1), end=date(2026, 3, 31)))
    may = _same_sums(ids, Filters(start=date(2026, 5, 1)))
    assert randers.pk not in {pid for pid, _c, _s in march}
    assert [(pid, s.n) for (pid, _c, _s), s in may.items()] == [(randers.pk, 2)]


def test_a_period_inside_a_month_or_a_cohort_reads_the_score_table(three):
    assert not summaries.can_answer(Filters(start=date(2026, 3, 2)), None)
    assert not summaries.can_answer(Filters(end=date(2026, 3, 30)), None)
    assert not summaries.can_answer(Filters(), cohort_id=1)
    assert summaries.can_answer(Filters(end=date(2024, 2, 29)), None)  # a leap year's February
    # And the figures are still there, from the score table.
    sums = dashboards.aggregate([three[0].pk], Filters(start=date(2026, 3, 2)))
    assert [s.n for s in sums.values()] == [7]


@pytest.fixture
def questionnaires(programme):
    return {
        tp: Questionnaire.objects.create(programme=programme, time_point=tp, instruments=["WHO5"])
        for tp in ("baseline", "end")
    }


def _answer(questionnaire, participant, level: int):
    services.record_answers(
        questionnaire,
        participant,
        {"WHO5": {f"who5_{i}": level for i in range(1, 6)}},
        language="da",
        source=Response.Source.PAPER,
    )


def test_answers_and_erasure_keep_the_sums_current(programme, questionnaires, sofie):
    people = [refer(programme, n).participant for n in range(1, 4)]
    for participant, level in zip(people, [1, 2, 3], strict=True):
        _consent(participant, sofie)
        _answer(questionnaires["baseline"], participant, level)
    sums = _same_sums([programme.pk], Filters())
    assert [(s.n_baseline, s.n) for s in sums.values()] == [(3, 0)]

    _answer(questionnaires["end"], people[0], 4)
    _answer(questionnaires["end"], people[1], 4)
    [sums] = _same_sums([programme.pk], Filters()).values()
    assert (sums.n, sums.sum_change) == (2, (80 - 20) + (80 - 40))

    programme_services.erase_participant(people[0], keep_anonymous=False, by=sofie)
    [sums] = _same_sums([programme.pk], Filters()).values()
    assert (sums.n_baseline, sums.n, sums.sum_change) == (2, 1, 40)


def test_an_import_keeps_the_sums_current(programme, questionnaires, sofie, upload):
    people = [refer(programme, n).participant for n in range(1, 3)]
    for participant in people:
        _consent(participant, sofie)
    a, b = (p.code for p in people)
    header = "participant,time_point,answered_on,who5_1,who5_2,who5_3,who5_4,who5_5"
    rows = [
        f"{a},baseline,2024-03-01,1,1,1,1,1",
        f"{b},baseline,2024-03-02,2,2,2,2,2",
        f"{a},end,2024-05-01,4,4,4,4,4",
    ]
    job = upload(programme, "\r\n".join([header, *rows]) + "\r\n")
    assert job.created_rows == 3, job.report
    [sums] = _same_sums([programme.pk], Filters()).values()
    assert (sums.n_baseline, sums.n, sums.sum_change) == (2, 1, 60)


def test_changed_instrument_constants_send_the_dashboards_to_the_score_table(three):
    SummaryState.objects.update_or_create(pk=1, defaults={"fingerprint": "built-with-old-mids"})
    assert not summaries.can_answer(Filters(), None)
    sums = dashboards.aggregate([three[0].pk], Filters())
    assert [s.n for s in sums.values()] == [7]

    _rebuild_if_stale(sender=None)  # what migrate does after a release
    assert summaries.can_answer(Filters(), None)

    SummaryState.objects.filter(pk=1).update(fingerprint="")
    ScoreSummary.objects.all().delete()
    out = io.StringIO()
    call_command("refresh_evaluation_summaries", stdout=out)
    assert "summary rows" in out.getvalue()
    _same_sums([p.pk for p in three], Filters())


def test_refreshes_asked_for_in_a_deferred_block_happen_once_at_its_end(three):
    ScoreSummary.objects.all().delete()
    with summaries.deferred():
        summaries.refresh([three[0].pk])
        summaries.refresh([three[0].pk, three[1].pk])
        assert not ScoreSummary.objects.exists()
    assert {s.programme_id for s in ScoreSummary.objects.all()} == {three[0].pk, three[1].pk}
