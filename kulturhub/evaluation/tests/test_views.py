import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from kulturhub.core.models import AuditEntry
from kulturhub.evaluation import services
from kulturhub.evaluation.models import Invitation, Questionnaire, Response, Score
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.models import Consent
from kulturhub.programmes.tests.helpers import consent_and_enrol, refer

LOGIN = "/en/accounts/login/"


@pytest.fixture
def enrolled(programme, cohort, sofie):
    people = []
    for n in range(3):
        referral = refer(programme, n)
        consent_and_enrol(referral, cohort, sofie)
        people.append(referral.participant)
    for participant in people[:2]:
        programme_services.record_consent(
            participant,
            kind=Consent.Kind.EVALUATION,
            text_version="EV-1",
            how=Consent.How.PAPER,
            by=sofie,
        )
    return people


@pytest.fixture
def who5(programme):
    return Questionnaire.objects.create(
        programme=programme, time_point="baseline", instruments=["WHO5"]
    )


WHO5_FORM = {f"WHO5__who5_{i}": "4" for i in range(1, 6)}


def test_staff_invite_a_cohort_and_participants_answer_by_link(
    as_user, client, who5, cohort, enrolled, sofie, run_tasks
):
    response = as_user(sofie).post(
        reverse("evaluation:invite", args=[who5.programme.slug, who5.pk]),
        {"cohort": cohort.pk},
        follow=True,
    )
    assert "2 invited; 1 without consent" in response.content.decode()
    run_tasks()
    invitations = [m for m in mail.outbox if m.to[0].startswith("borger")]
    assert sorted(m.to[0] for m in invitations) == ["borger0@example.org", "borger1@example.org"]
    assert (
        AuditEntry.objects.filter(
            action="programmes.contact.read", data__purpose="questionnaire invitation"
        ).count()
        == 2
    )
    link = next(line for line in invitations[0].body.splitlines() if "/q/" in line)
    path = link.split("://", 1)[1].split("/", 1)[1]
    page = client.get("/" + path)
    assert page.status_code == 200 and "WHO-5" in page.content.decode()
    assert client.post("/" + path, WHO5_FORM).status_code == 200
    assert Score.objects.get().value == 80
    again = client.get("/" + path)
    # The link carries the participant's language (Danish here).
    with translation.override("da"):
        used = gettext("This questionnaire has already been answered. Thank you!")
    assert again.status_code == 404 and escape(used) in again.content.decode()


def test_invalid_answers_are_explained_and_nothing_is_saved(client, who5, enrolled, sofie):
    [invitation, _other], _skipped = services.invite(who5, enrolled[:2], sofie)
    url = reverse("evaluation:answer", args=[services.link_token(invitation)])
    response = client.post(url, {**WHO5_FORM, "WHO5__who5_1": "17"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert Response.objects.count() == 0


def test_a_forged_link_is_a_404(client, db):
    response = client.get(reverse("evaluation:answer", args=["made-up:token"]))
    assert response.status_code == 404
    assert "not valid" in response.content.decode()


def test_paper_entry_by_staff(as_user, who5, enrolled, sofie):
    code = enrolled[0].code
    url = reverse("evaluation:paper", args=[who5.programme.slug, who5.pk, code])
    assert as_user(sofie).post(url, WHO5_FORM).status_code == 302
    assert Response.objects.get().source == Response.Source.PAPER
    # The third participant has no evaluation consent: refused, nothing saved.
    url = reverse("evaluation:paper", args=[who5.programme.slug, who5.pk, enrolled[2].code])
    response = as_user(sofie).post(url, WHO5_FORM)
    assert response.status_code == 400 and "not consented" in response.content.decode()
    assert Response.objects.count() == 1


@pytest.mark.parametrize(
    "persona", ["anonymous", "member", "coordinator", "other_staff", "facilitator", "staff"]
)
def test_who_may_manage_questionnaires(
    as_user, who5, enrolled, cohort, persona, alice, bob, otto, frida, sofie
):
    user = {
        "anonymous": None,
        "member": bob,
        "coordinator": alice,
        "other_staff": otto,
        "facilitator": frida,
        "staff": sofie,
    }[persona]
    client = as_user(user)
    slug = who5.programme.slug
    listing = client.get(reverse("evaluation:questionnaires", args=[slug]))
    paper = client.get(reverse("evaluation:paper", args=[slug, who5.pk, enrolled[0].code]))
    invite = client.post(reverse("evaluation:invite", args=[slug, who5.pk]), {"cohort": cohort.pk})
    expected_listing = {"anonymous": 302, "facilitator": 200, "staff": 200}.get(persona, 404)
    assert listing.status_code == expected_listing
    assert paper.status_code == (
        200 if persona == "staff" else 302 if persona == "anonymous" else 404
    )
    assert invite.status_code in (302, 404)
    assert Invitation.objects.exists() == (persona == "staff")


def test_staff_set_when_the_reminder_goes_out(as_user, programme, sofie):
    url = reverse("evaluation:questionnaires", args=[programme.slug])
    data = {"new-time_point": "end", "new-instruments": ["WHO5"], "new-days_to_answer": 14}
    late = as_user(sofie).post(url, {**data, "new-remind_after_days": 14})
    assert late.status_code == 400
    assert "before the link expires" in late.content.decode()
    assert not Questionnaire.objects.exists()
    as_user(sofie).post(url, {**data, "new-remind_after_days": 3})
    assert Questionnaire.objects.get().remind_after_days == 3
