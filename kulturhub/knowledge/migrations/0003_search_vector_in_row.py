"""PostgreSQL keeps the search vector in the table row (storage MAIN), so ranking the matches
reads no TOAST, and writes the GIN indexes without a pending list (fastupdate off); existing
rows are rewritten to move their vectors in. Nothing changes on SQLite
(kulturhub/knowledge/search_index.py)."""

from django.db import migrations

from kulturhub.knowledge import search_index


def keep_in_row(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # install() is idempotent and now sets the storage.
        search_index.install(schema_editor)
        # A storage change applies to new row versions only; any update recomputes the
        # generated vector and stores it under the new rule.
        schema_editor.execute(f"UPDATE {search_index.TABLE} SET language = language")


def back_to_toast(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"ALTER TABLE {search_index.TABLE} ALTER COLUMN search_vector SET STORAGE EXTENDED"
        )
        for index in search_index.pg_index_names():
            schema_editor.execute(f"ALTER INDEX {index} RESET (fastupdate)")


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0002_search_index")]

    operations = [migrations.RunPython(keep_in_row, back_to_toast)]
