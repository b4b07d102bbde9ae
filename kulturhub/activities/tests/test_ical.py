from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from django.urls import reverse
from icalendar import Calendar

from kulturhub.activities.models import CalendarFeed
from kulturhub.activities.tests.factories import ActivityFactory, register
from kulturhub.activities.workflow import State
from kulturhub.network.tests.factories import NetworkFactory

CPH = ZoneInfo("Europe/Copenhagen")
SECRET_LINK = "https://meet.example.org/secret-room-42"


def events(content: bytes):
    calendar = Calendar.from_ical(content)
    return calendar, {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_feed_carries_the_right_utc_instants_across_daylight_saving(client, network):
    # Summer time starts on 29 March 2026 in Denmark: 10:00 is 09:00 UTC before, 08:00 after.
    before = ActivityFactory(
        network=network,
        slug="before",
        starts_at=datetime(2026, 3, 28, 10, 0, tzinfo=CPH),
        ends_at=datetime(2026, 3, 28, 11, 0, tzinfo=CPH),
    )
    after = ActivityFactory(
        network=network,
        slug="after",
        starts_at=datetime(2026, 3, 30, 10, 0, tzinfo=CPH),
        ends_at=datetime(2026, 3, 30, 11, 30, tzinfo=CPH),
    )
    response = client.get(reverse("activities:network_feed", args=[network.slug]))
    assert response["Content-Type"].startswith("text/calendar")
    calendar, found = events(response.content)
    assert calendar["version"] == "2.0" and calendar["prodid"]
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Copenhagen"]
    start_before = found[f"activity-{before.pk}@kulturhub"].decoded("dtstart")
    start_after = found[f"activity-{after.pk}@kulturhub"].decoded("dtstart")
    assert start_before.astimezone(UTC) == datetime(2026, 3, 28, 9, 0, tzinfo=UTC)
    assert start_after.astimezone(UTC) == datetime(2026, 3, 30, 8, 0, tzinfo=UTC)
    assert b"DTSTART;TZID=Europe/Copenhagen:20260330T100000" in response.content


def test_network_feed_includes_sub_networks_and_never_online_links(client, network):
    child = NetworkFactory(parent=network, slug="child")
    ActivityFactory(network=network, slug="parent-webinar")
    ActivityFactory(network=child, slug="child-webinar")
    ActivityFactory(network=network, slug="draft", status="draft")
    _calendar, found = events(
        client.get(reverse("activities:network_feed", args=[network.slug])).content
    )
    assert len(found) == 2
    assert (
        SECRET_LINK.encode()
        not in client.get(reverse("activities:network_feed", args=[network.slug])).content
    )


def test_personal_feed_is_secret_and_has_links_only_for_confirmed_seats(
    as_user, client, network, dave
):
    full = ActivityFactory(
        network=network, slug="full", capacity=1, online_link="https://meet.example.org/full-room"
    )
    register(full, 0)
    register(full, 1, user=dave)  # on the waiting list
    seat = ActivityFactory(network=network, slug="seat")
    register(seat, 2, user=dave)
    feed = CalendarFeed.for_user(dave)
    url = reverse("activities:personal_feed", args=[feed.token])
    content = client.get(url).content
    _calendar, found = events(content)
    assert len(found) == 2
    assert SECRET_LINK.encode() in content
    assert b"full-room" not in content
    assert dave.registrations.get(activity=full).status == State.WAITLISTED
    assert client.get(reverse("activities:personal_feed", args=["guess"])).status_code == 404
    # Renewing the address makes the old one useless.
    as_user(dave).post(reverse("activities:mine"))
    assert client.get(url).status_code == 404
