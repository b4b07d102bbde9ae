"""Business rules of networks, organisations, people, join requests and the partner finder."""

from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from kulturhub.core import audit, mail
from kulturhub.core.errors import DomainError
from kulturhub.core.text import unique_slug
from kulturhub.network.models import (
    Group,
    JoinRequest,
    Membership,
    Network,
    NetworkRole,
    Organisation,
    Person,
)

# ---------------------------------------------------------------------------- join requests


def submit_join_request(network: Network, data: dict) -> JoinRequest:
    """Record a public request to join `network` and tell its coordinators."""
    if not network.open_for_members:
        raise DomainError(_("This network is not taking new members at the moment."))
    name = data["organisation_name"].strip()
    email = data["contact_email"].strip().lower()
    pending = network.join_requests.pending()
    if pending.filter(Q(organisation_name__iexact=name) | Q(contact_email__iexact=email)).exists():
        raise DomainError(
            _(
                "A request from this organisation or e-mail address is already waiting for a "
                "decision. The coordinators will answer it."
            )
        )
    if network.memberships.filter(
        organisation__name__iexact=name, status=Membership.Status.ACTIVE
    ).exists():
        raise DomainError(_("%(name)s is already a member of this network.") % {"name": name})
    request = JoinRequest.objects.create(
        network=network,
        **{**data, "organisation_name": name, "contact_email": email},
        language=network.language,
    )
    audit.log(None, "network.join_request.submitted", request)
    coordinators = coordinator_emails(network)
    if coordinators:
        mail.send(
            coordinators,
            network.language,
            "network/email/join_request_received",
            {"request": request, "network": network},
        )
    return request


def coordinator_emails(network: Network) -> list[str]:
    """The addresses of the network's coordinators (their account's, else their profile's)."""
    roles = network.roles.filter(role=NetworkRole.Role.COORDINATOR).select_related("person__user")
    emails = {(r.person.user.email if r.person.user else r.person.email) for r in roles}
    return sorted(e for e in emails if e)


def _ensure_pending(request: JoinRequest) -> None:
    if request.status != JoinRequest.Status.PENDING:
        raise DomainError(_("This request has already been decided."))


@transaction.atomic
def approve_join_request(request: JoinRequest, by) -> JoinRequest:
    """Approve: the organisation, its active membership and a contact person now exist."""
    request = JoinRequest.objects.select_for_update().get(pk=request.pk)
    _ensure_pending(request)
    network = request.network
    organisation = Organisation.objects.filter(
        name__iexact=request.organisation_name, country=request.country
    ).first()
    if organisation is None:
        organisation = Organisation.objects.create(
            name=request.organisation_name,
            slug=unique_slug(Organisation, request.organisation_name),
            kind=request.organisation_kind,
            country=request.country,
            region=request.region,
            municipality=request.municipality,
            website=request.website,
            email=request.contact_email,
        )
    membership, _created = Membership.objects.update_or_create(
        network=network,
        organisation=organisation,
        defaults={
            "status": Membership.Status.ACTIVE,
            "since": timezone.localdate(),
            "ended": None,
        },
    )
    person = Person.objects.filter(email__iexact=request.contact_email).first()
    if person is None:
        # Not listed: the contact has not consented to the directory yet.
        person = Person.objects.create(
            name=request.contact_name,
            slug=unique_slug(Person, request.contact_name),
            title=request.contact_title,
            email=request.contact_email,
        )
    person.organisations.add(organisation)
    NetworkRole.objects.get_or_create(
        network=network, person=person, defaults={"role": NetworkRole.Role.MEMBER}
    )
    request.status = JoinRequest.Status.APPROVED
    request.decided_at = timezone.now()
    request.decided_by = by
    request.organisation = organisation
    request.person = person
    request.save()
    audit.log(by, "network.join_request.approved", request, membership=membership.pk)
    transaction.on_commit(
        lambda: mail.send(
            [request.contact_email],
            network.language,
            "network/email/join_request_approved",
            {"request": request, "network": network},
        )
    )
    return request


