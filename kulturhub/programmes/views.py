import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kulturhub.accounts.models import User
from kulturhub.core import permissions
from kulturhub.core.errors import DomainError
from kulturhub.core.text import unique_slug
from kulturhub.network.models import Membership, Network, Organisation
from kulturhub.programmes import queries, services
from kulturhub.programmes.forms import (
    AdoptForm,
    AssignForm,
    BridgeItemForm,
    CatalogueFilterForm,
    CohortForm,
    ConsentForm,
    EnrolForm,
    EnrolmentStatusForm,
    EraseForm,
    ProgrammeForm,
    ReferralForm,
    StaffForm,
    StatusForm,
)
from kulturhub.programmes.models import (
    Channel,
    Concept,
    Consent,
    Enrolment,
    Programme,
    Referral,
)


def _programme(request, slug, action) -> Programme:
    programme = get_object_or_404(Programme.objects.select_related("network", "owner"), slug=slug)
    permissions.require(request.user, action, programme)
    return programme


def _may(request, action, obj) -> bool:
    return permissions.check(request.user, action, obj)[0]


def _user_organisations(user):
    person = getattr(user, "person", None)
    if person is None:
        return Organisation.objects.none()
    return person.organisations.all()


def _user_networks(user):
    organisations = _user_organisations(user)
    return (
        Network.objects.filter(
            Q(
                memberships__organisation__in=organisations,
                memberships__status=Membership.Status.ACTIVE,
            )
            | Q(roles__person__user=user)
        )
        .distinct()
        .order_by("name")
    )


# ---------------------------------------------------------------------------- public


def catalogue(request):
    form = CatalogueFilterForm(request.GET or None)
    valid = not form.is_bound or form.is_valid()
    data = form.cleaned_data if form.is_bound and valid else {}
    programmes = queries.catalogue(data) if valid else Programme.objects.none()
    page = Paginator(programmes, 20).get_page(data.get("page") or 1)
    return render(
        request,
        "programmes/catalogue.html",
        {"form": form, "page": page},
        status=200 if valid else 400,
    )


def programme_detail(request, slug):
    programme = get_object_or_404(
        Programme.objects.public().select_related("owner", "network", "concept"), slug=slug
    )
    today = timezone.localdate()
    cohorts = [c for c in programme.cohorts.filter(ends_on__gte=today).prefetch_related("sessions")]
    return render(
        request,
        "programmes/programme_detail.html",
        {
            "programme": programme,
            "cohorts": cohorts,
            "can_refer": _may(request, "refer", programme),
            "can_oversee": _may(request, "oversee_programme", programme),
            "professional_channels": [
                Channel(c).label
                for c in programme.channels
                if c != Channel.SELF and c in Channel.values
            ],
        },
    )


