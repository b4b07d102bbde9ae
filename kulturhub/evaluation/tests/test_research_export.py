"""Evaluators download pseudonymised scores of research-consented participants, nothing more."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from kulturhub.core.models import AuditEntry
from kulturhub.evaluation import research, services
from kulturhub.evaluation.models import Questionnaire, Response
from kulturhub.network.models import NetworkRole
from kulturhub.network.tests import factories as nf
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.models import Channel, Consent, Programme
from kulturhub.programmes.tests.helpers import consent_and_enrol, refer

LOGIN = "/en/accounts/login/"
WHO5 = {f"who5_{i}": 3 for i in range(1, 6)}  # scores 60
WHO5_BETTER = {f"who5_{i}": 4 for i in range(1, 6)}  # scores 80
ONS4 = {"ons4_satisfied": 7, "ons4_worthwhile": 8, "ons4_happy": 6, "ons4_anxious": 2}


def _role(network, role, name, email):
    user = nf.UserFactory(email=email, full_name=name)
    person = nf.PersonFactory(name=name, user=user, email=email)
    NetworkRole.objects.create(network=network, person=person, role=role)
    return user


@pytest.fixture
def eva(network):
    """An evaluator (researcher) of the Aarhus network."""
    return _role(network, NetworkRole.Role.EVALUATOR, "Eva Evaluator", "eva@uni.example")


@pytest.fixture
def ulf(other_network):
    """An evaluator of another network."""
    return _role(other_network, NetworkRole.Role.EVALUATOR, "Ulf Utvärderare", "ulf@lu.example")


def _consent(participant, kind, by):
    return programme_services.record_consent(
        participant, kind=kind, text_version="V1", how=Consent.How.PAPER, by=by
    )


def _answer(questionnaire, participant, answers, by):
    services.record_answers(
        questionnaire, participant, answers, language="da", source=Response.Source.PAPER, by=by
    )


def _questionnaires(programme):
    return [
        Questionnaire.objects.create(
            programme=programme, time_point=time_point, instruments=["WHO5", "ONS4"]
        )
        for time_point in ("baseline", "end")
    ]


@pytest.fixture
def scored(programme, cohort, sofie):
    """Four participants with baseline and end scores: only `ida` may be exported.

    ida and jon: research consent (ida enrolled, came to 2 of 4 sessions; jon not enrolled);
    kim: evaluation consent only; liv: research consent withdrawn; mia: erased on request.
    """
    cohort.capacity = 10
    cohort.save(update_fields=["capacity"])
    baseline, end = _questionnaires(programme)
    people = {}
    for n, name in enumerate(["ida", "jon", "kim", "liv", "mia"], start=1):
        referral = refer(programme, n, age_band="30-44", gender="woman")
        participant = referral.participant
        if name != "jon":
            consent_and_enrol(referral, cohort, sofie)
        _consent(participant, Consent.Kind.EVALUATION, sofie)
        if name != "kim":
            _consent(participant, Consent.Kind.RESEARCH, sofie)
        _answer(baseline, participant, {"WHO5": WHO5, "ONS4": ONS4}, sofie)
        _answer(end, participant, {"WHO5": WHO5_BETTER, "ONS4": ONS4}, sofie)
        people[name] = participant
    programme_services.withdraw_consent(
        people["liv"].consents.get(kind=Consent.Kind.RESEARCH), sofie
    )
    programme_services.erase_participant(people["mia"], keep_anonymous=True, by=sofie)
    sessions = programme_services.add_sessions(
        cohort, first=timezone.now() + timedelta(days=7), count=4, minutes=90
    )
    ida_enrolment = people["ida"].enrolments.get()
    for session in sessions[:2]:
        programme_services.record_attendance(session, {ida_enrolment.pk}, sofie)
    for session in sessions[2:]:
        programme_services.record_attendance(session, set(), sofie)
    return people


def _download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = b"".join(response.streaming_content).decode("utf-8")
    return body, list(csv.DictReader(io.StringIO(body)))


def _url(programme):
    return reverse("evaluation:research_csv", args=[programme.slug])


def test_only_participants_with_active_research_consent_who_are_not_erased_appear(
    as_user, programme, scored, eva
):
    _body, rows = _download(as_user(eva), _url(programme))
    aliases = {r["participant"] for r in rows}
    assert aliases == {research.pseudonym(scored["ida"].pk), research.pseudonym(scored["jon"].pk)}
    # WHO-5 and the four ONS4 subscales, at baseline and at the end, for each of the two.
    assert len(rows) == 2 * 2 * 5
    assert research.pseudonym(scored["liv"].pk) not in aliases  # withdrew research consent
    assert research.pseudonym(scored["kim"].pk) not in aliases  # evaluation consent only


def test_the_file_holds_no_names_contact_data_codes_or_ids(as_user, programme, scored, eva):
    body, rows = _download(as_user(eva), _url(programme))
    assert body.splitlines()[0] == (
        "participant,programme,concept,country,municipality,cohort_start,age_band,gender,"
        "instrument,subscale,time_point,value,answered,attendance_share"
    )
    # refer() names the n-th referral "Borger n" with e-mail borgern@example.org.
    for n, participant in enumerate(scored.values(), start=1):
        assert participant.code not in body
        assert f"Borger {n}" not in body
    assert "@" not in body and "borger" not in body.lower()
    for row in rows:
        assert re.fullmatch(r"[0-9a-f]{16}", row["participant"])
        assert row["participant"] not in {str(p.pk) for p in scored.values()}


def test_pseudonyms_are_stable_across_exports_and_differ_between_participants(
    as_user, programme, scored, eva
):
    client = as_user(eva)
    _body, first = _download(client, _url(programme))
    _body, second = _download(client, _url(programme))
    assert first == second
    ida, jon = research.pseudonym(scored["ida"].pk), research.pseudonym(scored["jon"].pk)
    assert ida != jon
    # The same pseudonym links a participant's baseline and end answers.
    ida_who5 = {
        r["time_point"]: r["value"]
        for r in first
        if r["participant"] == ida and r["instrument"] == "WHO5"
    }
    assert ida_who5 == {"baseline": "60", "end": "80"}


def test_dates_are_coarsened_to_year_and_month(as_user, programme, cohort, scored, eva):
    body, rows = _download(as_user(eva), _url(programme))
    today = timezone.localdate()
    assert {r["answered"] for r in rows} == {today.strftime("%Y-%m")}
    assert today.isoformat() not in body and cohort.starts_on.isoformat() not in body
    ida = research.pseudonym(scored["ida"].pk)
    by_person = {r["participant"]: r for r in rows}
    assert by_person[ida]["cohort_start"] == cohort.starts_on.strftime("%Y-%m")
    assert by_person[ida]["attendance_share"] == "0.50"
    # jon was never enrolled: no cohort, no attendance.
    jon = by_person[research.pseudonym(scored["jon"].pk)]
    assert jon["cohort_start"] == "" and jon["attendance_share"] == ""
    assert (jon["programme"], jon["country"], jon["municipality"]) == ("AAR-KPR", "DK", "Aarhus")
    assert (jon["age_band"], jon["gender"]) == ("30-44", "woman")


def test_every_export_is_audit_logged_with_its_row_count_before_streaming(
    as_user, programme, scored, eva
):
    response = as_user(eva).get(_url(programme))
    entry = AuditEntry.objects.get(action="evaluation.research_export")
    assert entry.actor == eva and entry.object_id == str(programme.pk)
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert entry.data["rows"] == len(rows) == 20


def test_rows_are_grouped_by_participant_even_across_chunks(
    as_user, programme, scored, eva, monkeypatch
):
    monkeypatch.setattr(research, "CHUNK", 1)
    _body, rows = _download(as_user(eva), _url(programme))
    aliases = [r["participant"] for r in rows]
    assert aliases == sorted(aliases) and len(rows) == 20
    assert [r["time_point"] for r in rows[:10]] == ["baseline"] * 5 + ["end"] * 5


def test_the_export_takes_a_fixed_number_of_queries(
    as_user, programme, cohort, sofie, scored, eva, django_assert_max_num_queries
):
    baseline = programme.questionnaires.get(time_point="baseline")
    for n in range(10, 20):
        participant = refer(programme, n).participant
        _consent(participant, Consent.Kind.EVALUATION, sofie)
        _consent(participant, Consent.Kind.RESEARCH, sofie)
        _answer(baseline, participant, {"WHO5": WHO5, "ONS4": ONS4}, sofie)
    client = as_user(eva)
    with django_assert_max_num_queries(11):
        _body, rows = _download(client, _url(programme))
    assert len(rows) == 20 + 10 * 5


def test_the_network_export_covers_its_programmes_and_no_other_network(
    as_user, network, programme, scored, eva, otto, sofie
):
    malmo = Programme.objects.get(slug="kpr-malmo")
    baseline, _end = _questionnaires(malmo)
    outsider = refer(malmo, 1, channel=Channel.SELF).participant
    _consent(outsider, Consent.Kind.EVALUATION, otto)
    _consent(outsider, Consent.Kind.RESEARCH, otto)
    _answer(baseline, outsider, {"WHO5": WHO5, "ONS4": ONS4}, otto)
    url = reverse("evaluation:network_research_csv", args=[network.slug])
    body, rows = _download(as_user(eva), url)
    assert {r["programme"] for r in rows} == {"AAR-KPR"} and len(rows) == 20
    assert "MAL-KPR" not in body
    entry = AuditEntry.objects.get(action="evaluation.research_export")
    assert entry.object_id == str(network.pk) and entry.data["rows"] == 20


@pytest.mark.parametrize("persona", ["alice", "sofie", "ulf", "dave"])
def test_only_the_networks_evaluators_can_download(
    request, as_user, network, programme, scored, persona
):
    client = as_user(request.getfixturevalue(persona))
    network_url = reverse("evaluation:network_research_csv", args=[network.slug])
    assert client.get(_url(programme)).status_code == 404
    assert client.get(network_url).status_code == 404
    assert not AuditEntry.objects.filter(action="evaluation.research_export").exists()


def test_anonymous_visitors_are_sent_to_log_in(client, network, programme):
    for url in (
        _url(programme),
        reverse("evaluation:network_research_csv", args=[network.slug]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(LOGIN)


def test_the_results_page_links_the_export_for_evaluators_only(
    as_user, network, programme, alice, sofie, scored
):
    results = reverse("evaluation:results", args=[programme.slug])
    network_url = reverse("evaluation:network_research_csv", args=[network.slug])
    for persona in (alice, sofie):
        page = as_user(persona).get(results)
        assert page.status_code == 200 and _url(programme) not in page.content.decode()
    # One role per person and network: staff of the programme can also be the evaluator.
    NetworkRole.objects.create(
        network=network, person=sofie.person, role=NetworkRole.Role.EVALUATOR
    )
    page = as_user(sofie).get(results).content.decode()
    assert _url(programme) in page and network_url in page
    _body, rows = _download(as_user(sofie), _url(programme))
    assert len(rows) == 20
