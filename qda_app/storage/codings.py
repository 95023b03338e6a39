"""Codings: bulk insertion, updates and retrieval as :class:`records.Coding`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    bindparam,
    column,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    table,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session

from .. import records
from ..errors import CodingNotFound, DuplicateCodingError, InvalidValueError, NotFoundError
from ..ids import new_uuid, norm_uuid
from ..timestamps import format_ts, parse_ts, utcnow
from . import coders, document_lookup, documents, row_rights
from .code_tree import CodeTree, looks_like_uuid
from .models import Coder, Coding, SpeakerTurn


class Resolver:
    """Per-transaction caches for turning names, paths and records into row ids."""

    def __init__(self, s: Session, tree: CodeTree | None = None) -> None:
        self.s = s
        self.tree = tree or CodeTree.lazy(s)
        self._docs: dict[object, int] = {}
        self._lengths: dict[int, int] = {}
        self._coders: dict[str, int] | None = None
        self.new_coders: list[str] = []
        """Coders this unit of work added (views list coders; most codings add none)."""

    def document(self, ref: object) -> int:
        key = ref.uuid if isinstance(ref, (records.Document, records.DocumentInfo)) else ref
        if key not in self._docs:
            self._docs[key] = documents.find_id(self.s, ref)
        return self._docs[key]

    def length(self, doc_id: int) -> int:
        """The document's length in code points, from the text loaded once per project.

        Kept per unit of work: even the cached document costs a query to check.
        """
        if doc_id not in self._lengths:
            self._lengths[doc_id] = len(documents.load(self.s, doc_id).text)
        return self._lengths[doc_id]

    def prefetch_codes(self, refs: Iterable[object]) -> None:
        """Read the codes a batch names by UUID or record in a few queries, not one each."""
        self.tree.prefetch(
            r.uuid if isinstance(r, records.Code) else r for r in refs
            if isinstance(r, records.Code) or (isinstance(r, str) and looks_like_uuid(r)))

    def code(self, ref: object) -> int:
        if isinstance(ref, records.Code):
            ref = ref.uuid
        if not isinstance(ref, str):
            raise InvalidValueError(f"not a code: {ref!r}")
        return self.tree.find(ref).id

    def coder(self, name: str) -> int:
        """The coder's id; a coder seen for the first time is added."""
        if self._coders is None:
            self._coders = coders.ids_by_name(self.s)
        name = name.strip()
        if not name:
            raise InvalidValueError("a coder name cannot be empty")
        if name not in self._coders:
            self._coders[name], added = coders.add_missing(self.s, name)
            if added:
                self.new_coders.append(name)
        return self._coders[name]

    def check_span(self, doc_id: int, start: int, end: int) -> None:
        if not (isinstance(start, int) and isinstance(end, int)):
            raise InvalidValueError(f"offsets must be integers, not {start!r}, {end!r}")
        length = self.length(doc_id)
        if not 0 <= start < end <= length:
            raise InvalidValueError(
                f"span {start}–{end} is not inside the document (0–{length}) or is empty"
            )

    def duplicate(self, key: Key, coder: str) -> DuplicateCodingError:
        """The one-line refusal of a coding identical to one that exists."""
        doc_id, code_id, _coder_id, start, end = key
        return DuplicateCodingError(
            f"{documents.load(self.s, doc_id).name} {start}–{end} is already coded with "
            f"{self.tree.node(code_id).path!r} by {coder}; nothing was added"
        )


Key = tuple[int, int, int, int, int]
"""(document id, code id, coder id, start, end): a coding exists once per key."""

_COLUMNS = ("uuid", "document_id", "code_id", "coder_id", "start", "end", "memo", "created",
            "modified")
_CODING_ROWS = table("coding", *(column(name) for name in _COLUMNS))
"""The coding table without types: bulk inserts bind the texts of timestamps as they are
(:func:`~qda_app.timestamps.format_ts` ran once per row already)."""
_INSERT = insert(_CODING_ROWS)
_COMPILED: dict[str, tuple[str, bool]] = {}


