"""An index ready to ask: loaded from beside the project, brought up to date, saved again.

:func:`prepare` is what the command line and scripts call before a question (the window
does the same steps, the slow one in a thread: :mod:`qda_app.ui.assist.index_worker`).
The project is only read, in short read transactions: preparing never holds a lock that
would keep a coder from coding, here or in another program.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import QdaError
from ..files import Progress
from ..project import Project
from ..records import Document
from . import index_file
from .engine import Engine, Matrix, choose, similarities
from .index import UnitIndex, plan, update

NOT_SAVED = "the assistance index could not be saved beside the project ({0}); it is kept " \
            "in memory and built again next time"


@dataclass
class ReadyIndex:
    """An up-to-date index with its engine; the questions in :mod:`.more_like_this`,
    :mod:`.suggest` and :mod:`.consistency` take one."""

    engine: Engine
    index: UnitIndex
    notes: tuple[str, ...] = ()
    """Lines to tell the user (the semantic engine missing, the index not saved)."""
    _matrix: Matrix | None = field(default=None, repr=False)

    @property
    def unit(self) -> str:
        return self.index.unit

    def matrix(self) -> Matrix:
        if self._matrix is None:
            self._matrix = self.index.store.matrix()
        return self._matrix

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """Cosines of each text with every passage (texts × passages)."""
        return similarities(self.engine.query(self.index.store, texts), self.matrix())


def engine_of(engine: str | Engine) -> tuple[Engine, tuple[str, ...]]:
    if isinstance(engine, Engine):
        return engine, ()
    chosen, note = choose(engine)
    return chosen, (note,) if note else ()


def prepare(project: Project, unit: str = "sentence", engine: str | Engine = "auto",
            progress: Progress | None = None) -> ReadyIndex:
    """The index of ``project`` for ``unit`` and ``engine``, up to date (built, updated
    and saved as needed; ``progress(done, total)`` while passages are encoded)."""
    chosen, notes = engine_of(engine)
    path, uuid = index_file.index_path(project.path), project.uuid
    stored = index_file.read(path, uuid, chosen, unit)
    todo = plan(stored, project.documents(), chosen, unit)
    if todo.current and stored is not None:
        return ReadyIndex(chosen, stored, notes)
    documents = [project.document(u) for u in todo.add]
    built = update(None if todo.rebuild else stored, documents, todo.drop, chosen, unit,
                   progress)
    return ReadyIndex(chosen, built, notes + save(path, uuid, built))


def build_and_save(path: Path | None, project_uuid: str, stored: UnitIndex | None,
                   documents: Sequence[Document], drop: frozenset[str], engine: Engine,
                   unit: str, progress: Progress | None = None) -> ReadyIndex:
    """:func:`prepare`'s slow half on records read before: what the window's worker runs."""
    built = update(stored, documents, drop, engine, unit, progress)
    return ReadyIndex(engine, built, save(path, project_uuid, built))


def save(path: Path | None, project_uuid: str, index: UnitIndex) -> tuple[str, ...]:
    """Write the index; the line to say if it could not be (it is still used). A team
    project's index (``path`` ``None``, :func:`.index_file.index_path`) is not written."""
    if path is None:
        return ()
    try:
        index_file.write(path, project_uuid, index)
    except QdaError as exc:
        return (NOT_SAVED.format(exc),)
    return ()
