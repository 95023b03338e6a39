"""The mapping file for renamed codes: ``old path=new path`` lines.

A coder who renamed ``Sprache`` to ``Sprachbarrieren`` in their own file (as a
new code, so its UUID differs) gets their codings onto the team's code with
one line ``Sprachbarrieren=Sprache``. Paths are compared like everywhere in a
merge: case and the spaces around each name are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..code_paths import SEPARATOR, normalise_key, split_path
from ..errors import InvalidValueError, QdaError


class MappingFileError(QdaError):
    """A line of a mapping file cannot be read."""


@dataclass(frozen=True, slots=True)
class CodeMapping:
    """``old`` (a coder's path, normalised) -> ``new`` (the path in the team file)."""

    rules: Mapping[str, str]
    lines: Mapping[str, str]
    """normalised old path -> the line as written, for reporting unused rules."""

    def lookup(self, path: str) -> str | None:
        return self.rules.get(normalise_key(path))

    @classmethod
    def empty(cls) -> CodeMapping:
        return cls({}, {})


def parse_mapping(lines: Iterable[str], origin: str = "mapping") -> CodeMapping:
    """Read ``old=new`` lines; lines starting with ``#`` and blank lines are skipped.

    The first ``=`` separates the paths, so a code name cannot contain ``=`` here.
    """
    pairs: list[tuple[str, str, str]] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        old, sep, new = line.partition("=")
        where = f"{origin}, line {number}"
        if not sep or not old.strip() or not new.strip():
            raise MappingFileError(f"{where}: expected 'old path=new path', got {line!r}")
        pairs.append((old, new, where))
    return _build(pairs)


def _build(pairs: Iterable[tuple[str, str, str]]) -> CodeMapping:
    rules: dict[str, str] = {}
    written: dict[str, str] = {}
    for old, new, where in pairs:
        try:
            old_path = SEPARATOR.join(split_path(old))
            new_path = SEPARATOR.join(split_path(new))
        except InvalidValueError as exc:
            raise MappingFileError(f"{where}: {exc}") from None
        key = normalise_key(old_path)
        if key in rules and normalise_key(rules[key]) != normalise_key(new_path):
            raise MappingFileError(
                f"{where}: {old_path!r} is mapped twice ({rules[key]!r} and {new_path!r})"
            )
        rules[key] = new_path
        written[key] = f"{old_path}={new_path}"
    return CodeMapping(rules, written)


def load_mapping(path: str | Path) -> CodeMapping:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise MappingFileError(f"mapping file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise MappingFileError(f"cannot read mapping file {path}: {exc}") from None
    return parse_mapping(text.splitlines(), origin=path.name)


def as_mapping(value: CodeMapping | Mapping[str, str] | str | Path | None) -> CodeMapping:
    """Accept a ready mapping, a ``{old: new}`` dict, or the path of a mapping file."""
    if value is None:
        return CodeMapping.empty()
    if isinstance(value, CodeMapping):
        return value
    if isinstance(value, (str, Path)):
        return load_mapping(value)
    return _build((old, new, f"mapping {old!r}") for old, new in value.items())
