import json
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from kulturhub.core.models import AuditEntry
from kulturhub.programmes import services
from kulturhub.programmes.models import (
    Attendance,
    Consent,
    Participant,
    ParticipantContact,
    Referral,
    Session,
)
from kulturhub.programmes.tests.helpers import consent_and_enrol, refer


def test_only_the_owners_staff_read_contact_data_and_each_read_is_logged(
    as_user, referral, sofie, frida
):
    url = reverse("programmes:referral", args=[referral.programme.slug, referral.pk])
    page = as_user(sofie).get(url).content.decode()
    assert "Borger 1" in page and "borger1@example.org" in page
    assert "Har svært ved at komme ud." in page
    entry = AuditEntry.objects.get(action="programmes.contact.read")
    assert entry.actor == sofie and entry.object_repr == referral.participant.code
    page = as_user(frida).get(url).content.decode()
    assert referral.participant.code in page
    assert "Borger 1" not in page and "borger1@example.org" not in page
    assert "Har svært" not in page
    assert AuditEntry.objects.filter(action="programmes.contact.read").count() == 1


def test_facilitators_cannot_act_on_a_case(as_user, referral, frida):
    url = reverse("programmes:referral", args=[referral.programme.slug, referral.pk])
    response = as_user(frida).post(url, {"action": "status", "status-status": "declined"})
    assert response.status_code == 404
    referral.refresh_from_db()
    assert referral.status == "received"


def test_staff_outside_the_owner_organisation_cannot_become_programme_staff(
    as_user, programme, sofie, frida
):
    response = as_user(sofie).post(
        reverse("programmes:staff_add", args=[programme.slug]),
        {"email": "frida@aros.example", "role": "staff"},
        follow=True,
    )
    assert "must work for Aarhus Kommune" in response.content.decode()
    assert programme.staff.get(user=frida).role == "facilitator"


def test_contact_data_are_deleted_after_the_retention_period(referral, cohort, sofie, frida):
    enrolment = consent_and_enrol(referral, cohort, sofie)
    services.add_sessions(cohort, first=timezone.now() + timedelta(days=7), count=2, minutes=120)
    session = Session.objects.filter(cohort=cohort).first()
    services.record_attendance(session, {enrolment.pk}, frida)
    due = services.purge_due(cohort)
    # Twelve months (the default) after the last day of the cohort.
    assert due.date() == cohort.ends_on.replace(year=cohort.ends_on.year + 1) + timedelta(days=1)
    assert services.purge_contacts(cohort.pk, now=due - timedelta(days=1)) == 0
    assert ParticipantContact.objects.count() == 1
    assert services.purge_contacts(cohort.pk, now=due) == 1
    assert ParticipantContact.objects.count() == 0
    participant = Participant.objects.get()
    assert participant.code == "AAR-KPR-0001"
    assert Attendance.objects.filter(enrolment=enrolment, present=True).count() == 1
    assert participant.consents.filter(kind=Consent.Kind.PARTICIPATION).exists()
    assert AuditEntry.objects.filter(action="programmes.contacts.purged").exists()


def test_the_purge_is_scheduled_when_someone_is_enrolled(referral, cohort, sofie):
    from django_tasks_db.models import DBTaskResult

    consent_and_enrol(referral, cohort, sofie)
    task = DBTaskResult.objects.get(task_path__endswith="purge_contacts")
    assert task.run_after == services.purge_due(cohort)
    assert task.args_kwargs["args"] == [cohort.pk]


def test_housekeeping_purges_declined_referrals_after_the_period(programme, sofie):
    referral = refer(programme, 5)
    services.change_referral_status(referral, "declined", sofie)
    later = timezone.now() + timedelta(days=30 * programme.retention_months + 1)
    assert services.housekeeping(now=later)["contacts_deleted"] == 1
    assert ParticipantContact.objects.count() == 0


def test_export_holds_everything_and_is_logged(as_user, referral, cohort, sofie):
    consent_and_enrol(referral, cohort, sofie)
    response = as_user(sofie).get(
        reverse(
            "programmes:participant_export",
            args=[referral.programme.slug, referral.participant.code],
        )
    )
    data = json.loads(response.content)
    assert data["code"] == "AAR-KPR-0001"
    assert data["contact"]["name"] == "Borger 1"
    assert data["referral"]["status"] == "enrolled"
    assert [c["kind"] for c in data["consents"]] == ["participation"]
    assert data["enrolments"][0]["cohort"] == "Forår"
    assert AuditEntry.objects.filter(action="programmes.participant.exported", actor=sofie).exists()


def test_erasure_keeping_anonymous_data(as_user, referral, cohort, sofie):
    consent_and_enrol(referral, cohort, sofie)
    response = as_user(sofie).post(
        reverse(
            "programmes:participant_erase",
            args=[referral.programme.slug, referral.participant.code],
        ),
        {"keep_anonymous": "yes", "confirm": "on"},
    )
    assert response.status_code == 302
    participant = Participant.objects.get()
    assert participant.erased_at is not None
    assert not ParticipantContact.objects.exists()
    assert Referral.objects.get().note == ""
    assert participant.enrolments.count() == 1 and participant.consents.count() == 1


def test_erasure_of_everything(as_user, referral, cohort, sofie):
    consent_and_enrol(referral, cohort, sofie)
    as_user(sofie).post(
        reverse(
            "programmes:participant_erase",
            args=[referral.programme.slug, referral.participant.code],
        ),
        {"keep_anonymous": "no", "confirm": "on"},
    )
    assert not Participant.objects.exists()
    assert not Referral.objects.exists()
    entry = AuditEntry.objects.get(action="programmes.participant.erased")
    assert entry.actor == sofie and entry.data == {"keep_anonymous": False}


def test_erasure_needs_confirmation(as_user, referral, sofie):
    response = as_user(sofie).post(
        reverse(
            "programmes:participant_erase",
            args=[referral.programme.slug, referral.participant.code],
        ),
        {"keep_anonymous": "no"},
    )
    assert response.status_code == 400
    assert Participant.objects.count() == 1
