"""Damaging files the ways they get damaged, from a seeded random generator.

A zip-based file (``.docx``, ``.qdpx``) is damaged either as bytes (cut short,
bytes flipped or zeroed, as on a broken disk or an aborted download) or inside:
a member dropped, or the XML of a member cut, bent, re-encoded, given huge numbers,
impossible dates or thousands of levels of nesting (as a careless or hostile tool
writes it). The same seed gives the same files on every run.

:func:`read_damaged` writes such files and hands each to a reader; :class:`Outcomes`
says whether every one was read or refused with one line, and nothing else happened.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from qda_app.errors import QdaError
from qda_app.importers import read_file

from .zip_crafting import patch_member

Members = dict[str, bytes]
_FIXED_TIME = (2024, 1, 1, 0, 0, 0)
_XML_NOISE = b'<>&"\'=/ \x00\xff\xc3'
_NUMBER = re.compile(rb'="(-?\d+)"')
_DATE = re.compile(rb'="\d{4}-\d\d-\d\dT[^"]*"')
_BAD_DATES = (b'="9999-12-31T23:59:59-05:00"', b'="0001-01-01T00:00:00+05:00"',
              b'="99999-01-01T00:00:00Z"', b'="2024-02-30T25:61:61Z"', b'=""')
_TAG = re.compile(rb"<([A-Za-z][\w:.-]*)[\s>/]")


def unzip(data: bytes) -> Members:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def rezip(members: Members) -> bytes:
    """A deflated zip of ``members`` with fixed timestamps, so the bytes never vary."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name, _FIXED_TIME), data,
                        compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


class Mutator:
    """Damages zipped XML files; ``main`` picks the members most worth damaging."""

    def __init__(self, seed: int, main: Callable[[str], bool], nest: tuple[bytes, ...] = (),
                 xml_only: bool = False) -> None:
        self.rng = random.Random(seed)
        self.main, self.nest, self.xml_only = main, nest, xml_only

    def mutate(self, data: bytes) -> tuple[str, bytes]:
        """One damaged copy of ``data`` and what was done to it."""
        kind = "xml" if self.xml_only else \
            self.rng.choice(("bytes", "bytes", "zip", "xml", "xml", "xml", "xml"))
        if kind == "bytes":
            return self.bytes(data)
        members = unzip(data)
        if kind == "zip":
            return self.zip(members)
        names = [n for n in members if self.main(n)] or list(members)
        if not self.xml_only and self.rng.random() < 0.2:
            names = list(members)
        name = self.rng.choice(names)
        how, damaged = self.xml(members[name])
        return f"{how} in {name}", rezip({**members, name: damaged})

    def bytes(self, data: bytes) -> tuple[str, bytes]:
        rng, out = self.rng, bytearray(data)
        how = rng.choice(("cut", "flip", "zero"))
        if how == "cut":
            at = rng.randrange(len(out))
            return f"cut at {at}", bytes(out[:at])
        if how == "flip":
            for _ in range(rng.randint(1, 20)):
                out[rng.randrange(len(out))] = rng.randrange(256)
            return "bytes flipped", bytes(out)
        at = rng.randrange(len(out))
        out[at:at + rng.randint(1, 512)] = bytes(min(512, len(out) - at))
        return f"zeroed at {at}", bytes(out)

    def zip(self, members: Members) -> tuple[str, bytes]:
        rng = self.rng
        name = rng.choice(list(members))
        how = rng.choice(("drop", "encrypt", "method", "size"))
        if how == "drop":
            return f"dropped {name}", rezip({k: v for k, v in members.items() if k != name})
        data = rezip(members)
        fields = {"encrypt": {"flags": 0x1}, "method": {"method": rng.choice((1, 9, 12, 14, 99))},
                  "size": {"size": rng.choice((0, 1, 2**32 - 1))}}[how]
        return f"{how} of {name}", patch_member(data, name, **fields)

    def xml(self, xml: bytes) -> tuple[str, bytes]:
        rng = self.rng
        how = rng.choice(("cut", "noise", "numbers", "dates", "encoding", "nesting", "tag"))
        if how == "cut":
            return how, xml[:rng.randrange(len(xml) + 1)]
        if how == "noise":
            out = bytearray(xml)
            for _ in range(rng.randint(1, 5)):
                if out:
                    out[rng.randrange(len(out))] = rng.choice(_XML_NOISE)
            return how, bytes(out)
        if how == "numbers":
            huge = rng.choice((b"9" * 40, b"-" + b"9" * 25, b"99999999", b"-1", b"1e9"))
            return how, _NUMBER.sub(lambda m: b'="' + huge + b'"', xml)
        if how == "dates":
            return how, _DATE.sub(lambda m: rng.choice(_BAD_DATES), xml)
        if how == "encoding":
            codec = rng.choice(("utf-16-le", "utf-16", "utf-32", "latin-1", "cp1252"))
            return f"as {codec}", xml.decode("utf-8", "replace").encode(codec, "replace")
        if how == "nesting":
            return "nesting", self._nest(xml)
        tags = sorted(set(_TAG.findall(xml)))
        if not tags:
            return how, xml
        tag = rng.choice(tags)
        return f"first <{tag.decode()}> renamed", xml.replace(b"<" + tag, b"<x" + tag, 1)

    def _nest(self, xml: bytes) -> bytes:
        """A chain of thousands of copies of an element inside it (``nest`` names the
        preferred elements: codes in a project, paragraphs in a Word body)."""
        declaration = xml.find(b"?>")
        root = xml.find(b"<", declaration + 2 if declaration >= 0 else 0)
        body = xml.find(b">", root) + 1  # after the root element's start tag
        for tag in (*self.nest, rb"[A-Za-z][\w:.-]*"):
            match = re.compile(rb"<(" + tag + rb")(\s[^<>]*)?>").search(xml, body)
            if match and not match.group(0).endswith(b"/>"):
                depth = self.rng.choice((300, 1_200, 3_000))
                chain = match.group(0) * depth + (b"</" + match.group(1) + b">") * depth
                return xml[:match.end()] + chain + xml[match.end():]
        return xml


