"""Plain text → blocks: the text reader's half of the pipeline.

What real extractions add around a document is cleaned here, before the shared recogniser
sees anything:

- page markers (``--- PAGE 2 ---``, ``--- PAGE BREAK ---``, form feeds, lone page numbers
  next to them) become ``page-break`` blocks, so a paragraph split by a page break can be
  joined again;
- digital-signature stamps (``Ký bởi: …``, ``Thời gian ký: …``, ``Người ký: …`` and the
  ``Email:``/``Cơ quan:`` lines beside them; at the head of the text, a signing time with its
  UTC offset and the signer's name in capitals above it) and decorative rules (``______``, ``——``,
  a lone ``*``) are dropped, each with a :class:`~vnadmin.model.Note`;
- pandoc markdown is undone: ``#`` headings, ``**bold**``/``*italic*`` markers (bold is kept
  as a layout hint), backslash escapes (``1\\.``, ``\\-``) and hard line breaks; pipe, grid and
  simple tables become one block per cell line, with ``table``/``row``/``column`` set;
- a line laid out in columns with wide gaps (pdftotext ``-layout``) keeps its pieces in
  :attr:`Block.segments`.

Every other non-blank line becomes exactly one block, so nothing is lost.

Speed: :func:`_prepare` normalises only the lines that need it, and :func:`_read_fast`
makes the block of an ordinary line itself (most lines), handing every other line to the
general path (:func:`_special`, :meth:`_Builder.add`), which stays the definition: the
tests compare :func:`text_blocks` with :func:`_text_blocks_general`, which reads every
line the general way.
"""

from __future__ import annotations

import operator
import re

import attrs

from vnadmin.model._trusted import new as _new
from vnadmin.model._trusted import slot_setters as _slot_setters
from vnadmin.model.origin import Layout, Note
from vnadmin.text.blocks import Block, _LineFilling, new_block
from vnadmin.text.blocks import origin_of as _origin_of  # notes' origins, made as blocks make theirs
from vnadmin.text.recogniser.cells import RIGHT_COLUMN_OFFSET
from vnadmin.text.recogniser.chunks import split_chunk_titles
from vnadmin.text.recogniser.patterns import _KEY_TABLE
from vnadmin.text.recogniser.patterns import key as _key
from vnadmin.text.recogniser.patterns import keyed_class as _keyed_class
from vnadmin.text.recogniser.patterns import on_text as _on_text
from vnadmin.unicode import LOOKALIKES, nfc, normalize

__all__ = ["clean_markup", "text_blocks"]

# "--- PAGE 3 ---", "-- PAGE BREAK --"; "===== Trang 2 =====" (a text extraction's banner
# between pages: Vietnamese "Trang", page).
_PAGE_MARKER = re.compile(
    r"-{2,}\s*PAGE(?:\s+\d{1,5}|\s+BREAK)\s*-{2,}|={3,}\s{0,3}(?:TRANG|PAGE)\s{1,3}\d{1,5}\s{0,3}={3,}",
    re.IGNORECASE,
)
_PAGE_NUMBER = re.compile(r"\d{1,3}")
_STAMP = re.compile(r"(?:ky boi|thoi gian ky|nguoi ky|ngay ky)\s?:|(?:ky boi|thoi gian ky)\s")
# The Government portal's signing stamp, often OCR-damaged ("CỔNG THONG TIN ĐIỆN TỪ CHI PHU").
_PORTAL_STAMP = re.compile(r"c[o0]ng\s?th[o0]ng\s?t[il1]n\s?\w{2,5}\s?t[uưừ]\s?ch")


def _letters(*keys: str) -> str:
    """A character class of every character whose key (:func:`patterns.key`) is one of
    ``keys``: ``_letters("k")`` matches k, K, ḱ, Ḱ, … on the text as written."""
    chars = set(keys)
    chars.update(chr(cp) for cp, k in _KEY_TABLE.items() if k in keys)
    return "[" + "".join(sorted(re.escape(c) for c in chars)) + "]"


