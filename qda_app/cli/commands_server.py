"""``qda server init/start/stop/status DIR``: a PostgreSQL server for a lab, or to try out
team projects, from the installed PostgreSQL programs (:mod:`qda_app.cluster`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..cluster import DEFAULT_LISTEN, DEFAULT_PORT, SUPERUSER, Cluster


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = sub.add_parser(
        "server", help="run a PostgreSQL server for team projects",
        description="A PostgreSQL database cluster in a folder, run with the installed "
                    "PostgreSQL programs (initdb, pg_ctl); as root they run as the user "
                    "postgres. It listens on 127.0.0.1 unless told otherwise.")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    p = actions.add_parser("init", help="make a new cluster in DIR",
                           description=f"Make a cluster in DIR with the superuser {SUPERUSER}; "
                                       "its generated password is kept in DIR/pgpass "
                                       "(readable by you only).")
    p.add_argument("folder", metavar="DIR")
    p.set_defaults(func=cmd_init)
    p = actions.add_parser("start", help="start the server of DIR")
    p.add_argument("folder", metavar="DIR")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}")
    p.add_argument("--listen", default=DEFAULT_LISTEN, metavar="ADDR",
                   help=f"address to listen on (default {DEFAULT_LISTEN}: this machine only; "
                        "'*' for every network, with passwords)")
    p.set_defaults(func=cmd_start)
    p = actions.add_parser("stop", help="stop the server of DIR")
    p.add_argument("folder", metavar="DIR")
    p.set_defaults(func=cmd_stop)
    p = actions.add_parser("status", help="whether the server of DIR runs, and its URL",
                           description="Exit status 0 when it runs, 3 when it is stopped "
                                       "(as pg_ctl's), 1 when DIR holds no cluster.")
    p.add_argument("folder", metavar="DIR")
    p.set_defaults(func=cmd_status)


def _cluster(args: argparse.Namespace) -> Cluster:
    return Cluster(Path(args.folder).expanduser().absolute())


def cmd_init(args: argparse.Namespace) -> int:
    cluster = _cluster(args)
    cluster.init()
    print(f"made a database cluster in {cluster.folder}; its superuser {SUPERUSER}'s password "
          f"is in {cluster.pgpass}")
    print(f"start it with: qda server start {cluster.folder}")
    return 0


def cmd_start(args: argparse.Namespace) -> int:
    cluster = _cluster(args)
    url = cluster.start(port=args.port, listen=args.listen)
    print(f"the server of {cluster.folder} runs; a team project there is, for example:")
    print(f"  {url}")
    print(f"prepare it for a team with: PGPASSFILE={cluster.pgpass} qda team create {url} "
          "--lead 'YOUR NAME' --title 'My study'")
    print(f"(or, for one person without roles: qda init {url})")
    return 0


def cmd_stop(args: argparse.Namespace) -> int:
    cluster = _cluster(args)
    print(f"stopped the server of {cluster.folder}" if cluster.stop()
          else f"the server of {cluster.folder} was not running")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    cluster = _cluster(args)
    if not cluster.initialised():
        print(f"{cluster.folder} holds no database cluster")
        return 1
    if cluster.running():
        print(f"running: {cluster.url()}")
        return 0
    print(f"stopped (start it with: qda server start {cluster.folder})")
    return 3
