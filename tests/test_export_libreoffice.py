"""Every Word export opens in LibreOffice without repair and becomes a PDF.

LibreOffice is the strictest reader we can run headless: a .docx it cannot
open (bad element order, dangling comment ranges) fails here. CI installs it;
without it these tests are skipped and say why.
"""

from __future__ import annotations

import re
from pathlib import Path

from qda_app import Project
from qda_app.exporters.docx_codebook import export_codebook
from qda_app.exporters.docx_segments import export_segments_docx
from qda_app.exporters.docx_transcript import export_transcript
from qda_app.exporters.options import ExportOptions
from qda_app.exporters.selection import SegmentQuery

from .test_export_support import build_rich_project, convert_all, needs_libreoffice


def _all_word_exports(project: Project, doc: str, folder: Path, prefix: str) -> list[Path]:
    return [
        export_codebook(project, folder / f"{prefix}-codebook.docx", ExportOptions(examples=2)),
        export_segments_docx(project, folder / f"{prefix}-segments.docx"),
        export_segments_docx(project, folder / f"{prefix}-by-document.docx",
                             ExportOptions(query=SegmentQuery(by="document"), lang="en")),
        export_transcript(project, folder / f"{prefix}-transcript.docx",
                          ExportOptions(document=doc)),
    ]


@needs_libreoffice
def test_every_word_export_converts_to_pdf(sample: Project, tmp_path: Path) -> None:
    docs = _all_word_exports(sample, sample.documents()[0].name, tmp_path, "sample")
    with build_rich_project(tmp_path / "rich.qda") as rich:
        docs += _all_word_exports(rich, "Interview Ä", tmp_path, "rich")
    for pdf in convert_all(docs, "pdf", tmp_path / "pdf"):
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and re.search(rb"/Type\s*/Page[^s]", data), pdf.name
