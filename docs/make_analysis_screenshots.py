"""Render the Code Co-occurrence and Word Frequencies windows on the sample project to
``docs/screenshots/cooccurrence.png`` and ``docs/screenshots/word-frequencies.png``.

The co-occurrence counts codings in the same speaker turn, with the pairs of the fullest
cell listed below the matrix; the word frequencies show the places of one word.

Run: ``python docs/make_analysis_screenshots.py [FOLDER]`` (offscreen; no display needed).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sample_window import FULL_HD, OUT, application, main_window, sample_project

os.environ.setdefault("QT_QPA_PLATFORM", FULL_HD)  # room for the whole matrix

from qda_app.ui.analysis.cooccurrence_window import CooccurrenceWindow
from qda_app.ui.analysis.word_window import WordFrequencyWindow
from qda_app.ui.menus import action


def main(out: Path = OUT) -> None:
    app = application()
    window = main_window(sample_project())
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    action(window, "cooccurrenceAction").trigger()
    co = window.findChild(CooccurrenceWindow)
    assert isinstance(co, CooccurrenceWindow)
    co.unit.set_unit("turn")
    model = co.model
    n = len(model.codes)
    row, column = max(((r, c) for r in range(n) for c in range(n) if r != c),
                      key=lambda rc: model.count_at(*rc))
    co.table.setCurrentIndex(model.index(row, column))
    co.list_pairs(row, column)
    table = co.table
    needed = table.horizontalHeader().height() + table.verticalHeader().length() + 24
    co.resize(table.verticalHeader().width() + table.horizontalHeader().length() + 48, 700)
    co.splitter.setSizes([needed, co.splitter.height() - needed])
    app.processEvents()
    co.grab().save(str(out / "cooccurrence.png"))
    action(window, "wordFrequencyAction").trigger()
    words = window.findChild(WordFrequencyWindow)
    assert isinstance(words, WordFrequencyWindow)
    words.resize(900, 680)
    row = next(r for r in range(words.proxy.rowCount()) if words.word_at(r).word == "Zugang")
    words.table.selectRow(row)
    app.processEvents()
    words.grab().save(str(out / "word-frequencies.png"))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
