"""CSV import of paper and legacy answers: checked in full, saved all or nothing, idempotent."""

import importlib.util
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone

from kulturhub.core.errors import DomainError
from kulturhub.core.models import AuditEntry
from kulturhub.evaluation import imports, instruments, services
from kulturhub.evaluation.models import ImportJob, Invitation, Questionnaire, Response, Score
from kulturhub.programmes import services as programme_services
from kulturhub.programmes.models import Consent, Programme
from kulturhub.programmes.tests.helpers import refer

LOGIN = "/en/accounts/login/"
HEADER = (
    "participant,time_point,answered_on,who5_1,who5_2,who5_3,who5_4,who5_5,ucla3_1,ucla3_2,ucla3_3"
)


@pytest.fixture
def baseline(programme):
    return Questionnaire.objects.create(
        programme=programme, time_point="baseline", instruments=["WHO5", "UCLA3"]
    )


@pytest.fixture
def end(programme):
    return Questionnaire.objects.create(programme=programme, time_point="end", instruments=["WHO5"])


def _consent(participant, by):
    programme_services.record_consent(
        participant,
        kind=Consent.Kind.EVALUATION,
        text_version="EV-1",
        how=Consent.How.PAPER,
        by=by,
    )


@pytest.fixture
def people(programme, sofie):
    """Three participants who consented to evaluation and one (the last) who did not."""
    found = [refer(programme, n).participant for n in range(1, 5)]
    for participant in found[:3]:
        _consent(participant, sofie)
    return found


@pytest.fixture
def upload(sofie, run_tasks):
    """Import a CSV text as Sofie, run the task, and return the finished job."""

    def do(programme, text, by=sofie):
        job = imports.start(programme, "answers.csv", text.encode("utf-8"), by)
        run_tasks()
        job.refresh_from_db()
        return job

    return do


def _csv(*rows: str, header: str = HEADER) -> str:
    return "\r\n".join([header, *rows]) + "\r\n"


def _good_rows(people) -> list[str]:
    a, b, c, _ = (p.code for p in people)
    return [
        f"{a},baseline,2024-03-01,3,3,3,3,3,2,2,2",
        f"{b},baseline,2024-03-02,4,4,4,4,4,1,1,1",
        f"{c},baseline,,5,5,5,5,,3,3,3",
    ]


def _counts():
    return Response.objects.count(), Score.objects.count()


def test_a_valid_file_saves_responses_and_scores(baseline, end, people, programme, upload, sofie):
    a = people[0].code
    job = upload(programme, _csv(*_good_rows(people), f"{a},end,2024-05-01,1,1,1,1,1,,,"))

    assert job.status == ImportJob.Status.DONE
    assert (job.total_rows, job.created_rows, job.unchanged_rows) == (4, 4, 0)
    assert job.report == [] and job.content == "" and job.finished_at is not None
    response = Response.objects.get(participant=people[0], time_point="baseline")
    assert response.source == Response.Source.IMPORT and response.entered_by == sofie
    assert response.language == "da"  # the network's language when the file names none
    assert response.answers["WHO5"] == {f"who5_{i}": 3 for i in range(1, 6)}
    assert response.instrument_versions["WHO5"].startswith(
        instruments.load_instrument("WHO5")["version"]
    )
    scores = {
        (s.participant.code, s.instrument, s.time_point): (s.value, s.answered_on)
        for s in Score.objects.select_related("participant")
    }
    assert scores[(a, "WHO5", "baseline")] == (60, date(2024, 3, 1))
    assert scores[(a, "UCLA3", "baseline")] == (6, date(2024, 3, 1))
    assert scores[(people[1].code, "WHO5", "baseline")] == (80, date(2024, 3, 2))
    # A missing item: WHO-5 cannot be scored, and without a date none is invented.
    assert scores[(people[2].code, "WHO5", "baseline")] == (None, None)
    assert scores[(a, "WHO5", "end")] == (20, date(2024, 5, 1))
    assert len(scores) == 7
    entry = AuditEntry.objects.get(action="evaluation.import.finished")
    assert entry.data["created_rows"] == 4 and entry.data["status"] == "done"


