"""Lines → paragraphs: join the lines a source wrapped, and the halves of a paragraph that a
page break (or a footnote's text printed at the foot of the page) split in two.

A new paragraph starts at a section marker or a bullet, after a line that ends a sentence,
at a first-line indent, or at a blank line — unless the blank line sits inside a sentence:
the line before it does not end a sentence and the next one starts in lower case (or with a
digit that is not a marker), or a long line runs on. Footnote texts ("¹ …", "[1] …") are
taken out of the flow wherever they stand.
"""

from __future__ import annotations

import operator
import re
from itertools import compress, repeat

from vnadmin.model.origin import Origin
from vnadmin.text.blocks import Block, _OriginFilling
from vnadmin.text.recogniser import patterns as P

__all__ = ["Unit", "assemble", "merge_units"]


class Unit:
    """One paragraph of source text before it is classified (section marker, bullet,
    preamble line …). Lines are appended in constant time; ``text`` joins them once."""

    __slots__ = (
        "_ends", "_first_marker", "_parts", "_text", "blank_before", "column", "footnote", "footnote_refs", "footnote_style",
        "indent", "length", "lines", "origin", "upper",
    )

    def __init__(
        self,
        text: str,
        origin: Origin,
        blank_before: bool = False,
        indent: int = 0,
        lines: int = 1,
        column: int | None = None,
        footnote: str | None = None,
        footnote_style: str = "",
        footnote_refs: tuple[tuple[str, int], ...] = (),
        upper: bool | None = None,
    ) -> None:
        self._parts = [text]
        self._text: str | None = text
        self._ends: bool | None = None  # ends_sentence(self.last), once asked
        self._first_marker: bool | None = None  # _is_marker_line(self.first), once asked
        self.origin = origin
        self.blank_before = blank_before
        self.indent = indent
        self.lines = lines
        self.column = column
        self.footnote = footnote  # marker, when the unit is a footnote's own text
        self.footnote_style = footnote_style  # "sup" (¹ …), "bracket" ([1] …), "source", "trailing"
        # Structural footnote references (docx): (marker, offset in ``text``).
        self.footnote_refs = footnote_refs
        self.length = len(text)
        # ``upper``: is_upper_line(text) when the caller has it already.
        self.upper = P.is_upper_line(text) if upper is None else upper

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = " ".join(self._parts)
        return self._text

    @property
    def first(self) -> str:
        return self._parts[0]

    @property
    def last(self) -> str:
        return self._parts[-1]

    def first_is_marker(self) -> bool:
        """Whether the first line starts with a section marker (kept: the first line stays)."""
        m = self._first_marker
        if m is None:
            m = self._first_marker = _is_marker_line(self._parts[0])
        return m

    def ends(self) -> bool:
        """Whether the last line ends a sentence (kept: asked again when units are merged)."""
        e = self._ends
        if e is None:
            e = self._ends = P.ends_sentence(self._parts[-1])
        return e

    def append(
        self, text: str, lines: int = 1, refs: tuple[tuple[str, int], ...] = (), upper: bool | None = None
    ) -> None:
        last = self._parts[-1]
        # A number's symbol cut at one of its hyphens by the end of a line ("… Nghị định
        # 08/2014/NĐ-" / "CP ngày …") goes on without a space: a symbol never ends in "-".
        space = 0 if last[-1:] in ("-", "/") and wraps_symbol(last, text) else 1
        if refs:
            shift = self.length + space
            self.footnote_refs += tuple((m, o + shift) for m, o in refs)
        if space:
            self._parts.append(text)
        else:
            self._parts[-1] = last + text
        self._text = None
        self._ends = None
        self.length += space + len(text)
        if self.upper:
            self.upper = P.is_upper_line(text) if upper is None else upper
        self.lines += lines


