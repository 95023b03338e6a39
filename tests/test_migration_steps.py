"""Every schema step from the first team-project version on exists for both backends."""

from __future__ import annotations

from qda_app.storage import migrations


def test_every_step_since_the_first_team_version_is_written_for_the_server_too() -> None:
    """A step added for .qda files only would leave team projects at the old version (and
    opening them would fail with a KeyError): write it in SERVER_STEPS as well."""
    wanted = set(range(migrations.SERVER_FIRST_VERSION, migrations.CURRENT_VERSION))
    assert wanted <= set(migrations.SERVER_STEPS)
    assert set(migrations.STEPS) >= wanted
