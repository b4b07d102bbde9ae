from datetime import timedelta

import pytest
from django.utils import timezone

from kulturhub.e2e.helpers import log_in, phone, submit
from kulturhub.evaluation import services
from kulturhub.evaluation.models import Questionnaire, Score
from kulturhub.network.tests import factories as nf
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.models import Cohort, Consent, Programme, ProgrammeStaff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def invitations(transactional_db):
    from kulturhub.core.taxonomy import sync_terms

    sync_terms()
    network = nf.NetworkFactory(name="Taikusydän", slug="taikusydan", country="FI", language="fi")
    kotka = nf.OrganisationFactory(name="Kotkan kaupunki", slug="kotka", country="FI")
    programme = Programme.objects.create(
        network=network,
        owner=kotka,
        title="Kulttuuria reseptillä Kotka",
        slug="kpr-kotka",
        code="KOT-KPR",
        summary="Kymmenen viikkoa taidetta.",
        country="FI",
        status=Programme.Status.RUNNING,
        channels=["self"],
    )
    staff = nf.UserFactory(email="minna@kotka.example", full_name="Minna Koskinen")
    person = nf.PersonFactory(name="Minna Koskinen", user=staff)
    person.organisations.add(kotka)
    ProgrammeStaff.objects.create(programme=programme, user=staff, role=ProgrammeStaff.Role.STAFF)
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        programme=programme,
        name="Syksy",
        capacity=10,
        starts_on=today - timedelta(days=70),
        ends_on=today,
    )
    referral = programme_services.submit_referral(
        programme, channel="self", name="Aino Asukas", email="aino@example.org", language="fi"
    )
    participant = referral.participant
    for kind in (Consent.Kind.PARTICIPATION, Consent.Kind.EVALUATION):
        programme_services.record_consent(
            participant, kind=kind, text_version="EV-1", how=Consent.How.DIGITAL, by=staff
        )
    links = {}
    for time_point in ("baseline", "end"):
        questionnaire = Questionnaire.objects.create(
            programme=programme, time_point=time_point, instruments=["WHO5", "UCLA3"]
        )
        [invitation], _skipped = services.invite(questionnaire, [participant], staff)
        links[time_point] = f"/fi/q/{services.link_token(invitation)}/"
    return {"links": links, "programme": programme, "cohort": cohort}


def test_a_participant_answers_baseline_and_end_on_a_phone_in_finnish(
    browser, live_server, invitations, assert_accessible
):
    with phone(browser, live_server, "fi-FI") as page:
        for time_point, value in (("baseline", "2"), ("end", "4")):
            page.goto(invitations["links"][time_point])
            assert page.locator("html").get_attribute("lang") == "fi"
            assert_accessible(page)
            for i in range(1, 6):
                page.check(f"input[name=WHO5__who5_{i}][value='{value}']")
            submit(page.locator("main form button[type=submit]"))
            assert page.locator("[role=status]").count() == 1
            assert_accessible(page)
    scores = dict(Score.objects.filter(instrument="WHO5").values_list("time_point", "value"))
    assert scores == {"baseline": 40.0, "end": 80.0}


def test_staff_pages_for_questionnaires_are_accessible(page, invitations, assert_accessible):
    log_in(page, "minna@kotka.example", "fi")
    page.goto("/fi/programmes/kpr-kotka/evaluation/")
    assert_accessible(page)
    baseline = Questionnaire.objects.get(time_point="baseline")
    page.goto(f"/fi/programmes/kpr-kotka/evaluation/{baseline.pk}/paper/KOT-KPR-0001/")
    assert_accessible(page)
    page.goto("/fi/programmes/kpr-kotka/evaluation/results/")
    assert_accessible(page)