def wraps_symbol(line: str, following: str) -> bool:
    """Whether ``line`` ends inside a number's symbol cut after a hyphen, which ``following``
    (the next line) continues: its last word holds a "/" and ends in a capital or a digit
    and "-" ("08/2014/NĐ-", "01/2017/TTLT-BCA-"), and ``following`` starts with a letter or a
    digit. Words such as "COVID-" are left alone: without a "/" nothing says the hyphen is
    not the writer's."""
    end = line[-1:]
    if end == "/":
        # … or after a slash: "30/2020/" / "NĐ-CP", "05/" / "QĐ-UBND", "30/" / "2020/NĐ-CP"
        word = line[line.rfind(" ") + 1 :]
        return _CUT_AT_SLASH.fullmatch(word) is not None and _AFTER_SLASH.match(following) is not None
    if end != "-" or not following[:1].isalnum():
        return False
    word = line[line.rfind(" ") + 1 :]
    return len(word) >= 4 and "/" in word and (word[-2].isupper() or word[-2].isdigit())


# A number cut right after one of its slashes, and what may go on after it.
_CUT_AT_SLASH = re.compile(r"\d{1,7}(?:-[A-ZĐ][A-Za-zĐđ]{0,4})?/(?:\d{4}/)?")
_AFTER_SLASH = re.compile(r"[A-ZĐ]|\d{4}/")


def _is_marker_line(text: str) -> bool:
    """``P.may_be_marker(text) and P.MARKER.match(text) is not None``, with "1. …" (four
    in five of the marker lines _continues asks about) read without the regex and the
    pre-check written out (asked of a unit's first line thousands of times a corpus)."""
    c = text[:1]
    if c in _DIGITS:
        if text[1:2] == "." and (len(text) == 2 or text[2].isspace()):
            return True  # MARKER's arabic alternative: a digit, a dot, then a space or the end
        if "." not in text[1:4]:
            # MARKER's numbers are one to three digits and a dot: without a dot there, no
            # regex (a short line of figures or a date under which a line is asked about)
            return False
        if text[2:3] == "." and text[1] in _DIGITS and (len(text) == 3 or text[3].isspace()):
            return True  # "10. …": two digits, a dot, a space or the end (long lists; no regex)
    elif c in _WORD_FIRST:
        if not text.startswith(_MARKER_WORDS):
            return False
    elif not (c in _MARKER_OTHER_FIRST or text[1:2] == ")" or c.isdecimal()):
        return False
    return P.MARKER.match(text) is not None


def _heading_like(u: Unit) -> bool:
    """A short line that is a heading: a marker line without final punctuation, or a line
    in capitals."""
    if u.ends():
        return False
    if u.length <= 90 and u.first_is_marker():
        return True
    return u.upper and u.length <= 120


# A line that starts a paragraph of its own: a section marker, a bullet or a footnote text
# (MARKER, BULLET and FOOTNOTE_TEXT in one pass).
_STARTS_PARAGRAPH = re.compile(f"(?:{P.MARKER.pattern})|(?:{P.BULLET.pattern})|(?:{P.FOOTNOTE_TEXT.pattern})")
_FOOTNOTE_FIRST = frozenset("[" + P.SUPERSCRIPTS)


def _structural_starts() -> frozenset[str]:
    # The three first characters of a line STRUCTURAL_TEXT can match (Căn cứ, Theo đề nghị,
    # Xét đề nghị, Kính gửi, Nơi nhận), the first a plain capital as _continues requires: in
    # lower case ("căn cứ vào hợp đồng …") the words run on from the line before, as every
    # such line in the corpus does.
    keyed: dict[str, list[str]] = {}
    for cp in range(0x2100):
        keyed.setdefault(P.key(chr(cp)), []).append(chr(cp))
    return frozenset(
        a + b + c
        for w in ("can", "the", "xet", "kin", "noi")
        for a in (w[0].upper(),)
        for b in keyed[w[1]]
        for c in keyed[w[2]]
    )


