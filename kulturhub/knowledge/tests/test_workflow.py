"""Coordinators publish and unpublish (audit-logged); an activity's materials become a draft."""

import pytest
from django.urls import reverse

from kulturhub.activities.models import Material
from kulturhub.activities.tests.factories import ActivityFactory
from kulturhub.core.models import AuditEntry
from kulturhub.knowledge.models import Kind, KnowledgeItem
from kulturhub.knowledge.tests.factories import KnowledgeItemFactory
from kulturhub.network.models import Person

pytestmark = pytest.mark.django_db


def test_a_coordinator_publishes_a_draft(as_user, network, alice, bob):
    item = KnowledgeItemFactory(network=network, draft=True, created_by=bob)
    response = as_user(alice).post(reverse("knowledge:publish", args=[item.slug]))
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.is_published
    assert item.published_on is not None
    entry = AuditEntry.objects.get(action="knowledge.item.published")
    assert entry.actor == alice
    assert entry.object_id == str(item.pk)
    assert "Offentlig" not in as_user(None).get(item.get_absolute_url()).content.decode()
    assert as_user(None).get(item.get_absolute_url()).status_code == 200


def test_a_coordinator_unpublishes(as_user, network, alice):
    item = KnowledgeItemFactory(network=network)
    as_user(alice).post(reverse("knowledge:publish", args=[item.slug]), {"action": "unpublish"})
    item.refresh_from_db()
    assert not item.is_published
    assert AuditEntry.objects.filter(action="knowledge.item.unpublished").exists()
    assert as_user(None).get(item.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("user", ["bob", "carol", "dave"])
def test_only_the_networks_coordinators_publish(as_user, network, bob, user, request):
    item = KnowledgeItemFactory(network=network, draft=True, created_by=bob)
    response = as_user(request.getfixturevalue(user)).post(
        reverse("knowledge:publish", args=[item.slug])
    )
    assert response.status_code == 404
    item.refresh_from_db()
    assert not item.is_published
    assert not AuditEntry.objects.filter(action="knowledge.item.published").exists()


def test_publishing_twice_says_so(as_user, network, alice):
    item = KnowledgeItemFactory(network=network)
    response = as_user(alice).post(reverse("knowledge:publish", args=[item.slug]), follow=True)
    assert "already published" in response.content.decode()


def test_the_draft_shows_publish_only_to_coordinators(as_user, network, alice, bob):
    item = KnowledgeItemFactory(network=network, draft=True, created_by=bob)
    assert ">Publish<" in as_user(alice).get(item.get_absolute_url()).content.decode()
    assert ">Publish<" not in as_user(bob).get(item.get_absolute_url()).content.decode()


# ---------------------------------------------------------------- from an activity


@pytest.fixture
def activity(network, bob):
    activity = ActivityFactory(network=network, title="Webinar: sang og demens")
    activity.organisers.add(Person.objects.get(user=bob))
    Material.objects.create(
        activity=activity,
        kind=Material.Kind.RECORDING,
        title="Optagelse",
        url="https://v.example/1",
    )
    Material.objects.create(
        activity=activity, kind=Material.Kind.LINK, title="Slides", url="https://s.example/2"
    )
    return activity


def test_an_organiser_turns_the_materials_into_a_draft_in_one_step(as_user, activity, bob):
    client = as_user(bob)
    page = client.get(activity.get_absolute_url()).content.decode()
    assert "Make a knowledge item from the materials" in page
    response = client.post(reverse("knowledge:from_activity", args=[activity.slug]))
    item = KnowledgeItem.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("knowledge:edit", args=[item.slug])
    assert item.kind == Kind.RECORDING
    assert item.status == KnowledgeItem.Status.DRAFT
    assert item.title == "Webinar: sang og demens"
    assert list(item.activities.all()) == [activity]
    assert [link.url for link in item.links.all()] == ["https://v.example/1", "https://s.example/2"]


def test_a_second_draft_from_the_same_activity_is_refused(as_user, activity, bob):
    client = as_user(bob)
    client.post(reverse("knowledge:from_activity", args=[activity.slug]))
    response = client.post(reverse("knowledge:from_activity", args=[activity.slug]), follow=True)
    assert "already made a draft" in response.content.decode()
    assert KnowledgeItem.objects.count() == 1


@pytest.mark.parametrize("user", [None, "dave", "carol"])
def test_only_organisers_turn_materials_into_items(as_user, activity, user, request):
    client = as_user(request.getfixturevalue(user) if user else None)
    response = client.post(reverse("knowledge:from_activity", args=[activity.slug]))
    assert response.status_code in {302, 404}
    assert not KnowledgeItem.objects.exists()