# Cheap tests on the text as written that every stamp line passes (each _STAMP alternative
# holds "ky"; the portal stamp holds "ng th"), so that the key is made only for candidates.
_STAMP_HINT = re.compile(_letters("k") + _letters("y"))
_PORTAL_HINT = re.compile(_letters("n") + _letters("g") + r"\s?" + _letters("t") + _letters("h"))
# Both at once, for a line of at most 60 characters (a superset: "ky" anywhere in it).
_SHORT_STAMP_HINT = re.compile(f"{_STAMP_HINT.pattern}|{_PORTAL_HINT.pattern}")
# The same test as one pattern that opens with a character class: the regex engine then
# skips ahead with that class, where an alternation is tried at every position (2-3× as
# fast). It opens on the k of "ky" or the g of "ng th", whose next character is read
# forward (a g is mostly followed by a space or a vowel, rarely by t or h; opening on the
# t of "th" tried its lookbehinds on every Vietnamese "th": ≈ 15% slower on short lines);
# the k's and g's are disjoint, and each branch looks back for the one it opened on.
_SHORT_HINT_FAST = re.compile(
    f"[{_letters('k')[1:-1]}{_letters('g')[1:-1]}]"
    f"(?:(?<={_letters('k')}){_letters('y')}"
    f"|(?<={_letters('n')}{_letters('g')})\\s?{_letters('t')}{_letters('h')})"
)
# _STAMP and _PORTAL_STAMP on the text as written (each letter the class of the characters
# keyed to it): on a line's first 30 and 60 characters they find what the two find on the
# key of those characters, without making the key (the fast path's candidates).
_STAMP_TEXT = _on_text(_STAMP.pattern)
_PORTAL_STAMP_TEXT = re.compile(
    "{c}[{o}0]{n}{g}\\s?{t}{h}[{o}0]{n}{g}\\s?{t}[{i}{l}1]{n}\\s?\\w{{2,5}}\\s?{t}{u}\\s?{c}{h}".format(
        **{x: _keyed_class(x)[1:-1] if x in "oil" else _keyed_class(x) for x in "cnogthilu"}
    )
)
# Whether _STAMP (on a key) or _STAMP_TEXT finds a stamp in a window, asked quicker: each
# alternative holds "ky", so the match opens on its k (one character, or one class, which
# the regex engine skips ahead with, where the alternation is tried at every position:
# ≈ 30 times as slow) and looks back for the words before it. Only whether it matches is
# the same (its span starts at the k); the readers ask no more (the tests hold them equal).
_STAMP_KEY_FROM_KY = re.compile(r"ky(?: boi(?:\s?:|\s)|(?<=thoi gian ky)(?:\s?:|\s)|(?<=nguoi ky)\s?:|(?<=ngay ky)\s?:)")
_STAMP_FROM_KY = _on_text(_STAMP_KEY_FROM_KY.pattern)  # (on the text as written)
# The fewest characters a match of _STAMP_TEXT ("Ký bởi:") and of _PORTAL_STAMP_TEXT takes
# (the tests check both against the patterns): the fast loop looks for no hint of a stamp
# on a shorter line, and for no hint of the portal's on one shorter than the portal's.
_STAMP_TEXT_MIN = 7
_PORTAL_TEXT_MIN = 18
_STAMP_NEIGHBOUR = re.compile(r"(?:email|co quan|to chuc|chuc vu)\s?:")
# A signing time printed alone in a stamp box ("28-07-2026 18:08:51 +07:00"): a date, a
# time and a UTC offset, which running text never writes.
_SIGNED_AT = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{4},?\s?\d{1,2}:\d{2}(?::\d{2})?\s?[+-]\d{2}:?\d{2}")
# Such a stamp heads the first page: only the text's first lines are tested for one.
_SIGNED_AT_LINES = 12
_RULE = re.compile(r"[-_=~*.·•—–‐−\s]{3,}|\*|\\?\*+")
_RULE_FIRST = frozenset("-_=~*.·•—–‐−\\")
_GAP = re.compile(r"\S {3,}\S")
_SPLIT_GAP = re.compile(r" {3,}")

# Markdown
_HEADING = re.compile(r"#{1,6}\s+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>\"'$])")
_ESCAPABLE = frozenset("\\`*_{}[]()#+-.!|~<>\"'$")  # what _ESCAPE unescapes (the tests hold it to the class)
_GRID_BORDER = re.compile(r"\s*\+[-=:+]{3,}\+\s*")
_PIPE_ROW = re.compile(r"\s*\|.*\|\s*")
_CELL_BREAK = re.compile(r"<br\s{0,3}/?>", re.IGNORECASE)  # a line break inside a table cell
_PIPE_SEPARATOR = re.compile(r"\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*")
_DASH_RUN = re.compile(r"-{3,}")
_SIMPLE_BORDER = re.compile(r" *-{3,}(?: +-{3,})* *")

_ESC_STAR = "\x00"
# What _ESCAPE.sub puts for each escape: group 1, taken in C (a "\\1" template is expanded
# in Python for every match, four times slower on escape-heavy pandoc text).
_ESCAPED_CHAR = operator.itemgetter(1)
_BREAK_BEFORE_CLOSE = re.compile(r"\\(?=\*{2,3}(?:\s|$))")
_CONTROL = re.compile("[\x01-\x08\x0b\r\x0e-\x1f\x7f\x85\u2028\u2029]")
# What needs more than NFC: controls, line separators, odd spaces, zero-width marks and
# look-alike letters (most texts have none of them).
_UNUSUAL_CHARS = (
    "".join(map(chr, [*range(0x01, 0x09), 0x0B, 0x0D, *range(0x0E, 0x20), 0x7F, 0x85, 0x2028, 0x2029]))
    + "\u00a0\u202f\u2007\u2009\u200a\u3000\u200b\u200c\u200d\u2060\ufeff"
    + "".join(LOOKALIKES)
)
_UNUSUAL = re.compile("[" + re.escape(_UNUSUAL_CHARS) + "]")
# Characters vnadmin.unicode.normalize replaces (odd spaces, zero-width marks, look-alike letters);
# text without them only needs NFC, which is much cheaper on long documents.
_ODD_CHARS = re.compile("[\u00a0\u202f\u2007\u2009\u200a\u3000\u200b\u200c\u200d\u2060\ufeff" + "".join(LOOKALIKES) + "]")
# An emphasis star: one with a non-space before or after it, ``(?<=\S)\*|\*(?=\S)``
# written to open on the star (a pattern opening on a lookbehind is tried at every
# position; one opening on a literal skips ahead to it: ≈ 3× as fast on pandoc lines).
_EMPHASIS = re.compile(r"\*(?:(?<=\S\*)|(?=\S))")
_STAR_RUN = re.compile(r"(?<=\w)\*{3,8}(?=\w)")
_MD_ESCAPED = re.compile(r"\\[-.*#|\[\]()]")
_MD_HEADING = re.compile(r"#{1,6} ")
# The definition is_markdown implements with str.find (kept for the tests).
_MD_SIGNS = re.compile(r"\\[-.*#|\[\]()]|^#{1,6} |^\s*\|.*\|\s*$", re.MULTILINE)