_STRUCTURAL_STARTS = _structural_starts()
_STRUCTURAL_FIRST = frozenset(s[0] for s in _STRUCTURAL_STARTS)  # (the 3-character slice only after them)
_WORD_FIRST = P.WORD_FIRST
_MARKER_WORDS = P.MARKER_WORDS
_HEAD_OTHER_FIRST = P.HEAD_OTHER_FIRST
_MARKER_OTHER_FIRST = P.MARKER_OTHER_FIRST
_TERMINAL = frozenset(P.TERMINAL)
_END_SKIPPED = P.END_SKIPPED  # a module name: looked up once per line otherwise (global, then attribute)
# END_SKIPPED and every whitespace character: a last character outside it decides that the
# line ends no sentence (one set look-up, where ``not in END_SKIPPED and not isspace()``
# costs a method call per line).
# (every whitespace character lies below U+3001: the tests check it)
_UNDECIDED = _END_SKIPPED | frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
# assemble's run-on path: a line ending on none of these ends no sentence and no symbol cut
# at a hyphen (one set look-up decides both)
_STOPS = _TERMINAL | _UNDECIDED | {"-"}


# A part of a cited document at the start of a wrapped line, in a sentence the line above
# leaves open ("… quy định tại Điều 40 Mục 7" / "Chương VI Nghị định số 77/2016/NĐ-CP …"):
# the keyword and its number, no dot, then the document's type in ordinary case. A
# chapter's own heading has its name in capitals or on the next line.
_CITED_PART = re.compile(
    r"(?:Phần|Chương|Mục|Tiểu mục)\s{1,3}(?:[IVXLCDM]{1,8}|\d{1,3})\s{1,3}(?:của\s{1,3})?"
    r"(?:Nghị định|Nghị quyết|Thông tư|Quyết định|Luật|Bộ luật|Pháp lệnh|Hiến pháp|Chỉ thị)(?!\w)"
)


def starts_paragraph(text: str) -> bool:
    """``_STARTS_PARAGRAPH.match(text)``, the regex run only where the text's start allows
    (most lines are passed over without it)."""
    return P.may_start_paragraph(text) and _STARTS_PARAGRAPH.match(text) is not None


def _continues(
    prev: Unit, text: str, blank: bool, indent: int, column: int | None, upper_now: bool | None = None
) -> bool:
    """Whether line (or unit) ``text`` runs on from ``prev``. ``blank``: a blank line, a
    page break or a footnote's text stands between them; ``indent`` and ``column`` are the
    line's; ``upper_now`` is is_upper_line(text) when the caller has it."""
    # The three tests that end a paragraph come first, cheapest first; prev.ends() and
    # starts_paragraph(text) are written out here (called once per line of every document).
    e = prev._ends
    if e is None:
        last = prev._parts[-1]
        end = last[-1:]
        # ends_sentence(last), decided here on the last character as it decides it first
        # (most lines); past quotes, brackets, markers and spaces the function looks on.
        if end in _TERMINAL:
            e = True
        elif end not in _UNDECIDED:
            e = False
        else:
            e = P.ends_sentence(last)
        prev._ends = e
    c = text[:1]
    if e and (blank or not (c.islower() and prev._parts[-1][-1:] in ";:" and text[1:2] not in _LETTER_MARK)):
        # A line ending a clause (";", ":") and followed at once by one in lower case was
        # cut by the layout, not ended ("… bao gồm: Người nộp thuế;" / "cơ quan thuế; …"):
        # a paragraph or an item starts with a capital or a marker ("a)" is tested next;
        # "b." and "b/" here).
        return False
    return _runs_on(prev, text, c, blank, indent, column, upper_now)


