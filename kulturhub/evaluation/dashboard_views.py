"""Evaluation dashboards and their PDF and XLSX reports, at six levels."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from kulturhub.core import audit, permissions
from kulturhub.evaluation import dashboards, reports
from kulturhub.evaluation.dashboard_forms import FilterForm
from kulturhub.network.models import Network, Organisation
from kulturhub.programmes.models import Concept, Programme

LEVELS = ("all", "network", "organisation", "concept", "programme", "cohort")


def _scope(request, level: str, slug: str | None, pk: int | None):
    """(title, programmes, show_small, cohort, context object) for a level, or 404."""
    programmes = Programme.objects.all()
    if level == "all":
        permissions.require(request.user, "view_evaluation", None)
        return _("All networks"), programmes, False, None, None
    if level == "network":
        network = get_object_or_404(Network, slug=slug)
        permissions.require(request.user, "view_evaluation", network)
        return network.name, programmes.filter(network=network), False, None, network
    if level == "organisation":
        organisation = get_object_or_404(Organisation, slug=slug)
        permissions.require(request.user, "view_evaluation", organisation)
        return organisation.name, programmes.filter(owner=organisation), False, None, organisation
    if level == "concept":
        concept = get_object_or_404(Concept, slug=slug)
        permissions.require(request.user, "view_evaluation", concept)
        return concept.title, programmes.filter(concept=concept), False, None, concept
    programme = get_object_or_404(Programme, slug=slug)
    permissions.require(request.user, "oversee_programme", programme)
    own_staff = permissions.check(request.user, "see_participant_contacts", programme)[0]
    selected = programmes.filter(pk=programme.pk)
    if level == "programme":
        return programme.title, selected, own_staff, None, programme
    cohort = get_object_or_404(programme.cohorts, pk=pk)
    return f"{programme.title} – {cohort.name}", selected, own_staff, cohort, programme


def _research_links(user, level: str, subject) -> list[tuple[str, str]]:
    """Evaluators of the network get the pseudonymised row-level exports beside the figures."""
    if level == "network":
        network, programme = subject, None
    elif level in ("programme", "cohort"):
        network, programme = subject.network, subject
    else:
        return []
    if not permissions.check(user, "export_research_data", network)[0]:
        return []
    links = []
    if programme is not None:
        links.append(
            (_("This programme"), reverse("evaluation:research_csv", args=[programme.slug]))
        )
    links.append(
        (
            _("All programmes of %(network)s") % {"network": network.name},
            reverse("evaluation:network_research_csv", args=[network.slug]),
        )
    )
    return links


@login_required
def dashboard(request, level: str, slug: str | None = None, pk: int | None = None, fmt="html"):
    if level not in LEVELS:
        raise Http404
    title, programmes, show_small, cohort, subject = _scope(request, level, slug, pk)
    form = FilterForm(request.GET or None)
    board = dashboards.build(
        level, title, programmes, form.filters(), show_small=show_small, cohort=cohort
    )
    context = {
        "board": board,
        "form": form,
        "subject": subject,
        "cohort": cohort,
        "level": level,
        "min_cell": dashboards.MIN_CELL,
        "generated": timezone.now(),
        "query": request.GET.urlencode(),
        "sections": reports.sections(board),
        "shift_chart": reports.shift_chart(board),
        "crosstab_rows": reports.crosstab_rows(board),
        "research_links": _research_links(request.user, level, subject),
    }
    name = slugify(title)[:60] or "evaluation"
    if fmt == "pdf":
        audit.log(request.user, "evaluation.report.pdf", subject, level=level)
        html = render_to_string("evaluation/report.html", context, request=request)
        response = HttpResponse(reports.pdf(html), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
        return response
    if fmt == "xlsx":
        audit.log(request.user, "evaluation.report.xlsx", subject, level=level)
        response = HttpResponse(
            reports.xlsx(board),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
        return response
    return render(
        request,
        "evaluation/dashboard.html",
        context,
        status=400 if form.is_bound and not form.is_valid() else 200,
    )
