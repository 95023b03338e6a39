"""``qda team create/add-coder/remove-member/members/settings/push/pull``: a team
project's roles, members and settings, and moving a project between a file and the server.

Passwords of new logins come from a prompt (never echoed) or a file, never from the
command line or the environment: arguments show in every process listing and
environments in ``/proc``. They are asked for only when a login has to be made, and
no message prints them; URLs are printed without their password.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from ..errors import QdaError
from ..locations import public_url, url_for_login
from ..project import Project
from ..team_records import ROLES, PasswordSource
from .command_parsers import Subcommands
from .output import open_project, print_table, shown, with_password


def register(sub: Subcommands) -> None:
    team = sub.add_parser(
        "team", help="roles, members and settings of a team project; push and pull",
        description="A team project on a PostgreSQL server: prepare it with roles, add "
                    "members, change the lead's settings, upload a project file into it, "
                    "or write an offline copy. Passwords of new logins are asked for or "
                    "read from a file, never taken from the command line.")
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    _members_and_settings(actions)
    _moving(actions)


def _members_and_settings(actions: Subcommands) -> None:
    p = actions.add_parser("create", help="prepare a team project with roles and its lead",
                           description="Schema, roles (lead, coder, reader), grants, "
                                       "row-level security and the lead's login, in one "
                                       "transaction; needs the server's administrator.")
    p.add_argument("url", metavar="URL")
    p.add_argument("--lead", required=True, metavar="NAME", help="the lead's login name")
    p.add_argument("--lead-password-file", metavar="FILE",
                   help="the lead's new password (first line); asked for otherwise")
    p.add_argument("--title", help="the project's title (default: the database's name)")
    p.set_defaults(func=cmd_create)
    p = actions.add_parser("add-coder", help="give NAME a login and a role",
                           description="Creates the login NAME (when new) and its coder "
                                       "record; an existing member gets the new role.")
    p.add_argument("url", metavar="URL")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", choices=ROLES, default="coder")
    p.add_argument("--password-file", metavar="FILE",
                   help="the new login's password (first line); asked for otherwise")
    p.set_defaults(func=cmd_add_coder)
    p = actions.add_parser("remove-member", help="take NAME's role in the project away",
                           description="NAME's login no longer reads or writes the project; "
                                       "their codings and memos stay under their name, and "
                                       "the login stays on the server.")
    p.add_argument("url", metavar="URL")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_remove_member)
    p = actions.add_parser("members", help="list members with logins and roles")
    p.add_argument("url", metavar="URL")
    p.set_defaults(func=cmd_members)
    p = actions.add_parser("settings", help="show or change the lead's settings")
    p.add_argument("url", metavar="URL")
    p.add_argument("--blinded", choices=("on", "off"),
                   help="coders see only their own codings (on) or everyone's (off)")
    p.add_argument("--coders-add-codes", choices=("on", "off"),
                   help="whether coders may add codes to the code system")
    p.set_defaults(func=cmd_settings)


def _moving(actions: Subcommands) -> None:
    p = actions.add_parser("push", help="upload FILE.qda into an empty team project",
                           description="Every UUID is kept, so coders' copies still merge. "
                                       "A bare database is prepared first (give --lead).")
    p.add_argument("source", metavar="FILE.qda")
    p.add_argument("url", metavar="URL")
    p.add_argument("--lead", metavar="NAME", help="prepare a bare database with this lead")
    p.add_argument("--lead-password-file", metavar="FILE")
    p.set_defaults(func=cmd_push)
    p = actions.add_parser("pull", help="write an offline copy into a new FILE.qda",
                           description="What your login may read, every UUID kept; bring "
                                       "new work back with `qda merge URL FILE.qda`.")
    p.add_argument("url", metavar="URL")
    p.add_argument("target", metavar="FILE.qda")
    p.set_defaults(func=cmd_pull)


def password_source(file: str | None, who: str) -> PasswordSource:
    """A new login's password: the first line of ``file``, or a prompt (asked only when the
    login has to be made; never echoed)."""
    if file is not None:
        try:
            secret = Path(file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise QdaError(f"cannot read the password file {file}: "
                           f"{getattr(exc, 'strerror', None) or exc}") from None
        if not secret or not secret[0]:
            raise QdaError(f"the password file {file} is empty")
        return secret[0]

    def ask() -> str:
        if not sys.stdin.isatty():
            raise QdaError(f"a new login {who!r} needs a password: give --password-file FILE "
                           "(no terminal to ask on)")
        first = getpass.getpass(f"new password for {who}: ", stream=sys.stderr)
        if first != getpass.getpass("the same again: ", stream=sys.stderr):
            raise QdaError("the two passwords differ; nothing was changed")
        return first

    return ask


def _on_off(value: str | None) -> bool | None:
    return None if value is None else value == "on"


def cmd_create(args: argparse.Namespace) -> int:
    lead_password = password_source(args.lead_password_file, args.lead)
    project = with_password(lambda pw: Project.create_team(
        args.url, args.lead, title=args.title, lead_password=lead_password, password=pw),
        args.url)
    with project:
        print(f"prepared the team project {public_url(args.url)} (\"{project.title}\") with "
              f"roles lead, coder and reader; lead: {args.lead}")
    print(f"add coders with: qda team add-coder {public_url(args.url)} NAME --role coder")
    return 0


def cmd_add_coder(args: argparse.Namespace) -> int:
    secret = password_source(args.password_file, args.name)
    with open_project(args.url) as project:
        member = project.add_member(args.name, args.role, secret)
    print(f"{member.name} is a {member.role} of {shown(args.url)}; they open it as "
          f"{url_for_login(args.url, member.login or member.name)} (their password from a "
          "prompt or ~/.pgpass)")
    return 0


def cmd_remove_member(args: argparse.Namespace) -> int:
    with open_project(args.url) as project:
        member = project.remove_member(args.name)
    print(f"{member.name} no longer has a role in {shown(args.url)}; their codings and memos "
          "stay under their name")
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    with open_project(args.url) as project:
        members = project.team_members()
    print_table(["name", "login", "role"],
                [(m.name, m.login or "-", m.role or "-") for m in members])
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    with open_project(args.url) as project:
        blinded, adds = _on_off(args.blinded), _on_off(args.coders_add_codes)
        if blinded is None and adds is None:
            settings = project.team_settings()
        else:
            settings = project.set_team_settings(blinded=blinded, coders_add_codes=adds)
    print(f"blinded: {'on' if settings.blinded else 'off'}")
    print(f"coders add codes: {'on' if settings.coders_add_codes else 'off'}")
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from ..team.transfer import push

    lead_password = password_source(args.lead_password_file, args.lead or "the lead")
    report = with_password(lambda pw: push(args.source, args.url, args.lead, lead_password,
                                           password=pw), args.url)
    print(report.to_text())
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    from ..team.transfer import pull

    report = with_password(lambda pw: pull(args.url, args.target, password=pw), args.url)
    print(report.to_text())
    return 0
