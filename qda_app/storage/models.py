"""The tables of a project: a ``.qda`` file or a team project on a server (schema version 6).

Offsets (``start``/``end``) are Python ``str`` indices, i.e. Unicode code
points, into ``Document.text``, which never changes after import.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..ids import new_uuid
from ..timestamps import format_ts, parse_ts, utcnow


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes stored as text by :func:`format_ts`.

    Hot paths (bulk insert, retrieval) write and read the same text directly.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> str | None:
        return None if value is None else format_ts(value)

    def process_result_value(self, value: str | None, dialect: object) -> datetime | None:
        return None if value is None else parse_ts(value)


class Base(DeclarativeBase):
    pass


class ProjectInfo(Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(Text)
    schema_version: Mapped[int] = mapped_column(Integer)
    created: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Document(Base):
    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(Text, unique=True)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Derived at import (text and turns never change after it), so that listing the
    # documents reads neither texts nor turns.
    chars: Mapped[int] = mapped_column(Integer, server_default="0")
    """Length of ``text`` in code points."""
    speakers: Mapped[str] = mapped_column(Text, server_default="[]")
    """The speakers in order of first turn, as a JSON list of names."""
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """The document's place in the project's list (the user may reorder it)."""

    turns: Mapped[list[SpeakerTurn]] = relationship(
        back_populates="document", lazy="raise", cascade="all, delete-orphan",
        passive_deletes=True,
    )


class SpeakerTurn(Base):
    __tablename__ = "speaker_turn"
    __table_args__ = (
        CheckConstraint('start >= 0 AND "end" > start', name="turn_span"),
        Index("ix_turn_document_start", "document_id", "start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(Text)
    time: Mapped[str | None] = mapped_column(Text)
    body_start: Mapped[int | None] = mapped_column(Integer)
    seconds: Mapped[float | None] = mapped_column(Float)
    """Where the turn is in the recording (a transcript's timestamp ``#00:01:02-5#``)."""

    document: Mapped[Document] = relationship(back_populates="turns", lazy="raise")


class Code(Base):
    __tablename__ = "code"
    __table_args__ = (
        # a code's children, and one child by its exact name, without reading its siblings
        Index("ix_code_parent", "parent_id", "name"),
        Index("ix_code_color", "color"),  # counting colours for a new code's default
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("code.id"))
    name: Mapped[str] = mapped_column(Text)
    color: Mapped[str] = mapped_column(String(7))
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    codable: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    """False for a category: a code that groups subcodes and is not meant to code text
    (REFI-QDA's ``isCodable="false"``)."""
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    """Counts the changes of this code (name, place, colour, description, kind): a change
    made with an older version in hand is refused instead of overwriting another coder's."""
    created_by: Mapped[int | None] = mapped_column(ForeignKey("coder.id", ondelete="SET NULL"))
    """The coder who added this code, when the project had a coder of that name then: in a
    team project a coder may remove (undo) a code they added while nothing depends on it."""


class DocumentPage(Base):
    """Where each page of a document from a paged source (PDF) starts in its text."""

    __tablename__ = "document_page"
    __table_args__ = (CheckConstraint("number >= 1 AND start >= 0", name="page_start"),)

    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[int] = mapped_column(Integer)


class Coder(Base):
    __tablename__ = "coder"
    __table_args__ = (Index("ux_coder_login", "login", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(Text, unique=True)
    login: Mapped[str | None] = mapped_column(Text)
    """The server login that codes as this coder (a team project's row-level security
    compares it with ``current_user``); ``None`` in a file and for coders without one."""


class Coding(Base):
    __tablename__ = "coding"
    __table_args__ = (
        CheckConstraint('start >= 0 AND "end" > start', name="coding_span"),
        Index("ix_coding_document_start", "document_id", "start"),
        Index("ix_coding_code", "code_id"),
        Index("ix_coding_coder", "coder_id"),
        # a coding exists once: counts and agreement would count a second copy twice
        Index("ux_coding_key", "document_id", "code_id", "coder_id", "start", "end",
              unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    code_id: Mapped[int] = mapped_column(ForeignKey("code.id"))
    coder_id: Mapped[int] = mapped_column(ForeignKey("coder.id"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    memo: Mapped[str | None] = mapped_column(Text)
    created: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    modified: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


MEMO_KINDS = ("project", "document", "code", "text", "free")
"""A memo's kind: the project's research journal, on a document, on a code, on a passage of
a document (MAXQDA's "memo in the text": ``document_id`` with ``start``/``end``), or a
free memo, linked to whatever :class:`MemoLink` rows name. (A coding's memo is a column of
the coding itself.)"""


class Memo(Base):
    """A memo: see :data:`MEMO_KINDS`."""

    __tablename__ = "memo"
    __table_args__ = (
        CheckConstraint(
            "document_id IS NULL OR code_id IS NULL", name="memo_single_target"
        ),
        CheckConstraint(
            "(start IS NULL AND \"end\" IS NULL) OR "
            "(document_id IS NOT NULL AND start >= 0 AND \"end\" > start)",
            name="memo_span",
        ),
        CheckConstraint(f"kind IN {MEMO_KINDS!r}", name="memo_kind"),
        Index("ix_memo_document", "document_id"),
        Index("ix_memo_code", "code_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE")
    )
    code_id: Mapped[int | None] = mapped_column(ForeignKey("code.id", ondelete="CASCADE"))
    created: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    modified: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(16), default="free", server_default="free")
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("coder.id"))
    """Who wrote it (``None`` for memos from before version 5 or from other tools)."""
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)


class MemoLink(Base):
    """What a free memo is linked to: one document, code, coding or other memo per row."""

    __tablename__ = "memo_link"
    __table_args__ = (
        CheckConstraint(
            " + ".join(f"CASE WHEN {c} IS NULL THEN 0 ELSE 1 END" for c in (
                "document_id", "code_id", "coding_id", "linked_memo_id")) + " = 1",
            name="memo_link_one_target"),
        Index("ix_memo_link_memo", "memo_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    memo_id: Mapped[int] = mapped_column(ForeignKey("memo.id", ondelete="CASCADE"))
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"))
    code_id: Mapped[int | None] = mapped_column(ForeignKey("code.id", ondelete="CASCADE"))
    coding_id: Mapped[int | None] = mapped_column(ForeignKey("coding.id", ondelete="CASCADE"))
    linked_memo_id: Mapped[int | None] = mapped_column(
        ForeignKey("memo.id", ondelete="CASCADE"))


VARIABLE_TYPES = ("text", "integer", "decimal", "date", "boolean")
"""A document variable's type; values are stored as text in a canonical form (an integer's
digits, a decimal with ``.``, a date as ``YYYY-MM-DD``, a yes/no as ``1``/``0``)."""


class Variable(Base):
    """A document variable, defined once per project ("Alter", "Region", "Geschlecht")."""

    __tablename__ = "variable"
    __table_args__ = (CheckConstraint(f"type IN {VARIABLE_TYPES!r}", name="variable_type"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(Text, unique=True)
    type: Mapped[str] = mapped_column(String(16))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class VariableValue(Base):
    """One document's value of one variable (no row: the value is empty)."""

    __tablename__ = "variable_value"
    __table_args__ = (Index("ix_variable_value_variable", "variable_id", "value"),)

    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), primary_key=True)
    variable_id: Mapped[int] = mapped_column(
        ForeignKey("variable.id", ondelete="CASCADE"), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DocumentSet(Base):
    """A named group of documents (MAXQDA's document set); a document may be in several.

    ``condition`` keeps the variable condition a set was made from ("Region = Thüringen
    and Alter < 40"), so the set can say how it came about and be made again."""

    __tablename__ = "document_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(Text, unique=True)
    condition: Mapped[str | None] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SetMember(Base):
    __tablename__ = "set_member"
    __table_args__ = (Index("ix_set_member_document", "document_id"),)

    set_id: Mapped[int] = mapped_column(
        ForeignKey("document_set.id", ondelete="CASCADE"), primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), primary_key=True)


class TeamSettings(Base):
    """A team project's settings, one row that only its lead may change (no row: the
    defaults; a ``.qda`` file keeps the row it was given but nothing reads it)."""

    __tablename__ = "team_settings"
    __table_args__ = (CheckConstraint("id = 1", name="team_settings_one_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False, default=1)
    blinded: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    """Coders see only their own codings (and memos on codings) until the lead ends it."""
    coders_add_codes: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    """Coders may add codes to the code system (never change or delete them)."""
    roles: Mapped[str | None] = mapped_column(Text)
    """The stem of the project's group roles on the server (``STEM_lead``, ``STEM_coder``,
    ``STEM_reader``); ``None`` for a project without roles."""
