"""Every view, every persona: anonymous, member, coordinator of this network, coordinator of
another network. Foreign or forbidden objects answer 404 so that ids do not leak; pages that need
a login send anonymous visitors to the login page."""

import pytest
from django.urls import reverse

from kulturhub.network.models import Group, JoinRequest, Membership
from kulturhub.network.tests import factories

LOGIN = "/en/accounts/login/"


@pytest.fixture
def objects(network, hidden_person):
    group = factories.GroupFactory(network=network, name="Styregruppe")
    join_request = factories.JoinRequestFactory(network=network)
    organisation = factories.OrganisationFactory(name="Struer Kommune")
    membership = factories.MembershipFactory(network=network, organisation=organisation)
    listed = factories.PersonFactory(name="Lise Listed", listed=True)
    return {
        "group": group,
        "join_request": join_request,
        "membership": membership,
        "organisation": organisation,
        "listed": listed,
        "hidden": hidden_person,
    }


def url(name, network, objects):
    slug = network.slug
    return {
        "home": reverse("home"),
        "detail": reverse("network:detail", args=[slug]),
        "join": reverse("network:join", args=[slug]),
        "partners": reverse("network:partners"),
        "organisation": reverse("network:organisation", args=[objects["organisation"].slug]),
        "person_listed": reverse("network:person", args=[objects["listed"].slug]),
        "person_hidden": reverse("network:person", args=[objects["hidden"].slug]),
        "edit": reverse("network:edit", args=[slug]),
        "join_requests": reverse("network:join_requests", args=[slug]),
        "join_request": reverse("network:join_request", args=[slug, objects["join_request"].pk]),
        "group_create": reverse("network:group_create", args=[slug]),
        "group_edit": reverse("network:group_edit", args=[slug, objects["group"].pk]),
        "memberships": reverse("network:memberships", args=[slug]),
        "profile": reverse("network:profile"),
        "account": reverse("accounts:account"),
        "login": reverse("accounts:login"),
        "password_reset": reverse("accounts:password_reset"),
    }[name]


PUBLIC = ["home", "detail", "join", "partners", "organisation", "person_listed", "password_reset"]
COORDINATOR_ONLY = [
    "edit",
    "join_requests",
    "join_request",
    "group_create",
    "group_edit",
    "memberships",
]
LOGGED_IN = ["profile", "account"]

# persona -> expected status for coordinator-only pages and for the unlisted person's page
EXPECTED = {
    "anonymous": {"coordinator": 302, "hidden": 404, "logged_in": 302},
    "member": {"coordinator": 404, "hidden": 404, "logged_in": 200},
    "coordinator": {"coordinator": 200, "hidden": 200, "logged_in": 200},
    "other_coordinator": {"coordinator": 404, "hidden": 404, "logged_in": 200},
}


@pytest.fixture
def persona(request, alice, bob, carol):
    return {"anonymous": None, "member": bob, "coordinator": alice, "other_coordinator": carol}[
        request.param
    ]


@pytest.mark.parametrize("persona", list(EXPECTED), indirect=True)
@pytest.mark.parametrize("page", PUBLIC)
def test_public_pages_answer_everyone(as_user, persona, page, network, objects):
    response = as_user(persona).get(url(page, network, objects))
    assert response.status_code == 200


@pytest.mark.parametrize("name", list(EXPECTED))
@pytest.mark.parametrize("page", COORDINATOR_ONLY)
def test_coordinator_pages_only_for_this_networks_coordinators(
    request, as_user, name, page, network, objects, alice, bob, carol
):
    user = {"anonymous": None, "member": bob, "coordinator": alice, "other_coordinator": carol}[
        name
    ]
    response = as_user(user).get(url(page, network, objects))
    assert response.status_code == EXPECTED[name]["coordinator"]
    if response.status_code == 302:
        assert response["Location"].startswith(LOGIN)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_unlisted_person_page_only_for_coordinators_and_themselves(
    as_user, name, network, objects, alice, bob, carol
):
    user = {"anonymous": None, "member": bob, "coordinator": alice, "other_coordinator": carol}[
        name
    ]
    response = as_user(user).get(url("person_hidden", network, objects))
    assert response.status_code == EXPECTED[name]["hidden"]


