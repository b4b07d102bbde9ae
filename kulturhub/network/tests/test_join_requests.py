import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from kulturhub.core.models import AuditEntry
from kulturhub.network.models import JoinRequest, Membership, NetworkRole, Organisation, Person
from kulturhub.network.tests import factories

FORM = {
    "organisation_name": "Lemvig Kommune",
    "organisation_kind": "municipality",
    "country": "DK",
    "region": "Midtjylland",
    "municipality": "Lemvig",
    "website": "https://www.lemvig.dk",
    "contact_name": "Mette Madsen",
    "contact_title": "Kulturkonsulent",
    "contact_email": "mette@lemvig.example",
    "message": "Vi vil gerne være med.",
}


def _join(client, network, **changes):
    return client.post(reverse("network:join", args=[network.slug]), {**FORM, **changes})


def test_a_municipality_asks_to_join_and_the_coordinators_are_told(client, network, alice):
    response = _join(client, network)
    assert response.status_code == 200
    assert "Request sent" in response.content.decode()
    request = JoinRequest.objects.get()
    assert request.status == JoinRequest.Status.PENDING
    assert request.language == "da"
    assert [m.to for m in mail.outbox] == [["alice@example.org"]]
    # Coordinators are written to in the network's language (Danish here).
    assert "Lemvig Kommune" in mail.outbox[0].subject


def test_coordinator_approves_and_organisation_membership_and_contact_exist(
    client, as_user, network, alice, django_capture_on_commit_callbacks
):
    _join(client, network)
    mail.outbox.clear()
    request = JoinRequest.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(alice).post(
            reverse("network:join_request", args=[network.slug, request.pk]),
            {"decision": "approve"},
        )
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Lemvig Kommune")
    membership = Membership.objects.get(network=network, organisation=organisation)
    assert membership.status == Membership.Status.ACTIVE
    assert membership.since is not None
    person = Person.objects.get(email="mette@lemvig.example")
    assert organisation in person.organisations.all()
    assert NetworkRole.objects.filter(network=network, person=person).exists()
    # The contact has not consented to the directory yet.
    assert person.listed is False
    request.refresh_from_db()
    assert request.status == JoinRequest.Status.APPROVED
    assert request.decided_by == alice
    assert AuditEntry.objects.filter(action="network.join_request.approved").count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["mette@lemvig.example"]


def test_the_requester_is_told_in_the_networks_language(
    client, as_user, network, alice, django_capture_on_commit_callbacks
):
    # The requester fills in the form in English; the network's language is Danish.
    _join(client, network)
    mail.outbox.clear()
    request = JoinRequest.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        as_user(alice).post(
            reverse("network:join_request", args=[network.slug, request.pk]),
            {"decision": "approve"},
        )
    body = mail.outbox[0].body
    assert "Velkommen" in mail.outbox[0].subject or "velkommen" in body.lower()
    assert "Welcome" not in mail.outbox[0].subject


def test_swedish_network_writes_in_swedish(
    client, as_user, other_network, carol, django_capture_on_commit_callbacks
):
    _join(client, other_network, organisation_name="Ystad kommun", country="SE")
    request = JoinRequest.objects.get()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        as_user(carol).post(
            reverse("network:join_request", args=[other_network.slug, request.pk]),
            {"decision": "decline", "reason": "Nätverket är för Region Skånes förvaltningar."},
        )
    message = mail.outbox[0]
    assert message.to == ["mette@lemvig.example"]
    assert "Nätverket är för Region Skånes förvaltningar." in message.body
    assert "Reason" not in message.body


def test_declining_needs_a_reason_and_changes_nothing_without_one(client, as_user, network, alice):
    _join(client, network)
    request = JoinRequest.objects.get()
    mail.outbox.clear()
    response = as_user(alice).post(
        reverse("network:join_request", args=[network.slug, request.pk]),
        {"decision": "decline", "reason": "   "},
    )
    assert response.status_code == 200
    assert "Give a reason" in response.content.decode()
    request.refresh_from_db()
    assert request.status == JoinRequest.Status.PENDING
    assert mail.outbox == []


