"""manage.py seed_demo: the five demo networks, loaded twice without duplicates."""

from io import StringIO
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count, Max
from django.test import Client

from kulturhub.network import demo_data
from kulturhub.network.models import (
    Group,
    JoinRequest,
    Membership,
    Network,
    NetworkRole,
    Organisation,
    Person,
)

MODELS = [Network, Organisation, Membership, Person, NetworkRole, Group, JoinRequest]
NETWORK_SLUGS = {"midtjylland", "nordjylland", "kulturmetropolen", "skane", "taikusydan"}


def _snapshot():
    User = get_user_model()
    return {
        model.__name__: (
            model.objects.count(),
            model.objects.aggregate(latest=Max("updated_at"))["latest"],
        )
        for model in MODELS
    } | {"User": (User.objects.count(), None)}


def _seed(*args) -> str:
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def seeded(module_db):
    """Seeded twice, once for the whole module (a fast password hasher: see `module_db`)."""
    first = _seed()
    after_first = _snapshot()
    second = _seed()
    return SimpleNamespace(first=first, second=second, after_first=after_first)


@pytest.mark.django_db
def test_second_run_creates_and_changes_nothing(seeded):
    assert _snapshot() == seeded.after_first
    assert "0 created, 0 updated" in seeded.second
    assert "0 unchanged" in seeded.first
    for model, fields in [
        (Network, ["slug"]),
        (Organisation, ["slug"]),
        (Person, ["email"]),
        (Membership, ["network", "organisation"]),
        (NetworkRole, ["network", "person"]),
        (Group, ["network", "name"]),
        (JoinRequest, ["network", "contact_email"]),
    ]:
        duplicates = model.objects.values(*fields).annotate(n=Count("pk")).filter(n__gt=1)
        assert not duplicates.exists(), model.__name__


@pytest.mark.django_db
def test_exactly_the_demo_networks(seeded):
    assert Network.objects.count() == 6
    assert set(Network.objects.filter(parent=None).values_list("slug", flat=True)) == (
        NETWORK_SLUGS
    )
    kymenlaakso = Network.objects.get(slug="kymenlaakso")
    assert kymenlaakso.parent.slug == "taikusydan"
    assert kymenlaakso.name == "Kymenlaakson hyvinvointia kulttuurista -verkosto"
    assert kymenlaakso.management.name == "Toimintavoima Oy"
    languages = dict(Network.objects.values_list("slug", "language"))
    assert languages == {
        "midtjylland": "da",
        "nordjylland": "da",
        "kulturmetropolen": "da",
        "skane": "sv",
        "taikusydan": "fi",
        "kymenlaakso": "fi",
    }
    for network in Network.objects.all():
        assert network.short_description and network.join_information
        assert "\n- " in network.description, f"{network.slug}: no bullet list"
        assert network.description.count("\n\n") >= 3, f"{network.slug}: too short"


@pytest.mark.django_db
def test_midtjylland_owner_management_funder_and_members(seeded):
    network = Network.objects.get(slug="midtjylland")
    assert network.name == "Kulturinitiativers sundhedsfremme"
    assert (network.country, network.time_zone) == ("DK", "Europe/Copenhagen")
    assert network.owner.name == "Holstebro Kommune"
    assert network.management.name == "Aarhus Universitet"
    assert network.funder.name == "Region Midtjylland"
    assert network.contact_email == "kultur.sund@au.dk"
    assert network.open_for_members
    roles = dict(network.memberships.values_list("organisation__name", "role"))
    assert roles["Holstebro Kommune"] == Membership.Role.PROJECT_OWNER
    assert roles["Aarhus Universitet"] == Membership.Role.PROJECT_MANAGEMENT
    assert roles["Region Midtjylland"] == Membership.Role.FUNDER
    municipalities = network.memberships.filter(
        status=Membership.Status.ACTIVE, organisation__kind=Organisation.Kind.MUNICIPALITY
    )
    assert municipalities.count() == 12
    assert municipalities.filter(organisation__name="Holstebro Kommune").exists()
    assert network.memberships.filter(
        organisation__kind=Organisation.Kind.PSYCHIATRY, status=Membership.Status.ACTIVE
    ).exists()
    assert network.groups.filter(kind=Group.Kind.STEERING).exists()


@pytest.mark.django_db
def test_skane_groups_and_about_25_people(seeded):
    network = Network.objects.get(slug="skane")
    assert (network.country, network.language, network.time_zone) == (
        "SE",
        "sv",
        "Europe/Stockholm",
    )
    assert network.open_for_members
    assert "Arbetar du i Region Skåne" in network.join_information
    kinds = set(network.groups.values_list("kind", flat=True))
    assert {Group.Kind.STEERING, Group.Kind.WORKING} <= kinds
    for group in network.groups.all():
        assert group.purpose and group.members.exists()
    assert 22 <= network.roles.count() <= 28
    assert network.roles.filter(role=NetworkRole.Role.COORDINATOR).exists()