class SourceMutator:
    """Damages a file that is text with structure (PDF, RTF) the ways tools and disks do.

    Bytes cut, flipped or zeroed; a slice dropped; ``tokens`` of the format put in at
    random places (operators, control words, filter names); numbers made huge, negative
    or zero (lengths, offsets, counts, character codes); ``opener``/``closer`` nested
    thousands deep. ``ending`` (a PDF's ``%%EOF``) is put back on half the cut files, so
    that the reader gets to the damage rather than stopping at the missing end.
    """

    def __init__(self, seed: int, tokens: tuple[bytes, ...], opener: bytes, closer: bytes,
                 ending: bytes = b"") -> None:
        self.rng = random.Random(seed)
        self.tokens, self.opener, self.closer, self.ending = tokens, opener, closer, ending
        self._bytes = Mutator(seed + 1000, main=lambda name: True)

    def mutate(self, data: bytes) -> tuple[str, bytes]:
        rng = self.rng
        how = rng.choice(("bytes", "drop", "tokens", "tokens", "numbers", "nesting"))
        if how == "bytes":
            how, data = self._bytes.bytes(data)
        elif how == "drop":
            at = rng.randrange(len(data))
            data = data[:at] + data[at + rng.randint(1, 200):]
            how = f"dropped at {at}"
        elif how == "tokens":
            out = bytearray(data)
            for _ in range(rng.randint(1, 6)):
                out[rng.randrange(len(out)):0] = b" " + rng.choice(self.tokens) + b" "
            data = bytes(out)
        elif how == "numbers":
            huge = rng.choice((b"9" * 30, b"-99999", b"0", b"2147483648", b"-1"))
            matches = list(re.finditer(rb"(?<![\w.])\d+(?![\w.])", data))
            for m in rng.sample(matches, min(len(matches), rng.randint(1, 8)))[::-1]:
                data = data[:m.start()] + huge + data[m.end():]
        else:
            at, depth = rng.randrange(len(data)), rng.choice((500, 5_000, 50_000))
            data = data[:at] + self.opener * depth + self.closer * depth + data[at:]
        if self.ending and not data.rstrip().endswith(self.ending) and rng.random() < 0.5:
            data += b"\n" + self.ending + b"\n"
        return how, data


class Damage(Protocol):
    def mutate(self, data: bytes) -> tuple[str, bytes]: ...


class Outcomes:
    """What the importer answered for each damaged file; anything but a one-line
    ``QdaError`` is a failure, recorded with the damage that caused it."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.failures: list[str] = []

    def run(self, read: Callable[[Path], object], path: Path, damage: str) -> bool:
        try:
            read(path)
        except QdaError as exc:
            self.counts["refused"] += 1
            if "\n" in str(exc) or not str(exc).strip():
                self.failures.append(f"{damage}: not one line: {exc!r}")
            return False
        except Exception as exc:  # what this test is looking for
            self.counts["escaped"] += 1
            self.failures.append(f"{damage}: {type(exc).__name__}: {str(exc)[:200]}")
            return False
        self.counts["read"] += 1
        return True

    def check(self, n: int) -> None:
        assert self.failures == []
        # the damage must let some files through and stop others, or it tests nothing
        assert self.counts["read"] >= n // 10 and self.counts["refused"] >= n // 10


def read_damaged(folder: Path, damage: Damage, bases: Sequence[bytes], n: int,
                 suffix: str) -> None:
    """Write ``n`` damaged copies of ``bases`` (in turn) to ``folder`` as ``000.suffix``…,
    import each one's text, and check the outcomes."""
    outcomes = Outcomes()
    for i in range(n):
        how, data = damage.mutate(bases[i % len(bases)])
        path = folder / f"{i:03d}{suffix}"
        path.write_bytes(data)
        outcomes.run(read_file, path, f"{path.name} ({how})")
    outcomes.check(n)
