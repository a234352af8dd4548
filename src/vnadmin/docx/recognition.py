"""From docx blocks to a Document through the shared recogniser.

The docx reader knows footnotes structurally: ``Block.footnote_refs`` for the references
(``w:footnoteReference``) and ``kind="footnote"`` blocks for the notes (from the footnotes
part). The recogniser reads both as they are, whatever the marker ("1", "*", "a"), so the
blocks are handed through unchanged.
"""

from __future__ import annotations

import attrs

from vnadmin.docx.reader import Extraction
from vnadmin.model import Document
from vnadmin.model.origin import Origin

__all__ = ["recognise_extraction"]


def recognise_extraction(found: Extraction, source: str | None = None) -> Document:
    """The document the shared recogniser reads in ``found``, with the page setup on its
    origin and the reader's notes first among its notes."""
    from vnadmin.text.recogniser import recognise

    doc = recognise(found.blocks, source=source, notes=found.notes)
    return attrs.evolve(doc, origin=Origin(source=source, paragraph=0, page=found.page))
