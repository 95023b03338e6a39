"""Dates at or past the ends of the calendar: one date is dropped and reported, never the project.

Before, a ``.qdpx`` with ``9999-12-31T23:59:59-05:00`` (past Python's last day once
moved to UTC) was refused whole with a raw ``OverflowError``; a year-1 date already
in a project made the ``.qdpx`` export invalid, and a 9999 date broke the Excel
export east of UTC.
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import openpyxl
import pytest

from qda_app import Project
from qda_app.exporters.segments import export_segments
from qda_app.records import CodingSpec
from qda_app.refi import export_qdpx, import_qdpx, read_qdpx

CODE = "11111111-0000-0000-0000-000000000000"


def qdpx_with_dates(path: Path, dates: list[tuple[str, str]]) -> Path:
    """One coding per (selection date, coding date)."""
    selections = "".join(
        f'<PlainTextSelection guid="22222222-0000-0000-0000-{i:012d}" startPosition="{i}" '
        f'endPosition="{i + 1}" creationDateTime="{outer}"><Coding '
        f'guid="33333333-0000-0000-0000-{i:012d}" creationDateTime="{inner}">'
        f'<CodeRef targetGUID="{CODE}"/></Coding></PlainTextSelection>'
        for i, (outer, inner) in enumerate(dates))
    qde = ('<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
           f'name="Daten"><CodeBook><Codes><Code guid="{CODE}" name="A" isCodable="true"/>'
           '</Codes></CodeBook><Sources><TextSource guid="44444444-0000-0000-0000-000000000000" '
           f'name="t"><PlainTextContent>Hallo Welt</PlainTextContent>{selections}'
           '</TextSource></Sources></Project>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", qde)
    return path


def test_an_impossible_date_is_dropped_and_reported_not_the_project(tmp_path: Path) -> None:
    good = "2024-03-01T10:00:00Z"
    source = qdpx_with_dates(tmp_path / "daten.qdpx", [
        (good, "9999-12-31T23:59:59-05:00"),  # OverflowError before: the selection's date stays
        ("0001-01-01T00:00:00+05:00", "99999-01-01T00:00:00Z"),  # nothing usable: import time
        (good, good),
    ])
    before = datetime.now(timezone.utc)
    report = import_qdpx(source, tmp_path / "daten.qda")
    assert report.codings == 3
    assert ("ignored 3 unreadable or impossible dates (the coding keeps another of its dates, "
            "or gets the time of the import): 9999-12-31T23:59:59-05:00, "
            "99999-01-01T00:00:00Z, 0001-01-01T00:00:00+05:00") in report.details()
    with Project.open(tmp_path / "daten.qda") as p:
        created = [s.created for s in sorted(p.segments(), key=lambda s: s.start)]
    kept = datetime(2024, 3, 1, 10, tzinfo=timezone.utc)
    assert created[0] == created[2] == kept
    assert before - timedelta(seconds=1) <= created[1] <= datetime.now(timezone.utc)


@pytest.mark.parametrize("date", ["1899-12-30T00:00:00Z", "9999-01-01T00:00:00Z",
                                  "0000-01-01T00:00:00Z", "2024-13-01T00:00:00Z", "gestern"])
def test_dates_outside_what_exports_can_hold_are_not_read(tmp_path: Path, date: str) -> None:
    """1899-12-30 is the "no date" of Delphi tools; years from 9999 have no local time east
    of UTC."""
    exchange, report = read_qdpx(qdpx_with_dates(tmp_path / "d.qdpx", [(date, date)]))
    assert exchange.documents[0].codings[0].created is None
    assert any(line.startswith("ignored 2 unreadable or impossible dates ")
               for line in report.details())


@pytest.fixture
def tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time nine hours east of UTC."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("created", [datetime(1, 1, 1, tzinfo=timezone.utc),
                                     datetime(9999, 12, 31, 23, tzinfo=timezone.utc)])
def test_a_project_with_dates_at_the_ends_of_the_calendar_still_exports(
        project: Project, tmp_path: Path, tokyo: None, created: datetime) -> None:
    """Such dates came in through earlier imports and scripts: every export still works."""
    project.add_document("d", "Hallo Welt")
    project.add_code("A")
    project.add_codings([CodingSpec("d", "A", 0, 5, created=created, modified=created)])
    export_qdpx(project, tmp_path / "p.qdpx")  # invalid XML Schema date for year 1 before
    exchange, _ = read_qdpx(tmp_path / "p.qdpx")
    assert exchange.documents[0].codings[0].start == 0
    export_segments(project, tmp_path / "s.xlsx")  # OverflowError in Tokyo for 9999 before
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx").active
    assert sheet is not None and sheet.cell(2, 1).value == "d"
