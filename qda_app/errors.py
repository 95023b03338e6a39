"""Errors the core raises for things a user did or gave us.

Every subclass of :class:`QdaError` has a one-line, user-readable ``str()``: the
command line prints it after ``error:`` and the window shows it in a message
box. Anything that is not a ``QdaError`` is a bug and is reported as such.
"""

from __future__ import annotations


class QdaError(Exception):
    """A problem the user can understand and act on."""


class NotAProjectError(QdaError):
    """The file is not a Kodierwerk project (or is damaged beyond reading)."""


class DamagedProjectError(NotAProjectError):
    """The file is a project but damaged; ``qda check`` (``Project.check_file``) says where."""


class ProjectInUseError(QdaError):
    """Another program holds a lock on the file (it is writing to it right now)."""


class SaveFailedError(QdaError):
    """A change could not be written (disk full, read-only, I/O error); nothing was changed."""

    reason: str = ""
    """Why, without the file name ("the disk is full"), for callers that name another file:
    a project built under a temporary name is reported under the name the user chose."""


class NewerSchemaError(QdaError):
    """The project was written by a newer Kodierwerk than this one."""


class ProjectExistsError(QdaError):
    """``Project.create`` would overwrite an existing file."""


class ImportFormatError(QdaError):
    """A file to import is empty, binary, of an unknown kind or undecodable."""


class DuplicateDocumentError(QdaError):
    """The same text (same SHA-256) is already in the project."""


class NotFoundError(QdaError):
    """A document, code, coder or coding that was asked for does not exist."""


class CodeNotFound(NotFoundError):
    pass


class DocumentNotFound(NotFoundError):
    pass


class CoderNotFound(NotFoundError):
    pass


class CodingNotFound(NotFoundError):
    pass


class DuplicateCodeName(QdaError):
    """A sibling with this name exists already."""


class DuplicateCodingError(QdaError):
    """An identical coding (same document, code, coder, start and end) exists already.

    It would count twice in every count and every agreement figure, so the
    core refuses it whoever asks: the window, ``qda code-text`` or a script.
    """


class InvalidValueError(QdaError):
    """A value (offset, colour, name) is outside what the project accepts."""


class OutputError(QdaError):
    """A file could not be written: the disk is full, the folder is read-only..."""


class CodeInUseError(QdaError):
    """A code with codings cannot be deleted without saying what happens to them."""


# -- team projects on a PostgreSQL server ------------------------------------------------


class ServerUnreachableError(QdaError):
    """The server cannot be reached (refused, unknown host, timeout, connection lost)."""


class ProjectOfflineError(ServerUnreachableError):
    """A team project lost its connection and is reconnecting: refused without trying."""


class AuthenticationError(QdaError):
    """The server refused the login (wrong password, unknown login, no pg_hba.conf entry)."""


class PasswordRequiredError(AuthenticationError):
    """The server wants a password and none was given (URL, ``~/.pgpass``, prompt): the
    command line asks for it when it runs in a terminal, the window always."""


class PermissionDeniedError(SaveFailedError):
    """The login may not do this (a role's rights, a row-level security policy)."""


class ConcurrentChangeError(SaveFailedError):
    """Another coder's transaction changed the same rows at the same moment; nothing was
    saved, and trying again is safe."""


class ChangedMeanwhileError(QdaError):
    """What a change was based on was changed or deleted by someone else since it was read
    (a code renamed by another coder, an undo whose parent code is gone): nothing was
    changed, and the caller shows the project as it is now."""