def _runs_on(
    prev: Unit, text: str, c: str, blank: bool, indent: int, column: int | None, upper_now: bool | None
) -> bool:
    """:func:`_continues` past its first test, for a caller that has made it (assemble
    does, on every line: it has prev.ends() at hand); ``c`` is the text's first character
    ("" for no text)."""
    capital = c in _OTHER_LETTERS
    if capital:
        # A line starting with a capital or a letter without case (most paragraphs' first
        # lines; not "lower"): the last tests below, as they read for it, decide most such
        # lines, so they come first and the regexes that follow run only for a line they
        # let run on.
        if upper_now is None:
            upper_now = P.is_upper_line(text)
        upper_prev = prev.upper
        if upper_prev != upper_now:
            return False
        if blank:
            # (capitals on both sides end it; else only a long line in ordinary case runs on)
            if upper_prev or prev.length < 100 or prev.first_is_marker():
                return False
        elif not (
            indent <= 1 and 2 <= prev.indent <= 12 and prev.lines == 1 and prev.column is None and column is None
        ) and (
            # (below a line that is no layout paragraph's first-line indent: a short
            # heading above, or an indent of the line's own, ends it)
            (
                prev.lines == 1
                and prev.length <= 80
                and (upper_prev or prev.first_is_marker())
                and not (not upper_prev and ends_on_connector(prev._parts[-1]))
            )
            or (indent >= 4 and indent > prev.indent + 2 and prev.indent < 4)
        ):
            return False
    # P.may_start_paragraph(text), written out: it runs on every line.
    if c in _WORD_FIRST:
        may_start = text.startswith(_MARKER_WORDS)
    elif c in _DIGITS:
        # "1. …" starts a paragraph (MARKER's arabic alternative), known without the regex:
        # a digit, a dot, then a space or the end
        if text[1:2] == "." and (len(text) == 2 or text[2].isspace()):
            return False
        # MARKER's numbers are one to three digits and a dot (no bullet or footnote text
        # starts with a digit): without a dot there, no regex ("2020 của …", "123 người")
        may_start = "." in text[1:4]
    else:
        may_start = c in _HEAD_OTHER_FIRST or text[1:2] == ")" or c.isdecimal()
    if may_start and _STARTS_PARAGRAPH.match(text) and not (c in _WORD_FIRST and _CITED_PART.match(text)):
        return False
    if c in _STRUCTURAL_FIRST and text[:3] in _STRUCTURAL_STARTS and P.STRUCTURAL_TEXT.match(text, 0, 20):
        return False
    if capital:
        return True  # (the last tests were passed above)
    if upper_now is None:
        upper_now = P.is_upper_line(text)
    upper_prev = prev.upper
    # starts_lower, the first letter at hand: c.islower() if c.isalpha(), else starts_lower
    # (a set look-up first: two method calls otherwise on every line)
    # (and a digit first: no, as starts_lower answers at a digit)
    lower = c in _LOWER_LETTERS or (c.islower() if c.isalpha() else c not in _DIGITS and P.starts_lower(text))
    if upper_prev != upper_now and not lower:
        return False
    if blank:
        if (upper_prev and upper_now) or prev.first_is_marker():
            return False
        if lower:
            return True
        first = text.lstrip()[:1]
        if first.isdigit():
            return True
        # _heading_like(prev) of a unit that does not end a sentence and runs past 90 characters.
        return prev.length >= 100 and not upper_now and not (upper_prev and prev.length <= 120)
    # Consecutive lines.
    if indent <= 1 and 2 <= prev.indent <= 12 and prev.lines == 1 and prev.column is None and column is None:
        return True  # a layout paragraph's first-line indent: the flush-left line runs on
    # _heading_like(prev) of a unit of at most 80 characters that does not end a sentence
    # (nor on a word that needs what follows: "… theo quy định của" / "Luật Quản lý thuế").
    if (
        not lower
        and prev.lines == 1
        and prev.length <= 80
        and (upper_prev or prev.first_is_marker())
        and not (not upper_prev and ends_on_connector(prev._parts[-1]))
    ):
        return False
    return lower or not (indent >= 4 and indent > prev.indent + 2 and prev.indent < 4)


# Words a heading never ends on: each needs what follows it. A line in ordinary case that
# ends on one runs on into the next line even when that one starts with a capital (a name:
# "… theo quy định của" / "Luật Quản lý thuế …"). Words that also end phrases are left out:
# "được" (kết quả đạt được), "vào" (đầu vào), "số" (chuyển đổi số), "theo" (tiếp theo),
# "tại" (hiện tại), "do" (tự do), "bằng" (công bằng), "có", "từ", "đến", "như".
_CONNECTORS = frozenset(["của", "và", "các", "những", "với", "hoặc", "cho", "để", "trong", "nhưng", "là", "về"])


