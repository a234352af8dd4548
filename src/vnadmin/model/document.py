"""The whole document.

>>> from vnadmin.model import Document, Header, Paragraph, Section
>>> doc = Document(body=(Section("I", heading="Khái quát", children=(Paragraph("Nội dung."),)),))
>>> doc.header.national_title is None, len(doc.sections), bool(doc.preamble)
(True, 1, False)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from vnadmin.model import _checks
from vnadmin.model.header import Header
from vnadmin.model.origin import Note, Origin
from vnadmin.model.recipients import RecipientList
from vnadmin.model.sections import Footnote, Paragraph, Section
from vnadmin.model.signature import SignatureBlock

__all__ = ["Document", "Preamble"]


@attrs.frozen
class Preamble:
    """The lines between the title block and the body of a decision, resolution, decree…:
    ``authority`` (thẩm quyền ban hành: "BỘ TRƯỞNG BỘ NỘI VỤ"), ``bases`` ("Căn cứ …",
    "Theo đề nghị …", "Xét …" in order) and ``formula`` ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", or
    "Chính phủ ban hành Nghị định …"). Empty (falsy) for a report."""

    authority: str | None = attrs.field(default=None, validator=_checks.optional_text)
    bases: tuple[Paragraph, ...] = attrs.field(
        default=(), converter=_checks.to_tuple, validator=_checks.tuple_of(Paragraph)
    )
    formula: str | None = attrs.field(default=None, validator=_checks.optional_text)

    def __bool__(self) -> bool:
        return self.authority is not None or bool(self.bases) or self.formula is not None

    def __len__(self) -> int:
        return (self.authority is not None) + len(self.bases) + (self.formula is not None)


def _check_body(inst: Document, attribute: attrs.Attribute[Any], value: Any) -> None:
    for item in value:
        if type(item) is not Section and type(item) is not Paragraph:
            _checks.fail(inst, attribute, item, "phải là Section hoặc Paragraph (must be Section or Paragraph)")


@attrs.frozen
class Document:
    """A document: ``header`` (always a :class:`Header`; its fields are ``None`` when
    absent), ``preamble``, ``addressees`` (Kính gửi), ``body`` (top-level sections and
    paragraphs in order), ``signature``, ``recipients`` (Nơi nhận) and ``footnotes``.

    ``origin`` and ``notes`` (what the reader noticed) are excluded from equality, so the
    same document read from text, XML or docx compares equal."""

    header: Header = attrs.field(factory=Header, validator=_checks.instance_of(Header))
    preamble: Preamble = attrs.field(factory=Preamble, validator=_checks.instance_of(Preamble))
    body: tuple[Section | Paragraph, ...] = attrs.field(
        default=(), converter=_checks.to_tuple, validator=_check_body
    )
    signature: SignatureBlock | None = attrs.field(
        default=None, validator=_checks.instance_of(SignatureBlock, optional=True)
    )
    recipients: RecipientList | None = attrs.field(
        default=None, validator=_checks.instance_of(RecipientList, optional=True)
    )
    footnotes: tuple[Footnote, ...] = attrs.field(
        default=(), converter=_checks.to_tuple, validator=_checks.tuple_of(Footnote)
    )
    addressees: RecipientList | None = attrs.field(
        default=None, kw_only=True, validator=_checks.instance_of(RecipientList, optional=True)
    )
    origin: Origin | None = attrs.field(default=None, kw_only=True, eq=False)
    notes: tuple[Note, ...] = attrs.field(default=(), kw_only=True, eq=False, converter=_checks.to_tuple)

    @property
    def sections(self) -> tuple[Section, ...]:
        """The :class:`Section` items of ``body``."""
        return tuple(b for b in self.body if type(b) is Section)

    @property
    def doc_type(self) -> Any:
        return self.header.doc_type

    @property
    def number(self) -> Any:
        return self.header.number

    def walk(self) -> Iterator[Section | Paragraph]:
        """Every section and paragraph of the body, depth first, in document order."""
        for item in self.body:
            if type(item) is Section:
                yield from item.walk()
            else:
                yield item

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every body paragraph, in order (preamble and footnotes excluded)."""
        for item in self.walk():
            if type(item) is Paragraph:
                yield item

    def footnote(self, marker: str) -> Footnote | None:
        for f in self.footnotes:
            if f.marker == marker:
                return f
        return None
