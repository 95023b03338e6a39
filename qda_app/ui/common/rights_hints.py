"""Why an entry is disabled in a team project, and the one way to disable it.

The rights themselves come from the core (:meth:`Project.rights`, kept by the
workbench as ``bench.rights``); the features only ask them. What they show when the
answer is no lives here, so that every pane says it the same way: the entry stays in
its place, greyed, and its tooltip says who may do it (as MAXQDA and ATLAS.ti do),
instead of a refusal from the database after the click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
PLAIN_TIP = "kodierwerkPlainToolTip"
"""The dynamic property that keeps an entry's own tooltip while a hint replaces it."""


def documents() -> str:
    return translate("RightsHints", "Only the team's lead changes documents.")


def variables() -> str:
    return translate("RightsHints", "Only the team's lead changes document variables.")


def sets() -> str:
    return translate("RightsHints", "Only the team's lead changes sets.")


def reader() -> str:
    return translate("RightsHints", "A reader reads and exports: coding and memos are the "
                                    "coders'.")


def add_codes() -> str:
    return translate("RightsHints", "Only the team's lead adds codes, unless they let coders "
                                    "add them (Team Settings).")


def others_memo(author: str | None) -> str:
    """The memo (or coding) of someone else: a coder reads it, only its author and the lead
    change it."""
    if not author:
        return translate("RightsHints", "Only the team's lead changes this memo (its author "
                                        "is not known).")
    return translate("RightsHints", "Written by {0}: you can read it; only {0} or the "
                                    "team's lead can change it.").format(author)


def others_coding(coder: str) -> str:
    """A coding by someone else: a coder sees it, only its coder and the lead change it."""
    return translate("RightsHints", "Coded by {0}: only {0} or the team's lead can change "
                                    "this coding.").format(coder)


def allow(entry: QAction | QWidget, allowed: bool, why: str, enabled: bool = True) -> None:
    """Enable ``entry`` when ``allowed`` (and ``enabled``: what it needs is there, e.g. a
    current row); when not allowed, grey it with ``why`` as its tooltip (its own tooltip
    comes back once it is allowed again)."""
    if entry.property(PLAIN_TIP) is None:
        entry.setProperty(PLAIN_TIP, entry.toolTip() if isinstance(entry, QWidget) else "")
    entry.setEnabled(allowed and enabled)
    entry.setToolTip(str(entry.property(PLAIN_TIP)) if allowed else why)