def test_scores_are_those_that_entering_the_answers_by_hand_gives(
    baseline, people, programme, upload, sofie
):
    a, b = people[0].code, people[1].code
    upload(programme, _csv(f"{a},baseline,2024-03-01,0,1,2,3,4,1,2,3"))
    services.record_answers(
        baseline,
        people[1],
        {
            "WHO5": {"who5_1": 0, "who5_2": 1, "who5_3": 2, "who5_4": 3, "who5_5": 4},
            "UCLA3": {"ucla3_1": 1, "ucla3_2": 2, "ucla3_3": 3},
        },
        language="da",
        source=Response.Source.PAPER,
        by=sofie,
    )
    by_code = {}
    for score in Score.objects.select_related("participant"):
        by_code.setdefault(score.participant.code, {})[score.instrument] = score.value
    assert by_code[a] == by_code[b] == {"WHO5": 40, "UCLA3": 6}
    imported, typed = (Response.objects.get(participant__code=c) for c in (a, b))
    assert imported.answers == typed.answers
    assert imported.instrument_versions == typed.instrument_versions


def test_nordic_excel_files_with_semicolons_and_a_byte_order_mark(
    baseline, people, programme, run_tasks, sofie
):
    a, b = people[0].code, people[1].code
    # Codes and time points as typed by hand; "3,0" is how Excel with a Nordic locale may
    # write a number.
    text = _csv(
        f" {a.lower()} ; Baseline;2024-03-01; 3 ;3,0;3;3;3;2;2;2",
        f"{b};baseline;2024-03-01;4;4;4;4;4;;;",
        header=" Participant;Time_Point;answered_on;"
        + HEADER.split(",answered_on,")[1].replace(",", ";"),
    )
    job = imports.start(programme, "excel.csv", b"\xef\xbb\xbf" + text.encode("utf-8"), sofie)
    run_tasks()
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE, job.report
    assert job.created_rows == 2
    assert Score.objects.get(participant=people[0], instrument="WHO5").value == 60
    assert Score.objects.get(participant=people[1], instrument="UCLA3").value is None


def test_the_language_column_is_kept(baseline, people, programme, upload):
    a = people[0].code
    header = "participant,time_point,language,who5_1,who5_2,who5_3,who5_4,who5_5"
    job = upload(programme, _csv(f"{a},baseline,SV,1,2,3,4,5", header=header))
    assert job.status == ImportJob.Status.DONE
    assert Response.objects.get().language == "sv"


def _bad_row(people, case: str) -> tuple[str, str, str]:
    """(row, column reported, words of the reason) for one kind of problem."""
    a, b, _c, no_consent = (p.code for p in people)
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    return {
        "unknown participant": (
            "AAR-KPR-9999,baseline,,3,3,3,3,3,2,2,2",
            "participant",
            "No participant of this programme has the code “AAR-KPR-9999”",
        ),
        "no consent": (
            f"{no_consent},baseline,,3,3,3,3,3,2,2,2",
            "participant",
            "not consented to evaluation",
        ),
        "no questionnaire": (
            f"{b},follow_up_3,,3,3,3,3,3,,,",
            "time_point",
            "no questionnaire for this time point",
        ),
        "not a time point": (f"{b},start,,3,3,3,3,3,2,2,2", "time_point", "is not a time point"),
        "invalid answer": (
            f"{b},end,,3,7,3,3,3,,,",
            "who5_2",
            "“7” is not an answer to this item: use a whole number from 0 to 5",
        ),
        "text as answer": (f"{b},end,,3,3,often,3,3,,,", "who5_3", "“often” is not an answer"),
        "bad date": (f"{b},end,01.03.2024,3,3,3,3,3,,,", "answered_on", "YYYY-MM-DD"),
        "date in the future": (f"{b},end,{tomorrow},3,3,3,3,3,,,", "answered_on", "on or before"),
        "twice in the file": (
            f"{a},baseline,,3,3,3,3,3,2,2,2",
            "participant",
            "already in row 2",
        ),
        "item not asked then": (
            f"{b},end,,3,3,3,3,3,2,,",
            "ucla3_1",
            "not part of the questionnaire for this time point",
        ),
        "no answers": (f"{b},end,,,,,,,,,", "", "no answers"),
        "too many cells": (f"{b},end,,3,3,3,3,3,,,,9", "", "more cells than the header"),
    }[case]


