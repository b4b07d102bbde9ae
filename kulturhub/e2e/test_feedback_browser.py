"""Own questions and activity feedback in a real browser, checked with axe-core."""

from datetime import timedelta

import pytest
from django.utils import timezone

from kulturhub.activities.tests.factories import ActivityFactory, RegistrationFactory
from kulturhub.activities.workflow import State
from kulturhub.e2e.helpers import log_in, phone, submit
from kulturhub.evaluation import feedback, services
from kulturhub.evaluation.models import FeedbackAnswer, Questionnaire, Response
from kulturhub.network.models import NetworkRole
from kulturhub.network.tests import factories as nf
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.models import Consent, Programme, ProgrammeStaff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery"


@pytest.fixture
def setting(transactional_db):
    from kulturhub.core.taxonomy import sync_terms

    sync_terms()
    network = nf.NetworkFactory(name="Kultur och hälsa Skåne", slug="skane", country="SE")
    user = nf.UserFactory(email="lena@skane.example", full_name="Lena Lund")
    person = nf.PersonFactory(name="Lena Lund", user=user)
    NetworkRole.objects.create(network=network, person=person, role=NetworkRole.Role.COORDINATOR)
    now = timezone.now()
    activity = ActivityFactory(
        network=network,
        slug="natverksmote",
        title="Nätverksmöte våren",
        language="sv",
        starts_at=now - timedelta(hours=4),
        ends_at=now - timedelta(hours=2),
    )
    RegistrationFactory(activity=activity, status=State.ATTENDED, language="sv")
    form = feedback.create_form(activity, by=user)
    malmo = nf.OrganisationFactory(name="Malmö stad", slug="malmo", country="SE")
    person.organisations.add(malmo)
    programme = Programme.objects.create(
        network=network,
        owner=malmo,
        title="Kultur på recept Malmö",
        slug="kpr-malmo",
        code="MAL-KPR",
        summary="Tio veckor med kultur.",
        country="SE",
        status=Programme.Status.RUNNING,
        channels=["self"],
    )
    ProgrammeStaff.objects.create(programme=programme, user=user, role=ProgrammeStaff.Role.STAFF)
    questionnaire = Questionnaire.objects.create(
        programme=programme,
        time_point="baseline",
        instruments=["WHO5"],
        questions=[
            {"key": "q1", "kind": "likert", "text": "Jag kände mig välkommen.", "required": True},
            {"key": "q2", "kind": "text", "text": "Något mer?", "required": False},
        ],
    )
    referral = programme_services.submit_referral(
        programme, channel="self", name="Sara Svensson", email="sara@example.org", language="sv"
    )
    programme_services.record_consent(
        referral.participant,
        kind=Consent.Kind.EVALUATION,
        text_version="EV-1",
        how=Consent.How.DIGITAL,
        by=user,
    )
    [invitation], _skipped = services.invite(questionnaire, [referral.participant], user)
    return {
        "form": form,
        "questionnaire": questionnaire,
        "answer_link": f"/sv/q/{services.link_token(invitation)}/",
    }


def _log_in(page):
    log_in(page, "lena@skane.example", "sv", PASSWORD)


def test_anonymous_feedback_on_a_phone_in_swedish(browser, live_server, setting, assert_accessible):
    with phone(browser, live_server, "sv-SE") as page:
        page.goto(f"/sv/f/{feedback.link_token(setting['form'])}/")
        assert page.locator("html").get_attribute("lang") == "sv"
        assert_accessible(page)
        page.check("input[name=fb__satisfaction][value='9']")
        page.fill("textarea[name=fb__improve]", "Mer tid för samtal")
        submit(page.locator("main form button[type=submit]"))
        assert page.locator("[role=status]").count() == 1
        assert_accessible(page)
    answer = FeedbackAnswer.objects.get()
    assert answer.registration is None and answer.language == "sv"
    assert answer.answers["satisfaction"] == 9


def test_organiser_pages_are_accessible(page, setting, assert_accessible):
    _log_in(page)
    page.goto("/sv/activities/natverksmote/feedback/?edit=recommend")
    assert_accessible(page)
    feedback.submit(
        feedback.link_token(setting["form"]), {"satisfaction": 7, "improve": "Bra"}, "sv"
    )
    page.goto("/sv/activities/natverksmote/feedback/results/")
    assert_accessible(page)
    questionnaire = setting["questionnaire"]
    page.goto(f"/sv/programmes/kpr-malmo/evaluation/{questionnaire.pk}/questions/?edit=q1")
    assert_accessible(page)


def test_own_questions_in_a_questionnaire_are_accessible(page, setting, assert_accessible):
    page.goto(setting["answer_link"])
    assert_accessible(page)
    page.check("input[name=custom__q1][value='4']")
    submit(page.locator("main form button[type=submit]"))
    assert page.locator("[role=status]").count() == 1
    assert Response.objects.get().answers["custom"] == {"q1": 4, "q2": None}
