"""Coder files for the merge tests: a base project the lead hands out, and copies of it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qda_app import Project, Turn

TEXT1 = ("I: Wie war der Anfang in der Pflege?\n"
         "B: Die Arbeit war gut, aber die Sprache war schwer. Ich habe viel gelernt.\n")
TEXT2 = "I: Und die Wohnung?\nB: Wir suchen seit einem Jahr eine Wohnung in Köln.\n"


def write_base(path: Path) -> None:
    """The team file the coders' files start as a copy of (a ``project_copy`` template)."""
    with Project.create(path, title="Basis") as p:
        p.add_document("Interview 1", TEXT1, turns=[
            Turn(0, 37, "I", body_start=3), Turn(37, len(TEXT1), "B", body_start=40)])
        p.add_document("Interview 2", TEXT2)
        p.add_code("Arbeit/Pflege", color="#112233", description="Arbeit in der Pflege")
        p.add_code("Sprache", color="#445566")
        p.add_coder("Anna")
        p.add_coder("Ben")


def coder_file(base: Path, path: Path, change: Callable[[Project], Any]) -> Path:
    shutil.copy2(base, path)
    with Project.open(path) as p:
        change(p)
    return path


def fingerprint(path: Path) -> tuple[int, bytes]:
    return os.stat(path).st_mtime_ns, path.read_bytes()


def content(path: Path) -> dict[str, Any]:
    """Everything a merge may change, comparable with ``==``."""
    with Project.open(path) as p:
        return {
            "documents": sorted((d.uuid, d.name, d.sha256) for d in p.documents()),
            "turns": {d.uuid: p.document(d.uuid).turns for d in p.documents()},
            "codes": [(c.uuid, c.path, c.color, c.description) for c in p.codes()],
            "coders": sorted((c.uuid, c.name) for c in p.coders()),
            "codings": sorted((s.uuid, s.document_uuid, s.code_uuid, s.coder_uuid, s.start,
                               s.end, s.memo, s.created, s.modified) for s in p.segments()),
            "memos": sorted((m.uuid, m.title, m.text, m.document_uuid, m.code_uuid)
                            for m in p.memos()),
        }