@pytest.mark.parametrize(
    "case",
    [
        "unknown participant",
        "no consent",
        "no questionnaire",
        "not a time point",
        "invalid answer",
        "text as answer",
        "bad date",
        "date in the future",
        "twice in the file",
        "item not asked then",
        "no answers",
        "too many cells",
    ],
)
def test_a_problem_in_the_last_row_is_reported_and_nothing_is_saved(
    baseline, end, people, programme, upload, sofie, case
):
    # One response recorded before, to see that it stays as it was.
    services.record_answers(
        end,
        people[2],
        {"WHO5": {f"who5_{i}": 2 for i in range(1, 6)}},
        language="da",
        source=Response.Source.PAPER,
        by=sofie,
    )
    before = _counts()
    row, column, words = _bad_row(people, case)
    job = upload(programme, _csv(*_good_rows(people), row))

    assert job.status == ImportJob.Status.REJECTED
    assert [(e["row"], e["column"]) for e in job.report] == [(5, column)]
    assert words in job.report[0]["reason"]
    assert _counts() == before
    assert job.created_rows == 0 and job.content == ""
    assert job.percent == 100


def test_every_problem_is_listed(baseline, people, programme, upload):
    a, b = people[0].code, people[1].code
    job = upload(
        programme,
        _csv(
            f"{a},baseline,2024-02-30,9,3,3,3,3,2,2,2",
            f"{b},baseline,,3,3,3,3,3,2,2,2",
            "NOPE,later,,3,3,3,3,3,2,2,4",
        ),
    )
    assert job.status == ImportJob.Status.REJECTED
    assert [(e["row"], e["column"]) for e in job.report] == [
        (2, "answered_on"),
        (2, "who5_1"),
        (4, "participant"),
        (4, "time_point"),
    ]
    assert _counts() == (0, 0)


def test_importing_the_same_file_twice_saves_nothing_the_second_time(
    baseline, people, programme, upload
):
    text = _csv(*_good_rows(people))
    first = upload(programme, text)
    saved = _counts()
    second = upload(programme, text)
    assert (first.created_rows, first.unchanged_rows) == (3, 0)
    assert second.status == ImportJob.Status.DONE
    assert (second.created_rows, second.unchanged_rows) == (0, 3)
    assert _counts() == saved == (3, 6)


def test_a_file_that_adds_rows_saves_only_the_new_ones(baseline, end, people, programme, upload):
    upload(programme, _csv(*_good_rows(people)))
    job = upload(programme, _csv(*_good_rows(people), f"{people[0].code},end,,2,2,2,2,2,,,"))
    assert (job.created_rows, job.unchanged_rows) == (1, 3)
    assert Score.objects.filter(time_point="end").get().value == 40


def test_answers_already_entered_on_paper_count_as_unchanged(
    baseline, people, programme, upload, sofie
):
    services.record_answers(
        baseline,
        people[0],
        {
            "WHO5": {f"who5_{i}": 3 for i in range(1, 6)},
            "UCLA3": {f"ucla3_{i}": 2 for i in range(1, 4)},
        },
        language="da",
        source=Response.Source.PAPER,
        by=sofie,
    )
    job = upload(programme, _csv(*_good_rows(people)))
    assert (job.status, job.created_rows, job.unchanged_rows) == ("done", 2, 1)


def test_different_answers_on_record_are_a_conflict_and_nothing_is_overwritten(
    baseline, people, programme, upload, sofie
):
    services.record_answers(
        baseline,
        people[0],
        {
            "WHO5": {**{f"who5_{i}": 3 for i in range(1, 6)}, "who5_4": 1},
            "UCLA3": {f"ucla3_{i}": 2 for i in range(1, 4)},
        },
        language="da",
        source=Response.Source.PAPER,
        by=sofie,
    )
    job = upload(programme, _csv(*_good_rows(people)))
    assert job.status == ImportJob.Status.REJECTED
    assert [(e["row"], e["column"]) for e in job.report] == [(2, "who5_4")]
    assert "recorded: 1, file: 3" in job.report[0]["reason"]
    assert _counts() == (1, 2)
    assert Response.objects.get().answers["WHO5"]["who5_4"] == 1