def ends_on_connector(line: str) -> bool:
    """Whether ``line`` ends on a word that needs what follows (:data:`_CONNECTORS`)."""
    word = line[line.rfind(" ") + 1 :]
    return word in _CONNECTORS


class _NewUnit(Unit):
    """A :class:`Unit` that :func:`assemble` fills slot by slot: calling it with no
    arguments runs no ``__init__`` (quicker than ``object.__new__(Unit)``, and than a call
    passing the values); it adds nothing to Unit."""

    __slots__ = ()
    __init__ = object.__init__


_DIGITS = frozenset("0123456789")
_ENDS = operator.attrgetter("_ends")
# What follows the letter of an item marker ("b)", "b.", "b/", "b/.").
_LETTER_MARK = frozenset(")./")
# Lower-case letters (str.isalpha and str.islower) below U+2100: a line starting with one
# starts "lower" for _continues, which tests c.islower() when c.isalpha().
_LOWER_LETTERS = frozenset(c for c in map(chr, range(0x2100)) if c.isalpha() and c.islower())
# The other letters below U+2100 (capitals, and letters without case).
_OTHER_LETTERS = frozenset(c for c in map(chr, range(0x2100)) if c.isalpha() and not c.islower())


def assemble(blocks: list[Block]) -> list[Unit]:
    """Group line blocks into paragraph units (footnote texts become their own units)."""
    if not blocks:
        return []  # (two calls in three: a document's header and footer leave no lines over)
    units: list[Unit] = []
    # A stand-in for "no unit yet" (speed: no ``prev is None`` test per line): its last
    # line "." ends a sentence and it has no lines, so the first line starts a unit by the
    # common path below (no run-on, no sentence cut); it never enters ``units``.
    prev: Unit = _NewUnit()
    prev.lines = 0
    # The unit being built, kept in locals (speed: read and written on every line):
    # ``parts`` is prev._parts and ``last`` its last item; ``run`` counts the lines the
    # run-on path appended to ``parts`` that prev's length, lines, upper and _text do not
    # count yet (settled before anything reads them).
    parts: list[str] = []
    last = "."
    run = 0
    broken = False
    footnote_between = False
    runs_on = _runs_on  # a local name: looked up once per line otherwise
    indented: bool | None = None  # do paragraphs start indented here? (asked when needed)
    for b in blocks:
        kind = b.kind
        if kind != "line":  # one test for the common block
            if kind == "page-break":
                broken = True
                continue
            if kind == "footnote":
                units.append(Unit(b.text, b.origin, True, footnote=b.footnote_marker or "", footnote_style="source"))
                footnote_between = True
                continue
        text = b.text
        if not text:
            continue
        c = text[0]
        end = last[-1]
        # The commonest line: one in lower case (no "a)" marker) right below a line of the
        # paragraph that ends on none of _STOPS: no sentence ends there (prev.ends() is
        # False, known without asking it), no symbol is cut at a hyphen. _continues says it
        # runs on (nothing in it can start a paragraph), and it is appended as Unit.append
        # does when there is nothing to do but append: no references, no capitals (prev's
        # counts are settled once the run ends). (A lower-case line below a ";" or ":" that
        # runs on, ≈ 1% of these, is left to the general path below.)
        if (
            c in _LOWER_LETTERS
            and end not in _STOPS
            and not b.blank_before
            and not broken
            and not footnote_between
            and text[1:2] != ")"
            and not b.footnote_refs
        ):
            parts.append(text)
            last = text
            run += 1
            continue
        # prev.ends(), decided as _continues decides it (prev._ends is None here: no line
        # has been asked of prev since its last one was appended)
        if end in _TERMINAL:
            e = True
        elif end not in _UNDECIDED:
            e = False
        else:
            e = P.ends_sentence(last)
        # (a footnote's text is looked for past the run-on line: no lower-case letter
        # starts one)
        if c in _FOOTNOTE_FIRST:
            note = _footnote_text(b, text)
            if note is not None:
                units.append(note)
                footnote_between = True
                continue
        if run:  # settle: prev as Unit.append would have left it after the run
            # (its text joined now: what the text property would join when asked, and
            # the length is the joined text's, quicker than summing the parts' lengths)
            prev._text = joined_text = " ".join(parts)
            prev.length = len(joined_text)
            prev.lines += run
            prev.upper = False  # is_upper_line of a run-on line is False: it has a lower-case letter
            run = 0
        prev._ends = e
        blank = b.blank_before
        gap = blank or broken or footnote_between
        upper = text.isupper() and len(text) >= 2  # is_upper_line(text), once for both uses below
        if e and (gap or not (c.islower() and end in ";:" and text[1:2] not in _LETTER_MARK)):
            # _continues' first test, which ends the paragraph (and a line that ends a
            # sentence ends in no hyphen of a cut symbol) — unless a sentence of a
            # paragraph whose lines run on was cut at a line end, where paragraphs start
            # indented (the cut asked only after a ".", and not once known not to be)
            joined = False
            if (
                end == "."
                and not gap
                and b.indent <= 1
                and prev.lines >= 2
                and indented is not False
                and _sentence_cut(prev, text, b.column, upper)
            ):
                if indented is None:
                    indented = _starts_indented(blocks)
                joined = indented
        else:
            # _continues past its first test, which was just made (and c is at hand)
            joined = runs_on(prev, text, c, gap, b.indent, b.column, upper) or (
                end in ("-", "/") and wraps_symbol(last, text)  # a symbol cut by the line end
            )
        if joined:
            if b.footnote_refs or end in "-/":
                prev.append(text, 1, b.footnote_refs, upper)
                last = parts[-1]
            else:
                # prev.append(text, 1, (), upper) written out: no references to move,
                # no symbol cut at a hyphen or a slash (≈ 4,800 lines of the corpus)
                parts.append(text)
                last = text
                prev._text = None
                prev._ends = None
                prev.length += 1 + len(text)
                if prev.upper:
                    prev.upper = upper
                prev.lines += 1
            broken = False
            footnote_between = False
            continue
        # Unit(text, b.origin, blank or broken, b.indent, 1, b.column, None, "",
        # b.footnote_refs, upper), filled here as Unit.__init__ fills it (a call less per
        # paragraph).
        prev = _NewUnit()
        prev._parts = parts = [text]
        last = text
        prev._text = text
        prev._ends = None
        prev._first_marker = None
        # b.origin, made here from the block's parts when the block has not made it yet,
        # as Block.origin makes it (the property call and the block's own copy cost ≈ 12%
        # of this loop; no one asks a body line's block for its origin again)
        o = b._origin
        if o is None:
            f = _OriginFilling()
            f.source = b._source
            f.line = b._line
            f.column = b._at
            f.paragraph = b._paragraph
            f.xpath = None
            f.layout = b._layout
            f.page = None
            f.__class__ = Origin  # type: ignore[assignment]  # same slots base: see blocks._OriginFilling
            prev.origin = f  # type: ignore[assignment]  # (an Origin now: its class was set above)
        else:
            prev.origin = o
        prev.blank_before = blank or broken
        prev.indent = b.indent
        prev.lines = 1
        prev.column = b.column
        prev.footnote = None
        prev.footnote_style = ""
        prev.footnote_refs = b.footnote_refs
        prev.length = len(text)
        prev.upper = upper
        units.append(prev)
        broken = False
        footnote_between = False
    if run:  # settle the last unit (see above)
        prev._text = joined_text = " ".join(parts)
        prev.length = len(joined_text)
        prev.lines += run
        prev.upper = False
    return units


