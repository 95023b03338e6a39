"""Issue 11 speed bounds for document variables, sets and crosstabs.

On the 500-interview project of ``bench_data.py`` (the 2 MB text cut into 487
documents with their speaker turns, 20,000 codings; 13 short notes make it 500), given
20 variables (five each of
text, whole number, decimal and date, plus yes/no among them; 10,000 values) and three
sets, copied once into ``benchmarks/data/``; and on the benchmark project itself (one
2 MB document, 20,000 codings; ``bench_data.py``):

- Analysis → Document Variables… opened until shown, 500 documents × 20 variables
  ≤ 0.5 s; the table read by the core (``Project.variable_table``);
- crosstab ≤ 0.5 s: by a text variable, by a whole number in ranges, by sets, by
  speakers, on both projects;
- a condition evaluated over 500 documents; the retrieval of a set's codings;
- 10,000 values imported from a ``.csv`` (planned, then written in one transaction).

Run: ``python benchmarks/bench_analysis_variables.py``; exits 1 if a bound is missed.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_data import DATA, ensure_bench_project, ensure_interviews, median_time, report

from qda_app import Project
from qda_app.analysis.crosstab import CrosstabQuery, crosstab
from qda_app.exporters.options import ExportOptions
from qda_app.exporters.registry import exporter_for
from qda_app.importers.variable_import import apply_import, plan_import

VARIABLES = DATA / "bench-500-variables.qda"
REGIONS = ("Thüringen", "Sachsen", "Bayern", "Hessen", "Bremen", "Berlin")
KINDS = ("text", "integer", "decimal", "date", "boolean")


def _value(kind: str, rng: random.Random) -> str:
    if kind == "text":
        return rng.choice(REGIONS)
    if kind == "integer":
        return str(rng.randint(18, 80))
    if kind == "decimal":
        return f"{rng.uniform(500, 5000):.2f}".replace(".", ",")
    if kind == "date":
        return f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(2019, 2024)}"
    return rng.choice(("ja", "nein"))


def ensure_variables() -> Path:
    """The 500 interviews with 20 variables (a value for every document) and three sets."""
    if VARIABLES.exists():
        return VARIABLES
    tmp = VARIABLES.with_suffix(".tmp")
    shutil.copy(ensure_interviews(), tmp)
    rng = random.Random(11)
    with Project.open(tmp) as p:
        for i in range(len(p.documents()), 500):  # the cut makes 487: short notes fill up
            p.add_document(f"Notiz {i + 1}", f"Feldnotiz {i + 1}: kein Interview.\n")
        names = [(f"{kind.capitalize()} {i + 1}", kind) for i in range(4) for kind in KINDS]
        docs = [d.uuid for d in p.documents()]
        p.set_variables([(doc, name, _value(kind, rng)) for doc in docs
                         for name, kind in names], define=names)
        p.add_set("Thüringen", where="Text 1 = Thüringen")
        p.add_set("Jung", where="Integer 1 < 35")
        p.add_set("Erste hundert", documents=docs[:100])
    tmp.replace(VARIABLES)
    return VARIABLES


def core(path: Path, label: str) -> list[tuple[str, float, float | None]]:
    results: list[tuple[str, float, float | None]] = []
    with Project.open(path) as p:
        variables = p.variables()
        if variables:
            table = p.variable_table()
            results.append((f"{label}: variable table read ({len(table.documents)} documents "
                            f"× {len(table.variables)} variables)",
                            median_time(p.variable_table), None))
            text = next(v.name for v in variables if v.type == "text")
            number = next(v.name for v in variables if v.type == "integer")
            queries = [(f"by a text variable ({text})", CrosstabQuery(variable=text)),
                       (f"by a whole number in 5 ranges ({number})",
                        CrosstabQuery(variable=number, bins=5)),
                       ("by sets", CrosstabQuery(by="sets"))]
        else:
            p.add_variable("Region")
            p.set_variable(p.documents()[0].uuid, "Region", "Thüringen")
            queries = [("by a text variable", CrosstabQuery(variable="Region"))]
        queries.append(("by speakers", CrosstabQuery(by="speakers")))
        for what, query in queries:
            results.append((f"{label}: crosstab {what}",
                            median_time(lambda q=query: crosstab(p, q)), 0.5))
        if variables:
            condition = f"{text} = Thüringen and {number} < 40"
            found = len(p.documents_where(condition))
            results.append((f"{label}: condition over 500 documents ({found} match)",
                            median_time(lambda: p.documents_where(condition)), None))
            n = len(p.spans(set="Thüringen"))
            results.append((f"{label}: the {n:,} codings of a set (spans)",
                            median_time(lambda: p.spans(set="Thüringen")), None))
    return results


def import_values(path: Path) -> list[tuple[str, float, float | None]]:
    """Export the 10,000 values to a .csv, delete the variables, import them again."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "p.qda"
        shutil.copy(path, copy)
        sheet = Path(folder) / "v.csv"
        with Project.open(copy) as p:
            exporter_for("variables").run(p, sheet, ExportOptions(delimiter="semicolon"))
            for v in p.variables():
                p.delete_variable(v.uuid)
            t = time.perf_counter()
            plan = plan_import(p, sheet)
            apply_import(p, plan)
            seconds = time.perf_counter() - t
    return [(f"500 documents: import {len(plan.writes):,} values from a .csv (plan and write)",
             seconds, None)]


def window(path: Path, label: str) -> list[tuple[str, float, float | None]]:
    """Analysis → Document Variables… until shown and painted, in a fresh main window."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from qda_app.ui.main_window import MainWindow
    from qda_app.ui.menus import action
    from qda_app.ui.settings import AppSettings
    from qda_app.ui.variables.variable_window import VariableWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    times = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
            main_window = MainWindow(Project.open(path), AppSettings(settings))
            main_window.show()
            app.processEvents()
            t = time.perf_counter()
            action(main_window, "variableTableAction").trigger()
            found = main_window.findChild(VariableWindow)
            assert found is not None
            found.repaint()
            app.processEvents()
            times.append(time.perf_counter() - t)
            main_window.close()
    return [(f"{label}: window Document Variables opened until shown",
             statistics.median(times), 0.5)]


def main() -> int:
    variables = ensure_variables()
    results = core(variables, "500 documents")
    with tempfile.TemporaryDirectory() as folder:  # a variable is added: not to the shared file
        copy = Path(folder) / "bench.qda"
        shutil.copy(ensure_bench_project(), copy)
        results += core(copy, "2 MB, 1 document")
    results += import_values(variables)
    results += window(variables, "500 documents × 20 variables")
    return report(results, note="offscreen Qt for the window")


if __name__ == "__main__":
    sys.exit(main())
