"""Schema migrations as plain functions, recorded in `schema_migrations` so each runs once per database.

New schema changes are appended as new functions; an existing one is never edited once released, because databases
in the field have already run it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone

Migration = tuple[int, str, Callable[[sqlite3.Connection], None]]


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Statement by statement: `executescript` would commit mid-migration and break its atomicity."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _initial(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT, outlet TEXT, author TEXT, published TEXT, url TEXT, language TEXT,
            status TEXT NOT NULL,
            source TEXT,
            body_start INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            extractor TEXT, extractor_version TEXT,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            origin TEXT NOT NULL,          -- 'pack' or 'extracted'
            kind TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
        CREATE TABLE aliases (
            entity_id TEXT NOT NULL REFERENCES entities(id),
            alias TEXT NOT NULL,
            norm TEXT NOT NULL,
            origin TEXT NOT NULL,          -- 'pack' or 'extracted'
            PRIMARY KEY (entity_id, alias)
        );
        CREATE INDEX aliases_norm ON aliases(norm);
        CREATE TABLE mentions (
            document_id TEXT NOT NULL REFERENCES documents(id),
            entity_id TEXT NOT NULL REFERENCES entities(id),
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            recogniser TEXT NOT NULL,
            extractor TEXT NOT NULL, extractor_version TEXT NOT NULL,
            PRIMARY KEY (document_id, start, "end")
        );
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE TABLE statements (
            id TEXT PRIMARY KEY,           -- sha1 of document, kind, subject, predicate, object and span
            kind TEXT NOT NULL,            -- relation, quote, event, claim
            subject_id TEXT, predicate TEXT, object_id TEXT,
            value TEXT NOT NULL,           -- the fact as JSON, in the output contract's shape
            document_id TEXT REFERENCES documents(id),
            start INTEGER, "end" INTEGER,
            origin TEXT NOT NULL,          -- 'extracted' or 'pack' (background knowledge, no document)
            extractor TEXT NOT NULL, extractor_version TEXT NOT NULL,
            confidence REAL NOT NULL DEFAULT 1.0,
            review_state TEXT NOT NULL DEFAULT 'proposed',
            created_at TEXT NOT NULL
        );
        CREATE INDEX statements_subject ON statements(subject_id);
        CREATE INDEX statements_object ON statements(object_id);
        CREATE INDEX statements_document ON statements(document_id);
        """
    )


def _statement_dates(conn: sqlite3.Connection) -> None:
    """A statement's own date (a quote's date as TIMEX3), so an actor's statements list newest first in SQL."""
    _run_script(
        conn,
        """
        ALTER TABLE statements ADD COLUMN date TEXT;
        CREATE INDEX statements_kind_subject ON statements(kind, subject_id);
        """,
    )


MIGRATIONS: list[Migration] = [
    (1, "documents, entities, aliases, mentions, statements", _initial),
    (2, "statements.date and a (kind, subject) index", _statement_dates),
]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply pending migrations in order, each in its own transaction; returns the versions applied.

    The connection must be in autocommit mode (isolation_level=None) so transactions are ours to delimit.
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        "applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
    applied = []
    for version, name, fn in MIGRATIONS:
        if version in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        if conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone():
            conn.execute("COMMIT")  # another process applied it while we waited for the lock
            continue
        try:
            fn(conn)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (version, name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(version)
    return applied
