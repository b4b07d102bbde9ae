"""The one place that answers "may this user do X to this object?".

Every rule is a function `can_x(user, obj) -> (allowed, reason)`. Views and templates ask
`check(user, "x", obj)` or `require(...)`; nothing else re-implements these rules.
Objects a user may not even know about give 404 in the views, so ids do not leak.
"""

from collections.abc import Callable

from django.http import Http404
from django.utils.translation import gettext as _

Decision = tuple[bool, str]
_RULES: dict[str, Callable[..., Decision]] = {}

OK: Decision = (True, "")


def rule(name: str):
    def register(func):
        _RULES[name] = func
        return func

    return register


def check(user, action: str, obj=None) -> Decision:
    try:
        func = _RULES[action]
    except KeyError:
        raise LookupError(f"No permission rule named {action!r}") from None
    return func(user, obj)


def require(user, action: str, obj=None) -> None:
    """Raise Http404 unless the user may do this (so foreign objects stay invisible)."""
    allowed, _reason = check(user, action, obj)
    if not allowed:
        raise Http404(_reason)


def is_coordinator(user, network) -> bool:
    from kulturhub.network.models import NetworkRole

    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return NetworkRole.objects.filter(
        network=network, person__user=user, role=NetworkRole.Role.COORDINATOR
    ).exists()


def is_evaluator(user, network) -> bool:
    """Evaluators read pseudonymised row-level evaluation data of the network's programmes."""
    from kulturhub.network.models import NetworkRole

    if user is None or not user.is_authenticated:
        return False
    return NetworkRole.objects.filter(
        network=network, person__user=user, role=NetworkRole.Role.EVALUATOR
    ).exists()


def is_member(user, network) -> bool:
    """A person with any role in the network, or working for an active member organisation."""
    from kulturhub.network.models import Membership, NetworkRole

    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    if NetworkRole.objects.filter(network=network, person__user=user).exists():
        return True
    return Membership.objects.filter(
        network=network,
        status=Membership.Status.ACTIVE,
        organisation__people__user=user,
    ).exists()


@rule("manage_network")
def can_manage_network(user, network) -> Decision:
    if is_coordinator(user, network):
        return OK
    return False, _("Only the network's coordinators can do this.")


@rule("view_person")
def can_view_person(user, person) -> Decision:
    from kulturhub.network.models import Person

    if person.listed:
        return OK
    if Person.objects.visible_to(user).filter(pk=person.pk).exists():
        return OK
    return False, _("This person is not listed in the directory.")


@rule("edit_person")
def can_edit_person(user, person) -> Decision:
    if user.is_authenticated and (user.is_superuser or person.user_id == user.pk):
        return OK
    return False, _("You can only edit your own profile.")


@rule("organise_activity")
def can_organise_activity(user, activity) -> Decision:
    """Coordinators of the network, and the activity's organisers (people or their groups)."""
    if is_coordinator(user, activity.network):
        return OK
    if user is not None and user.is_authenticated:
        if activity.organisers.filter(user=user).exists():
            return OK
        if activity.organiser_groups.filter(members__user=user).exists():
            return OK
    return False, _("Only the activity's organisers can do this.")


@rule("view_activity")
def can_view_activity(user, activity) -> Decision:
    from kulturhub.activities.models import Activity

    if activity.status != Activity.Status.DRAFT:
        return OK
    return can_organise_activity(user, activity)


def _programme_role(user, programme) -> str | None:
    if user is None or not user.is_authenticated:
        return None
    from kulturhub.programmes.models import ProgrammeStaff

    return (
        ProgrammeStaff.objects.filter(programme=programme, user=user)
        .values_list("role", flat=True)
        .first()
    )


@rule("see_participant_contacts")
def can_see_participant_contacts(user, programme) -> Decision:
    """Only staff of the programme's owner organisation read who a participant is."""
    from kulturhub.programmes.models import ProgrammeStaff

    if _programme_role(user, programme) == ProgrammeStaff.Role.STAFF:
        return OK
    return False, _("Only the programme's own staff can see contact details.")


@rule("work_on_programme")
def can_work_on_programme(user, programme) -> Decision:
    """Staff and partner facilitators: participant codes, cohorts and attendance."""
    if _programme_role(user, programme) is not None:
        return OK
    return False, _("Only the programme's staff and facilitators can do this.")


