"""Frozen values the core hands out about document variables and document sets.

Like :mod:`.records`, built inside a session and never lazy: a view keeps them as long
as it likes. Values are Python values (:data:`~.variable_values.Value`: ``str``,
``int``, ``float``, ``datetime.date`` or ``bool``); ``None`` is "no value".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .variable_values import Value


@dataclass(frozen=True, slots=True)
class Variable:
    """A document variable ("Alter", integer), with the documents that have a value.

    Listed for one document (:meth:`Project.variables`), ``value`` is that document's.
    """

    uuid: str
    name: str
    type: str
    """``text``, ``integer``, ``decimal``, ``date`` or ``boolean``."""
    sort_order: int
    values: int = 0
    """How many documents have a value."""
    value: Value | None = None


@dataclass(frozen=True, slots=True)
class VariableSnapshot:
    """A variable with all its values, as it was at one moment (stored text by document
    UUID): :meth:`Project.restore_variable` puts it back exactly (undo of a delete, a
    retype, an import)."""

    variable: Variable
    values: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class VariableTable:
    """Every document with every variable's value: what the Document variables window and
    an export show. ``values[row][column]`` belongs to ``documents[row]`` and
    ``variables[column]``."""

    variables: tuple[Variable, ...]
    documents: tuple[tuple[str, str], ...]
    """(UUID, name) of each document, in the document list's order."""
    values: tuple[tuple[Value | None, ...], ...]


@dataclass(frozen=True, slots=True)
class VariableWrite:
    """One value to store with :meth:`Project.set_variables`: a document (name, UUID or
    record), a variable's name, and the value as typed or as a Python value (``None``
    or ``""``: no value)."""

    document: object
    variable: str
    value: object


@dataclass(frozen=True, slots=True)
class DocumentSet:
    """A named group of documents (MAXQDA's document set); a document may be in several."""

    uuid: str
    name: str
    condition: str | None
    """The variable condition it was made from, if any ("Region = Thüringen")."""
    sort_order: int
    created: datetime
    documents: tuple[str, ...]
    """The members' UUIDs, in the document list's order."""
