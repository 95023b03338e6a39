"""A team project whose server goes away: refused at once while offline, back by itself.

The server is really stopped and started again (a cluster of this module's own, so the
other tests' server is never disturbed). What the window makes of it is in
``test_ui_team_offline.py``; here is the core every program shares.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from qda_app import Project
from qda_app.errors import CodeNotFound, ProjectOfflineError, ServerUnreachableError

from .conftest import write_empty
from .pg_server import PgServer, running_server

BACK_S = 8.0


@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    yield from running_server()


@pytest.fixture
def team(own_server: PgServer) -> Iterator[Project]:
    made: list[tuple[str, str]] = []
    with Project.open(own_server.copy(write_empty, made)) as p:
        p.coder = "Tester"
        yield p
    own_server.release(made)


def back_online(project: Project) -> bool:
    """Wait (at most :data:`BACK_S`) until the project's own thread has reconnected."""
    until = time.monotonic() + BACK_S
    while not project.online and time.monotonic() < until:
        time.sleep(0.05)
    return project.online


def test_a_lost_server_refuses_every_action_until_it_is_back(
        team: Project, own_server: PgServer) -> None:
    doc = team.add_document("Interview 1", "Wir fahren mit dem Bus.")
    assert team.online and team.notification_socket() is not None
    with own_server.stopped():
        with pytest.raises(ServerUnreachableError, match="lost the connection"):
            team.add_code("Mobilität")  # found out while trying: not saved
        assert not team.online and team.notification_socket() is None
        with pytest.raises(ProjectOfflineError, match="is offline"):
            team.add_code("Mobilität")  # refused without trying: nothing queued
        with pytest.raises(ProjectOfflineError):
            team.documents()
    assert back_online(team)
    assert team.changes_elsewhere() is None  # what others did meanwhile: unknown, reload
    assert team.changes_elsewhere() == []
    with pytest.raises(CodeNotFound):
        team.code("Mobilität")  # the refused actions never happen later
    code = team.add_code("Mobilität")
    assert team.add_coding(doc.uuid, code.uuid, 0, 3).code == "Mobilität"


def test_a_project_that_only_listens_notices_the_loss_and_hears_again(
        team: Project, own_server: PgServer) -> None:
    with own_server.stopped():
        until = time.monotonic() + 2
        while team.changes_elsewhere() == [] and team.online and time.monotonic() < until:
            time.sleep(0.02)  # what a window's look at its socket does
        assert not team.online
    assert back_online(team)
    assert team.changes_elsewhere() is None
    with Project.open(team.location) as other:
        other.coder = "Lena"
        doc = other.add_document("Interview 2", "Neu.")
        until = time.monotonic() + 1
        heard: list = []
        while not heard and time.monotonic() < until:
            heard = team.changes_elsewhere() or []
        assert [c.document_uuids for c in heard] == [{doc.uuid}]


def test_old_places_of_removed_codings_travel_with_the_announcement(team: Project) -> None:
    doc = team.add_document("Interview 1", "Wir fahren mit dem Bus.")
    code = team.add_code("Mobilität")
    coding = team.add_coding(doc.uuid, code.uuid, 4, 10)
    with Project.open(team.location) as other:
        other.coder = "Lena"
        team.remove_coding(coding.uuid)
        until = time.monotonic() + 1
        heard: list = []
        while not heard and time.monotonic() < until:
            heard = other.changes_elsewhere() or []
        [removed] = heard[0].removed
        assert (removed.uuid, removed.document_uuid, removed.code_uuid, removed.coder,
                removed.start, removed.end) == (coding.uuid, doc.uuid, code.uuid, "Tester", 4, 10)
