"""Recipient lists: "Kính gửi: …" under the header and "Nơi nhận: …" in the footer.

Items start with a bullet ("- Sở Nội vụ;") and keep their final ";" or "." in the text; a
line that does not start with a bullet continues the item before it when that item is not
finished (no final ";" or ".", or an open parenthesis). After a single addressee written on
the "Kính gửi:" line, address lines ("Địa chỉ: …", "(Lô III-3A, …)", "MST: …") are kept as
further items without a bullet.
"""

from __future__ import annotations

import re

import attrs

from vnadmin.model._trusted import new, slot_setters
from vnadmin.model.origin import Origin
from vnadmin.model.recipients import Recipient, RecipientList
from vnadmin.text.recogniser import patterns as P
from vnadmin.text.recogniser.context import Context

__all__ = ["ItemBuilder", "bullet_end", "read_addressees", "split_items"]

_ADDRESS = re.compile(r"\(?\s{0,2}(?:dia\s{1,2}chi|d\s{0,1}/\s{0,1}c|mst|ma\s{1,2}so\s{1,2}thue|dt|dien\s{1,2}thoai|email|fax)\b")
# ("…;- B": the line break after an item lost, a web page's <br> dropped by a scraper)
_INLINE_SPLIT = re.compile(r"(?:(?<=[;:.,])\s+|(?<=;))([-+•])\s+(?=\S)")
# A dash other than "-" before an addressee ("– Các Sở, …" as a word processor or a web page
# prints it, "~" as OCR reads a "-"): read as "-", with a note.
_DASH_BULLET = re.compile(r"[–—~]\s(?=\S)")


_BULLET_FIRST = frozenset("-+•*")
# An item closed by ";" with a bracket opened after it and left open ("Ban TT UBTW; (Để").
_NOTE_OPENED = re.compile(r";\s{0,3}\([^()]{0,20}$")


def bullet_end(text: str) -> int:
    r"""``P.BULLET.match(text).end()`` (where the item after its bullet starts), 0 when
    BULLET does not match: a bullet, whitespace, then something else. Made with str methods
    (``isspace`` and ``lstrip`` take the characters ``\s`` does), as every footer line is
    asked twice (the tests hold it to the regex)."""
    if text[:1] not in _BULLET_FIRST or not text[1:2].isspace():
        return 0
    rest = text[1:].lstrip()
    return len(text) - len(rest) if rest else 0


def split_items(text: str, end: int | None = None) -> list[tuple[str | None, str]]:
    """Split "- A; - B; - Lưu: VT." written on one line into (bullet, text) items. ``end``:
    ``bullet_end(text)`` when the caller has it (the same on the stripped text: a text
    that opens with a bullet has no leading whitespace)."""
    t = text.strip()
    if end is None:
        end = bullet_end(t)
    first_bullet = t[0] if end else None
    if end:
        t = t[end:]
    if "-" not in t and "+" not in t and "•" not in t:
        # no bullet character for _INLINE_SPLIT (most items once their own is cut off): one item
        t = t.strip()
        return [(first_bullet, t)] if t else []
    parts: list[tuple[str | None, str]] = []
    pos = 0
    bullet = first_bullet
    for m in _INLINE_SPLIT.finditer(t):
        parts.append((bullet, t[pos : m.start()].strip()))
        bullet = m.group(1)
        pos = m.end()
    parts.append((bullet, t[pos:].strip()))
    return [(b, x) for b, x in parts if x]


@attrs.define
class ItemBuilder:
    """Recipient items as they are read: [bullet, text, origin] lists, changed only by
    :meth:`add` and :meth:`extend_last`, which keep :attr:`filed` and :attr:`last_open`
    (asked on most footer lines) current."""

    items: list[list[object]] = attrs.field(factory=list)  # [bullet, text, origin]
    #: Whether an item opens with "Lưu" (the list has reached its filing line).
    filed: bool = attrs.field(default=False, init=False)
    _open: bool | None = attrs.field(default=None, init=False)  # last_open, once asked

    def add(self, bullet: str | None, text: str, origin: Origin | None) -> None:
        self.items.append([bullet, text, origin])
        self._open = None
        if text.startswith(("Lưu", "lưu", "Luu")):
            self.filed = True

    def extend_last(self, text: str) -> None:
        self.items[-1][1] = f"{self.items[-1][1]} {text}"
        self._open = None

    def close(self) -> None:
        """End the last item where it stands, finished or not (a page break after it: the
        lines below go on no item), until an item is added."""
        self._open = False

    @property
    def last_open(self) -> bool:
        """Whether the last item is unfinished: no final ";" or "." (before closing
        brackets), or a bracket left open."""
        if self._open is None:
            self._open = _open_item(self.items)
        return self._open

    def build(self, label: str | None, origin: Origin | None) -> RecipientList:
        out = tuple([_recipient(str(text), bullet, o) for bullet, text, o in self.items])  # type: ignore[arg-type]
        return _recipient_list(out, label, origin)


