"""A team project's roles, grants and row-level security on PostgreSQL (issue 12, part B).

Rights are the database's business, not only the window's: a coder who connects
with ``psql`` can neither delete another coder's codings nor, in blinded mode, see
them. :func:`install` runs inside the transaction that creates (or converts) the
project, after the tables:

- three **group roles** per project, ``STEM_lead``, ``STEM_coder``, ``STEM_reader``.
  Roles belong to the whole server, so the stem comes from the database and schema
  (``kw_studie``, ``kw_kw_tests_kw_test_7``, a number added if taken) and is kept in
  ``team_settings.roles``: two projects on one server never share a role;
- **grants**: everyone reads every table; the lead writes all of them (the project's
  title, coders' names, the settings, no schema changes); a coder writes codings,
  memos and memo links, and may insert codes and delete their own new ones;
- **row-level security** keyed on the login (``coder.login = current_user``): a
  coder adds, changes and removes only codings and memos whose coder is them; in
  blinded mode (``team_settings.blinded``) sees only their own codings (and links of
  memos to them); inserts a code only while ``team_settings.coders_add_codes`` is
  on, and deletes one only then, when they added it (``code.created_by``) and nothing
  of others depends on it (see :data:`OWN_NEW_CODE`): the undo of their own "New
  code". The lead and the reader see everything. Foreign-key cascades (a document the
  lead deletes takes its codings along) are not subject to policies.

**Logins** are the coders' names as given, always quoted (``"Anna Schmidt"``). A new
login's password is hashed here, on the client, with libpq's
``PQencryptPasswordConn`` (SCRAM-SHA-256), so the statement sent, and any server
log of it, holds only the verifier; the password itself never leaves this process.
The table owner (who created the project) and superusers are not bound by the
policies: they are the administrators.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sqlalchemy import Connection, insert, select, text, update

from ..errors import InvalidValueError, PermissionDeniedError, ProjectExistsError, QdaError
from ..ids import new_uuid
from ..team_records import OWNER, ROLES, PasswordSource, TeamMember
from .models import Base, Coder, TeamSettings

MAX_NAME_BYTES = 63
"""PostgreSQL cuts longer names (NAMEDATALEN - 1): a login must fit whole."""
ME = "(SELECT c.id FROM coder c WHERE c.login = current_user)"
BLINDED = "coalesce((SELECT s.blinded FROM team_settings s WHERE s.id = 1), false)"
CODERS_ADD_CODES = "coalesce((SELECT s.coders_add_codes FROM team_settings s WHERE s.id = 1), " \
                   "false)"
OWN_NEW_CODE = (
    f"{CODERS_ADD_CODES} AND created_by = {ME} "
    f"AND NOT EXISTS (SELECT 1 FROM memo m WHERE m.code_id = code.id "
    f"AND m.coder_id IS DISTINCT FROM {ME}) "
    "AND NOT EXISTS (SELECT 1 FROM memo_link l WHERE l.code_id = code.id AND NOT EXISTS "
    f"(SELECT 1 FROM memo m WHERE m.id = l.memo_id AND m.coder_id = {ME}))")
"""A code a coder may remove (undo): added by them, while coders may add codes, with no
memo or memo link of anyone else on it (those would go with it by ``ON DELETE CASCADE``,
which no policy stops). Codings and subcodes need no words here: their foreign keys
(no cascade) refuse the delete, and they see rows a blinded coder cannot."""
_SCRAM = re.compile(r"^SCRAM-SHA-256\$\d+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$")

LEAD_WRITES_ALL_OF = ("document", "speaker_turn", "document_page", "code", "coding", "memo",
                      "memo_link", "variable", "variable_value", "document_set", "set_member")
CODER_WRITES = ("coding", "memo", "memo_link")
GUARDED = ("code", "coding", "memo", "memo_link")
"""The tables with row-level security."""


def quote(conn: Connection, name: str) -> str:
    """``name`` as a quoted identifier, whatever it holds (``"Anna ""Nan"" B."``)."""
    return conn.dialect.identifier_preparer.quote_identifier(name)


def group(stem: str, role: str) -> str:
    return f"{stem}_{role}"


# -- installing -----------------------------------------------------------------------------


def free_stem(conn: Connection) -> str:
    """A stem for this project's group roles that no role on the server uses yet."""
    database, schema = conn.execute(text("SELECT current_database(), current_schema()")).one()
    base = database if schema == "public" else f"{database}_{schema}"
    slug = re.sub(r"[^a-z0-9]+", "_", base.lower()).strip("_")[:40] or "project"
    taken = set(conn.scalars(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                             {"p": f"kw\\_{slug}%"}))
    for n in range(1, 10_000):
        stem = f"kw_{slug}" if n == 1 else f"kw_{slug}_{n}"
        if not any(group(stem, r) in taken for r in ROLES):
            return stem
    raise QdaError(f"the server has too many roles named kw_{slug}_…")  # pragma: no cover


