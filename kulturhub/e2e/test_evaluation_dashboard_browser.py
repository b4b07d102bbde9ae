"""Staff open the programme's evaluation dashboard, filter it and download the PDF report."""

import pytest

from kulturhub.e2e.helpers import log_in
from kulturhub.e2e.test_evaluation_browser import invitations  # noqa: F401  (fixture)
from kulturhub.evaluation import services
from kulturhub.evaluation.models import Questionnaire, Response
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.models import Consent, ProgrammeStaff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BEFORE = [1, 2, 2, 1, 3, 2, 1]
AFTER = [3, 3, 2, 3, 4, 3, 2]


@pytest.fixture
def answered(invitations):  # noqa: F811
    programme = invitations["programme"]
    staff = ProgrammeStaff.objects.get(programme=programme).user
    questionnaires = {q.time_point: q for q in Questionnaire.objects.filter(programme=programme)}
    for n, (before, after) in enumerate(zip(BEFORE, AFTER, strict=True)):
        participant = programme_services.submit_referral(
            programme,
            channel="self",
            name=f"Osallistuja {n}",
            email=f"o{n}@example.org",
            language="fi",
        ).participant
        programme_services.record_consent(
            participant,
            kind=Consent.Kind.EVALUATION,
            text_version="EV-1",
            how=Consent.How.PAPER,
            by=staff,
        )
        for time_point, value in (("baseline", before), ("end", after)):
            services.record_answers(
                questionnaires[time_point],
                participant,
                {
                    "WHO5": {f"who5_{i}": value for i in range(1, 6)},
                    "UCLA3": {f"ucla3_{i}": 3 - min(2, value // 2) for i in range(1, 4)},
                },
                language="fi",
                source=Response.Source.PAPER,
                by=staff,
            )
    return invitations


def test_staff_open_the_dashboard_and_download_the_pdf(page, answered, assert_accessible):
    log_in(page, "minna@kotka.example", "fi")
    page.goto("/fi/programmes/kpr-kotka/evaluation/results/")
    assert page.locator("svg[role=img]").count() >= 2  # a chart per instrument, and thresholds
    assert page.locator("table caption").count() >= 2  # … each beside its table
    assert_accessible(page)
    # Filter by gender: the page reloads with the filter applied and stays accessible.
    page.select_option("select[name=gender]", "woman")
    page.locator("form[method=get] button[type=submit]").click()
    page.wait_for_url("**gender=woman**")
    assert_accessible(page)
    with page.expect_download() as download_info:
        page.locator("a[href*='report.pdf']").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
