"""The lexical engine: TF-IDF over lemmas, cosine similarity. Always installed.

A passage is the terms :class:`~.terms.Analyzer` finds in it (lemmas of its content
words). Each term weighs ``(1 + log tf) * idf`` with ``idf = log((1 + N) / (1 + df)) + 1``
over the N passages of the index (scikit-learn's smoothed, sublinear TF-IDF), and every
vector is L2-normalised, so two passages score the cosine of their weighted terms: 1
for the same words, 0 for none in common, whatever their length.

The index keeps raw term counts, not weights: the weights depend on every passage, and
keeping counts lets documents be added or dropped without recounting the others (the
weights are worked out again when the index is loaded, in milliseconds). The counts are
a ``scipy.sparse`` matrix, passages × terms; a query is one sparse product.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from scipy import sparse

from .engine import Engine, Matrix, Store, Tick
from .terms import Analyzer

VERSION = "tfidf-lemma-1"
_BATCH = 512


class LexicalStore(Store):
    def __init__(self, vocabulary: list[str], counts: sparse.csr_matrix) -> None:
        self.vocabulary = vocabulary
        """Every term, at its column; a new document's terms are added at the end."""
        self.counts = counts
        self._ids: dict[str, int] | None = None
        self._weights: tuple[np.ndarray, sparse.csr_matrix] | None = None

    @property
    def rows(self) -> int:
        return int(self.counts.shape[0])

    def ids(self) -> dict[str, int]:
        if self._ids is None:
            self._ids = {term: i for i, term in enumerate(self.vocabulary)}
        return self._ids

    def concat(self, other: Store) -> LexicalStore:
        assert isinstance(other, LexicalStore)
        ids = dict(self.ids())
        vocabulary = list(self.vocabulary)
        column = np.empty(len(other.vocabulary), dtype=np.int64)
        for i, term in enumerate(other.vocabulary):
            found = ids.get(term)
            if found is None:
                found = ids[term] = len(vocabulary)
                vocabulary.append(term)
            column[i] = found
        theirs = other.counts.tocoo()
        moved = sparse.csr_matrix((theirs.data, (theirs.row, column[theirs.col])),
                                  shape=(other.rows, len(vocabulary)), dtype=np.float32)
        mine = self.counts.copy()
        mine.resize((self.rows, len(vocabulary)))
        store = LexicalStore(vocabulary, sparse.vstack([mine, moved], format="csr"))
        store._ids = ids
        return store

    def take(self, rows: np.ndarray) -> LexicalStore:
        return LexicalStore(self.vocabulary, self.counts[rows])

    def arrays(self) -> dict[str, np.ndarray]:
        c = self.counts
        return {"vocabulary": np.array(self.vocabulary, dtype=str), "indptr": c.indptr,
                "indices": c.indices, "data": c.data}

    def weights(self) -> tuple[np.ndarray, sparse.csr_matrix]:
        """``(idf, normalised passage vectors)``, worked out once."""
        if self._weights is None:
            df = np.bincount(self.counts.indices, minlength=len(self.vocabulary))
            idf = (np.log((1 + self.rows) / (1 + df)) + 1).astype(np.float32)
            self._weights = idf, _normalised(self.counts, idf)
        return self._weights

    def matrix(self) -> Matrix:
        return self.weights()[1]

    def pool(self, cover: sparse.csr_matrix) -> Matrix:
        return _normalised(sparse.csr_matrix(cover @ self.counts), self.weights()[0])


def _normalised(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """Sublinear TF-IDF of ``counts``, each row scaled to length 1 (empty rows stay 0)."""
    weighted = counts.astype(np.float32, copy=True)
    weighted.data = (1 + np.log(weighted.data)) * idf[weighted.indices]
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sparse.csr_matrix(sparse.diags(1 / norms) @ weighted, dtype=np.float32)


class LexicalEngine(Engine):
    name = "lexical"
    label = "lexical (TF-IDF over lemmas)"
    related = 0.5
    """Wording repeated, not just a topic: fewer than one pair in a hundred of the
    protocol's passages taken at random reach 0.29."""
    unrelated = 0.05
    """At most a common word or two in common."""

    def __init__(self) -> None:
        self.analyzer = Analyzer()

    @property
    def version(self) -> str:
        import simplemma

        return f"{VERSION}/simplemma-{getattr(simplemma, '__version__', '?')}"

    def encode(self, texts: Sequence[str], language: str, tick: Tick | None = None
               ) -> LexicalStore:
        vocabulary: list[str] = []
        ids: dict[str, int] = {}
        indptr, columns = [0], []
        for i, text in enumerate(texts):
            for term in self.analyzer.terms(text, language):
                found = ids.get(term)
                if found is None:
                    found = ids[term] = len(vocabulary)
                    vocabulary.append(term)
                columns.append(found)
            indptr.append(len(columns))
            if tick is not None and (i + 1) % _BATCH == 0:
                tick(_BATCH)
        if tick is not None:
            tick(len(texts) % _BATCH)
        ones = np.ones(len(columns), dtype=np.float32)
        counts = sparse.csr_matrix((ones, np.array(columns, dtype=np.int32), indptr),
                                   shape=(len(texts), len(vocabulary)))
        counts.sum_duplicates()  # a term twice in a passage: one column with 2
        store = LexicalStore(vocabulary, counts)
        store._ids = ids
        return store

    def empty(self) -> LexicalStore:
        return LexicalStore([], sparse.csr_matrix((0, 0), dtype=np.float32))

    def load(self, arrays: Mapping[str, np.ndarray]) -> LexicalStore:
        vocabulary = [str(t) for t in arrays["vocabulary"]]
        indptr = arrays["indptr"]
        counts = sparse.csr_matrix(
            (arrays["data"].astype(np.float32), arrays["indices"], indptr),
            shape=(len(indptr) - 1, len(vocabulary)))
        counts.check_format(full_check=True)  # a damaged file: ValueError, rebuilt
        return LexicalStore(vocabulary, counts)

    def query(self, store: Store, texts: Sequence[str]) -> Matrix:
        assert isinstance(store, LexicalStore)
        from .terms import guess_language

        ids = store.ids()
        rows, columns = [], []
        for i, text in enumerate(texts):
            for term in self.analyzer.terms(text, guess_language(text)):
                found = ids.get(term)
                if found is not None:  # a word no passage has cannot make one similar
                    rows.append(i)
                    columns.append(found)
        counts = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, columns)),
                                   shape=(len(texts), len(store.vocabulary)))
        return _normalised(counts, store.weights()[0])
