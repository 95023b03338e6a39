"""How the window names memo kinds and what a memo belongs to, in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from ...records import MemoTarget
from ...text_format import one_line

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

KINDS = ("project", "document", "code", "text", "free", "coding")
"""Memo kinds as the window lists them: the core's five and a coding's memo."""


def kind_label(kind: str) -> str:
    return {
        "project": translate("MemoLabels", "Project memo"),
        "document": translate("MemoLabels", "Document memo"),
        "code": translate("MemoLabels", "Code memo"),
        "text": translate("MemoLabels", "Memo in the text"),
        "free": translate("MemoLabels", "Free memo"),
        "coding": translate("MemoLabels", "Coding memo"),
    }.get(kind, kind)


def target_label(target: MemoTarget, document_name: Callable[[str], str],
                 excerpt: Callable[[str, int, int], str]) -> str:
    """One line naming what a memo belongs to: ``document_name(uuid)`` names a coding's
    document, ``excerpt(uuid, start, end)`` gives a passage's words."""
    if target.kind == "document":
        return translate("MemoLabels", "Document: {0}").format(target.name)
    if target.kind == "code":
        return translate("MemoLabels", "Code: {0}").format(target.name)
    if target.kind == "passage" and target.start is not None and target.end is not None:
        words = one_line(excerpt(target.uuid, target.start, target.end), 40)
        return translate("MemoLabels", "{0}: “{1}”").format(target.name, words)
    if target.kind == "coding" and target.document_uuid:
        return translate("MemoLabels", "Coding {0} in {1}").format(
            target.name, document_name(target.document_uuid))
    if target.kind == "memo":
        return translate("MemoLabels", "Memo: {0}").format(
            target.name or translate("MemoLabels", "(untitled)"))
    return target.name


def local_time(moment: datetime) -> QDateTime:
    """A stored (UTC) time as Qt's local time: what lists show and sort by."""
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000)).toLocalTime()


def when(moment: datetime) -> str:
    """A date and time as the user's locale writes it, in local time."""
    return QLocale().toString(local_time(moment), QLocale.FormatType.ShortFormat)