def test_a_decided_request_cannot_be_decided_again(client, as_user, network, alice):
    _join(client, network)
    request = JoinRequest.objects.get()
    url = reverse("network:join_request", args=[network.slug, request.pk])
    as_user(alice).post(url, {"decision": "decline", "reason": "Not now."})
    response = as_user(alice).post(url, {"decision": "approve"})
    assert response.status_code == 200
    request.refresh_from_db()
    assert request.status == JoinRequest.Status.DECLINED
    assert not Organisation.objects.filter(name="Lemvig Kommune").exists()


def test_a_duplicate_request_gets_a_clear_message_and_changes_nothing(client, network):
    _join(client, network)
    response = _join(client, network, contact_email="other@lemvig.example")
    assert response.status_code == 200
    assert "already waiting for a decision" in response.content.decode()
    assert JoinRequest.objects.count() == 1


def test_a_duplicate_request_is_refused_in_the_visitors_language(client, network):
    _join(client, network)
    with translation.override("sv"):
        url = reverse("network:join", args=[network.slug])
        expected = gettext(
            "A request from this organisation or e-mail address is already "
            "waiting for a decision. The coordinators will answer it."
        )
    assert url.startswith("/sv/") and "already waiting" not in expected
    response = client.post(url, FORM)
    assert escape(expected) in response.content.decode()
    assert JoinRequest.objects.count() == 1


def test_an_existing_member_cannot_ask_again(client, network):
    organisation = factories.OrganisationFactory(name="Lemvig Kommune")
    factories.MembershipFactory(network=network, organisation=organisation)
    response = _join(client, network)
    assert "already a member" in response.content.decode()
    assert JoinRequest.objects.count() == 0


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"organisation_name": ""}, "This field is required."),
        ({"contact_email": "not-an-address"}, "Enter a valid email address."),
        ({"organisation_name": "x" * 201}, "Ensure this value has at most 200 characters"),
        ({"message": "x" * 3001}, "Ensure this value has at most 3000 characters"),
        ({"organisation_kind": "spaceship"}, "Select a valid choice."),
        ({"country": "US"}, "Select a valid choice."),
    ],
)
def test_bad_input_is_explained_and_changes_nothing(client, network, alice, changes, message):
    response = _join(client, network, **changes)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert JoinRequest.objects.count() == 0
    assert mail.outbox == []


def test_a_closed_network_takes_no_requests(client, network):
    network.open_for_members = False
    network.save()
    page = client.get(reverse("network:join", args=[network.slug])).content.decode()
    assert "not taking new members" in page
    assert 'name="organisation_name"' not in page
    _join(client, network)
    assert JoinRequest.objects.count() == 0


def test_an_unknown_network_is_a_404(client, db):
    assert client.get("/en/networks/no-such-network/join/").status_code == 404
    assert client.post("/en/networks/no-such-network/join/", FORM).status_code == 404
    assert JoinRequest.objects.count() == 0


def test_a_failing_mail_server_does_not_lose_the_request(client, network, alice, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 9  # discard port: nothing listens, the connection is refused
    response = _join(client, network)
    assert response.status_code == 200
    assert JoinRequest.objects.count() == 1


def test_coordinators_see_pending_requests(as_user, network, alice):
    factories.JoinRequestFactory(network=network, organisation_name="Skive Kommune")
    factories.JoinRequestFactory(network=network, organisation_name="Viborg Kommune", approved=True)
    page = as_user(alice).get(reverse("network:join_requests", args=[network.slug]))
    content = page.content.decode()
    assert "Skive Kommune" in content and "Viborg Kommune" in content
    assert content.index("Skive Kommune") < content.index("Decided")
