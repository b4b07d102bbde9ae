from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from kulturhub.activities import services
from kulturhub.activities.models import Registration
from kulturhub.activities.tests.factories import ActivityFactory, register
from kulturhub.activities.workflow import State
from kulturhub.core.errors import DomainError

FORM = {"name": "Ingrid Outsider", "email": "ingrid@example.org", "organisation": "Egen"}


def test_an_outsider_registers_for_an_open_activity(client, webinar):
    response = client.post(reverse("activities:register", args=[webinar.slug]), FORM)
    assert response.status_code == 200
    assert "You are registered" in response.content.decode()
    registration = Registration.objects.get()
    assert registration.status == State.CONFIRMED
    assert registration.user is None and registration.language == "en"


def test_registrations_beyond_capacity_go_to_the_waiting_list(webinar):
    webinar.capacity = 2
    webinar.save()
    statuses = [register(webinar, n).status for n in range(4)]
    assert statuses == [State.CONFIRMED, State.CONFIRMED, State.WAITLISTED, State.WAITLISTED]
    assert webinar.seats_left() == 0 and webinar.waiting_count() == 2


def test_without_a_waiting_list_a_full_activity_refuses(webinar):
    webinar.capacity = 1
    webinar.waitlist_enabled = False
    webinar.save()
    register(webinar, 1)
    with pytest.raises(DomainError, match="full"):
        register(webinar, 2)
    assert Registration.objects.count() == 1


def test_one_registration_per_email(client, webinar):
    client.post(reverse("activities:register", args=[webinar.slug]), FORM)
    response = client.post(
        reverse("activities:register", args=[webinar.slug]),
        {**FORM, "email": "INGRID@example.org", "name": "Someone else"},
    )
    assert response.status_code == 400
    assert "already registered" in response.content.decode()
    assert Registration.objects.count() == 1


def test_a_cancelled_registration_can_register_again(webinar):
    first = register(webinar, 1)
    services.cancel_registration(first, "registrant")
    again = register(webinar, 1)
    assert again.pk != first.pk and again.status == State.CONFIRMED


def test_members_only_activities_refuse_outsiders(client, as_user, network, bob, dave, carol):
    activity = ActivityFactory(network=network, members_only=True, slug="members-meeting")
    url = reverse("activities:register", args=[activity.slug])
    for user in (None, dave, carol):
        response = as_user(user).post(url, FORM)
        assert response.status_code == 400
        assert "members of the network only" in response.content.decode()
    assert Registration.objects.count() == 0
    response = as_user(bob).post(url, {"name": "Bob Berg"})
    assert response.status_code == 200
    registration = Registration.objects.get()
    # Signed-in people register with their account's address, whatever the form says.
    assert registration.email == "bob@example.org" and registration.user == bob


@pytest.mark.parametrize(
    "change, message",
    [
        ({"registration_deadline": -1}, "closed at the deadline"),
        ({"starts_at": -1}, "the activity has started"),
        ({"status": "cancelled"}, "has been cancelled"),
    ],
)
def test_registration_closes(client, webinar, change, message):
    now = timezone.now()
    if "registration_deadline" in change:
        webinar.registration_deadline = now - timedelta(hours=1)
    if "starts_at" in change:
        webinar.starts_at = now - timedelta(minutes=5)
        webinar.ends_at = now + timedelta(hours=1)
    if "status" in change:
        webinar.status = change["status"]
    webinar.save()
    response = client.post(reverse("activities:register", args=[webinar.slug]), FORM)
    assert message in response.content.decode()
    assert Registration.objects.count() == 0


@pytest.mark.parametrize(
    "data, message",
    [
        ({**FORM, "name": ""}, "This field is required."),
        ({**FORM, "email": "no-at-sign"}, "Enter a valid email address."),
        ({**FORM, "access_needs": "x" * 1001}, "at most 1000 characters"),
        ({**FORM, "name": "x" * 151}, "at most 150 characters"),
    ],
)
def test_bad_input_is_explained_and_changes_nothing(client, webinar, data, message):
    response = client.post(reverse("activities:register", args=[webinar.slug]), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Registration.objects.count() == 0


def test_access_needs_are_seen_only_by_organisers(client, as_user, webinar, alice, bob):
    register(webinar, 1, access_needs="Kørestol", dietary_notes="Vegetar")
    page = client.get(webinar.get_absolute_url()).content.decode()
    assert "Kørestol" not in page
    assert (
        as_user(bob).get(reverse("activities:participants", args=[webinar.slug])).status_code == 404
    )
    page = as_user(alice).get(reverse("activities:participants", args=[webinar.slug]))
    assert "Kørestol" in page.content.decode() and "Vegetar" in page.content.decode()


def test_notes_are_deleted_30_days_after_the_activity(webinar, queued):
    register(webinar, 1, access_needs="Kørestol", dietary_notes="Vegetar")
    services.save_activity(webinar, None)
    purge = queued("purge_notes")
    assert purge and purge[-1][2] == webinar.ends_at + timedelta(days=30)
    assert services.purge_notes(webinar.pk, now=webinar.ends_at + timedelta(days=29)) == 0
    assert Registration.objects.get().access_needs == "Kørestol"
    assert services.purge_notes(webinar.pk, now=webinar.ends_at + timedelta(days=30)) == 1
    registration = Registration.objects.get()
    assert registration.access_needs == "" and registration.dietary_notes == ""


def test_housekeeping_sweeps_what_tasks_missed(webinar):
    register(webinar, 1, dietary_notes="Vegetar")
    result = services.housekeeping(now=webinar.ends_at + timedelta(days=31))
    assert result["notes_purged"] == 1
    assert Registration.objects.get().dietary_notes == ""
