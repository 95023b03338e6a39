"""Memos on the project, a document or a code."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from . import records
from .errors import NotFoundError
from .project_base import ProjectBase
from .records import Changes
from .storage import documents as doc_store
from .storage.code_tree import CodeTree
from .storage.models import Code, Document, Memo, utcnow


class MemosMixin(ProjectBase):
    def memos(self, document: object | None = None, code: object | None = None
              ) -> list[records.Memo]:
        """Memos of a document, of a code, or (neither given) all memos of the project."""
        with self._read() as s:
            query = (
                select(Memo.uuid, Memo.title, Memo.text, Document.uuid, Code.uuid,
                       Memo.created, Memo.modified)
                .outerjoin(Document, Document.id == Memo.document_id)
                .outerjoin(Code, Code.id == Memo.code_id)
                .order_by(Memo.created, Memo.id)
            )
            if document is not None:
                query = query.where(Memo.document_id == doc_store.find_id(s, document))
            if code is not None:
                ref = code.uuid if isinstance(code, records.Code) else str(code)
                query = query.where(Memo.code_id == CodeTree.load(s).find(ref).id)
            return [records.Memo(*row) for row in s.execute(query).all()]

    def add_memo(self, text: str, title: str = "", document: object | None = None,
                 code: object | None = None, uuid: str | None = None) -> records.Memo:
        with self._write() as s:
            memo = Memo(title=title, text=text)
            if uuid:
                memo.uuid = uuid.strip("{}").lower()
            if document is not None:
                memo.document_id = doc_store.find_id(s, document)
            if code is not None:
                ref = code.uuid if isinstance(code, records.Code) else str(code)
                memo.code_id = CodeTree.load(s).find(ref).id
            s.add(memo)
            s.flush()
            uuid = memo.uuid
        self._notify(Changes(memos=True))
        return self.memo(uuid)

    def memo(self, uuid: str) -> records.Memo:
        for memo in self.memos():
            if memo.uuid == uuid:
                return memo
        raise NotFoundError(f"no memo {uuid!r} in this project")

    def update_memo(self, memo: object, text: str | None = None, title: str | None = None
                    ) -> records.Memo:
        uuid = memo.uuid if isinstance(memo, records.Memo) else str(memo)
        values: dict[str, object] = {"modified": utcnow()}
        if text is not None:
            values["text"] = text
        if title is not None:
            values["title"] = title
        with self._write(Changes(memos=True)) as s:
            done = s.execute(update(Memo).where(Memo.uuid == uuid).values(**values))
            if not done.rowcount:
                raise NotFoundError(f"no memo {uuid!r} in this project")
        return self.memo(uuid)

    def delete_memo(self, memo: object) -> None:
        uuid = memo.uuid if isinstance(memo, records.Memo) else str(memo)
        with self._write(Changes(memos=True)) as s:
            s.execute(delete(Memo).where(Memo.uuid == uuid))
