"""manage.py seed_demo: a year of demo activities with registrations, loaded twice."""

from datetime import time, timedelta
from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db.models import Count, Q
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from kulturhub.activities import demo_data
from kulturhub.activities.demo import load_activities
from kulturhub.activities.models import Activity, Material, Registration, Series
from kulturhub.activities.workflow import SEATED, State
from kulturhub.network.models import Network

NETWORK_SLUGS = {
    "midtjylland",
    "nordjylland",
    "kulturmetropolen",
    "skane",
    "taikusydan",
    "kymenlaakso",
}


def _seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def _counts():
    return {
        "activities": Activity.objects.count(),
        "series": Series.objects.count(),
        "registrations": Registration.objects.count(),
        "materials": Material.objects.count(),
        "tasks": DBTaskResult.objects.count(),
        "statuses": dict(
            Registration.objects.values_list("status").annotate(n=Count("pk")).order_by()
        ),
    }


@pytest.fixture(scope="module")
def seeded(module_db):
    """Seeded twice, once for the whole module (a fast password hasher: see `module_db`)."""
    first = _seed()
    after_first = _counts()
    second = _seed()
    return SimpleNamespace(first=first, second=second, after_first=after_first)


@pytest.mark.django_db
def test_second_run_creates_no_duplicates_and_queues_nothing(seeded):
    assert _counts() == seeded.after_first
    assert seeded.after_first["activities"] == sum(map(len, demo_data.ACTIVITIES.values()))
    assert "Activities this run: 0 new, 0 changed" in seeded.second
    assert "reminders scheduled for 0 activities" in seeded.second
    assert "Demo activities: " in seeded.first and " registrations (" in seeded.first
    for model, fields in [
        (Activity, ["slug"]),
        (Series, ["network", "title"]),
        (Registration, ["activity", "email"]),
        (Material, ["activity", "title"]),
    ]:
        duplicates = model.objects.values(*fields).annotate(n=Count("pk")).filter(n__gt=1)
        assert not duplicates.exists(), model.__name__


@pytest.mark.django_db
def test_every_network_has_past_and_upcoming_activities_in_its_language(seeded):
    now = timezone.now()
    for network in Network.objects.all():
        activities = Activity.objects.filter(network=network)
        assert activities.past(now).exists(), network.slug
        assert activities.upcoming(now).exists(), network.slug
        assert 6 <= activities.count() <= 10, network.slug
        for activity in activities:
            assert activity.language == network.language, activity.slug
            assert activity.time_zone == network.time_zone, activity.slug
            assert activity.status == Activity.Status.PUBLISHED
            assert activity.summary and "\n\n" in activity.description, activity.slug
            assert activity.organisers.exists(), activity.slug
            assert activity.local_start.weekday() < 5, activity.slug
            if activity.format != Activity.Format.ONLINE:
                assert activity.venue and activity.address, activity.slug
            if activity.format != Activity.Format.IN_PERSON:
                assert activity.online_link.startswith("https://meet.kulturhub.demo/")
    assert set(Network.objects.values_list("slug", flat=True)) == NETWORK_SLUGS


@pytest.mark.django_db
def test_midtjylland_meetings_course_and_open_webinars(seeded):
    activities = Activity.objects.filter(network__slug="midtjylland")
    meetings = activities.filter(kind=Activity.Kind.NETWORK_MEETING)
    assert meetings.count() == 2
    for meeting in meetings:
        assert meeting.format == Activity.Format.IN_PERSON
        assert meeting.audience == Activity.Audience.MEMBERS
        assert 50 <= meeting.capacity <= 70
    assert any("Holstebro" in m.address for m in meetings)
    assert any("Aarhus" in m.address for m in meetings)
    course = activities.get(kind=Activity.Kind.COURSE, title__icontains="evaluering")
    assert course.format == Activity.Format.IN_PERSON
    assert course.audience == Activity.Audience.MEMBERS
    assert course.capacity == 20 and course.waitlist_enabled
    assert (course.promotion, course.offer_hours) == (Activity.Promotion.OFFER, 48)
    webinars = activities.filter(kind=Activity.Kind.WEBINAR)
    assert webinars.count() >= 2
    for webinar in webinars:
        assert webinar.format == Activity.Format.ONLINE
        assert webinar.audience == Activity.Audience.OPEN
        assert webinar.capacity is None
        assert ".demo/" in webinar.online_link


