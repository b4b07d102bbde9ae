"""seed_demo refuses to run in production unless forced (apart from test_seed_demo.py, whose
tests share one seeded database)."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from kulturhub.network.models import Network


def _seed(*args) -> str:
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_refuses_to_run_in_production_without_force(settings):
    settings.PRODUCTION = True
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    with pytest.raises(CommandError, match="production"):
        _seed()
    assert not Network.objects.exists()
    _seed("--force")
    assert Network.objects.count() == 6