def test_answers_recorded_while_the_file_is_saved_stop_the_whole_import(
    baseline, people, programme, upload, sofie, monkeypatch
):
    checked = imports._Check.run

    def run_then_answer(self, *args):
        checked(self, *args)
        # A participant answers online after the file was checked, before it is saved.
        services.record_answers(
            baseline,
            people[2],
            {"WHO5": {f"who5_{i}": 1 for i in range(1, 6)}},
            language="da",
            source=Response.Source.ONLINE,
        )

    monkeypatch.setattr(imports._Check, "run", run_then_answer)
    job = upload(programme, _csv(*_good_rows(people)))
    assert job.status == ImportJob.Status.REJECTED
    assert "recorded while the file was being saved" in job.report[0]["reason"]
    assert Response.objects.get().source == Response.Source.ONLINE
    assert Score.objects.filter(participant__in=people[:2]).count() == 0


def test_withdrawn_consent_and_erased_participants_are_refused(
    baseline, people, programme, upload, sofie
):
    programme_services.withdraw_consent(people[0].consents.get(kind="evaluation"), sofie)
    programme_services.erase_participant(people[1], keep_anonymous=True, by=sofie)
    job = upload(programme, _csv(*_good_rows(people)[:2]))
    assert [(e["row"], e["reason"]) for e in job.report] == [
        (2, "This participant has not consented to evaluation."),
        (3, "This participant has been erased."),
    ]


def test_an_instrument_without_the_networks_licence_cannot_be_imported(people, programme, upload):
    Questionnaire.objects.create(programme=programme, time_point="end", instruments=["SWEMWBS"])
    header = "participant,time_point," + ",".join(f"swemwbs_{i}" for i in range(1, 8))
    job = upload(programme, _csv(f"{people[0].code},end,1,2,3,4,5,4,3", header=header))
    assert job.status == ImportJob.Status.REJECTED
    assert job.report[0]["column"] == "time_point" and "licence" in job.report[0]["reason"]


def test_open_invitations_of_imported_participants_count_as_answered(
    baseline, people, programme, upload, sofie
):
    invited, _skipped = services.invite(baseline, people[:2], sofie)
    upload(programme, _csv(_good_rows(people)[0]))
    used = {i.participant_id: i.used_at is not None for i in Invitation.objects.all()}
    assert used == {people[0].pk: True, people[1].pk: False}


def test_progress_rises_while_the_job_runs_and_reaches_100(
    baseline, people, programme, sofie, run_tasks, monkeypatch
):
    monkeypatch.setattr(imports, "PROGRESS_EVERY", 1)
    monkeypatch.setattr(imports, "PROGRESS_SECONDS", 0)
    monkeypatch.setattr(imports, "CHUNK_ROWS", 1)
    written = []
    original = imports._Progress._write

    def spy(self, **values):
        written.append((ImportJob.objects.get(pk=self.pk).status, values["processed_rows"]))
        original(self, **values)

    monkeypatch.setattr(imports._Progress, "_write", spy)
    job = imports.start(programme, "answers.csv", _csv(*_good_rows(people)), sofie)
    assert (job.status, job.percent) == ("queued", 0)
    run_tasks()
    job.refresh_from_db()
    processed = [n for _status, n in written]
    assert processed == sorted(processed) and any(0 < n < 3 for n in processed)
    assert {status for status, _n in written} == {"checking", "saving"}
    assert (job.processed_rows, job.total_rows, job.percent) == (3, 3, 100)


