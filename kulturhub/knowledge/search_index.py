"""The full-text index of knowledge items, per database backend.

PostgreSQL: a stored generated `tsvector` column built with the item's own language
configuration, weighted A (title), B (summary), C (body), with a GIN index per language, and
a trigram index on the title for typo tolerance (pg_trgm). The vector is kept in the table
row (storage MAIN: the other long columns are compressed or moved out of line before it),
because ranking reads the vector of every match: out of line, each one cost a TOAST index
lookup and a chunk read (ranking 7,000 matches took 35 ms instead of 12). The GIN indexes
are written without a pending list (fastupdate off, see `_pg_install`).

SQLite: an FTS5 table over title, summary, body and language with the item table as its
external content, kept in step by triggers. FTS5 has no Nordic stemmers: the search service
stems the query words with the same Snowball stemmers PostgreSQL uses, per item language (the
`language` column is there to restrict each language's words to its items), and matches the
stems as prefixes of the indexed words (see `search.py`).

SQLite rebuilds a table for most schema changes (and drops its triggers with it): a later
migration that alters `knowledge_knowledgeitem` must call `install(schema_editor)` again.
"""

TABLE = "knowledge_knowledgeitem"
FTS_TABLE = "knowledge_fts"

# Item language → PostgreSQL text search configuration.
PG_CONFIGS = {
    "da": "danish",
    "sv": "swedish",
    "fi": "finnish",
    "nb": "norwegian",
    "en": "english",
}


def pg_config_case(column: str = "language") -> str:
    """SQL that gives the regconfig of an item's language."""
    whens = " ".join(
        f"WHEN '{code}' THEN '{config}'::regconfig" for code, config in PG_CONFIGS.items()
    )
    return f"(CASE {column} {whens} ELSE 'simple'::regconfig END)"


def _pg_indexes() -> dict[str, str]:
    indexes = {
        f"knowledge_item_search_{code}": f"GIN (search_vector) WHERE language = '{code}'"
        for code in PG_CONFIGS
    }
    indexes["knowledge_item_title_trgm"] = "GIN (title gin_trgm_ops)"
    return indexes


def pg_index_names() -> list[str]:
    return list(_pg_indexes())


def _pg_install() -> list[str]:
    config = pg_config_case()
    vector = " || ".join(
        f"setweight(to_tsvector({config}, coalesce({column}, '')), '{weight}')"
        for column, weight in [("title", "A"), ("summary", "B"), ("body", "C")]
    )
    indexes = _pg_indexes()
    return [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS search_vector tsvector "
        f"GENERATED ALWAYS AS ({vector}) STORED",
        # Applies to rows written from now on; migration 0003 rewrites the existing ones.
        f"ALTER TABLE {TABLE} ALTER COLUMN search_vector SET STORAGE MAIN",
        # One partial GIN index per language: the search matches each language's items with
        # that language's query only (`language = 'da' AND search_vector @@ q_danish`, ORed
        # over the languages), which the planner answers from these indexes alone. One index
        # for all languages would also return items whose vector matches another language's
        # parse of the query (English parses 'dans' as 'dan'), to be dropped row by row.
        *(
            f"CREATE INDEX IF NOT EXISTS {name} ON {TABLE} USING {definition}"
            for name, definition in indexes.items()
        ),
        # Items are written rarely: without the pending list of fast updates, a new item is
        # in the index at once, and a search after an import does not scan thousands of
        # pending entries (or, seeing them, choose a sequential scan) until autovacuum runs.
        *(f"ALTER INDEX {name} SET (fastupdate = off)" for name in indexes),
        *(f"SELECT gin_clean_pending_list('{name}'::regclass)" for name in indexes),
    ]


def _pg_uninstall() -> list[str]:
    return [
        *(f"DROP INDEX IF EXISTS {name}" for name in reversed(pg_index_names())),
        f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_vector",
    ]


_FTS_INSERT = (
    f"INSERT INTO {FTS_TABLE}(rowid, title, summary, body, language) "
    "VALUES (new.id, new.title, new.summary, new.body, new.language);"
)
_FTS_DELETE = (
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, summary, body, language) "
    "VALUES ('delete', old.id, old.title, old.summary, old.body, old.language);"
)


def _sqlite_install() -> list[str]:
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
        f"title, summary, body, language, content='{TABLE}', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')",
        f"CREATE TRIGGER IF NOT EXISTS knowledge_fts_insert AFTER INSERT ON {TABLE} "
        f"BEGIN {_FTS_INSERT} END",
        f"CREATE TRIGGER IF NOT EXISTS knowledge_fts_delete AFTER DELETE ON {TABLE} "
        f"BEGIN {_FTS_DELETE} END",
        f"CREATE TRIGGER IF NOT EXISTS knowledge_fts_update "
        f"AFTER UPDATE OF title, summary, body, language ON {TABLE} "
        f"BEGIN {_FTS_DELETE} {_FTS_INSERT} END",
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
    ]


def _sqlite_uninstall() -> list[str]:
    return [
        "DROP TRIGGER IF EXISTS knowledge_fts_update",
        "DROP TRIGGER IF EXISTS knowledge_fts_delete",
        "DROP TRIGGER IF EXISTS knowledge_fts_insert",
        f"DROP TABLE IF EXISTS {FTS_TABLE}",
    ]


def _run(schema_editor, statements: list[str]) -> None:
    for statement in statements:
        schema_editor.execute(statement)


def reinstall(schema_editor) -> None:
    """Drop and build the SQLite index again (its columns changed); nothing on PostgreSQL."""
    if schema_editor.connection.vendor == "sqlite":
        _run(schema_editor, _sqlite_uninstall() + _sqlite_install())


def install(schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        _run(schema_editor, _pg_install())
    elif vendor == "sqlite":
        _run(schema_editor, _sqlite_install())


def uninstall(schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        _run(schema_editor, _pg_uninstall())
    elif vendor == "sqlite":
        _run(schema_editor, _sqlite_uninstall())
