"""A PostgreSQL database cluster in a folder, for a lab or to try team projects out.

``qda server init/start/stop/status DIR`` and the tests' throw-away server use
this: it wraps the installed PostgreSQL programs (``initdb``, ``pg_ctl``); we
write no server of our own. PostgreSQL refuses to run as root, so when we are
root the programs run as the ``postgres`` user (``runuser``) and the folder is
handed to it. The server listens on 127.0.0.1 unless told otherwise, over TCP
only (no Unix socket, whose path length and folder rights differ per system).

**Logins.** :meth:`Cluster.init` makes the superuser ``kodierwerk`` with a
generated password, kept in ``DIR/pgpass`` (libpq's format, readable only by its
owner): ``PGPASSFILE=DIR/pgpass qda init postgresql://kodierwerk@127.0.0.1:5432/study``.
Every connection authenticates with SCRAM-SHA-256, from this machine too; a
server started with ``--listen`` on another address accepts the same from
anywhere (put it behind the institute's firewall, or use its managed PostgreSQL).
The tests' cluster uses ``trust`` instead: it lives for one test run on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .errors import QdaError

SUPERUSER = "kodierwerk"
DEFAULT_PORT = 5432
DEFAULT_LISTEN = "127.0.0.1"
SERVER_USER = "postgres"
"""Who runs the server programs when we are root."""
INSTALL_HINT = ("install PostgreSQL's server: apt-get install postgresql (Debian, Ubuntu), "
                "dnf install postgresql-server (Fedora), brew install postgresql (macOS)")


def find_bindir() -> Path:
    """The folder with ``initdb`` and ``pg_ctl``: ``QDA_PG_BINDIR`` if set, else Debian's
    ``/usr/lib/postgresql/N/bin`` (newest) or the ``PATH``. Refuses in one line."""
    wanted = os.environ.get("QDA_PG_BINDIR")
    if wanted:  # the user's choice, and only it
        candidates = [Path(wanted)]
    else:
        candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                            key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
                            reverse=True)
        found = shutil.which("initdb")
        if found:
            candidates.append(Path(found).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise QdaError(f"PostgreSQL's server programs (initdb, pg_ctl) are not installed; "
                   f"{INSTALL_HINT}")


def free_port(host: str = DEFAULT_LISTEN) -> int:
    """A TCP port nobody listens on right now (for the tests' server)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    """A database cluster in ``folder`` (its data in ``folder/data``)."""

    folder: Path

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def pgpass(self) -> Path:
        return self.folder / "pgpass"

    @property
    def _state_file(self) -> Path:
        return self.folder / "server.json"

    @property
    def log_file(self) -> Path:
        return self.folder / "server.log"

    def _as_server_user(self) -> list[str]:
        if os.name == "posix" and os.geteuid() == 0:
            if shutil.which("runuser") is None:
                raise QdaError("running as root, but `runuser` is missing to start PostgreSQL "
                               f"as the user {SERVER_USER}; run qda server as another user")
            return ["runuser", "-u", SERVER_USER, "--"]
        return []

    def _run(self, program: str, *args: str, check: bool = True
             ) -> subprocess.CompletedProcess[str]:
        command = [*self._as_server_user(), str(find_bindir() / program), *args]
        done = subprocess.run(command, capture_output=True, text=True, check=False,
                              stdin=subprocess.DEVNULL, env={**os.environ, "LC_ALL": "C"})
        if check and done.returncode != 0:
            raise QdaError(f"{program} failed: {_last_line(done.stderr or done.stdout)}")
        return done

    def _hand_over(self) -> None:
        """As root: give the folder to the server user, and check it can get there."""
        if not self._as_server_user():
            return
        try:
            shutil.chown(self.folder, SERVER_USER, SERVER_USER)
        except LookupError:
            raise QdaError(f"running as root, but there is no user {SERVER_USER} to run "
                           "PostgreSQL as (PostgreSQL refuses to run as root); "
                           f"{INSTALL_HINT}, which makes it") from None
        self.folder.chmod(0o700)
        probe = subprocess.run([*self._as_server_user(), "test", "-w", str(self.folder)],
                               check=False, capture_output=True)
        if probe.returncode != 0:
            raise QdaError(f"the user {SERVER_USER} cannot reach {self.folder} (a folder above "
                           "it is closed to other users); choose a folder such as "
                           "/srv/kodierwerk")

    def initialised(self) -> bool:
        return (self.data / "PG_VERSION").is_file()

    def init(self, trust: bool = False) -> None:
        """A new cluster with the superuser :data:`SUPERUSER` (password in :attr:`pgpass`,
        or none with ``trust``: the tests' throw-away server only)."""
        find_bindir()
        if self.initialised():
            raise QdaError(f"{self.folder} holds a database cluster already; start it with "
                           f"`qda server start {self.folder}`")
        if self.folder.exists() and any(self.folder.iterdir()):
            raise QdaError(f"{self.folder} is not empty; choose a new or empty folder")
        self.folder.mkdir(parents=True, exist_ok=True)
        self._hand_over()
        args = ["-D", str(self.data), "-U", SUPERUSER, "--encoding=UTF8", "--no-locale"]
        if trust:
            self._run("initdb", *args, "--auth=trust")
            return
        password = secrets.token_urlsafe(24)
        secret = self.folder / "initdb-password"
        secret.write_text(password + "\n", encoding="utf-8")
        secret.chmod(0o600)
        if self._as_server_user():
            shutil.chown(secret, SERVER_USER, SERVER_USER)
        try:
            self._run("initdb", *args, "--auth=scram-sha-256", f"--pwfile={secret}")
        finally:
            secret.unlink(missing_ok=True)
        self.pgpass.write_text(f"*:*:*:{SUPERUSER}:{password}\n", encoding="utf-8")
        self.pgpass.chmod(0o600)  # libpq ignores a password file others may read

    def start(self, port: int = DEFAULT_PORT, listen: str = DEFAULT_LISTEN,
              fast: bool = False) -> str:
        """Start the server; its URL (without password). ``fast`` trades durability for
        speed (no fsync): for throw-away test servers only."""
        if not self.initialised():
            raise QdaError(f"{self.folder} holds no database cluster; make one with "
                           f"`qda server init {self.folder}`")
        if self.running():
            return self.url()
        if listen not in (DEFAULT_LISTEN, "localhost", "::1"):
            self._allow_remote()
        options = [f"-p {int(port)}", f"-c listen_addresses='{listen}'",
                   "-c unix_socket_directories=''"]
        if fast:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log_file), "-w",
                         "-t", "60", "-o", " ".join(options), "start", check=False)
        if done.returncode != 0:
            raise QdaError(self._start_failure(port, done.stderr or done.stdout))
        self._state_file.write_text(json.dumps({"port": port, "listen": listen}),
                                    encoding="utf-8")
        return self.url()

    def _start_failure(self, port: int, output: str) -> str:
        log = self.log_file.read_text(encoding="utf-8", errors="replace") \
            if self.log_file.exists() else ""
        if "Address already in use" in log[-2000:]:
            return (f"port {port} is in use (another PostgreSQL?); choose another with "
                    "--port")
        return f"the server did not start: {_last_line(log[-2000:] or output)}"

    def _allow_remote(self) -> None:
        """Let other machines in, with passwords (SCRAM-SHA-256) only."""
        hba = self.data / "pg_hba.conf"
        lines = ["host all all 0.0.0.0/0 scram-sha-256", "host all all ::/0 scram-sha-256"]
        text = hba.read_text(encoding="utf-8")
        if "trust" in re.sub(r"#.*", "", text):
            raise QdaError("this cluster lets local logins in without a password (made for "
                           "tests), so it may only listen on 127.0.0.1")
        missing = [line for line in lines if line not in text]
        if missing:
            hba.write_text(text.rstrip("\n") + "\n" + "\n".join(missing) + "\n",
                           encoding="utf-8")

    def running(self) -> bool:
        if not self.initialised():
            return False
        return self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def stop(self) -> bool:
        """Stop the server (fast shutdown: open transactions are rolled back); whether it ran."""
        if not self.running():
            return False
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")
        return True

    def port(self) -> int:
        try:
            return int(json.loads(self._state_file.read_text(encoding="utf-8"))["port"])
        except (OSError, ValueError, KeyError, TypeError):
            return DEFAULT_PORT

    def listen(self) -> str:
        try:
            return str(json.loads(self._state_file.read_text(encoding="utf-8"))["listen"])
        except (OSError, ValueError, KeyError, TypeError):
            return DEFAULT_LISTEN

    def url(self, database: str = "study") -> str:
        """The URL of a database on this server, as this machine reaches it."""
        host = self.listen()
        host = DEFAULT_LISTEN if host in ("*", "0.0.0.0", "localhost") else host
        host = f"[{host}]" if ":" in host else host
        return f"postgresql://{SUPERUSER}@{host}:{self.port()}/{database}"


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:200] if lines else "no reason given"
