from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from kulturhub.e2e.helpers import log_in, phone, submit
from kulturhub.network.models import Organisation
from kulturhub.network.tests import factories as nf
from kulturhub.network.tests.factories import term
from kulturhub.programmes import services
from kulturhub.programmes.models import (
    Attendance,
    Channel,
    Cohort,
    Enrolment,
    Programme,
    ProgrammeStaff,
    Referral,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def setup(transactional_db):
    from kulturhub.core.taxonomy import sync_terms

    sync_terms()
    network = nf.NetworkFactory(name="Kulturinitiativers sundhedsfremme", slug="midtjylland")
    holstebro = nf.OrganisationFactory(
        name="Holstebro Kommune", slug="holstebro", municipality="Holstebro"
    )
    nf.MembershipFactory(network=network, organisation=holstebro)
    clinic = nf.OrganisationFactory(
        name="Jobcenter Holstebro", slug="jobcenter", kind=Organisation.Kind.MUNICIPALITY
    )
    programme = Programme.objects.create(
        network=network,
        owner=holstebro,
        title="Kultur på recept Holstebro",
        slug="kpr",
        code="HOL-KPR",
        summary="Ti uger med musik, kunst og litteratur.",
        country="DK",
        region="Midtjylland",
        municipality="Holstebro",
        status=Programme.Status.RECRUITING,
        channels=[Channel.JOB_CENTRE, Channel.GP, Channel.SELF],
    )
    programme.art_forms.set([term("art_form", "music")])
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        programme=programme,
        name="Forårsholdet",
        capacity=12,
        starts_on=today,
        ends_on=today + timedelta(weeks=10),
    )
    services.add_sessions(
        cohort, first=timezone.make_aware(datetime.combine(today, time(13))), count=10, minutes=120
    )

    def user_at(org, email, name):
        user = nf.UserFactory(email=email, full_name=name)
        person = nf.PersonFactory(name=name, user=user)
        person.organisations.add(org)
        return user

    user_at(clinic, "rikke@jobcenter.example", "Rikke Rådgiver")
    staff = user_at(holstebro, "mette@holstebro.example", "Mette Medarbejder")
    ProgrammeStaff.objects.create(programme=programme, user=staff, role=ProgrammeStaff.Role.STAFF)
    return {"programme": programme, "cohort": cohort}


def login(page, email):
    log_in(page, email, "da")


def test_referral_enrolment_and_attendance_on_a_phone(
    browser, live_server, setup, assert_accessible
):
    with phone(browser, live_server) as page:
        # A job-centre adviser refers a citizen.
        login(page, "rikke@jobcenter.example")
        page.goto("/da/programmes/kpr/refer/")
        assert_accessible(page)
        page.fill("#id_name", "Karen Borger")
        page.fill("#id_phone", "+45 20 30 40 50")
        page.select_option("#id_channel", "job_centre")
        page.select_option("#id_reason", "stress")
        page.check("#id_agree")
        submit(page.locator("main form button[type=submit]"))
        assert "HOL-KPR-0001" in page.content()
        page.goto("/da/programmes/referrals/mine/")
        assert_accessible(page)
        assert "HOL-KPR-0001" in page.content() and "Karen" not in page.content()
        page.context.clear_cookies()

        # The programme's staff record consent and enrol her.
        login(page, "mette@holstebro.example")
        referral = Referral.objects.get()
        page.goto(f"/da/programmes/kpr/referrals/{referral.pk}/")
        assert "Karen Borger" in page.content()
        assert_accessible(page)
        page.select_option("#id_consent-kind", "participation")
        page.fill("#id_consent-text_version", "KPR-2026-1")
        page.select_option("#id_consent-how", "paper")
        submit(page.locator("form:has(input[value=consent]) button"))
        page.select_option("#id_enrol-cohort", str(setup["cohort"].pk))
        submit(page.locator("form:has(input[value=enrol]) button"))
        assert Enrolment.objects.filter(cohort=setup["cohort"]).count() == 1

        # … and take attendance at the first session on the phone.
        page.goto(f"/da/programmes/kpr/cohorts/{setup['cohort'].pk}/sessions/1/")
        assert_accessible(page)
        page.check("input[name=present]")
        submit(page.locator("main form button[type=submit]"))
        assert Attendance.objects.filter(present=True).count() == 1
        for path in [
            "/da/programmes/kpr/manage/",
            f"/da/programmes/kpr/cohorts/{setup['cohort'].pk}/",
            "/da/programmes/kpr/caseload/",
            f"/da/programmes/kpr/cohorts/{setup['cohort'].pk}/after/",
        ]:
            page.goto(path)
            assert_accessible(page)


def test_a_citizen_finds_a_programme_in_danish(page, setup, assert_accessible):
    page.goto("/da/programmes/")
    assert page.locator("html").get_attribute("lang") == "da"
    assert_accessible(page)
    page.select_option("select[name=art_form]", "music")
    page.check("input[name=self_referral]")
    submit(page.locator("form.filters button[type=submit]"))
    page.locator(".results h3 a", has_text="Kultur på recept Holstebro").click()
    page.wait_for_url("**/da/programmes/kpr/")
    assert_accessible(page)
    page.locator("main a.button").click()
    page.wait_for_url("**/da/programmes/kpr/self-referral/")
    assert_accessible(page)
    page.goto("/da/concepts/")
    assert_accessible(page)
