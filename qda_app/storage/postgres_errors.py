"""PostgreSQL's complaints, as the one line a coder can act on.

libpq says "connection to server at "db.example" (10.0.0.5), port 5432 failed:
Connection refused … Is the server running on that host and accepting TCP/IP
connections?"; a researcher needs "cannot reach the team project at
db.example:5432: connection refused". Connecting, reading and writing pass their
errors through :func:`translate`, so each situation reads the same everywhere,
and every message goes through :func:`~qda_app.locations.mask` first: a password
given in the URL is never repeated.

Errors are recognised by SQLSTATE where the server sent one, and by libpq's own
words where the connection never got that far (libpq's messages are English
unless the client's locale says otherwise; we connect with ``lc_messages`` left
as it is, so the words below are matched case-insensitively and loosely).
"""

from __future__ import annotations

import re

from sqlalchemy import exc as sa_exc

from ..errors import (
    AuthenticationError,
    ConcurrentChangeError,
    DamagedProjectError,
    NotAProjectError,
    PasswordRequiredError,
    PermissionDeniedError,
    QdaError,
    SaveFailedError,
    ServerUnreachableError,
)
from ..locations import mask, server_label

_LOST = ("server closed the connection", "terminating connection", "connection already closed",
         "ssl connection has been closed", "consuming input failed", "the connection is lost",
         "connection is bad", "could not receive data", "could not send data")
_UNREACHABLE = ("connection refused", "could not translate host name", "timeout expired",
                "no route to host", "network is unreachable", "name or service not known",
                "could not connect", "host is unreachable")


def _orig(exc: BaseException) -> BaseException:
    return exc.orig if isinstance(exc, sa_exc.DBAPIError) and exc.orig is not None else exc


def sqlstate(exc: BaseException) -> str:
    return str(getattr(_orig(exc), "sqlstate", "") or "")


def is_database_error(exc: BaseException) -> bool:
    """Whether ``exc`` came from the driver (psycopg) rather than from our own code."""
    orig = _orig(exc)
    return type(orig).__module__.startswith("psycopg") or isinstance(exc, sa_exc.DBAPIError)


def _reason(text: str) -> str:
    """libpq's reason in a few words: "connection refused", "timeout expired"…"""
    lower = text.lower()
    for needle in _UNREACHABLE:
        if needle in lower:
            return {"could not translate host name": "unknown host name",
                    "name or service not known": "unknown host name"}.get(needle, needle)
    last = [line.strip() for line in text.splitlines() if line.strip()]
    detail = last[0] if last else text
    detail = re.sub(r'^connection (failed|to server at [^:]*):\s*', "", detail)
    return " ".join(detail.split())[:160]


def on_connect(url: str, exc: BaseException) -> QdaError:
    """Why a connection to the server at ``url`` failed, in one line (password masked)."""
    where = server_label(url).split("/", 1)[0]
    text = mask(str(_orig(exc)), url)
    lower = text.lower()
    user = _user(url)
    state = sqlstate(exc)
    if "no password supplied" in lower or "password is required" in lower:
        return PasswordRequiredError(
            f"the team project at {where} asks for {user}'s password; give it when asked, "
            "or put it into ~/.pgpass (never into a command line)")
    if state in ("28P01", "28000") or "password authentication failed" in lower \
            or "authentication failed" in lower or "no pg_hba.conf entry" in lower:
        why = ("the server does not let this login in from here (pg_hba.conf)"
               if "pg_hba.conf" in lower else "the password is wrong or the login does not exist")
        return AuthenticationError(f"cannot log in to the team project at {where} as "
                                   f"{user}: {why}")
    if state == "3D000" or re.search(r'database "[^"]*" does not exist', lower):
        return NotAProjectError(
            f"there is no database {_database(url)!r} on {where}; check the name, or create "
            "the team project with `qda init URL`")
    if re.search(r'role "[^"]*" does not exist', lower):
        return AuthenticationError(f"cannot log in to the team project at {where}: there is "
                                   f"no login {user!r} on that server")
    if state == "42501" or "permission denied" in lower:
        return PermissionDeniedError(f"{user} may not open the team project at "
                                     f"{server_label(url)}: {_first_line(text)}")
    if "sslmode" in lower or ("ssl" in lower and "not support" in lower):
        return ServerUnreachableError(f"cannot reach the team project at {where}: "
                                      f"{_first_line(text)}")
    return ServerUnreachableError(f"cannot reach the team project at {where}: {_reason(text)}")


def translate(url: str, exc: BaseException, writing: bool) -> QdaError | None:
    """The one line for an error while reading or writing an open team project, or
    ``None`` when it is not about the server (a constraint the caller explains)."""
    if isinstance(exc, QdaError) or not is_database_error(exc):
        return None
    state = sqlstate(exc)
    text = mask(str(_orig(exc)), url)
    lower = text.lower()
    where = server_label(url)
    not_saved = ", so your last change was not saved" if writing else ""
    if state in ("40001", "40P01"):
        return ConcurrentChangeError(
            f"another coder changed the same data at the same moment{not_saved}; try again")
    if state == "42501" or "permission denied" in lower or "row-level security" in lower:
        return PermissionDeniedError(f"{_user(url)} may not do this in the team project at "
                                     f"{where} ({_first_line(text)}){not_saved}")
    if state.startswith("08") or state in ("57P01", "57P02", "57P03") \
            or any(n in lower for n in _LOST + _UNREACHABLE):
        return ServerUnreachableError(
            f"lost the connection to the team project at {where.split('/', 1)[0]}"
            f"{not_saved}; try again when the server can be reached")
    if state == "53100":
        return SaveFailedError(f"the server of {where} has no room left on its disk"
                               f"{not_saved}; tell its administrator")
    if state == "25006":
        return SaveFailedError(f"the team project at {where} is read-only right now"
                               f"{not_saved}")
    if state in ("42P01", "42703"):  # a table or column is missing: not our schema
        return DamagedProjectError(f"the team project at {where} lacks part of its tables "
                                   f"({_first_line(text)}); run `qda check` on it")
    if state.startswith("23"):  # integrity: the facade explains duplicates and the like
        return None
    return QdaError(f"the team project at {where} refused this ({_first_line(text)})"
                    f"{not_saved}")


def _first_line(text: str) -> str:
    line = next((part.strip() for part in text.splitlines() if part.strip()), text)
    return " ".join(line.split())[:160]


def _user(url: str) -> str:
    from urllib.parse import unquote, urlsplit

    user = urlsplit(url).username
    if user:
        return unquote(user)
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "you"


def _database(url: str) -> str:
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(url).path.lstrip("/")) or _user(url)
