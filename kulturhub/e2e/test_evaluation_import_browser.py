"""Staff import paper answers from a CSV file and watch the job's progress in the browser."""

import pytest

from kulturhub.e2e.helpers import log_in, submit
from kulturhub.e2e.test_evaluation_browser import invitations  # noqa: F401  (fixture)
from kulturhub.evaluation import imports
from kulturhub.evaluation.models import ImportJob, Score

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HEADER = "participant;time_point;answered_on;who5_1;who5_2;who5_3;who5_4;who5_5"


def _log_in(page):
    log_in(page, "minna@kotka.example", "fi")


def _upload(page, name: str, text: str):
    page.goto("/fi/programmes/kpr-kotka/evaluation/import/")
    page.set_input_files(
        "input[type=file]",
        files=[{"name": name, "mimeType": "text/csv", "buffer": text.encode("utf-8")}],
    )
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/evaluation/import/*/")
    return ImportJob.objects.get(file_name=name)


def test_the_progress_bar_follows_the_job_and_announces_the_end(
    page,
    invitations,  # noqa: F811
    assert_accessible,
):
    _log_in(page)
    page.goto("/fi/programmes/kpr-kotka/evaluation/import/")
    assert_accessible(page)
    job = _upload(page, "paperi.csv", f"{HEADER}\nKOT-KPR-0001;baseline;2024-09-02;3;3;3;3;3\n")
    assert page.locator("#import-bar").get_attribute("value") == "0"
    assert_accessible(page)

    imports.run(job.pk)
    announce = page.locator("#import-announce")
    announce.filter(has_text="1").wait_for()
    assert page.locator("#import-bar").get_attribute("value") == "100"
    assert page.locator("#import-created").inner_text() == "1"
    assert Score.objects.get(instrument="WHO5", time_point="baseline").value == 60
    submit(page.locator("#import-refresh"))
    assert page.locator("#import-refresh").count() == 0
    assert_accessible(page)


def test_the_report_of_a_rejected_file_is_accessible(
    page,
    invitations,  # noqa: F811
    assert_accessible,
):
    _log_in(page)
    job = _upload(page, "virheet.csv", f"{HEADER}\nKOT-KPR-0099;baseline;;3;3;9;3;3\n")
    imports.run(job.pk)
    page.reload()
    rows = page.locator("main table tbody tr")
    assert rows.count() == 2
    assert "KOT-KPR-0099" in rows.nth(0).inner_text()
    assert "who5_3" in rows.nth(1).inner_text()
    assert_accessible(page)
    page.goto("/fi/programmes/kpr-kotka/evaluation/import/")
    assert page.locator("main table tbody tr").count() == 1
    assert_accessible(page)