_WHY = {
    "rule": ("đường kẻ trang trí", "a decorative rule"),
    "stamp": ("dấu chữ ký số", "a digital-signature stamp"),
    "page": ("dấu trang", "a page marker"),
    "page-number": ("số trang", "a page number"),
    "table-rule": ("đường kẻ bảng", "a table rule"),
}
_SET_CODE, _SET_MESSAGE, _SET_ORIGIN = _slot_setters(Note, ("code", "message", "origin"))


_BOLD = Layout(bold=True)


def is_markdown(text: str) -> bool:
    """Whether ``text`` comes from a markdown conversion (pandoc, MinerU): bold markers or
    backslash escapes. Emphasis stars are stripped only then; a star in plain text stays."""
    if "*" in text and _holds_double(text, "*"):
        return True
    if "\\" not in text and "|" not in text and "#" not in text:
        return False
    # ``_MD_SIGNS.search(text)``, each alternative looked for from its first character with
    # ``str.find`` (the alternation is tried at every position otherwise: slow on long text).
    if "\\" in text and _MD_ESCAPED.search(text):
        return True
    # each "#" looked at where it opens a line (a one-character find is many times as fast
    # as a search for "\n#" on a long text)
    i = text.find("#")
    while i >= 0:
        if (i == 0 or text[i - 1] == "\n") and _MD_HEADING.match(text, i):
            return True
        i = text.find("#", i + 1)
    i = text.find("|")
    while i >= 0:
        start = text.rfind("\n", 0, i) + 1
        end = text.find("\n", i)
        end = len(text) if end < 0 else end
        row = text[start:end].strip()
        if len(row) >= 2 and row[0] == "|" and row[-1] == "|":
            return True
        i = text.find("|", end)
    return False


def _holds_double(text: str, c: str) -> bool:
    """``c + c in text``, looked for from the occurrences of ``c`` (a one-character search
    is many times as fast as a two-character one on a long text); after sixteen lone
    occurrences the two-character search takes over for the rest."""
    i = text.find(c)
    for _ in range(16):
        if i < 0:
            return False
        if text.startswith(c, i + 1):
            return True
        i = text.find(c, i + 1)
    return i >= 0 and text.find(c + c, i) >= 0


def clean_markup(s: str, markdown: bool = True) -> tuple[str, bool]:
    """Remove pandoc/markdown markup from one line: heading marks, escapes, hard breaks,
    emphasis (only when ``markdown``). Returns the text (whitespace collapsed) and whether
    it started bold."""
    return _clean_markup(s, markdown, False)


def _clean_markup(s: str, markdown: bool, printable: bool) -> tuple[str, bool]:
    """:func:`clean_markup`, told whether ``s`` is known to be printable: then it holds
    no NUL (a search for one is slow: NUL is the high byte of every ASCII character) and
    nothing unprintable for :func:`_collapse` to find (a pandoc text's no-break spaces,
    made spaces by the preparation, kept it from being printable as read)."""
    if "#" not in s and "*" not in s and "\\" not in s:
        if printable:
            t = s.strip()
            return (" ".join(t.split()) if "  " in t else t), False
        if "\x00" not in s:
            return _collapse(s), False  # no markup: only the spaces to collapse
    return _clean_marked(s.strip(), markdown, printable)


def _clean_marked(t: str, markdown: bool, printable: bool) -> tuple[str, bool]:
    """:func:`_clean_markup` of a line that holds a "#", "*", backslash or NUL, stripped
    (``t``): the fast line loop, which has tested for them and stripped the line, calls it
    directly."""
    # Each step runs only when the character it acts on is there (a regex scan costs).
    if t[:1] == "#":
        m = _HEADING.match(t)
        if m:
            t = t[m.end() :]
    bold = t.startswith("**")
    starred = False  # whether an escaped star was put aside as _ESC_STAR
    if "\\" in t:
        # (a star looked for first: a one-character find is several times as quick as the
        # two-character ones, and most escapes are "1\\." or "\\-" on a line without stars)
        if "*" in t:
            if "\\**" in t:
                t = _BREAK_BEFORE_CLOSE.sub("", t)  # "ƯƠNG\\**": a hard line break, then the bold ends
            if "\\*" in t:
                t = t.replace("\\*", _ESC_STAR)
                starred = True
        at = t.find("\\")
        if at >= 0 and t.find("\\", at + 1) < 0:
            # a lone backslash (most pandoc lines: "1\\." or "\\-") dropped before what it
            # escapes by slicing: _ESCAPE.sub, calling its function, costs ≈ 0.4 µs a line
            if t[at + 1 : at + 2] in _ESCAPABLE:
                t = t[:at] + t[at + 1 :]
        elif at >= 0:
            t = _ESCAPE.sub(_ESCAPED_CHAR, t)
        if t.endswith("\\"):
            t = t[:-1]
    if markdown and "*" in t:
        if "***" in t:
            # stars between two words ("TRUNG ƯƠNG***Số: 367"): the Party's decorative
            # star run, glued by a flattened page, parts the words; it is no emphasis
            t = _STAR_RUN.sub(" ", t)
        t = t.replace("**", "")
        if "*" in t:
            t = _EMPHASIS.sub("", t)
    if starred or (not printable and _ESC_STAR in t):  # (a NUL of the source becomes a star too)
        t = t.replace(_ESC_STAR, "*")
    if printable:  # (t is printable too: what the steps put in is)
        t = t.strip()
        return (" ".join(t.split()) if "  " in t else t), bold
    return _collapse(t), bold


