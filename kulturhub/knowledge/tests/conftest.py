import pytest
from django.db import connection

from kulturhub.network.tests.factories import term

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL full-text search"
)
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite FTS5 search")


@pytest.fixture
def music(db):
    return term("art_form", "music")


@pytest.fixture
def singing(db):
    return term("art_form", "singing")
