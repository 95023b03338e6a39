"""Ordered schema migrations, keyed by SQLite's ``PRAGMA user_version``.

Each step takes a file from version N to N+1 with frozen DDL (never the
current models, which move on). All steps of one upgrade run in a single
transaction that :mod:`qda_app.storage.upgrade` opens, after it has written
``NAME.qda.bak``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

TABLES_V1 = frozenset({"project", "document", "speaker_turn", "code", "coder", "coding"})


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Version 2 keeps where the speech starts after a speaker label, and adds memos."""
    conn.execute("ALTER TABLE speaker_turn ADD COLUMN body_start INTEGER")
    conn.execute("UPDATE speaker_turn SET body_start = start")
    conn.execute(
        """
        CREATE TABLE memo (
            id INTEGER NOT NULL,
            uuid VARCHAR(36) NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            document_id INTEGER,
            code_id INTEGER,
            created VARCHAR(32) NOT NULL,
            modified VARCHAR(32) NOT NULL,
            PRIMARY KEY (id),
            CONSTRAINT memo_single_target CHECK (document_id IS NULL OR code_id IS NULL),
            UNIQUE (uuid),
            FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE,
            FOREIGN KEY(code_id) REFERENCES code (id) ON DELETE CASCADE
        )
        """
    )


STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2}
CURRENT_VERSION = max(STEPS) + 1


def expected_tables(version: int) -> frozenset[str]:
    return TABLES_V1 if version <= 1 else TABLES_V1 | {"memo"}


def apply(conn: sqlite3.Connection, from_version: int) -> None:
    """Run the steps from ``from_version`` inside the caller's transaction."""
    for version in range(from_version, CURRENT_VERSION):
        STEPS[version](conn)
    conn.execute("UPDATE project SET schema_version = ?", (CURRENT_VERSION,))
    conn.execute(f"PRAGMA user_version={CURRENT_VERSION}")