@pytest.mark.django_db(transaction=True)
def test_on_postgresql_the_saving_progress_is_visible_before_the_end(
    baseline, people, programme, sofie, monkeypatch
):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has a single writer: there the bar waits at the saving step")
    monkeypatch.setattr(imports, "PROGRESS_SECONDS", 0)
    monkeypatch.setattr(imports, "CHUNK_ROWS", 1)
    seen = []
    original = imports._Progress._write_apart

    def spy(self, **values):
        # In the progress writer's thread: another connection reads what it wrote at once.
        original(self, **values)
        try:
            row = ImportJob.objects.filter(pk=self.pk).values_list("processed_rows", "status")
            seen.append((values["processed_rows"], row.get()))
        finally:
            connections.close_all()

    monkeypatch.setattr(imports._Progress, "_write_apart", spy)
    job = imports.start(programme, "answers.csv", _csv(*_good_rows(people)), sofie)
    imports.run(job.pk)
    assert seen and all(written == read[0] and read[1] == "saving" for written, read in seen)
    assert Response.objects.count() == 3


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "The file is empty."),
        (b"  \r\n", "The file is empty."),
        (HEADER.encode() + b"\r\n", "no rows of answers"),
        (b"code,time_point,who5_1\r\nX,baseline,3\r\n", "needs the columns participant"),
        (b"participant,who5_1\r\nX,3\r\n", "needs the columns time_point"),
        (b"participant,time_point,who5_1,mood\r\nX,baseline,3,4\r\n", "Unknown columns: mood"),
        (b"participant,time_point,wemwbs_1\r\nX,baseline,3\r\n", "Unknown columns: wemwbs_1"),
        (b"participant,time_point,who5_1,WHO5_1\r\n", "more than once: who5_1"),
        ("participant,time_point\r\nÆ,end\r\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_files_that_cannot_be_read_are_refused_at_once(
    baseline, programme, sofie, queued, content, words
):
    with pytest.raises(DomainError, match=words):
        imports.start(programme, "bad.csv", content, sofie)
    assert ImportJob.objects.count() == 0 and queued() == []


def test_a_file_over_the_size_limit_is_refused(baseline, people, programme, sofie, monkeypatch):
    monkeypatch.setattr(imports, "MAX_BYTES", 100)
    with pytest.raises(DomainError, match="larger than"):
        imports.start(programme, "big.csv", _csv(*_good_rows(people)).encode(), sofie)
    assert ImportJob.objects.count() == 0


def test_the_portable_saving_gives_the_same_rows(baseline, people, programme, upload, monkeypatch):
    monkeypatch.setattr(imports, "_save_with_inserts", imports._save_with_orm)
    monkeypatch.setattr(imports, "_save_with_copy", imports._save_with_orm)
    job = upload(programme, _csv(*_good_rows(people)))
    assert (job.status, job.created_rows) == ("done", 3)
    assert sorted(Score.objects.values_list("value", flat=True), key=str) == sorted(
        [60.0, 6.0, 80.0, 3.0, None, 9.0], key=str
    )


# --------------------------------------------------------------------------- pages


def _url(name, programme, job=None):
    args = [programme.slug] if job is None else [programme.slug, job.pk]
    return reverse(f"evaluation:{name}", args=args)


def test_staff_upload_a_file_and_follow_the_job(
    as_user, baseline, people, programme, sofie, run_tasks, django_assert_max_num_queries
):
    client = as_user(sofie)
    page = client.get(_url("imports", programme))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'type="file"' in html and 'enctype="multipart/form-data"' in html
    assert _url("import_template", programme) in html

    file = SimpleUploadedFile("paper-2024.csv", _csv(*_good_rows(people)).encode(), "text/csv")
    response = client.post(_url("imports", programme), {"file": file})
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response.url == _url("import", programme, job)

    running = client.get(_url("import", programme, job)).content.decode()
    assert '<progress id="import-bar" max="100" value="0">' in running
    assert "js/import-progress.js" in running and "Refresh" in running
    assert "http-equiv" not in running
    status = client.get(_url("import_status", programme, job)).json()
    assert (status["status"], status["finished"], status["percent"]) == ("queued", False, 0)

    run_tasks()
    status = client.get(_url("import_status", programme, job)).json()
    assert (status["finished"], status["percent"], status["created_rows"]) == (True, 100, 3)
    assert status["message"] == "The import has finished: 3 rows saved, 0 unchanged."
    done = client.get(_url("import", programme, job)).content.decode()
    assert 'value="100"' in done and "Imported" in done and "import-progress.js" not in done
    with django_assert_max_num_queries(8):
        listing = client.get(_url("imports", programme)).content.decode()
    assert "paper-2024.csv" in listing and "Sofie Staff" in listing


