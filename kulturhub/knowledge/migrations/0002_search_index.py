"""The full-text index: a generated tsvector column with GIN and trigram indexes on
PostgreSQL, an FTS5 table with triggers on SQLite (kulturhub/knowledge/search_index.py)."""

from django.db import migrations

from kulturhub.knowledge import search_index


def install(apps, schema_editor):
    search_index.install(schema_editor)


def uninstall(apps, schema_editor):
    search_index.uninstall(schema_editor)


class Migration(migrations.Migration):
    atomic = True

    dependencies = [("knowledge", "0001_initial")]

    operations = [migrations.RunPython(install, uninstall)]
