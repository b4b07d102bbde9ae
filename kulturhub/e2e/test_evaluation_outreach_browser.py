"""The licence page and the printed letters pass axe-core, on screen and in print."""

from datetime import timedelta

import pytest
from django.utils import timezone

from kulturhub.e2e.helpers import log_in, submit
from kulturhub.evaluation.models import Questionnaire
from kulturhub.network.models import NetworkRole
from kulturhub.network.tests import factories as nf
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.models import Cohort, Consent, Programme, ProgrammeStaff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def kotka(transactional_db):
    from kulturhub.core.taxonomy import sync_terms

    sync_terms()
    network = nf.NetworkFactory(name="Taikusydän", slug="taikusydan", country="FI", language="fi")
    city = nf.OrganisationFactory(name="Kotkan kaupunki", slug="kotka", country="FI")
    programme = Programme.objects.create(
        network=network,
        owner=city,
        title="Kulttuuria reseptillä Kotka",
        slug="kpr-kotka",
        code="KOT-KPR",
        summary="Kymmenen viikkoa taidetta.",
        country="FI",
        status=Programme.Status.RUNNING,
        channels=["self"],
    )
    # Minna works for the city and coordinates the network.
    staff = nf.UserFactory(email="minna@kotka.example", full_name="Minna Koskinen")
    person = nf.PersonFactory(name="Minna Koskinen", user=staff)
    person.organisations.add(city)
    ProgrammeStaff.objects.create(programme=programme, user=staff, role=ProgrammeStaff.Role.STAFF)
    NetworkRole.objects.create(network=network, person=person, role=NetworkRole.Role.COORDINATOR)
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        programme=programme,
        name="Syksy",
        capacity=10,
        starts_on=today + timedelta(days=3),
        ends_on=today + timedelta(days=73),
    )
    for n in range(2):
        referral = programme_services.submit_referral(
            programme, channel="self", name=f"Asukas {n}", email=f"a{n}@example.org", language="fi"
        )
        for kind in (Consent.Kind.PARTICIPATION, Consent.Kind.EVALUATION):
            programme_services.record_consent(
                referral.participant, kind=kind, text_version="EV-1", how="digital", by=staff
            )
        programme_services.enrol(referral.participant, cohort, staff)
    questionnaire = Questionnaire.objects.create(
        programme=programme, time_point="baseline", instruments=["WHO5", "UCLA3"]
    )
    return {"questionnaire": questionnaire, "cohort": cohort}


def _log_in(page):
    log_in(page, "minna@kotka.example", "fi")


def test_the_licence_page_is_accessible_before_and_after_recording(page, kotka, assert_accessible):
    _log_in(page)
    page.goto("/fi/networks/taikusydan/evaluation/licences/")
    assert_accessible(page)
    submit(page.locator("main form button[type=submit]").first)  # without the confirmation
    assert page.locator(".field-error").count() == 1
    assert_accessible(page)
    page.check("#id_swemwbs-confirm")
    submit(page.locator("main form button[type=submit]").first)
    page.wait_for_url("**/licences/")
    assert page.locator("text=SWEMWBS").count() >= 1
    assert_accessible(page)


def test_printed_letters_are_accessible_and_one_per_page(page, kotka, assert_accessible):
    _log_in(page)
    questionnaire, cohort = kotka["questionnaire"], kotka["cohort"]
    page.goto(f"/fi/programmes/kpr-kotka/evaluation/{questionnaire.pk}/letters/?cohort={cohort.pk}")
    assert page.locator("article.letter").count() == 2
    assert page.locator(".qr[role=img] svg").count() == 2
    assert_accessible(page)
    page.emulate_media(media="print")
    breaks = page.locator("article.letter").evaluate_all(
        "els => els.map(e => getComputedStyle(e).breakAfter)"
    )
    assert breaks == ["page", "auto"]
    assert page.locator(".no-print").first.is_hidden()
