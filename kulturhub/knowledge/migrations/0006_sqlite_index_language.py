"""SQLite: the full-text table gains the item's language, so that the search can match each
language's stems against that language's items (kulturhub/knowledge/search_index.py).
Nothing changes on PostgreSQL."""

from django.db import migrations

from kulturhub.knowledge import search_index


def rebuild(apps, schema_editor):
    search_index.reinstall(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0005_attachments")]

    operations = [migrations.RunPython(rebuild, rebuild)]