_SET_TEXT, _SET_BULLET, _SET_ORIGIN = slot_setters(Recipient, ("text", "bullet", "origin"))
_BULLETS = frozenset((None, "-", "+", "•", "*"))  # those Recipient's validator takes


def _recipient(written: str, bullet: str | None, origin: Origin | None) -> Recipient:
    """``Recipient(" ".join(written.split()), bullet=bullet, origin=origin)``, filled slot by
    slot where the validators pass (the joined text is one line; non-empty, and a known
    bullet: ≈ 0.3 µs against ≈ 1.1 µs a recipient); the constructor otherwise, which raises
    as it would. (A test holds every recipient of the corpus to ``attrs.validate`` and to
    the constructor's.)"""
    text = written
    # (cheap: an item's text is mostly one line with single spaces already; isprintable is
    # False on every whitespace character but " ")
    if not (text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "):
        text = " ".join(text.split())
    if not text or bullet not in _BULLETS:
        return Recipient(text, bullet=bullet, origin=origin)
    r = new(Recipient)
    _SET_TEXT(r, text)
    _SET_BULLET(r, bullet)
    _SET_ORIGIN(r, origin)
    return r


def _open_item(items: list[list[object]]) -> bool:
    if not items:
        return False
    last = str(items[-1][1])
    if last.count("(") > last.count(")") and _NOTE_OPENED.search(last):
        return False  # "A; (Để": the item ends at ";", its note's brace spans the items below
    return not last.rstrip(" )").endswith((";", ".")) or last.count("(") > last.count(")")


_SET_ITEMS, _SET_LABEL, _SET_LIST_ORIGIN = slot_setters(RecipientList, ("items", "label", "origin"))


def _recipient_list(items: tuple[Recipient, ...], label: str | None, origin: Origin | None) -> RecipientList:
    """``RecipientList(items, label=label, origin=origin)`` for recipients made by
    :func:`_recipient`, filled slot by slot where the label passes its validator (None or
    text that is not all whitespace: ≈ 0.3 µs against ≈ 1 µs); the constructor otherwise."""
    if label is not None and (type(label) is not str or not label or label.isspace()):
        return RecipientList(items, label=label, origin=origin)
    rl = new(RecipientList)
    _SET_ITEMS(rl, items)
    _SET_LABEL(rl, label)
    _SET_LIST_ORIGIN(rl, origin)
    return rl


def _goes_on(items: ItemBuilder) -> bool:
    """Whether the last item ends as one that more follow ("…;"): a blank line (a markdown
    page's spacing) does not end the list there."""
    return str(items.items[-1][1]).rstrip().endswith(";")


def _open_paren(text: str) -> bool:
    return text.count("(") > text.count(")")


def read_addressees(ctx: Context, i: int) -> tuple[RecipientList | None, int]:
    """The "Kính gửi:" block starting at block ``i``."""
    blocks = ctx.blocks
    if i >= len(blocks) or blocks[i].kind != "line":
        return None, i
    first = blocks[i]
    k = P.key(first.text)
    m = P.KINH_GUI.match(k)
    if m is None:
        return None, i
    label_end = m.end()
    label = first.text[:label_end].strip()
    if not label.endswith(":"):
        label = label.rstrip()
    items = ItemBuilder()
    inline = first.text[label_end:].strip()
    if inline:
        for bullet, text in split_items(inline):
            items.add(bullet, text, first.origin)
    i += 1
    while i < len(blocks):
        b = blocks[i]
        if b.kind != "line":
            break
        text = b.text
        dash = text[:1] in "–—~" and _DASH_BULLET.match(text) is not None
        if (dash or bullet_end(text)) and (not inline or items.last_open or not b.blank_before):
            if b.blank_before and items.items and not items.last_open and not inline and not _goes_on(items):
                break
            if dash:
                ctx.note("repaired", f"dấu gạch đầu dòng đọc là '-' (a bullet read as '-'): {text[:1]!r}", b.origin)
                text = "-" + text[1:]
            for bullet, t in split_items(text):
                items.add(bullet, t, b.origin)
        elif (
            items.items
            and items.last_open
            and not b.blank_before
            and (
                P.starts_lower(text)
                or b.indent >= 10
                or _open_paren(str(items.items[-1][1]))
                or str(items.items[-1][1]).endswith(",")  # an address wrapped after a comma
            )
        ):
            items.extend_last(text)
        elif (
            items.items
            and len(items.items) <= 4
            and (_ADDRESS.match(P.key(text)) or (text.startswith("(") and not b.blank_before))  # (key made here only)
            and len(text) <= 160
        ):
            items.add(None, text, b.origin)
        else:
            break
        i += 1
    if not items.items:
        return RecipientList((), label=label, origin=first.origin), i
    return items.build(label, first.origin), i