@pytest.mark.django_db
def test_skane_lunch_lectures_are_a_series_at_noon_in_stockholm(seeded):
    series = Series.objects.get(
        network__slug="skane", title="Lunchföreläsningar om kultur och hälsa"
    )
    lectures = series.activities.all()
    assert lectures.count() >= 5
    for lecture in lectures:
        assert lecture.time_zone == "Europe/Stockholm"
        assert lecture.local_start.time() == time(12, 0)
        assert lecture.local_end.time() == time(12, 45)
        assert lecture.kind == Activity.Kind.LUNCH_LECTURE
        assert (lecture.format, lecture.audience) == (Activity.Format.ONLINE, "open")
        assert lecture.organiser_groups.filter(name="Arbetsgrupp för kultur och hälsa").exists()
    assert lectures.past().exists() and lectures.upcoming().exists()
    assert Activity.objects.filter(
        network__slug="skane",
        kind=Activity.Kind.NETWORK_MEETING,
        format=Activity.Format.IN_PERSON,
        description__icontains="workshop",
    ).exists()


@pytest.mark.django_db
def test_other_networks_have_their_typical_activities(seeded):
    def has(network, **filters):
        return Activity.objects.filter(network__slug=network, **filters).exists()

    assert has("kulturmetropolen", slug__contains="faellesseminar", kind="seminar")
    assert has("kulturmetropolen", title__icontains="faglig dag")
    assert has("nordjylland", kind="webinar", title__icontains="signaturprojekt")
    assert has("nordjylland", kind="workshop", title__icontains="kunstnere")
    assert has("taikusydan", kind="webinar", title__icontains="valtakunnallinen")
    assert has("taikusydan", kind="seminar")
    assert has("kymenlaakso", kind="network_meeting", format="in_person")
    assert has("kymenlaakso", kind="study_visit")


@pytest.mark.django_db
def test_one_upcoming_activity_is_full_with_an_ordered_waiting_list(seeded):
    full = [
        activity
        for activity in Activity.objects.upcoming().exclude(capacity=None)
        if activity.seats_left() == 0 and activity.waiting_count() > 0
    ]
    assert len(full) == 1
    activity = full[0]
    assert activity.seats_taken() == activity.capacity == 8
    assert activity.waiting_count() == 3
    registrations = list(activity.registrations.order_by("queued_at", "pk"))
    assert [r.status for r in registrations[-3:]] == [State.WAITLISTED] * 3
    assert len({r.queued_at for r in registrations}) == len(registrations)
    assert all(r.queued_at < timezone.now() for r in registrations)


@pytest.mark.django_db
def test_past_activities_have_attendance_and_materials(seeded):
    past = Activity.objects.past()
    assert past.exists()
    statuses = set(Registration.objects.filter(activity__in=past).values_list("status", flat=True))
    assert statuses <= {State.ATTENDED, State.NO_SHOW, State.CANCELLED}
    assert {State.ATTENDED, State.NO_SHOW} <= statuses
    for registration in Registration.objects.filter(activity__in=past, status=State.ATTENDED):
        assert registration.checked_in_at is not None
    upcoming = Activity.objects.upcoming()
    assert not Registration.objects.filter(
        activity__in=upcoming, status__in=[State.ATTENDED, State.NO_SHOW]
    ).exists()
    with_both = past.filter(materials__kind=Material.Kind.RECORDING).filter(
        materials__kind=Material.Kind.LINK
    )
    assert with_both.exists()
    for material in Material.objects.all():
        assert material.activity.ends_at < timezone.now()
        assert ".kulturhub.demo/" in material.url and not material.file
    # Notes are only asked of upcoming activities' registrants.
    noted = Registration.objects.filter(~Q(access_needs="") | ~Q(dietary_notes=""))
    assert noted.exists()
    assert not noted.filter(activity__in=past).exists()
    assert Registration.objects.filter(dietary_notes="Vegetar").exists()
    assert Registration.objects.filter(access_needs="Kørestol – niveaufri adgang").exists()