def _collapse(s: str) -> str:
    """``" ".join(s.split())``: runs of whitespace made one space, the ends stripped."""
    t = s.strip()
    # split and join make a string per word: slow, and most lines have nothing to collapse
    # (only " " is both printable and whitespace).
    if "  " in t or not t.isprintable():
        return " ".join(t.split())
    return t


@attrs.define
class _Builder:
    source: str | None
    markdown: bool = True
    blocks: list[Block] = attrs.field(factory=list)
    notes: list[Note] = attrs.field(factory=list)
    blank: bool = False
    bold_run: bool = False
    table_count: int = 0
    in_stamp: bool = False
    printable: bool = False  # every prepared line printable (prepare_lines says so): no NUL anywhere

    def ignore(self, line: int, text: str, why: str) -> None:
        vi, en = _WHY[why]
        # Note("ignored", message, origin) filled slot by slot: it has no validators to run,
        # and a paged text gives hundreds (see vnadmin.model._trusted)
        note = _new(Note)
        _SET_CODE(note, "ignored")
        _SET_MESSAGE(note, f"bỏ qua {vi} (ignored {en}): {text.strip()!r}")
        _SET_ORIGIN(note, _origin_of(self.source, line, 1, None))
        self.notes.append(note)

    def signing_time(self, line: int, raw: str) -> None:
        """A stamp's signing time at the head of the text: dropped, with the signer's name
        printed above it in the box (at most two short upper-case lines right above, with
        no blank line between), which would otherwise read as the issuing body."""
        name: list[Block] = []
        if not self.blank:
            for b in reversed(self.blocks):
                t = b.text
                if b.kind != "line" or b.table is not None or len(name) == 2 or len(t) > 60 or t.upper() != t:
                    break
                name.append(b)
                if b.blank_before:
                    break
        if name:
            del self.blocks[-len(name) :]
            for b in reversed(name):
                self.ignore(b._line or line, b.text, "stamp")
        self.ignore(line, raw, "stamp")
        self.in_stamp = True

    def page_break(self, line: int, text: str) -> None:
        self.blocks.append(new_block(text or "\f", self.source, line, 1, None, None, self.blank, 0, kind="page-break"))
        self.blank = False

    def add(
        self,
        raw: str,
        line: int,
        *,
        table: int | None = None,
        row: int | None = None,
        column: int | None = None,
        offset: int = 0,
    ) -> None:
        """One source line (or one cell line) → one block, or a note for noise."""
        body = raw.strip()
        if not body:
            self.blank = True
            self.bold_run = False
            self.in_stamp = False
            return
        indent = len(raw) - len(raw.lstrip(" "))
        if self.markdown or "#" in raw or "\\" in raw:
            text, starts_bold = _clean_markup(raw, self.markdown, self.printable)
        else:
            text = body
            if "  " in text or "\t" in text:
                text = " ".join(text.split())
            starts_bold = False
        bold = starts_bold or self.bold_run
        if self.markdown and raw.count("**") % 2 == 1:
            self.bold_run = not self.bold_run
        if not text:
            self.blank = True
            return
        if text[0] in _RULE_FIRST and _RULE.fullmatch(text):
            self.ignore(line, raw, "rule")
            self.blank = True  # a rule parts what stands above it from what follows, as a blank line does
            return
        near_stamp = self.in_stamp or not self.blocks
        short = len(text) <= 60
        if short:
            candidate = _SHORT_HINT_FAST.search(text) is not None  # (the same test as _SHORT_STAMP_HINT, faster)
        else:
            # (":" in text first: a one-character find is much cheaper than the slice)
            candidate = ":" in text and ":" in text[:40] and _STAMP_HINT.search(text, 0, 30) is not None
        if near_stamp or candidate:
            key = _key(text[:60])
            if (short and _PORTAL_STAMP.search(key) and not _listed(text)) or _STAMP_KEY_FROM_KY.search(key, 0, 30):
                self.ignore(line, raw, "stamp")
                self.in_stamp = True
                return
            if near_stamp and _STAMP_NEIGHBOUR.match(key.lstrip(" '‘’\"`.,-")) and len(text) < 120:
                self.ignore(line, raw, "stamp")
                return
        if line <= _SIGNED_AT_LINES and table is None and "+" in text and _SIGNED_AT.fullmatch(text):
            self.signing_time(line, raw)
            return
        segments: tuple[tuple[int, str], ...] = ()
        if table is None and "   " in body and _GAP.search(body):
            pieces = []
            texts = []  # (joined as a list: a generator is slower)
            pos = indent
            for piece in _SPLIT_GAP.split(body):
                at = raw.index(piece, pos)
                cleaned, _ = _clean_markup(piece, self.markdown, self.printable)
                if cleaned:
                    pieces.append((at, cleaned))
                    texts.append(cleaned)
                pos = at + len(piece)
            if len(pieces) > 1 and pieces[0][1] in _LONE_BULLETS:
                _join_lone_bullet(pieces, texts)
            if len(pieces) > 1:
                segments = tuple(pieces)
                text = " ".join(texts)
        at = offset + indent + 1
        layout = _BOLD if bold else None
        # (every argument by position: a keyword costs)
        block = new_block(
            text, self.source, line, at, None, layout, self.blank, indent if table is None else 0, table, row, column,
            "line", (), segments,
        )
        self.blocks.append(block)
        self.blank = False


# A bullet alone before a wide gap ("   -   Lưu VP, …": a list's indent and tab as a Word
# file's text keeps them): the item's mark, not a column of its own.
_LONE_BULLETS = frozenset(("-", "+", "•", "–"))


