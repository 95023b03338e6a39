"""What two codings must share to co-occur, as the user chooses it: a list of the units and,
for "within N characters", the distance."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from ...analysis.units import UNITS

LABELS = {
    "overlap": QT_TRANSLATE_NOOP("UnitChooser", "Overlapping codings"),
    "paragraph": QT_TRANSLATE_NOOP("UnitChooser", "In the same paragraph"),
    "turn": QT_TRANSLATE_NOOP("UnitChooser", "In the same speaker turn"),
    "near": QT_TRANSLATE_NOOP("UnitChooser", "Within N characters"),
}
PHRASES = {
    "overlap": QT_TRANSLATE_NOOP("UnitChooser", "overlapping"),
    "paragraph": QT_TRANSLATE_NOOP("UnitChooser", "in the same paragraph"),
    "turn": QT_TRANSLATE_NOOP("UnitChooser", "in the same speaker turn"),
    "near": QT_TRANSLATE_NOOP("UnitChooser", "at most {0} characters apart"),
}
"""How a sentence says it: "4 pairs of codings (in the same paragraph)"."""
MAX_DISTANCE = 100_000
DEFAULT_NEAR = 100
"""The distance offered when "within N characters" is first chosen."""


def unit_label(unit: str) -> str:
    return QCoreApplication.translate("UnitChooser", str(LABELS[unit]))


def unit_phrase(unit: str, distance: int) -> str:
    return QCoreApplication.translate("UnitChooser", str(PHRASES[unit])).format(distance)


class UnitChooser(QWidget):
    changed = Signal()
    """The unit or the distance changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units = QComboBox(self)
        self.units.setObjectName("cooccurrenceUnit")
        for unit in UNITS:
            self.units.addItem(unit_label(unit), unit)
        self.units.setToolTip(self.tr(
            "What two codings must share to count as a pair: at least one character of "
            "text, a paragraph (a line of the document), a speaker turn, or a stretch of at "
            "most N characters between them"))
        self.distance = QSpinBox(self)
        self.distance.setObjectName("cooccurrenceDistance")
        self.distance.setRange(0, MAX_DISTANCE)
        self.distance.setValue(DEFAULT_NEAR)
        self.distance.setSuffix(self.tr(" characters"))
        self.distance.setToolTip(self.tr("At most this many characters between the codings "
                                         "(0: touching or overlapping)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.units)
        layout.addWidget(self.distance)
        self.units.currentIndexChanged.connect(self._unit_changed)
        self.distance.valueChanged.connect(lambda _value: self.changed.emit())
        self._unit_changed()

    def unit(self) -> str:
        return str(self.units.currentData())

    def chosen_distance(self) -> int:
        """The distance, for "within N characters" (0 for the other units)."""
        return self.distance.value() if self.unit() == "near" else 0

    def set_unit(self, unit: str, distance: int = 0) -> None:
        if unit == "near":
            self.distance.setValue(distance)
        self.units.setCurrentIndex(max(self.units.findData(unit), 0))

    def _unit_changed(self) -> None:
        self.distance.setVisible(self.unit() == "near")
        self.changed.emit()
