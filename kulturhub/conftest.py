"""Shared test set-up: settings for tests and the personas every app's tests use.

Personas (STYLE.md §8):
- alice: coordinator of the Aarhus network (`network`)
- bob: member of the Aarhus network (works for a member municipality)
- carol: coordinator of another network (`other_network`)
- dave: an outsider with an account but no role anywhere
"""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import translation
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from kulturhub.network.models import Membership, NetworkRole
from kulturhub.network.tests import factories


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # Each test starts in English: a request to /sv/ must not leak into the next reverse().
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a whole test module, rolled back at its end, for data that is
    costly to make (the demo data) and that every test of the module reads. Each test still
    runs in a savepoint of its own inside it (the `db` fixture), so what a test changes is
    undone before the next."""
    fast = override_settings(
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    )
    with django_db_blocker.unblock(), fast, transaction.atomic():
        translation.activate("en")
        yield
        transaction.set_rollback(True)


@pytest.fixture
def network(db):
    return factories.NetworkFactory(name="Kultur og sundhed Aarhus", slug="aarhus")


@pytest.fixture
def other_network(db):
    return factories.NetworkFactory(
        name="Kultur och hälsa Skåne", slug="skane-test", country="SE", language="sv"
    )


def _person_with_role(network, role, name, email):
    user = factories.UserFactory(email=email, full_name=name)
    person = factories.PersonFactory(name=name, user=user, email=email)
    NetworkRole.objects.create(network=network, person=person, role=role)
    return user


@pytest.fixture
def alice(network):
    return _person_with_role(
        network, NetworkRole.Role.COORDINATOR, "Alice Andersen", "alice@example.org"
    )


@pytest.fixture
def bob(network):
    user = factories.UserFactory(email="bob@example.org", full_name="Bob Berg")
    municipality = factories.OrganisationFactory(name="Aarhus Kommune")
    factories.MembershipFactory(network=network, organisation=municipality)
    person = factories.PersonFactory(name="Bob Berg", user=user, listed=True)
    person.organisations.add(municipality)
    return user


@pytest.fixture
def carol(other_network):
    return _person_with_role(
        other_network, NetworkRole.Role.COORDINATOR, "Carol Carlsson", "carol@example.org"
    )


@pytest.fixture
def dave(db):
    return factories.UserFactory(email="dave@example.org", full_name="Dave Dahl")


@pytest.fixture
def as_user(client):
    """Log the test client in as a persona: `as_user(alice)`; `as_user(None)` logs out."""

    def login(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return login


@pytest.fixture
def hidden_person(network):
    """A person who has not consented to the directory, working for a member organisation."""
    organisation = factories.OrganisationFactory(name="Skive Kommune")
    factories.MembershipFactory(
        network=network, organisation=organisation, status=Membership.Status.ACTIVE
    )
    person = factories.PersonFactory(name="Hanne Hemmelig", listed=False, bio="Unlisted bio text")
    person.organisations.add(organisation)
    return person


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
