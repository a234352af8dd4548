"""What the recogniser modules share while reading one document: the blocks, the source
name and the notes recorded so far."""

from __future__ import annotations

import attrs

from vnadmin.model._trusted import new, slot_setters
from vnadmin.model.origin import Note, Origin
from vnadmin.text.blocks import Block

__all__ = ["Context", "quoted"]


_SET_CODE, _SET_MESSAGE, _SET_ORIGIN = slot_setters(Note, ("code", "message", "origin"))
_UNRECOGNISED = "dòng không nhận dạng được, giữ làm đoạn văn (unrecognised line kept as a paragraph): "


@attrs.define
class Context:
    blocks: list[Block]
    source: str | None = None
    notes: list[Note] = attrs.field(factory=list)
    #: True when the reader knows that every character of its input is printable (the text
    #: reader, from its preparation: the texts handed on are cut from such lines and joined
    #: by spaces), so a note quotes a text without asking it again.
    printable: bool = False

    def note(self, code: str, message: str, origin: Origin | None) -> None:
        # Note(code, message, origin) filled slot by slot: it has no validators to run, and
        # a document may get thousands (see vnadmin.model._trusted)
        n = new(Note)
        _SET_CODE(n, code)
        _SET_MESSAGE(n, message)
        _SET_ORIGIN(n, origin)
        self.notes.append(n)

    def unrecognised(self, text: str, origin: Origin | None) -> None:
        """Note a line kept as a paragraph: the message ends with it quoted (:func:`quoted`)."""
        # quoted(text) and note(), written out: the lines kept after a footer (an annex's)
        # get a note each, their whole text quoted (a call and a copy of the text less)
        if "'" not in text and "\\" not in text and (self.printable or text.isprintable()):
            message = f"{_UNRECOGNISED}'{text}'"
        else:
            message = _UNRECOGNISED + repr(text)
        n = new(Note)
        _SET_CODE(n, "unrecognised")
        _SET_MESSAGE(n, message)
        _SET_ORIGIN(n, origin)
        self.notes.append(n)

    def ignored(self, text: str, origin: Origin | None, why: str) -> None:
        """``why``: "vi (en)"; the message ends with the dropped text quoted."""
        self.note("ignored", f"bỏ qua {why}: {text!r}", origin)

    def repaired(self, written: str, origin: Origin | None, what: str) -> None:
        """A component read from text the writer will not reproduce word for word."""
        self.note("repaired", f"đã chuẩn hóa {what}, bản gốc (normalised; as written): {written!r}", origin)


def quoted(text: str) -> str:
    """``repr(text)``. A text with nothing to escape (no quote, no backslash, every
    character printable: ``repr`` keeps each printable character as it is) is put between
    quotes without repr's two passes over it (the lines kept after a footer, an annex's,
    are quoted whole; the tests hold it to repr)."""
    if "'" not in text and "\\" not in text and text.isprintable():
        return "'" + text + "'"
    return repr(text)