@transaction.atomic
def decline_join_request(request: JoinRequest, by, reason: str) -> JoinRequest:
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Give a reason: it is sent to the organisation."), field="reason")
    request = JoinRequest.objects.select_for_update().get(pk=request.pk)
    _ensure_pending(request)
    request.status = JoinRequest.Status.DECLINED
    request.decided_at = timezone.now()
    request.decided_by = by
    request.decline_reason = reason
    request.save()
    audit.log(by, "network.join_request.declined", request)
    network = request.network
    transaction.on_commit(
        lambda: mail.send(
            [request.contact_email],
            network.language,
            "network/email/join_request_declined",
            {"request": request, "network": network},
        )
    )
    return request


# ---------------------------------------------------------------------------- coordination


def save_network(network: Network, by) -> Network:
    network.save()
    audit.log(by, "network.network.updated", network)
    return network


def save_group(group: Group, by, members=None) -> Group:
    created = group.pk is None
    group.save()
    if members is not None:
        group.members.set(members)
    audit.log(by, "network.group.created" if created else "network.group.updated", group)
    return group


def delete_group(group: Group, by) -> None:
    audit.log(by, "network.group.deleted", group)
    group.delete()


def add_membership(network: Network, organisation: Organisation, role: str, by) -> Membership:
    if network.memberships.filter(organisation=organisation).exists():
        raise DomainError(
            _("%(name)s already has a membership of this network.") % {"name": organisation}
        )
    membership = Membership.objects.create(
        network=network,
        organisation=organisation,
        role=role,
        status=Membership.Status.ACTIVE,
        since=timezone.localdate(),
    )
    audit.log(by, "network.membership.created", membership)
    return membership


def update_membership(membership: Membership, status: str, role: str, by) -> Membership:
    if status == Membership.Status.ENDED and membership.status != Membership.Status.ENDED:
        membership.ended = timezone.localdate()
    elif status != Membership.Status.ENDED:
        membership.ended = None
        if status == Membership.Status.ACTIVE and membership.since is None:
            membership.since = timezone.localdate()
    membership.status = status
    membership.role = role
    membership.save()
    audit.log(by, "network.membership.updated", membership, status=status, role=role)
    return membership


@transaction.atomic
def set_person_role(network: Network, person: Person, role: str | None, by) -> None:
    """Give `person` a role in `network`, or remove it (role None).

    A network always keeps at least one coordinator.
    """
    current = NetworkRole.objects.select_for_update().filter(network=network, person=person)
    existing = current.first()
    losing_coordinator = (
        existing is not None
        and existing.role == NetworkRole.Role.COORDINATOR
        and role != NetworkRole.Role.COORDINATOR
    )
    if losing_coordinator:
        others = network.roles.filter(role=NetworkRole.Role.COORDINATOR).exclude(person=person)
        if not others.exists():
            raise DomainError(_("A network needs at least one coordinator."))
    if role is None:
        current.delete()
        audit.log(by, "network.role.removed", network, person=person.pk)
        return
    NetworkRole.objects.update_or_create(network=network, person=person, defaults={"role": role})
    audit.log(by, "network.role.set", network, person=person.pk, role=role)


# ---------------------------------------------------------------------------- people


def update_profile(person: Person, by) -> Person:
    if person.listed and person.listed_consent_at is None:
        person.listed_consent_at = timezone.now()
    if not person.listed:
        person.listed_consent_at = None
    person.save()
    audit.log(by, "network.person.updated", person, listed=person.listed)
    return person


def people_of_network(network: Network):
    """People tied to a network: a role in it, or working for an active member organisation."""
    return (
        Person.objects.filter(
            Q(network_roles__network=network)
            | Q(
                organisations__memberships__network=network,
                organisations__memberships__status=Membership.Status.ACTIVE,
            )
        )
        .distinct()
        .order_by("name")
    )


