"""Plain text: read administrative documents into the model and write them back out.

>>> from vnadmin import text
>>> doc = text.loads("Số: /BC-SKHCHN\\n\\nQuảng Ngãi, ngày tháng 3 năm 2025\\n\\nBÁO CÁO\\n\\nTổng kết năm 2025\\n")
>>> str(doc.header.number), doc.header.doc_type.name, doc.header.issue_date.month
('/BC-SKHCHN', 'Báo cáo', 3)

Reading goes lines → blocks (:mod:`vnadmin.text.lines`) → the shared recogniser
(:func:`vnadmin.text.recogniser.recognise`, also used by the docx reader) → model;
writing uses the canonical layout of :mod:`vnadmin.text.writer`.
"""

from __future__ import annotations

import os
from pathlib import Path

from vnadmin._collector import collector_paused
from vnadmin.errors import ParseError
from vnadmin.model.document import Document
from vnadmin.text.blocks import Block
from vnadmin.text.lines import prepare_lines, prepared_blocks
from vnadmin.text.recogniser import recognise, recognise_lines
from vnadmin.text.writer import dumps

__all__ = ["Block", "dump", "dumps", "load", "loads", "recognise"]


def loads(s: str, *, source: str | None = None) -> Document:
    """Read a document from plain text (any extraction: typed, pdftotext, OCR, pandoc
    markdown). Raises :class:`~vnadmin.errors.ParseError` when ``s`` is not a string or
    holds no text at all."""
    if not isinstance(s, str):
        raise ParseError(
            f"cần một chuỗi văn bản, nhận {type(s).__name__} (expected str, got {type(s).__name__})",
            source=source,
        )
    with collector_paused():
        prepared = prepare_lines(s)
        # A text whose every line is printable holds no NUL: the search for one (slow:
        # NUL is the high byte of every ASCII character) runs only on the others. str.find,
        # not "in": on text beyond Latin-1 the two take different C paths, and find is
        # about twice as fast for NUL.
        at = -1 if prepared[3] else s.find("\x00")
        if at >= 0:
            line = s.count("\n", 0, at) + 1
            column = at - (s.rfind("\n", 0, at) + 1) + 1
            raise ParseError(
                "văn bản chứa ký tự NUL (text contains a NUL character)", line=line, column=column, source=source
            )
        blocks, notes = prepared_blocks(prepared, source=source)
        # (no empty block, no footnote reference; no combining mark where every character was
        # plain; every text printable where every line was, once normalised)
        doc = recognise_lines(blocks, source=source, notes=notes, combining=not prepared[5], printable=prepared[4])
        # Freed while the collector is paused: alive when it resumes, the blocks (one a
        # line) would be scanned by the collection that follows, only to be freed after it.
        del blocks, notes
    return doc


def load(path: str | os.PathLike[str]) -> Document:
    """Read a UTF-8 text file (a BOM is accepted)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ParseError(f"không đọc được tệp (cannot read the file): {e.strerror}", source=str(p)) from e
    try:
        s = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise ParseError("tệp không phải UTF-8 (the file is not UTF-8)", line=line, source=str(p)) from e
    return loads(s, source=str(p))


def dump(doc: Document, path: str | os.PathLike[str]) -> None:
    """Write ``doc`` to ``path`` in the canonical layout (UTF-8)."""
    Path(path).write_text(dumps(doc), encoding="utf-8")