def _join_lone_bullet(pieces: list[tuple[int, str]], texts: list[str]) -> None:
    """Join a lone bullet piece to the text after it when that opens on a letter in the
    same column (a signature's lines beside a lone dash are a column of their own)."""
    (at, _), (next_at, following) = pieces[0], pieces[1]
    if following[:1].isalpha() and (at >= RIGHT_COLUMN_OFFSET) == (next_at >= RIGHT_COLUMN_OFFSET):
        pieces[0:2] = [(pieces[0][0], f"{pieces[0][1]} {pieces[1][1]}")]
        texts[0:2] = [pieces[0][1]]


def _listed(text: str) -> bool:
    """Whether a line is an item of a list (a dash before it, or ";" closing it), as a
    Nơi nhận entry naming the Government portal is: never the portal's signing stamp."""
    return text[:1] in "-–+•" or text.endswith(";")


def _split_at(line: str, starts: list[int]) -> list[tuple[int, str]]:
    """Cut ``line`` at the column starts of a simple table, moving a cut left to a space
    so that no word is split."""
    cuts = [0]
    for s in starts[1:]:
        c = min(s, len(line))
        while 0 < c < len(line) and line[c - 1] != " " and line[c] != " " and c > cuts[-1]:
            c -= 1
        if c <= cuts[-1]:
            c = min(s, len(line))
        cuts.append(c)
    cuts.append(len(line))
    return [(cuts[i], line[cuts[i] : cuts[i + 1]]) for i in range(len(cuts) - 1)]


def _grid_cells(line: str, bounds: list[int]) -> list[tuple[int, str]]:
    cells = []
    for i in range(len(bounds) - 1):
        a, b = bounds[i] + 1, bounds[i + 1]
        cells.append((a, line[a:b] if a < len(line) else ""))
    return cells


def _emit_row(b: _Builder, row_lines: list[tuple[int, list[tuple[int, str]]]], table: int, row: int) -> None:
    """Emit a table row column by column: every line of the left cell, then the right."""
    if not row_lines:
        return
    columns = max(len(cells) for _, cells in row_lines)
    for col in range(columns):
        b.bold_run = False
        b.blank = True
        for lineno, cells in row_lines:
            if col < len(cells):
                at, text = cells[col]
                if "<" in text and _CELL_BREAK.search(text):
                    # "Nơi nhận:<br>- Như Điều 2;<br>- Lưu: VT." (a converter's pipe table):
                    # each line of the cell is a line
                    pos = 0
                    for m in _CELL_BREAK.finditer(text):
                        b.add(text[pos : m.start()], lineno, table=table, row=row, column=col, offset=at + pos)
                        pos = m.end()
                    text, at = text[pos:], at + pos
                b.add(text, lineno, table=table, row=row, column=col, offset=at)
    b.blank = True


def _table_end(lines: list[str], i: int, border: str) -> int:
    """Index of the closing border of a simple table that opens at ``i``, or -1."""
    limit = min(len(lines), i + 400)
    for j in range(i + 1, limit):
        line = lines[j]
        # "---" first: a quick test every border passes, on up to 400 lines per candidate.
        if "---" in line and _SIMPLE_BORDER.fullmatch(line) and line.strip()[:3] == border[:3]:
            return j
    return -1


def _tables(b: _Builder, lines: list[str], i: int) -> int:
    """Read a markdown table starting at line index ``i``; return the next index, or
    ``i`` when there is no table there."""
    line = lines[i]
    if _GRID_BORDER.fullmatch(line):
        bounds = [m.start() for m in re.finditer(r"\+", line)]
        b.table_count += 1
        table, row = b.table_count, 0
        b.ignore(i + 1, line, "table-rule")
        j = i + 1
        row_lines: list[tuple[int, list[tuple[int, str]]]] = []
        while j < len(lines) and (lines[j].lstrip().startswith("|") or _GRID_BORDER.fullmatch(lines[j])):
            if _GRID_BORDER.fullmatch(lines[j]):
                b.ignore(j + 1, lines[j], "table-rule")
                _emit_row(b, row_lines, table, row)
                row_lines, row = [], row + 1
            else:
                row_lines.append((j + 1, _grid_cells(lines[j], bounds)))
            j += 1
        _emit_row(b, row_lines, table, row)
        return j
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if _PIPE_ROW.fullmatch(line) and line.count("|") >= 2 and _PIPE_ROW.fullmatch(nxt):
        b.table_count += 1
        table, row = b.table_count, 0
        j = i
        while j < len(lines) and _PIPE_ROW.fullmatch(lines[j]):
            if not _PIPE_SEPARATOR.fullmatch(lines[j]):
                bars = [m.start() for m in re.finditer(r"\|", lines[j])]
                _emit_row(b, [(j + 1, _grid_cells(lines[j], bars))], table, row)
                row += 1
            else:
                b.ignore(j + 1, lines[j], "table-rule")
            j += 1
        return j
    if _SIMPLE_BORDER.fullmatch(line) and line.strip():
        end = _table_end(lines, i, line.strip())
        runs = [m.start() for m in _DASH_RUN.finditer(line)]
        if end < 0 or (len(runs) < 2 and not any(_SIMPLE_BORDER.fullmatch(x) and len(_DASH_RUN.findall(x)) > 1 for x in lines[i + 1 : end])):
            return i
        if len(runs) < 2:
            inner = next(x for x in lines[i + 1 : end] if _SIMPLE_BORDER.fullmatch(x) and len(_DASH_RUN.findall(x)) > 1)
            runs = [m.start() for m in _DASH_RUN.finditer(inner)]
        b.table_count += 1
        table, row = b.table_count, 0
        b.ignore(i + 1, line, "table-rule")
        b.ignore(end + 1, lines[end], "table-rule")
        row_lines = []
        for j in range(i + 1, end):
            if not lines[j].strip() or _SIMPLE_BORDER.fullmatch(lines[j]):
                if lines[j].strip():
                    b.ignore(j + 1, lines[j], "table-rule")
                _emit_row(b, row_lines, table, row)
                row_lines, row = [], row + 1
            else:
                row_lines.append((j + 1, _split_at(lines[j], runs)))
        _emit_row(b, row_lines, table, row)
        return end + 1
    return i


