"""Word (.docx): write documents laid out as Nghị định 30/2020/NĐ-CP prescribes, and read
Word and LibreOffice files back into the model.

- :func:`dumps` / :func:`dump` write a complete .docx package; :func:`document_xml` gives
  its main part (``w:document``) as an lxml element.
- :func:`loads` / :func:`load` read a .docx (untrusted input: size and entry limits, a
  hardened XML parser) into blocks and hand them to the shared recogniser
  (:func:`vnadmin.text.recogniser.recognise`), the same one the text reader uses.
"""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from vnadmin.docx.package import Limits, read_package
from vnadmin.docx.reader import Extraction, extract
from vnadmin.docx.writer import document_xml, dump, dumps
from vnadmin.model import Document
from vnadmin.model.origin import Origin
from vnadmin.text.blocks import Block

__all__ = ["Extraction", "Limits", "blocks", "document_xml", "dump", "dumps", "load", "loads"]


def blocks(data: bytes, *, source: str | None = None, limits: Limits | None = None) -> Extraction:
    """The blocks, reader notes and page setup of the .docx ``data``, before recognition."""
    return extract(read_package(data, limits), source)


def loads(data: bytes, *, source: str | None = None, limits: Limits | None = None) -> Document:
    """Read the .docx ``data`` into a :class:`~vnadmin.model.Document`.

    Raises :class:`~vnadmin.errors.DocxError` for a file that is not a usable .docx (not a
    zip, no main part, malformed XML, a DTD or entity declaration, beyond ``limits``)."""
    from vnadmin.text.recogniser import recognise

    found = blocks(data, source=source, limits=limits)
    doc = recognise(_with_text_markers(found.blocks), source=source, notes=found.notes)
    return attrs.evolve(doc, origin=Origin(source=source, paragraph=0, page=found.page))


def _with_text_markers(found: tuple[Block, ...]) -> list[Block]:
    """The blocks as the shared recogniser reads footnotes today: each structural reference
    becomes its "[marker]" at its offset, and each footnote a trailing "[marker] text" line,
    the canonical text layout. (The blocks from :func:`blocks` keep them structural.)"""
    out: list[Block] = []
    notes: list[Block] = []
    for b in found:
        if b.kind == "footnote":
            for k, line in enumerate(b.text.split("\n")):
                text = f"[{b.footnote_marker}] {line}" if k == 0 else line
                notes.append(attrs.evolve(b, text=text, kind="line", footnote_marker=None, blank_before=k == 0))
            continue
        if b.footnote_refs:
            pieces = []
            pos = 0
            for marker, offset in sorted(b.footnote_refs, key=lambda r: r[1]):
                pieces.append(b.text[pos:offset])
                pieces.append(f"[{marker}]")
                pos = offset
            pieces.append(b.text[pos:])
            b = attrs.evolve(b, text="".join(pieces), footnote_refs=())
        out.append(b)
    return out + notes


def load(path: str | os.PathLike[str], *, limits: Limits | None = None) -> Document:
    """Read the .docx file at ``path``."""
    p = Path(path)
    return loads(p.read_bytes(), source=str(p), limits=limits)
