"""``qda vars``, ``qda var …``, ``qda sets`` and ``qda set …``: document variables and sets.

``qda vars P.qda`` lists every document's values; ``qda vars import|export P.qda FILE``
moves them to and from a spreadsheet; ``qda var set P.qda --doc NAME NAME=VALUE…``
stores values (making a variable on first use, its type guessed). ``qda sets`` lists
the sets and ``qda set add P.qda NAME --where CONDITION`` makes one.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ..errors import InvalidValueError
from ..exporters.labels import LANGUAGES
from ..exporters.options import ExportOptions
from ..exporters.registry import exporter_for
from ..importers.variable_import import apply_import, plan_import
from ..text_format import counted
from ..variable_values import TYPES, Value, guess_type
from .command_parsers import project_command
from .document_scope import WHERE_HELP
from .output import open_project, print_json, print_table

VARS_USAGE = ("qda vars P.qda [--json]\n"
              "       qda vars import P.qda FILE.xlsx|FILE.csv [--dry-run]\n"
              "       qda vars export P.qda FILE.xlsx|FILE.csv [--force] [--lang de|en] "
              "[--delimiter comma|semicolon|tab]")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_vars(sub)
    _register_var(sub)
    p = project_command(
        sub, "sets", cmd_sets, help="list document sets",
        description="Each set with its number of documents and the condition "
                    "it was made from; --json also lists the documents.")
    p.add_argument("--json", action="store_true", help="print JSON")
    _register_set(sub)


def _register_vars(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "vars", help="document variables: list, import, export", usage=VARS_USAGE,
        description="List every document's variables; or import them from a spreadsheet "
                    "(first column: the document's name; a column per variable; types "
                    "guessed, German and English numbers and dates; empty cells change "
                    "nothing; rows naming no document are listed) in one transaction; or "
                    "export them.")
    p.add_argument("words", nargs="+", metavar="ARG", help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="list: print JSON")
    p.add_argument("--dry-run", action="store_true",
                   help="import: only say what would be written")
    p.add_argument("--force", action="store_true", help="export: replace FILE if it exists")
    p.add_argument("--lang", choices=sorted(LANGUAGES), default="de",
                   help="export: the heading and a .csv's number, date and yes/no forms")
    p.add_argument("--delimiter", choices=("comma", "semicolon", "tab"), default="comma",
                   help="export to .csv: field separator (semicolon suits a German Excel)")
    p.set_defaults(func=cmd_vars)


def _register_var(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    var = sub.add_parser("var", help="set, add, rename, retype or delete a variable",
                         description="Change document variables one at a time.")
    actions = var.add_subparsers(dest="var_action", metavar="ACTION", required=True)
    p = project_command(
        actions, "set", cmd_var_set, help="store a document's values",
        description="Store values of one document: NAME=VALUE each (an empty VALUE clears "
                    "it). A variable used for the first time is made, its type guessed "
                    "from the value (34: integer, 3,5: decimal, 12.03.2024: date, ja: "
                    "yes/no, else text).")
    p.add_argument("--doc", required=True, metavar="NAME")
    p.add_argument("pairs", nargs="+", metavar="NAME=VALUE")
    p = project_command(actions, "add", cmd_var_add, help="define a variable")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--type", default="text", metavar="|".join(TYPES),
                   help="(default: text)")
    p = project_command(actions, "rename", cmd_var_rename, help="rename a variable")
    p.add_argument("name", metavar="NAME")
    p.add_argument("new_name", metavar="NEW")
    p = project_command(actions, "retype", cmd_var_retype,
                        help="change a variable's type, converting its values")
    p.add_argument("name", metavar="NAME")
    p.add_argument("type", metavar="|".join(TYPES))
    p = project_command(actions, "delete", cmd_var_delete, help="delete a variable and its values")
    p.add_argument("name", metavar="NAME")


def _register_set(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("set", help="make, rename or delete a document set",
                           description="Document sets: named groups of documents.")
    actions = group.add_subparsers(dest="set_action", metavar="ACTION", required=True)
    p = project_command(
        actions, "add", cmd_set_add,
        help="make a set of documents, or of those a condition chooses",
        description="A set of the documents named (--doc), or of those whose variables "
                    "satisfy --where (the set keeps the condition), or both.")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--doc", action="append", default=[], metavar="NAME",
                   help="a document of the set (repeatable)")
    p.add_argument("--where", metavar="CONDITION", help=WHERE_HELP)
    p = project_command(actions, "rename", cmd_set_rename, help="rename a set")
    p.add_argument("name", metavar="NAME")
    p.add_argument("new_name", metavar="NEW")
    p = project_command(actions, "delete", cmd_set_delete, help="delete a set (its documents stay)")
    p.add_argument("name", metavar="NAME")


# -- variables --------------------------------------------------------------------------------

def cmd_vars(args: argparse.Namespace) -> int:
    words = args.words
    action = words[0] if words[0] in ("import", "export") else None
    if len(words) != (3 if action else 1):
        form = VARS_USAGE.splitlines()[("import", "export").index(action) + 1 if action else 0]
        raise InvalidValueError(f"usage: {form.strip()}")
    if action == "import":
        return _import(words[1], words[2], args.dry_run)
    if action == "export":
        return _export(words[1], words[2], args)
    return _list(words[0], args.json)


def json_value(value: Value | None) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _list(path: str, as_json: bool) -> int:
    with open_project(path) as project:
        table = project.variable_table()
    if as_json:
        print_json({
            "variables": [{"name": v.name, "type": v.type, "values": v.values}
                          for v in table.variables],
            "documents": [{"document": name, "uuid": uuid,
                           "values": {v.name: json_value(x) for v, x in
                                      zip(table.variables, values, strict=True)
                                      if x is not None}}
                          for (uuid, name), values in zip(table.documents, table.values,
                                                          strict=True)]})
        return 0
    if not table.variables:
        print("no variables yet (qda var set P.qda --doc NAME Alter=34 makes one)")
        return 0
    print("  ".join(f"{v.name}: {v.type}" for v in table.variables))
    print_table(["document", *(v.name for v in table.variables)],
                [[name, *(_shown(x) for x in values)]
                 for (_uuid, name), values in zip(table.documents, table.values, strict=True)])
    return 0


def _shown(value: Value | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(json_value(value))


def _import(path: str, sheet: str, dry_run: bool) -> int:
    with open_project(path) as project:
        plan = plan_import(project, sheet)
        for line in plan.lines():
            print(line)
        if dry_run:
            print(f"would write {counted(len(plan.writes), 'value')} of "
                  f"{counted(plan.documents, 'document')}; nothing written")
            return 0
        changed = apply_import(project, plan)
    print(f"imported {counted(len(plan.writes), 'value')} of {counted(plan.documents, 'document')} "
          f"from {plan.path.name} ({changed} changed)")
    return 0


def _export(path: str, target: str, args: argparse.Namespace) -> int:
    options = ExportOptions(force=args.force, lang=args.lang, delimiter=args.delimiter)
    with open_project(path) as project:
        written = exporter_for("variables").run(project, target, options)
    print(f"wrote {written}")
    return 0


def cmd_var_set(args: argparse.Namespace) -> int:
    pairs: list[tuple[str, str]] = []
    for pair in args.pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InvalidValueError(f"{pair!r}: write NAME=VALUE, e.g. Alter=34")
        pairs.append((name.strip(), value))
    with open_project(args.project) as project:
        known = {v.name.casefold() for v in project.variables()}
        define = [(name, guess_type([value])) for name, value in pairs
                  if name.casefold() not in known]
        project.set_variables([(args.doc, name, value) for name, value in pairs],
                              define=define)
        values = {v.name: v for v in project.variables(args.doc)}
    made = {name.casefold() for name, _kind in define}
    shown = []
    for name, _value in pairs:
        v = values.get(name) or next(x for x in values.values()
                                    if x.name.casefold() == name.casefold())
        note = f" (new {v.type} variable)" if name.casefold() in made else ""
        shown.append(f"{v.name} = {_shown(v.value) or '(no value)'}{note}")
    print(f"{args.doc}: " + ", ".join(shown))
    return 0


def cmd_var_add(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        variable = project.add_variable(args.name, args.type)
    print(f"added {variable.name} ({variable.type})")
    return 0


def cmd_var_rename(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        variable = project.rename_variable(args.name, args.new_name)
    print(f"renamed {args.name} to {variable.name}")
    return 0


def cmd_var_retype(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        variable = project.retype_variable(args.name, args.type)
    print(f"{variable.name} is now {variable.type}")
    return 0


def cmd_var_delete(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        gone = project.delete_variable(args.name)
    print(f"deleted {gone.variable.name} and its {counted(len(gone.values), 'value')}")
    return 0


# -- sets ------------------------------------------------------------------------------------

def cmd_sets(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        names = {d.uuid: d.name for d in project.documents()}
        sets = project.sets()
    if args.json:
        print_json([{"name": s.name, "condition": s.condition,
                     "documents": [names[u] for u in s.documents if u in names]}
                    for s in sets])
        return 0
    print_table(["set", "documents", "condition"],
                [[s.name, len(s.documents), s.condition or ""] for s in sets])
    return 0


def cmd_set_add(args: argparse.Namespace) -> int:
    if not args.doc and args.where is None:
        raise InvalidValueError("name the documents (--doc) or a condition (--where)")
    with open_project(args.project) as project:
        made = project.add_set(args.name, documents=args.doc, where=args.where)
    print(f"made set {made.name} ({counted(len(made.documents), 'document')})")
    return 0


def cmd_set_rename(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        renamed = project.rename_set(args.name, args.new_name)
    print(f"renamed {args.name} to {renamed.name}")
    return 0


def cmd_set_delete(args: argparse.Namespace) -> int:
    with open_project(args.project) as project:
        gone = project.delete_set(args.name)
    print(f"deleted set {gone.name} (its documents stay)")
    return 0