def _physical_lines(text: str) -> list[str]:
    lines = text.replace("\t", "    ").split("\n")
    if "\r" in text:
        lines = [line.rstrip("\r") for line in lines]
    return lines


def text_blocks(text: str, *, source: str | None = None) -> tuple[list[Block], list[Note]]:
    """Turn a plain-text document into blocks (and the notes for what was dropped)."""
    return prepared_blocks(prepare_lines(text), source=source)


#: What :func:`prepare_lines` gives: the normalised physical lines, the normalised text,
#: whether it is markdown, whether every line was printable as read (and no look-alike letter
#: there), and whether every normalised line is printable (a no-break space, say, is a
#: space by then), and whether every character was a plain one (so no combining mark).
Prepared = tuple[list[str], str, bool, bool, bool, bool]


def prepared_blocks(prepared: Prepared, *, source: str | None = None) -> tuple[list[Block], list[Note]]:
    """:func:`text_blocks` of a text :func:`prepare_lines` has prepared (``loads`` asks the
    preparation whether the text may hold a NUL before reading further)."""
    lines, normal, markdown, _, clean, _ = prepared
    b = _Builder(source, markdown, printable=clean)
    _read_fast(b, lines, _signs(normal, markdown, clean))
    return split_chunk_titles(b.blocks, b.notes), b.notes


def _text_blocks_general(text: str, *, source: str | None = None) -> tuple[list[Block], list[Note]]:
    """:func:`text_blocks` with every line through :meth:`_Builder.add`: the definition the
    fast path of :func:`_read_fast` must agree with (the tests compare the two)."""
    lines, _, markdown = _prepare_whole(text)
    b = _Builder(source, markdown)
    i, n = 0, len(lines)
    while i < n:
        i = _special(b, lines, i)
    return split_chunk_titles(b.blocks, b.notes), b.notes


def _prepare_whole(text: str) -> tuple[list[str], str, bool]:
    """The text normalised as a whole and cut into physical lines, the normalised text
    (tabs kept), and whether it is markdown: the definition :func:`_prepare` implements
    line by line."""
    unusual = _UNUSUAL.search(text) is not None
    text = normalize(text) if unusual and _ODD_CHARS.search(text) else nfc(text)
    if unusual and _CONTROL.search(text):
        # Line and paragraph separators end a line; other control characters are spaces.
        text = _CONTROL.sub(_control_replacement, text.replace("\r\n", "\n"))
    return _physical_lines(text), text, is_markdown(text)


def _control_replacement(m: re.Match[str]) -> str:
    return "\n" if m.group(0) in "\u2028\u2029\r" else " "


_LOOKALIKES = "".join(LOOKALIKES)  # letters vnadmin.unicode.normalize turns into Đ/đ, ư/Ư

# Characters that ask nothing of the preparation: printable, no look-alike letter, and inert
# under NFC (none is a combining mark, changes under NFC, or composes with what stands
# before it, nor does its decomposition start with one that would), so a text made of
# them and line feeds is in NFC with every line printable: Latin with Vietnamese,
# Cyrillic, punctuation and common symbols (the tests check each one with unicodedata).
_PLAIN_RANGES = (
    ("\n", "\n"), ("\x20", "\x7e"), ("\xa1", "\xac"), ("\xae", "\xcf"), ("\xd1", "\xef"), ("\xf1", "\u0188"),
    ("\u018a", "\u01a1"), ("\u01a4", "\u0255"), ("\u0257", "\u02ff"), ("\u0400", "\u0482"), ("\u048a", "\u052f"), ("\u1e00", "\u1eff"),
    ("\u2010", "\u2027"), ("\u2030", "\u205e"), ("\u20a0", "\u20bf"), ("\u2190", "\u2328"), ("\u2460", "\u24ff"),
)
# A run of them: one regex pass over the text (a repeated class is matched by sre's
# tightest loop, faster than one isprintable pass over the lines plus the NFC check).
_PLAIN_RUN = re.compile("[" + "".join(f"{re.escape(a)}-{re.escape(b)}" for a, b in _PLAIN_RANGES) + "]*")


def _prepare(text: str) -> tuple[list[str], str, bool]:
    """:func:`_prepare_whole`, with only the lines that need it normalised: NFC, the repairs
    of :func:`vnadmin.unicode.normalize` and control characters all act within a line (a
    line feed never composes), and a printable line in NFC needs none of them. Composing a
    whole text that holds a few decomposed characters costs more than checking every line."""
    return prepare_lines(text)[:3]


def _unplain_lines(text: str, at: int) -> list[int]:
    """The indices of the lines of ``text`` that hold a character outside
    :data:`_PLAIN_RANGES`, the first such character standing at ``at``."""
    found: list[int] = []
    i = start = 0  # line i starts at offset start
    while at < len(text):
        i += text.count("\n", start, at)
        found.append(i)
        end = text.find("\n", at)
        if end < 0:
            break
        i, start = i + 1, end + 1
        at = _PLAIN_RUN.match(text, start).end()  # type: ignore[union-attr]  # (a * run always matches)
    return found


