from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from kulturhub.core.errors import DomainError
from kulturhub.programmes import services
from kulturhub.programmes.models import Participant, ParticipantContact, Referral
from kulturhub.programmes.tests.helpers import consent_and_enrol, refer
from kulturhub.programmes.workflow import ReferralStatus

FORM = {
    "name": "Karen Borger",
    "email": "karen@example.org",
    "phone": "",
    "age_band": "45-64",
    "gender": "woman",
    "reason": "stress",
    "note": "",
    "agree": "on",
}


def test_a_gp_refers_a_citizen_with_the_minimum_data(as_user, programme, gustav, sofie, run_tasks):
    response = as_user(gustav).post(
        reverse("programmes:refer", args=[programme.slug]), {**FORM, "channel": "gp"}
    )
    assert response.status_code == 200
    referral = Referral.objects.get()
    participant = referral.participant
    assert participant.code == "AAR-KPR-0001"
    assert referral.referrer == gustav and referral.channel == "gp"
    assert referral.referrer_organisation.name == "Lægehuset Trøjborg"
    assert ParticipantContact.objects.get().name == "Karen Borger"
    assert list(referral.events.values_list("status", flat=True)) == ["received"]
    assert "AAR-KPR-0001" in response.content.decode()
    run_tasks()
    [message] = mail.outbox
    assert message.to == ["sofie@aarhus.example"]
    assert "AAR-KPR-0001" in message.subject
    assert "Karen" not in message.subject + message.body  # contact data stay in Kulturhub


def test_codes_count_up_per_programme(programme):
    codes = [refer(programme, n).participant.code for n in range(3)]
    assert codes == ["AAR-KPR-0001", "AAR-KPR-0002", "AAR-KPR-0003"]


def test_a_citizen_refers_themselves(client, programme):
    response = client.post(reverse("programmes:self_referral", args=[programme.slug]), FORM)
    assert response.status_code == 200
    referral = Referral.objects.get()
    assert referral.channel == "self" and referral.referrer is None


def test_no_self_referral_where_the_programme_does_not_take_it(client, programme):
    programme.channels = ["gp"]
    programme.save()
    url = reverse("programmes:self_referral", args=[programme.slug])
    assert client.get(url).status_code == 404
    assert client.post(url, FORM).status_code == 404
    assert Referral.objects.count() == 0


def test_only_professionals_refer(as_user, programme, dave):
    response = as_user(dave).post(
        reverse("programmes:refer", args=[programme.slug]), {**FORM, "channel": "gp"}
    )
    assert response.status_code == 403
    assert Referral.objects.count() == 0


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"note": "Hendes CPR er 010190-1234"}, "national identity number"),
        ({"name": "Karen 131052-308T"}, "national identity number"),
        ({"email": "", "phone": ""}, "Give an e-mail address or a phone number."),
        ({"agree": ""}, "This field is required."),
        ({"name": ""}, "This field is required."),
        ({"note": "x" * 2001}, "at most 2000 characters"),
        ({"phone": "call me maybe"}, "digits, spaces and +"),
    ],
)
def test_bad_referrals_are_explained_and_change_nothing(client, programme, changes, message):
    response = client.post(
        reverse("programmes:self_referral", args=[programme.slug]), {**FORM, **changes}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Referral.objects.count() == 0 and Participant.objects.count() == 0


def test_a_full_or_ended_cohort_takes_no_referrals(client, programme, cohort, sofie):
    for n in range(3):
        consent_and_enrol(refer(programme, n), cohort, sofie)
    response = client.post(
        reverse("programmes:self_referral", args=[programme.slug]), {**FORM, "cohort": cohort.pk}
    )
    assert "This cohort is full" in response.content.decode()
    assert Referral.objects.count() == 3
    cohort.ends_on = timezone.localdate() - timedelta(days=1)
    cohort.starts_on = cohort.ends_on - timedelta(days=30)
    cohort.save()
    with pytest.raises(DomainError, match="ended"):
        refer(programme, 9, cohort=cohort)


def test_status_changes_follow_the_declared_workflow(referral, sofie):
    services.change_referral_status(referral, ReferralStatus.CONTACTED, sofie)
    services.change_referral_status(referral, ReferralStatus.INTAKE_DONE, sofie)
    with pytest.raises(DomainError, match="cannot go from"):
        services.change_referral_status(referral, ReferralStatus.RECEIVED, sofie)
    with pytest.raises(DomainError, match="Enrol the participant"):
        services.change_referral_status(referral, ReferralStatus.ENROLLED, sofie)
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.INTAKE_DONE
    assert list(referral.events.values_list("status", flat=True)) == [
        "received",
        "contacted",
        "intake_done",
    ]
    assert all(e.at is not None for e in referral.events.all())


def test_an_unanswered_referral_is_flagged_once_to_staff_and_coordinators(
    referral, sofie, alice, run_tasks
):
    # 10 working days from a Monday is the Monday two weeks later.
    monday = timezone.now().replace(hour=9) - timedelta(days=timezone.now().weekday() + 21)
    Referral.objects.filter(pk=referral.pk).update(created_at=monday)
    run_tasks()
    mail.outbox.clear()
    assert services.flag_overdue() == 1
    assert services.flag_overdue() == 0  # told once
    run_tasks()
    [message] = mail.outbox
    assert sorted(message.to) == ["alice@example.org", "sofie@aarhus.example"]
    assert referral.participant.code in message.subject
    assert services.overdue_referrals(programme=referral.programme) == [referral]
    services.change_referral_status(referral, ReferralStatus.CONTACTED, sofie)
    assert services.overdue_referrals() == []


def test_overdue_counts_belong_to_their_own_programme(as_user, referral, otto, sofie):
    other = otto.programme_roles.get().programme
    late = refer(other, 7, channel="self")
    long_ago = timezone.now() - timedelta(days=40)
    Referral.objects.filter(pk__in=[late.pk]).update(created_at=long_ago)
    page = as_user(sofie).get(reverse("programmes:manage", args=[referral.programme.slug]))
    assert "waited longer than the promised answer time" not in page.content.decode()
    assert services.overdue_referrals(programme=other) == [late]


def test_a_fresh_referral_is_not_overdue(referral):
    assert services.overdue_referrals() == []
    assert services.add_working_days(timezone.localdate(), 10) > timezone.localdate()


def test_the_referrer_sees_the_status_and_nothing_else(as_user, referral, gustav, sofie, dave):
    services.change_referral_status(referral, ReferralStatus.CONTACTED, sofie)
    page = as_user(gustav).get(reverse("programmes:my_referrals")).content.decode()
    assert referral.participant.code in page
    assert "Contacted" in page
    assert "Borger 1" not in page and "borger1@example.org" not in page
    other = as_user(dave).get(reverse("programmes:my_referrals")).content.decode()
    assert referral.participant.code not in other
    # The referrer cannot open the case itself.
    assert (
        as_user(gustav)
        .get(reverse("programmes:referral", args=[referral.programme.slug, referral.pk]))
        .status_code
        == 404
    )
