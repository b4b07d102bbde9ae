from django.urls import reverse

from kulturhub.activities.tests.factories import ActivityFactory, register

SECRET_LINK = "https://meet.example.org/secret-room-42"


def test_the_online_link_never_reaches_anyone_without_a_confirmed_seat(
    as_user, network, alice, bob, carol, dave
):
    activity = ActivityFactory(network=network, slug="webinar", capacity=1)
    register(activity, 0)
    register(activity, 1, user=dave)  # waiting list
    pages = [
        reverse("activities:list"),
        reverse("activities:calendar") + f"?month={activity.local_start:%Y-%m}",
        reverse("activities:year_plan_year", args=[network.slug, activity.local_start.year]),
        activity.get_absolute_url(),
        reverse("activities:network_feed", args=[network.slug]),
        network.get_absolute_url(),
    ]
    for user in (None, bob, carol, dave):
        client = as_user(user)
        for page in pages:
            response = client.get(page)
            assert response.status_code == 200, page
            assert SECRET_LINK not in response.content.decode(), (user, page)


def test_a_confirmed_participant_sees_the_link(as_user, network, dave):
    activity = ActivityFactory(network=network, slug="webinar")
    register(activity, 1, user=dave)
    page = as_user(dave).get(activity.get_absolute_url()).content.decode()
    assert SECRET_LINK in page
    assert "You are registered." in page