def prepare_lines(text: str) -> Prepared:
    """:func:`_prepare`, whether every line is printable and no look-alike letter is there
    (then no line holds a tab, a form feed, a NUL or any other control character), and
    whether every normalised line is printable."""
    lines = text.split("\n")
    at = _PLAIN_RUN.match(text).end()  # type: ignore[union-attr]  # (a * run always matches)
    if at == len(text):
        return lines, text, is_markdown(text), True, True, True
    # Only the lines holding a character outside the plain ones can need anything.
    unplain = _unplain_lines(text, at)
    printable = True  # every line printable as read: the unplain ones are asked below, the others are
    looks = [c for c in _LOOKALIKES if c in text]
    # The lines that are not printable or not in NFC, and the NFC of each printable one
    # among them: composing a decomposed line costs as much as asking whether it is
    # composed, so it is done once here and kept (normalize() of a printable line with no
    # look-alike letter is its NFC: nothing else in it needs repair).
    rough: list[int] = []
    composed: dict[int, str] = {}
    for i in unplain:
        line = lines[i]
        if line.isprintable():
            n = nfc(line)
            if n == line:  # (the same string when the quick check says it is in NFC)
                continue
            composed[i] = n
        else:
            printable = False
        rough.append(i)
    if looks:
        rough = sorted({*rough, *(i for i in unplain if any(c in lines[i] for c in looks))})
        composed.clear()  # lines with a look-alike go through normalize()
    if not rough:
        return lines, text, is_markdown(text), printable and not looks, True, False
    # Whether the whole text goes through vnadmin.unicode.normalize: odd spaces and
    # zero-width characters are not printable, so they sit in the rough lines.
    odd = bool(looks) or any(_ODD_CHARS.search(lines[i]) for i in rough)
    last = len(lines) - 1
    out: list[str] = []
    done = 0
    clean = True  # every line printable once normalised (tabs count as the spaces they become)
    for i in rough:
        out += lines[done:i]
        done = i + 1
        fixed = composed.get(i)
        if fixed is not None and fixed.isprintable():
            out.append(fixed)  # (printable: no control character, tab or line break to act on)
            continue
        line = (normalize(lines[i]) if odd else nfc(lines[i])) if fixed is None else fixed
        if _CONTROL.search(line):
            if i < last and line.endswith("\r"):
                line = line[:-1]  # "\r\n" ends one line
            line = _CONTROL.sub(_control_replacement, line)
        if clean:
            clean = line.replace("\t", " ").replace("\n", " ").isprintable()
        out += line.split("\n")
    out += lines[done:]
    normal = "\n".join(out)
    if "\t" in normal:
        out = [line.replace("\t", "    ") for line in out]
    return out, normal, is_markdown(normal), printable and not looks, clean, False


def _special(b: _Builder, lines: list[str], i: int) -> int:
    """Read the line at index ``i`` the general way: a form feed, a blank line, a page
    marker or number, a table, or an ordinary line through :meth:`_Builder.add`. Returns
    the index of the next line to read (``i`` again when a form feed split the line)."""
    line = lines[i]
    if "\f" in line:
        before, _, after = line.partition("\f")
        if before.strip():
            b.add(before, i + 1)
        b.page_break(i + 1, "\f")
        lines[i] = after
        return i
    stripped = line.strip()
    if not stripped:
        b.add("", i + 1)
        return i + 1
    if stripped[0] in "-=" and _PAGE_MARKER.fullmatch(stripped):
        b.ignore(i + 1, line, "page")
        b.page_break(i + 1, stripped)
        return i + 1
    if len(stripped) <= 3 and _PAGE_NUMBER.fullmatch(stripped) and _near_page_break(lines, i):
        b.ignore(i + 1, line, "page-number")
        b.page_break(i + 1, stripped)
        return i + 1
    if stripped[0] in "+|-":
        nxt = _tables(b, lines, i)
        if nxt != i:
            return nxt
    b.add(line, i + 1)
    return i + 1


def _signs(text: str, markdown: bool, printable: bool) -> tuple[bool, bool, bool]:
    """Whether a line of the normalised ``text`` may hold a form feed, may need
    :func:`clean_markup`, and may hold an unprintable character that :func:`_collapse`
    makes a space (a markdown text that is not ``printable``): one C-level scan each over
    the whole text, so that the per-line tests run only where they can succeed. A
    ``printable`` text (every line printable) holds neither form feeds nor NULs: no scan
    for them (finding a NUL, the high byte of every ASCII character, is the slowest find
    of all). Runs of spaces are looked for line by line (a two-character search over a
    whole text that has none costs more than one find per line)."""
    if printable:
        return False, "#" in text or "\\" in text or (markdown and "*" in text), False
    return (
        "\f" in text,
        "#" in text or "\\" in text or (markdown and ("*" in text or "\x00" in text)),
        markdown,
    )


