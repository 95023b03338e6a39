"""The REFI-QDA codebook exchange (``.qdc``): a code system alone.

Teams pass codebooks between MAXQDA, ATLAS.ti, NVivo, QualCoder and us.
Import merges into the open project: a code the project has (same GUID, or
same path ignoring case) is kept as it is, so importing twice adds nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from .. import records
from ..errors import ImportFormatError, QdaError
from ..exporters.options import DEFAULTS, ExportOptions
from ..files import Progress, atomic_output, check_progress, check_target, report_done
from .codebook import merge_codes, read_codes, write_codes
from .model import CodeEntry
from .names import unique_names
from .report import ExportResult, ImportReport, check_import_progress
from .values import CODEBOOK_NS
from .xmlio import assert_valid, parse_refi_xml, to_bytes

if TYPE_CHECKING:
    from ..project import Project


def origin() -> str:
    from .. import __version__

    return f"Kodierwerk {__version__}"


def codebook_tree(codes: list[records.Code], names: dict[str, str]) -> etree._Element:
    """The code system as a ``<CodeBook>`` element (valid against Codebook.xsd), the codes
    in ``names`` (UUID -> name, :func:`~.names.unique_names`) under another name."""
    if not codes:
        raise QdaError("the project has no codes; a codebook needs at least one")
    root = etree.Element(etree.QName(CODEBOOK_NS, "CodeBook").text, nsmap={None: CODEBOOK_NS},
                         origin=origin())
    write_codes(etree.SubElement(root, etree.QName(CODEBOOK_NS, "Codes").text),
                CODEBOOK_NS, codes, names=names)
    return root


def export_qdc(project: Project, target: str | Path,
               options: ExportOptions = DEFAULTS) -> ExportResult:
    """Write the code system to ``target`` (``.qdc``): names, colours, descriptions, tree,
    categories.

    Of the options only ``force``, ``progress`` and ``unique_names`` matter.
    """
    target = check_target(target, (".qdc",), options.force, "a REFI-QDA codebook")
    progress = options.progress
    with atomic_output(target, options.force) as tmp:
        check_progress(progress, 0, 2)
        codes = project.codes()
        names = unique_names(codes) if options.unique_names else {}
        root = codebook_tree(codes, names)
        assert_valid(root, "codebook")
        check_progress(progress, 1, 2)
        tmp.write_bytes(to_bytes(root))
    report_done(progress, 2)
    return ExportResult(target, codes=len(codes), qualified=len(names))


def read_codebook(path: str | Path) -> tuple[list[CodeEntry], ImportReport]:
    """Parse a ``.qdc`` completely (nothing is written); refuse broken files.

    What reading changed about single codes (names, GUIDs) is in the entries'
    ``remarks``; importing says it for the codes it adds.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"cannot read {path}: {exc.strerror or exc}") from None
    if data.startswith(b"PK"):
        raise ImportFormatError(f"{path.name} is a zip archive (a .qdpx project?), "
                                "not a REFI-QDA codebook (.qdc)")
    root = parse_refi_xml(data, path.name, "CodeBook")
    report = ImportReport(source=path.name, origin=root.get("origin") or "", kind="codebook")
    entries = read_codes(root.find("Codes"))
    if not entries:
        raise ImportFormatError(f"{path.name} contains no codes; nothing imported")
    sets = root.find("Sets")
    report.tally("skipped", "code set", " (Kodierwerk has no code sets)",
                 n=0 if sets is None else len(sets.findall("Set")))
    return entries, report


def import_codebook(project: Project, path: str | Path,
                    progress: Progress | None = None) -> ImportReport:
    """Merge a ``.qdc`` into ``project``: match by GUID, then by path; add the rest.

    A broken file, or a code the project refuses, changes nothing (the new
    codes are added in one transaction). Cancelling is possible until the codes are
    read; adding them takes a fraction of a second.
    """
    entries, report = read_codebook(path)
    check_import_progress(progress, 0, 1)
    merge_codes(project.codes(), entries, project.add_codes, report)
    if progress is not None:
        progress(1, 1)
    return report
