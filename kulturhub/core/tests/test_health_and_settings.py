import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

from kulturhub.env import email_settings, env_bool

ROOT = Path(__file__).resolve().parents[3]


def test_healthz_is_200_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_is_503_when_the_database_does_not_answer(client, db, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise OperationalError("connection refused")

    # The edge of the world: the database server itself is gone.
    with monkeypatch.context() as patch:
        patch.setattr(BaseDatabaseWrapper, "cursor", refuse)
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "down"


def test_pages_carry_a_content_security_policy(client, db):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy


def _manage(*args, **env):
    # A clean environment: the browser tests' DJANGO_ALLOW_ASYNC_UNSAFE has no place here.
    base = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check(tmp_path):
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "INFO",
        KULTURHUB_ENV="production",
        SECRET_KEY="p9" * 30 + "-not-a-real-key-x7Qz!",
        ALLOWED_HOSTS="kulturhub.example",
        KULTURHUB_DATA_DIR=str(tmp_path),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**env, "KULTURHUB_ENV": "production", "KULTURHUB_DATA_DIR": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize(
    "url, expected",
    [
        ("console:", {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}),
        ("file:///var/mail/kh", {"EMAIL_FILE_PATH": "/var/mail/kh"}),
        (
            "smtp://user:p%40ss@mail.example:587?tls=true",
            {
                "EMAIL_HOST": "mail.example",
                "EMAIL_PORT": 587,
                "EMAIL_HOST_USER": "user",
                "EMAIL_HOST_PASSWORD": "p@ss",
                "EMAIL_USE_TLS": True,
                "EMAIL_USE_SSL": False,
            },
        ),
        ("smtps://mail.example", {"EMAIL_PORT": 465, "EMAIL_USE_SSL": True}),
    ],
)
def test_email_url_is_understood(url, expected):
    result = email_settings(url)
    for key, value in expected.items():
        assert result[key] == value


def test_bad_settings_fail_loudly(monkeypatch):
    with pytest.raises(ImproperlyConfigured):
        email_settings("carrier-pigeon://coop")
    monkeypatch.setenv("DEBUG", "perhaps")
    with pytest.raises(ImproperlyConfigured):
        env_bool("DEBUG")
