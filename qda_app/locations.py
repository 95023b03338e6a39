"""Where a project lives: a ``.qda`` file, or a database on a PostgreSQL server (a URL).

Everything that takes a project (``Project.open``, every ``qda`` command, ``qda-app``,
the recent-projects list) takes either. This module tells them apart and shows a URL
without its password, with the standard library only, so that the window and the
command line can use it without reaching into storage.

**Passwords never travel further than the connection.** A URL may carry one
(``postgresql://anna:secret@host/study``), but :func:`public_url` drops it, and that
is the form every message, log line, window title and stored setting uses. libpq
finds the password again where it always looks (``~/.pgpass``, ``PGPASSFILE``,
``PGPASSWORD``), or the command line and the window ask for it.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit, urlunsplit

SCHEMES = ("postgresql", "postgresql+psycopg", "postgres")
"""URL schemes of a project on a PostgreSQL server (``postgres`` is libpq's short form)."""

_SCHEME = re.compile(r"^(postgresql(\+psycopg)?|postgres)://", re.IGNORECASE)
_PASSWORD_IN_QUERY = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)


def is_server_url(where: object) -> bool:
    """True for ``postgresql://…`` (and ``postgresql+psycopg://``, ``postgres://``)."""
    return isinstance(where, str) and bool(_SCHEME.match(where.strip()))


def _split(url: str) -> SplitResult:
    return urlsplit(url.strip())


def public_url(url: str) -> str:
    """``url`` without its password (in the user part or as ``?password=``)."""
    parts = _split(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        netloc = f"{user.split(':', 1)[0]}@{host}"
    query = _PASSWORD_IN_QUERY.sub("", "?" + parts.query)[1:].lstrip("&")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def password_of(url: str) -> str | None:
    """The password a URL carries, if any (to mask it wherever a message might quote it)."""
    netloc = _split(url).netloc
    if "@" in netloc:
        user = netloc.rsplit("@", 1)[0]
        if ":" in user:
            return user.split(":", 1)[1] or None
    found = re.search(r"[?&]password=([^&#]*)", url, re.IGNORECASE)
    return found.group(1) or None if found else None


def mask(text: str, url: str) -> str:
    """``text`` with the password of ``url`` (raw and URL-decoded) replaced by ``***``."""
    from urllib.parse import unquote

    secret = password_of(url)
    if not secret:
        return text
    for form in {secret, unquote(secret)}:
        if form:
            text = text.replace(form, "***")
    return text


def url_for_login(url: str, login: str) -> str:
    """``url`` as the login ``login`` opens it: the user part replaced (quoted, so that
    ``Ben Wolf`` becomes ``Ben%20Wolf``), no password."""
    from urllib.parse import quote

    parts = _split(public_url(url))
    host = parts.netloc.rsplit("@", 1)[-1]
    netloc = f"{quote(login, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def server_label(url: str) -> str:
    """``host:port/database`` of a server URL: how a message names a team project."""
    parts = _split(url)
    host = parts.hostname or "localhost"
    try:
        port = parts.port or 5432
    except ValueError:
        port = 5432
    return f"{host}:{port}{parts.path or '/'}"
