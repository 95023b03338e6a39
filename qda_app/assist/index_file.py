"""Where the index is kept: ``P.qda.assist``, a file beside the project.

**Why beside the project, not in a cache folder.** The index holds what the passages of
the interviews are made of (their lemmas, or their embeddings), so it is as private as
the project. Beside it, it is where the user keeps the project: deleting the project's
folder at the end of a study deletes it too, and nothing is left behind in a hidden
folder of the home directory that a data-protection plan does not know of. Mailing or
sharing ``P.qda`` does not take it along (it is another file). A project in a folder the
user cannot write to gets its index in memory only, built again the next time, and is
told so once.

**Never mistaken for a project.** It is a NumPy ``.npz`` archive (read with
``allow_pickle=False``: it runs no code), its name ends in ``.assist``, not ``.qda``, and
its first entry says ``kodierwerk-assist-index`` with the UUID of its project: an index
of another project (a copied file) or a file that is not an index is ignored and
rebuilt, and ``Project.open`` refuses it as not a project.

**Written atomically**, as exports are (:func:`qda_app.files.atomic_output`): a temporary
file beside it, synced, then renamed over it; a crash leaves the old index or the new.
One file holds one section per engine and unit built so far.
"""

from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from ..files import atomic_output
from .engine import Engine
from .index import IndexedDocument, UnitIndex

log = logging.getLogger(__name__)

SUFFIX = ".assist"
FORMAT = "kodierwerk-assist-index"
FORMAT_VERSION = 1


def index_path(project_path: str | Path | None) -> Path | None:
    """``P.qda`` → ``P.qda.assist``; ``None`` for a team project on a server (no file).

    A server project's index stays in memory, built again by each program that asks:
    it holds what the interviews say, and a coder's computer is no place to leave a
    copy of a team's data that nobody knows of (the same reason as above)."""
    if project_path is None:
        return None
    path = Path(project_path)
    return path.with_name(path.name + SUFFIX)


def _read_meta(archive: Any, project_uuid: str) -> dict[str, Any] | None:
    try:
        meta = json.loads(bytes(archive["meta"]).decode("utf-8"))
    except (KeyError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT \
            or meta.get("version") != FORMAT_VERSION or meta.get("project") != project_uuid:
        return None
    return meta


def _open(path: Path) -> Any:
    """The archive, or ``None`` if there is none or it is no archive we can read."""
    try:
        return np.load(path, allow_pickle=False)
    except (OSError, ValueError, zipfile.BadZipFile, EOFError):
        return None


def read(path: Path | None, project_uuid: str, engine: Engine, unit: str) -> UnitIndex | None:
    """The section for ``engine`` and ``unit``; ``None`` if there is none (or the file is
    not this project's index, or damaged: it is then built again; or no file is kept)."""
    archive = None if path is None else _open(path)
    if archive is None:
        return None
    with archive:
        meta = _read_meta(archive, project_uuid)
        sections = meta.get("sections", []) if meta else []
        for i, section in enumerate(sections):
            if section.get("engine") == engine.name and section.get("unit") == unit:
                try:
                    return _section(archive, f"s{i}", section, engine)
                except (KeyError, ValueError, TypeError, OSError, zipfile.BadZipFile) as exc:
                    log.warning("ignoring a damaged index section in %s: %s", path, exc)
                    return None
    return None


def _section(archive: Any, key: str, meta: dict[str, Any], engine: Engine) -> UnitIndex:
    documents = [IndexedDocument(str(d["uuid"]), str(d["sha256"]), str(d["language"]),
                                 int(d["first"]), int(d["count"])) for d in meta["documents"]]
    prefix = f"{key}/store/"
    store = engine.load(_decoded({name[len(prefix):]: archive[name] for name in archive.files
                                  if name.startswith(prefix)}))
    starts, ends = archive[f"{key}/starts"], archive[f"{key}/ends"]
    rows = sum(d.count for d in documents)
    if not (starts.shape == ends.shape == (rows,) == (store.rows,)):
        raise ValueError("the passages and their vectors do not match")
    return UnitIndex(str(meta["engine"]), str(meta["engine_version"]), str(meta["unit"]),
                     documents, starts.astype(np.int64), ends.astype(np.int64), store)


def _encoded(arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """String arrays as one UTF-8 text (a fixed-width NumPy string array wastes space)."""
    out = {}
    for name, value in arrays.items():
        if value.dtype.kind == "U":
            joined = "\n".join(str(v) for v in value).encode("utf-8")
            out[f"{name}.lines"] = np.frombuffer(joined, dtype=np.uint8)
        else:
            out[name] = value
    return out


def _decoded(arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    out = {}
    for name, value in arrays.items():
        if name.endswith(".lines"):
            text = bytes(value).decode("utf-8")
            out[name[:-6]] = np.array(text.split("\n") if text else [], dtype=str)
        else:
            out[name] = value
    return out


def write(path: Path, project_uuid: str, index: UnitIndex) -> None:
    """Save ``index`` as its engine's and unit's section; other sections stay as they were.

    Raises ``OSError`` subclasses' one-line :class:`~qda_app.errors.OutputError` when the
    folder cannot be written.
    """
    arrays: dict[str, np.ndarray] = {}
    sections: list[dict[str, Any]] = []
    old = _open(path)
    try:
        meta = _read_meta(old, project_uuid) if old is not None else None
        for i, section in enumerate(meta.get("sections", []) if meta else []):
            if (section.get("engine"), section.get("unit")) == (index.engine, index.unit):
                continue
            key = f"s{len(sections)}"
            try:
                arrays.update({key + name[len(f"s{i}"):]: old[name] for name in old.files
                               if name.startswith(f"s{i}/")})
            except (OSError, ValueError, zipfile.BadZipFile):
                continue  # a damaged section of another unit: it is built again when asked
            sections.append(section)
        sections.append(_describe(index))
        key = f"s{len(sections) - 1}"
        arrays[f"{key}/starts"], arrays[f"{key}/ends"] = index.starts, index.ends
        arrays.update({f"{key}/store/{k}": v for k, v in _encoded(index.store.arrays()).items()})
        meta = {"format": FORMAT, "version": FORMAT_VERSION, "project": project_uuid,
                "sections": sections}
        arrays = {"meta": np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
                  **arrays}
        with atomic_output(path, force=True) as tmp, tmp.open("wb") as fh:
            np.savez(fh, **arrays)  # type: ignore[arg-type]  # names, not flags
    finally:
        if old is not None:
            old.close()


def _describe(index: UnitIndex) -> dict[str, Any]:
    return {"engine": index.engine, "engine_version": index.engine_version,
            "unit": index.unit,
            "documents": [{"uuid": d.uuid, "sha256": d.sha256, "language": d.language,
                           "first": d.first, "count": d.count} for d in index.documents]}
