import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from kulturhub.core import permissions
from kulturhub.core.errors import DomainError
from kulturhub.evaluation import licences, outreach, research, services
from kulturhub.evaluation.forms import AnswerForm, InviteForm, LicenceForm, QuestionnaireForm
from kulturhub.evaluation.instruments import INSTRUMENT_CODES
from kulturhub.evaluation.models import Response
from kulturhub.network.models import Network
from kulturhub.programmes.models import Programme


def answer(request, token):
    """The participant's questionnaire: phone-friendly, checked against the link every time."""
    try:
        invitation = services.invitation_for(token)
    except DomainError as error:
        return render(
            request, "evaluation/link_problem.html", {"message": error.message}, status=404
        )
    questionnaire = invitation.questionnaire
    wording = licences.wording_for(
        questionnaire.programme.network, questionnaire.instruments, invitation.language
    )
    form = AnswerForm(
        request.POST or None,
        codes=questionnaire.instruments,
        wording=wording,
        questions=questionnaire.questions,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.answer(token, form.answers())
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            return render(request, "evaluation/thanks.html", {"programme": questionnaire.programme})
    return render(
        request,
        "evaluation/answer.html",
        {"form": form, "questionnaire": questionnaire, "programme": questionnaire.programme},
        status=400 if form.errors else 200,
    )


def _programme(request, slug, action):
    programme = get_object_or_404(Programme, slug=slug)
    permissions.require(request.user, action, programme)
    return programme


@login_required
def questionnaires(request, slug):
    programme = _programme(request, slug, "work_on_programme")
    can_act = permissions.check(request.user, "see_participant_contacts", programme)[0]
    create_form = QuestionnaireForm(request.POST or None, prefix="new")
    if request.method == "POST":
        if not can_act:
            raise Http404
        if create_form.is_valid():
            data = create_form.cleaned_data
            try:
                services.create_questionnaire(
                    programme,
                    time_point=data["time_point"],
                    codes=data["instruments"],
                    days=data["days_to_answer"],
                    remind_after=data["remind_after_days"],
                    by=request.user,
                )
            except DomainError as error:
                create_form.add_error(error.field, error.message)
            else:
                messages.success(request, _("The questionnaire was created."))
                return redirect("evaluation:questionnaires", programme.slug)
    listed = programme.questionnaires.annotate(
        invited=Count("invitations", distinct=True),
        answered=Count("responses", distinct=True),
        on_paper=Count(
            "responses", filter=Q(responses__source=Response.Source.PAPER), distinct=True
        ),
    )
    return render(
        request,
        "evaluation/questionnaires.html",
        {
            "programme": programme,
            "questionnaires": listed,
            "create_form": create_form,
            "invite_form": InviteForm(programme=programme),
            "can_act": can_act,
            "blocked": licences.missing(programme.network, INSTRUMENT_CODES),
            "can_manage_licences": permissions.check(
                request.user, "manage_network", programme.network
            )[0],
        },
        status=400 if create_form.errors else 200,
    )


@login_required
def invite(request, slug, pk):
    programme = _programme(request, slug, "see_participant_contacts")
    questionnaire = get_object_or_404(programme.questionnaires, pk=pk)
    if request.method != "POST":
        raise Http404
    form = InviteForm(request.POST, programme=programme)
    if form.is_valid():
        try:
            invited, skipped = services.invite_cohort(
                questionnaire, form.cleaned_data["cohort"], request.user
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("%(invited)s invited; %(skipped)s without consent to evaluation were left out.")
                % {"invited": invited, "skipped": skipped},
            )
    else:
        messages.error(request, _("Choose a cohort."))
    return redirect("evaluation:questionnaires", programme.slug)


@login_required
def paper_entry(request, slug, pk, code):
    """Staff type in a paper form the participant filled in."""
    programme = _programme(request, slug, "see_participant_contacts")
    questionnaire = get_object_or_404(programme.questionnaires, pk=pk)
    participant = get_object_or_404(programme.participants, code=code)
    wording = licences.wording_for(
        programme.network, questionnaire.instruments, request.LANGUAGE_CODE
    )
    # A paper form may have a required own question left blank: it is typed in as it is.
    on_paper = [{**q, "required": False} for q in questionnaire.questions]
    form = AnswerForm(
        request.POST or None, codes=questionnaire.instruments, wording=wording, questions=on_paper
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.record_answers(
                questionnaire,
                participant,
                form.answers(),
                language=request.LANGUAGE_CODE,
                source=Response.Source.PAPER,
                by=request.user,
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The paper form was saved."))
            return redirect("evaluation:questionnaires", programme.slug)
    return render(
        request,
        "evaluation/answer.html",
        {
            "form": form,
            "questionnaire": questionnaire,
            "programme": programme,
            "participant": participant,
        },
        status=400 if form.errors else 200,
    )


class _Echo:
    """Hands each line csv.writer makes straight back, so rows can be streamed."""

    def write(self, line):
        return line


def _research_csv(request, target, name: str) -> StreamingHttpResponse:
    # The export is audit-logged here, before the first row is sent.
    rows = research.export_rows(target, request.user)
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse(
        (writer.writerow(row) for row in rows), content_type="text/csv; charset=utf-8"
    )
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="research-{name}-{day}.csv"'
    patch_cache_control(response, private=True, no_store=True)
    return response


@login_required
@require_GET
def research_csv(request, slug):
    """Pseudonymised scores of one programme, for the network's evaluators."""
    programme = _programme(request, slug, "export_research_data")
    return _research_csv(request, programme, programme.slug)


@login_required
@require_GET
def network_research_csv(request, slug):
    """Pseudonymised scores of every programme in the network, for its evaluators."""
    network = get_object_or_404(Network, slug=slug)
    permissions.require(request.user, "export_research_data", network)
    return _research_csv(request, network, network.slug)


@login_required
def licences_page(request, slug):
    """The network's instrument licences: its coordinators record and withdraw them."""
    network = get_object_or_404(Network, slug=slug)
    permissions.require(request.user, "manage_network", network)
    rows = licences.overview(network)
    for row in rows:
        if row["required"] and row["acknowledgement"] is None:
            row["form"] = LicenceForm(prefix=row["code"].lower())
    if request.method == "POST":
        code = request.POST.get("instrument", "")
        try:
            if request.POST.get("action") == "withdraw":
                licences.withdraw(network, code, request.user)
                messages.success(
                    request,
                    _("The licence for %(code)s was withdrawn: it cannot be used until recorded.")
                    % {"code": code},
                )
                return redirect("evaluation:licences", network.slug)
            row = next((r for r in rows if r["code"] == code), None)
            if row is None:
                raise Http404
            row["form"] = LicenceForm(request.POST, prefix=code.lower())
            if row["form"].is_valid():
                licences.acknowledge(
                    network,
                    code,
                    reference=row["form"].cleaned_data["reference"],
                    by=request.user,
                )
                messages.success(
                    request, _("The licence for %(code)s is recorded.") % {"code": code}
                )
                return redirect("evaluation:licences", network.slug)
        except DomainError as error:
            messages.error(request, error.message)
            return redirect("evaluation:licences", network.slug)
    return render(
        request,
        "evaluation/licences.html",
        {"network": network, "rows": rows},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def remind(request, slug, pk):
    """Staff send the one reminder now to everyone who has not answered yet."""
    programme = _programme(request, slug, "see_participant_contacts")
    questionnaire = get_object_or_404(programme.questionnaires, pk=pk)
    if request.method != "POST":
        raise Http404
    try:
        count = outreach.remind_unanswered(questionnaire, request.user)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        if count:
            messages.success(
                request,
                ngettext(
                    "A reminder is on its way to %(count)s participant.",
                    "Reminders are on their way to %(count)s participants.",
                    count,
                )
                % {"count": count},
            )
        else:
            messages.info(
                request,
                _("Nobody to remind: everyone has answered, was reminded or cannot be reached."),
            )
    return redirect("evaluation:questionnaires", programme.slug)


@login_required
def letters(request, slug, pk):
    """Printable letters with the link and a QR code, one per consented participant."""
    programme = _programme(request, slug, "see_participant_contacts")
    questionnaire = get_object_or_404(programme.questionnaires, pk=pk)
    form = InviteForm(request.GET, programme=programme)
    if not form.is_valid():
        messages.error(request, _("Choose a cohort."))
        return redirect("evaluation:questionnaires", programme.slug)
    cohort = form.cleaned_data["cohort"]
    try:
        batch = outreach.letters(questionnaire, cohort, request.user)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("evaluation:questionnaires", programme.slug)
    response = render(
        request,
        "evaluation/letters.html",
        {"programme": programme, "questionnaire": questionnaire, "cohort": cohort, "batch": batch},
    )
    # The letters carry working links: keep them out of every cache.
    patch_cache_control(response, private=True, no_store=True)
    return response