def _referral_form(request, programme, self_referral):
    form = ReferralForm(
        request.POST or None,
        programme=programme,
        today=timezone.localdate(),
        self_referral=self_referral,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        person = getattr(request.user, "person", None) if request.user.is_authenticated else None
        try:
            referral = services.submit_referral(
                programme,
                channel=Channel.SELF if self_referral else data["channel"],
                name=data["name"],
                email=data["email"],
                phone=data["phone"],
                language=translation.get_language(),
                cohort=data["cohort"],
                age_band=data["age_band"],
                gender=data["gender"],
                reason=data["reason"],
                note=data["note"],
                referrer=None if self_referral else request.user,
                referrer_organisation=None
                if self_referral or person is None
                else person.organisations.first(),
            )
        except DomainError as error:
            form.add_error(error.field, error.message)
        else:
            return render(
                request,
                "programmes/referral_sent.html",
                {"programme": programme, "referral": referral, "self_referral": self_referral},
            )
    return render(
        request,
        "programmes/referral_form.html",
        {"programme": programme, "form": form, "self_referral": self_referral},
        status=400 if form.errors else 200,
    )


def self_referral(request, slug):
    programme = get_object_or_404(Programme.objects.public(), slug=slug)
    if not programme.accepts_self_referral:
        raise Http404
    return _referral_form(request, programme, self_referral=True)


@login_required
def refer(request, slug):
    programme = get_object_or_404(Programme.objects.public(), slug=slug)
    allowed, reason = permissions.check(request.user, "refer", programme)
    if not allowed:
        return render(request, "programmes/not_allowed.html", {"reason": reason}, status=403)
    return _referral_form(request, programme, self_referral=False)


@login_required
def my_referrals(request):
    """A referrer sees the status of what they referred, and nothing else."""
    referrals = (
        Referral.objects.filter(referrer=request.user)
        .select_related("programme", "participant")
        .order_by("-created_at")
    )
    return render(request, "programmes/my_referrals.html", {"referrals": referrals})


def concept_list(request):
    concepts = Concept.objects.select_related("origin_network").annotate(
        adoption_count=Count("adoptions")
    )
    return render(request, "programmes/concept_list.html", {"concepts": concepts})


def concept_detail(request, slug):
    concept = get_object_or_404(
        Concept.objects.select_related("origin_network", "origin_organisation"), slug=slug
    )
    adoptions = (
        concept.adoptions.public()
        .select_related("owner", "network")
        .order_by("network__country", "network__name", "owner__name")
    )
    form = None
    if request.user.is_authenticated and _user_organisations(request.user).exists():
        form = AdoptForm(
            organisations=_user_organisations(request.user), networks=_user_networks(request.user)
        )
    return render(
        request,
        "programmes/concept_detail.html",
        {"concept": concept, "adoptions": adoptions, "form": form},
    )


@login_required
@require_POST
def adopt(request, slug):
    concept = get_object_or_404(Concept, slug=slug)
    form = AdoptForm(
        request.POST,
        organisations=_user_organisations(request.user),
        networks=_user_networks(request.user),
    )
    if not form.is_valid():
        messages.error(request, _("Choose your organisation and a network you belong to."))
        return redirect(concept)
    programme = services.adopt_concept(
        concept,
        organisation=form.cleaned_data["organisation"],
        network=form.cleaned_data["network"],
        by=request.user,
    )
    messages.success(
        request,
        _(
            "A draft programme was made from the concept. Adjust it to "
            "your municipality and publish it."
        ),
    )
    return redirect("programmes:edit", programme.slug)


# ---------------------------------------------------------------------------- staff


@login_required
def programme_create(request):
    organisations = _user_organisations(request.user)
    if not organisations.exists():
        raise Http404
    return _programme_form(request, Programme(), organisations)


@login_required
def programme_edit(request, slug):
    programme = _programme(request, slug, "manage_programme")
    organisations = Organisation.objects.filter(
        Q(pk__in=_user_organisations(request.user).values("pk")) | Q(pk=programme.owner_id)
    )
    return _programme_form(request, programme, organisations)


def _programme_form(request, programme, organisations):
    networks = Network.objects.filter(
        Q(pk__in=_user_networks(request.user).values("pk")) | Q(pk=programme.network_id or 0)
    )
    form = ProgrammeForm(
        request.POST or None, instance=programme, organisations=organisations, networks=networks
    )
    if request.method == "POST" and form.is_valid():
        programme = form.save(commit=False)
        if not programme.slug:
            programme.slug = unique_slug(Programme, programme.title, max_length=90)
        services.save_programme(programme, request.user, staff_user=request.user)
        form.save_m2m()
        messages.success(request, _("The programme was saved."))
        return redirect("programmes:manage", programme.slug)
    return render(
        request,
        "programmes/programme_form.html",
        {"form": form, "programme": programme},
        status=400 if form.errors else 200,
    )


@login_required
def manage(request, slug):
    """The referral queue and cohorts. Codes only: contact data are one click further."""
    programme = _programme(request, slug, "oversee_programme")
    referrals = programme.referrals.select_related("participant", "assigned_to", "cohort")
    status = request.GET.get("status")
    if status:
        referrals = referrals.filter(status=status)
    overdue = {r.pk for r in services.overdue_referrals(programme=programme)}
    cohorts = programme.cohorts.annotate(
        taken=Count(
            "enrolments",
            filter=Q(enrolments__status__in=[Enrolment.Status.ACTIVE, Enrolment.Status.COMPLETED]),
        )
    )
    return render(
        request,
        "programmes/manage.html",
        {
            "programme": programme,
            "referrals": referrals,
            "overdue": overdue,
            "cohorts": cohorts,
            "can_manage": _may(request, "manage_programme", programme),
            "can_work": _may(request, "work_on_programme", programme),
            "staff": programme.staff.select_related("user"),
            "staff_form": StaffForm(),
        },
    )


@login_required
def caseload(request, slug):
    programme = _programme(request, slug, "work_on_programme")
    workers = User.objects.filter(programme_roles__programme=programme).annotate(
        open_cases=Count(
            "caseload",
            filter=Q(caseload__programme=programme)
            & ~Q(caseload__status__in=["enrolled", "declined"]),
        )
    )
    mine = programme.referrals.filter(assigned_to=request.user).select_related("participant")
    unassigned = (
        programme.referrals.filter(assigned_to__isnull=True)
        .exclude(status__in=["enrolled", "declined"])
        .select_related("participant")
    )
    return render(
        request,
        "programmes/caseload.html",
        {"programme": programme, "workers": workers, "mine": mine, "unassigned": unassigned},
    )


@login_required
def referral_detail(request, slug, pk):
    programme = _programme(request, slug, "work_on_programme")
    referral = get_object_or_404(programme.referrals.select_related("participant"), pk=pk)
    participant = referral.participant
    see_contacts = _may(request, "see_participant_contacts", programme)
    contact = services.read_contact(participant, request.user) if see_contacts else None
    today = timezone.localdate()
    forms = {
        "status_form": StatusForm(prefix="status"),
        "assign_form": AssignForm(
            prefix="assign", programme=programme, initial={"assigned_to": referral.assigned_to_id}
        ),
        "consent_form": ConsentForm(prefix="consent"),
        "enrol_form": EnrolForm(prefix="enrol", programme=programme, today=today),
    }
    if request.method == "POST":
        if not see_contacts:
            raise Http404  # facilitators read; the owner's staff act
        action = request.POST.get("action")
        try:
            if action == "status":
                form = forms["status_form"] = StatusForm(request.POST, prefix="status")
                if form.is_valid():
                    services.change_referral_status(
                        referral, form.cleaned_data["status"], request.user
                    )
            elif action == "assign":
                form = forms["assign_form"] = AssignForm(
                    request.POST, prefix="assign", programme=programme
                )
                if form.is_valid():
                    services.assign_referral(
                        referral, form.cleaned_data["assigned_to"], request.user
                    )
            elif action == "consent":
                form = forms["consent_form"] = ConsentForm(request.POST, prefix="consent")
                if form.is_valid():
                    services.record_consent(participant, by=request.user, **form.cleaned_data)
            elif action == "enrol":
                form = forms["enrol_form"] = EnrolForm(
                    request.POST, prefix="enrol", programme=programme, today=today
                )
                if form.is_valid():
                    services.enrol(participant, form.cleaned_data["cohort"], request.user)
            else:
                raise Http404
        except DomainError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        if not form.errors:
            messages.success(request, _("Saved."))
            return redirect("programmes:referral", programme.slug, referral.pk)
    return render(
        request,
        "programmes/referral_detail.html",
        {
            "programme": programme,
            "referral": referral,
            "participant": participant,
            "contact": contact,
            "see_contacts": see_contacts,
            "events": referral.events.select_related("by"),
            "consents": participant.consents.all(),
            "enrolments": participant.enrolments.select_related("cohort"),
            "due": services.answer_due(referral),
            **forms,
        },
        status=400 if any(f.errors for f in forms.values()) else 200,
    )


@login_required
@require_POST
def consent_withdraw(request, slug, pk):
    programme = _programme(request, slug, "see_participant_contacts")
    consent = get_object_or_404(Consent, pk=pk, participant__programme=programme)
    services.withdraw_consent(consent, request.user)
    messages.success(request, _("The consent is marked as withdrawn."))
    return redirect("programmes:referral", programme.slug, consent.participant.referral.pk)


@login_required
def participant_export(request, slug, code):
    programme = _programme(request, slug, "see_participant_contacts")
    participant = get_object_or_404(programme.participants, code=code)
    data = services.export_participant(participant, request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{participant.code}.json"'
    return response


@login_required
def participant_erase(request, slug, code):
    programme = _programme(request, slug, "see_participant_contacts")
    participant = get_object_or_404(programme.participants, code=code)
    form = EraseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.erase_participant(
            participant,
            keep_anonymous=form.cleaned_data["keep_anonymous"] == "yes",
            by=request.user,
        )
        messages.success(request, _("The participant's data were erased."))
        return redirect("programmes:manage", programme.slug)
    return render(
        request,
        "programmes/participant_erase.html",
        {"programme": programme, "participant": participant, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
def cohort_create(request, slug):
    programme = _programme(request, slug, "manage_programme")
    form = CohortForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        cohort = form.save(commit=False)
        cohort.programme = programme
        cohort.save()
        data = form.cleaned_data
        if data.get("first_session") and data.get("session_count"):
            first = timezone.make_aware(
                data["first_session"].replace(tzinfo=None), timezone.get_current_timezone()
            )
            services.add_sessions(
                cohort,
                first=first,
                count=data["session_count"],
                minutes=data.get("session_minutes") or 120,
            )
        messages.success(request, _("The cohort was created."))
        return redirect("programmes:cohort", programme.slug, cohort.pk)
    return render(
        request,
        "programmes/cohort_form.html",
        {"programme": programme, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
def cohort_detail(request, slug, pk):
    programme = _programme(request, slug, "work_on_programme")
    cohort = get_object_or_404(programme.cohorts, pk=pk)
    if request.method == "POST":
        if not _may(request, "see_participant_contacts", programme):
            raise Http404
        enrolment = get_object_or_404(cohort.enrolments, pk=request.POST.get("enrolment"))
        form = EnrolmentStatusForm(request.POST)
        if form.is_valid():
            services.set_enrolment_status(enrolment, form.cleaned_data["status"], request.user)
            messages.success(request, _("Saved."))
        return redirect("programmes:cohort", programme.slug, cohort.pk)
    enrolments = cohort.enrolments.select_related("participant").annotate(
        present=Count("attendance", filter=Q(attendance__present=True))
    )
    return render(
        request,
        "programmes/cohort_detail.html",
        {
            "programme": programme,
            "cohort": cohort,
            "enrolments": enrolments,
            "sessions": cohort.sessions.all(),
            "status_choices": Enrolment.Status.choices,
            "can_act": _may(request, "see_participant_contacts", programme),
        },
    )


@login_required
def attendance(request, slug, pk, number):
    """Phone-friendly: tick who came, save."""
    programme = _programme(request, slug, "work_on_programme")
    cohort = get_object_or_404(programme.cohorts, pk=pk)
    session = get_object_or_404(cohort.sessions, number=number)
    enrolments = (
        cohort.enrolments.exclude(status=Enrolment.Status.DROPPED_OUT)
        .select_related("participant")
        .order_by("participant__code")
    )
    if request.method == "POST":
        present = {int(v) for v in request.POST.getlist("present") if v.isdigit()}
        valid_ids = {e.pk for e in enrolments}
        services.record_attendance(session, present & valid_ids, request.user)
        messages.success(request, _("Attendance saved."))
        return redirect("programmes:cohort", programme.slug, cohort.pk)
    marked = dict(session.attendance.values_list("enrolment_id", "present"))
    return render(
        request,
        "programmes/attendance.html",
        {
            "programme": programme,
            "cohort": cohort,
            "session": session,
            "rows": [(e, marked.get(e.pk)) for e in enrolments],
        },
    )


@login_required
def bridge(request, slug, pk):
    programme = _programme(request, slug, "work_on_programme")
    cohort = get_object_or_404(programme.cohorts, pk=pk)
    can_act = _may(request, "see_participant_contacts", programme)
    form = BridgeItemForm(request.POST or None) if can_act else None
    if request.method == "POST":
        if not can_act:
            raise Http404
        if request.POST.get("action") == "email":
            try:
                sent = services.email_bridge_list(cohort, request.user)
                messages.success(
                    request, _("The list was sent to %(count)s participants.") % {"count": sent}
                )
            except DomainError as error:
                messages.error(request, error.message)
            return redirect("programmes:bridge", programme.slug, cohort.pk)
        if form.is_valid():
            services.add_bridge_item(cohort, form.save(commit=False), request.user)
            messages.success(request, _("Added to the list."))
            return redirect("programmes:bridge", programme.slug, cohort.pk)
    return render(
        request,
        "programmes/bridge.html",
        {
            "programme": programme,
            "cohort": cohort,
            "items": cohort.bridge_items.all(),
            "form": form,
            "can_act": can_act,
        },
        status=400 if form is not None and form.errors else 200,
    )


@login_required
@require_POST
def staff_add(request, slug):
    programme = _programme(request, slug, "manage_programme")
    form = StaffForm(request.POST)
    user = None
    if form.is_valid():
        user = User.objects.filter(email__iexact=form.cleaned_data["email"]).first()
    if user is None:
        messages.error(request, _("No Kulturhub user has that e-mail address."))
        return redirect("programmes:manage", programme.slug)
    try:
        services.set_staff(programme, user, form.cleaned_data["role"], request.user)
        messages.success(request, _("Saved."))
    except DomainError as error:
        messages.error(request, error.message)
    return redirect("programmes:manage", programme.slug)