@rule("manage_programme")
def can_manage_programme(user, programme) -> Decision:
    """Edit the programme, its cohorts and staff: its own staff or the network's coordinators."""
    if can_see_participant_contacts(user, programme)[0] or is_coordinator(user, programme.network):
        return OK
    return False, _("Only the programme's staff and the network's coordinators can do this.")


@rule("oversee_programme")
def can_oversee_programme(user, programme) -> Decision:
    """See the referral queue by code (no contact data): staff, facilitators, coordinators."""
    if can_work_on_programme(user, programme)[0] or is_coordinator(user, programme.network):
        return OK
    return False, _("Only the programme's staff and the network's coordinators can do this.")


@rule("export_research_data")
def can_export_research_data(user, programme_or_network) -> Decision:
    """Pseudonymised row-level scores: only the network's evaluators, not its coordinators
    or the programme's staff (unless they also hold the evaluator role)."""
    from kulturhub.network.models import Network

    network = programme_or_network
    if not isinstance(network, Network):
        network = programme_or_network.network
    if is_evaluator(user, network):
        return OK
    return False, _("Only the network's evaluators can download research data.")


@rule("refer")
def can_refer(user, programme) -> Decision:
    """Professionals refer: a signed-in person who works for an organisation."""
    if user is None or not user.is_authenticated:
        return False, _("Log in to refer someone.")
    person = getattr(user, "person", None)
    if person is None or not person.organisations.exists():
        return False, _(
            "Only staff of an organisation can refer. Add your organisation to your profile."
        )
    return OK


@rule("view_evaluation")
def can_view_evaluation(user, scope) -> Decision:
    """Suppressed evaluation aggregates: a network's to its members, an organisation's to its
    people and the coordinators of its networks, a concept's and all networks' to anyone
    signed in."""
    from kulturhub.network.models import Membership, Network, Organisation

    if user is None or not user.is_authenticated:
        return False, _("Log in to see evaluation results.")
    if isinstance(scope, Network):
        if is_member(user, scope):
            return OK
        return False, _("Only the network's members can see its evaluation results.")
    if isinstance(scope, Organisation):
        if user.is_superuser or scope.people.filter(user=user).exists():
            return OK
        networks = Membership.objects.filter(
            organisation=scope, status=Membership.Status.ACTIVE
        ).values_list("network", flat=True)
        if any(
            is_coordinator(user, network) for network in Network.objects.filter(pk__in=networks)
        ):
            return OK
        return False, _(
            "Only the organisation's people and its networks' coordinators can see this."
        )
    return OK


# ------------------------------------------------------------------------ knowledge bank


def _is_item_author(user, item) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return item.created_by_id == user.pk or item.authors.filter(user=user).exists()


@rule("view_knowledge_item")
def can_view_knowledge_item(user, item) -> Decision:
    """Published public items: anyone; members-only: the network's members; drafts: their
    authors and the network's coordinators."""
    if item.is_published:
        if item.visibility == item.Visibility.PUBLIC or is_member(user, item.network):
            return OK
        return False, _("Only the network's members can read this.")
    if _is_item_author(user, item) or is_coordinator(user, item.network):
        return OK
    return False, _("This draft is not published yet.")


@rule("add_knowledge_item")
def can_add_knowledge_item(user, network) -> Decision:
    if is_member(user, network):
        return OK
    return False, _("Only the network's members can write for its knowledge bank.")


@rule("edit_knowledge_item")
def can_edit_knowledge_item(user, item) -> Decision:
    """Members edit their own drafts; coordinators edit every item of their network."""
    if is_coordinator(user, item.network):
        return OK
    if not item.is_published and _is_item_author(user, item) and is_member(user, item.network):
        return OK
    return False, _("Only the author of a draft and the network's coordinators can edit it.")


@rule("request_knowledge_publication")
def can_request_knowledge_publication(user, item) -> Decision:
    """The authors of a draft ask the network's coordinators to publish it."""
    if not item.is_published and _is_item_author(user, item) and is_member(user, item.network):
        return OK
    return False, _("Only the authors of a draft can ask for it to be published.")


@rule("publish_knowledge_item")
def can_publish_knowledge_item(user, item) -> Decision:
    if is_coordinator(user, item.network):
        return OK
    return False, _("Only the network's coordinators can publish.")
