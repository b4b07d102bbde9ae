"""Questionnaire answers become scores: only with consent, through single-use links."""

from datetime import timedelta

import pytest
from django.utils import timezone

from kulturhub.core.errors import DomainError
from kulturhub.evaluation import services
from kulturhub.evaluation.models import Questionnaire, Response, Score
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.models import Consent
from kulturhub.programmes.tests.helpers import refer

WHO5_ALL_THREES = {f"who5_{i}": 3 for i in range(1, 6)}


@pytest.fixture
def baseline(programme):
    return Questionnaire.objects.create(
        programme=programme, time_point="baseline", instruments=["WHO5", "UCLA3", "ONS4"]
    )


@pytest.fixture
def consenting(programme, sofie):
    participant = refer(programme, 1).participant
    programme_services.record_consent(
        participant,
        kind=Consent.Kind.EVALUATION,
        text_version="EV-1",
        how=Consent.How.PAPER,
        by=sofie,
    )
    return participant


def answers():
    from kulturhub.evaluation.instruments import load_instrument

    ucla = {item["id"]: 2 for item in load_instrument("UCLA3")["items"]}
    ons = {item["id"]: 7 for item in load_instrument("ONS4")["items"]}
    return {"WHO5": WHO5_ALL_THREES, "UCLA3": ucla, "ONS4": ons}


def test_only_consenting_participants_are_invited(baseline, consenting, programme, sofie):
    other = refer(programme, 2).participant  # no evaluation consent
    created, skipped = services.invite(baseline, [consenting, other], sofie)
    assert [i.participant for i in created] == [consenting]
    assert skipped == [other]


def test_an_answer_by_link_is_scored_once(baseline, consenting, sofie):
    [invitation], _skipped = services.invite(baseline, [consenting], sofie)
    token = services.link_token(invitation)
    response = services.answer(token, answers())
    assert response.source == Response.Source.ONLINE and response.language == "da"
    assert response.instrument_versions["WHO5"]
    scores = {(s.instrument, s.subscale): s.value for s in Score.objects.all()}
    assert scores[("WHO5", "")] == 60
    assert scores[("UCLA3", "")] == 6
    assert {k[1] for k in scores if k[0] == "ONS4"} == {
        "life_satisfaction",
        "worthwhile",
        "happiness",
        "anxiety",
    }
    with pytest.raises(DomainError, match="already been answered"):
        services.answer(token, answers())
    assert Response.objects.count() == 1


def test_expired_forged_and_foreign_links_do_nothing(baseline, consenting, sofie):
    [invitation], _skipped = services.invite(baseline, [consenting], sofie)
    token = services.link_token(invitation)
    with pytest.raises(DomainError, match="expired"):
        services.answer(token, answers(), now=invitation.expires_at + timedelta(seconds=1))
    with pytest.raises(DomainError, match="not valid"):
        services.answer(token[:-3] + "xyz", answers())
    from kulturhub.core import tokens

    wrong_purpose = tokens.make("activities.cancel", invitation.pk, invitation.nonce)
    with pytest.raises(DomainError, match="not valid"):
        services.answer(wrong_purpose, answers())
    assert Response.objects.count() == 0 and Score.objects.count() == 0


def test_invalid_answers_save_nothing(baseline, consenting, sofie):
    [invitation], _skipped = services.invite(baseline, [consenting], sofie)
    bad = answers()
    bad["WHO5"] = {**WHO5_ALL_THREES, "who5_1": 9}
    with pytest.raises(DomainError, match="not valid"):
        services.answer(services.link_token(invitation), bad)
    assert Response.objects.count() == 0 and Score.objects.count() == 0
    invitation.refresh_from_db()
    assert invitation.used_at is None


def test_withdrawn_consent_stops_recording(baseline, consenting, sofie):
    [invitation], _skipped = services.invite(baseline, [consenting], sofie)
    programme_services.withdraw_consent(consenting.consents.get(kind="evaluation"), sofie)
    with pytest.raises(DomainError, match="not consented"):
        services.answer(services.link_token(invitation), answers())
    assert Score.objects.count() == 0


def test_staff_enter_paper_forms_and_missing_items_score_none(baseline, consenting, sofie):
    partial = answers()
    partial["WHO5"] = {"who5_1": 3}  # WHO-5 needs all five items
    services.record_answers(
        baseline, consenting, partial, language="da", source=Response.Source.PAPER, by=sofie
    )
    assert Score.objects.get(instrument="WHO5").value is None
    assert Score.objects.get(instrument="UCLA3").value == 6
    with pytest.raises(DomainError, match="already recorded"):
        services.record_answers(
            baseline, consenting, answers(), language="da", source=Response.Source.PAPER, by=sofie
        )
    assert Response.objects.count() == 1


def test_invitations_expire_after_the_questionnaires_days(baseline, consenting, sofie):
    [invitation], _skipped = services.invite(baseline, [consenting], sofie)
    expected = timezone.now() + timedelta(days=14)
    assert abs(invitation.expires_at - expected) < timedelta(seconds=30)