def install(conn: Connection, lead: str, password: PasswordSource) -> str:
    """Roles, grants, policies and the lead's login for the project in ``conn``'s schema,
    inside the caller's transaction; returns the stem of the group roles."""
    if conn.scalar(select(TeamSettings.roles).where(TeamSettings.id == 1)):
        raise ProjectExistsError("this project has team roles already; add coders with "
                                 "`qda team add-coder URL NAME --role coder`")
    stem = free_stem(conn)
    for role in ROLES:
        conn.exec_driver_sql(f"CREATE ROLE {quote(conn, group(stem, role))} NOLOGIN")
    for statement in (*_grants(conn, stem), *_policies(conn, stem)):
        conn.exec_driver_sql(statement)  # DDL: names may hold ':' or '%', nothing is bound
    if conn.scalar(select(TeamSettings.id)) is None:
        conn.execute(insert(TeamSettings).values(id=1, roles=stem))
    else:
        conn.execute(update(TeamSettings).values(roles=stem))
    add_member(conn, stem, lead, "lead", password)
    return stem


def _grants(conn: Connection, stem: str) -> Iterator[str]:
    lead, coder, reader = (quote(conn, group(stem, r)) for r in ROLES)
    everyone = f"{lead}, {coder}, {reader}"
    schema = quote(conn, conn.scalar(text("SELECT current_schema()")) or "public")
    yield f"GRANT USAGE ON SCHEMA {schema} TO {everyone}"
    tables = [t.name for t in Base.metadata.sorted_tables]
    yield f"GRANT SELECT ON {', '.join(tables)} TO {everyone}"
    yield f"GRANT INSERT, UPDATE, DELETE ON {', '.join(LEAD_WRITES_ALL_OF)} TO {lead}"
    yield f"GRANT UPDATE (title) ON project TO {lead}"
    yield f"GRANT INSERT, UPDATE (uuid, name, login) ON coder TO {lead}"
    yield f"GRANT UPDATE (blinded, coders_add_codes) ON team_settings TO {lead}"
    yield f"GRANT INSERT, UPDATE, DELETE ON {', '.join(CODER_WRITES)} TO {coder}"
    yield f"GRANT INSERT, DELETE ON code TO {coder}"
    for table in tables:
        sequence = conn.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}) \
            if "id" in Base.metadata.tables[table].c else None
        if sequence:
            yield f"GRANT USAGE, SELECT, UPDATE ON SEQUENCE {sequence} TO {lead}"
            if table in (*CODER_WRITES, "code"):
                yield f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {coder}"


