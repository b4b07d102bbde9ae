"""An author asks the coordinators to publish a draft (`publication_requested_at`).

Adding a nullable column leaves the table as it is on every backend. Taking it away again
rebuilds the table on SQLite, which drops the full-text triggers, so going back reinstalls
the index (kulturhub/knowledge/search_index.py)."""

from django.db import migrations, models

from kulturhub.knowledge import search_index


def reinstall_index(apps, schema_editor):
    search_index.install(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0003_search_vector_in_row")]

    operations = [
        # Runs last when migrating backwards, after the column is gone.
        migrations.RunPython(migrations.RunPython.noop, reinstall_index),
        migrations.AddField(
            model_name="knowledgeitem",
            name="publication_requested_at",
            field=models.DateTimeField(
                blank=True, null=True, verbose_name="publication requested"
            ),
        ),
    ]
