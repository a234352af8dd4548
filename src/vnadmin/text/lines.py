"""Plain text → blocks: the text reader's half of the pipeline.

What real extractions add around a document is cleaned here, before the shared recogniser
sees anything:

- page markers (``--- PAGE 2 ---``, ``--- PAGE BREAK ---``, form feeds, lone page numbers
  next to them) become ``page-break`` blocks, so a paragraph split by a page break can be
  joined again;
- digital-signature stamps (``Ký bởi: …``, ``Thời gian ký: …``, ``Người ký: …`` and the
  ``Email:``/``Cơ quan:`` lines beside them) and decorative rules (``______``, ``——``,
  a lone ``*``) are dropped, each with a :class:`~vnadmin.model.Note`;
- pandoc markdown is undone: ``#`` headings, ``**bold**``/``*italic*`` markers (bold is kept
  as a layout hint), backslash escapes (``1\\.``, ``\\-``) and hard line breaks; pipe, grid and
  simple tables become one block per cell line, with ``table``/``row``/``column`` set;
- a line laid out in columns with wide gaps (pdftotext ``-layout``) keeps its pieces in
  :attr:`Block.segments`.

Every other non-blank line becomes exactly one block, so nothing is lost.
"""

from __future__ import annotations

import re

import attrs

from vnadmin.model.origin import Layout, Note, Origin
from vnadmin.text.blocks import Block
from vnadmin.text.recogniser.patterns import _KEY_TABLE
from vnadmin.text.recogniser.patterns import key as _key
from vnadmin.unicode import nfc, normalize

__all__ = ["clean_markup", "text_blocks"]

_PAGE_MARKER = re.compile(r"-{2,}\s*PAGE(?:\s+\d{1,5}|\s+BREAK)\s*-{2,}", re.IGNORECASE)
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
_STAMP_NEIGHBOUR = re.compile(r"(?:email|co quan|to chuc|chuc vu)\s?:")
_RULE = re.compile(r"[-_=~*.·•—–‐−\s]{3,}|\*|\\?\*+")
_RULE_FIRST = frozenset("-_=~*.·•—–‐−\\")
_GAP = re.compile(r"\S {3,}\S")
_SPLIT_GAP = re.compile(r" {3,}")

# Markdown
_HEADING = re.compile(r"#{1,6}\s+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>\"'$])")
_GRID_BORDER = re.compile(r"\s*\+[-=:+]{3,}\+\s*")
_PIPE_ROW = re.compile(r"\s*\|.*\|\s*")
_PIPE_SEPARATOR = re.compile(r"\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*")
_DASH_RUN = re.compile(r"-{3,}")
_SIMPLE_BORDER = re.compile(r" *-{3,}(?: +-{3,})* *")

_ESC_STAR = "\x00"
_BREAK_BEFORE_CLOSE = re.compile(r"\\(?=\*{2,3}(?:\s|$))")
_CONTROL = re.compile("[\x01-\x08\x0b\r\x0e-\x1f\x7f\x85\u2028\u2029]")
# One scan for both (most texts have neither).
_UNUSUAL = re.compile(
    "[\x01-\x08\x0b\r\x0e-\x1f\x7f\x85\u2028\u2029"
    "\u00a0\u202f\u2007\u2009\u200a\u3000\u200b\u200c\u200d\u2060\ufeff\u00d0\u0189\u0256\u00f0]"
)
# Characters vnadmin.unicode.normalize replaces (odd spaces, zero-width marks, Đ look-alikes);
# text without them only needs NFC, which is much cheaper on long documents.
_ODD_CHARS = re.compile("[\u00a0\u202f\u2007\u2009\u200a\u3000\u200b\u200c\u200d\u2060\ufeff\u00d0\u0189\u0256\u00f0]")
_EMPHASIS = re.compile(r"(?<=\S)\*|\*(?=\S)")
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


_BOLD = Layout(bold=True)


def is_markdown(text: str) -> bool:
    """Whether ``text`` comes from a markdown conversion (pandoc, MinerU): bold markers or
    backslash escapes. Emphasis stars are stripped only then; a star in plain text stays."""
    if "**" in text:
        return True
    if "\\" not in text and "|" not in text and "#" not in text:
        return False
    # ``_MD_SIGNS.search(text)``, each alternative looked for from its first character with
    # ``str.find`` (the alternation is tried at every position otherwise: slow on long text).
    if "\\" in text and _MD_ESCAPED.search(text):
        return True
    if "#" in text:
        if _MD_HEADING.match(text):
            return True
        i = text.find("\n#")
        while i >= 0:
            if _MD_HEADING.match(text, i + 1):
                return True
            i = text.find("\n#", i + 1)
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


