"""Conditions on document variables: ``Region = Thüringen and Alter < 40``.

The language, as a user types it (English or German keywords, any case)::

    condition  := either (("or" | "oder") either)*
    either     := negation (("and" | "und") negation)*
    negation   := ("not" | "nicht") negation | "(" condition ")" | comparison
    comparison := NAME OPERATOR VALUE
    OPERATOR   := "=" | "!=" | "<" | "<=" | ">" | ">=" | "contains" | "enthält"

A NAME or VALUE is one or more words (``Höchster Abschluss = Abitur``) or a quoted
text (``"Region" = "Nord oder Süd"``, needed where a keyword, a parenthesis or an
operator is part of it). Names are matched exactly, then ignoring case. Values are
read by the variable's type, in the forms :mod:`.variable_values` accepts (``Alter >=
40``, ``Einkommen < 2500,50``, ``Datum < 01.04.2024``, ``Raucher = ja``), so a
comparison compares numbers as numbers and dates as dates; texts compare ignoring
case. ``contains`` looks for a piece of text (text variables only).

A document without a value fails every comparison (``Region != Thüringen`` too);
``not (Region = Thüringen)`` takes it in. ``Region = ""`` is true exactly for the
documents without a value, ``Region != ""`` for those with one.

:func:`parse` reads the text into a small tree (refusing bad syntax with one line that
says at which character), :func:`bind` checks it against the project's variables and
reads the values by type, and :meth:`Bound.matches` evaluates it for one document.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import InvalidValueError
from .variable_values import DESCRIBED, Value, canonical, typed

OPERATORS = ("=", "!=", "<", "<=", ">", ">=", "contains")
_OPERATOR_WORDS = {"=": "=", "==": "=", "!=": "!=", "<>": "!=", "≠": "!=", "<": "<",
                   "<=": "<=", "≤": "<=", ">": ">", ">=": ">=", "≥": ">=",
                   "contains": "contains", "enthält": "contains", "enthaelt": "contains"}
_AND, _OR, _NOT = frozenset({"and", "und"}), frozenset({"or", "oder"}), frozenset({"not",
                                                                                    "nicht"})
_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<quoted>"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?)
  | (?P<op><=|>=|!=|<>|==|[=<>≠≤≥])
  | (?P<paren>[()])
  | (?P<word>[^\s"'()=<>!≠≤≥][^\s"()=<>!≠≤≥]*|!)
""", re.VERBOSE)


class ConditionError(InvalidValueError):
    """A condition that cannot be read or does not fit the project's variables."""


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    """``quoted``, ``op``, ``paren``, ``word`` or ``end``."""
    text: str
    position: int
    """Where it starts in the condition (0-based)."""

    @property
    def folded(self) -> str:
        return self.text.casefold() if self.kind == "word" else ""


def _error(source: str, position: int, what: str) -> ConditionError:
    return ConditionError(f"condition {source!r}, at character {position + 1}: {what}")


def tokens(source: str) -> list[Token]:
    found: list[Token] = []
    position = 0
    while position < len(source):
        match = _TOKEN.match(source, position)
        assert match is not None  # the last alternative takes any other character
        kind = match.lastgroup or "word"
        text = match.group()
        if kind == "quoted":
            if len(text) < 2 or text[-1] != text[0]:
                raise _error(source, position, "a quotation mark is not closed")
            text = re.sub(r"\\(.)", r"\1", text[1:-1])
        if kind == "word" and text.casefold() in ("contains", "enthält", "enthaelt"):
            kind = "op"
        if kind == "word" and text == "!":
            raise _error(source, position, "'!' is not an operator (use != or not)")
        if kind != "space":
            found.append(Token(kind, text, position))
        position = match.end()
    found.append(Token("end", "", len(source)))
    return found


# -- the tree -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Comparison:
    name: str
    operator: str
    """One of :data:`OPERATORS`."""
    value: str
    """As typed (read by the variable's type in :func:`bind`)."""
    position: int
    value_position: int


@dataclass(frozen=True, slots=True)
class Not:
    operand: Node


@dataclass(frozen=True, slots=True)
class AllOf:
    operands: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    operands: tuple[Node, ...]


Node = Comparison | Not | AllOf | AnyOf


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = tokens(source)
        self.at = 0

    @property
    def token(self) -> Token:
        return self.tokens[self.at]

    def take(self) -> Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def fail(self, what: str, token: Token | None = None) -> ConditionError:
        return _error(self.source, (token or self.token).position, what)

    def condition(self) -> Node:
        operands = [self.either()]
        while self.token.folded in _OR:
            self.take()
            operands.append(self.either())
        return operands[0] if len(operands) == 1 else AnyOf(tuple(operands))

    def either(self) -> Node:
        operands = [self.negation()]
        while self.token.folded in _AND:
            self.take()
            operands.append(self.negation())
        return operands[0] if len(operands) == 1 else AllOf(tuple(operands))

    def negation(self) -> Node:
        if self.token.folded in _NOT:
            self.take()
            return Not(self.negation())
        if self.token.text == "(" and self.token.kind == "paren":
            opening = self.take()
            inner = self.condition()
            if self.token.text != ")":
                raise self.fail(f"the parenthesis at character {opening.position + 1} is "
                                "not closed" if self.token.kind == "end" else
                                f"expected ')' or and/or, not {self.token.text!r}")
            self.take()
            return inner
        return self.comparison()

    def comparison(self) -> Comparison:
        start = self.token
        name = self.words("a variable name")
        op = self.token
        if op.kind != "op":
            raise self.fail(f"expected an operator (= != < <= > >= contains) after {name!r}")
        self.take()
        value_at = self.token
        value = self.words(f"a value after {op.text!r}")
        return Comparison(name, _OPERATOR_WORDS[op.text.casefold()], value, start.position,
                          value_at.position)

    def words(self, what: str) -> str:
        """One quoted text, or the words up to an operator, a keyword or a parenthesis."""
        token = self.token
        if token.kind == "quoted":
            self.take()
            return token.text
        parts: list[str] = []
        while self.token.kind == "word" and self.token.folded not in _AND | _OR | _NOT:
            parts.append(self.take().text)
        if not parts:
            found = "the end" if token.kind == "end" else repr(token.text)
            raise self.fail(f"expected {what}, found {found}", token)
        return " ".join(parts)


