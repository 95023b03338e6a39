"""Reading REFI-QDA XML leniently, and the schema files we write against.

Instances use a default namespace, and real ones use several spellings of it
(or none). After :func:`parse_refi_xml` every element carries its bare local
name, so the readers can say ``el.findall("Code")`` whatever the file used.
"""

from __future__ import annotations

import textwrap
from functools import lru_cache

from lxml import etree

from ..bundled import resource
from ..errors import ImportFormatError, QdaError
from .values import is_qda_namespace

MAX_DEPTH = 2048
"""How deep libxml2 lets elements nest (with ``huge_tree``): codes about 2,000 levels deep."""
SCHEMAS = {"project": "refi/Project-mrt2019.xsd", "codebook": "refi/Codebook.xsd"}


def parse_refi_xml(data: bytes, name: str, root: str) -> etree._Element:
    """Parse a ``.qde``/``.qdc`` whose root element is ``root``; refuse anything else."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True,
                             remove_comments=True, remove_pis=True)
    try:
        tree = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        if "Excessive depth" in (exc.msg or ""):  # libxml2's limit, even with huge_tree
            raise ImportFormatError(f"{name} nests its elements more than {MAX_DEPTH} levels "
                                    "deep, more than Kodierwerk reads; nothing imported"
                                    ) from None
        reason = " ".join((exc.msg or "").split())  # libxml2 ends some messages in a newline
        raise ImportFormatError(
            f"{name} is not a readable REFI-QDA file: broken XML ({reason})"
        ) from None
    qname = etree.QName(tree)
    if qname.localname != root or not is_qda_namespace(qname.namespace):
        raise ImportFormatError(
            f"{name} is not a REFI-QDA {root} file (its root element is "
            f"<{qname.localname}> in namespace {qname.namespace or 'none'!r})"
        )
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag.startswith("{"):
            el.tag = el.tag.split("}", 1)[1]
    return tree


def child_text(el: etree._Element, name: str) -> str:
    """The text of the first child ``name`` (``""`` when absent or empty)."""
    child = el.find(name)
    return (child.text or "") if child is not None else ""


def clean_text(raw: str) -> str:
    """A description or note as its author wrote it, not as the XML was indented.

    Tools that pretty-print put a line break and the element's indentation
    around the text (``"\\n            Satz eins\\n            Satz zwei\\n        "``):
    the common indentation of the lines after the first goes, as do blank
    lines and spaces at either end; line breaks and any indentation beyond
    the common one stay (they were written on purpose).
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rest = textwrap.dedent("\n".join(lines[1:])).split("\n") if len(lines) > 1 else []
    kept = [line.rstrip() for line in (lines[0].strip(), *rest)]
    return "\n".join(kept).strip("\n").strip()


def description_text(el: etree._Element, name: str = "Description") -> str:
    """The cleaned text (:func:`clean_text`) of ``el``'s first child ``name``."""
    return clean_text(child_text(el, name))


@lru_cache(maxsize=2)
def schema(kind: str) -> etree.XMLSchema:
    """The official REFI-QDA schema (``"project"`` or ``"codebook"``), compiled once."""
    try:
        with resource(SCHEMAS[kind]).open("rb") as fh:
            return etree.XMLSchema(etree.parse(fh))
    except OSError:
        raise QdaError(f"this installation lacks the REFI-QDA schema {SCHEMAS[kind]}; "
                       "please reinstall Kodierwerk") from None


def validation_errors(tree: etree._Element | etree._ElementTree, kind: str) -> list[str]:
    """Schema violations of ``tree`` as readable lines (empty when it validates)."""
    xsd = schema(kind)
    if xsd.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in xsd.error_log]


def assert_valid(tree: etree._Element, kind: str) -> None:
    """Refuse to write a file other tools would reject: a bug on our side, said plainly."""
    errors = validation_errors(tree, kind)
    if errors:
        raise QdaError(f"the {kind} file would not be valid REFI-QDA ({errors[0]}); "
                       "nothing was written — please report this")


def to_bytes(root: etree._Element) -> bytes:
    """UTF-8 with the declaration in double quotes, as every tool writes it."""
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + etree.tostring(
        root, encoding="utf-8", pretty_print=True)
