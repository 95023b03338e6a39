"""The :class:`Project` facade: the one way the UI, the CLI and scripts change a project.

Every mutating method is one transaction, committed (and synced to disk)
before it returns; then subscribers get a :class:`~qda_app.records.Changes`
saying what changed, so views refresh only that. The facade holds the rules
that span tables (what a delete takes with it, what a change announces); the
SQL is in :mod:`qda_app.storage`, one module per kind of row.

Features above the facade (importers, exporters, REFI-QDA, team work) use
only its public methods; the facade imports none of them.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from . import records, snapshot_records
from .document_names import name_order
from .errors import DuplicateCodingError, InvalidValueError, QdaError, ServerUnreachableError
from .ids import norm_uuid
from .merge_records import MergeWrites, ProjectContent, ProjectDump, TargetIndex
from .project_sets import SetBook
from .project_team import TeamBook
from .project_variables import VariableBook
from .records import Changes, CodeSpec, CodingSpec
from .storage import (
    code_versions,
    database,
    document_lookup,
    document_snapshots,
    memo_links,
    memo_targets,
    merge_io,
    new_codes,
    project_dump,
    project_info,
    snapshots,
)
from .storage import coders as coder_store
from .storage import codes as code_store
from .storage import coding_spans as span_store
from .storage import codings as coding_store
from .storage import documents as doc_store
from .storage import memos as memo_store
from .storage.code_tree import CodeTree, Node
from .team_records import PasswordSource, TeamMember, TeamRights, TeamSettings
from .text_search import Matcher, SearchHit
from .variable_records import DocumentSet, Variable, VariableSnapshot, VariableTable
from .variable_records import VariableWrite as VariableWrite
from .variable_values import Value

log = logging.getLogger(__name__)

Listener = Callable[[Changes], None]
_UNSET: Any = object()


def default_coder_name() -> str:
    try:
        return getpass.getuser() or "coder"
    except (OSError, KeyError):
        return "coder"


def _code_ref(ref: object) -> str:
    if isinstance(ref, records.Code):
        return ref.uuid
    if isinstance(ref, str):
        return ref
    raise InvalidValueError(f"not a code: {ref!r}")


def _memo_ref(ref: object) -> str:
    return ref.uuid if isinstance(ref, records.Memo) else str(ref)


def _link_of(target: object) -> records.MemoLink:
    """What a memo is (to be) linked to: a :class:`~qda_app.records.MemoLink`, a
    ``(kind, name or UUID)`` pair, or the record of a document, code, coding or memo."""
    if isinstance(target, records.MemoLink):
        return target
    if isinstance(target, tuple) and len(target) == 2:
        return records.MemoLink(str(target[0]), str(target[1]))
    for kinds, kind in (((records.Document, records.DocumentInfo), "document"),
                        ((records.Code,), "code"), ((records.Coding, records.CodingSpan), "coding"),
                        ((records.Memo,), "memo")):
        if isinstance(target, kinds):
            return records.MemoLink(kind, str(getattr(target, "uuid", "")))
    raise InvalidValueError(f"a memo cannot be linked to {target!r}")


def _as_spec(item: object, kind: type[Any]) -> Any:
    if isinstance(item, kind):
        return item
    if isinstance(item, dict):
        return kind(**item)
    if kind is CodingSpec and isinstance(item, (tuple, list)):
        return CodingSpec(*item)
    raise InvalidValueError(f"not a {'coding' if kind is CodingSpec else 'code'}: {item!r}")


def _many(value: object) -> list[Any] | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    return [value]


class Project:
    """An open project: a ``.qda`` file or a team project on a PostgreSQL server (a
    ``postgresql://`` URL). Use :meth:`create` or :meth:`open`, ideally in ``with``."""

    def __init__(self, db: database.Database) -> None:
        self._db = db
        self._watch = db.watch()
        self._listeners: list[Listener] = []
        self.coder: str = default_coder_name()
        """Coder attached to new codings when a call names none."""
        self._variables = VariableBook(self._write, self._read, self._notify)
        self._sets = SetBook(self._write, self._read)
        self._team = TeamBook(self.is_server, db.name, self._write, self._read)
        self.member: str | None = self._team.own_coder() if self.is_server else None
        """The coder whose login opened this team project (``None``: a file, or a login
        without a coder record). A member codes under their own name, whoever runs the
        program: callers keep ``coder`` as it is then, rather than a name of their own
        (a coder's codings under another name are refused by the database)."""
        self.coder = self.member or self.coder

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(cls, where: str | Path, title: str | None = None, *,
               password: str | None = None) -> Project:
        """A new, empty project: a ``.qda`` file at a path (titled after its name unless
        ``title`` is given), or the tables of a team project in an empty database on a
        PostgreSQL server (``postgresql://user@host:port/database``; the database is
        created when it does not exist and the user may create databases)."""
        return cls(database.create(where, title, password))

    @classmethod
    def open(cls, where: str | Path, *, password: str | None = None) -> Project:
        """Open an existing project (a path or a ``postgresql://`` URL); refuses what is
        not a project or is newer, in one line. ``password`` is for a server that asks
        for one and has none in the URL or libpq's usual places; it is never kept."""
        return cls(database.open_existing(where, password))

    @classmethod
    def create_team(cls, url: str, lead: str, *, title: str | None = None,
                    lead_password: PasswordSource = None, password: str | None = None
                    ) -> Project:
        """``qda team create``: a team project at ``url`` with its roles, grants and
        row-level security, and ``lead``'s login (made with ``lead_password`` when it does
        not exist; a callable is asked only then). An empty or missing database gets a new
        project; a project without roles (``qda init URL``) gets roles. Needs an
        administrator's login (a superuser, or CREATEROLE and owning the database); all
        of it happens in one transaction."""
        return cls(database.create_team(url, lead, lead_password, title, password))

    def close(self) -> None:
        self._watch.close()
        self._db.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    @property
    def path(self) -> Path | None:
        """The ``.qda`` file; ``None`` for a team project on a server (see :attr:`location`)."""
        return self._db.path

    @property
    def location(self) -> str:
        """Where the project is: the file's path, or the server URL without its password
        (what the recent-projects list keeps and messages show)."""
        return self._db.location

    @property
    def is_server(self) -> bool:
        """True for a team project on a PostgreSQL server."""
        return self._db.kind == "server"

    @property
    def short_name(self) -> str:
        """A short name for files made from the project (exports' default names): the
        file's stem, or the team project's database name."""
        return self._db.stem

    @property
    def name(self) -> str:
        """How messages name the project: ``P.qda``, or ``team project host:5432/db``."""
        return self._db.name

    @property
    def notices(self) -> tuple[str, ...]:
        """One line each about what opening did that the user should hear of: a crashed
        change rolled back, an upgrade (and what it folded). The command line prints them
        as ``note:`` lines; the window shows them in the status bar."""
        return tuple(self._db.notices)

    @property
    def title(self) -> str:
        with self._read() as s:
            return project_info.title(s)

    @property
    def uuid(self) -> str:
        with self._read() as s:
            return project_info.uuid(s)

    def set_title(self, title: str) -> None:
        with self._write(Changes(project=True)) as s:
            project_info.set_title(s, title.strip() or project_info.title(s))

    # -- change notification and units of work ------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(changes)`` after every committed change."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, changes: Changes) -> None:
        """Tell this process's listeners, and (on a server) the other coders' programs: the
        one place every committed action's :class:`~qda_app.records.Changes` passes."""
        self._db.announce(changes)
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # a broken view must not undo a committed action
                log.exception("change listener failed")

    @contextmanager
    def _write(self, changes: Changes | None = None) -> Iterator[Session]:
        """One unit of work; committed when the block exits, then listeners hear ``changes``."""
        self._watch.ensure_online()
        self._watch.before_write()
        try:
            with self._db.write() as s:
                yield s
        except ServerUnreachableError:
            self._watch.connection_lost()
            raise
        except sa_exc.OperationalError as exc:
            raise QdaError(f"could not write {self._db.name}: {exc.orig}") from None
        except sa_exc.IntegrityError as exc:
            if coding_store.is_duplicate_error(exc):
                raise DuplicateCodingError(
                    "an identical coding (same document, code, coder and span) was just added, "
                    "perhaps by another program; nothing was added") from None
            raise QdaError(f"refused, the project would become inconsistent: {exc.orig}") from None
        self._watch.acknowledge()
        if changes is not None:
            self._notify(changes)

    @contextmanager
    def _read(self) -> Iterator[Session]:
        self._watch.ensure_online()
        try:
            with self._db.read() as s:
                yield s
        except ServerUnreachableError:
            self._watch.connection_lost()
            raise
        except sa_exc.OperationalError as exc:
            raise QdaError(f"could not read {self._db.name}: {exc.orig}") from None

    def changed_elsewhere(self) -> bool:
        """Whether another program (a script, ``qda``, a second window, another coder on
        the server) committed a change since the last call. The window asks when it gets
        the focus and on a timer, then refreshes what it shows: it follows the project,
        not its memory of it. Cheap: no query on a file (SQLite's ``data_version``), and on
        a server a non-blocking look at the ``LISTEN`` connection's notifications."""
        return self._watch.changed_elsewhere()

    def changes_elsewhere(self) -> list[Changes] | None:
        """What others' commits changed since the last call, as they announced it (a
        server project: the UUIDs of each :class:`~qda_app.records.Changes`, and the old
        places of codings removed or changed), or ``None`` when only
        :meth:`changed_elsewhere` is known (a file), or once when a lost connection is
        back: then refresh everything. :mod:`qda_app.team.live` turns them into the
        records views patch themselves from."""
        return self._watch.take_changes()

    # -- a team project's connection ------------------------------------------------------

    @property
    def online(self) -> bool:
        """False while a team project's connection to its server is lost: every read and
        write is then refused at once (:class:`~qda_app.errors.ProjectOfflineError`) while
        a background thread connects again. Always true for a file."""
        return self._watch.online

    def notification_socket(self) -> int | None:
        """The socket that becomes readable when another coder's announcement arrives (a
        team project; ``None`` for a file or while offline): a window waits on it
        instead of asking on a timer. It changes when the connection is made again."""
        return self._watch.fileno()

    @property
    def login(self) -> str | None:
        """The server login a team project is connected as; ``None`` for a file."""
        return self._db.login

    def programs_online(self) -> int | None:
        """How many Kodierwerk programs have this team project open now, this one included
        (the server's sessions; a coder with two windows counts twice); ``None`` for a
        file."""
        if not self.is_server:
            return None
        with self._read() as s:
            return self._db.programs_online(s)

    # -- documents ------------------------------------------------------------------------

    def add_document(
        self,
        name: str,
        text: str,
        turns: tuple[records.Turn, ...] | list[records.Turn] = (),
        source: str | None = None,
        uuid: str | None = None,
        pages: tuple[int, ...] | list[int] = (),
    ) -> records.Document:
        """Add a text as it is (importers and exchange formats call this).

        ``pages`` are where the pages of a paged source (a PDF) start in ``text``
        (the first at 0): a coding then reports its page.
        """
        if not text.strip():
            raise QdaError(f"{name}: the text is empty; nothing imported")
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        with self._write() as s:
            doc_id = doc_store.insert_document(s, name, text, sha, source, turns, uuid, pages)
            doc = doc_store.load(s, doc_id)
        self._notify(Changes(documents=True, document_uuids=frozenset({doc.uuid})))
        return doc

    def documents(self, order: str = "list") -> list[records.DocumentInfo]:
        """Every document without its text: in the list's own order (import order unless
        moved, :meth:`move_document`), or sorted by ``"name"`` (numbers by value) or by
        ``"imported"`` date. The sorted orders are a way of looking, not stored."""
        with self._read() as s:
            docs = doc_store.list_infos(s)
        if order == "name":
            docs.sort(key=lambda d: name_order(d.name))
        elif order == "imported":
            docs.sort(key=lambda d: d.imported_at)
        elif order != "list":
            raise InvalidValueError(f"no document order {order!r} (list, name, imported)")
        return docs

    def document(self, ref: object) -> records.Document:
        """A document with its text, by name, UUID or record."""
        with self._read() as s:
            return doc_store.load(s, doc_store.find_id(s, ref))

    def rename_document(self, ref: object, new_name: str) -> records.Document:
        with self._write() as s:
            doc_id = doc_store.find_id(s, ref)
            doc_store.rename(s, doc_id, new_name)
            doc = doc_store.load(s, doc_id)
        self._notify(Changes(documents=True, codings=True, document_uuids=frozenset({doc.uuid})))
        return doc

    def delete_document(self, ref: object) -> int:
        """Remove a document with its codings and memos; return how many codings went.

        :meth:`snapshot_document` first keeps what :meth:`restore_document` needs to
        undo it."""
        with self._write() as s:
            doc_id = doc_store.find_id(s, ref)
            doc = doc_store.load(s, doc_id)
            n = coding_store.count_in_document(s, doc_id)
            doc_store.remove(s, doc_id)
        self._notify(Changes(documents=True, codings=True, codes=True, memos=True,
                             document_uuids=frozenset({doc.uuid})))
        return n

    def search(self, query: str, documents: object | Sequence[object] | None = None,
               whole_words: bool = False, case_sensitive: bool = False, regex: bool = False,
               set: object | Sequence[object] | None = None, where: str | None = None
               ) -> list[SearchHit]:
        """Every place ``query`` occurs, in the documents given (default: all), as hits.

        Each :class:`~qda_app.text_search.SearchHit` has the document (name and UUID),
        ``start``/``end`` (code points of its text), the ``text`` found and its
        ``context`` (some words either side, on one line). Documents come in the order of
        the document list, hits in text order, none overlapping. Case is ignored by
        default with Unicode case folding ("STRASSE" finds "Straße"); ``whole_words``
        keeps hits that cut no word; ``regex`` takes ``query`` as a Python regular
        expression (a broken one is refused with one line). See :mod:`qda_app.text_search`.
        ``set`` and ``where`` narrow the documents to a set's and those whose variables
        satisfy a condition (:meth:`documents_for`).
        """
        matcher = Matcher(query, whole_words, case_sensitive, regex)  # checked before reading
        documents = self._scope(documents, set, where)
        with self._read() as s:
            ids = doc_store.ordered_ids(s)
            if documents is not None:
                wanted = {doc_store.find_id(s, ref) for ref in _many(documents) or ()}
                ids = [i for i in ids if i in wanted]
            docs = doc_store.load_many(s, ids)
        return [hit for doc in docs for hit in matcher.hits(doc)]

    def move_document(self, ref: object, position: int) -> None:
        """Put the document at index ``position`` of the list (the user's own order)."""
        with self._write() as s:
            doc_id = doc_store.find_id(s, ref)
            uuid = doc_store.load(s, doc_id).uuid
            doc_store.move(s, doc_id, position)
        self._notify(Changes(documents=True, document_uuids=frozenset({uuid})))

    def snapshot_document(self, ref: object) -> snapshot_records.DocumentSnapshot:
        """Everything a delete of the document takes with it (see :meth:`restore_document`)."""
        with self._read() as s:
            return document_snapshots.take(s, doc_store.find_id(s, ref))

    def restore_document(self, snapshot: snapshot_records.DocumentSnapshot) -> records.Document:
        """Put a deleted document back as the snapshot has it: UUID, text, turns, pages,
        place in the list, codings, memos and links, variable values, set memberships."""
        with self._write() as s:
            document_snapshots.restore(s, snapshot, self.coder)
            doc = doc_store.load(s, doc_store.find_id(s, snapshot.document.uuid))
        self._notify(Changes(documents=True, codings=True, codes=True, memos=True, coders=True,
                             document_uuids=frozenset({doc.uuid}),
                             memo_uuids=frozenset(m.uuid for m in snapshot.memos.memos)))
        return doc

    # -- coders ---------------------------------------------------------------------------

    def coders(self) -> list[records.Coder]:
        with self._read() as s:
            return coder_store.list_coders(s)

    def add_coder(self, name: str, uuid: str | None = None) -> records.Coder:
        """A coder by name, created (with ``uuid`` if given) when not there yet."""
        name = name.strip()
        if not name:
            raise QdaError("a coder name cannot be empty")
        with self._write() as s:
            coder, created = coder_store.ensure(s, name, uuid)
        if created:
            self._notify(Changes(coders=True))
        return coder

    # -- the code system ------------------------------------------------------------------

    def codes(self) -> list[records.Code]:
        """All codes in tree order (depth first), with their coding counts."""
        with self._read() as s:
            return code_store.code_records(s, CodeTree.load(s))

    def code(self, ref: object) -> records.Code:
        """A code by path (``"Arbeit/Sprache"``), UUID or record."""
        with self._read() as s:
            tree = CodeTree.lazy(s)
            return code_store.code_records(s, tree, [tree.find(_code_ref(ref))])[0]

    def add_code(self, path: str, color: str | None = None, description: str = "",
                 uuid: str | None = None, position: int | None = None,
                 codable: bool = True) -> records.Code:
        """Create ``path`` (e.g. ``"Arbeit/Sprache"``), adding missing parents.

        Without a colour the least used palette colour is taken. ``position``
        places the code among its siblings (default: last). ``codable=False``
        makes it a category (see :meth:`set_codable`).
        """
        with self._write() as s:
            tree = CodeTree.lazy(s)
            new = code_store.add_code(s, tree, path, color, description, uuid, position,
                                      codable, coder_store.id_if_present(s, self.coder))
            code = code_store.code_records(s, tree, [tree.find(new)])[0]
        self._notify(Changes(codes=True, code_uuids=frozenset({code.uuid})))
        return code

    def add_codes(self, specs: Iterable[CodeSpec | dict[str, Any]]) -> list[records.Code]:
        """Create many codes in one transaction: all of them, or none if one is invalid.

        Each spec is what :meth:`add_code` takes (missing parents are created,
        in order). Listeners hear of it once: importing a 40-code codebook
        refreshes the views once, not 40 times, and a bad code halfway leaves
        no half codebook behind.
        """
        items: list[CodeSpec] = [_as_spec(spec, CodeSpec) for spec in specs]
        if not items:
            return []
        with self._write() as s:
            tree = CodeTree.lazy(s)
            creator = coder_store.id_if_present(s, self.coder)
            new = [code_store.add_code(s, tree, i.path, i.color, i.description, i.uuid,
                                       codable=i.codable, created_by=creator)
                   for i in items]
            codes = code_store.code_records(s, tree, [tree.find(u) for u in new])
        self._notify(Changes(codes=True, code_uuids=frozenset(c.uuid for c in codes)))
        return codes

    def _change_code(self, ref: object, change: Callable[[Session, CodeTree, Node], None],
                     codings_shown: bool = True, seen: code_versions.Seen = None
                     ) -> records.Code:
        """Apply ``change`` to one code in one transaction; return its new record.

        ``seen`` is the code as the caller knew it (its record or version): when another
        coder or program changed or deleted it since, the change is refused
        (:class:`~qda_app.errors.ChangedMeanwhileError`, saying what happened to it)."""
        with self._write() as s:
            tree = CodeTree.load(s)  # a change to the structure works on the whole tree
            node = code_versions.find_seen(s, tree, _code_ref(ref), seen)
            code_versions.claim(s, tree, node, seen)
            change(s, tree, node)  # keeps the tree's paths and indexes up to date
            code = code_store.code_records(s, tree, [node])[0]
        self._notify(Changes(codes=True, codings=codings_shown,
                             code_uuids=frozenset({code.uuid})))
        return code

    def rename_code(self, code: object, new_name: str, *,
                    seen: code_versions.Seen = None) -> records.Code:
        """Rename a code. Every change of a code takes ``seen``: the code's record (or
        version) as the caller last read it; a change made meanwhile refuses it."""
        return self._change_code(code, lambda s, tree, node: code_store.rename_code(
            s, tree, node, new_name), seen=seen)

    def move_code(self, code: object, parent: object | None, position: int | None = None, *,
                  seen: code_versions.Seen = None) -> records.Code:
        """Move ``code`` under ``parent`` (``None``: top level) at ``position`` among siblings."""
        def move(s: Session, tree: CodeTree, node: Node) -> None:
            target = None if parent is None else tree.find(_code_ref(parent))
            code_store.move_code(s, tree, node, target, position)

        return self._change_code(code, move, seen=seen)

    def recolor_code(self, code: object, color: str, *,
                     seen: code_versions.Seen = None) -> records.Code:
        return self._change_code(code, lambda s, tree, node: code_store.set_fields(
            s, tree, node, color=color), seen=seen)

    def describe_code(self, code: object, description: str, *,
                      seen: code_versions.Seen = None) -> records.Code:
        return self._change_code(code, lambda s, tree, node: code_store.set_fields(
            s, tree, node, description=description), codings_shown=False, seen=seen)

    def set_codable(self, code: object, codable: bool, *,
                    seen: code_versions.Seen = None) -> records.Code:
        """Make ``code`` a category (``False``) or a code again (``True``).

        A category groups subcodes (REFI-QDA's ``isCodable="false"``, QualCoder's
        categories); it keeps its codings, and exports say what it is.
        """
        return self._change_code(code, lambda s, tree, node: code_store.set_fields(
            s, tree, node, codable=bool(codable)), codings_shown=False, seen=seen)

    def delete_code(self, code: object, delete_codings: bool = False,
                    reassign_to: object | None = None, *,
                    seen: code_versions.Seen = None) -> int:
        """Delete a code and its subcodes; return the number of codings deleted or reassigned.

        Refuses (:class:`~qda_app.errors.CodeInUseError`) when codings exist,
        unless ``delete_codings`` or a code to ``reassign_to`` is given.
        """
        with self._write() as s:
            tree = CodeTree.load(s)
            node = code_versions.find_seen(s, tree, _code_ref(code), seen)
            code_versions.claim(s, tree, node, seen)
            target = None if reassign_to is None else tree.find(_code_ref(reassign_to))
            n = code_store.delete_code(s, tree, node, delete_codings, target)
        self._notify(Changes(codes=True, codings=bool(n), memos=True,
                             code_uuids=frozenset({node.uuid})))
        return n

    def remove_new_code(self, code: object, created: Iterable[str], *,
                        seen: code_versions.Seen = None) -> None:
        """Undo of :meth:`add_code`: delete ``code`` and the subcodes ``created`` with it
        (UUIDs). Refused (:class:`~qda_app.errors.ChangedMeanwhileError`, nothing
        changed) when anyone has since coded with it, put a subcode under it, or changed
        it after ``seen``: an undo never takes other work along. In a team project a coder
        may do this for a code they added while coders may add codes; for another's code,
        or one with others' codings or memos, they are told in one line that only the lead
        can remove it (:class:`~qda_app.errors.PermissionDeniedError`)."""
        with self._write() as s:
            tree = CodeTree.load(s)
            node = code_versions.find_seen(s, tree, _code_ref(code), seen)
            new_codes.refuse_changed(s, tree, node, seen)
            code_versions.refuse_grown(s, tree, node, list(created))
            new_codes.remove(s, tree, node, seen)
        self._notify(Changes(codes=True, code_uuids=frozenset({node.uuid})))

    def merge_codes(self, source: object, target: object, *,
                    seen: code_versions.Seen = None) -> records.MergeResult:
        """Move the codings and subcodes of ``source`` into ``target`` and delete ``source``.

        A coding that ``target`` already has (same document, coder and span) is
        not duplicated; subcodes with the same name are merged too. ``seen`` is the
        source as the caller knew it (see :meth:`rename_code`).
        """
        with self._write() as s:
            tree = CodeTree.load(s)
            src = code_versions.find_seen(s, tree, _code_ref(source), seen)
            code_versions.claim(s, tree, src, seen)
            dst = tree.find(_code_ref(target))
            code_versions.claim(s, tree, dst)
            stats = code_store.merge_codes(s, tree, src, dst)
        self._notify(Changes(codes=True, codings=True, memos=True,
                             code_uuids=frozenset({src.uuid, dst.uuid})))
        return records.MergeResult(stats.moved, stats.duplicates)

    def code_count_in_subtree(self, code: object) -> int:
        """Codings of ``code`` and its subcodes (what a delete would take with it)."""
        return self.code(code).codings_total

    def snapshot_code(self, code: object) -> snapshot_records.CodeSnapshot:
        """Everything :meth:`restore_code` needs to put a subtree back exactly."""
        with self._read() as s:
            tree = CodeTree.lazy(s)
            return snapshots.take_snapshot(s, tree, tree.find(_code_ref(code)))

    def restore_code(self, snapshot: snapshot_records.CodeSnapshot) -> None:
        """Put a snapshot back: codes, positions, codings and memos, by UUID.

        Codes and codings that still exist are moved back; missing ones are
        re-created with their UUIDs and timestamps.
        """
        with self._write() as s:
            snapshots.restore_snapshot(s, snapshot, self.coder)
        self._notify(Changes(codes=True, codings=True, memos=True,
                             code_uuids=frozenset(r.uuid for r in snapshot.codes)))

    # -- document variables (their rules: project_variables.py) ------------------------------

    def add_variable(self, name: str, type: str = "text", uuid: str | None = None,
                     position: int | None = None) -> Variable:
        """Define a document variable: ``type`` is ``text``, ``integer``, ``decimal``,
        ``date`` or ``boolean`` (see :mod:`qda_app.variable_values` for what each takes)."""
        return self._variables.add(name, type, uuid, position)

    def variables(self, document: object | None = None) -> list[Variable]:
        """The variables in column order; for a ``document``, each with its ``value``."""
        return self._variables.every(document)

    def variable(self, name: object) -> Variable:
        """A variable by name (case ignored if unambiguous) or UUID."""
        return self._variables.get(name)

    def variable_value(self, document: object, name: object) -> Value | None:
        return self._variables.value(document, name)

    def variable_values(self, name: object) -> dict[str, Value]:
        """Document UUID -> value of one variable; documents without a value are left out."""
        return self._variables.values(name)

    def set_variable(self, document: object, name: object, value: object,
                     define: bool = False) -> Variable:
        """Store ``document``'s value of a variable, as typed ("3,5", "12.03.2024", "ja")
        or as a Python value; ``None`` or ``""`` clears it. A value that does not fit
        the variable's type is refused with one line. With ``define``, an unknown
        variable is made first, its type guessed from the value."""
        return self._variables.set(document, name, value, define)

    def set_variables(self, values: Iterable[VariableWrite | tuple[object, str, object]],
                      define: Iterable[tuple[str, str]] = ()) -> int:
        """Many values (document, variable, value) in one transaction, after defining the
        variables of ``define`` ((name, type); existing ones are kept): all, or none if
        one is refused. Returns how many values changed."""
        return self._variables.set_many(values, define)

    def rename_variable(self, name: object, new_name: str) -> Variable:
        return self._variables.rename(name, new_name)

    def retype_variable(self, name: object, type: str) -> Variable:
        """Change a variable's type, converting its values; refused with one line (nothing
        changed) if one does not fit ("Interview 3 has '3.5'")."""
        return self._variables.retype(name, type)

    def delete_variable(self, name: object) -> VariableSnapshot:
        """Delete a variable and its values; returns them (:meth:`restore_variable`)."""
        return self._variables.delete(name)

    def snapshot_variable(self, name: object) -> VariableSnapshot:
        return self._variables.snapshot(name)

    def restore_variable(self, snapshot: VariableSnapshot) -> Variable:
        """Put a variable back exactly as ``snapshot`` has it: name, type, place, values."""
        return self._variables.restore(snapshot)

    def variable_table(self) -> VariableTable:
        """Every document with every variable's value, read in a few queries."""
        return self._variables.table()

    # -- document sets and conditions (project_sets.py) --------------------------------------

    def add_set(self, name: str, documents: object | Sequence[object] = (),
                where: str | None = None, uuid: str | None = None) -> DocumentSet:
        """A named set of documents: those given, or those whose variables satisfy
        ``where`` ("Region = Thüringen and Alter < 40"; see :mod:`qda_app.conditions`),
        which the set keeps as its condition."""
        return self._sets.add(name, documents, where, uuid)

    def sets(self) -> list[DocumentSet]:
        return self._sets.every()

    def document_set(self, name: object) -> DocumentSet:
        return self._sets.get(name)

    def set_members(self, name: object) -> list[records.DocumentInfo]:
        """The documents of a set, in the document list's order."""
        return self._sets.members(name)

    def rename_set(self, name: object, new_name: str) -> DocumentSet:
        return self._sets.rename(name, new_name)

    def delete_set(self, name: object) -> DocumentSet:
        """Delete a set (not its documents); returns it as it was (:meth:`restore_set`)."""
        return self._sets.delete(name)

    def restore_set(self, snapshot: DocumentSet) -> DocumentSet:
        return self._sets.restore(snapshot)

    def add_to_set(self, name: object, documents: object | Sequence[object]) -> list[str]:
        """Put documents into a set; returns the UUIDs of those that were not in it yet."""
        return self._sets.add_documents(name, documents)

    def remove_from_set(self, name: object, documents: object | Sequence[object]
                        ) -> list[str]:
        """Take documents out of a set; returns the UUIDs of those that were in it."""
        return self._sets.remove_documents(name, documents)

    def documents_where(self, condition: str) -> list[records.DocumentInfo]:
        """The documents whose variables satisfy ``condition``, in list order."""
        return self._sets.where(condition)

    def documents_for(self, documents: object | Sequence[object] | None = None,
                      set: object | Sequence[object] | None = None,
                      where: str | None = None) -> list[str]:
        """UUIDs (in list order) of the documents named, in the set(s) and satisfying the
        condition: what an analysis given any of these reads (none given: all)."""
        chosen = self._sets.resolve(documents, set, where)
        return [d.uuid for d in self.documents()] if chosen is None else chosen

    def load_documents(self, refs: Sequence[object]) -> list[records.Document]:
        """Documents with their texts and turns, many at once (an analysis over 500
        interviews reads them in a few queries, not two each); an unknown one is refused."""
        with self._read() as s:
            ids = document_lookup.find_ids(s, [r for r in refs])
            return doc_store.load_many(s, ids)

    def _scope(self, document: object | Sequence[object] | None, set: object | None,
               where: str | None) -> object | Sequence[object] | None:
        """``document`` narrowed to ``set`` and ``where`` when they are given."""
        if set is None and where is None:
            return document
        return self._sets.resolve(document, set, where)

    # -- codings --------------------------------------------------------------------------

    def add_coding(self, document: object, code: object, start: int, end: int,
                   coder: str | None = None, memo: str | None = None,
                   uuid: str | None = None) -> records.Coding:
        """Code ``document.text[start:end]`` (code points, end exclusive) with ``code``.

        Refuses (:class:`~qda_app.errors.DuplicateCodingError`) a coding that
        exists already: same document, code, coder, start and end.
        """
        return self.add_codings([CodingSpec(document, code, start, end, coder, memo, uuid)])[0]

    def add_codings(self, items: Iterable[CodingSpec | dict[str, Any] | tuple[Any, ...]],
                    skip_duplicates: bool = False) -> records.AddedCodings:
        """Add many codings in one transaction: all of them, or none if one is invalid.

        A coding identical to a stored one (same document, code, coder, start
        and end), or to an earlier one in ``items``, refuses the whole batch
        with :class:`~qda_app.errors.DuplicateCodingError` naming the first;
        with ``skip_duplicates`` it is left out instead, and the result's
        ``skipped`` lists what was left out (merges, undo and imports say
        "N already there"). The result is the list of added codings.
        """
        specs = [_as_spec(i, CodingSpec) for i in items]
        with self._write() as s:
            resolver = coding_store.Resolver(s)
            added = coding_store.insert_and_fetch(s, resolver, specs, self.coder,
                                                  skip_duplicates)
        self._notify_codings(added=added, new_coders=bool(resolver.new_coders))
        return added

    def _notify_codings(self, added: Sequence[records.Coding] = (),
                        removed: Sequence[records.Coding] = (), new_coders: bool = False,
                        memos: Iterable[str] = ()) -> None:
        changed = [*added, *removed]
        memo_uuids = frozenset(memos)
        if changed:
            self._notify(Changes(
                codings=True, coders=new_coders, memos=bool(memo_uuids), memo_uuids=memo_uuids,
                document_uuids=frozenset(c.document_uuid for c in changed),
                code_uuids=frozenset(c.code_uuid for c in changed),
                coding_uuids=frozenset(c.uuid for c in changed),
                added=tuple(added), removed=tuple(removed),
            ))

    def coding(self, ref: object) -> records.Coding:
        """A coding by UUID or record."""
        with self._read() as s:
            return coding_store.fetch_one(s, CodeTree.lazy(s), coding_store.find_id(s, ref))

    def remove_coding(self, coding: object) -> records.Coding:
        """Remove one coding; returns it as it was (undo re-adds it with the same UUID)."""
        return self.remove_codings([coding])[0]

    def remove_codings(self, codings: Iterable[object]) -> list[records.Coding]:
        """Remove codings (and the links of free memos to them: :meth:`memo_links_to` keeps
        them for an undo)."""
        with self._write() as s:
            ids = [coding_store.find_id(s, c) for c in codings]
            removed = coding_store.fetch_ids(s, CodeTree.lazy(s), ids)
            links = memo_links.rows_touching(s, coding_ids=ids)
            coding_store.delete_ids(s, ids)
        self._notify_codings(removed=removed, memos={r.memo_uuid for r in links})
        return removed

    def memo_links_to(self, codings: Iterable[object]) -> tuple[snapshot_records.LinkRow, ...]:
        """The links of free memos to these codings, as :meth:`restore_memo_links` takes them
        (an undo of removing codings puts their links back)."""
        with self._read() as s:
            return memo_links.rows_touching(
                s, coding_ids=[coding_store.find_id(s, c) for c in codings])

    def restore_memo_links(self, rows: Iterable[snapshot_records.LinkRow]) -> None:
        rows = tuple(rows)
        if not rows:
            return
        with self._write() as s:
            memo_links.restore(s, rows)
        self._notify(Changes(memos=True, memo_uuids=frozenset(r.memo_uuid for r in rows)))

    def update_coding(self, coding: object, start: int | None = None, end: int | None = None,
                      memo: str | None = _UNSET, code: object | None = None,
                      modified: datetime | None = None) -> records.Coding:
        """Change a coding's bounds, memo (``None`` clears it) or code.

        Refuses (:class:`~qda_app.errors.DuplicateCodingError`) a change that
        would make it identical to another coding. ``modified`` defaults to
        now; undo passes the old time to restore it exactly.
        """
        changes: dict[str, Any] = {"modified": modified}
        if start is not None:
            changes["start"] = start
        if end is not None:
            changes["end"] = end
        if memo is not _UNSET:
            changes["memo"] = memo
        if code is not None:
            changes["code"] = code
        with self._write() as s:
            coding_id = coding_store.find_id(s, coding)
            resolver = coding_store.Resolver(s)
            before = coding_store.fetch_one(s, resolver.tree, coding_id)
            coding_store.update_one(s, resolver, coding_id, **changes)
            after = coding_store.fetch_one(s, resolver.tree, coding_id)
        self._notify_codings(added=[after], removed=[before])
        return after

    def segments(self, code: object | Sequence[object] | None = None,
                 include_subcodes: bool = True, coder: str | Sequence[str] | None = None,
                 document: object | Sequence[object] | None = None,
                 speaker: str | Sequence[str] | None = None,
                 set: object | Sequence[object] | None = None, where: str | None = None
                 ) -> list[records.Coding]:
        """Coded segments with their text, code path, coder, document and speaker.

        Each filter takes one value or a list; ``None`` means all. Codes are
        paths, UUIDs or records; with ``include_subcodes`` a code brings its
        subcodes' codings too (MAXQDA's retrieval). A speaker selects the
        codings that start in that speaker's turns (``records.NO_SPEAKER``: in
        none). An unknown code, coder, document or speaker raises a
        :class:`~qda_app.errors.NotFoundError`: a misspelt name would otherwise
        select nothing without saying why. ``set`` (a set's name, or several) and
        ``where`` (a condition on the variables) narrow the documents further.
        """
        document = self._scope(document, set, where)
        coders = _many(coder)
        names = None if coders is None else [
            c.name if isinstance(c, records.Coder) else str(c) for c in coders]
        with self._read() as s:
            return coding_store.select_segments(s, CodeTree.lazy(s), _many(code),
                                                include_subcodes, names, _many(document),
                                                _many(speaker))

    def spans(self, code: object | Sequence[object] | None = None,
              include_subcodes: bool = True, coder: str | Sequence[str] | None = None,
              document: object | Sequence[object] | None = None,
              speaker: str | Sequence[str] | None = None,
              set: object | Sequence[object] | None = None, where: str | None = None
              ) -> list[records.CodingSpan]:
        """The codings :meth:`segments` selects, in its order, as plain spans.

        What a view needs to paint or list them (uuid, document, code, coder,
        start, end), read in one query: no texts, names or timestamps, so a
        transcript with 100,000 codings opens at once. :meth:`codings` gives
        the full records of the few a coder hovers, selects or scrolls to.
        """
        document = self._scope(document, set, where)
        coders = _many(coder)
        names = None if coders is None else [
            c.name if isinstance(c, records.Coder) else str(c) for c in coders]
        with self._read() as s:
            conditions = coding_store.segment_filter(s, CodeTree.lazy(s), _many(code),
                                                     include_subcodes, names, _many(document),
                                                     _many(speaker))
            return span_store.select_spans(s, *conditions)

    def codings(self, refs: Iterable[object]) -> list[records.Coding]:
        """Full records of these codings (UUIDs, spans or records), in the order given.

        Codings that no longer exist (another program removed them) are left
        out rather than refused: a view asks for what it shows, which may be
        a moment old.
        """
        uuids = [r if isinstance(r, str) else getattr(r, "uuid", str(r)) for r in refs]
        if not uuids:
            return []
        with self._read() as s:
            return span_store.fetch_uuids(s, CodeTree.lazy(s), uuids)

    # -- memos ----------------------------------------------------------------------------

    def memos(self, document: object | None = None, code: object | None = None,
              kind: str | None = None, linked_to: object | None = None) -> list[records.Memo]:
        """Memos, oldest first: all of them, or those of a ``kind``, on a ``document`` (its
        document memos and memos in its text), on a ``code``, or linked to ``linked_to``
        (a document, code, coding or memo, see :meth:`link_memo`)."""
        with self._read() as s:
            doc_id = None if document is None else doc_store.find_id(s, document)
            code_id = None if code is None else CodeTree.lazy(s).find(_code_ref(code)).id
            link = None if linked_to is None else _link_of(linked_to)
            return memo_store.list_memos(s, kind, doc_id, code_id, link)

    def memo(self, uuid: str) -> records.Memo:
        with self._read() as s:
            return memo_store.get(s, _memo_ref(uuid))

    def add_memo(self, text: str, title: str = "", document: object | None = None,
                 code: object | None = None, uuid: str | None = None, *,
                 kind: str | None = None, start: int | None = None, end: int | None = None,
                 links: Iterable[object] = (), author: str | None = _UNSET,
                 created: datetime | None = None, modified: datetime | None = None,
                 ) -> records.Memo:
        """Write a memo; its ``kind`` follows from what it is attached to unless given.

        A ``document`` with ``start``/``end`` makes a memo in the text (the passage must
        lie inside the text); a ``document`` alone a document memo, a ``code`` a code
        memo, ``links`` (documents, codes, codings, memos: see :meth:`link_memo`) a free
        memo, nothing a project memo (the research journal). ``author`` defaults to
        :attr:`coder`. A kind and targets that do not fit are refused in one line.
        """
        wanted = [_link_of(t) for t in links]
        with self._write() as s:
            resolver = coding_store.Resolver(s)
            doc_id = None if document is None else doc_store.find_id(s, document)
            code_id = None if code is None else resolver.code(_code_ref(code))
            spanned = start is not None or end is not None
            new = memo_store.NewMemo(
                text=text, title=title, document_id=doc_id, code_id=code_id, start=start,
                end=end, uuid=uuid, created=created, modified=modified,
                kind=kind or memo_store.infer_kind(doc_id is not None, code_id is not None,
                                                   spanned, bool(wanted)),
                author=self.coder if author is _UNSET else author)
            memo_id = memo_store.add(s, new, resolver)
            for link in wanted:
                memo_links.add(s, memo_id, link, resolver.tree)
            memo = memo_store.of_ids(s, [memo_id])[0]
        self._notify(Changes(memos=True, coders=bool(resolver.new_coders),
                             memo_uuids=frozenset({memo.uuid})))
        return memo

    def update_memo(self, memo: object, text: str | None = None, title: str | None = None,
                    modified: datetime | None = None) -> records.Memo:
        """Change a memo's text or title; ``modified`` defaults to now (undo passes the
        old time to restore it exactly)."""
        with self._write() as s:
            memo_store.update_memo(s, _memo_ref(memo), text, title, modified)
            updated = memo_store.get(s, _memo_ref(memo))
        self._notify(Changes(memos=True, memo_uuids=frozenset({updated.uuid})))
        return updated

    def delete_memo(self, memo: object) -> None:
        """Delete a memo with its links and the links of other memos to it (undo:
        :meth:`snapshot_memo` before, :meth:`restore_memos` after)."""
        uuid = norm_uuid(_memo_ref(memo))
        with self._write(Changes(memos=True, memo_uuids=frozenset({uuid}))) as s:
            memo_store.delete_memo(s, uuid)

    def link_memo(self, memo: object, target: object) -> records.Memo:
        """Link a free memo to a document, code, coding or other memo: a record of one, or a
        :class:`~qda_app.records.MemoLink` (a document by name or UUID, a code by path or
        UUID). Linking twice changes nothing; a link goes when its target is deleted."""
        return self._relink(memo, target, memo_links.add)

    def unlink_memo(self, memo: object, target: object) -> records.Memo:
        return self._relink(memo, target, memo_links.remove)

    def _relink(self, memo: object, target: object,
                change: Callable[[Session, int, records.MemoLink], bool]) -> records.Memo:
        link = _link_of(target)
        with self._write() as s:
            memo_id = memo_links.memo_id(s, _memo_ref(memo))
            change(s, memo_id, link)
            updated = memo_store.of_ids(s, [memo_id])[0]
        self._notify(Changes(memos=True, memo_uuids=frozenset({updated.uuid})))
        return updated

    def snapshot_memo(self, memo: object) -> snapshot_records.MemoSnapshot:
        """A memo with its links and the links to it, as :meth:`restore_memos` puts back."""
        with self._read() as s:
            return memo_store.snapshot(s, [memo_links.memo_id(s, _memo_ref(memo))])

    def restore_memos(self, snapshot: snapshot_records.MemoSnapshot) -> None:
        """Put memos back (UUIDs, kinds, authors, spans, times) and their links; memos that
        exist are left alone, links whose target is gone are left out."""
        with self._write() as s:
            memo_store.restore(s, snapshot)
        self._notify(Changes(memos=True, coders=True,
                             memo_uuids=frozenset(m.uuid for m in snapshot.memos)
                             | frozenset(r.memo_uuid for r in snapshot.links)))

    def memo_targets(self, memos: Sequence[records.Memo]
                     ) -> dict[str, tuple[records.MemoTarget, ...]]:
        """What each memo belongs to (document, code, passage) or is linked to, by name and
        place, for lists of memos (the memo manager, ``qda memos``); by memo UUID."""
        with self._read() as s:
            return memo_targets.targets(s, memos)

    def coding_memos(self) -> list[records.Coding]:
        """The codings that have a memo (the memo manager lists them with the memos)."""
        with self._read() as s:
            return coding_store.fetch(s, CodeTree.lazy(s), coding_store.has_memo())

    # -- the team: roles, members, settings (project_team.py; enforced by the database) ------

    def rights(self) -> TeamRights:
        """What this login may do here (a file: everything), for hiding what it may not."""
        return self._team.rights()

    def team_settings(self) -> TeamSettings:
        return self._team.settings()

    def set_team_settings(self, *, blinded: bool | None = None,
                          coders_add_codes: bool | None = None) -> TeamSettings:
        """The lead's settings of a team project (refused on a file, and for anyone else
        by the database): blinded coding, whether coders may add codes."""
        return self._team.set_settings(blinded, coders_add_codes)

    def team_members(self) -> list[TeamMember]:
        return self._team.members()

    def add_member(self, name: str, role: str = "coder", password: PasswordSource = None
                   ) -> TeamMember:
        """Give ``name`` a login (with ``password``, asked only when it is new) and a role
        in this team project; an existing member gets the new role instead of the old."""
        return self._team.add_member(name, role, password)

    def remove_member(self, name: str) -> TeamMember:
        """Take ``name``'s role in this team project away (an administrator's work): their
        login no longer reads or writes it; their codings and memos stay, under their name,
        and their login stays on the server (it may belong to other projects)."""
        return self._team.remove_member(name)

    # -- merging other projects in (the matching is qda_app.team's) -----------------------

    @staticmethod
    def read_content(path: str | Path) -> ProjectContent:
        """Everything a merge can take from the project file at ``path``, read without writing."""
        return merge_io.read_source(Path(path))

    def merge_index(self) -> TargetIndex:
        """What this project holds, as far as matching a merge needs it (no texts)."""
        with self._read() as s:
            return merge_io.read_target(s)

    def apply_merge(self, plan: Callable[[TargetIndex], MergeWrites]) -> MergeWrites:
        """Write what ``plan`` makes of this project's index, in one transaction.

        ``plan`` runs inside the write transaction, so what it matched against is
        what is written to, even if another program changed the file since a
        preview. Returns the writes; listeners hear of them if there are any.
        """
        with self._write() as s:
            writes = plan(merge_io.read_target(s))
            merge_io.apply_writes(s, writes, self.coder)
        if writes.documents or writes.codes or writes.coders or writes.codings or writes.memos:
            self._notify(Changes(documents=True, codes=True, codings=True, coders=True,
                                 memos=True))
        return writes

    # -- moving a whole project between a file and a server (qda_app.team.transfer) ---------

    def dump_content(self) -> ProjectDump:
        """Everything the project holds (that this login may read), as rows with their
        UUIDs: what ``qda team push`` and ``qda team pull`` move."""
        with self._read() as s:
            return project_dump.dump(s)

    def load_content(self, content: ProjectDump) -> None:
        """Fill this empty project (a prepared team project may hold its coders) with
        ``content``, every UUID kept, in one transaction; refused if it holds work."""
        with self._write() as s:
            project_dump.load(s, content, self.name)
        self._notify(Changes(documents=True, codes=True, codings=True, coders=True,
                             memos=True, project=True, variables=True, sets=True))

    # -- integrity -----------------------------------------------------------------------

    def check(self) -> list[str]:
        """Problems found in the project (empty when all is well); ``qda check`` prints them."""
        return self._db.check()

    @staticmethod
    def check_file(where: str | Path, *, password: str | None = None) -> list[str]:
        """Problems in the project file at ``where`` (also one that :meth:`open` refuses),
        or in the team project at a ``postgresql://`` URL."""
        return database.check(where, password)
