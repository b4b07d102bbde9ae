import csv
import io
from datetime import UTC, datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kulturhub.activities.models import Activity, Material
from kulturhub.activities.tests.factories import register
from kulturhub.core.models import AuditEntry

FORM = {
    "kind": "network_meeting",
    "title": "Netværksmøde i Holstebro",
    "summary": "Forårets fysiske netværksmøde.",
    "description": "Program følger.",
    "language": "da",
    "time_zone": "Europe/Copenhagen",
    "starts": "2027-04-15T10:00",
    "ends": "2027-04-15T15:30",
    "format": "in_person",
    "venue": "Holstebro Musikteater",
    "address": "Den Røde Plads 16, 7500 Holstebro",
    "audience": "members",
    "capacity": "60",
    "waitlist_enabled": "on",
    "promotion": "automatic",
    "offer_hours": "24",
    "status": "published",
}


def test_coordinator_creates_an_activity_in_local_time(as_user, network, alice, queued):
    response = as_user(alice).post(reverse("activities:create", args=[network.slug]), FORM)
    assert response.status_code == 302
    activity = Activity.objects.get()
    # 10:00 in Copenhagen in April (summer time) is 08:00 UTC.
    assert activity.starts_at == datetime(2027, 4, 15, 8, 0, tzinfo=UTC)
    assert activity.slug == "2027-04-15-netvaerksmode-i-holstebro"
    assert queued("send_reminders") and queued("purge_notes")
    edit = as_user(alice).get(reverse("activities:edit", args=[activity.slug])).content.decode()
    assert 'value="2027-04-15T10:00"' in edit


def test_a_helsinki_activity_is_read_in_helsinki_time(as_user, network, alice):
    as_user(alice).post(
        reverse("activities:create", args=[network.slug]),
        {
            **FORM,
            "time_zone": "Europe/Helsinki",
            "starts": "2027-01-10T10:00",
            "ends": "2027-01-10T11:00",
        },
    )
    assert Activity.objects.get().starts_at == datetime(2027, 1, 10, 8, 0, tzinfo=UTC)


def test_bad_activity_input_is_explained_and_changes_nothing(as_user, network, alice):
    url = reverse("activities:create", args=[network.slug])
    for changes, message in [
        ({"ends": "2027-04-15T09:00"}, "must end after it starts"),
        ({"title": ""}, "This field is required."),
        ({"capacity": "0"}, "at least one seat"),
        ({"starts": "tomorrow"}, "Enter a valid date/time."),
        ({"time_zone": "Mars/Olympus"}, "Select a valid choice."),
        ({"kind": "rave"}, "Select a valid choice."),
        ({"title": "x" * 201}, "at most 200 characters"),
    ]:
        response = as_user(alice).post(url, {**FORM, **changes})
        assert response.status_code == 400, changes
        assert message in response.content.decode(), changes
    assert Activity.objects.count() == 0


def test_capacity_cannot_be_edited_below_the_seats_taken(as_user, webinar, alice):
    for n in range(3):
        register(webinar, n)
    response = as_user(alice).post(
        reverse("activities:edit", args=[webinar.slug]),
        {**FORM, "title": webinar.title, "capacity": "2", "format": "online", "audience": "open"},
    )
    assert response.status_code == 400
    assert "already 3 confirmed seats" in response.content.decode()
    webinar.refresh_from_db()
    assert webinar.capacity == 10


def test_participant_list_export_is_audit_logged_and_safe_in_spreadsheets(as_user, webinar, alice):
    register(webinar, 1, access_needs='=HYPERLINK("http://evil")')
    response = as_user(alice).get(reverse("activities:participants_csv", args=[webinar.slug]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:2] == ["Name", "E-mail"]
    assert rows[1][0] == "Person 1" and rows[1][5].startswith("'=")
    entry = AuditEntry.objects.get(action="activities.participants.exported")
    assert entry.actor == alice and entry.data == {"rows": 1}


def test_materials_afterwards(as_user, client, webinar, alice, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    as_user(alice).post(
        reverse("activities:material_add", args=[webinar.slug]),
        {
            "kind": "file",
            "title": "Slides",
            "file": SimpleUploadedFile("slides.pdf", b"%PDF-1.4 demo", "application/pdf"),
        },
    )
    as_user(alice).post(
        reverse("activities:material_add", args=[webinar.slug]),
        {"kind": "recording", "title": "Optagelse", "url": ""},
    )
    material = Material.objects.get()
    assert material.title == "Slides"
    response = client.get(reverse("activities:material", args=[material.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 demo"
    page = client.get(webinar.get_absolute_url()).content.decode()
    assert "Slides" in page


def test_check_in_page_works_on_a_phone(as_user, webinar, alice, django_assert_max_num_queries):
    for n in range(10):
        register(webinar, n)
    client = as_user(alice)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("activities:check_in", args=[webinar.slug]))
    assert response.status_code == 200
    assert response.content.decode().count('name="attended" value="yes"') == 10


def test_list_pages_keep_their_query_count(client, network, django_assert_max_num_queries):
    from kulturhub.activities.tests.factories import ActivityFactory

    for n in range(15):
        ActivityFactory(network=network, slug=f"a{n}")
    with django_assert_max_num_queries(8):
        client.get(reverse("activities:list"))
    with django_assert_max_num_queries(8):
        client.get(reverse("activities:calendar"))
    with django_assert_max_num_queries(8):
        client.get(reverse("activities:year_plan", args=[network.slug]))
