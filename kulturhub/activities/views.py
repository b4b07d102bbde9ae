from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kulturhub.activities import ical, queries, services, tokens
from kulturhub.activities.forms import (
    ActivityFilterForm,
    ActivityForm,
    CalendarFilterForm,
    CancelActivityForm,
    CapacityForm,
    MaterialForm,
    RegistrationForm,
)
from kulturhub.activities.models import Activity, CalendarFeed, Material, Registration
from kulturhub.activities.workflow import ACTIVE, SEATED, Actor, State
from kulturhub.core import audit, permissions
from kulturhub.core.errors import DomainError
from kulturhub.core.text import unique_slug
from kulturhub.network import services as network_services
from kulturhub.network.models import Network


def _activity(request, slug) -> Activity:
    activity = get_object_or_404(Activity.objects.select_related("network"), slug=slug)
    permissions.require(request.user, "view_activity", activity)
    return activity


def _activity_for_organiser(request, slug) -> Activity:
    activity = get_object_or_404(Activity.objects.select_related("network"), slug=slug)
    permissions.require(request.user, "organise_activity", activity)
    return activity


# ---------------------------------------------------------------------------- public


def activity_list(request):
    form = ActivityFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    status = 400 if form.is_bound and form.errors else 200
    activities = queries.filtered(data) if status == 200 else Activity.objects.none()
    page = Paginator(activities, 20).get_page(data.get("page") or 1)
    return render(
        request,
        "activities/activity_list.html",
        {"form": form, "page": page, "when": data.get("when") or "upcoming"},
        status=status,
    )


def calendar_month(request):
    form = CalendarFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    if form.is_bound and form.errors:
        return render(request, "activities/calendar.html", {"form": form}, status=400)
    first = queries.month_start(data.get("month"))
    data = {**data, "month": first.strftime("%Y-%m")}
    weeks = queries.month_grid(queries.filtered(data), first)
    previous = (first.replace(day=1) - date.resolution).replace(day=1)
    return render(
        request,
        "activities/calendar.html",
        {
            "form": form,
            "weeks": weeks,
            "month": first,
            "previous": previous.strftime("%Y-%m"),
            "next": queries.next_month(first).strftime("%Y-%m"),
            "today": timezone.localdate(),
        },
    )


def year_plan(request, network_slug, year=None):
    network = get_object_or_404(Network, slug=network_slug)
    year = year or date.today().year
    if not 2000 <= year <= 2100:
        raise Http404
    return render(
        request,
        "activities/year_plan.html",
        {"network": network, "year": year, "months": queries.year_plan(network, year)},
    )


def _own_registration(request, activity):
    if not request.user.is_authenticated:
        return None
    return (
        activity.registrations.filter(email__iexact=request.user.email, status__in=list(ACTIVE))
        .order_by("-queued_at")
        .first()
    )


def activity_detail(request, slug, form=None):
    activity = _activity(request, slug)
    registration = _own_registration(request, activity)
    refusal = services.registration_refusal(activity, request.user)
    if form is None and registration is None and refusal is None:
        form = RegistrationForm(user=request.user)
    can_organise = permissions.check(request.user, "organise_activity", activity)[0]
    return render(
        request,
        "activities/activity_detail.html",
        {
            "activity": activity,
            "registration": registration,
            "seated": registration is not None
            and registration.status in SEATED
            and registration.status != State.OFFERED,
            "refusal": refusal,
            "form": form,
            "can_organise": can_organise,
            "seats_left": activity.seats_left(),
            "waiting": activity.waiting_count(),
            "materials": activity.materials.all(),
        },
        status=400 if form is not None and form.errors else 200,
    )


@require_POST
def register(request, slug):
    activity = _activity(request, slug)
    form = RegistrationForm(request.POST, user=request.user)
    if not form.is_valid():
        return activity_detail(request, slug, form=form)
    try:
        registration = services.register(
            activity,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            organisation=form.cleaned_data["organisation"],
            access_needs=form.cleaned_data["access_needs"],
            dietary_notes=form.cleaned_data["dietary_notes"],
            language=translation.get_language(),
            user=request.user,
        )
    except DomainError as error:
        form.add_error(None, error.message)
        return activity_detail(request, slug, form=form)
    return render(
        request,
        "activities/registered.html",
        {"activity": activity, "registration": registration},
    )


