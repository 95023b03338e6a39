"""REFI-QDA exchange: codebooks (``.qdc``) and projects (``.qdpx``) in and out.

How projects move between MAXQDA, ATLAS.ti, NVivo, QualCoder and us. Built
on the :class:`~qda_app.Project` facade only, like the CLI and the window;
no Qt here. Long operations take ``progress(done, total) -> bool``
(``False`` cancels; nothing is written then).
"""

from .qdc import export_qdc, import_codebook, read_codebook
from .qdpx_export import export_qdpx
from .qdpx_import import import_qdpx
from .qdpx_read import read_qdpx
from .report import ExportResult, ImportCancelled, ImportReport

__all__ = [
    "ExportResult",
    "ImportCancelled",
    "ImportReport",
    "export_qdc",
    "export_qdpx",
    "import_codebook",
    "import_qdpx",
    "read_codebook",
    "read_qdpx",
]
