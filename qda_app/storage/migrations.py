"""Ordered schema migrations: files keyed by SQLite's ``PRAGMA user_version``, server
projects by ``project.schema_version`` (PostgreSQL has no ``user_version``).

Each step takes a project from version N to N+1 with frozen DDL (never the
current models, which move on) and returns what the user should be told, one
line each. All steps of one upgrade run in a single transaction: for a file,
the one :mod:`qda_app.storage.upgrade` opens after it has written
``NAME.qda.bak``; for a server, the one :mod:`.postgres_backend` opens.

**Server projects start at version 5** (:data:`SERVER_FIRST_VERSION`): no older
team project can exist, so steps 1→5 are SQLite-only. **Every step from 5 on
is written twice**, in :data:`STEPS` (an :mod:`sqlite3` connection) and in
:data:`SERVER_STEPS` (a SQLAlchemy connection to PostgreSQL, where DDL is
transactional too); ``tests/test_migration_steps.py`` fails when one is missing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from itertools import groupby

from sqlalchemy import Connection, text

TABLES_V1 = frozenset({"project", "document", "speaker_turn", "code", "coder", "coding"})


def _v1_to_v2(conn: sqlite3.Connection) -> list[str]:
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
    return []


def _v2_to_v3(conn: sqlite3.Connection) -> list[str]:
    """Version 3 stores each coding once, and each document's length and speakers.

    Older versions let a script, ``qda code-text`` twice or two programs at
    once store the same coding again: a unique index on (document, code,
    coder, span) now refuses that. Each set of copies is folded into its
    oldest row; the memos of the others are joined to its memo (each distinct
    text once, as paragraphs), so nothing a coder wrote is lost.

    Listing documents read every text (for its length) and every speaker
    turn; both never change after import, so they are stored with the
    document once. Two indexes let a new code find its parent by name and
    count colours without reading every code row.
    """
    _store_document_summaries(conn)
    conn.execute("DROP INDEX ix_code_parent")
    conn.execute("CREATE INDEX ix_code_parent ON code (parent_id, name)")
    conn.execute("CREATE INDEX ix_code_color ON code (color)")
    rows = conn.execute(
        'SELECT c.id, c.memo, c.modified, c.document_id, c.code_id, c.coder_id, c.start, c."end" '
        'FROM coding c JOIN (SELECT document_id, code_id, coder_id, start, "end" FROM coding '
        'GROUP BY document_id, code_id, coder_id, start, "end" HAVING count(*) > 1) d '
        'USING (document_id, code_id, coder_id, start, "end") '
        'ORDER BY c.document_id, c.code_id, c.coder_id, c.start, c."end", c.id'
    ).fetchall()
    groups = [list(group) for _key, group in groupby(rows, key=lambda row: row[3:])]
    dropped = [(row[0],) for group in groups for row in group[1:]]
    updates = []
    for group in groups:
        texts = list(dict.fromkeys(row[1] for row in group if row[1] and row[1].strip()))
        memo = "\n\n".join(texts) if texts else None
        if memo != group[0][1]:
            updates.append((memo, max(row[2] for row in group), group[0][0]))
    conn.executemany("DELETE FROM coding WHERE id = ?", dropped)
    conn.executemany("UPDATE coding SET memo = ?, modified = ? WHERE id = ?", updates)
    conn.execute('CREATE UNIQUE INDEX ux_coding_key ON coding '
                 '(document_id, code_id, coder_id, start, "end")')
    n = len(dropped)
    if not n:
        return []
    many = n != 1
    return [f"{n} duplicate coding{'s' if many else ''} (same document, code, coder and span) "
            f"{'were' if many else 'was'} folded into the coding {'they' if many else 'it'} "
            "repeated; memos were kept"]


def _store_document_summaries(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE document ADD COLUMN chars INTEGER DEFAULT '0' NOT NULL")
    conn.execute("ALTER TABLE document ADD COLUMN speakers TEXT DEFAULT '[]' NOT NULL")
    conn.execute("UPDATE document SET chars = length(text)")
    speakers: dict[int, list[str]] = {}
    for doc_id, speaker, _first in conn.execute(
            "SELECT document_id, speaker, min(start) AS first FROM speaker_turn "
            "GROUP BY document_id, speaker ORDER BY document_id, first"):
        speakers.setdefault(doc_id, []).append(speaker)
    conn.executemany("UPDATE document SET speakers = ? WHERE id = ?",
                     [(json.dumps(names, ensure_ascii=False), doc_id)
                      for doc_id, names in speakers.items()])


def _v3_to_v4(conn: sqlite3.Connection) -> list[str]:
    """Version 4 keeps what interviews, PDFs and other QDA tools bring.

    A speaker turn gets the time of the recording it belongs to (``seconds``,
    from timestamps such as ``#00:01:02-5#``); a document from a paged
    source keeps where each page starts (``document_page``), so a coding can
    say "p. 4"; a code can be a category (``codable = 0``: REFI-QDA's
    ``isCodable="false"``), kept when a project goes out again.
    """
    conn.execute("ALTER TABLE speaker_turn ADD COLUMN seconds FLOAT")
    conn.execute("ALTER TABLE code ADD COLUMN codable BOOLEAN DEFAULT '1' NOT NULL")
    conn.execute(
        """
        CREATE TABLE document_page (
            document_id INTEGER NOT NULL,
            number INTEGER NOT NULL,
            start INTEGER NOT NULL,
            PRIMARY KEY (document_id, number),
            CONSTRAINT page_start CHECK (number >= 1 AND start >= 0),
            FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE
        )
        """
    )
    return []


def _v4_to_v5(conn: sqlite3.Connection) -> list[str]:
    """Version 5 is the analysis half: memos of every kind, variables, sets, document order.

    Memos get a kind (project, document, code, a passage of a document, free),
    an author, a span for memos in the text, and links for free memos; SQLite
    cannot add checks to a table, so the memo table is rebuilt with the same
    rows. Documents get a place in the list the user can change (their import
    order to begin with). Variables, their values per document, and document
    sets are new tables.
    """
    conn.execute("ALTER TABLE document ADD COLUMN sort_order INTEGER DEFAULT '0' NOT NULL")
    conn.execute("UPDATE document SET sort_order = id")
    conn.execute(
        """
        CREATE TABLE memo_v5 (
            id INTEGER NOT NULL,
            uuid VARCHAR(36) NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            document_id INTEGER,
            code_id INTEGER,
            created VARCHAR(32) NOT NULL,
            modified VARCHAR(32) NOT NULL,
            kind VARCHAR(16) DEFAULT 'free' NOT NULL,
            coder_id INTEGER,
            start INTEGER,
            "end" INTEGER,
            PRIMARY KEY (id),
            CONSTRAINT memo_single_target CHECK (document_id IS NULL OR code_id IS NULL),
            CONSTRAINT memo_span CHECK ((start IS NULL AND "end" IS NULL) OR
                (document_id IS NOT NULL AND start >= 0 AND "end" > start)),
            CONSTRAINT memo_kind CHECK (kind IN ('project', 'document', 'code', 'text', 'free')),
            UNIQUE (uuid),
            FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE,
            FOREIGN KEY(code_id) REFERENCES code (id) ON DELETE CASCADE,
            FOREIGN KEY(coder_id) REFERENCES coder (id)
        )
        """
    )
    conn.execute(
        "INSERT INTO memo_v5 (id, uuid, title, text, document_id, code_id, created, modified, "
        "kind) SELECT id, uuid, title, text, document_id, code_id, created, modified, "
        "CASE WHEN document_id IS NOT NULL THEN 'document' "
        "WHEN code_id IS NOT NULL THEN 'code' ELSE 'project' END FROM memo"
    )
    conn.execute("DROP TABLE memo")
    conn.execute("ALTER TABLE memo_v5 RENAME TO memo")
    for statement in _V5_NEW:
        conn.execute(statement)
    return []


_V5_NEW = (
    "CREATE INDEX ix_memo_code ON memo (code_id)",
    "CREATE INDEX ix_memo_document ON memo (document_id)",
    """CREATE TABLE memo_link (
        id INTEGER NOT NULL,
        memo_id INTEGER NOT NULL,
        document_id INTEGER,
        code_id INTEGER,
        coding_id INTEGER,
        linked_memo_id INTEGER,
        PRIMARY KEY (id),
        CONSTRAINT memo_link_one_target CHECK (CASE WHEN document_id IS NULL THEN 0 ELSE 1 END
            + CASE WHEN code_id IS NULL THEN 0 ELSE 1 END
            + CASE WHEN coding_id IS NULL THEN 0 ELSE 1 END
            + CASE WHEN linked_memo_id IS NULL THEN 0 ELSE 1 END = 1),
        FOREIGN KEY(memo_id) REFERENCES memo (id) ON DELETE CASCADE,
        FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE,
        FOREIGN KEY(code_id) REFERENCES code (id) ON DELETE CASCADE,
        FOREIGN KEY(coding_id) REFERENCES coding (id) ON DELETE CASCADE,
        FOREIGN KEY(linked_memo_id) REFERENCES memo (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_memo_link_memo ON memo_link (memo_id)",
    """CREATE TABLE variable (
        id INTEGER NOT NULL,
        uuid VARCHAR(36) NOT NULL,
        name TEXT NOT NULL,
        type VARCHAR(16) NOT NULL,
        sort_order INTEGER NOT NULL,
        PRIMARY KEY (id),
        CONSTRAINT variable_type CHECK (type IN ('text', 'integer', 'decimal', 'date', 'boolean')),
        UNIQUE (uuid),
        UNIQUE (name)
    )""",
    """CREATE TABLE variable_value (
        document_id INTEGER NOT NULL,
        variable_id INTEGER NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (document_id, variable_id),
        FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE,
        FOREIGN KEY(variable_id) REFERENCES variable (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_variable_value_variable ON variable_value (variable_id, value)",
    """CREATE TABLE document_set (
        id INTEGER NOT NULL,
        uuid VARCHAR(36) NOT NULL,
        name TEXT NOT NULL,
        condition TEXT,
        sort_order INTEGER NOT NULL,
        created VARCHAR(32) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE (uuid),
        UNIQUE (name)
    )""",
    """CREATE TABLE set_member (
        set_id INTEGER NOT NULL,
        document_id INTEGER NOT NULL,
        PRIMARY KEY (set_id, document_id),
        FOREIGN KEY(set_id) REFERENCES document_set (id) ON DELETE CASCADE,
        FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_set_member_document ON set_member (document_id)",
)


_V6_TEAM_SETTINGS = """CREATE TABLE team_settings (
        id INTEGER NOT NULL,
        blinded BOOLEAN DEFAULT '0' NOT NULL,
        coders_add_codes BOOLEAN DEFAULT '0' NOT NULL,
        roles TEXT,
        PRIMARY KEY (id),
        CONSTRAINT team_settings_one_row CHECK (id = 1)
    )"""
_V6 = (
    "ALTER TABLE code ADD COLUMN version INTEGER DEFAULT '1' NOT NULL",
    "ALTER TABLE code ADD COLUMN created_by INTEGER REFERENCES coder (id) ON DELETE SET NULL",
    "ALTER TABLE coder ADD COLUMN login TEXT",
    "CREATE UNIQUE INDEX ux_coder_login ON coder (login)",
    _V6_TEAM_SETTINGS,
)


def _v5_to_v6(conn: sqlite3.Connection) -> list[str]:
    """Version 6 is for teams: a code counts its changes (``code.version``: a change made
    with an older version in hand is refused, not written over another coder's) and knows
    who added it (``code.created_by``: a coder may undo their own new code), a coder
    may have a server login (``coder.login``, compared with ``current_user`` by a team
    project's row-level security), and the lead's settings have a table
    (``team_settings``: blinded coding, whether coders may add codes, the group roles).
    In a ``.qda`` file the login and the settings are kept but mean nothing."""
    for statement in _V6:
        conn.execute(statement)
    return []


def _v5_to_v6_server(conn: Connection) -> list[str]:
    """:func:`_v5_to_v6` on a team project (the same statements: they are portable)."""
    for statement in _V6:
        conn.execute(text(statement))
    return []


STEPS: dict[int, Callable[[sqlite3.Connection], list[str]]] = {
    1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6,
}
CURRENT_VERSION = max(STEPS) + 1

SERVER_FIRST_VERSION = 5
"""The version of the first team projects: a server project is never older."""
SERVER_STEPS: dict[int, Callable[[Connection], list[str]]] = {5: _v5_to_v6_server}
"""Version N → N+1 on a PostgreSQL project, for every N from :data:`SERVER_FIRST_VERSION`."""


def expected_tables(version: int) -> frozenset[str]:
    tables = TABLES_V1 if version <= 1 else TABLES_V1 | {"memo"}
    if version >= 4:
        tables |= {"document_page"}
    if version >= 5:
        tables |= {"memo_link", "variable", "variable_value", "document_set", "set_member"}
    if version >= 6:
        tables |= {"team_settings"}
    return tables


def apply(conn: sqlite3.Connection, from_version: int) -> list[str]:
    """Run the steps from ``from_version`` inside the caller's transaction; return the lines
    to tell the user (e.g. how many duplicate codings were folded)."""
    notices: list[str] = []
    for version in range(from_version, CURRENT_VERSION):
        notices.extend(STEPS[version](conn) or ())  # a step with nothing to say may say None
    conn.execute("UPDATE project SET schema_version = ?", (CURRENT_VERSION,))
    conn.execute(f"PRAGMA user_version={CURRENT_VERSION}")
    return notices


def apply_server(conn: Connection, from_version: int) -> list[str]:
    """:func:`apply` for a team project, inside the caller's transaction on ``conn``."""
    notices: list[str] = []
    for version in range(from_version, CURRENT_VERSION):
        notices.extend(SERVER_STEPS[version](conn) or ())
    conn.execute(text("UPDATE project SET schema_version = :v"), {"v": CURRENT_VERSION})
    return notices