def _policies(conn: Connection, stem: str) -> Iterator[str]:
    lead, coder, reader = (quote(conn, group(stem, r)) for r in ROLES)
    own_memo = f"EXISTS (SELECT 1 FROM memo m WHERE m.id = memo_link.memo_id AND m.coder_id = {ME})"
    coder_reads = {
        "code": "true",
        "coding": f"NOT {BLINDED} OR coder_id = {ME}",
        "memo": "true",
        "memo_link": "coding_id IS NULL OR EXISTS (SELECT 1 FROM coding k "
                     "WHERE k.id = memo_link.coding_id)",  # the coding's own policy decides
    }
    coder_owns = {"coding": f"coder_id = {ME}", "memo": f"coder_id = {ME}",
                  "memo_link": own_memo}
    for table in GUARDED:
        yield f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"
        yield f"CREATE POLICY lead_all ON {table} TO {lead} USING (true) WITH CHECK (true)"
        yield f"CREATE POLICY reader_reads ON {table} FOR SELECT TO {reader} USING (true)"
        yield (f"CREATE POLICY coder_reads ON {table} FOR SELECT TO {coder} "
               f"USING ({coder_reads[table]})")
        own = coder_owns.get(table)
        if own is None:  # code: coders add codes when the lead lets them
            yield (f"CREATE POLICY coder_adds ON {table} FOR INSERT TO {coder} "
                   f"WITH CHECK ({CODERS_ADD_CODES})")
            yield (f"CREATE POLICY coder_removes ON {table} FOR DELETE TO {coder} "
                   f"USING ({OWN_NEW_CODE})")
            continue
        yield f"CREATE POLICY coder_adds ON {table} FOR INSERT TO {coder} WITH CHECK ({own})"
        yield (f"CREATE POLICY coder_changes ON {table} FOR UPDATE TO {coder} "
               f"USING ({own}) WITH CHECK ({own})")
        yield f"CREATE POLICY coder_removes ON {table} FOR DELETE TO {coder} USING ({own})"


# -- members --------------------------------------------------------------------------------


def check_login_name(name: str) -> str:
    """A coder's name as a login: whole (at most 63 bytes), not one of PostgreSQL's own."""
    name = name.strip()
    if not name:
        raise InvalidValueError("a coder name cannot be empty")
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise InvalidValueError(f"{name[:20]!r}… is too long for a login on the server "
                                f"(at most {MAX_NAME_BYTES} bytes); choose a shorter name")
    if name.lower().startswith("pg_") or "\x00" in name:
        raise InvalidValueError(f"{name!r} cannot be a login on the server (names starting "
                                "with pg_ are PostgreSQL's own)")
    return name


def stem_of(conn: Connection) -> str:
    """The stem of the project's group roles; refuses a project without roles."""
    stem = conn.scalar(select(TeamSettings.roles).where(TeamSettings.id == 1))
    if not stem:
        raise QdaError("this project on the server has no team roles yet; an administrator "
                       "gives it some with `qda team create URL --lead NAME`")
    return str(stem)


def add_member(conn: Connection, stem: str, name: str, role: str,
               password: PasswordSource) -> TeamMember:
    """Make ``name`` a member in ``role``: its login (made if missing, with ``password``),
    its group role (any other role of this project taken away) and its coder record."""
    if role not in ROLES:
        raise InvalidValueError(f"no role {role!r} (roles: {', '.join(ROLES)})")
    name = check_login_name(name)
    login = quote(conn, name)
    found = conn.execute(text("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = :n"),
                         {"n": name}).one_or_none()
    if found is None:
        secret = password() if callable(password) else password
        if not secret:
            raise QdaError(f"a new login {name!r} needs a password; give one when asked, or "
                           "with --password-file FILE")
        verifier = _verifier(conn, name, secret)
        conn.exec_driver_sql(f"CREATE ROLE {login} LOGIN PASSWORD '{verifier}'")
    elif not found[0]:
        raise InvalidValueError(f"{name!r} is a group role on this server, not a login; "
                                "choose another name")
    for other in ROLES:
        if other != role and _is_member(conn, name, group(stem, other)):
            conn.exec_driver_sql(f"REVOKE {quote(conn, group(stem, other))} FROM {login}")
    conn.exec_driver_sql(f"GRANT {quote(conn, group(stem, role))} TO {login}")
    _coder_record(conn, name)
    return TeamMember(name, name, role)