def person_for_user(user) -> Person | None:
    if not user.is_authenticated:
        return None
    return Person.objects.filter(user=user).first()


def people_shown(queryset, user):
    """The people of a page that this user may see."""
    return queryset.filter(pk__in=Person.objects.visible_to(user).values("pk"))


# ---------------------------------------------------------------------------- partner finder


@dataclass
class PartnerQuery:
    text: str = ""
    competence: str = ""
    art_form: str = ""
    target_group: str = ""
    sector: str = ""
    kind: str = ""
    country: str = ""
    region: str = ""
    language: str = ""
    show: str = "people"
    page: int = 1


@dataclass
class PartnerResults:
    query: PartnerQuery
    people_count: int
    organisation_count: int
    page: Page


def _words(text: str) -> list[str]:
    return [w for w in text.split() if w][:8]


def _person_facets(people, q: PartnerQuery):
    for relation, slug in [
        ("competences", q.competence),
        ("art_forms", q.art_form),
        ("target_groups", q.target_group),
        ("languages", q.language),
    ]:
        if slug:
            people = people.filter(**{f"{relation}__slug": slug})
    return people


def _organisation_facets(queryset, q: PartnerQuery, prefix: str = ""):
    """Filter organisations, or (with prefix "organisations__") people by their organisations."""
    for lookup, value in [
        ("sectors__slug", q.sector),
        ("kind", q.kind),
        ("country", q.country),
        ("region__iexact", q.region),
    ]:
        if value:
            queryset = queryset.filter(**{prefix + lookup: value})
    return queryset


def _people_matching(q: PartnerQuery):
    # Only listed people, whoever asks: the partner finder is a public directory.
    people = Person.objects.listed()
    for word in _words(q.text):
        people = people.filter(
            Q(name__icontains=word)
            | Q(title__icontains=word)
            | Q(bio__icontains=word)
            | Q(organisations__name__icontains=word)
        )
    people = _organisation_facets(_person_facets(people, q), q, prefix="organisations__")
    return Person.objects.filter(pk__in=people.values("pk"))


def _organisations_matching(q: PartnerQuery):
    organisations = Organisation.objects.all()
    for word in _words(q.text):
        organisations = organisations.filter(
            Q(name__icontains=word)
            | Q(description__icontains=word)
            | Q(municipality__icontains=word)
            | Q(region__icontains=word)
        )
    organisations = _organisation_facets(organisations, q)
    # Person facets reach organisations only through listed people, so nothing unlisted leaks.
    if any([q.competence, q.art_form, q.target_group, q.language]):
        listed = _person_facets(Person.objects.listed(), q)
        organisations = organisations.filter(people__in=listed.values("pk"))
    return Organisation.objects.filter(pk__in=organisations.values("pk"))


def find_partners(q: PartnerQuery) -> PartnerResults:
    """Search the directory. Those open to collaboration come first."""
    people = _people_matching(q)
    organisations = _organisations_matching(q)
    if q.show == "organisations":
        open_people = Person.objects.listed().filter(
            organisations=OuterRef("pk"), open_to_collaboration=True
        )
        listed_people = Person.objects.listed().order_by("name")
        results = (
            organisations.annotate(open_to_collaboration=Exists(open_people))
            .annotate(people_listed=Count("people", filter=Q(people__listed=True)))
            .prefetch_related(
                "sectors", Prefetch("people", queryset=listed_people, to_attr="listed_people")
            )
            .order_by("-open_to_collaboration", "name")
        )
    else:
        results = people.prefetch_related(
            "organisations", "competences", "art_forms", "target_groups", "languages"
        ).order_by("-open_to_collaboration", "name")
    paginator = Paginator(results, settings.PAGE_SIZE)
    page = paginator.get_page(q.page)
    return PartnerResults(
        query=q,
        people_count=people.count(),
        organisation_count=organisations.count(),
        page=page,
    )
