"""Every activities view and persona: anonymous, member, coordinator of this network,
coordinator of another network, plus the activity's organiser where it matters."""

import pytest
from django.urls import reverse

from kulturhub.activities.models import Activity, CalendarFeed, Material
from kulturhub.activities.tests.factories import ActivityFactory, register
from kulturhub.activities.workflow import State

LOGIN = "/en/accounts/login/"


@pytest.fixture
def setup(network, alice, bob, carol, dave):
    activity = ActivityFactory(network=network, slug="webinar")
    registration = register(activity, 1)
    material = Material.objects.create(
        activity=activity, kind="link", title="Slides", url="https://example.org/slides"
    )
    draft = ActivityFactory(network=network, slug="draft", status=Activity.Status.DRAFT)
    return {
        "activity": activity,
        "registration": registration,
        "material": material,
        "draft": draft,
        "users": {
            "anonymous": None,
            "member": bob,
            "coordinator": alice,
            "other_coordinator": carol,
        },
    }


PUBLIC = [
    lambda s: reverse("activities:list"),
    lambda s: reverse("activities:calendar"),
    lambda s: reverse("activities:detail", args=["webinar"]),
    lambda s: reverse("activities:year_plan", args=[s["activity"].network.slug]),
    lambda s: reverse("activities:network_feed", args=[s["activity"].network.slug]),
    lambda s: reverse("activities:material", args=[s["material"].pk]),
]

ORGANISER = [
    lambda s: reverse("activities:participants", args=["webinar"]),
    lambda s: reverse("activities:participants_csv", args=["webinar"]),
    lambda s: reverse("activities:check_in", args=["webinar"]),
    lambda s: reverse("activities:material_add", args=["webinar"]),
    lambda s: reverse("activities:edit", args=["webinar"]),
    lambda s: reverse("activities:cancel_activity", args=["webinar"]),
    lambda s: reverse("activities:create", args=[s["activity"].network.slug]),
    lambda s: reverse("activities:detail", args=["draft"]),
]

EXPECTED = {"anonymous": 302, "member": 404, "coordinator": 200, "other_coordinator": 404}


@pytest.mark.parametrize("persona", list(EXPECTED))
@pytest.mark.parametrize("page", range(len(PUBLIC)))
def test_public_pages_answer_everyone(as_user, setup, persona, page):
    response = as_user(setup["users"][persona]).get(PUBLIC[page](setup))
    assert response.status_code in (200, 302)
    if response.status_code == 302:  # a link material redirects to its address
        assert response["Location"] == "https://example.org/slides"


@pytest.mark.parametrize("persona", list(EXPECTED))
@pytest.mark.parametrize("page", range(len(ORGANISER)))
def test_organiser_pages_only_for_the_networks_coordinators(as_user, setup, persona, page):
    url = ORGANISER[page](setup)
    response = as_user(setup["users"][persona]).get(url)
    expected = EXPECTED[persona]
    if url.endswith("/draft/") and persona == "anonymous":
        expected = 404  # a draft is simply not there for the public
    assert response.status_code == expected, url
    if expected == 302:
        assert response["Location"].startswith(LOGIN)


def test_an_organiser_runs_the_day_but_does_not_edit(as_user, setup, dave):
    activity = setup["activity"]
    activity.organisers.add(_person_for(dave))
    client = as_user(dave)
    for name in ["participants", "check_in", "material_add"]:
        assert client.get(reverse(f"activities:{name}", args=["webinar"])).status_code == 200
    for name in ["edit", "cancel_activity"]:
        assert client.get(reverse(f"activities:{name}", args=["webinar"])).status_code == 404


def _person_for(user):
    from kulturhub.network.tests.factories import PersonFactory

    return PersonFactory(user=user, name=user.full_name)


@pytest.mark.parametrize("persona", ["anonymous", "member", "other_coordinator"])
def test_nobody_else_changes_anything(as_user, setup, persona):
    activity, registration = setup["activity"], setup["registration"]
    client = as_user(setup["users"][persona])
    posts = [
        (reverse("activities:edit", args=["webinar"]), {"title": "Hijacked"}),
        (reverse("activities:cancel_activity", args=["webinar"]), {"reason": "No"}),
        (reverse("activities:participants", args=["webinar"]), {"capacity": "1"}),
        (reverse("activities:organiser_cancel", args=["webinar", registration.pk]), {}),
        (reverse("activities:attendance", args=["webinar", registration.pk]), {"attended": "yes"}),
        (
            reverse("activities:material_add", args=["webinar"]),
            {"kind": "link", "title": "x", "url": "https://evil.example"},
        ),
        (reverse("activities:material_delete", args=["webinar", setup["material"].pk]), {}),
        (reverse("activities:create", args=[activity.network.slug]), {"title": "New"}),
    ]
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code in (302, 404), url
        if response.status_code == 302:
            assert response["Location"].startswith(LOGIN)
    activity.refresh_from_db()
    registration.refresh_from_db()
    assert activity.title != "Hijacked" and not activity.is_cancelled
    assert activity.capacity == 10
    assert registration.status == State.CONFIRMED
    assert list(activity.materials.values_list("title", flat=True)) == ["Slides"]
    assert Activity.objects.count() == 2


def test_my_activities_needs_a_login_and_shows_only_ones_own(as_user, setup, dave, bob):
    assert as_user(None).get(reverse("activities:mine")).status_code == 302
    register(setup["activity"], 9, user=dave)
    page = as_user(bob).get(reverse("activities:mine")).content.decode()
    assert setup["activity"].title not in page  # Bob has registered for nothing
    page = as_user(dave).get(reverse("activities:mine")).content.decode()
    assert setup["activity"].title in page
    assert CalendarFeed.objects.get(user=dave).token in page


def test_members_only_materials_are_for_members(as_user, network, bob, dave):
    activity = ActivityFactory(network=network, slug="closed", members_only=True)
    material = Material.objects.create(
        activity=activity, kind="link", title="Notes", url="https://example.org/notes"
    )
    url = reverse("activities:material", args=[material.pk])
    assert as_user(dave).get(url).status_code == 404
    assert as_user(None).get(url).status_code == 404
    assert as_user(bob).get(url).status_code == 302
