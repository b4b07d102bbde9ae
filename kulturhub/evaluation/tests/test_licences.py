"""Instruments that need a licence ((S)WEMWBS) are only used once the network has recorded it."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from kulturhub.core.errors import DomainError
from kulturhub.core.models import AuditEntry
from kulturhub.evaluation import licences, services
from kulturhub.evaluation.instruments import load_instrument
from kulturhub.evaluation.models import LicenceAcknowledgement, Questionnaire, Response
from kulturhub.network.models import NetworkRole
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.models import Consent
from kulturhub.programmes.tests.helpers import refer

SWEMWBS = load_instrument("SWEMWBS")
SWEMWBS_ANSWERS = {"SWEMWBS": {item["id"]: 3 for item in SWEMWBS["items"]}}


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


@pytest.fixture
def licensed(network, alice):
    return licences.acknowledge(network, "SWEMWBS", reference="WMS-2024-117", by=alice)


def test_an_acknowledgement_keeps_the_terms_as_they_read_and_is_audited(network, alice):
    acknowledgement = licences.acknowledge(network, "SWEMWBS", reference=" WMS-2024-117 ", by=alice)
    assert acknowledgement.terms == SWEMWBS["licence"]["terms"]
    assert acknowledgement.reference == "WMS-2024-117"
    assert acknowledgement.acknowledged_by == alice
    entry = AuditEntry.objects.get(action="evaluation.licence.acknowledged")
    assert entry.actor == alice and entry.data["instrument"] == "SWEMWBS"
    assert entry.data["terms"] == SWEMWBS["licence"]["terms"]


def test_a_second_acknowledgement_is_refused(network, alice, licensed):
    with pytest.raises(DomainError, match="already recorded"):
        licences.acknowledge(network, "SWEMWBS", reference="again", by=alice)
    assert LicenceAcknowledgement.objects.get().reference == "WMS-2024-117"


def test_an_unknown_instrument_cannot_be_acknowledged(network, alice):
    with pytest.raises(DomainError, match="Unknown instrument"):
        licences.acknowledge(network, "PHQ9", reference="", by=alice)
    assert not LicenceAcknowledgement.objects.exists()


def test_withdrawing_removes_the_acknowledgement_and_is_audited(network, alice, licensed):
    licences.withdraw(network, "SWEMWBS", alice)
    assert not LicenceAcknowledgement.objects.exists()
    entry = AuditEntry.objects.get(action="evaluation.licence.withdrawn")
    assert entry.data["reference"] == "WMS-2024-117"
    with pytest.raises(DomainError, match="No licence"):
        licences.withdraw(network, "SWEMWBS", alice)


def test_missing_names_only_instruments_that_need_a_licence_the_network_lacks(
    network, other_network, alice, licensed
):
    codes = ["WHO5", "WEMWBS", "SWEMWBS", "UCLA3", "ONS4"]
    assert licences.missing(network, codes) == ["WEMWBS"]
    assert licences.missing(other_network, codes) == ["WEMWBS", "SWEMWBS"]


def test_a_questionnaire_with_an_unlicensed_instrument_is_refused(programme, sofie, network, alice):
    with pytest.raises(DomainError) as refused:
        services.create_questionnaire(
            programme, time_point="baseline", codes=["WHO5", "SWEMWBS"], days=14, by=sofie
        )
    assert refused.value.field == "instruments"
    assert SWEMWBS["name"] in refused.value.message
    assert not Questionnaire.objects.exists()
    licences.acknowledge(network, "SWEMWBS", reference="", by=alice)
    questionnaire = services.create_questionnaire(
        programme, time_point="baseline", codes=["WHO5", "SWEMWBS"], days=14, by=sofie
    )
    assert questionnaire.instruments == ["WHO5", "SWEMWBS"]


def test_the_refusal_shows_on_the_instruments_field(as_user, programme, sofie):
    response = as_user(sofie).post(
        reverse("evaluation:questionnaires", args=[programme.slug]),
        {
            "new-time_point": "baseline",
            "new-instruments": ["WEMWBS"],
            "new-days_to_answer": 14,
            "new-remind_after_days": 5,
        },
    )
    assert response.status_code == 400
    form = response.context["create_form"]
    assert load_instrument("WEMWBS")["name"] in form.errors["instruments"][0]
    assert not Questionnaire.objects.exists()


def test_a_withdrawn_licence_stops_invitations_and_answers(
    client, programme, network, alice, sofie, consenting, licensed
):
    questionnaire = Questionnaire.objects.create(
        programme=programme, time_point="baseline", instruments=["SWEMWBS"]
    )
    [invitation], _skipped = services.invite(questionnaire, [consenting], sofie)
    licences.withdraw(network, "SWEMWBS", alice)
    other = refer(programme, 2).participant
    programme_services.record_consent(
        other, kind=Consent.Kind.EVALUATION, text_version="EV-1", how=Consent.How.PAPER, by=sofie
    )
    with pytest.raises(DomainError, match="has not recorded a licence"):
        services.invite(questionnaire, [other], sofie)
    assert questionnaire.invitations.count() == 1
    with pytest.raises(DomainError, match="has not recorded a licence"):
        services.record_answers(
            questionnaire, consenting, SWEMWBS_ANSWERS, language="da", source="paper", by=sofie
        )
    with pytest.raises(DomainError, match="cannot be answered"):
        services.answer(services.link_token(invitation), SWEMWBS_ANSWERS)
    page = client.get(reverse("evaluation:answer", args=[services.link_token(invitation)]))
    assert page.status_code == 404
    assert not Response.objects.exists()
    # Recorded again, the same link works.
    licences.acknowledge(network, "SWEMWBS", reference="renewed", by=alice)
    services.answer(services.link_token(invitation), SWEMWBS_ANSWERS)
    assert Response.objects.count() == 1


def test_inviting_a_cohort_without_the_licence_says_why(
    as_user, programme, cohort, sofie, network, alice, licensed
):
    questionnaire = Questionnaire.objects.create(
        programme=programme, time_point="baseline", instruments=["SWEMWBS"]
    )
    licences.withdraw(network, "SWEMWBS", alice)
    response = as_user(sofie).post(
        reverse("evaluation:invite", args=[programme.slug, questionnaire.pk]),
        {"cohort": cohort.pk},
        follow=True,
    )
    assert "has not recorded a licence" in response.content.decode()


# --------------------------------------------------------------------------- the licence page


def licence_url(network):
    return reverse("evaluation:licences", args=[network.slug])


def test_coordinators_see_every_instrument_with_its_licence(as_user, network, alice, licensed):
    response = as_user(alice).get(licence_url(network))
    page = response.content.decode()
    assert response.status_code == 200
    for code in ("WHO5", "SWEMWBS", "WEMWBS", "UCLA3", "ONS4"):
        definition = load_instrument(code)
        assert escape(definition["name"]) in page
        assert escape(definition["licence"]["holder"]) in page
        assert escape(definition["licence"]["url"]) in page
    assert "WMS-2024-117" in page
    assert page.count("Not needed") == 3
    assert "Withdraw the licence for SWEMWBS" in page
    assert "Record the licence for WEMWBS" in page


def test_recording_a_licence_needs_the_confirmation(as_user, network, alice):
    client = as_user(alice)
    refused = client.post(
        licence_url(network),
        {"instrument": "WEMWBS", "action": "acknowledge", "wemwbs-reference": "R-1"},
    )
    assert refused.status_code == 400
    assert "This field is required" in refused.content.decode()
    assert not LicenceAcknowledgement.objects.exists()
    done = client.post(
        licence_url(network),
        {
            "instrument": "WEMWBS",
            "action": "acknowledge",
            "wemwbs-reference": "R-1",
            "wemwbs-confirm": "on",
        },
        follow=True,
    )
    assert "The licence for WEMWBS is recorded." in done.content.decode()
    acknowledgement = LicenceAcknowledgement.objects.get()
    assert (acknowledgement.network, acknowledgement.instrument) == (network, "WEMWBS")
    assert acknowledgement.reference == "R-1" and acknowledgement.acknowledged_by == alice


def test_coordinators_withdraw_a_licence(as_user, network, alice, licensed):
    response = as_user(alice).post(
        licence_url(network), {"instrument": "SWEMWBS", "action": "withdraw"}, follow=True
    )
    assert "was withdrawn" in response.content.decode()
    assert not LicenceAcknowledgement.objects.exists()
    assert AuditEntry.objects.filter(action="evaluation.licence.withdrawn", actor=alice).exists()


@pytest.mark.parametrize(
    "persona", ["anonymous", "member", "other_coordinator", "outsider", "staff"]
)
def test_only_the_networks_coordinators_reach_the_licence_page(
    as_user, network, persona, bob, carol, dave, sofie
):
    user = {
        "anonymous": None,
        "member": bob,
        "other_coordinator": carol,
        "outsider": dave,
        "staff": sofie,
    }[persona]
    client = as_user(user)
    page = client.get(licence_url(network))
    post = client.post(
        licence_url(network),
        {"instrument": "WEMWBS", "action": "acknowledge", "wemwbs-confirm": "on"},
    )
    if persona == "anonymous":
        assert page.status_code == 302 and page.url.startswith("/en/accounts/login/")
        assert post.status_code == 302
    else:
        assert page.status_code == 404 and post.status_code == 404
    assert not LicenceAcknowledgement.objects.exists()


def test_the_questionnaires_page_names_blocked_instruments(as_user, programme, network, sofie):
    page = as_user(sofie).get(reverse("evaluation:questionnaires", args=[programme.slug]))
    content = page.content.decode()
    assert "need a licence that the network has not recorded: SWEMWBS, WEMWBS" in content
    assert "Ask a coordinator of the network" in content
    assert licence_url(network) not in content
    # Staff who also coordinate the network get the link to the licence page.
    NetworkRole.objects.create(
        network=network, person=sofie.person, role=NetworkRole.Role.COORDINATOR
    )
    page = as_user(sofie).get(reverse("evaluation:questionnaires", args=[programme.slug]))
    assert licence_url(network) in page.content.decode()


def test_nothing_is_blocked_once_every_licence_is_recorded(
    as_user, programme, network, sofie, alice
):
    for code in ("SWEMWBS", "WEMWBS"):
        licences.acknowledge(network, code, reference="", by=alice)
    page = as_user(sofie).get(reverse("evaluation:questionnaires", args=[programme.slug]))
    assert "need a licence" not in page.content.decode()


def test_recording_twice_from_two_tabs_says_it_is_already_recorded(
    as_user, network, alice, licensed
):
    response = as_user(alice).post(
        licence_url(network),
        {"instrument": "SWEMWBS", "action": "acknowledge", "swemwbs-confirm": "on"},
        follow=True,
    )
    assert "already recorded" in response.content.decode()
    assert LicenceAcknowledgement.objects.get().reference == "WMS-2024-117"


def test_the_network_page_links_coordinators_to_the_licences(as_user, network, alice, bob):
    detail = reverse("network:detail", args=[network.slug])
    assert licence_url(network) in as_user(alice).get(detail).content.decode()
    assert licence_url(network) not in as_user(bob).get(detail).content.decode()
