from django.urls import reverse

from kulturhub.network.models import Person


def test_a_user_creates_and_edits_their_directory_profile(as_user, dave):
    client = as_user(dave)
    page = client.get(reverse("network:profile"))
    assert page.status_code == 200
    response = client.post(
        reverse("network:profile"),
        {
            "name": "Dave Dahl",
            "title": "Billedkunstner",
            "email": "dave@example.org",
            "bio": "Maler med ældre.",
            "open_to_collaboration": "on",
            "listed": "on",
        },
    )
    assert response.status_code == 302
    person = Person.objects.get(user=dave)
    assert person.listed and person.listed_consent_at is not None
    assert person.slug == "dave-dahl"
    response = client.post(
        reverse("network:profile"), {"name": "Dave Dahl", "email": "dave@example.org"}
    )
    person.refresh_from_db()
    assert person.listed is False and person.listed_consent_at is None
    assert Person.objects.filter(user=dave).count() == 1


def test_bad_profile_input_changes_nothing(as_user, bob):
    client = as_user(bob)
    for data in [
        {"name": ""},
        {"name": "x" * 151},
        {"name": "Bob", "email": "not-mail"},
        {"name": "Bob", "bio": "x" * 2001},
    ]:
        response = client.post(reverse("network:profile"), data)
        assert response.status_code == 200
        assert "Please correct the errors below." in response.content.decode()
    bob.person.refresh_from_db()
    assert bob.person.name == "Bob Berg"