def _read_fast(b: _Builder, lines: list[str], signs: tuple[bool, bool, bool]) -> None:
    """Read ``lines`` into ``b`` as :func:`_special` does for each, with blank lines and
    the common line made into its block here: one that holds no form feed or wide gap,
    starts no table, page marker or page number, is no rule and no stamp, and neither
    opens the text nor follows a stamp. The rest goes to :func:`_special`.

    The builder's state lives in local variables here (attribute access costs per line)
    and is handed over around each :func:`_special` call."""
    blocks = b.blocks
    source = b.source
    markdown = b.markdown
    form_feeds, markup, unprintable = signs
    printable = b.printable
    blank = b.blank
    bold_run = b.bold_run
    in_stamp = b.in_stamp
    # A for loop over an iterator (no index arithmetic per line); the lines _special reads
    # past (a table) are taken off the iterator.
    numbered = enumerate(lines)
    for i, line in numbered:
        body = line.strip()
        if not body:
            if not (form_feeds and "\f" in line):  # a form feed is whitespace too
                blank = True
                bold_run = False
                in_stamp = False
                continue
        elif (
            # page markers and table borders start "--" (page banners "=="); tables "+" or "|"
            # (a grid border "+-", "+=", "+:" or "++"; a "+ " bullet is an ordinary line)
            (
                (first := body[0]) not in "+|-="
                or (first in "-=" and body[1:2] != first)
                or (first == "+" and body[1:2] not in "-=:+")
            )
            and not ((size := len(body)) <= 3 and body.isdecimal() and _near_page_break(lines, i))  # a page number
            and not in_stamp
            and blocks
            and not ((spaced := "  " in body) and "   " in body)  # a wide gap (tabs are spaces here)
            and not (form_feeds and "\f" in line)
        ):
            # (a NUL can stand only in a text that is not printable: unprintable says so)
            if markup and ("#" in line or "\\" in line or (markdown and ("*" in line or (unprintable and "\x00" in line)))):
                # (the tests above and the strip made: _clean_markup would make them again)
                text, bold = _clean_marked(body, markdown, printable)
                lead = text[:1]
                size = len(text)
            else:
                # as _collapse(body) makes it for markdown (an unprintable character may be
                # whitespace that split() sees), runs of spaces made one otherwise; the
                # first character stays
                if spaced or (unprintable and not body.isprintable()):
                    text = " ".join(body.split())
                    size = len(text)
                else:
                    text = body  # (its length already taken)
                bold = False
                lead = first
            short = size <= 60
            if short:
                # a line too short for the portal's stamp needs only the hint of the others
                # ("ky"), one too short for any stamp none (a regex search per line costs)
                if size >= _PORTAL_TEXT_MIN:
                    stamp = _SHORT_HINT_FAST.search(text) is not None
                else:
                    stamp = size >= _STAMP_TEXT_MIN and _STAMP_HINT.search(text) is not None
            else:
                # (":" in text first: a one-character find is much cheaper than the slice)
                stamp = ":" in text and ":" in text[:40] and _STAMP_HINT.search(text, 0, 30) is not None
            if stamp:  # a candidate: is it a stamp? (as _Builder.add decides away from a stamp, on the key)
                stamp = (short and _PORTAL_STAMP_TEXT.search(text, 0, 60) is not None and not _listed(text)) or (
                    _STAMP_FROM_KY.search(text, 0, 30) is not None
                )
            elif i < _SIGNED_AT_LINES and "+" in text:
                stamp = True  # perhaps a signing time: _Builder.add decides
            # (a rule of three characters or more has a rule character or a space third: most
            # "- …" bullet lines are told from a rule without the regex)
            if lead and not stamp and not (
                lead in _RULE_FIRST
                and (size < 3 or text[2] in _RULE_FIRST or text[2].isspace())
                and _RULE.fullmatch(text)
            ):
                # (strip() gives the line itself when nothing stands around it: no indent,
                # and no first character to take out of the line)
                indent = 0 if body is line else len(line) - len(line.lstrip(" "))
                # new_block(text, source, i + 1, indent + 1, None, layout, blank, indent), filled
                # slot by slot here: a class call with arguments (an __init__ frame) costs more;
                # this one, with none, is quicker than object.__new__(_LineFilling)
                block = _LineFilling()
                block.text = text
                block.blank_before = blank
                block.indent = indent
                block.table = block.row = block.column = None
                block.kind = "line"
                block.footnote_marker = None
                block.footnote_refs = block.segments = ()
                block._origin = None
                block._source = source
                block._line = i + 1
                block._at = indent + 1
                block._paragraph = None
                block._layout = _BOLD if bold or bold_run else None
                block.__class__ = Block  # type: ignore[assignment]  # same slots: see blocks._Filling
                blocks.append(block)  # type: ignore[arg-type]
                if markdown and "*" in line and line.count("**") % 2 == 1:
                    bold_run = not bold_run
                blank = False
                continue
        elif first in "-=" and _PAGE_MARKER.fullmatch(body) and not (form_feeds and "\f" in line):
            # a page marker, read here as _special reads it (a thousand in the corpus)
            b.ignore(i + 1, line, "page")
            blocks.append(new_block(body, source, i + 1, 1, None, None, blank, 0, kind="page-break"))
            blank = False
            continue
        b.blank, b.bold_run, b.in_stamp = blank, bold_run, in_stamp
        after = _special(b, lines, i)
        while after == i:  # a form feed split the line: what follows it is read again
            after = _special(b, lines, i)
        for _ in range(after - i - 1):  # the further lines _special read (a table)
            next(numbered)
        blank, bold_run, in_stamp = b.blank, b.bold_run, b.in_stamp


def _near_page_break(lines: list[str], i: int) -> bool:
    """A lone number is a page number when it sits next to a form feed or page marker, or
    stands far out to the right or centre (pdftotext layout)."""
    line = lines[i]
    if len(line) - len(line.lstrip()) >= 15:
        return True
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(lines) and ("\f" in lines[j] or _PAGE_MARKER.fullmatch(lines[j].strip())):
            return True
    return i > 0 and "\f" in lines[i - 1][-1:]