def _footnote_text(b: Block, text: str) -> Unit | None:
    """The unit of a footnote's own text ("¹ …", "[1] …") on line block ``b``, or None."""
    fm = P.FOOTNOTE_TEXT.match(text)
    if fm is None:
        return None
    marker = P.superscript_digits(fm.group("sup")) if fm.group("sup") else fm.group("br")
    style = "sup" if fm.group("sup") else "bracket"
    refs = tuple((m, max(o - fm.end(), 0)) for m, o in b.footnote_refs)
    return Unit(text[fm.end() :], b.origin, True, footnote=marker, footnote_style=style, footnote_refs=refs)


def _sentence_cut(prev: Unit, text: str, column: int | None, upper: bool) -> bool:
    """A sentence of a running paragraph (two lines or more, no column) ended at the end of
    a line, and a flush-left line in ordinary case starts the next sentence — the same
    paragraph where paragraphs start indented (see :func:`_starts_indented`)."""
    return (
        prev.lines >= 2
        and column is None
        and prev.column is None
        and not prev.upper
        and not upper
        and prev._parts[-1][-1:] == "."
        and text[:1].isupper()
        and not _STARTS_PARAGRAPH.match(text)
        and not P.STRUCTURAL_TEXT.match(text, 0, 20)
    )


def _starts_indented(blocks: list[Block]) -> bool:
    """Whether paragraphs start indented and their other lines are flush left, as in a
    pdftotext layout: most lines after a line ending in "." are indented, and most lines
    after one ending in a letter are flush left (at least five of each to judge by; the
    first forty of each decide, so a long text is not read through for it)."""
    # No line indented by two or more: no start is indented, and the answer is no (one
    # cheap pass; most texts are such, and the loop below would read them to the end)
    for b in blocks:
        if b.indent >= 2:
            break
    else:
        return False
    starts = indented = runs = flush = 0
    before: Block | None = None
    for b in blocks:
        if b.kind != "line" or not b.text:
            before = None
            continue
        if before is not None and not b.blank_before and b.column is None and before.column is None:
            last = before.text[-1]
            if last == ".":
                starts += 1
                indented += b.indent >= 2
            elif last.isalpha():
                runs += 1
                flush += b.indent <= 1
            if starts >= 40 and runs >= 40:
                break
        before = b
    return starts >= 5 and runs >= 5 and indented >= 0.7 * starts and flush >= 0.7 * runs


