from datetime import timedelta

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks_db.models import DBTaskResult

from kulturhub.activities import services, tokens
from kulturhub.activities.models import Registration
from kulturhub.activities.tests.factories import ActivityFactory, register
from kulturhub.activities.workflow import State
from kulturhub.core.errors import DomainError


def statuses(activity):
    return list(activity.registrations.order_by("queued_at", "pk").values_list("name", "status"))


def test_a_freed_seat_goes_to_the_first_on_the_waiting_list(webinar):
    webinar.capacity = 2
    webinar.save()
    people = [register(webinar, n) for n in range(5)]
    services.cancel_registration(people[0], "registrant")
    assert statuses(webinar) == [
        ("Person 0", State.CANCELLED),
        ("Person 1", State.CONFIRMED),
        ("Person 2", State.CONFIRMED),
        ("Person 3", State.WAITLISTED),
        ("Person 4", State.WAITLISTED),
    ]


def test_cancelling_a_waitlisted_registration_frees_no_seat(webinar):
    webinar.capacity = 1
    webinar.save()
    register(webinar, 0)
    waiting = register(webinar, 1)
    register(webinar, 2)
    services.cancel_registration(waiting, "registrant")
    assert [s for _n, s in statuses(webinar)] == [
        State.CONFIRMED,
        State.CANCELLED,
        State.WAITLISTED,
    ]


def test_raising_capacity_promotes_in_order_and_lowering_below_seats_is_refused(webinar, alice):
    webinar.capacity = 2
    webinar.save()
    for n in range(6):
        register(webinar, n)
    services.set_capacity(webinar, 4, alice)
    assert [s for _n, s in statuses(webinar)] == [State.CONFIRMED] * 4 + [State.WAITLISTED] * 2
    with pytest.raises(DomainError, match="already 4 confirmed seats"):
        services.set_capacity(webinar, 3, alice)
    webinar.refresh_from_db()
    assert webinar.capacity == 4


def test_lowering_capacity_through_the_page_is_explained(as_user, webinar, alice):
    for n in range(3):
        register(webinar, n)
    response = as_user(alice).post(
        reverse("activities:participants", args=[webinar.slug]), {"capacity": "2"}
    )
    assert response.status_code == 400
    assert "already 3 confirmed seats" in response.content.decode()
    webinar.refresh_from_db()
    assert webinar.capacity == 10


@pytest.fixture
def offering(network):
    activity = ActivityFactory(network=network, capacity=1, offers=True, slug="course")
    first = register(activity, 0)
    second = register(activity, 1)
    third = register(activity, 2)
    return activity, first, second, third


def test_in_offer_mode_the_seat_is_offered_for_a_set_time(offering, queued):
    activity, first, second, third = offering
    services.cancel_registration(first, "registrant")
    second.refresh_from_db()
    assert second.status == State.OFFERED
    assert abs(second.offer_expires_at - (timezone.now() + timedelta(hours=24))) < timedelta(
        seconds=30
    )
    # The offer is passed on by a scheduled task at the moment it expires.
    assert ("expire_offer", [second.pk], second.offer_expires_at) in queued("expire_offer")
    # An offered seat is held: nobody else gets it meanwhile.
    assert activity.seats_left() == 0


def test_an_accepted_offer_is_a_confirmed_seat(offering):
    activity, first, second, third = offering
    services.cancel_registration(first, "registrant")
    second.refresh_from_db()
    services.accept_offer(tokens.make(second, tokens.ACCEPT))
    second.refresh_from_db()
    assert second.status == State.CONFIRMED
    # The link works once.
    with pytest.raises(DomainError):
        services.accept_offer(
            tokens.make(Registration(pk=second.pk, offer_nonce="x"), tokens.ACCEPT)
        )


def test_an_unaccepted_offer_passes_to_the_next_person_when_it_expires(offering, run_tasks, queued):
    activity, first, second, third = offering
    services.cancel_registration(first, "registrant")
    second.refresh_from_db()
    old_link = tokens.make(second, tokens.ACCEPT)
    run_tasks()  # mails go out; the expiry task is not due yet
    second.refresh_from_db()
    assert second.status == State.OFFERED
    # Time passes: the offer's deadline is now behind us.
    past = timezone.now() - timedelta(minutes=1)
    Registration.objects.filter(pk=second.pk).update(offer_expires_at=past)
    DBTaskResult.objects.filter(task_path__endswith="expire_offer").update(run_after=past)
    run_tasks()
    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == State.EXPIRED
    assert third.status == State.OFFERED
    # The first person's link no longer works.
    with pytest.raises(DomainError):
        services.accept_offer(old_link)
    with translation.override(second.language):
        expected = gettext("The offered seat has gone to someone else: %(title)s") % {
            "title": activity.title
        }
    assert expected in [m.subject for m in mail.outbox if m.to == [second.email]]


