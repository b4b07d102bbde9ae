import io

import pytest
from django.core.management import call_command
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from kulturhub.activities.tests.factories import ActivityFactory


@pytest.fixture
def run_tasks(monkeypatch):
    """Run every task that is due, with the real database worker, until none is left."""
    # The worker recycles old database connections between tasks, as a long-running process
    # should; inside a test that would close the connection holding the test's transaction.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run():
        call_command(
            "db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO(), stderr=io.StringIO()
        )

    return run


@pytest.fixture
def queued():
    """The tasks waiting in the queue: [(task name, args, run_after)]."""

    def tasks(name: str | None = None):
        rows = DBTaskResult.objects.filter(status="READY").order_by("enqueued_at")
        result = [
            (r.task_path.rsplit(".", 1)[-1], r.args_kwargs["args"], r.run_after) for r in rows
        ]
        return [t for t in result if name is None or t[0] == name]

    return tasks


@pytest.fixture
def webinar(network):
    return ActivityFactory(
        network=network, title="Webinar: Kultur på recept", slug="webinar-kultur-paa-recept"
    )
