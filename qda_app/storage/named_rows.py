"""Finding and naming rows that users name themselves: document variables and sets.

Both are found by name (exactly, else ignoring case if that is unique) or by UUID, and
a new or changed name may not clash with another's, ignoring case. Case is folded in
Python: SQL's ``lower()`` folds ASCII letters only ("Ärger" and "ärger" would differ).
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidValueError, NotFoundError
from ..ids import norm_uuid
from .models import DocumentSet, Variable

Named = TypeVar("Named", Variable, DocumentSet)


def find(s: Session, model: type[Named], key: object, word: str) -> Named:
    """The row of ``model`` named or with the UUID ``key``; refused in one line that lists
    the names there are (``word``: "variable", "set")."""
    if not isinstance(key, str):
        raise NotFoundError(f"no {word} {key!r} in this project")
    found = s.scalar(select(model).where(model.name == key))
    if found is None:
        found = s.scalar(select(model).where(model.uuid == norm_uuid(key)))
    if found is None:
        same = [r for r in s.scalars(select(model)) if r.name.casefold() == key.casefold()]
        found = same[0] if len(same) == 1 else None
    if found is None:
        names = ", ".join(s.scalars(select(model.name).order_by(model.sort_order)))
        raise NotFoundError(f"no {word} {key!r} in this project "
                            f"({f'{word}s: ' + names if names else 'it has none yet'})")
    return found


def check_name(s: Session, model: type[Named], name: str, word: str,
               own_id: int | None = None) -> str:
    """``name`` with its white space tidied, refused when empty or taken by another row
    (``own_id``: the row being renamed)."""
    name = " ".join(name.split())
    if not name:
        raise InvalidValueError(f"a {word} name cannot be empty")
    folded = name.casefold()
    clash = next((i for i, n in s.execute(select(model.id, model.name))
                  if n.casefold() == folded), None)
    if clash is not None and clash != own_id:
        raise InvalidValueError(f"a {word} {name!r} exists already")
    return name
