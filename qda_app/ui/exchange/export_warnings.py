"""What to know before a REFI-QDA export is written, said in the app: Cancel or Export anyway.

The core finds it (:mod:`qda_app.refi.names`, through the exporter registry's
``check``); here each finding becomes a line in the interface's language, and
the user decides. ``qda_app.refi`` (and lxml with it) is loaded only when a
check has found something, not when the window starts. The question sits
behind a ``classmethod ask()`` so that tests answer it with ``monkeypatch``;
:func:`warnings_box` builds the box itself, for tests that look at it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ...exporters.registry import Reported

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def warning_text(warning: Reported) -> str:
    """One finding as a line of the interface (the command line prints ``line()``)."""
    from ...refi.names import CodedCategory, NameClash  # loaded by the check already (lxml)

    if isinstance(warning, NameClash):
        text = (translate("ExportWarnings", "{0} categories are named “{1}”: {2}")
                if warning.category else
                translate("ExportWarnings", "{0} codes are named “{1}”: {2}"))
        return text.format(len(warning.paths), warning.name, ", ".join(warning.paths))
    if isinstance(warning, CodedCategory):
        return translate("ExportWarnings", "The category “{0}” has {1} codings of its own; "
                         "QualCoder drops codings of a category.").format(warning.path,
                                                                         warning.codings)
    return warning.line()


def warnings_box(parent: QWidget | None, title: str,
                 warnings: Sequence[Reported]) -> tuple[QMessageBox, QPushButton]:
    """The question (not shown yet) and its "Export anyway" button."""
    from ...refi.names import NameClash

    if any(isinstance(w, NameClash) for w in warnings):
        text = translate("ExportWarnings", "QualCoder needs unique code names: it would take "
                         "codes that share a name for one, and their codings would lose their "
                         "code. Tick “Unique code names” in the export options to qualify them "
                         "in the file.")
    else:
        text = translate("ExportWarnings", "Other programs may not read everything of this "
                         "export.")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    box.setObjectName("exportWarnings")
    box.setInformativeText("\n".join(f"• {warning_text(w)}" for w in warnings))
    anyway = box.addButton(translate("ExportWarnings", "Export anyway"),
                           QMessageBox.ButtonRole.AcceptRole)
    anyway.setObjectName("exportAnyway")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box, anyway


class ExportWarningsDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, warnings: Sequence[Reported]) -> bool:
        """Whether to write the export all the same (``False``: Cancel)."""
        box, anyway = warnings_box(parent, title, warnings)
        try:
            box.exec()
            return box.clickedButton() is anyway
        finally:
            box.deleteLater()