def test_the_job_page_shows_the_problems_and_the_report_downloads(
    as_user, baseline, people, programme, sofie, upload, monkeypatch
):
    monkeypatch.setattr("kulturhub.evaluation.import_views.REPORT_SHOWN", 2)
    job = upload(programme, _csv("A,baseline,,1,1,1,1,1,1,1,1", "B,end,,1,1,1,1,1,1,1,1"))
    client = as_user(sofie)
    page = client.get(_url("import", programme, job)).content.decode()
    assert "No participant of this programme has the code “A”" in page
    assert "… and 1 more, in the full report." in page
    report = client.get(_url("import_report", programme, job))
    assert report["Content-Type"].startswith("text/csv")
    rows = report.content.decode("utf-8-sig").splitlines()
    assert rows[0] == "Row,Column,Reason" and len(rows) == 4
    assert rows[1].startswith("2,participant,")


def test_a_refused_file_is_explained_on_the_form(as_user, baseline, programme, sofie):
    file = SimpleUploadedFile("x.csv", b"participant,time_point,mood\r\nA,end,3\r\n", "text/csv")
    response = as_user(sofie).post(_url("imports", programme), {"file": file})
    assert response.status_code == 400
    assert "Unknown columns: mood" in response.content.decode()
    assert ImportJob.objects.count() == 0


def test_the_template_has_the_columns_of_the_programmes_questionnaires(
    as_user, baseline, end, programme, sofie
):
    client = as_user(sofie)
    comma = client.get(_url("import_template", programme)).content.decode()
    assert comma == HEADER.replace("answered_on,", "answered_on,language,") + "\r\n"
    semicolon = client.get(_url("import_template", programme) + "?delimiter=semicolon")
    assert semicolon.content.decode().startswith("participant;time_point;answered_on;language;")


def test_the_questionnaires_page_links_to_the_import(as_user, baseline, programme, sofie, frida):
    assert (
        _url("imports", programme)
        in as_user(sofie).get(_url("questionnaires", programme)).content.decode()
    )
    assert (
        _url("imports", programme)
        not in as_user(frida).get(_url("questionnaires", programme)).content.decode()
    )


@pytest.mark.parametrize(
    "persona", ["anonymous", "facilitator", "other_staff", "coordinator", "outsider"]
)
def test_only_the_programmes_own_staff_reach_the_import_pages(
    as_user, baseline, people, programme, upload, persona, frida, otto, alice, dave
):
    job = upload(programme, _csv(*_good_rows(people)))
    user = {
        "anonymous": None,
        "facilitator": frida,
        "other_staff": otto,
        "coordinator": alice,
        "outsider": dave,
    }[persona]
    client = as_user(user)
    urls = [
        _url("imports", programme),
        _url("import_template", programme),
        _url("import", programme, job),
        _url("import_status", programme, job),
        _url("import_report", programme, job),
    ]
    for url in urls:
        response = client.get(url)
        if user is None:
            assert response.status_code == 302 and response.url.startswith(LOGIN), url
        else:
            assert response.status_code == 404, url
    file = SimpleUploadedFile("x.csv", _csv(*_good_rows(people)).encode(), "text/csv")
    response = client.post(_url("imports", programme), {"file": file})
    assert response.status_code in (302, 404) and ImportJob.objects.count() == 1


def test_a_job_is_only_found_under_its_own_programme(as_user, baseline, people, programme, sofie):
    another = Programme.objects.create(
        network=programme.network,
        owner=programme.owner,
        title="Another",
        slug="another",
        code="AAR-OTH",
        summary="x",
        country="DK",
    )
    other = ImportJob.objects.create(
        programme=another,
        uploaded_by=sofie,
        file_name="theirs.csv",
        status=ImportJob.Status.DONE,
    )
    assert as_user(sofie).get(_url("import", programme, other)).status_code == 404


# --------------------------------------------------------------------------- benchmark


def test_the_benchmark_runs_at_a_small_size(db):
    path = Path(__file__).resolve().parents[3] / "bench" / "evaluation_import.py"
    spec = importlib.util.spec_from_file_location("bench_evaluation_import", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    programme, user, codes = bench.make_programme(40, prefix="TST-BEN")
    content = bench.make_csv(codes)
    assert content.startswith(b"\xef\xbb\xbfparticipant;time_point;")
    job, seconds = bench.import_csv(programme, user, content)
    assert (job.status, job.created_rows) == ("done", 40) and seconds > 0
    again, _seconds = bench.import_csv(programme, user, content)
    assert (again.created_rows, again.unchanged_rows) == (0, 40)