def cancel_by_token(request, token):
    registration = tokens.read(token, tokens.CANCEL)
    if request.method == "POST" and registration is not None:
        try:
            registration = services.cancel_by_token(token)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Your registration is cancelled."))
            return redirect(registration.activity)
    return render(
        request,
        "activities/token_action.html",
        {"registration": registration, "action": "cancel"},
        status=200 if registration else 404,
    )


def accept_by_token(request, token):
    registration = tokens.read(token, tokens.ACCEPT)
    if request.method == "POST" and registration is not None:
        try:
            registration = services.accept_offer(token)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The seat is yours. See you there!"))
            return redirect(registration.activity)
    return render(
        request,
        "activities/token_action.html",
        {"registration": registration, "action": "accept"},
        status=200 if registration else 404,
    )


@login_required
@require_POST
def cancel_own(request, slug):
    """A signed-in person cancels their own registration from the activity page."""
    activity = _activity(request, slug)
    registration = _own_registration(request, activity)
    if registration is None:
        raise Http404
    try:
        services.cancel_registration(registration, Actor.REGISTRANT, by=request.user)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your registration is cancelled."))
    return redirect(activity)


@login_required
def my_activities(request):
    feed = CalendarFeed.for_user(request.user)
    if request.method == "POST":
        feed.renew()
        audit.log(request.user, "activities.feed.renewed", feed)
        messages.success(
            request, _("Your calendar has a new secret address. The old one no longer works.")
        )
        return redirect("activities:mine")
    registrations = (
        Registration.objects.filter(email__iexact=request.user.email)
        .select_related("activity", "activity__network")
        .order_by("-activity__starts_at")
    )
    return render(
        request,
        "activities/my_activities.html",
        {"registrations": registrations, "feed": feed},
    )


def network_feed(request, network_slug):
    network = get_object_or_404(Network, slug=network_slug)
    activities = Activity.objects.published().in_network_tree(network).select_related("network")
    body = ical.calendar(activities, network.name)
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


def personal_feed(request, token):
    feed = get_object_or_404(CalendarFeed.objects.select_related("user"), token=token)
    registrations = Registration.objects.filter(
        email__iexact=feed.user.email, status__in=list(ACTIVE)
    ).select_related("activity")
    activities = [r.activity for r in registrations]
    with_links = {
        r.activity_id for r in registrations if r.status in {State.CONFIRMED, State.ATTENDED}
    }
    body = ical.calendar(activities, _("My activities"), links_for=with_links)
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


def material_download(request, pk):
    material = get_object_or_404(Material.objects.select_related("activity__network"), pk=pk)
    activity = material.activity
    permissions.require(request.user, "view_activity", activity)
    if activity.audience == Activity.Audience.MEMBERS and not (
        permissions.is_member(request.user, activity.network)
        or permissions.check(request.user, "organise_activity", activity)[0]
    ):
        raise Http404
    if material.kind != Material.Kind.FILE or not material.file:
        return redirect(material.url)
    return FileResponse(material.file.open("rb"), as_attachment=True)


# ---------------------------------------------------------------------------- organisers


@login_required
def activity_create(request, network_slug):
    network = get_object_or_404(Network, slug=network_slug)
    permissions.require(request.user, "manage_network", network)
    activity = Activity(network=network)
    return _edit(request, activity, network)


@login_required
def activity_edit(request, slug):
    activity = _activity_for_organiser(request, slug)
    permissions.require(request.user, "manage_network", activity.network)
    return _edit(request, activity, activity.network)


