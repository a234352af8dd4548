"""Section rules (S): numbering without gaps or repeats at each level, one kind of marker
per level, headings where the decree requires them, and điểm letters.

Numbering scopes follow the decree's structure: Điều and Chương are numbered through the
whole document (Điều 1 … Điều 40 across chapters), Phần at the top; every other marker
(Mục, Roman I., Arabic 1., 1.1., a)) restarts under its parent."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnadmin.model import Paragraph, Section
from vnadmin.rules.checks import _sources as src
from vnadmin.rules.context import Context
from vnadmin.rules.registry import Hit, rule
from vnadmin.unicode import ascii_fold

#: The điểm letters: the Vietnamese alphabet (no f, j, w, z; đ after d). The decree's own
#: lists stop at i); the sequence beyond is derived from the alphabet — UNCONFIRMED.
LETTERS = "abcdđeghiklmnopqrstuvxy"
_CONFIRMED_LETTERS = "abcdđeghi"

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_CANON = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ORDINALS = {
    "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10,
}
_DOCUMENT_WIDE = ("dieu", "chuong", "phan")
_HEADED = ("phan", "chuong", "muc", "tieu_muc", "dieu")


def roman_value(text: str) -> int | None:
    """The value of a canonical Roman numeral ("XIV" → 14); ``None`` otherwise."""
    if not text or len(text) > 15 or not _ROMAN_CANON.fullmatch(text):
        return None
    total = 0
    for i, ch in enumerate(text):
        v = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[text[i + 1]] if i + 1 < len(text) else 0
        total += -v if v < nxt else v
    return total


def _value(section: Section) -> tuple[int | None, bool]:
    """(position in its sequence, inserted) — inserted items (Điều 39a, a1)) sit between
    numbers and are skipped; ``None`` when the label cannot be read as a sequence."""
    kind = section.kind
    num = section.number
    if kind == "letter":
        if len(num) > 1:
            return None, True
        pos = LETTERS.find(num)
        return (pos + 1 if pos >= 0 else None), False
    if kind == "decimal":
        return int(num.rsplit(".", 1)[-1]), False
    if kind == "roman":
        return roman_value(num), False
    if kind == "arabic":
        return int(num), False
    # Keyword kinds: "Chương II", "Điều 39a", "Mục 1", "Phần thứ nhất".
    m = re.fullmatch(r"([0-9]{1,6})([a-zđ]?)", num)
    if m:
        return int(m.group(1)), bool(m.group(2))
    if num.isupper() and num.isalpha():
        return roman_value(num), False
    return _ORDINALS.get(num.lower()), False


def _sequences(ctx: Context) -> tuple[list[tuple[str, Section, int]], ...]:
    """Runs of sections numbered as one sequence, in document order (computed once per
    document: two rules read them)."""
    found = ctx.memo.get("section-sequences")
    if found is None:
        found = ctx.memo["section-sequences"] = tuple(_find_sequences(ctx))
    assert isinstance(found, tuple)
    return found


def _find_sequences(ctx: Context) -> Iterator[list[tuple[str, Section, int]]]:
    wide: dict[str, list[tuple[str, Section, int]]] = {}

    def siblings(items: tuple[Section, ...], paths: tuple[str, ...]) -> Iterator[list[tuple[str, Section, int]]]:
        local: dict[str, list[tuple[str, Section, int]]] = {}
        for path, s in zip(paths, items, strict=True):
            value, inserted = _value(s)
            if value is None or inserted:
                continue
            target = wide if s.kind in _DOCUMENT_WIDE else local
            target.setdefault(s.kind, []).append((path, s, value))
        yield from local.values()

    annex = False
    amending: dict[int, bool] = {}

    def walk(children: tuple[object, ...], prefix: str) -> Iterator[list[tuple[str, Section, int]]]:
        nonlocal annex
        secs: list[tuple[str, Section]] = []
        for i, c in enumerate(children):
            if annex:
                break
            if type(c) is Paragraph:
                # An annex (Phụ lục) printed after the text numbers its own items.
                text = c.text
                annex = len(text) < 120 and text[:1] in "PpＰ" and _ANNEX.match(ascii_fold(text[:40])) is not None
                continue
            assert type(c) is Section
            if quotes(c):
                continue
            secs.append((f"{prefix}[{i}]", c))
            amending[id(c)] = amends(c)
            if amending[id(c)]:
                # What follows an amending provision at its level may be the quoted text
                # of the amended document, flattened by the reader.
                break
        yield from siblings(tuple(s for _, s in secs), tuple(p for p, _ in secs))
        for path, s in secs:
            if not amending[id(s)] and not annex:
                yield from walk(s.children, f"{path}.children")

    yield from walk(ctx.doc.body, "body")
    yield from wide.values()


_AMENDING = re.compile(r"sửa đổi|bổ sung|bãi bỏ|thay thế|đính chính")
_AMENDED_PART = re.compile(r"như sau|điều|khoản|điểm|nghị định|thông tư|luật|quyết định|nghị quyết|phụ lục|chương|mục")
_ANNEX = re.compile(r"phu luc(?: [ivxlc0-9]{1,6})?(?:[ .:]|$)")
_QUOTES = ("“", '"', "'", "‘", "«")


def amends(section: Section) -> bool:
    """A provision that amends another document ("Điều 1. Sửa đổi, bổ sung một số điều …",
    "1. Khoản 7 Điều 3 được sửa đổi như sau:"): what follows quotes the amended document's
    own provisions with their own numbering, so the numbering below it is not checked."""
    texts = [(section.heading or "")[:200]]
    texts.extend(p.text[:200] for p in section.paragraphs()[:1])
    for t in texts:
        # Text is NFC from the readers, and none of these words has a tone-placement
        # variant, so lower-casing is enough (fold would cost far more on long text).
        key = t.lower()
        if _AMENDING.search(key) and _AMENDED_PART.search(key):
            return True
    return False


def quotes(section: Section) -> bool:
    """A section written inside quotation marks (a quoted provision)."""
    return section.marker.lstrip().startswith(_QUOTES) or (section.heading or "").rstrip().endswith(("”", '"'))


def _show(section: Section, value: int) -> str:
    kind = section.kind
    if kind == "letter":
        return LETTERS[value - 1] + ")" if value <= len(LETTERS) else str(value)
    if kind == "roman" or (kind in ("phan", "chuong") and section.number.isupper()):
        return _to_roman(value)
    return str(value)


def _to_roman(n: int) -> str:
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


@rule("S001", "section-numbering-gap", component="sections", severity="error", source=src.CONTENT, spec="§1.7")
def section_numbering_gap(ctx: Context) -> Iterator[Hit]:
    """A number is skipped at some level (I, II, IV; Điều 3 after Điều 1; a), c)).

    Every level counts from 1 (I, a)). Điều and Chương run through the whole document;
    other markers restart under their parent. Inserted items (Điều 39a, a1)) are not part
    of the sequence, and neither is what an amending provision quotes ("Điều 1. Sửa đổi,
    bổ sung …", "1. Khoản 7 Điều 3 được sửa đổi như sau:" — the quoted provisions keep
    the amended document's numbering, and readers may flatten them among the amending
    provision's siblings, so the siblings after it are not checked either), nor an annex
    printed after the text ("Phụ lục I …"), which numbers its own items. For điểm letters past i) the sequence comes from the Vietnamese
    alphabet, which the decree does not spell out (UNCONFIRMED): such gaps are warnings.
    When every missing number starts a paragraph of the section before ("5, Nước thải
    …"), the marker was mistyped (often by OCR) and the item was read as text: a warning
    that quotes the start of that paragraph."""
    for seq in _sequences(ctx):
        expected = 1
        previous: Section | None = None
        for path, s, value in seq:
            if value > expected:
                numbers = range(expected, value)
                missing = ", ".join(_show(s, v) for v in numbers[:5])
                holder = previous if previous is not None else _parent(ctx, path)
                garbled = None if holder is None else _written_as_text(holder, s, numbers, direct=previous is None)
                if garbled:
                    yield Hit(
                        f'Mục {missing} trước "{s.marker}" có vẻ viết sai ký hiệu nên được đọc thành đoạn văn '
                        f'"{garbled}" (the marker of {missing} looks mistyped, so it was read as text: "{garbled}")',
                        path,
                        s.origin,
                        severity="warning",
                    )
                else:
                    beyond = s.kind == "letter" and value > len(_CONFIRMED_LETTERS)
                    hit = ctx.hit(
                        f'Thiếu mục {missing} trước "{s.marker}" (numbering gap: {missing} missing before {s.marker})'
                        + (" — thứ tự chữ cái sau i) chưa được xác nhận (letter order past i) UNCONFIRMED)" if beyond else ""),
                        path,
                        s.origin,
                    )
                    yield Hit(hit.message, hit.path, hit.origin, severity="warning") if beyond else hit
            expected = max(expected, value + 1)
            previous = s


_LEADING_NOISE = "_-–—*•“\"' \t"


def _parent(ctx: Context, path: str) -> Section | None:
    """The section holding the item at ``path`` ("body[3].children[1]" → body[3])."""
    head, sep, _ = path.rpartition(".children[")
    if not sep:
        return None
    node: object = None
    items: tuple[object, ...] = ctx.doc.body
    for part in head.replace("body", "", 1).split(".children"):
        node = items[int(part.strip("[]"))]
        items = node.children if type(node) is Section else ()
    return node if type(node) is Section else None


def _written_as_text(holder: Section, current: Section, numbers: range, *, direct: bool = False) -> str | None:
    """Whether every missing number appears as the start of a paragraph inside the
    previous section, or (for a missing first item) among the paragraphs its parent holds
    before its sections ("5, Nước thải …", "_ 20. Khu công nghiệp …"): the marker was
    mistyped (typically by OCR) and the item was read as running text. The start of the
    first such paragraph, or ``None``."""
    if len(numbers) > 3:
        return None
    items = holder.paragraphs() if direct else holder.walk()
    starts = []
    for item in items:
        if type(item) is Paragraph:
            starts.append(item.text.lstrip(_LEADING_NOISE)[:24])
    first: str | None = None
    for v in numbers:
        shown = _show(current, v).rstrip(")")
        found = next(
            (t for t in starts if t.startswith(shown) and t[len(shown) : len(shown) + 1] in (",", ".", ")", ";", ":", " ")),
            None,
        )
        if found is None:
            return None
        first = first or found
    return None if first is None else first.rstrip() + "…"


@rule("S002", "section-numbering-repeat", component="sections", severity="error", source=src.CONTENT, spec="§1.7")
def section_numbering_repeat(ctx: Context) -> Iterator[Hit]:
    """A number repeats or goes back at some level (1, 2, 2; Điều 5 after Điều 6)."""
    for seq in _sequences(ctx):
        highest = 0
        for path, s, value in seq:
            if value <= highest:
                yield ctx.hit(
                    f'Số thứ tự "{s.marker}" lặp lại hoặc lùi lại (section number repeated or out of order)',
                    path,
                    s.origin,
                )
            highest = max(highest, value)


def _marker_style(s: Section) -> str:
    """The punctuation after the number: "." in "1.", ")" in "a)", "" in "Chương I"."""
    m = s.marker.strip()
    return m[-1] if m and not m[-1].isalnum() else ""


@rule("S003", "section-marker-inconsistent", component="sections", severity="warning", source=src.CONTENT, spec="§1.7")
def section_marker_inconsistent(ctx: Context) -> Iterator[Hit]:
    """Sections at one level under one parent use different kinds of marker (1. beside
    a), I. beside 1.) or write the same kind differently (1. beside 1))."""

    def walk(children: tuple[object, ...], prefix: str) -> Iterator[Hit]:
        secs = [(f"{prefix}[{i}]", c) for i, c in enumerate(children) if type(c) is Section]
        if secs:
            _, first = secs[0]
            kind, style = first.kind, _marker_style(first)
            for path, s in secs[1:]:
                if s.kind != kind or _marker_style(s) != style:
                    yield ctx.hit(
                        f'Mục "{s.marker}" dùng kiểu đánh số khác với "{first.marker}" cùng cấp '
                        "(a different kind of marker than its siblings)",
                        path,
                        s.origin,
                    )
        for path, s in secs:
            yield from walk(s.children, f"{path}.children")

    yield from walk(ctx.doc.body, "body")


@rule("S004", "section-heading-missing", component="sections", severity="warning", source=src.CONTENT, spec="§1.7")
def section_heading_missing(ctx: Context) -> Iterator[Hit]:
    """A Phần, Chương, Mục, Tiểu mục or Điều has no title.

    The decree requires a title for each of these (Phụ lục I, mục II.6); a khoản or
    điểm needs none."""
    for path, s in ctx.sections_with_paths():
        if s.kind in _HEADED and s.heading is None:
            yield ctx.hit(f'"{s.marker}" thiếu tên (title missing)', path, s.origin)


@rule(
    "S005",
    "section-letter-invalid",
    component="sections",
    severity="warning",
    source=src.CONTENT,
    spec="§1.7, §10 #4",
    unconfirmed="The full điểm sequence beyond i) is derived from the Vietnamese alphabet, not quoted from the decree.",
)
def section_letter_invalid(ctx: Context) -> Iterator[Hit]:
    """A điểm uses a letter outside the Vietnamese alphabet (f, j, w, z).

    Điểm are lettered a) b) c) d) đ) e) g) h) i) …; the letters past i) are derived from
    the alphabet (UNCONFIRMED in the decree's text), hence a warning."""
    for path, s in ctx.sections_with_paths():
        if s.kind == "letter" and s.number[0] not in LETTERS:
            yield ctx.hit(
                f'"{s.marker}": chữ "{s.number[0]}" không có trong bảng chữ cái tiếng Việt '
                "(not a letter of the Vietnamese alphabet)",
                path,
                s.origin,
            )
