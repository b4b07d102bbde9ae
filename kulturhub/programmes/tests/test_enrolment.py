import threading
from datetime import timedelta

import pytest
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone

from kulturhub.core.errors import DomainError
from kulturhub.programmes import services
from kulturhub.programmes.models import Attendance, Cohort, Consent, Enrolment
from kulturhub.programmes.tests.helpers import consent_and_enrol, refer


def test_enrolment_needs_consent_to_take_part(referral, cohort, sofie):
    with pytest.raises(DomainError, match="consent to take part"):
        services.enrol(referral.participant, cohort, sofie)
    assert Enrolment.objects.count() == 0


def test_enrolling_marks_the_referral_enrolled(referral, cohort, sofie):
    consent_and_enrol(referral, cohort, sofie)
    referral.refresh_from_db()
    assert referral.status == "enrolled"
    assert list(referral.events.values_list("status", flat=True)) == ["received", "enrolled"]


def test_a_second_active_enrolment_is_refused(as_user, referral, cohort, programme, sofie):
    consent_and_enrol(referral, cohort, sofie)
    other = Cohort.objects.create(
        programme=programme,
        name="Efterår",
        capacity=5,
        starts_on=cohort.starts_on,
        ends_on=cohort.ends_on,
    )
    response = as_user(sofie).post(
        reverse("programmes:referral", args=[programme.slug, referral.pk]),
        {"action": "enrol", "enrol-cohort": other.pk},
    )
    assert response.status_code == 400
    assert "already enrolled" in response.content.decode()
    assert Enrolment.objects.count() == 1


def test_a_cohort_never_takes_more_than_its_seats(programme, cohort, sofie):
    for n in range(3):
        consent_and_enrol(refer(programme, n), cohort, sofie)
    with pytest.raises(DomainError, match="full"):
        consent_and_enrol(refer(programme, 9), cohort, sofie)
    assert cohort.enrolments.count() == 3


def test_an_ended_cohort_takes_no_one(referral, cohort, sofie):
    cohort.starts_on = timezone.localdate() - timedelta(days=80)
    cohort.ends_on = timezone.localdate() - timedelta(days=10)
    cohort.save()
    with pytest.raises(DomainError, match="ended"):
        consent_and_enrol(referral, cohort, sofie)


def test_a_facilitator_takes_attendance_on_a_phone(as_user, programme, cohort, sofie, frida):
    enrolments = [consent_and_enrol(refer(programme, n), cohort, sofie) for n in range(3)]
    services.add_sessions(cohort, first=timezone.now(), count=8, minutes=120)
    url = reverse("programmes:attendance", args=[programme.slug, cohort.pk, 1])
    page = as_user(frida).get(url).content.decode()
    assert "AAR-KPR-0001" in page and "Borger" not in page
    as_user(frida).post(url, {"present": [enrolments[0].pk, enrolments[2].pk, 99999]})
    marks = dict(Attendance.objects.values_list("enrolment_id", "present"))
    assert marks == {enrolments[0].pk: True, enrolments[1].pk: False, enrolments[2].pk: True}
    # Corrected later: the second came after all.
    as_user(frida).post(url, {"present": [e.pk for e in enrolments]})
    assert Attendance.objects.filter(present=True).count() == 3


def test_consent_can_be_withdrawn(as_user, referral, sofie):
    consent = services.record_consent(
        referral.participant,
        kind=Consent.Kind.EVALUATION,
        text_version="v1",
        how=Consent.How.DIGITAL,
        by=sofie,
    )
    as_user(sofie).post(
        reverse("programmes:consent_withdraw", args=[referral.programme.slug, consent.pk])
    )
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None
    assert not services.has_consent(referral.participant, Consent.Kind.EVALUATION)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="runs on PostgreSQL in CI")
@pytest.mark.django_db(transaction=True)
def test_a_cohorts_capacity_holds_under_concurrent_enrolments(programme, cohort, sofie):
    referrals = [refer(programme, n) for n in range(12)]
    for referral in referrals:
        services.record_consent(
            referral.participant,
            kind=Consent.Kind.PARTICIPATION,
            text_version="v1",
            how=Consent.How.PAPER,
            by=sofie,
        )
    barrier = threading.Barrier(len(referrals))
    outcomes = []

    def one(referral):
        try:
            barrier.wait(timeout=30)
            services.enrol(referral.participant, cohort, sofie)
            outcomes.append("enrolled")
        except DomainError:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=one, args=(r,)) for r in referrals]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes) == ["enrolled"] * 3 + ["refused"] * 9
    assert cohort.enrolments.count() == 3
