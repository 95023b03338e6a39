"""The bundled sample project: the real seed protocol, a code tree, example codings.

The codings are stored as quotes, not offsets, and anchored in the imported
text when the sample is built: if the importer ever changes the text, a quote
that no longer fits fails loudly here (and in the tests) instead of silently
coding the wrong words.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .bundled import resource, seed_path
from .errors import QdaError
from .importers import import_file
from .project import Project
from .records import CodingSpec


def _load(name: str) -> dict[str, Any]:
    return json.loads(resource(name).read_text(encoding="utf-8"))


def anchor(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th appearance of ``quote`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            raise QdaError(f"sample coding does not fit the text any more: {quote[:60]!r}")
    if occurrence == 1 and text.find(quote, start + 1) >= 0:
        raise QdaError(f"sample quote is ambiguous, give an occurrence: {quote[:60]!r}")
    return start, start + len(quote)


def build_sample(path: str | Path, title: str | None = None, *,
                 password: str | None = None) -> Project:
    """Create the sample project at ``path`` (a file, or a ``postgresql://`` URL) and
    return it open."""
    codes = _load("sample_codes.json")
    codings = _load("sample_codings.json")
    project = Project.create(path, title=title or codes["title"], password=password)
    try:
        doc = import_file(project, seed_path())
        for code in codes["codes"]:
            project.add_code(code["path"], color=code["color"], description=code["description"])
        specs = []
        for item in codings["codings"]:
            start, end = anchor(doc.text, item["quote"], item.get("occurrence", 1))
            specs.append(CodingSpec(doc.uuid, item["code"], start, end, coder=item["coder"],
                                    memo=item.get("memo")))
        project.add_codings(specs)
        author = codings["codings"][0]["coder"]  # the sample's memos are its coders' too
        project.add_memo(codings["document_memo"], title="Über das Dokument", document=doc,
                         author=author)
        project.add_memo(codings["project_memo"], title="Über das Projekt", author=author)
    except BaseException:
        project.close()
        if project.path is not None:  # a half-built sample file is of no use to anyone
            project.path.unlink(missing_ok=True)
        raise
    return project
