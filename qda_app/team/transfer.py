"""Moving a project onto a team server and back: ``qda team push`` and ``qda team pull``.

**Push** uploads an existing ``.qda`` project into an empty team project with every
UUID (documents, codes, coders, codings, memos and their links, variables, sets,
pages, turn times, categories), so that coders' files made from it before still
merge as the same project. The target is a team project prepared with ``qda team
create`` (roles, the lead's login) and still empty; when the URL's database is bare,
push prepares it first (``lead`` needed, and an administrator's login).

**Pull** writes an offline copy of a team project into a new ``.qda`` file, for
fieldwork without a network: what this login may read of it (a coder in blinded
mode gets their own codings). New work in the copy goes back with the existing
merge, ``qda merge URL COPY.qda``.

Each is one transaction on the writing side; a pull that fails removes its file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import NotAProjectError, ProjectExistsError, QdaError
from ..locations import is_server_url
from ..merge_records import TRANSFER_KINDS, ProjectDump
from ..project import Project
from ..team_records import PasswordSource
from ..text_format import counted


@dataclass(frozen=True)
class TransferReport:
    """What moved, from where to where."""

    source: str
    target: str
    content: ProjectDump
    prepared: bool = False
    """Whether push prepared the team project first (roles, the lead's login)."""

    def counts(self) -> dict[str, int]:
        return {word: self.content.count(table) for table, word in TRANSFER_KINDS}

    def to_text(self) -> str:
        what = ", ".join(counted(n, word.rstrip("s")) for word, n in self.counts().items())
        first = f"prepared {self.target} as a team project; " if self.prepared else ""
        return f"{first}copied {what} from {self.source} to {self.target} (every UUID kept)"


def push(source: str | Path, url: str, lead: str | None = None,
         lead_password: PasswordSource = None, password: str | None = None) -> TransferReport:
    """Upload the project file ``source`` into the empty team project at ``url``."""
    if not is_server_url(url):
        raise QdaError(f"push uploads to a team project on a server: give a postgresql:// "
                       f"URL, not {url}")
    with Project.open(Path(source)) as project:
        content = project.dump_content()
    prepared = False
    try:
        target = Project.open(url, password=password)
    except NotAProjectError:  # an empty database, or none yet
        if lead is None:
            raise QdaError(f"{url} holds no team project yet: give --lead NAME to prepare "
                           "it (an administrator's login is needed), or run `qda team "
                           "create URL --lead NAME` first") from None
        target = Project.create_team(url, lead, title=content.title,
                                     lead_password=lead_password, password=password)
        prepared = True
    with target:
        target.load_content(content)
        return TransferReport(str(source), target.location, content, prepared)


def pull(url: str, target: str | Path, password: str | None = None) -> TransferReport:
    """Write an offline copy of the team project at ``url`` into the new file ``target``."""
    path = Path(target)
    if path.exists():
        raise ProjectExistsError(f"{path} exists already; choose another name (pull never "
                                 "overwrites a file)")
    with Project.open(url, password=password) as project:
        content = project.dump_content()
        where = project.location
    copy = Project.create(path, title=content.title)
    try:
        with copy:
            copy.load_content(content)
    except BaseException:
        for leftover in (path, path.with_name(path.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return TransferReport(where, str(path), content)
