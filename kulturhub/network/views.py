from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kulturhub.activities import queries
from kulturhub.activities.models import Activity
from kulturhub.core import permissions
from kulturhub.core.errors import DomainError
from kulturhub.core.text import unique_slug
from kulturhub.network import services
from kulturhub.network.forms import (
    AddMembershipForm,
    DecisionForm,
    GroupForm,
    JoinRequestForm,
    MembershipForm,
    NetworkForm,
    PartnerSearchForm,
    PersonRoleForm,
    ProfileForm,
)
from kulturhub.network.models import (
    Group,
    JoinRequest,
    Membership,
    Network,
    NetworkRole,
    Organisation,
    Person,
)


def _network_for_coordinator(request, slug) -> Network:
    network = get_object_or_404(Network, slug=slug)
    permissions.require(request.user, "manage_network", network)
    return network


def home(request):
    networks = (
        Network.objects.filter(parent__isnull=True)
        .annotate(
            member_count=Count(
                "memberships", filter=Q(memberships__status=Membership.Status.ACTIVE)
            )
        )
        .prefetch_related("children")
    )
    return render(
        request,
        "network/home.html",
        {
            "networks": networks,
            "organisation_count": Organisation.objects.count(),
            "people_count": Person.objects.listed().count(),
        },
    )


def network_detail(request, slug):
    network = get_object_or_404(
        Network.objects.select_related("parent", "funder", "owner", "management"), slug=slug
    )
    memberships = network.memberships.filter(status=Membership.Status.ACTIVE).select_related(
        "organisation"
    )
    by_kind: dict[str, list[Membership]] = {}
    for membership in memberships:
        by_kind.setdefault(membership.organisation.get_kind_display(), []).append(membership)
    visible = services.people_shown(Person.objects.all(), request.user)
    groups = network.groups.prefetch_related(
        Prefetch("members", queryset=visible.order_by("name"), to_attr="visible_members")
    )
    coordinators = network.roles.filter(
        role=NetworkRole.Role.COORDINATOR, person__in=visible
    ).select_related("person")
    is_coordinator = permissions.is_coordinator(request.user, network)
    upcoming = queries.with_counts(
        Activity.objects.published().in_network_tree(network).upcoming()
    ).select_related("network")[:5]
    return render(
        request,
        "network/network_detail.html",
        {
            "network": network,
            "members_by_kind": sorted(by_kind.items()),
            "member_count": len(memberships),
            "groups": groups,
            "coordinators": coordinators,
            "children": network.children.all(),
            "upcoming": upcoming,
            "is_coordinator": is_coordinator,
            "pending_requests": network.join_requests.pending().count() if is_coordinator else 0,
        },
    )


@login_required
def network_edit(request, slug):
    network = _network_for_coordinator(request, slug)
    form = NetworkForm(request.POST or None, instance=network)
    if request.method == "POST" and form.is_valid():
        services.save_network(form.save(commit=False), request.user)
        messages.success(request, _("The network was saved."))
        return redirect(network)
    return render(request, "network/network_edit.html", {"network": network, "form": form})


def join_request_create(request, slug):
    network = get_object_or_404(Network, slug=slug)
    form = JoinRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.submit_join_request(network, form.cleaned_data)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            return render(request, "network/join_request_sent.html", {"network": network})
    return render(request, "network/join_request_form.html", {"network": network, "form": form})


@login_required
def join_request_list(request, slug):
    network = _network_for_coordinator(request, slug)
    requests = network.join_requests.select_related("decided_by")
    return render(
        request,
        "network/join_request_list.html",
        {
            "network": network,
            "pending": [r for r in requests if r.status == JoinRequest.Status.PENDING],
            "decided": [r for r in requests if r.status != JoinRequest.Status.PENDING][:50],
        },
    )


@login_required
def join_request_detail(request, slug, pk):
    network = _network_for_coordinator(request, slug)
    join_request = get_object_or_404(network.join_requests, pk=pk)
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["decision"] == "approve":
                services.approve_join_request(join_request, request.user)
                messages.success(request, _("The request was approved."))
            else:
                services.decline_join_request(
                    join_request, request.user, form.cleaned_data["reason"]
                )
                messages.success(request, _("The request was declined."))
        except DomainError as error:
            form.add_error(error.field, error.message)
        else:
            return redirect("network:join_requests", network.slug)
    return render(
        request,
        "network/join_request_detail.html",
        {"network": network, "join_request": join_request, "form": form},
    )


@login_required
def group_edit(request, slug, pk=None):
    network = _network_for_coordinator(request, slug)
    group = get_object_or_404(network.groups, pk=pk) if pk else Group(network=network)
    form = GroupForm(
        request.POST or None,
        instance=group,
        network=network,
        people=services.people_of_network(network),
    )
    if request.method == "POST" and form.is_valid():
        members = form.cleaned_data["members"]
        services.save_group(form.save(commit=False), request.user, members=members)
        messages.success(request, _("The group was saved."))
        return redirect(network)
    return render(
        request, "network/group_form.html", {"network": network, "group": group, "form": form}
    )


