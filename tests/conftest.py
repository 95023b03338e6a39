"""Shared fixtures. Qt runs offscreen; core tests never import Qt."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "workshop-protocol-2021-05-20.txt"


@pytest.fixture
def project(tmp_path: Path) -> Iterator[object]:
    """An empty project in a temporary folder."""
    from qda_app import Project

    with Project.create(tmp_path / "test.qda", title="Test") as p:
        p.coder = "Tester"
        yield p


@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from qda_app.sample import build_sample

    path = tmp_path_factory.mktemp("sample") / "sample.qda"
    build_sample(path).close()
    return path


@pytest.fixture
def sample_path(_sample_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the bundled sample project (built once per test session)."""
    path = tmp_path / "sample.qda"
    shutil.copy2(_sample_template, path)
    return path


@pytest.fixture
def sample(sample_path: Path) -> Iterator[object]:
    from qda_app import Project

    with Project.open(sample_path) as p:
        p.coder = "Tester"
        yield p