def parse(source: str) -> Node:
    """The condition as a tree; one line (with the character) when it cannot be read."""
    if not source.strip():
        raise ConditionError("the condition is empty: write e.g. Region = Thüringen")
    parser = _Parser(source)
    tree = parser.condition()
    if parser.token.kind != "end":
        token = parser.token
        raise parser.fail("unexpected ')'" if token.text == ")" else
                          f"expected and/or before {token.text!r}" + (
                              " (is 'and' or 'or' missing before the name?)"
                              if token.kind == "op" else ""))
    return tree


# -- checked against the variables, and evaluated -------------------------------------------

_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "=": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
    ">": operator.gt, ">=": operator.ge}


@dataclass(frozen=True, slots=True)
class Test:
    """A comparison with its variable found and its value read by the variable's type."""

    variable: str
    """The variable's name as defined."""
    operator: str
    value: Value | None
    """``None``: ``""`` (no value)."""

    def matches(self, values: Mapping[str, Value]) -> bool:
        have = values.get(self.variable)
        if self.value is None:
            return (have is None) == (self.operator == "=")
        if have is None:
            return False
        if self.operator == "contains":
            return str(self.value).casefold() in str(have).casefold()
        if isinstance(have, str):
            return _COMPARE[self.operator](have.casefold(), str(self.value).casefold())
        return _COMPARE[self.operator](have, self.value)


@dataclass(frozen=True, slots=True)
class Bound:
    """A condition ready to test documents: :meth:`matches` takes one document's values
    (variable name to :func:`~.variable_values.typed` value, no entry: no value)."""

    source: str
    tree: Any
    """Of :class:`Test`, ``("not", x)``, ``("all", [...])``, ``("any", [...])``."""

    def matches(self, values: Mapping[str, Value]) -> bool:
        return _evaluate(self.tree, values)

    @property
    def variables(self) -> frozenset[str]:
        """The variables the condition reads."""
        return frozenset(_names(self.tree))


def _evaluate(tree: Any, values: Mapping[str, Value]) -> bool:
    if isinstance(tree, Test):
        return tree.matches(values)
    kind, inner = tree
    if kind == "not":
        return not _evaluate(inner, values)
    if kind == "all":
        return all(_evaluate(t, values) for t in inner)
    return any(_evaluate(t, values) for t in inner)


def _names(tree: Any) -> list[str]:
    if isinstance(tree, Test):
        return [tree.variable]
    kind, inner = tree
    return _names(inner) if kind == "not" else [n for t in inner for n in _names(t)]


def bind(source: str, types: Mapping[str, str]) -> Bound:
    """Parse ``source`` and check it against the variables ``types`` (name -> type).

    Refuses, with one line naming the character, an unknown variable, a value that is
    not of its variable's type, and ``contains`` or ``<`` where they mean nothing.
    """
    folded: dict[str, list[str]] = {}
    for name in types:
        folded.setdefault(name.casefold(), []).append(name)

    def resolve(node: Node) -> Any:
        if isinstance(node, Comparison):
            return _test(source, node, types, folded)
        if isinstance(node, Not):
            return ("not", resolve(node.operand))
        return ("all" if isinstance(node, AllOf) else "any", [resolve(n) for n in
                                                             node.operands])

    return Bound(source, resolve(parse(source)))


def _test(source: str, node: Comparison, types: Mapping[str, str],
          folded: Mapping[str, list[str]]) -> Test:
    name = node.name if node.name in types else None
    if name is None:
        same = folded.get(node.name.casefold(), [])
        if len(same) != 1:
            known = ", ".join(sorted(types, key=str.casefold)) or "none defined yet"
            raise _error(source, node.position,
                         f"no variable {node.name!r} (variables: {known})")
        name = same[0]
    kind = types[name]
    if node.value == "":
        if node.operator not in ("=", "!="):
            raise _error(source, node.value_position,
                         '"" (no value) can only be compared with = or !=')
        return Test(name, node.operator, None)
    if node.operator == "contains":
        if kind != "text":
            raise _error(source, node.position,
                         f"contains applies to text variables; {name} is {DESCRIBED[kind]}")
        return Test(name, "contains", node.value)
    if kind == "boolean" and node.operator not in ("=", "!="):
        raise _error(source, node.position,
                     f"{name} is yes or no: compare it with = or !=")
    try:
        stored = canonical(kind, node.value)
    except InvalidValueError as exc:
        raise _error(source, node.value_position, f"{exc} ({name} is {DESCRIBED[kind]})"
                     ) from None
    assert stored is not None  # not empty: words or a non-empty quoted text
    return Test(name, node.operator, typed(kind, stored))
