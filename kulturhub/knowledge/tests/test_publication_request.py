"""An author asks the coordinators to publish a draft: they are told by e-mail and find it
on the knowledge bank page; publishing it ends the request."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from kulturhub.core.models import AuditEntry
from kulturhub.knowledge import services
from kulturhub.knowledge.tests.factories import KnowledgeItemFactory
from kulturhub.network.models import Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(network, bob):
    item = KnowledgeItemFactory(
        network=network, draft=True, created_by=bob, title="Sang på plejehjemmet"
    )
    item.authors.add(Person.objects.get(user=bob))
    return item


def _ask(client, item, capture):
    with capture(execute=True):
        return client.post(reverse("knowledge:request_publication", args=[item.slug]), follow=True)


def test_the_author_asks_and_the_coordinators_are_told(
    as_user, draft, alice, bob, django_capture_on_commit_callbacks
):
    response = _ask(as_user(bob), draft, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.publication_requested_at is not None
    assert AuditEntry.objects.filter(
        action="knowledge.item.publication_requested", actor=bob
    ).exists()
    [message] = mail.outbox
    assert message.to == ["alice@example.org"]
    # In the network's language (Danish), with the item's own title and a link to it.
    assert message.subject == "Offentliggør venligst: Sang på plejehjemmet"
    assert "Bob Berg" in message.body
    assert f"/knowledge/{draft.slug}/" in message.body
    # The page says so, and offers no second request.
    page = response.content.decode()
    with translation.override("en"):
        assert "Publication was requested on" in page
        assert "Ask the coordinators to publish it" not in page


def test_the_coordinator_finds_it_waiting_and_publishing_ends_the_request(
    as_user, draft, alice, bob, carol, django_capture_on_commit_callbacks
):
    list_url = reverse("knowledge:list")
    assert "Waiting for publication" not in as_user(alice).get(list_url).content.decode()
    _ask(as_user(bob), draft, django_capture_on_commit_callbacks)
    page = as_user(alice).get(list_url).content.decode()
    assert "Waiting for publication" in page and draft.title in page
    # Another network's coordinator and the author do not get the list.
    assert "Waiting for publication" not in as_user(carol).get(list_url).content.decode()
    assert "Waiting for publication" not in as_user(bob).get(list_url).content.decode()

    as_user(alice).post(reverse("knowledge:publish", args=[draft.slug]))
    draft.refresh_from_db()
    assert draft.is_published and draft.publication_requested_at is None
    assert "Waiting for publication" not in as_user(alice).get(list_url).content.decode()


def test_asking_twice_or_without_a_summary_is_refused_and_changes_nothing(
    as_user, draft, alice, bob, django_capture_on_commit_callbacks
):
    _ask(as_user(bob), draft, django_capture_on_commit_callbacks)
    draft.refresh_from_db()
    first = draft.publication_requested_at
    response = _ask(as_user(bob), draft, django_capture_on_commit_callbacks)
    assert "already been asked" in response.content.decode()
    draft.refresh_from_db()
    assert draft.publication_requested_at == first
    assert len(mail.outbox) == 1

    empty = KnowledgeItemFactory(network=draft.network, draft=True, created_by=bob, summary=" ")
    response = _ask(as_user(bob), empty, django_capture_on_commit_callbacks)
    assert "Write a summary before publishing." in response.content.decode()
    empty.refresh_from_db()
    assert empty.publication_requested_at is None
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("user", ["alice", "carol", "dave"])
def test_only_the_drafts_authors_can_ask(as_user, draft, user, request):
    # Alice coordinates the network but did not write the draft: she publishes it instead.
    client = as_user(request.getfixturevalue(user))
    response = client.post(reverse("knowledge:request_publication", args=[draft.slug]))
    assert response.status_code == 404
    draft.refresh_from_db()
    assert draft.publication_requested_at is None
    assert mail.outbox == []


def test_anonymous_visitors_are_sent_to_sign_in(client, draft):
    response = client.post(reverse("knowledge:request_publication", args=[draft.slug]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    draft.refresh_from_db()
    assert draft.publication_requested_at is None


def test_a_published_item_cannot_be_asked_for(network, bob):
    item = KnowledgeItemFactory(network=network, created_by=bob)
    with pytest.raises(services.DomainError):
        services.request_publication(item, bob)


def test_the_button_shows_for_the_author_only(as_user, draft, alice, bob):
    label = "Ask the coordinators to publish it"
    with translation.override("en"):
        assert label in as_user(bob).get(draft.get_absolute_url()).content.decode()
        assert label not in as_user(alice).get(draft.get_absolute_url()).content.decode()


def test_the_author_is_told_when_the_requested_draft_is_published(
    as_user, draft, alice, bob, django_capture_on_commit_callbacks
):
    bob.language = "sv"
    bob.save()
    _ask(as_user(bob), draft, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        as_user(alice).post(reverse("knowledge:publish", args=[draft.slug]))
    [message] = mail.outbox
    assert message.to == ["bob@example.org"]
    # In the author's own language.
    assert message.subject == "Publicerat: Sang på plejehjemmet"
    assert "Alice Andersen" in message.body and f"/knowledge/{draft.slug}/" in message.body


def test_publishing_without_a_request_tells_no_one(
    as_user, draft, alice, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        as_user(alice).post(reverse("knowledge:publish", args=[draft.slug]))
    draft.refresh_from_db()
    assert draft.is_published
    assert mail.outbox == []
