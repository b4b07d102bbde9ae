import io
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from kulturhub.activities.models import Activity
from kulturhub.activities.tests.factories import ActivityFactory, register
from kulturhub.activities.workflow import State
from kulturhub.e2e.helpers import log_in, phone, submit
from kulturhub.network.models import NetworkRole
from kulturhub.network.tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def programme(transactional_db):
    from kulturhub.core.taxonomy import sync_terms

    sync_terms()
    network = factories.NetworkFactory(name="Kulturinitiativers sundhedsfremme", slug="midtjylland")
    soon = timezone.now() + timedelta(days=7)
    webinar = ActivityFactory(
        network=network,
        slug="webinar-evaluering",
        title="Webinar: Evaluering af kulturtilbud",
        kind=Activity.Kind.WEBINAR,
        starts_at=soon,
        ends_at=soon + timedelta(hours=1),
        capacity=30,
    )
    ActivityFactory(
        network=network,
        slug="netvaerksmode",
        title="Netværksmøde i Holstebro",
        kind=Activity.Kind.NETWORK_MEETING,
        members_only=True,
        in_person=True,
        starts_at=soon + timedelta(days=1),
        ends_at=soon + timedelta(days=1, hours=5),
    )
    user = factories.UserFactory(email="signe@example.org", full_name="Signe Kjærgaard")
    person = factories.PersonFactory(name="Signe Kjærgaard", user=user)
    NetworkRole.objects.create(network=network, person=person, role=NetworkRole.Role.COORDINATOR)
    return {"network": network, "webinar": webinar}


def run_tasks():
    call_command(
        "db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO(), stderr=io.StringIO()
    )


def test_an_outsider_finds_an_open_webinar_registers_and_cancels(
    page, programme, assert_accessible
):
    page.goto("/en/activities/")
    page.select_option("select[name=kind]", "webinar")
    page.check("input[name=open_only]")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url("**/en/activities/?*")
    titles = page.locator(".results h3 a").all_inner_texts()
    assert titles == ["Webinar: Evaluering af kulturtilbud"]
    assert_accessible(page)

    page.locator(".results h3 a").first.click()
    page.wait_for_url("**/activities/webinar-evaluering/")
    assert "meet.example.org" not in page.content()
    page.fill("#id_name", "Ingrid Udefra")
    page.fill("#id_email", "ingrid@example.org")
    page.fill("#id_organisation", "Lemvig Bibliotek")
    page.fill("#id_dietary_notes", "Vegetar")
    submit(page.locator("main form button[type=submit]"))
    assert page.locator("h1").inner_text() == "You are registered"
    assert_accessible(page)

    run_tasks()
    [message] = [m for m in mail.outbox if m.to == ["ingrid@example.org"]]
    assert "Webinar: Evaluering af kulturtilbud" in message.subject
    assert message.attachments[0][0] == "activity.ics"
    cancel_path = re.search(r"https?://[^/\s]+(/\S+/cancel/)", message.body).group(1)

    page.goto(cancel_path)
    assert_accessible(page)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/activities/webinar-evaluering/")
    assert "Your registration is cancelled." in page.content()
    registration = programme["webinar"].registrations.get()
    assert registration.status == State.CANCELLED


def test_activity_pages_are_accessible(page, programme, assert_accessible):
    webinar = programme["webinar"]
    for path in [
        "/en/activities/",
        f"/en/activities/calendar/?month={webinar.local_start:%Y-%m}",
        "/da/activities/webinar-evaluering/",
        "/sv/activities/netvaerksmode/",
        "/en/networks/midtjylland/year-plan/",
        "/fi/activities/",
    ]:
        page.goto(path)
        assert_accessible(page)
    # The registration form with errors.
    page.goto("/en/activities/webinar-evaluering/")
    page.fill("#id_email", "not an address")
    submit(page.locator("main form button[type=submit]"))
    assert page.locator("#id_name").get_attribute("aria-invalid") == "true"
    assert_accessible(page)


def test_coordinator_checks_people_in_on_a_phone(
    browser, live_server, programme, assert_accessible
):
    for n in range(3):
        register(programme["webinar"], n)
    with phone(browser, live_server) as page:
        log_in(page, "signe@example.org", "en")
        page.goto("/en/activities/webinar-evaluering/check-in/")
        assert_accessible(page)
        page.locator(".check-in-row").first.locator("button", has_text="Arrived").click()
        page.wait_for_url("**/check-in/*")
        assert "1 of 3 have arrived." in page.content()
        for path in [
            "/en/activities/webinar-evaluering/participants/",
            "/en/activities/webinar-evaluering/edit/",
            "/en/activities/new/midtjylland/",
            "/en/activities/webinar-evaluering/cancel/",
            "/en/activities/mine/",
        ]:
            page.goto(path)
            assert_accessible(page)
    assert programme["webinar"].registrations.filter(status=State.ATTENDED).count() == 1
