"""What a rule sees: the document, the configuration, and helpers to point at places."""

from __future__ import annotations

import calendar
import datetime as _dt
from collections.abc import Iterator

from vnadmin.model import Citation, Document, Origin, Paragraph, Section
from vnadmin.rules.config import Config
from vnadmin.rules.registry import Hit

__all__ = ["Context"]


class Context:
    """The document under validation plus derived facts every rule needs once."""

    def __init__(self, doc: Document, config: Config, source: str | None = None) -> None:
        self.doc = doc
        self.config = config
        self.source = source
        self.today = config.today_or_now()
        header = doc.header
        number = header.number
        dtype = header.doc_type
        #: A Party document (Hướng dẫn 36-HD/VPTW): Party title instead of Quốc hiệu.
        self.is_party = (
            header.party_title is not None
            or (number is not None and number.style == "party")
            or (dtype is not None and dtype.system == "party")
        )
        #: An annex (Phụ lục) read on its own: it carries no header of its own.
        self.is_annex = header.annex_label is not None or (dtype is not None and dtype.category == "annex")
        self.is_cong_van = dtype is not None and dtype.is_cong_van
        #: Results rules share within one run (e.g. check_number on the header's number).
        self.memo: dict[str, object] = {}
        self._sections: tuple[tuple[str, Section], ...] | None = None
        self._paragraphs: tuple[tuple[str, Paragraph], ...] | None = None
        self._citations: tuple[tuple[str, Citation, Origin | None], ...] | None = None

    # -- places ----------------------------------------------------------------------------
    def header_origin(self, field: str) -> Origin | None:
        """Where a header field was read; for an absent field, the start of the header
        (the earliest origin the reader recorded) or of the document."""
        header = self.doc.header
        found = header.origin_of(field)
        if found is not None:
            return found
        return self.top_origin()

    def top_origin(self) -> Origin | None:
        """The first place the reader recorded in the header, else the document's origin."""
        best: Origin | None = None
        for _, origin in self.doc.header.origins:
            if best is None or _before(origin, best):
                best = origin
        return best or self.doc.origin

    def end_origin(self) -> Origin | None:
        """A place near the end of the document (for a missing signature or recipient list):
        the last body paragraph or section the reader recorded."""
        last: Origin | None = None
        for item in self.doc.walk():
            if item.origin is not None:
                last = item.origin
        return last or self.doc.origin

    def hit(self, message: str, path: str, origin: Origin | None = None) -> Hit:
        return Hit(message=message, path=path, origin=origin)

    # -- the document's date ----------------------------------------------------------------
    def latest_issue_date(self) -> _dt.date | None:
        """The latest date the document can bear: its date, or — when the day (or month)
        is left blank in a draft — the last day of that month (or year). ``None`` when the
        year is unknown or the date impossible."""
        d = self.doc.header.issue_date
        if d is None or d.year is None:
            return None
        if d.month is None:
            return _dt.date(d.year, 12, 31)
        if d.day is None:
            return _dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
        return d.as_date()

    # -- the body ---------------------------------------------------------------------------
    def sections_with_paths(self) -> tuple[tuple[str, Section], ...]:
        """Every section with its model path (``body[1].children[0]``), depth first."""
        if self._sections is None:
            self._sections = tuple(self._walk_sections())
        return self._sections

    def paragraphs_with_paths(self) -> tuple[tuple[str, Paragraph], ...]:
        """Every paragraph of the preamble and the body, with its model path."""
        if self._paragraphs is None:
            self._paragraphs = tuple(self._walk_paragraphs())
        return self._paragraphs

    def _walk_sections(self) -> Iterator[tuple[str, Section]]:

        def walk(items: tuple[Section | Paragraph, ...], prefix: str) -> Iterator[tuple[str, Section]]:
            for i, item in enumerate(items):
                if type(item) is Section:
                    path = f"{prefix}[{i}]"
                    yield path, item
                    yield from walk(item.children, f"{path}.children")

        yield from walk(self.doc.body, "body")

    def _walk_paragraphs(self) -> Iterator[tuple[str, Paragraph]]:
        for i, p in enumerate(self.doc.preamble.bases):
            yield f"preamble.bases[{i}]", p

        def walk(items: tuple[Section | Paragraph, ...], prefix: str) -> Iterator[tuple[str, Paragraph]]:
            for i, item in enumerate(items):
                path = f"{prefix}[{i}]"
                if type(item) is Section:
                    yield from walk(item.children, f"{path}.children")
                else:
                    assert type(item) is Paragraph
                    yield path, item

        yield from walk(self.doc.body, "body")

    def citations(self) -> tuple[tuple[str, Citation, Origin | None], ...]:
        """Every citation the reader found in the preamble, body and footnotes, with the
        model path and origin of the paragraph that holds it."""
        if self._citations is None:
            out: list[tuple[str, Citation, Origin | None]] = []
            for path, p in self.paragraphs_with_paths():
                for j, c in enumerate(p.citations):
                    out.append((f"{path}.citations[{j}]", c, c.origin or p.origin))
            for i, f in enumerate(self.doc.footnotes):
                for j, c in enumerate(f.citations):
                    out.append((f"footnotes[{i}].citations[{j}]", c, c.origin or f.origin))
            self._citations = tuple(out)
        return self._citations


def _before(a: Origin, b: Origin) -> bool:
    for attr in ("line", "paragraph"):
        x, y = getattr(a, attr), getattr(b, attr)
        if x is not None and y is not None:
            return bool(x < y) or (attr == "line" and x == y and (a.column or 0) < (b.column or 0))
    return False
