"""The body: sections (Phần, Chương, Mục, Điều, I., 1., 1.1., a)) and paragraphs.

Sections form a tree whose levels come from the markers used, not from a fixed depth.
Bullets (``-``, ``+``) are paragraphs, not sections.

>>> p = Paragraph("Kế hoạch thực hiện.", footnote_refs=(FootnoteRef("1", 8),))
>>> s = Section("I", heading="Khái quát", children=(p,))
>>> s.marker, s.kind, s.paragraphs()[0].text
('I.', 'roman', 'Kế hoạch thực hiện.')
>>> Section("a").marker, Section("Điều 5").marker, Section("1.1").kind
('a)', 'Điều 5.', 'decimal')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import attrs

from vnadmin.model import _checks
from vnadmin.model.citation import Citation
from vnadmin.model.origin import Origin

__all__ = ["BULLETS", "Footnote", "FootnoteRef", "Paragraph", "Section", "label_kind"]

BULLETS = ("-", "+", "•", "*")

_KEYWORD_KINDS = (
    ("Tiểu mục ", "tieu_muc"),
    ("Phần ", "phan"),
    ("Chương ", "chuong"),
    ("Mục ", "muc"),
    ("Điều ", "dieu"),
)
_ROMAN = re.compile(r"[IVXLCDM]+")
_ARABIC = re.compile(r"[0-9]+")
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)+")
_LETTER = re.compile(r"[a-zđ][0-9]?")


@lru_cache(maxsize=4096)
def label_kind(label: str) -> str | None:
    """The kind of marker a label uses: ``phan``, ``chuong``, ``muc``, ``tieu_muc``,
    ``dieu``, ``roman``, ``arabic``, ``decimal`` or ``letter``; ``None`` if none fits."""
    for prefix, kind in _KEYWORD_KINDS:
        if label.startswith(prefix) and len(label) > len(prefix):
            return kind
    if _ROMAN.fullmatch(label):
        return "roman"
    if _ARABIC.fullmatch(label):
        return "arabic"
    if _DECIMAL.fullmatch(label):
        return "decimal"
    if _LETTER.fullmatch(label):
        return "letter"
    return None


def _check_label(inst: Section, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str or label_kind(value) is None:
        _checks.fail(
            inst,
            attribute,
            value,
            "nhãn mục không hợp lệ; ví dụ: 'Phần I', 'Chương II', 'Mục 1', 'Điều 5', 'I', '1', "
            "'1.1', 'a' (invalid section label)",
        )


def _default_marker(inst: Section) -> str:
    # Defaults are computed before validators run: a non-str label is left to its validator.
    if type(inst.label) is not str:
        return ""
    kind = label_kind(inst.label)
    if kind in ("phan", "chuong", "muc", "tieu_muc"):
        return inst.label
    if kind == "letter":
        return inst.label + ")"
    return inst.label + "."


@attrs.frozen(repr=False)
class FootnoteRef:
    """A footnote reference inside a paragraph: ``marker`` ("1") at ``offset`` in the
    paragraph's text (the marker itself is not part of the text)."""

    marker: str = attrs.field(validator=_checks.text)
    offset: int = attrs.field()

    @offset.validator
    def _offset(self, attribute: attrs.Attribute[int], value: int) -> None:
        if type(value) is not int or value < 0:
            _checks.fail(self, attribute, value, "phải là số nguyên ≥ 0 (must be an int ≥ 0)")

    def __repr__(self) -> str:
        return f"FootnoteRef({self.marker!r}, {self.offset})"


def _check_refs(inst: Paragraph, attribute: attrs.Attribute[Any], value: Any) -> None:
    if type(value) is not tuple:
        _checks.fail(inst, attribute, value, "phải là tuple (must be a tuple)")
    for ref in value:
        if type(ref) is not FootnoteRef or ref.offset > len(inst.text):
            _checks.fail(
                inst,
                attribute,
                ref,
                "tham chiếu chú thích phải nằm trong văn bản (footnote reference must lie within the text)",
            )


