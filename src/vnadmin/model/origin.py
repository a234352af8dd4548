"""Where a model object came from, and what a reader noticed while reading it.

These objects never take part in equality: the same document read from text, XML or docx
compares equal, while validation can still point at a line, a paragraph or an XPath.
"""

from __future__ import annotations

import attrs

__all__ = ["Layout", "Note", "Origin", "PageSetup"]


@attrs.frozen
class Layout:
    """Character and paragraph formatting seen in the source (docx), in points and cm.

    ``None`` means "not stated in the source" (inherited from a style or the default).
    """

    font: str | None = None
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    all_caps: bool | None = None
    alignment: str | None = None  # "left" | "center" | "right" | "both"
    first_line_indent_cm: float | None = None
    style: str | None = None


@attrs.frozen
class PageSetup:
    """Paper size and margins of a docx source, in millimetres."""

    width_mm: float | None = None
    height_mm: float | None = None
    margin_top_mm: float | None = None
    margin_bottom_mm: float | None = None
    margin_left_mm: float | None = None
    margin_right_mm: float | None = None
    orientation: str | None = None  # "portrait" | "landscape"


class _OriginSlots:
    """The slots of an :class:`Origin`, in a base of their own: a reader that fills an
    Origin as a plain subclass of this base (adding no slots) turns it into an Origin by
    assigning ``__class__`` without CPython comparing the two classes' slots name by name
    (it does between classes with different bases). attrs reuses these slots."""

    __slots__ = ("column", "layout", "line", "page", "paragraph", "source", "xpath")

    source: str | None
    line: int | None
    column: int | None
    paragraph: int | None
    xpath: str | None
    layout: Layout | None
    page: PageSetup | None


# No __weakref__ slot: readers make an Origin per paragraph and fill it as a plain object of
# the same slots (CPython lets ``__class__`` change only between classes whose slots all lie
# where the other's do, which a __weakref__ slot placed after them prevents).
@attrs.frozen(weakref_slot=False)
class Origin(_OriginSlots):
    """A place in a source: line and column (1-based) of a text file, paragraph index of a
    docx body, or the XPath of an XML node; ``layout`` holds docx formatting hints."""

    source: str | None = None
    line: int | None = None
    column: int | None = None
    paragraph: int | None = None
    xpath: str | None = None
    layout: Layout | None = None
    page: PageSetup | None = None

    def __str__(self) -> str:
        parts = [self.source or "<input>"]
        if self.line is not None:
            parts.append(f"{self.line}:{self.column or 1}")
        elif self.paragraph is not None:
            parts.append(f"¶{self.paragraph}")
        elif self.xpath is not None:
            parts.append(self.xpath)
        return ":".join(parts)


@attrs.frozen
class Note:
    """Something a reader recorded: a line it did not recognise, a repair it made.

    ``code`` is a short stable tag (``"unrecognised"``, ``"repaired"``, ``"ignored"``…).
    """

    code: str
    message: str
    origin: Origin | None = None