def _edit(request, activity, network):
    form = ActivityForm(
        request.POST or None,
        instance=activity,
        network=network,
        people=network_services.people_of_network(network),
    )
    if request.method == "POST" and form.is_valid():
        activity = form.save(commit=False)
        if not activity.slug:
            base = f"{activity.local_start:%Y-%m-%d}-{activity.title}"
            activity.slug = unique_slug(Activity, base, max_length=90)
        try:
            services.save_activity(
                activity,
                request.user,
                organisers=form.cleaned_data["organisers"],
                organiser_groups=form.cleaned_data["organiser_groups"],
            )
        except DomainError as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(request, _("The activity was saved."))
            return redirect(activity)
    return render(
        request,
        "activities/activity_form.html",
        {"form": form, "activity": activity, "network": network},
        status=400 if form.errors else 200,
    )


@login_required
def activity_cancel(request, slug):
    activity = _activity_for_organiser(request, slug)
    permissions.require(request.user, "manage_network", activity.network)
    form = CancelActivityForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.cancel_activity(activity, form.cleaned_data["reason"], request.user)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request, _("The activity is cancelled and everyone registered is being told.")
            )
            return redirect(activity)
    return render(request, "activities/activity_cancel.html", {"activity": activity, "form": form})


@login_required
def participants(request, slug):
    activity = _activity_for_organiser(request, slug)
    capacity_form = CapacityForm(request.POST or None, initial={"capacity": activity.capacity})
    if request.method == "POST" and capacity_form.is_valid():
        try:
            services.set_capacity(activity, capacity_form.cleaned_data["capacity"], request.user)
        except DomainError as error:
            capacity_form.add_error("capacity", error.message)
        else:
            messages.success(request, _("The capacity was changed."))
            return redirect("activities:participants", activity.slug)
    audit.log(request.user, "activities.participants.viewed", activity)
    registrations = activity.registrations.order_by("queued_at", "pk")
    return render(
        request,
        "activities/participants.html",
        {
            "activity": activity,
            "registrations": registrations,
            "capacity_form": capacity_form,
            "seats_taken": activity.seats_taken(),
            "waiting": activity.waiting_count(),
        },
        status=400 if capacity_form.errors else 200,
    )


@login_required
def participants_csv(request, slug):
    activity = _activity_for_organiser(request, slug)
    response = HttpResponse(
        services.participants_csv(activity, request.user), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{activity.slug}-participants.csv"'
    return response


@login_required
@require_POST
def organiser_cancel(request, slug, pk):
    activity = _activity_for_organiser(request, slug)
    registration = get_object_or_404(activity.registrations, pk=pk)
    try:
        services.cancel_registration(registration, Actor.ORGANISER, by=request.user)
        messages.success(request, _("The registration was cancelled."))
    except DomainError as error:
        messages.error(request, error.message)
    return redirect("activities:participants", activity.slug)


@login_required
def check_in(request, slug):
    activity = _activity_for_organiser(request, slug)
    registrations = activity.registrations.filter(
        status__in=[State.CONFIRMED, State.ATTENDED, State.NO_SHOW]
    ).order_by("name")
    return render(
        request,
        "activities/check_in.html",
        {
            "activity": activity,
            "registrations": registrations,
            "arrived": sum(1 for r in registrations if r.status == State.ATTENDED),
        },
    )


@login_required
@require_POST
def attendance(request, slug, pk):
    activity = _activity_for_organiser(request, slug)
    registration = get_object_or_404(activity.registrations, pk=pk)
    attended = request.POST.get("attended") == "yes"
    try:
        services.record_attendance(registration, attended, request.user)
    except DomainError as error:
        messages.error(request, error.message)
    return redirect(reverse("activities:check_in", args=[activity.slug]) + f"#r{registration.pk}")


@login_required
def material_add(request, slug):
    activity = _activity_for_organiser(request, slug)
    form = MaterialForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        material = form.save(commit=False)
        material.activity = activity
        material.save()
        audit.log(request.user, "activities.material.added", material)
        messages.success(request, _("The material was added."))
        return redirect(activity)
    return render(
        request,
        "activities/material_form.html",
        {"activity": activity, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def material_delete(request, slug, pk):
    activity = _activity_for_organiser(request, slug)
    material = get_object_or_404(activity.materials, pk=pk)
    audit.log(request.user, "activities.material.deleted", material)
    if material.file:
        material.file.delete(save=False)
    material.delete()
    messages.success(request, _("The material was removed."))
    return redirect(activity)