@pytest.mark.django_db
def test_every_network_has_a_coordinator_who_can_log_in(seeded):
    for network in Network.objects.all():
        coordinators = network.roles.filter(
            role=NetworkRole.Role.COORDINATOR, person__user__isnull=False
        ).select_related("person__user")
        assert coordinators.exists(), network.slug
        for role in coordinators:
            user = role.person.user
            assert user.language == network.language
            assert Client().login(username=user.email, password=demo_data.DEMO_PASSWORD)
        assert network in Network.objects.coordinated_by(coordinators[0].person.user)


@pytest.mark.django_db
def test_admin_and_plain_members_can_log_in(seeded):
    User = get_user_model()
    admin = User.objects.get(email=demo_data.ADMIN["email"])
    assert admin.is_superuser and admin.is_staff
    assert Client().login(username=admin.email, password=demo_data.DEMO_PASSWORD)
    for slug in ["midtjylland", "skane"]:
        members = NetworkRole.objects.filter(
            network__slug=slug, role=NetworkRole.Role.MEMBER, person__user__isnull=False
        )
        assert members.exists(), slug
        user = members.first().person.user
        assert not user.is_staff
        assert Client().login(username=user.email, password=demo_data.DEMO_PASSWORD)


@pytest.mark.django_db
def test_output_shows_the_demo_logins(seeded):
    emails = [demo_data.ADMIN["email"]] + list(
        get_user_model().objects.filter(person__isnull=False).values_list("email", flat=True)
    )
    # The administrator, a coordinator per network, two members, and the programmes' staff and
    # facilitators (see kulturhub/programmes/demo_data.py).
    assert len(emails) == 9 + 12
    for output in [seeded.first, seeded.second]:
        assert "Demo logins" in output
        assert demo_data.DEMO_PASSWORD in output
        for email in emails:
            assert email in output


@pytest.mark.django_db
def test_most_people_listed_some_unlisted_without_public_role(seeded):
    people = Person.objects.all()
    assert 70 <= people.count() <= 90
    unlisted = people.filter(listed=False)
    assert 0.05 <= unlisted.count() / people.count() <= 0.2
    assert not people.filter(listed=True, listed_consent_at__isnull=True).exists()
    assert not unlisted.filter(listed_consent_at__isnull=False).exists()
    for person in unlisted:
        assert not person.network_groups.exists(), person.name
        assert set(person.network_roles.values_list("role", flat=True)) == {"member"}
        assert person.user is None
    open_share = people.filter(open_to_collaboration=True).count() / people.count()
    assert 0.3 <= open_share <= 0.7


@pytest.mark.django_db
def test_pending_join_requests_in_the_network_language(seeded):
    requests = JoinRequest.objects.pending().select_related("network")
    assert requests.count() == len(demo_data.JOIN_REQUESTS)
    assert requests.filter(network__slug="midtjylland", organisation_kind="municipality")
    assert requests.filter(network__slug="skane", organisation_kind="association")
    for request in requests:
        assert request.language == request.network.language


@pytest.mark.django_db
def test_all_rows_are_valid_and_use_demo_addresses(seeded):
    for model in MODELS:
        for obj in model.objects.all():
            obj.full_clean()
    for email in Person.objects.values_list("email", flat=True):
        assert email.endswith(".demo"), email
    contacts = set(Network.objects.values_list("contact_email", flat=True))
    assert all(e.endswith(".demo") for e in contacts - {"kultur.sund@au.dk"})
    # The real coordinator named in the Kymenlaakso source must not appear.
    assert not Person.objects.filter(name__icontains="Kleimola").exists()
    assert not Person.objects.filter(email__icontains="toimintavoima.fi").exists()


@pytest.mark.django_db
def test_rerun_restores_demo_content_but_keeps_decided_requests(seeded):
    network = Network.objects.get(slug="skane")
    network.name = "Changed"
    network.save()
    user = Person.objects.get(email="anna.lindberg@skane.demo").user
    user.set_password("something-else")
    user.save()
    request = JoinRequest.objects.filter(network=network).first()
    request.status = JoinRequest.Status.DECLINED
    request.save()

    output = _seed()

    network.refresh_from_db()
    request.refresh_from_db()
    assert network.name == "Nätverk för kultur och hälsa i Region Skåne"
    assert Client().login(username=user.email, password=demo_data.DEMO_PASSWORD)
    assert request.status == JoinRequest.Status.DECLINED
    assert JoinRequest.objects.filter(network=network).count() == 1
    assert "0 created, 2 updated" in output