def _insert_rows(s: Session, rows: list[tuple[Any, ...]]) -> None:
    """One ``executemany`` of :data:`_INSERT`, compiled once for the dialect and handed to
    the driver as it is: SQLAlchemy's own handling of 20,000 parameter sets cost a
    quarter more than the insert itself. Positional rows for SQLite's ``?``, dicts for
    psycopg's named parameters: whichever the dialect's compiler chose."""
    conn = s.connection()
    dialect = conn.dialect
    if dialect.name not in _COMPILED:
        compiled = _INSERT.compile(dialect=dialect, column_keys=list(_COLUMNS))
        _COMPILED[dialect.name] = (str(compiled), bool(compiled.positional))
    sql, positional = _COMPILED[dialect.name]
    if positional:
        conn.exec_driver_sql(sql, rows)
    else:
        conn.exec_driver_sql(sql, [dict(zip(_COLUMNS, row, strict=True)) for row in rows])
_STARTS_PER_QUERY = 500


def existing_keys(s: Session, keys: Iterable[Key]) -> set[Key]:
    """Which of ``keys`` are stored already.

    Asks by document and start (the index ``ix_coding_document_start`` answers that
    on SQLite and PostgreSQL alike) and keeps the rows whose whole key is wanted: the
    few codings that start where a new one starts are all that is read. A row-value
    ``IN`` would be shorter, but SQLite answers it by scanning the whole table.
    """
    wanted = set(keys)
    starts: dict[int, set[int]] = {}
    for key in wanted:
        starts.setdefault(key[0], set()).add(key[3])
    found: set[Key] = set()
    query = select(Coding.document_id, Coding.code_id, Coding.coder_id, Coding.start,
                   Coding.end).where(Coding.document_id == bindparam("doc"),
                                     Coding.start.in_(bindparam("starts", expanding=True)))
    conn = s.connection()  # Core, not the ORM: these are plain rows
    for doc_id, doc_starts in starts.items():
        ordered = sorted(doc_starts)
        for i in range(0, len(ordered), _STARTS_PER_QUERY):
            rows = conn.execute(query, {"doc": doc_id,
                                        "starts": ordered[i:i + _STARTS_PER_QUERY]})
            found.update(key for key in map(tuple, rows) if key in wanted)
    return found


def insert_many(s: Session, resolver: Resolver, specs: Iterable[records.CodingSpec],
                default_coder: str, skip_duplicates: bool = False
                ) -> tuple[list[str], list[records.CodingSpec]]:
    """Validate and insert codings with one ``executemany``; return (UUIDs, skipped specs).

    A coding identical to a stored one or to an earlier one in ``specs`` is
    refused with :class:`DuplicateCodingError` (nothing is inserted), or with
    ``skip_duplicates`` left out and returned. Goes below the ORM on purpose:
    20,000 codings must insert in well under a second.
    """
    now = format_ts(utcnow())
    rows: list[tuple[Any, ...]] = []
    batch: list[records.CodingSpec] = list(specs)
    resolver.prefetch_codes(spec.code for spec in batch)
    for spec in batch:
        doc_id = resolver.document(spec.document)
        resolver.check_span(doc_id, spec.start, spec.end)
        created = format_ts(spec.created) if spec.created else now
        rows.append((
            norm_uuid(spec.uuid) if spec.uuid else new_uuid(),
            doc_id,
            resolver.code(spec.code),
            resolver.coder(spec.coder or default_coder),
            spec.start,
            spec.end,
            spec.memo or None,
            created,
            format_ts(spec.modified) if spec.modified else created,
        ))
    seen = existing_keys(s, {row[1:6] for row in rows})
    kept: list[tuple[Any, ...]] = []
    skipped: list[records.CodingSpec] = []
    for row, spec in zip(rows, batch, strict=True):
        key = row[1:6]
        if key not in seen:
            seen.add(key)
            kept.append(row)
        elif skip_duplicates:
            skipped.append(spec)
        else:
            raise resolver.duplicate(key, spec.coder or default_coder)
    if kept:
        _insert_rows(s, kept)
    return [r[0] for r in kept], skipped


