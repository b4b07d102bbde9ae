"""One reminder per invitation, only to those who can and still should answer."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext
from django_tasks_db.models import DBTaskResult

from kulturhub.core.models import AuditEntry
from kulturhub.evaluation import outreach, services
from kulturhub.evaluation.models import Invitation, Questionnaire
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.models import Channel, Cohort, Consent
from kulturhub.programmes.tests.helpers import consent_and_enrol, refer

WHO5_FORM_ANSWERS = {"WHO5": {f"who5_{i}": 3 for i in range(1, 6)}}


@pytest.fixture
def big_cohort(programme):
    today = timezone.localdate()
    return Cohort.objects.create(
        programme=programme,
        name="Efterår",
        capacity=10,
        starts_on=today + timedelta(days=7),
        ends_on=today + timedelta(days=77),
    )


def _evaluation_consent(participant, by):
    programme_services.record_consent(
        participant,
        kind=Consent.Kind.EVALUATION,
        text_version="EV-1",
        how=Consent.How.PAPER,
        by=by,
    )


@pytest.fixture
def people(programme, big_cohort, sofie):
    """borger0-3 consented to evaluation; borger4 did not; "Uden Mail" has no e-mail address."""
    result = {}
    for n in range(5):
        referral = refer(programme, n)
        consent_and_enrol(referral, big_cohort, sofie)
        if n < 4:
            _evaluation_consent(referral.participant, sofie)
        result[f"borger{n}"] = referral.participant
    referral = programme_services.submit_referral(
        programme, channel=Channel.GP, name="Uden Mail", phone="+45 11 22 33 44"
    )
    consent_and_enrol(referral, big_cohort, sofie)
    _evaluation_consent(referral.participant, sofie)
    result["no_mail"] = referral.participant
    return result


@pytest.fixture
def who5(programme):
    return Questionnaire.objects.create(
        programme=programme,
        time_point="baseline",
        instruments=["WHO5"],
        days_to_answer=14,
        remind_after_days=5,
    )


def reminder_subject(programme):
    with translation.override("da"):
        return gettext("Reminder: a few questions about %(title)s") % {"title": programme.title}


def reminders_sent(programme):
    subject = reminder_subject(programme)
    return sorted(m.to[0] for m in mail.outbox if m.subject == subject)


def make_reminders_due():
    DBTaskResult.objects.filter(task_path__endswith="send_reminder").update(
        run_after=timezone.now() - timedelta(seconds=1)
    )


def test_inviting_a_cohort_schedules_a_reminder_after_the_questionnaires_days(
    who5, big_cohort, people, sofie, queued
):
    services.invite_cohort(who5, big_cohort, sofie)
    scheduled = queued("send_reminder")
    invitations = {i.pk: i for i in who5.invitations.all()}
    assert sorted(args[0] for _name, args, _due in scheduled) == sorted(invitations)
    for _name, (pk, *_rest), due in scheduled:
        assert due == invitations[pk].created_at + timedelta(days=5)


@pytest.mark.parametrize("remind_after", [0, 14, 20])
def test_no_reminder_is_scheduled_when_switched_off_or_not_before_expiry(
    who5, big_cohort, people, sofie, queued, remind_after
):
    who5.remind_after_days = remind_after
    who5.save()
    services.invite_cohort(who5, big_cohort, sofie)
    assert who5.invitations.count() == 5
    assert queued("send_reminder") == []


def test_a_due_reminder_reaches_only_those_still_waiting(
    client, who5, big_cohort, people, sofie, run_tasks
):
    services.invite_cohort(who5, big_cohort, sofie)
    run_tasks()  # the invitations themselves
    invitation = {i.participant.code: i for i in who5.invitations.select_related("participant")}
    answered = invitation[people["borger0"].code]
    services.answer(services.link_token(answered), WHO5_FORM_ANSWERS)
    programme_services.withdraw_consent(
        people["borger1"].consents.get(kind=Consent.Kind.EVALUATION), sofie
    )
    expired = invitation[people["borger2"].code]
    Invitation.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    mail.outbox.clear()

    make_reminders_due()
    run_tasks()

    assert reminders_sent(who5.programme) == ["borger3@example.org"]
    reminded = Invitation.objects.filter(reminded_at__isnull=False)
    assert [i.participant for i in reminded] == [people["borger3"]]
    assert (
        AuditEntry.objects.filter(
            action="programmes.contact.read", data__purpose="questionnaire reminder"
        ).count()
        == 1
    )
    [message] = mail.outbox
    with translation.override("da"):
        expiry = date_format(timezone.localtime(reminded[0].expires_at), "DATE_FORMAT")
    assert expiry in message.body
    link = next(line for line in message.body.splitlines() if "/q/" in line)
    page = client.get("/" + link.split("://", 1)[1].split("/", 1)[1])
    assert page.status_code == 200 and "WHO-5" in page.content.decode()


def test_a_reminder_is_never_sent_twice(who5, big_cohort, people, sofie, run_tasks, as_user):
    services.invite_cohort(who5, big_cohort, sofie)
    make_reminders_due()
    run_tasks()
    assert reminders_sent(who5.programme) == [f"borger{n}@example.org" for n in (0, 1, 2, 3)]
    mail.outbox.clear()
    pending = who5.invitations.filter(participant=people["borger3"]).get()
    assert outreach.send_reminder(pending.pk) is False
    response = as_user(sofie).post(
        reverse("evaluation:remind", args=[who5.programme.slug, who5.pk]), follow=True
    )
    assert "Nobody to remind" in response.content.decode()
    run_tasks()
    assert mail.outbox == []


def test_staff_send_reminders_now_and_the_scheduled_ones_then_stay_silent(
    as_user, who5, big_cohort, people, sofie, run_tasks
):
    services.invite_cohort(who5, big_cohort, sofie)
    run_tasks()
    mail.outbox.clear()
    response = as_user(sofie).post(
        reverse("evaluation:remind", args=[who5.programme.slug, who5.pk]), follow=True
    )
    assert "Reminders are on their way to 4 participants." in response.content.decode()
    run_tasks()
    assert reminders_sent(who5.programme) == [f"borger{n}@example.org" for n in (0, 1, 2, 3)]
    assert AuditEntry.objects.get(action="evaluation.reminders.sent").data == {"count": 4}
    mail.outbox.clear()
    make_reminders_due()
    run_tasks()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "persona", ["anonymous", "member", "coordinator", "other_staff", "facilitator"]
)
def test_only_the_programmes_staff_send_reminders(
    as_user, who5, people, sofie, persona, alice, bob, otto, frida
):
    services.invite(who5, list(people.values()), sofie)
    user = {
        "anonymous": None,
        "member": bob,
        "coordinator": alice,
        "other_staff": otto,
        "facilitator": frida,
    }[persona]
    response = as_user(user).post(reverse("evaluation:remind", args=[who5.programme.slug, who5.pk]))
    assert response.status_code == (302 if persona == "anonymous" else 404)
    if persona == "anonymous":
        assert response.url.startswith("/en/accounts/login/")
    assert not Invitation.objects.filter(reminded_at__isnull=False).exists()


def test_reminders_are_sent_by_post_only(as_user, who5, people, sofie):
    services.invite(who5, list(people.values()), sofie)
    response = as_user(sofie).get(reverse("evaluation:remind", args=[who5.programme.slug, who5.pk]))
    assert response.status_code == 404
    assert not Invitation.objects.filter(reminded_at__isnull=False).exists()
