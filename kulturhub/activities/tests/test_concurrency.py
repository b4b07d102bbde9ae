"""Seats under concurrent requests: the activity row is locked while a seat is allocated."""

import os
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection, connections
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from kulturhub.activities import services
from kulturhub.activities.models import Registration
from kulturhub.activities.tests.factories import ActivityFactory
from kulturhub.activities.workflow import State
from kulturhub.network.tests.factories import NetworkFactory

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="runs on PostgreSQL (CI's second run); the SQLite variant is below",
)


def _fire(activity, count):
    barrier = threading.Barrier(count)
    errors = []

    def one(n):
        try:
            barrier.wait(timeout=30)
            services.register(
                activity, name=f"Person {n}", email=f"p{n}@example.org", language="da"
            )
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=one, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_registrations_for_ten_seats():
    activity = ActivityFactory(network=NetworkFactory(), capacity=10, slug="popular")
    errors = _fire(activity, 50)
    assert errors == []
    assert Registration.objects.count() == 50  # none lost
    assert activity.registrations.filter(status=State.CONFIRMED).count() == 10
    assert activity.registrations.filter(status=State.WAITLISTED).count() == 40
    # Cancelling 3 promotes the first 3 on the waiting list, in the order they came.
    waiting = list(
        activity.registrations.filter(status=State.WAITLISTED).order_by("queued_at", "pk")
    )
    for registration in activity.registrations.filter(status=State.CONFIRMED)[:3]:
        services.cancel_registration(registration, "registrant")
    promoted = set(
        activity.registrations.filter(status=State.CONFIRMED).values_list("pk", flat=True)
    )
    assert {r.pk for r in waiting[:3]} <= promoted
    assert len(promoted) == 10
    # Every registration has its e-mail queued exactly once.
    confirmations = DBTaskResult.objects.filter(task_path__endswith="deliver_mail")
    assert confirmations.count() == 50 + 3 + 3


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_an_unaccepted_offer_passes_on_under_concurrent_cancellations():
    activity = ActivityFactory(
        network=NetworkFactory(), capacity=5, slug="offers", promotion="offer", offer_hours=24
    )
    for n in range(9):  # 5 seats, 4 waiting
        services.register(activity, name=f"P{n}", email=f"p{n}@example.org", language="da")
    confirmed = list(activity.registrations.filter(status=State.CONFIRMED))
    barrier = threading.Barrier(3)

    def cancel(registration):
        barrier.wait(timeout=30)
        services.cancel_registration(registration, "registrant")
        connections.close_all()

    threads = [threading.Thread(target=cancel, args=(r,)) for r in confirmed[:3]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert activity.registrations.filter(status=State.OFFERED).count() == 3
    assert activity.seats_taken() == 5
    offered = activity.registrations.filter(status=State.OFFERED).first()
    Registration.objects.filter(pk=offered.pk).update(
        offer_expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert services.expire_offer(offered.pk) is True
    # The expired seat went to the fourth person waiting.
    assert activity.registrations.filter(status=State.OFFERED).count() == 3
    assert activity.registrations.get(name="P8").status == State.OFFERED
    assert activity.registrations.filter(status=State.EXPIRED).count() == 1
    assert activity.seats_taken() == 5


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite variant of the test above")
def test_fifty_concurrent_registrations_for_ten_seats_on_sqlite(tmp_path):
    root = Path(__file__).resolve().parents[3]
    env = {
        **os.environ,
        "KULTURHUB_DATA_DIR": str(tmp_path),
        "DATABASE_URL": "",
        "EMAIL_URL": "locmem:",
    }
    env.pop("DATABASE_URL")
    result = subprocess.run(
        [sys.executable, "-m", "kulturhub.activities.tests.sqlite_race", "50"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    confirmed, waitlisted, total, errors = map(int, result.stdout.split())
    assert (confirmed, waitlisted, total, errors) == (10, 40, 50, 0), result.stderr
