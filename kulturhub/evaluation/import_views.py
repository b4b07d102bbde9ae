"""CSV import of answers: upload, progress and report. Only the programme's own staff."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from kulturhub.core import permissions
from kulturhub.core.errors import DomainError
from kulturhub.evaluation import imports
from kulturhub.evaluation.forms import ImportForm
from kulturhub.evaluation.models import ImportJob
from kulturhub.programmes.models import Programme

# The job page lists this many problems; the CSV report has them all.
REPORT_SHOWN = 500
RUNNING = (ImportJob.Status.QUEUED, ImportJob.Status.CHECKING, ImportJob.Status.SAVING)


def _programme(request, slug) -> Programme:
    programme = get_object_or_404(Programme, slug=slug)
    permissions.require(request.user, "see_participant_contacts", programme)
    return programme


def _job(programme: Programme, pk: int, *fields: str) -> ImportJob:
    if fields:
        jobs = programme.imports.only("programme", *fields)
    else:
        jobs = programme.imports.select_related("uploaded_by").defer("content")
    return get_object_or_404(jobs, pk=pk)


@login_required
def import_page(request, slug):
    """Upload a file; the imports made before."""
    programme = _programme(request, slug)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            # One byte more than allowed is enough for the service to refuse a larger file.
            content = upload.read(imports.MAX_BYTES + 1)
            job = imports.start(programme, upload.name, content, request.user)
        except DomainError as error:
            form.add_error("file", error.message)
        else:
            messages.success(
                request, _("The file was received. It is checked before anything is saved.")
            )
            return redirect("evaluation:import", programme.slug, job.pk)
    jobs = programme.imports.select_related("uploaded_by").defer("content", "report")
    return render(
        request,
        "evaluation/imports.html",
        {
            "programme": programme,
            "form": form,
            "jobs": jobs,
            "has_questionnaires": programme.questionnaires.exists(),
            "max_mb": imports.MAX_BYTES // (1024 * 1024),
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_GET
def import_template(request, slug):
    """The header row for this programme's questionnaires, as a CSV file to fill in."""
    programme = _programme(request, slug)
    delimiter = ";" if request.GET.get("delimiter") == "semicolon" else ","
    response = HttpResponse(
        imports.template(programme, delimiter), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{programme.slug}-answers.csv"'
    return response


@login_required
@require_GET
def import_job(request, slug, pk):
    """One import: its progress while it runs, then its counts and the problems found."""
    programme = _programme(request, slug)
    job = _job(programme, pk)
    shown = job.report[:REPORT_SHOWN]
    response = render(
        request,
        "evaluation/import_job.html",
        {
            "programme": programme,
            "job": job,
            "running": job.status in RUNNING,
            "report": shown,
            "more": len(job.report) - len(shown),
            "problems": len(job.report),
        },
    )
    add_never_cache_headers(response)
    return response


def _finished_message(job: ImportJob) -> str:
    if job.status == ImportJob.Status.DONE:
        return ngettext(
            "The import has finished: %(created)s row saved, %(unchanged)s unchanged.",
            "The import has finished: %(created)s rows saved, %(unchanged)s unchanged.",
            job.created_rows,
        ) % {"created": job.created_rows, "unchanged": job.unchanged_rows}
    if job.status == ImportJob.Status.REJECTED:
        return _("The file has problems and nothing was saved. Show the report to see them.")
    return _("The import failed and nothing was saved. Please upload the file again.")


@login_required
@require_GET
def import_status(request, slug, pk):
    """The job's progress as JSON, for the progress bar (static/js/import-progress.js)."""
    programme = _programme(request, slug)
    job = _job(
        programme,
        pk,
        "status",
        "total_rows",
        "processed_rows",
        "created_rows",
        "unchanged_rows",
        "finished_at",
    )
    finished = job.status not in RUNNING
    response = JsonResponse(
        {
            "status": job.status,
            "status_label": job.get_status_display(),
            "percent": job.percent,
            "total_rows": job.total_rows,
            "processed_rows": job.processed_rows,
            "created_rows": job.created_rows,
            "unchanged_rows": job.unchanged_rows,
            "finished": finished,
            "message": _finished_message(job) if finished else "",
        }
    )
    add_never_cache_headers(response)
    return response


@login_required
@require_GET
def import_report(request, slug, pk):
    """Every problem found in the file, as CSV (row, column, reason)."""
    programme = _programme(request, slug)
    job = _job(programme, pk, "file_name", "report")
    response = HttpResponse(imports.report_csv(job), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="import-{job.pk}-report.csv"'
    return response
