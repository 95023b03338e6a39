"""A team project with roles on the tests' PostgreSQL server, and its members' logins.

Logins belong to the whole server (cluster), not to one project, so every test names
its members with a suffix of its own (``anna_3``); the group roles of a project get
a stem of their own from :mod:`qda_app.storage.team_roles` anyway. The tests' server
lets its superuser in without a password and everybody else with SCRAM
(``tests/pg_server.py``), so a member's URL carries the password given to
``add_member``: a wrong verifier would fail to log in.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from urllib.parse import quote

import psycopg

from qda_app import Project

from .pg_server import PgServer

PASSWORD = "Team-Passwort-7"
_numbers = itertools.count(1)


@dataclass
class Team:
    """A team project made by the tests' superuser (its administrator): ``url`` as admin."""

    url: str
    lead: str
    suffix: str

    def name(self, first: str) -> str:
        """A login name for this test: ``anna`` → ``anna_3``."""
        return f"{first}_{self.suffix}"

    def url_of(self, login: str, password: str = PASSWORD) -> str:
        """The project's URL as ``login`` (with the password in it, as a script might)."""
        return self.url.replace("//kodierwerk@", f"//{quote(login)}:{quote(password)}@", 1)

    def open_as(self, login: str, password: str = PASSWORD) -> Project:
        return Project.open(self.url_of(login, password))

    def sql_as(self, login: str, sql: str, params: tuple[object, ...] = ()
               ) -> list[tuple[object, ...]]:
        """Raw SQL as ``login`` (what a coder with ``psql`` does), committed; its rows."""
        with psycopg.connect(self.url_of(login)) as conn, conn.cursor() as cursor:
            cursor.execute(sql, params)  # type: ignore[arg-type]
            rows = [tuple(r) for r in cursor.fetchall()] if cursor.description else []
            if cursor.description is None:
                rows = [(cursor.rowcount,)]
            return rows


def make_team(server: PgServer, made: list[tuple[str, str]], *members: tuple[str, str]
              ) -> Team:
    """An empty team project with a lead (``lead_N``) and ``members`` (first name, role)."""
    suffix = str(next(_numbers))
    url = server.empty(made)
    team = Team(url, f"lead_{suffix}", suffix)
    with Project.create_team(url, team.lead, title="Studie", lead_password=PASSWORD) as p:
        for first, role in members:
            p.add_member(team.name(first), role, PASSWORD)
    return team
