"""``qda vars``, ``qda var``, ``qda sets`` and ``qda set`` as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qda_app import Project
from qda_app.cli.main import main

from .conftest import Place
from .variables_support import write_study


@pytest.fixture
def study(place: Place) -> Path:
    return place(write_study, "studie.qda")


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_vars_lists_every_document(study: Path, capsys) -> None:
    code, out, _ = run(capsys, "vars", study)
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "Region: text  Alter: integer  Raucher: boolean  Interview am: date"
    assert lines[2].split() == ["Interview", "1", "Thüringen", "34", "yes", "2024-03-12"]
    _, out, _ = run(capsys, "vars", study, "--json")
    data = json.loads(out)
    assert data["variables"][1] == {"name": "Alter", "type": "integer", "values": 4}
    assert data["documents"][3]["values"] == {"Region": "Bayern", "Raucher": True,
                                              "Interview am": "2024-04-02"}


def test_var_set_defines_on_first_use_with_a_guessed_type(study: Path, capsys) -> None:
    code, out, _ = run(capsys, "var", "set", study, "--doc", "Interview 5",
                       "Einkommen=1.800,50", "Region=Sachsen", "Alter=")
    assert code == 0
    assert out == ("Interview 5: Einkommen = 1800.5 (new decimal variable), Region = "
                   "Sachsen, Alter = (no value)\n")
    with Project.open(study) as p:
        assert p.variable("Einkommen").type == "decimal"
        assert p.variable_value("Interview 5", "Alter") is None


def test_var_set_refuses_a_bad_value_and_writes_nothing(study: Path, capsys) -> None:
    code, _, err = run(capsys, "var", "set", study, "--doc", "Interview 5", "Region=Hessen",
                       "Alter=alt")
    assert code == 1
    assert err == "error: Interview 5, Alter: 'alt' is not a whole number\n"
    with Project.open(study) as p:
        assert p.variable_value("Interview 5", "Region") is None
    code, _, err = run(capsys, "var", "set", study, "--doc", "Interview 5", "Region")
    assert err == "error: 'Region': write NAME=VALUE, e.g. Alter=34\n"


def test_var_add_rename_retype_delete(study: Path, capsys) -> None:
    assert run(capsys, "var", "add", study, "Kinder", "--type", "int")[1] == \
        "added Kinder (integer)\n"
    assert run(capsys, "var", "rename", study, "Kinder", "Kinderzahl")[1] == \
        "renamed Kinder to Kinderzahl\n"
    assert run(capsys, "var", "retype", study, "Alter", "decimal")[1] == \
        "Alter is now decimal\n"
    code, _, err = run(capsys, "var", "retype", study, "Region", "date")
    assert code == 1 and "cannot make Region a date variable: 4 values do not fit" in err
    assert run(capsys, "var", "delete", study, "Raucher")[1] == \
        "deleted Raucher and its 4 values\n"


def test_vars_import_dry_run_then_import_then_export(study: Path, capsys,
                                                     tmp_path: Path) -> None:
    sheet = tmp_path / "neu.csv"
    sheet.write_text("Dokument;Geschlecht;Alter\nInterview 1;w;35\nInterview 7;m;50\n",
                     encoding="utf-8")
    code, out, _ = run(capsys, "vars", "import", study, sheet, "--dry-run")
    assert code == 0
    assert out.splitlines() == [
        "Geschlecht: new, text, 1 value", "Alter: integer, 1 value",
        "1 row names no document of the project: Interview 7",
        "would write 2 values of 1 document; nothing written"]
    with Project.open(study) as p:
        assert [v.name for v in p.variables()] == ["Region", "Alter", "Raucher",
                                                   "Interview am"]
    code, out, _ = run(capsys, "vars", "import", study, sheet)
    assert out.splitlines()[-1] == "imported 2 values of 1 document from neu.csv (2 changed)"
    code, out, _ = run(capsys, "vars", "export", study, tmp_path / "alle.xlsx")
    assert code == 0 and out == f"wrote {tmp_path / 'alle.xlsx'}\n"
    code, _, err = run(capsys, "vars", "export", study, tmp_path / "alle.xlsx")
    assert code == 1 and "exists" in err
    code, _, err = run(capsys, "vars", "import", study)
    assert err == "error: usage: qda vars import P.qda FILE.xlsx|FILE.csv [--dry-run]\n"


def test_sets_made_by_condition_and_by_names(study: Path, capsys) -> None:
    code, out, _ = run(capsys, "set", "add", study, "Thüringen", "--where",
                       "Region = Thüringen")
    assert out == "made set Thüringen (2 documents)\n"
    run(capsys, "set", "add", study, "Paar", "--doc", "Interview 4", "--doc", "Interview 5")
    run(capsys, "set", "rename", study, "Paar", "Zwei")
    _, out, _ = run(capsys, "sets", study, "--json")
    assert json.loads(out) == [
        {"name": "Thüringen", "condition": "Region = Thüringen",
         "documents": ["Interview 1", "Interview 3"]},
        {"name": "Zwei", "condition": None, "documents": ["Interview 4", "Interview 5"]}]
    _, out, _ = run(capsys, "sets", study)
    assert out.splitlines()[1].split() == ["Thüringen", "2", "Region", "=", "Thüringen"]
    assert run(capsys, "set", "delete", study, "Zwei")[1] == \
        "deleted set Zwei (its documents stay)\n"
    code, _, err = run(capsys, "set", "add", study, "Leer")
    assert code == 1 and err == "error: name the documents (--doc) or a condition (--where)\n"
