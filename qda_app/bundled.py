"""Where the bundled resources are, in a checkout and in an installed package."""

from __future__ import annotations

from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


def resource(name: str) -> Path:
    if (_CHECKOUT / name).exists():
        return _CHECKOUT / name
    return Path(__file__).resolve().parent / "resources" / name


def seed_path() -> Path:
    return resource("workshop-protocol-2021-05-20.txt")