def _check_bullet(inst: Paragraph, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and value not in BULLETS:
        _checks.fail(inst, attribute, value, f"phải là một trong {BULLETS} hoặc None (must be one of them or None)")


class _ParagraphSlots:
    """The slots of a :class:`Paragraph`, in a base of their own (as ``Origin``'s): a reader
    that fills a Paragraph as a plain subclass of this base (adding no slots) turns it into
    a Paragraph by assigning ``__class__`` without CPython comparing the two classes' slots
    name by name. attrs reuses these slots."""

    __slots__ = ("bullet", "citations", "footnote_refs", "origin", "text")

    text: str
    bullet: str | None
    footnote_refs: tuple[FootnoteRef, ...]
    citations: tuple[Citation, ...]
    origin: Origin | None


class _SectionSlots:
    """The slots of a :class:`Section`, in a base of their own (see :class:`_ParagraphSlots`)."""

    __slots__ = ("children", "heading", "label", "marker", "origin")

    label: str
    heading: str | None
    children: tuple[Section | Paragraph, ...]
    marker: str
    origin: Origin | None


# Paragraph and Section have no __weakref__ slot: readers make one per paragraph and fill it
# as a plain object of the same slots (see vnadmin.model.origin.Origin).
@attrs.frozen(repr=False, weakref_slot=False)
class Paragraph(_ParagraphSlots):
    """A paragraph of running text. ``text`` is as written, without footnote markers;
    ``bullet`` is "-" or "+" for list items; ``citations`` are found by the readers (they
    annotate the text and are excluded from equality)."""

    text: str = attrs.field(validator=_checks.text)
    bullet: str | None = attrs.field(default=None, kw_only=True, validator=_check_bullet)
    footnote_refs: tuple[FootnoteRef, ...] = attrs.field(
        default=(), kw_only=True, converter=_checks.to_tuple, validator=_check_refs
    )
    citations: tuple[Citation, ...] = attrs.field(
        default=(), kw_only=True, eq=False, converter=_checks.to_tuple
    )
    origin: Origin | None = attrs.field(default=None, kw_only=True, eq=False)

    def __repr__(self) -> str:
        short = self.text if len(self.text) <= 40 else self.text[:37] + "..."
        bullet = f"{self.bullet} " if self.bullet else ""
        return f"Paragraph({bullet}{short!r})"


@attrs.frozen(repr=False, weakref_slot=False)
class Section(_SectionSlots):
    """A numbered section: ``label`` ("Phần I", "Chương II", "Điều 5", "I", "1", "1.1",
    "a"), ``heading`` (``None`` when the marker stands alone or runs straight into text),
    and ``children`` — sections and paragraphs in order. ``marker`` is the label as written
    ("I.", "a)", "Điều 5.")."""

    label: str = attrs.field(validator=_check_label)
    heading: str | None = attrs.field(default=None, validator=_checks.optional_text)
    children: tuple[Section | Paragraph, ...] = attrs.field(
        default=(), converter=_checks.to_tuple
    )
    marker: str = attrs.field(
        default=attrs.Factory(_default_marker, takes_self=True), kw_only=True, validator=_checks.text
    )
    origin: Origin | None = attrs.field(default=None, kw_only=True, eq=False)

    @children.validator
    def _children(self, attribute: attrs.Attribute[Any], value: Any) -> None:
        for child in value:
            if type(child) is not Section and type(child) is not Paragraph:
                _checks.fail(self, attribute, child, "phải là Section hoặc Paragraph (must be Section or Paragraph)")

    @property
    def kind(self) -> str:
        kind = label_kind(self.label)
        assert kind is not None
        return kind

    @property
    def number(self) -> str:
        """The label without its keyword ("Chương II" → "II")."""
        return self.label.rsplit(" ", 1)[-1]

    @property
    def sections(self) -> tuple[Section, ...]:
        return tuple(c for c in self.children if type(c) is Section)

    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Direct child paragraphs."""
        return tuple(c for c in self.children if type(c) is Paragraph)

    def walk(self) -> Iterator[Section | Paragraph]:
        """This section and everything below it, depth first, in document order."""
        yield self
        for child in self.children:
            if type(child) is Section:
                yield from child.walk()
            else:
                yield child

    def __repr__(self) -> str:
        head = f" {self.heading!r}" if self.heading else ""
        return f"Section({self.marker}{head}, {len(self.children)} children)"



@attrs.frozen(repr=False)
class Footnote:
    """A footnote: ``marker`` ("1") and its ``text``."""

    marker: str = attrs.field(validator=_checks.text)
    text: str = attrs.field(validator=_checks.text)
    citations: tuple[Citation, ...] = attrs.field(
        default=(), kw_only=True, eq=False, converter=_checks.to_tuple
    )
    origin: Origin | None = attrs.field(default=None, kw_only=True, eq=False)

    def __repr__(self) -> str:
        return f"Footnote({self.marker!r}, {self.text[:40]!r})"