def test_cancel_links_are_single_use_and_single_purpose(client, webinar):
    registration = register(webinar, 1)
    cancel = tokens.make(registration, tokens.CANCEL)
    # A cancel link cannot accept an offer, and a forged one does nothing.
    assert client.post(reverse("activities:accept", args=[cancel])).status_code == 404
    forged = cancel[:-4] + ("AAAA" if not cancel.endswith("AAAA") else "BBBB")
    assert client.post(reverse("activities:cancel", args=[forged])).status_code == 404
    registration.refresh_from_db()
    assert registration.status == State.CONFIRMED
    # GET only asks; POST cancels.
    assert client.get(reverse("activities:cancel", args=[cancel])).status_code == 200
    registration.refresh_from_db()
    assert registration.status == State.CONFIRMED
    response = client.post(reverse("activities:cancel", args=[cancel]))
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == State.CANCELLED
    # Used: the same link changes nothing more.
    again = register(webinar, 1)
    assert client.post(reverse("activities:cancel", args=[cancel])).status_code == 404
    again.refresh_from_db()
    assert again.status == State.CONFIRMED


def test_a_foreign_token_cancels_nothing(client, webinar, network, settings):
    theirs = register(webinar, 2)
    # Signed by another installation (another secret key) for the same registration id…
    with override_settings(SECRET_KEY="another-installation-" + "x" * 40):
        foreign = tokens.make(theirs, tokens.CANCEL)
    # …or signed here but carrying another registration's nonce.
    other = register(ActivityFactory(network=network, slug="other"), 3)
    borrowed = tokens.make(
        Registration(pk=theirs.pk, cancel_nonce=other.cancel_nonce), tokens.CANCEL
    )
    for token in (foreign, borrowed):
        assert client.post(reverse("activities:cancel", args=[token])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == State.CONFIRMED


def test_an_expired_cancel_link_changes_nothing(client, webinar):
    registration = register(webinar, 1)
    token = tokens.make(registration, tokens.CANCEL)
    webinar.starts_at = timezone.now() - timedelta(minutes=1)
    webinar.save()
    response = client.post(reverse("activities:cancel", args=[token]), follow=True)
    assert "can no longer be cancelled" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == State.CONFIRMED


def test_organisers_cancel_and_check_in(as_user, webinar, alice):
    confirmed = register(webinar, 1)
    gone = register(webinar, 2)
    client = as_user(alice)
    client.post(reverse("activities:organiser_cancel", args=[webinar.slug, gone.pk]))
    client.post(
        reverse("activities:attendance", args=[webinar.slug, confirmed.pk]), {"attended": "yes"}
    )
    confirmed.refresh_from_db()
    gone.refresh_from_db()
    assert confirmed.status == State.ATTENDED and confirmed.checked_in_at is not None
    assert gone.status == State.CANCELLED
    client.post(
        reverse("activities:attendance", args=[webinar.slug, confirmed.pk]), {"attended": "no"}
    )
    confirmed.refresh_from_db()
    assert confirmed.status == State.NO_SHOW
    # A cancelled registration cannot be checked in.
    response = client.post(
        reverse("activities:attendance", args=[webinar.slug, gone.pk]),
        {"attended": "yes"},
        follow=True,
    )
    assert "Only confirmed participants" in response.content.decode()
    gone.refresh_from_db()
    assert gone.status == State.CANCELLED


def test_a_signed_in_person_cancels_from_the_activity_page(as_user, webinar, dave, bob):
    webinar.capacity = 1
    webinar.save()
    mine = register(webinar, 1, user=dave)
    waiting = register(webinar, 2)
    url = reverse("activities:cancel_own", args=[webinar.slug])
    # Someone else has nothing to cancel here.
    assert as_user(bob).post(url).status_code == 404
    page = as_user(dave).get(webinar.get_absolute_url()).content.decode()
    assert "Cancel my registration" in page
    response = as_user(dave).post(url)
    assert response.status_code == 302
    mine.refresh_from_db()
    waiting.refresh_from_db()
    assert mine.status == State.CANCELLED and waiting.status == State.CONFIRMED
