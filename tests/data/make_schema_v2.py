"""Writes ``project-schema-v2-duplicates.qda``: a version-2 project holding duplicate codings.

Version 2 did not stop the same coding (document, code, coder, start, end)
from being stored twice: ``qda code-text`` run twice, a script, or two programs
at once did it. Run once to produce the committed fixture; the DDL below is
frozen (what version 2 wrote), so the migration test keeps testing a real old
file as the models move on.

What is in it (codings by id):

1. ``Sprache`` by Anna on "Sprache der Prüfung", memo "alte Notiz"
2. the same again, no memo                      -> folded into 1
3. the same again, memo "zweiter Blick"         -> folded into 1, memo joined
4. the same again, memo "alte Notiz" once more  -> folded into 1, memo not repeated
5. ``Sprache`` by Ben on the same span          (another coder: not a duplicate)
6. ``Mobilität`` by Anna on "Mobilität", no memo
7. the same again, memo "Land"                  -> folded into 6, which gets the memo
8. ``Arbeit und Ausbildung`` by Anna on "Die Sprache der Prüfung" (no copy)
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "project-schema-v2-duplicates.qda"

DDL_V2 = """
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
    "end" INTEGER NOT NULL, speaker TEXT NOT NULL, time TEXT, body_start INTEGER,
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
CREATE INDEX ix_coding_document_start ON coding (document_id, start);
CREATE INDEX ix_coding_coder ON coding (coder_id);
CREATE INDEX ix_coding_code ON coding (code_id);
CREATE TABLE memo (
    id INTEGER NOT NULL, uuid VARCHAR(36) NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL,
    document_id INTEGER, code_id INTEGER, created VARCHAR(32) NOT NULL,
    modified VARCHAR(32) NOT NULL,
    PRIMARY KEY (id), CONSTRAINT memo_single_target CHECK (document_id IS NULL OR code_id IS NULL),
    UNIQUE (uuid), FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE,
    FOREIGN KEY(code_id) REFERENCES code (id) ON DELETE CASCADE);
"""

TEXT = "UK\tDie Sprache der Prüfung verhindert das.\nBT\tMobilität ist auf dem Land schwierig.\n"
TS = "2024-03-01 09:30:00.000000"
LATER = "2024-03-02 10:00:00.000000"
SPRACHE = (7, 26)  # "Sprache der Prüfung"
MOBIL = (46, 55)  # "Mobilität"
CODINGS = [  # id, code id, coder id, span, memo, modified
    (1, 2, 1, SPRACHE, "alte Notiz", TS),
    (2, 2, 1, SPRACHE, None, TS),
    (3, 2, 1, SPRACHE, "zweiter Blick", LATER),
    (4, 2, 1, SPRACHE, "alte Notiz", TS),
    (5, 2, 2, SPRACHE, None, TS),
    (6, 3, 1, MOBIL, None, TS),
    (7, 3, 1, MOBIL, "Land", LATER),
    (8, 1, 1, (3, 26), None, TS),
]


def main() -> None:
    TARGET.unlink(missing_ok=True)
    conn = sqlite3.connect(TARGET)
    conn.executescript(DDL_V2)
    conn.execute("PRAGMA application_id=1265591383")
    conn.execute("PRAGMA user_version=2")
    conn.execute("INSERT INTO project VALUES (1, '0f5c3c1e-8d0e-4a57-9a43-3b8f5f1e2a20', "
                 "'Projekt mit Dubletten', 2, ?)", (TS,))
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    conn.execute("INSERT INTO document VALUES (1, '5b1f0e2a-3c4d-4e5f-8a9b-0c1d2e3f4a6c', "
                 "'interview', ?, ?, 'interview.txt', ?)", (TEXT, sha, TS))
    conn.execute("INSERT INTO speaker_turn VALUES (1, 1, 0, 42, 'UK', NULL, 3)")
    conn.execute("INSERT INTO speaker_turn VALUES (2, 1, 43, 83, 'BT', NULL, 46)")
    for code in [(1, None, "Arbeit und Ausbildung", "#4363d8", 0),
                 (2, 1, "Sprache", "#3cb44b", 0), (3, None, "Mobilität", "#e6194b", 1)]:
        conn.execute("INSERT INTO code VALUES (?, ?, ?, ?, ?, '', ?)",
                     (code[0], f"a1b2c3d4-0000-4000-8000-00000000000{code[0]}", *code[1:]))
    for coder_id, name in [(1, "Anna"), (2, "Ben")]:
        conn.execute("INSERT INTO coder VALUES (?, ?, ?)",
                     (coder_id, f"c0de0000-0000-4000-8000-00000000000{coder_id}", name))
    for coding_id, code_id, coder_id, (start, end), memo, modified in CODINGS:
        conn.execute("INSERT INTO coding VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)",
                     (coding_id, f"d0000000-0000-4000-8000-00000000000{coding_id}", code_id,
                      coder_id, start, end, memo, TS, modified))
    conn.commit()
    conn.close()


if __name__ == "__main__":
    main()