def insert_and_fetch(s: Session, resolver: Resolver, specs: Iterable[records.CodingSpec],
                     default_coder: str, skip_duplicates: bool = False
                     ) -> records.AddedCodings:
    """Insert ``specs`` (see :func:`insert_many`) and return them as stored."""
    before = s.scalar(select(func.max(Coding.id))) or 0
    uuids, skipped = insert_many(s, resolver, specs, default_coder, skip_duplicates)
    wanted = set(uuids)
    added = [c for c in fetch(s, resolver.tree, Coding.id > before) if c.uuid in wanted]
    return records.AddedCodings(added, skipped)


def is_duplicate_error(exc: BaseException) -> bool:
    """Whether a database error is the unique index on codings refusing a second copy.

    Another program may insert the same coding between our check and our
    insert; the index then refuses it, and this tells that refusal apart.
    """
    message = str(getattr(exc, "orig", exc))
    return "ux_coding_key" in message or (
        "UNIQUE" in message and "coding.document_id, coding.code_id" in message)


def select_segments(s: Session, tree: CodeTree, codes: list[object] | None,
                    include_subcodes: bool, coder_names: list[str] | None,
                    documents: list[object] | None,
                    speakers: list[str] | None = None) -> list[records.Coding]:
    """Codings filtered like :meth:`Project.segments` (``None``: no filter on that)."""
    return fetch(s, tree, *segment_filter(s, tree, codes, include_subcodes, coder_names,
                                          documents, speakers))


def segment_filter(s: Session, tree: CodeTree, codes: list[object] | None,
                   include_subcodes: bool, coder_names: list[str] | None,
                   documents: list[object] | None,
                   speakers: list[str] | None = None) -> list[ColumnElement[bool]]:
    """The conditions of :meth:`Project.segments`' filters (records and spans share them)."""
    where: list[ColumnElement[bool]] = []
    if speakers is not None:
        where.append(speaker_condition(s, speakers))
    if codes is not None:
        ids: set[int] = set()
        for ref in codes:
            node = tree.find(ref.uuid if isinstance(ref, records.Code) else str(ref))
            ids.update(n.id for n in (tree.subtree(node) if include_subcodes else [node]))
        where.append(Coding.code_id.in_(ids))
    if coder_names is not None:
        where.append(Coding.coder_id.in_(coders.ids_of(s, coder_names)))
    if documents is not None:  # a set of 500 documents: one query, not a thousand
        where.append(Coding.document_id.in_(document_lookup.find_ids(s, documents)))
    return where


def speaker_condition(s: Session, speakers: list[str]) -> ColumnElement[bool]:
    """Codings that start in a turn of one of ``speakers``; :data:`records.NO_SPEAKER`
    stands for codings that start in no turn. The rule of :attr:`records.Coding.speaker`
    (the turn holding the coding's start), as a condition the index on turns answers.
    An unknown speaker is refused, naming who speaks in the project."""
    named = [name for name in speakers if name != records.NO_SPEAKER]
    known = set(s.scalars(select(SpeakerTurn.speaker).distinct()
                          .where(SpeakerTurn.speaker.in_(named)))) if named else set()
    unknown = [name for name in named if name not in known]
    if unknown:
        raise NotFoundError(f"no speaker {unknown[0]!r} in this project's documents")
    holding = select(SpeakerTurn.id).where(
        SpeakerTurn.document_id == Coding.document_id, SpeakerTurn.start <= Coding.start,
        Coding.start < SpeakerTurn.end)
    conditions: list[ColumnElement[bool]] = []
    if named:
        conditions.append(exists(holding.where(SpeakerTurn.speaker.in_(named))))
    if len(named) < len(speakers):
        conditions.append(~exists(holding))
    return or_(*conditions) if conditions else Coding.id.is_(None)


