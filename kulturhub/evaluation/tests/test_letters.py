"""Printed letters: a page per consented participant, with a working link and its QR code."""

import re
from html import unescape

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from kulturhub.core import tokens
from kulturhub.core.models import AuditEntry
from kulturhub.evaluation import services
from kulturhub.evaluation.models import Invitation, Questionnaire, Response
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.models import Consent
from kulturhub.programmes.tests.helpers import consent_and_enrol, refer

WHO5_ANSWERS = {"WHO5": {f"who5_{i}": 2 for i in range(1, 6)}}


@pytest.fixture
def enrolled(programme, cohort, sofie):
    """Three in the cohort; the first two consented to evaluation."""
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


def letters_url(questionnaire, cohort):
    url = reverse("evaluation:letters", args=[questionnaire.programme.slug, questionnaire.pk])
    return f"{url}?cohort={cohort.pk}"


def letters_in(page: str) -> list[str]:
    return page.split('<article class="letter"')[1:]


def invitation_of(link: str) -> int:
    token = link.rstrip("/").rsplit("/", 1)[1]
    return tokens.read(services.PURPOSE, token)[0]


def links_in(page: str) -> list[str]:
    return [unescape(m) for m in re.findall(r'<p class="letter-link">([^<]+)</p>', page)]


def test_staff_print_one_letter_per_consented_participant(
    as_user, client, who5, cohort, enrolled, sofie, run_tasks
):
    response = as_user(sofie).get(letters_url(who5, cohort))
    page = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert page.count('<article class="letter"') == 2
    for participant in enrolled[:2]:
        assert participant.code in page
    assert enrolled[2].code not in page
    assert "Borger" not in page  # codes, never names
    assert "1 participant has not consented" in page
    # Each letter is in its participant's language.
    with translation.override(enrolled[0].contact.language):
        label = gettext("QR code with the link to the questionnaire")
    assert page.count(f'role="img" aria-label="{escape(label)}"><svg') == 2
    assert Invitation.objects.count() == 2
    run_tasks()
    # Printed letters: nothing is e-mailed to the participants.
    assert not [m for m in mail.outbox if m.to[0].startswith("borger")]
    entry = AuditEntry.objects.get(action="evaluation.letters.printed")
    assert entry.actor == sofie and entry.data["letters"] == 2
    # Each printed link opens the participant's questionnaire.
    links = links_in(page)
    assert len(links) == 2
    for link in links:
        opened = client.get("/" + link.split("://", 1)[1].split("/", 1)[1])
        assert opened.status_code == 200 and "WHO-5" in opened.content.decode()


def test_a_printed_link_is_the_participants_own_invitation(
    as_user, client, who5, cohort, enrolled, sofie
):
    page = as_user(sofie).get(letters_url(who5, cohort)).content.decode()
    first = next(link for link in links_in(page))
    client.logout()
    client.post(
        "/" + first.split("://", 1)[1].split("/", 1)[1],
        {f"WHO5__who5_{i}": "3" for i in range(1, 6)},
    )
    answered = Response.objects.get()
    [letter] = [letter for letter in letters_in(page) if first in letter]
    assert answered.participant.code in letter


def test_printing_again_reuses_the_links_and_leaves_out_who_answered(
    as_user, who5, cohort, enrolled, sofie
):
    client = as_user(sofie)
    first = links_in(client.get(letters_url(who5, cohort)).content.decode())
    answered = Invitation.objects.get(participant=enrolled[0])
    services.answer(services.link_token(answered), WHO5_ANSWERS)
    again = client.get(letters_url(who5, cohort)).content.decode()
    [letter] = letters_in(again)
    assert enrolled[1].code in letter and enrolled[0].code not in letter
    # The same invitation as before (a link is signed anew each time, so its text differs).
    [link] = links_in(again)
    assert invitation_of(link) == Invitation.objects.get(participant=enrolled[1]).pk
    assert invitation_of(link) in {invitation_of(earlier) for earlier in first}
    assert "1 participant has already answered." in again
    assert Invitation.objects.count() == 2


def test_letters_are_in_the_participants_language(as_user, who5, cohort, enrolled, sofie):
    page = as_user(sofie).get(letters_url(who5, cohort)).content.decode()
    assert page.count('<article class="letter" lang="da"') == 2
    assert all("/da/q/" in link for link in links_in(page))


def test_no_letters_without_the_networks_licence(as_user, programme, cohort, enrolled, sofie):
    questionnaire = Questionnaire.objects.create(
        programme=programme, time_point="end", instruments=["SWEMWBS"]
    )
    response = as_user(sofie).get(letters_url(questionnaire, cohort), follow=True)
    assert "has not recorded a licence" in response.content.decode()
    assert not Invitation.objects.exists()
    assert not AuditEntry.objects.filter(action="evaluation.letters.printed").exists()


def test_a_cohort_of_another_programme_is_refused(as_user, who5, enrolled, sofie, otto):
    from kulturhub.programmes.models import Programme

    foreign = Programme.objects.get(slug="kpr-malmo").cohorts.create(
        name="Höst", capacity=5, starts_on="2030-01-01", ends_on="2030-03-01"
    )
    response = as_user(sofie).get(letters_url(who5, foreign), follow=True)
    assert "Choose a cohort." in response.content.decode()
    assert not Invitation.objects.exists()


def test_the_questionnaires_page_offers_letters_and_reminders_to_staff(as_user, who5, sofie, frida):
    listing = reverse("evaluation:questionnaires", args=[who5.programme.slug])
    letters = reverse("evaluation:letters", args=[who5.programme.slug, who5.pk])
    content = as_user(sofie).get(listing).content.decode()
    assert letters in content and "Send reminders now" in content
    content = as_user(frida).get(listing).content.decode()
    assert letters not in content and "Send reminders now" not in content


@pytest.mark.parametrize(
    "persona", ["anonymous", "member", "coordinator", "other_staff", "facilitator"]
)
def test_only_the_programmes_staff_print_letters(
    as_user, who5, cohort, enrolled, persona, alice, bob, otto, frida
):
    user = {
        "anonymous": None,
        "member": bob,
        "coordinator": alice,
        "other_staff": otto,
        "facilitator": frida,
    }[persona]
    response = as_user(user).get(letters_url(who5, cohort))
    assert response.status_code == (302 if persona == "anonymous" else 404)
    if persona == "anonymous":
        assert response.url.startswith("/en/accounts/login/")
    assert not Invitation.objects.exists()