def merge_units(units: list[Unit]) -> list[Unit]:
    """Join neighbouring paragraph units that a blank line would not separate.

    Units assembled in separate runs (lines left over from the footer, lines after the
    signature, unrecognised header lines) meet only here; applying the blank-line rule once
    more makes reading the canonical output give the same paragraphs (a fixed point)."""
    n = len(units)
    joined: set[int] = set()  # the places of the units joined to one before them
    done = 0  # the units before this place are settled
    # A unit that ends a sentence takes nothing: that is most units (_ends True, kept from
    # assembling), so the others are picked out in C instead of a loop over every unit.
    for i in compress(range(n - 1), map(operator.is_not, map(_ENDS, units), repeat(True))):
        if i < done:
            continue  # joined to the unit before it
        prev = units[i]
        if prev.footnote is not None:
            continue
        if prev._first_marker is True and prev._parts[-1][-1:] not in ("-", "/"):
            # Below a heading's marker line, once known, a blank line ends the paragraph and
            # only a symbol cut at its end would run on (four in ten of these units: left
            # here rather than in the loop below, which would find the same)
            continue
        j = i + 1
        while j < n:  # prev takes units[j], units[j + 1] … while they run on
            u = units[j]
            if u.footnote is not None:
                break
            text = u._text or u.text
            last = prev._parts[-1]
            if not (
                (
                    # (_continues is False for a text starting with a capital below capitals
                    # or a short unit, or in capitals: asked here without the call)
                    not (text[:1] in _OTHER_LETTERS and (prev.length < 100 or prev.upper or u.upper))
                    # (nor below a heading's marker line, once known: a blank line ends it;
                    # asked again here, as prev may have taken units since)
                    and prev._first_marker is not True
                    # u.upper is is_upper_line(u.text), kept as the unit grew (no scan of the text)
                    and _continues(prev, text, True, 0, None, u.upper)
                )
                or (last[-1:] in ("-", "/") and wraps_symbol(last, u._parts[0]))
            ):
                break
            prev.append(u.text, u.lines, u.footnote_refs, u.upper)
            joined.add(j)
            j += 1
        done = j
    if not joined:
        return units[:]
    return [u for j, u in enumerate(units) if j not in joined]
