import pytest
from django.urls import reverse

from kulturhub.evaluation import services, stats
from kulturhub.evaluation.models import Questionnaire, Response
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.models import Consent
from kulturhub.programmes.tests.helpers import refer

BEFORE = [2, 1, 3, 2, 2, 1]  # WHO-5 item answers (all five items alike) at baseline …
AFTER = [3, 3, 3, 4, 2, 3]  # … and at the end


def _answer(questionnaire, participant, value, sofie):
    services.record_answers(
        questionnaire,
        participant,
        {"WHO5": {f"who5_{i}": value for i in range(1, 6)}},
        language="da",
        source=Response.Source.PAPER,
        by=sofie,
    )


@pytest.fixture
def answered(programme, sofie):
    def make(count):
        baseline = Questionnaire.objects.create(
            programme=programme, time_point="baseline", instruments=["WHO5"]
        )
        end = Questionnaire.objects.create(
            programme=programme, time_point="end", instruments=["WHO5"]
        )
        for n in range(count):
            participant = refer(programme, n).participant
            programme_services.record_consent(
                participant,
                kind=Consent.Kind.EVALUATION,
                text_version="EV-1",
                how=Consent.How.PAPER,
                by=sofie,
            )
            _answer(baseline, participant, BEFORE[n], sofie)
            _answer(end, participant, AFTER[n], sofie)
        return programme

    return make


def test_results_are_the_paired_change_of_the_scores(as_user, answered, sofie):
    programme = answered(6)
    response = as_user(sofie).get(reverse("evaluation:results", args=[programme.slug]))
    [section] = response.context["sections"]
    row = section.panel.rows[0]
    expected = stats.paired_change([4 * 5 * v for v in BEFORE], [4 * 5 * v for v in AFTER], 10)
    assert row.n == 6 and not row.suppressed
    assert row.change.mean_change == pytest.approx(expected.mean_change)
    assert row.change.ci_low == pytest.approx(expected.ci_low)
    assert row.change.improved_share == pytest.approx(expected.improved_share)
    assert f"{expected.mean_change:.1f}" in response.content.decode()


def test_fewer_than_five_are_shown_only_to_the_programmes_staff(as_user, answered, sofie, alice):
    programme = answered(4)
    url = reverse("evaluation:results", args=[programme.slug])
    staff_page = as_user(sofie).get(url).content.decode()
    assert "Not shown, to protect the participants." not in staff_page
    coordinator_page = as_user(alice).get(url).content.decode()
    assert "Not shown, to protect the participants." in coordinator_page


@pytest.mark.parametrize(
    "persona, status",
    [
        ("anonymous", 302),
        ("member", 404),
        ("coordinator", 200),
        ("other_coordinator", 404),
        ("facilitator", 200),
        ("staff", 200),
    ],
)
def test_who_sees_results(as_user, answered, persona, status, alice, bob, carol, frida, sofie):
    programme = answered(5)
    user = {
        "anonymous": None,
        "member": bob,
        "coordinator": alice,
        "other_coordinator": carol,
        "facilitator": frida,
        "staff": sofie,
    }[persona]
    response = as_user(user).get(reverse("evaluation:results", args=[programme.slug]))
    assert response.status_code == status
