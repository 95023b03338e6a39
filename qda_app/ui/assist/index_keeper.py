"""The Assist pane's index: read at once when it is current, otherwise built in a thread.

The window never waits for the index. What is quick happens here on the main thread:
choosing the engine, reading the saved index beside the project, comparing it with the
project's documents, and reading the texts of the documents it lacks (short read
transactions: no lock a coder could run into). What is slow, cutting those texts into
passages and encoding them, and saving the index, runs in a :class:`QThread` that
touches neither the project nor a widget (:func:`qda_app.assist.ready.build_and_save`);
it reports progress through queued signals and stops at the next batch when Cancel is
pressed. Meanwhile the user goes on coding.

When documents are added or removed the index is stale: the next question brings it up to
date (only the new documents are encoded).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from ...assist import index_file
from ...assist.engine import Engine, choose
from ...assist.index import IndexCancelled, plan
from ...assist.ready import ReadyIndex, build_and_save
from ...errors import QdaError
from ...records import Changes, Document
from ..workbench import Workbench

Then = Callable[[ReadyIndex], None]


class BuildThread(QThread):
    """Builds (or updates) and saves one index from records read before; nothing else."""

    progressed = Signal(int, int)
    built = Signal(object)  # ReadyIndex
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: dict[str, object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.stop = False

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self.stop

        try:
            ready = build_and_save(progress=progress, **self.job)  # type: ignore[arg-type]
        except IndexCancelled:
            self.cancelled.emit()
        except QdaError as exc:
            self.failed.emit(str(exc))
        else:
            self.built.emit(ready)


class IndexKeeper(QObject):
    progressed = Signal(int, int)
    """``(done, total)`` passages encoded while an index is built."""
    building = Signal(bool)
    """An index is being built (True) or no longer (False)."""
    failed = Signal(str)

    def __init__(self, bench: Workbench, engine: str = "auto") -> None:
        super().__init__(bench)
        self.bench = bench
        self.project = bench.project
        self.engine, self.note = self._choose(engine)
        self._ready: dict[str, ReadyIndex] = {}
        self._thread: BuildThread | None = None
        self._waiting: list[tuple[str, Then]] = []
        bench.events.changed.connect(self._on_change)

    @staticmethod
    def _choose(name: str) -> tuple[Engine, str | None]:
        return choose(name)

    def use_engine(self, name: str) -> None:
        """Answer with another engine from now on (``lexical``, ``semantic``, ``auto``)."""
        self.engine, self.note = self._choose(name)
        self._ready.clear()

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def ready(self, unit: str) -> ReadyIndex | None:
        """The index for ``unit`` if it is here and current."""
        return self._ready.get(unit)

    def request(self, unit: str, then: Then) -> None:
        """Call ``then(index)`` with a current index for ``unit``: at once if it is here or
        saved and current, otherwise once it is built (in a thread)."""
        if unit in self._ready:
            then(self._ready[unit])
            return
        self._waiting.append((unit, then))
        if self._thread is None:
            self._start(unit)

    def cancel(self) -> None:
        """Stop the build at its next batch; those waiting for it are not answered."""
        self._waiting.clear()
        if self._thread is not None:
            self._thread.stop = True

    def shutdown(self) -> None:
        """The window closes: stop the build and wait for its thread to end."""
        self.cancel()
        if self._thread is not None:
            self._thread.wait()

    def _start(self, unit: str) -> None:
        path = index_file.index_path(self.project.path)
        uuid = self.project.uuid
        stored = index_file.read(path, uuid, self.engine, unit)
        try:
            todo = plan(stored, self.project.documents(), self.engine, unit)
            documents: list[Document] = [self.project.document(u) for u in todo.add]
        except QdaError as exc:  # a document deleted meanwhile by another program
            self._waiting.clear()
            self.failed.emit(str(exc))
            return
        if todo.current and stored is not None:
            self._finish(ReadyIndex(self.engine, stored))
            return
        engine, _ = self._choose(self.engine.name)  # its own, for the thread
        thread = BuildThread({"path": path, "project_uuid": uuid,
                              "stored": None if todo.rebuild else stored,
                              "documents": documents, "drop": todo.drop, "engine": engine,
                              "unit": unit}, self)
        thread.progressed.connect(self.progressed)
        thread.built.connect(self._finish)
        thread.failed.connect(self._failed)
        thread.cancelled.connect(lambda: self._stopped())
        thread.finished.connect(thread.deleteLater)
        self._thread = thread
        self.building.emit(True)
        thread.start()

    def _stopped(self) -> None:
        self._thread = None
        self.building.emit(False)
        self._next()

    def _failed(self, text: str) -> None:
        self._waiting.clear()
        self._stopped()
        self.failed.emit(text)

    def _finish(self, ready: ReadyIndex) -> None:
        if self._thread is not None:
            self._thread = None
            self.building.emit(False)
        if ready.engine.name != self.engine.name:
            self._next()  # built for an engine no longer wanted
            return
        self._ready[ready.unit] = ready
        answered = [then for unit, then in self._waiting if unit == ready.unit]
        self._waiting = [(u, t) for u, t in self._waiting if u != ready.unit]
        for then in answered:
            then(ready)
        self._next()

    def _next(self) -> None:
        if self._waiting and self._thread is None:
            self._start(self._waiting[0][0])

    def _on_change(self, changes: Changes) -> None:
        if changes.documents or changes.project:
            self._ready.clear()  # stale: the next question updates it, by document
