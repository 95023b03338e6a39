"""Where the Assist pane is reached: Analysis → Similar Passages…, Suggest Codes for
Selection…, Consistency Check…, and "More Like This" in the transcript's context menu
(on a selection, or on a coding under the mouse)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...records import Coding
from .assist_pane import AssistPane

Extension = Callable[[QMenu, list[Coding]], None]


def install(pane: AssistPane, analysis: QMenu, transcript_extensions: list[Extension]
            ) -> list[QAction]:
    """Add the pane's entries to the Analysis menu and to the transcript's context menu."""
    window = pane.bench.window
    analysis.addSeparator()
    entries = [
        (QCoreApplication.translate("AssistMenu", "Similar &Passages…"),
         "similarPassagesAction", lambda: similar(pane)),
        (QCoreApplication.translate("AssistMenu", "Suggest Codes for &Selection…"),
         "suggestCodesAction", pane.suggest_for_selection),
        (QCoreApplication.translate("AssistMenu", "Consistency C&heck…"),
         "consistencyCheckAction", pane.check_consistency)]
    actions = []
    for text, name, slot in entries:
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, s=slot: s())
        analysis.addAction(action)
        actions.append(action)
    transcript_extensions.append(lambda menu, here: extend(pane, menu, here))
    return actions


def similar(pane: AssistPane) -> None:
    """Passages like the selection, if there is one; otherwise a sentence to type."""
    if pane.selection() is not None:
        pane.from_selection()
        return
    pane.open_pane()
    pane.tabs.setCurrentIndex(0)
    pane.query.setFocus()


def extend(pane: AssistPane, menu: QMenu, here: list[Coding]) -> None:
    """The transcript's context menu: "More Like This" for the selection or a coding."""
    menu.addSeparator()
    if pane.selection() is not None:
        like = menu.addAction(QCoreApplication.translate("AssistMenu", "More Like This"))
        like.setObjectName("moreLikeThisAction")
        like.triggered.connect(lambda _checked=False: pane.from_selection())
        suggest = menu.addAction(QCoreApplication.translate("AssistMenu", "Suggest Codes…"))
        suggest.setObjectName("suggestHereAction")
        suggest.triggered.connect(lambda _checked=False: pane.suggest_for_selection())
        return
    for coding in here:
        action = menu.addAction(QCoreApplication.translate(
            "AssistMenu", "More Like This Coding of “{0}”").format(coding.code))
        action.setObjectName("moreLikeCodingAction")
        action.triggered.connect(lambda _checked=False, c=coding: pane.more_like_this(c))