def test_unlisted_person_sees_their_own_page(as_user, objects):
    hidden = objects["hidden"]
    hidden.user = factories.UserFactory(email="hanne@example.org")
    hidden.save()
    response = as_user(hidden.user).get(reverse("network:person", args=[hidden.slug]))
    assert response.status_code == 200
    assert "only you and the network" in response.content.decode()


@pytest.mark.parametrize("name", list(EXPECTED))
def test_login_page_is_for_anonymous_visitors(as_user, name, alice, bob, carol):
    user = {"anonymous": None, "member": bob, "coordinator": alice, "other_coordinator": carol}[
        name
    ]
    response = as_user(user).get(reverse("accounts:login"))
    # Someone already logged in is sent on to the front page.
    assert response.status_code == (200 if user is None else 302)


@pytest.mark.parametrize("name", list(EXPECTED))
@pytest.mark.parametrize("page", LOGGED_IN)
def test_own_profile_pages_need_a_login(as_user, name, page, network, objects, alice, bob, carol):
    user = {"anonymous": None, "member": bob, "coordinator": alice, "other_coordinator": carol}[
        name
    ]
    response = as_user(user).get(url(page, network, objects))
    assert response.status_code == EXPECTED[name]["logged_in"]


def _post_actions(network, objects):
    slug = network.slug
    return [
        ("edit", reverse("network:edit", args=[slug]), {"name": "Hijacked", "language": "da"}),
        (
            "decide",
            reverse("network:join_request", args=[slug, objects["join_request"].pk]),
            {"decision": "approve"},
        ),
        (
            "group_create",
            reverse("network:group_create", args=[slug]),
            {"kind": "working", "name": "Rogue group"},
        ),
        ("group_delete", reverse("network:group_delete", args=[slug, objects["group"].pk]), {}),
        (
            "membership_update",
            reverse("network:membership_update", args=[slug, objects["membership"].pk]),
            {
                f"m{objects['membership'].pk}-status": "ended",
                f"m{objects['membership'].pk}-role": "member",
            },
        ),
        (
            "membership_add",
            reverse("network:membership_add", args=[slug]),
            {"add-organisation": factories.OrganisationFactory().pk, "add-role": "member"},
        ),
        (
            "person_role",
            reverse("network:person_role", args=[slug]),
            {"role-person": objects["hidden"].pk, "role-role": "coordinator"},
        ),
    ]


def _snapshot(network):
    network.refresh_from_db()
    return (
        network.name,
        JoinRequest.objects.filter(status=JoinRequest.Status.PENDING).count(),
        Group.objects.filter(network=network).count(),
        sorted(Membership.objects.filter(network=network).values_list("status", flat=True)),
        sorted(network.roles.values_list("person_id", "role")),
    )


@pytest.mark.parametrize("name", ["anonymous", "member", "other_coordinator"])
def test_nobody_but_the_coordinators_can_change_a_network(
    as_user, name, network, objects, alice, bob, carol
):
    user = {"anonymous": None, "member": bob, "other_coordinator": carol}[name]
    client = as_user(user)
    before = _snapshot(network)
    for action, target, data in _post_actions(network, objects):
        response = client.post(target, data)
        expected = 302 if user is None else 404
        assert response.status_code == expected, action
        if user is None:
            assert response["Location"].startswith(LOGIN)
    assert _snapshot(network) == before


def test_the_coordinator_can_make_every_change(as_user, network, objects, alice):
    client = as_user(alice)
    before = _snapshot(network)
    for action, target, data in _post_actions(network, objects):
        if action == "edit":
            data = {
                **data,
                "short_description": "",
                "description": "",
                "region": "",
                "contact_email": "",
                "website": "",
                "join_information": "",
                "open_for_members": "on",
            }
        response = client.post(target, data)
        assert response.status_code == 302, (action, response.content[:2000])
    assert _snapshot(network) != before
    network.refresh_from_db()
    assert network.name == "Hijacked"


def test_admin_is_for_superusers_only(as_user, alice):
    assert as_user(None).get("/en/admin/").status_code == 302
    assert as_user(alice).get("/en/admin/").status_code == 302
    admin = factories.UserFactory(email="root@example.org", is_staff=True, is_superuser=True)
    assert as_user(admin).get("/en/admin/").status_code == 200
    assert as_user(admin).get("/en/admin/network/network/").status_code == 200