def fetch_one(s: Session, tree: CodeTree, coding_id: int) -> records.Coding:
    return fetch(s, tree, Coding.id == coding_id)[0]


def fetch_ids(s: Session, tree: CodeTree, ids: Sequence[int]) -> list[records.Coding]:
    return fetch(s, tree, Coding.id.in_(ids))


def count_in_document(s: Session, document_id: int) -> int:
    return s.scalar(select(func.count()).where(Coding.document_id == document_id)) or 0


def find_id(s: Session, ref: object) -> int:
    key = ref.uuid if isinstance(ref, records.Coding) else ref
    coding_id = s.scalar(select(Coding.id).where(Coding.uuid == norm_uuid(str(key))))
    if coding_id is None:
        raise CodingNotFound(f"no coding {key!r} in this project (it may have been removed)")
    return coding_id


def update_one(s: Session, resolver: Resolver, coding_id: int, **changes: Any) -> None:
    row = s.get(Coding, coding_id)
    assert row is not None
    start = changes.get("start", row.start)
    end = changes.get("end", row.end)
    resolver.check_span(row.document_id, start, end)
    values: dict[str, Any] = {"start": start, "end": end,
                              "modified": changes.get("modified") or utcnow()}
    if "memo" in changes:
        values["memo"] = changes["memo"] or None
    if changes.get("code") is not None:
        values["code_id"] = resolver.code(changes["code"])
    key = (row.document_id, values.get("code_id", row.code_id), row.coder_id, start, end)
    unchanged = key == (row.document_id, row.code_id, row.coder_id, row.start, row.end)
    if not unchanged and existing_keys(s, [key]):
        coder = s.scalar(select(Coder.name).where(Coder.id == row.coder_id))
        raise resolver.duplicate(key, coder or "?")
    done = s.execute(update(Coding).where(Coding.id == coding_id).values(**values))
    row_rights.refuse_unless_all(row_rights.count(done), 1, "this coding")


def has_memo() -> ColumnElement[bool]:
    """Codings with a memo (an empty memo is stored as none)."""
    return Coding.memo.is_not(None)


def delete_ids(s: Session, ids: Sequence[int]) -> None:
    wanted = set(ids)
    done = s.execute(delete(Coding).where(Coding.id.in_(wanted)))
    what = "this coding" if len(wanted) == 1 else "one of these codings"
    row_rights.refuse_unless_all(row_rights.count(done), len(wanted), what)


def fetch(s: Session, tree: CodeTree, *where: ColumnElement[bool]) -> list[records.Coding]:
    """Codings matching ``where`` as records, ordered by document then position."""
    rows = s.connection().execute(
        select(
            Coding.uuid, Coding.document_id, Coding.code_id, Coder.uuid, Coder.name,
            Coding.start, Coding.end, Coding.memo,
            type_coerce(Coding.created, String), type_coerce(Coding.modified, String),
        )
        .join(Coder, Coder.id == Coding.coder_id)
        .where(*where)
        .order_by(Coding.document_id, Coding.start, Coding.end, Coding.id)
    ).all()
    docs: dict[int, records.Document] = {}
    out: list[records.Coding] = []
    for uuid, doc_id, code_id, coder_uuid, coder, start, end, memo, created, modified in rows:
        doc = docs.get(doc_id)
        if doc is None:
            doc = docs[doc_id] = documents.load(s, doc_id)
        node = tree.node(code_id)
        turn = doc.turn_at(start)
        out.append(records.Coding(
            uuid=uuid, document_uuid=doc.uuid, document=doc.name, code_uuid=node.uuid,
            code=node.path, color=node.color, coder_uuid=coder_uuid, coder=coder,
            start=start, end=end, text=doc.text[start:end], memo=memo,
            speaker=turn.speaker if turn else None, created=parse_ts(created),
            modified=parse_ts(modified), page=doc.page_at(start),
        ))
    return out