def remove_member(conn: Connection, stem: str, name: str) -> TeamMember:
    """Revoke this project's group roles from the login ``name``; the login itself and the
    coder record (with its codings and memos) stay. Refused for one who holds none."""
    held = [r for r in ROLES if _is_member(conn, name, group(stem, r))]
    if not held:
        raise InvalidValueError(f"{name!r} has no role in this team project (see `qda team "
                                "members URL`); nothing was changed")
    login = quote(conn, name)
    for role in held:
        conn.exec_driver_sql(f"REVOKE {quote(conn, group(stem, role))} FROM {login}")
    return TeamMember(name, name, None)


def _verifier(conn: Connection, name: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` for the login ``name``, made by libpq."""
    raw = conn.connection.dbapi_connection
    pgconn = getattr(raw, "pgconn", None)
    if pgconn is None:  # pragma: no cover - only psycopg connects to a team project
        raise QdaError("cannot hash a password without psycopg's connection")
    verifier = bytes(pgconn.encrypt_password(password.encode("utf-8"), name.encode("utf-8"),
                                             b"scram-sha-256")).decode("ascii")
    if not _SCRAM.match(verifier):  # pragma: no cover - libpq's own format
        raise QdaError("libpq gave no SCRAM-SHA-256 verifier for the new password")
    return verifier


def _is_member(conn: Connection, login: str, group_role: str) -> bool:
    return bool(conn.scalar(text(
        "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g AND u.rolname = :u"),
        {"g": group_role, "u": login}))


def _coder_record(conn: Connection, name: str) -> None:
    """The coder called ``name`` codes as the login ``name`` (made when missing)."""
    conn.execute(update(Coder).where(Coder.login == name, Coder.name != name).values(login=None))
    if conn.scalar(select(Coder.id).where(Coder.name == name)) is None:
        conn.execute(insert(Coder).values(uuid=new_uuid(), name=name, login=name))
    else:
        conn.execute(update(Coder).where(Coder.name == name).values(login=name))


def members(conn: Connection, stem: str) -> list[TeamMember]:
    """Every coder with their login and role in this project, by name."""
    roles: dict[str, str] = {}
    for group_name, login in conn.execute(text(
            "SELECT g.rolname, u.rolname FROM pg_auth_members m "
            "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
            "WHERE g.rolname IN (:lead, :coder, :reader)"),
            {r: group(stem, r) for r in ROLES}):
        role = group_name[len(stem) + 1:]
        if login not in roles or ROLES.index(role) < ROLES.index(roles[login]):
            roles[login] = role
    return [TeamMember(name, login, roles.get(login) if login else None)
            for name, login in conn.execute(select(Coder.name, Coder.login).order_by(Coder.name))]


def role_of_login(conn: Connection, stem: str | None) -> str:
    """The role of ``current_user`` here: ``owner`` (owns the tables, or a superuser), the
    strongest of this project's groups it belongs to, or ``""``."""
    owner = conn.scalar(text(
        "SELECT r.rolsuper OR pg_get_userbyid(c.relowner) = current_user FROM pg_roles r, "
        "pg_class c WHERE r.rolname = current_user AND c.oid = to_regclass('project')"))
    if owner or not stem:  # without roles, only the server's own grants say what it may
        return OWNER
    held = set(conn.scalars(text(
        "SELECT g.rolname FROM pg_roles g WHERE g.rolname IN (:lead, :coder, :reader) "
        "AND pg_has_role(current_user, g.oid, 'MEMBER')"), {r: group(stem, r) for r in ROLES}))
    return next((r for r in ROLES if group(stem, r) in held), "")


def refuse_unless_admin(conn: Connection, what: str) -> None:
    """Making logins needs an administrator: a superuser or a login with CREATEROLE."""
    allowed = conn.scalar(text(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"))
    if not allowed:
        user = conn.scalar(text("SELECT current_user"))
        raise PermissionDeniedError(
            f"{user} may not {what}: that needs the server's administrator (a superuser or a "
            "login with CREATEROLE); nothing was changed")


def own_coder(conn: Connection) -> str | None:
    """The name of the coder whose login is ``current_user`` (``None``: none is)."""
    return conn.scalar(text("SELECT name FROM coder WHERE login = current_user"))