def clean_markup(s: str, markdown: bool = True) -> tuple[str, bool]:
    """Remove pandoc/markdown markup from one line: heading marks, escapes, hard breaks,
    emphasis (only when ``markdown``). Returns the text (whitespace collapsed) and whether
    it started bold."""
    if "#" not in s and "*" not in s and "\\" not in s and "\x00" not in s:
        return " ".join(s.split()), False  # no markup: only the spaces to collapse
    t = s.strip()
    m = _HEADING.match(t)
    if m:
        t = t[m.end() :]
    bold = t.startswith("**")
    t = _BREAK_BEFORE_CLOSE.sub("", t)  # "ƯƠNG\\**": a hard line break, then the bold ends
    t = t.replace("\\*", _ESC_STAR)
    t = _ESCAPE.sub(r"\1", t)
    if t.endswith("\\"):
        t = t[:-1]
    if markdown and "*" in t:
        t = t.replace("**", "")
        t = _EMPHASIS.sub("", t)
    t = t.replace(_ESC_STAR, "*")
    return " ".join(t.split()), bold


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

    def origin(self, line: int, column: int = 1, bold: bool = False) -> Origin:
        layout = Layout(bold=True) if bold else None
        return Origin(source=self.source, line=line, column=column, layout=layout)

    def ignore(self, line: int, text: str, why: str) -> None:
        vi, en = _WHY[why]
        self.notes.append(
            Note(
                "ignored",
                f"bỏ qua {vi} (ignored {en}): {text.strip()!r}",
                Origin(source=self.source, line=line, column=1),
            )
        )

    def page_break(self, line: int, text: str) -> None:
        self.blocks.append(
            Block(text or "\f", origin=self.origin(line), blank_before=self.blank, kind="page-break")
        )
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
            text, starts_bold = clean_markup(raw, self.markdown)
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
            return
        near_stamp = self.in_stamp or not self.blocks
        short = len(text) <= 60
        if short:
            candidate = _SHORT_STAMP_HINT.search(text) is not None
        else:
            candidate = ":" in text[:40] and _STAMP_HINT.search(text, 0, 30) is not None
        if near_stamp or candidate:
            key = _key(text[:60])
            if (short and _PORTAL_STAMP.search(key)) or _STAMP.search(key[:30]):
                self.ignore(line, raw, "stamp")
                self.in_stamp = True
                return
            if near_stamp and _STAMP_NEIGHBOUR.match(key.lstrip(" '‘’\"`.,-")) and len(text) < 120:
                self.ignore(line, raw, "stamp")
                return
        segments: tuple[tuple[int, str], ...] = ()
        if table is None and "   " in body and _GAP.search(body):
            pieces = []
            pos = indent
            for piece in _SPLIT_GAP.split(body):
                at = raw.index(piece, pos)
                cleaned, _ = clean_markup(piece, self.markdown)
                if cleaned:
                    pieces.append((at, cleaned))
                pos = at + len(piece)
            if len(pieces) > 1:
                segments = tuple(pieces)
                text = " ".join(p for _, p in pieces)
        origin = Origin(self.source, line, offset + indent + 1, None, None, _BOLD if bold else None)
        if table is None and not segments:
            block = Block(text, origin, self.blank, indent)  # the common case, positional: faster
        else:
            block = Block(
                text,
                origin,
                self.blank,
                indent=indent if table is None else 0,
                table=table,
                row=row,
                column=column,
                segments=segments,
            )
        self.blocks.append(block)
        self.blank = False


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
                b.add(text, lineno, table=table, row=row, column=col, offset=at)
    b.blank = True


def _table_end(lines: list[str], i: int, border: str) -> int:
    """Index of the closing border of a simple table that opens at ``i``, or -1."""
    limit = min(len(lines), i + 400)
    for j in range(i + 1, limit):
        if lines[j].strip() and _SIMPLE_BORDER.fullmatch(lines[j]) and lines[j].strip()[:3] == border[:3]:
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
    unusual = _UNUSUAL.search(text) is not None
    text = normalize(text) if unusual and _ODD_CHARS.search(text) else nfc(text)
    if unusual and _CONTROL.search(text):
        # Line and paragraph separators end a line; other control characters are spaces.
        text = _CONTROL.sub(lambda m: "\n" if m.group(0) in "\u2028\u2029\r" else " ", text.replace("\r\n", "\n"))
    lines = _physical_lines(text)
    b = _Builder(source, is_markdown(text))
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if "\f" in line:
            before, _, after = line.partition("\f")
            if before.strip():
                b.add(before, i + 1)
            b.page_break(i + 1, "\f")
            lines[i] = after
            continue
        stripped = line.strip()
        if not stripped:
            b.add("", i + 1)
            i += 1
            continue
        if stripped[0] == "-" and _PAGE_MARKER.fullmatch(stripped):
            b.ignore(i + 1, line, "page")
            b.page_break(i + 1, stripped)
            i += 1
            continue
        if len(stripped) <= 3 and _PAGE_NUMBER.fullmatch(stripped) and _near_page_break(lines, i):
            b.ignore(i + 1, line, "page-number")
            b.page_break(i + 1, stripped)
            i += 1
            continue
        if stripped[0] in "+|-":
            nxt = _tables(b, lines, i)
            if nxt != i:
                i = nxt
                continue
        b.add(line, i + 1)
        i += 1
    return b.blocks, b.notes


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
