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

from vnadmin._collector import collector_paused
from vnadmin.docx.package import Limits, read_package
from vnadmin.docx.reader import Extraction, extract
from vnadmin.docx.recognition import recognise_extraction
from vnadmin.docx.writer import document_xml, dump, dumps
from vnadmin.model import Document

__all__ = ["Extraction", "Limits", "blocks", "document_xml", "dump", "dumps", "load", "loads"]


def blocks(data: bytes, *, source: str | None = None, limits: Limits | None = None) -> Extraction:
    """The blocks, reader notes and page setup of the .docx ``data``, before recognition."""
    return extract(read_package(data, limits), source)


def loads(data: bytes, *, source: str | None = None, limits: Limits | None = None) -> Document:
    """Read the .docx ``data`` into a :class:`~vnadmin.model.Document`.

    Raises :class:`~vnadmin.errors.DocxError` for a file that is not a usable .docx (not a
    zip, no main part, malformed XML, a DTD or entity declaration, beyond ``limits``)."""
    with collector_paused():
        return recognise_extraction(blocks(data, source=source, limits=limits), source)


def load(path: str | os.PathLike[str], *, limits: Limits | None = None) -> Document:
    """Read the .docx file at ``path``."""
    p = Path(path)
    return loads(p.read_bytes(), source=str(p), limits=limits)
