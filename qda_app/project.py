"""The :class:`Project` facade: the one way the UI, the CLI and scripts change a project.

Every mutating method is one transaction, committed (and synced to disk)
before it returns; then subscribers get a :class:`~qda_app.records.Changes`
saying what changed, so views refresh only that.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import TracebackType

from sqlalchemy import select, update

from . import records
from .errors import QdaError
from .project_codes import CodesMixin
from .project_codings import CodingsMixin
from .project_memos import MemosMixin
from .project_team import TeamMixin
from .records import Changes
from .storage import database
from .storage import documents as doc_store
from .storage.models import Coder, ProjectInfo, new_uuid


class Project(CodesMixin, CodingsMixin, MemosMixin, TeamMixin):
    """An open ``.qda`` project. Use :meth:`create` or :meth:`open`, ideally in ``with``."""

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, title: str | None = None) -> Project:
        path = Path(path)
        return cls(database.create(path, title or path.stem))

    @classmethod
    def open(cls, path: str | Path) -> Project:
        """Open an existing project; refuses files that are not projects or are newer."""
        return cls(database.open_existing(Path(path)))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def notices(self) -> tuple[str, ...]:
        """One line each about what opening set right (a crashed change rolled back)."""
        return self._db.notices

    @property
    def title(self) -> str:
        with self._read() as s:
            return s.scalars(select(ProjectInfo.title)).one()

    @property
    def uuid(self) -> str:
        with self._read() as s:
            return s.scalars(select(ProjectInfo.uuid)).one()

    def set_title(self, title: str) -> None:
        with self._write(Changes(project=True)) as s:
            s.execute(update(ProjectInfo).values(title=title.strip() or self.path.stem))

    # -- documents ------------------------------------------------------------------------

    def import_file(self, path: str | Path, name: str | None = None) -> records.Document:
        """Import a ``.txt``, ``.md`` or ``.docx`` transcript, with its speaker turns."""
        from .importers import read_file

        imported = read_file(Path(path))
        return self.add_document(
            name or imported.name, imported.text, imported.turns, source=imported.source
        )

    def add_document(
        self,
        name: str,
        text: str,
        turns: tuple[records.Turn, ...] | list[records.Turn] = (),
        source: str | None = None,
        uuid: str | None = None,
    ) -> records.Document:
        """Add a text as it is (importers and exchange formats call this)."""
        if not text.strip():
            raise QdaError(f"{name}: the text is empty; nothing imported")
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        with self._write() as s:
            doc_id = doc_store.insert_document(s, name, text, sha, source, turns, uuid)
            doc = doc_store.load(s, doc_id)
        self._notify(Changes(documents=True, document_uuids=frozenset({doc.uuid})))
        return doc

    def documents(self) -> list[records.DocumentInfo]:
        with self._read() as s:
            return doc_store.list_infos(s)

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
        """Remove a document with its codings and memos; return how many codings went."""
        with self._write() as s:
            doc_id = doc_store.find_id(s, ref)
            doc = doc_store.load(s, doc_id)
            n = self._count_codings(s, doc_id)
            doc_store.remove(s, doc_id)
        self._notify(Changes(documents=True, codings=True, codes=True, memos=True,
                             document_uuids=frozenset({doc.uuid})))
        return n

    # -- coders ---------------------------------------------------------------------------

    def coders(self) -> list[records.Coder]:
        with self._read() as s:
            rows = s.execute(select(Coder.uuid, Coder.name).order_by(Coder.name)).all()
        return [records.Coder(*row) for row in rows]

    def add_coder(self, name: str, uuid: str | None = None) -> records.Coder:
        """A coder by name, created (with ``uuid`` if given) when not there yet."""
        name = name.strip()
        if not name:
            raise QdaError("a coder name cannot be empty")
        with self._write() as s:
            row = s.execute(select(Coder).where(Coder.name == name)).scalar()
            created = row is None
            if row is None:
                row = Coder(name=name, uuid=(uuid or new_uuid()).strip("{}").lower())
                s.add(row)
                s.flush()
            coder = records.Coder(row.uuid, row.name)
        if created:
            self._notify(Changes(coders=True))
        return coder

    # -- integrity -----------------------------------------------------------------------

    def check(self) -> list[str]:
        """Problems found in the file (empty when all is well); ``qda check`` prints them."""
        return self.check_file(self.path)

    @staticmethod
    def check_file(path: str | Path) -> list[str]:
        """Problems in the project file at ``path``, also one that :meth:`open` refuses."""
        from .storage.check import check_file

        return check_file(Path(path))