@login_required
@require_POST
def group_delete(request, slug, pk):
    network = _network_for_coordinator(request, slug)
    group = get_object_or_404(network.groups, pk=pk)
    services.delete_group(group, request.user)
    messages.success(request, _("The group was deleted."))
    return redirect(network)


@login_required
def memberships(request, slug):
    network = _network_for_coordinator(request, slug)
    people = services.people_of_network(network)
    add_form = AddMembershipForm(prefix="add")
    add_form.fields["organisation"].queryset = Organisation.objects.exclude(
        memberships__network=network
    )
    role_form = PersonRoleForm(prefix="role", people=people)
    return render(
        request,
        "network/memberships.html",
        {
            "network": network,
            "memberships": [
                (m, MembershipForm(instance=m, prefix=f"m{m.pk}"))
                for m in network.memberships.select_related("organisation")
            ],
            "roles": network.roles.select_related("person"),
            "add_form": add_form,
            "role_form": role_form,
        },
    )


@login_required
@require_POST
def membership_add(request, slug):
    network = _network_for_coordinator(request, slug)
    form = AddMembershipForm(request.POST, prefix="add")
    if form.is_valid():
        try:
            services.add_membership(
                network,
                form.cleaned_data["organisation"],
                form.cleaned_data["role"],
                request.user,
            )
            messages.success(request, _("The membership was added."))
        except DomainError as error:
            messages.error(request, error.message)
    else:
        messages.error(request, _("Choose an organisation and a role."))
    return redirect("network:memberships", network.slug)


@login_required
@require_POST
def membership_update(request, slug, pk):
    network = _network_for_coordinator(request, slug)
    membership = get_object_or_404(network.memberships, pk=pk)
    # Unbound from the instance: the service compares the old status with the new one.
    form = MembershipForm(request.POST, prefix=f"m{membership.pk}")
    if form.is_valid():
        services.update_membership(
            membership, form.cleaned_data["status"], form.cleaned_data["role"], request.user
        )
        messages.success(request, _("The membership was saved."))
    else:
        messages.error(request, _("Choose a valid status and role."))
    return redirect("network:memberships", network.slug)


@login_required
@require_POST
def person_role(request, slug):
    network = _network_for_coordinator(request, slug)
    form = PersonRoleForm(request.POST, prefix="role", people=services.people_of_network(network))
    if form.is_valid():
        try:
            services.set_person_role(
                network,
                form.cleaned_data["person"],
                form.cleaned_data["role"] or None,
                request.user,
            )
            messages.success(request, _("The role was saved."))
        except DomainError as error:
            messages.error(request, error.message)
    else:
        messages.error(request, _("Choose a person tied to this network and a role."))
    return redirect("network:memberships", network.slug)


def organisation_detail(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    memberships = organisation.memberships.exclude(status=Membership.Status.ENDED).select_related(
        "network"
    )
    people = services.people_shown(organisation.people.all(), request.user).order_by("name")
    return render(
        request,
        "network/organisation_detail.html",
        {"organisation": organisation, "memberships": memberships, "people": people},
    )


def person_detail(request, slug):
    person = get_object_or_404(
        Person.objects.prefetch_related(
            "organisations", "competences", "art_forms", "target_groups", "languages"
        ),
        slug=slug,
    )
    allowed, _reason = permissions.check(request.user, "view_person", person)
    if not allowed:
        raise Http404
    roles = person.network_roles.select_related("network")
    groups = person.network_groups.select_related("network")
    return render(
        request,
        "network/person_detail.html",
        {"person": person, "roles": roles, "groups": groups},
    )


@login_required
def profile_edit(request):
    person = services.person_for_user(request.user)
    if person is None:
        person = Person(user=request.user, name=request.user.full_name, email=request.user.email)
    form = ProfileForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        person = form.save(commit=False)
        if not person.slug:
            person.slug = unique_slug(Person, person.name)
        services.update_profile(person, request.user)
        form.save_m2m()
        messages.success(request, _("Your profile was saved."))
        return redirect(person)
    return render(request, "network/profile_form.html", {"form": form, "person": person})


def partner_finder(request):
    form = PartnerSearchForm(request.GET or None)
    results = None
    if form.is_bound and not form.is_valid():
        return render(request, "network/partner_finder.html", {"form": form}, status=400)
    if form.is_bound:
        query = form.to_query()
    else:
        query = services.PartnerQuery()
    results = services.find_partners(query)
    return render(request, "network/partner_finder.html", {"form": form, "results": results})
