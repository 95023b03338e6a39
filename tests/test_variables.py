"""Document variables through the facade: typed values, renames, retypes, undo's snapshots."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from qda_app import Changes, Project
from qda_app.errors import InvalidValueError, NotFoundError

from . import raw_sql
from .conftest import Place
from .variables_support import write_study


@pytest.fixture
def study(place: Place) -> Iterator[Project]:
    with Project.open(place(write_study, "studie.qda")) as p:
        yield p


def test_values_come_back_typed_per_document(study: Project) -> None:
    values = {v.name: v.value for v in study.variables("Interview 1")}
    assert values == {"Region": "Thüringen", "Alter": 34, "Raucher": True,
                      "Interview am": date(2024, 3, 12)}
    assert {v.name: v.value for v in study.variables("Interview 5")} == {
        "Region": None, "Alter": 28, "Raucher": None, "Interview am": None}


def test_definitions_list_types_in_column_order_with_counts(study: Project) -> None:
    assert [(v.name, v.type, v.values) for v in study.variables()] == [
        ("Region", "text", 4), ("Alter", "integer", 4), ("Raucher", "boolean", 4),
        ("Interview am", "date", 3)]


def test_a_value_is_checked_and_stored_in_its_canonical_form(study: Project) -> None:
    study.add_variable("Einkommen", "decimal")
    study.set_variable("Interview 2", "Einkommen", "2.500,50")
    assert study.variable_value("Interview 2", "Einkommen") == 2500.5
    study.set_variable("Interview 2", "Interview am", "2024-04-01")
    assert study.variable_value("Interview 2", "Interview am") == date(2024, 4, 1)
    with pytest.raises(InvalidValueError, match=r"^Alter: '3,5' is not a whole number$"):
        study.set_variable("Interview 2", "Alter", "3,5")
    assert study.variable_value("Interview 2", "Alter") == 45  # unchanged


def test_an_empty_value_clears_it(study: Project) -> None:
    study.set_variable("Interview 1", "Region", "")
    assert study.variable_value("Interview 1", "Region") is None
    assert study.variable("Region").values == 3


def test_unknown_variable_or_document_is_refused(study: Project) -> None:
    with pytest.raises(NotFoundError, match=r"no variable 'Geschlecht'.*variables: Region"):
        study.set_variable("Interview 1", "Geschlecht", "w")
    with pytest.raises(NotFoundError, match="no document"):
        study.set_variable("Interview 9", "Region", "Bayern")


def test_define_makes_the_variable_with_a_guessed_type(study: Project) -> None:
    made = study.set_variable("Interview 1", "Kinder", "2", define=True)
    assert (made.name, made.type, made.value) == ("Kinder", "integer", 2)
    assert study.set_variable("Interview 2", "Kinder", "3", define=True).value == 3


def test_names_are_unique_ignoring_case(study: Project) -> None:
    with pytest.raises(InvalidValueError, match="a variable 'region' exists already"):
        study.add_variable("region")
    with pytest.raises(InvalidValueError, match="exists already"):
        study.rename_variable("Alter", "REGION")
    assert study.variable("alter").name == "Alter"  # found ignoring case


def test_rename_keeps_the_values(study: Project) -> None:
    study.rename_variable("Alter", "Alter (Jahre)")
    assert study.variable_value("Interview 3", "Alter (Jahre)") == 61


def test_retype_converts_or_refuses_without_changing_anything(study: Project) -> None:
    study.retype_variable("Alter", "decimal")
    assert study.variable("Alter").type == "decimal"
    assert study.variable_value("Interview 1", "Alter") == 34.0
    study.retype_variable("Alter", "text")
    assert study.variable_value("Interview 1", "Alter") == "34"
    with pytest.raises(InvalidValueError) as caught:
        study.retype_variable("Region", "integer")
    assert str(caught.value) == ("cannot make Region a whole-number variable: 4 values do not "
                                 "fit, e.g. 'Thüringen' (Interview 1); change them first")
    assert study.variable("Region").type == "text"
    assert study.variable_value("Interview 1", "Region") == "Thüringen"


def test_delete_and_restore_put_back_name_place_type_and_values(study: Project) -> None:
    before = study.variable_table()
    snapshot = study.delete_variable("Raucher")
    assert [v.name for v in study.variables()] == ["Region", "Alter", "Interview am"]
    study.restore_variable(snapshot)
    assert study.variable_table() == before


def test_restore_undoes_a_retype_exactly(study: Project) -> None:
    study.set_variable("Interview 1", "Region", "0034")
    study.add_variable("Code", "text")
    study.set_variable("Interview 1", "Code", "0034")
    snapshot = study.snapshot_variable("Code")
    study.retype_variable("Code", "integer")
    assert study.variable_value("Interview 1", "Code") == 34
    study.restore_variable(snapshot)
    assert study.variable_value("Interview 1", "Code") == "0034"


def test_many_values_are_all_written_or_none(study: Project) -> None:
    before = study.variable_table()
    with pytest.raises(InvalidValueError, match=r"^Interview 3, Alter: 'alt' is not a whole"):
        study.set_variables([("Interview 1", "Alter", "35"), ("Interview 3", "Alter", "alt")])
    assert study.variable_table() == before
    n = study.set_variables([("Interview 1", "Alter", "35"), ("Interview 1", "Region", ""),
                             ("Interview 4", "Geschlecht", "w")],
                            define=[("Geschlecht", "text")])
    assert n == 3
    assert study.variable_value("Interview 4", "Geschlecht") == "w"


def test_the_table_has_a_row_per_document_and_a_column_per_variable(study: Project) -> None:
    table = study.variable_table()
    assert [v.name for v in table.variables] == ["Region", "Alter", "Raucher", "Interview am"]
    assert [name for _uuid, name in table.documents] == [f"Interview {i}" for i in range(1, 6)]
    assert table.values[3] == ("Bayern", None, True, date(2024, 4, 2))


def test_changes_announce_variables_and_the_document(study: Project) -> None:
    heard: list[Changes] = []
    study.subscribe(heard.append)
    study.set_variable("Interview 2", "Region", "Bayern")
    study.add_variable("Neu")
    doc = next(d for d in study.documents() if d.name == "Interview 2")
    assert heard[0].variables and heard[0].document_uuids == {doc.uuid}
    assert heard[1].variables and not heard[1].codings


def test_a_deleted_document_takes_its_values_along(study: Project) -> None:
    study.delete_document("Interview 1")
    assert study.variable("Region").values == 3
    assert len(study.variable_table().documents) == 4


def test_a_value_damaged_by_another_program_shows_as_none_and_check_says_so(
        study: Project) -> None:
    raw_sql.execute(  # as a broken script would write it
        study, "UPDATE variable_value SET value = 'vierzig' WHERE value = '34'")
    assert study.variable_value("Interview 1", "Alter") is None
    assert study.variable_table().values[0][1] is None  # the table opens, the cell empty
    assert [d.name for d in study.documents_where("Alter > 30")] == ["Interview 2",
                                                                   "Interview 3"]
    assert study.check() == ["variable 'Alter' of 'Interview 1' holds 'vierzig', which is "
                             "not a whole number"]
