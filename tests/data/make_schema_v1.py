"""Writes ``project-schema-v1.qda``: a project as Kodierwerk's first schema stored it.

Run once to produce the committed fixture; the DDL below is frozen (it is what
version 1 wrote) so the migration test keeps testing a real old file even as the
models move on. Version 1 had no ``speaker_turn.body_start`` and no memos.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "project-schema-v1.qda"

DDL_V1 = """
CREATE TABLE project (
    id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, title TEXT NOT NULL,
    schema_version INTEGER NOT NULL, created VARCHAR(32) NOT NULL,
    PRIMARY KEY (id), UNIQUE (uuid));
CREATE TABLE document (
    id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, name TEXT NOT NULL, text TEXT NOT NULL,
    sha256 VARCHAR(64) NOT NULL, source TEXT, imported_at VARCHAR(32) NOT NULL,
    PRIMARY KEY (id), UNIQUE (uuid), UNIQUE (name), UNIQUE (sha256));
CREATE TABLE code (
    id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, parent_id INTEGER, name TEXT NOT NULL,
    color VARCHAR(7) NOT NULL, description TEXT NOT NULL, sort_order INTEGER NOT NULL,
    PRIMARY KEY (id), UNIQUE (uuid), FOREIGN KEY(parent_id) REFERENCES code (id));
CREATE INDEX ix_code_parent ON code (parent_id);
CREATE TABLE coder (
    id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (id), UNIQUE (uuid), UNIQUE (name));
CREATE TABLE speaker_turn (
    id INTEGER NOT NULL, document_id INTEGER NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, speaker TEXT NOT NULL, time TEXT,
    PRIMARY KEY (id), CONSTRAINT turn_span CHECK (start >= 0 AND "end" > start),
    FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE);
CREATE INDEX ix_turn_document_start ON speaker_turn (document_id, start);
CREATE TABLE coding (
    id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, document_id INTEGER NOT NULL,
    code_id INTEGER NOT NULL, coder_id INTEGER NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, memo TEXT, created VARCHAR(32) NOT NULL,
    modified VARCHAR(32) NOT NULL,
    PRIMARY KEY (id), CONSTRAINT coding_span CHECK (start >= 0 AND "end" > start),
    UNIQUE (uuid), FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE,
    FOREIGN KEY(code_id) REFERENCES code (id), FOREIGN KEY(coder_id) REFERENCES coder (id));
CREATE INDEX ix_coding_code ON coding (code_id);
CREATE INDEX ix_coding_coder ON coding (coder_id);
CREATE INDEX ix_coding_document_start ON coding (document_id, start);
"""

TEXT = "UK\tDie Sprache der Prüfung verhindert das.\nBT\tMobilität ist auf dem Land schwierig.\n"
TS = "2024-03-01 09:30:00.000000"


def main() -> None:
    TARGET.unlink(missing_ok=True)
    conn = sqlite3.connect(TARGET)
    conn.executescript(DDL_V1)
    conn.execute("PRAGMA application_id=1265591383")
    conn.execute("PRAGMA user_version=1")
    conn.execute("INSERT INTO project VALUES (1, '0f5c3c1e-8d0e-4a57-9a43-3b8f5f1e2a10', "
                 "'Altes Projekt', 1, ?)", (TS,))
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    conn.execute("INSERT INTO document VALUES (1, '5b1f0e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b', "
                 "'interview', ?, ?, 'interview.txt', ?)", (TEXT, sha, TS))
    conn.execute("INSERT INTO speaker_turn VALUES (1, 1, 0, 42, 'UK', NULL)")
    conn.execute("INSERT INTO speaker_turn VALUES (2, 1, 43, 83, 'BT', NULL)")
    conn.execute("INSERT INTO code VALUES (1, 'a1b2c3d4-0000-4000-8000-000000000001', NULL, "
                 "'Arbeit und Ausbildung', '#4363d8', '', 0)")
    conn.execute("INSERT INTO code VALUES (2, 'a1b2c3d4-0000-4000-8000-000000000002', 1, "
                 "'Sprache', '#3cb44b', 'Sprache als Hürde', 0)")
    conn.execute("INSERT INTO coder VALUES (1, 'c0de0000-0000-4000-8000-000000000001', 'Anna')")
    conn.execute("INSERT INTO coding VALUES (1, 'd0000000-0000-4000-8000-000000000001', 1, 2, 1,"
                 " 7, 41, 'alte Notiz', ?, ?)", (TS, TS))
    conn.commit()
    conn.close()


if __name__ == "__main__":
    main()