@pytest.mark.django_db
def test_seats_never_exceed_capacity(seeded):
    for activity in Activity.objects.exclude(capacity=None):
        seated = activity.registrations.filter(status__in=SEATED).count()
        assert seated <= activity.capacity, activity.slug
        if activity.waiting_count():
            assert seated == activity.capacity, activity.slug


@pytest.mark.django_db
def test_registrants_are_demo_people_in_the_network_language(seeded):
    for registration in Registration.objects.select_related("activity", "user"):
        assert registration.email.endswith(".demo"), registration.email
        assert registration.language == registration.activity.language
        if registration.user:
            assert registration.user.email == registration.email
        registration.full_clean()
    for activity in Activity.objects.all():
        activity.full_clean()
    members_only = Activity.objects.filter(audience=Activity.Audience.MEMBERS)
    outsiders = [
        entry[1]
        for guests in demo_data.GUESTS.values()
        for entry in guests["outsiders"]
        if isinstance(entry, tuple)
    ]
    assert not Registration.objects.filter(activity__in=members_only, email__in=outsiders).exists()


@pytest.mark.django_db
def test_upcoming_activities_are_scheduled_without_sending_mail(seeded):
    upcoming = Activity.objects.upcoming()
    for activity in upcoming:
        assert activity.reminder_due_at == activity.starts_at - timedelta(hours=24)
    assert not Activity.objects.past().exclude(reminder_due_at=None).exists()
    paths = list(DBTaskResult.objects.values_list("task_path", flat=True))
    assert paths.count("kulturhub.activities.tasks.send_reminders") == upcoming.count()
    assert not [path for path in paths if path.endswith("deliver_mail")]


@pytest.mark.django_db
def test_a_run_on_a_later_day_moves_the_dates_without_duplicates(seeded):
    before = dict(Activity.objects.values_list("slug", "starts_at"))
    counts = _counts()

    loaded = load_activities(today=timezone.localdate() + timedelta(days=7))

    assert Activity.objects.count() == counts["activities"]
    assert Registration.objects.count() == counts["registrations"]
    assert loaded.changes["created"] == 0
    moved = [a for a in Activity.objects.all() if a.starts_at != before[a.slug]]
    # Nearly all: a date moved off a weekend or the Christmas holidays may land where it was.
    assert len(moved) >= len(before) - 3
    # Upcoming activities that moved are rescheduled; past ones are only saved.
    now = timezone.now()
    assert loaded.scheduled == len([a for a in moved if a.ends_at >= now])
    for activity in Activity.objects.upcoming():
        assert activity.reminder_due_at == activity.starts_at - timedelta(hours=24)
    for activity in Activity.objects.exclude(capacity=None):
        assert activity.seats_taken() <= activity.capacity


@pytest.mark.django_db
def test_rerun_restores_demo_registrations_but_respects_visitors(seeded):
    activity = Activity.objects.get(slug="nordjylland-vaerksted-fra-ide-til-ansoegning")
    first = activity.registrations.order_by("queued_at").first()
    first.status = State.CANCELLED
    first.save()
    # A visitor takes the freed seat.
    Registration.objects.create(
        activity=activity,
        name="Vera Visitor",
        email="vera@example.org",
        language="da",
        status=State.CONFIRMED,
    )

    output = _seed()

    assert activity.seats_taken() == activity.capacity
    assert activity.registrations.get(email="vera@example.org").status == State.CONFIRMED
    first.refresh_from_db()
    assert first.status == State.CONFIRMED
    # The demo registrant who would take the visitor's seat waits instead.
    assert activity.waiting_count() == 4
    assert "Activities this run: 0 new" in output
