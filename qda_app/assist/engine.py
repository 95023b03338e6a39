"""The engines behind the assistance, one interface: passages in, comparable vectors out.

An engine turns passages into a :class:`Store` (one vector a passage, kept in the index
file) and a query into vectors of the same space. Every similarity is a cosine: the
dot product of L2-normalised vectors, so 1 is "the same", 0 "nothing in common", and a
score means the same for a typed sentence, a selection and a coding.

Two engines exist: the **lexical** one (:mod:`.lexical`: TF-IDF over lemmas, always
there) and the **semantic** one (:mod:`.semantic`: a sentence-embedding model shipped
inside a package, the optional extra ``kodierwerk[assist]``). :func:`choose` picks the
semantic engine when it is installed and the lexical one otherwise; asking for the
semantic one without the extra is refused with :data:`MISSING_EXTRA`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
from scipy import sparse

from ..errors import InvalidValueError, QdaError

ENGINES = ("auto", "lexical", "semantic")
MISSING_EXTRA = ("semantic search needs `pip install 'kodierwerk[assist]'`; "
                 "using the lexical engine")
"""The one line said when the semantic engine is wanted but not installed."""

Matrix = Any
"""Rows of L2-normalised vectors: a ``numpy`` array or a ``scipy.sparse`` CSR matrix."""
Tick = Callable[[int], None]
"""Told how many passages of a batch are done; raises to stop (the index's Cancel)."""


class SemanticUnavailable(QdaError):
    """The semantic engine was asked for, but the extra is not installed."""


class Store(ABC):
    """The vectors of some passages, in the order they were given; what the index saves."""

    @property
    @abstractmethod
    def rows(self) -> int: ...

    @abstractmethod
    def concat(self, other: Store) -> Store:
        """These passages, then ``other``'s (a new store; neither is changed)."""

    @abstractmethod
    def take(self, rows: np.ndarray) -> Store:
        """Only the passages at ``rows`` (sorted indices), in that order."""

    @abstractmethod
    def arrays(self) -> dict[str, np.ndarray]:
        """What the index file keeps; :meth:`Engine.load` reads it back."""

    @abstractmethod
    def matrix(self) -> Matrix:
        """One normalised vector a passage (rows in store order)."""

    @abstractmethod
    def pool(self, cover: sparse.csr_matrix) -> Matrix:
        """One normalised vector for each row of ``cover`` (groups × passages, 1 where a
        passage belongs to the group): a coding's vector from the passages it touches."""


class Engine(ABC):
    name: str
    """``lexical`` or ``semantic``: what the command line and the index file call it."""
    label: str
    """What the window shows."""
    related: float
    """A cosine from which two passages count as very similar (a consistency check's
    possible miss), for this engine's scale of scores."""
    unrelated: float
    """A cosine up to which two passages have about nothing in common."""

    @property
    @abstractmethod
    def version(self) -> str:
        """Changes whenever the same text would get other vectors: an index made by another
        version is rebuilt."""

    @abstractmethod
    def encode(self, texts: Sequence[str], language: str, tick: Tick | None = None) -> Store:
        """The vectors of ``texts`` (passages of one document, in ``language``)."""

    @abstractmethod
    def empty(self) -> Store: ...

    @abstractmethod
    def load(self, arrays: Mapping[str, np.ndarray]) -> Store:
        """A store from what :meth:`Store.arrays` gave; raises ``ValueError`` if damaged."""

    @abstractmethod
    def query(self, store: Store, texts: Sequence[str]) -> Matrix:
        """Normalised vectors of ``texts`` in the space of ``store``."""


def similarities(queries: Matrix, targets: Matrix) -> np.ndarray:
    """Cosines of every query with every target, a dense ``float32`` array."""
    product = queries @ targets.T
    if sparse.issparse(product):
        product = product.toarray()
    return np.asarray(product, dtype=np.float32)


def semantic_available() -> bool:
    from . import semantic

    return semantic.available()


def choose(name: str = "auto") -> tuple[Engine, str | None]:
    """The engine called ``name`` (``auto``: semantic if installed, else lexical), and a
    line to tell the user when ``auto`` had to fall back (``None`` otherwise)."""
    if name not in ENGINES:
        raise InvalidValueError(f"unknown engine {name!r}: use {', '.join(ENGINES)}")
    from . import lexical, semantic

    if name == "lexical":
        return lexical.LexicalEngine(), None
    if semantic.available():
        return semantic.default_engine(), None
    if name == "semantic":
        raise SemanticUnavailable(MISSING_EXTRA.split(";")[0])
    return lexical.LexicalEngine(), MISSING_EXTRA
