"""The body: paragraphs, bullets and the section tree built from the markers used.

Levels come from the markers seen, not from a fixed depth: a new marker closes every open
section whose marker ranks the same or lower (Phần > Chương > Mục > Tiểu mục > Điều > I. >
1. > 1.1. > 1.1.1. > a)), and opens under the nearest one that ranks higher. Text after a
marker that ends with "." or ";" is the section's first paragraph (the section has no
heading); other text is its heading ("IV. Đề xuất, kiến nghị:"). A Phần/Chương/Mục marker
alone on its line takes the next line in capitals as its heading.
"""

from __future__ import annotations

import functools
import re

from vnadmin.citations.finder import find_citations_where
from vnadmin.model._trusted import slot_setters
from vnadmin.model.citation import Citation
from vnadmin.model.origin import Origin
from vnadmin.model.sections import (
    Footnote,
    FootnoteRef,
    Paragraph,
    Section,
    _ParagraphSlots,
    _SectionSlots,
    label_kind,
)
from vnadmin.text.recogniser import patterns as P
from vnadmin.text.recogniser.paragraphs import Unit

__all__ = ["Citing", "build_body", "make_paragraph", "marker_of", "shifted", "take_footnotes", "with_markers"]

_RANK_KW = {"Phần": 0, "Chương": 1, "Mục": 2, "Tiểu mục": 3}
_BRACKET_REF = re.compile(r"\[(\d{1,3})\]")
_SUP_REF = re.compile(f"[{P.SUPERSCRIPTS}]{{1,3}}")


#: A section marker read at the start of a paragraph: (label, marker as written, rank, the
#: text after it). A plain tuple: one is made for every section, and a named tuple's
#: constructor costs several times as much.
Marker = tuple[str, str, int, str]


_BULLET_FIRST = frozenset("-+•*")
_BULLET = P.BULLET
_WORD_FIRST = P.WORD_FIRST
_MARKER_WORDS = P.MARKER_WORDS
_MARKER_OTHER_FIRST = P.MARKER_OTHER_FIRST


_ASCII_DIGITS = frozenset("0123456789")
_TWO_DIGITS = frozenset(a + b for a in "0123456789" for b in "0123456789")
_ITEM_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzđ")  # MARKER's [a-zđ]


# First characters no section marker starts with (below U+2100; marker_of's first test
# passes everything else on, and a second character ")" too; build_body looks at that
# only after a letter of "a) …", the only marker it can end)
_NO_MARKER_FIRST = frozenset(
    c for c in map(chr, range(0x2100)) if c not in _WORD_FIRST and c not in _MARKER_OTHER_FIRST and not c.isdecimal()
)


# What MARKER's ``(?=\s|$)`` accepts after a marker, as the next character or "": one set
# look-up, not a call (every whitespace character lies below U+3001: the tests check it)
_SPACE_OR_END = frozenset(["", *(c for c in map(chr, range(0x3001)) if c.isspace())])

# What may follow the first numeral of a roman marker ("II. …", "IV - …", "I. …"): MARKER's
# ``[IVXL]{1,6}\s{0,2}[.\-–]``
_ROMAN_FIRST = frozenset("IVXL")
_ROMAN_NEXT = frozenset("IVXL.-–") | (_SPACE_OR_END - {""})

# What P.ends_item decides on the last character alone: it ends with "." or ";", or it
# cannot (a last character that is not skipped)
_ITEM_ENDS = frozenset(".;")
_ITEM_SKIPPED = frozenset(" ”\"'’»")


def marker_of(text: str) -> Marker | None:
    """The section marker at the start of ``text``, if any."""
    # P.may_be_marker(text), written out (once per paragraph): skip the regex where it cannot match.
    c = text[:1]
    if c in _WORD_FIRST:
        if not text.startswith(_MARKER_WORDS):
            return None
    elif c in _ASCII_DIGITS:
        # "1. …" and "12. …" (a third of the paragraphs), read without the regex as MARKER
        # reads them: one to three ASCII digits, a dot, then a space or the end (dec needs
        # a digit after the dot, and no other alternative starts with a digit)
        if text[1:2] == ".":
            k = 1
        elif text[2:3] == "." and text[1:2] in _ASCII_DIGITS:
            k = 2
        elif text[3:4] == "." and text[1:3] in _TWO_DIGITS:
            k = 3
        else:
            return None  # no dot after one to three digits: neither arabic nor dec can match
        if text[k + 1 : k + 2] in _SPACE_OR_END:
            # (the space after the dot left out of the slice: strip then copies nothing more)
            return (text[:k], text[: k + 1], 6, text[k + 2 :].strip())
    elif text[1:2] == ")":
        # "a) …", read without the regex as MARKER's last alternative reads it
        if c in _ITEM_LETTERS and text[2:3] in _SPACE_OR_END:
            return (c, text[:2], 12, text[3:].strip())  # (the space after ")" left out, as above)
    elif c in _ROMAN_FIRST:
        if text[1:2] not in _ROMAN_NEXT:
            return None  # "Việc …", "Xét …": the roman alternative, the only one left, cannot match
    elif not (c in _MARKER_OTHER_FIRST or c.isdecimal()):
        return None
    m = P.MARKER.match(text)
    if m is None:
        return None
    rest = text[m.end() :].strip()
    written = m.group(0).strip()
    # The alternative that matched, by the last group it closes (one look-up, not five).
    last = m.lastgroup
    if last == "arabic":
        return (m.group("arabic"), written, 6, rest)
    if last == "letter":
        return (m.group("letter"), written, 12, rest)
    if last == "kwn":
        kw = m.group("kw")
        label = f"{kw} {m.group('kwn')}"
        return (label, written, _RANK_KW[kw], rest)
    if last == "pord":
        # "Phần thứ ba" opens a part only as a heading (alone, or before its title in
        # capitals), not in running text ("Phần thứ hai của báo cáo nêu …")
        if rest and not P.is_upper_line(rest):
            return None
        return ("Phần " + " ".join(m.group("pord").split()), written, 0, rest)
    if last == "dn":
        return (f"Điều {m.group('dn')}", " ".join(written.split()), 4, rest)
    if last == "rsep":
        return (m.group("roman"), written.replace(" ", ""), 5, rest)
    dec = m.group("dec")  # last == "decdot"
    return (dec, written, 6 + dec.count("."), rest)


class Citing:
    """The citations of a document's paragraphs and footnotes, found in one search once all
    of them are made (:func:`~vnadmin.citations.find_citations_each`: the same result as one
    search per text, without paying the set-up of a search per paragraph). Paragraphs and
    footnotes are made with no citations and filled by :meth:`fill`, slot by slot: each is
    new and seen by nobody until the reader returns the document."""

    __slots__ = ("combining", "owners", "texts")

    def __init__(self, *, combining: bool = True) -> None:
        self.owners: list[Paragraph | Footnote] = []
        self.texts: list[str] = []
        # False: the reader found no combining mark in its input, so none is in the texts
        # (find_citations_where then skips its passes for tone marks)
        self.combining = combining

    def later(self, owner: Paragraph | Footnote, text: str) -> None:
        """Find the citations of ``text`` (``owner``'s text) when :meth:`fill` runs."""
        self.owners.append(owner)
        self.texts.append(text)

    def fill(self) -> None:
        owners = self.owners
        # only the texts that cite something (a few in ten), each with its index
        for i, found in find_citations_where(self.texts, combining=self.combining):
            owner = owners[i]
            if type(owner) is Paragraph:
                _SET_CITATIONS(owner, tuple(found))
            else:
                _SET_NOTE_CITATIONS(owner, tuple(found))
        owners.clear()
        self.texts.clear()


_SET_NOTE_CITATIONS = slot_setters(Footnote, ("marker", "text", "citations", "origin"))[2]


def with_markers(text: str, refs: tuple[tuple[str, int], ...]) -> str:
    """``text`` with structural footnote references written in as "[marker]", for text that
    becomes a plain string (a heading, the authority line): nothing is lost."""
    if not refs:
        return text
    out: list[str] = []
    pos = 0
    for marker, offset in sorted(refs, key=lambda r: r[1]):
        at = min(max(offset, pos), len(text))
        out.append(text[pos:at])
        out.append(f"[{marker}]")
        pos = at
    out.append(text[pos:])
    return "".join(out)


def shifted(refs: tuple[tuple[str, int], ...], by: int, length: int) -> tuple[tuple[str, int], ...]:
    """Structural references moved ``by`` characters left, kept inside ``length``."""
    return tuple((m, min(max(o - by, 0), length)) for m, o in refs)


def _needles(markers: set[str]) -> tuple[tuple[str, str], ...]:
    """How the footnote markers can appear in a text: superscript digits and "[m]", each
    with its first character."""
    if not markers:
        return ()  # (most documents: no generator to make)
    return tuple((x[:1], x) for m in markers for x in (_sup_of(m), f"[{m}]"))


def _mentions(text: str, needles: tuple[tuple[str, str], ...]) -> bool:
    """Whether any needle occurs in ``text``."""
    # A one-character search first: searching "[1]" is slow in text beyond Latin-1. A loop,
    # not any() over a generator, which costs more than the searches on every paragraph.
    for first, x in needles:  # noqa: SIM110
        if first in text and x in text:
            return True
    return False


def _refs(
    text: str, markers: set[str], given: tuple[tuple[str, int], ...] = (), needles: tuple[tuple[str, str], ...] | None = None
) -> tuple[str, tuple[FootnoteRef, ...]]:
    """Remove footnote markers (superscript digits, "[1]") whose footnote exists; return the
    text without them and the references with their offsets. ``given``: structural
    references (docx) with offsets in ``text``, kept whatever the markers; ``needles``:
    ``_needles(markers)`` when the caller has it."""
    if not markers and not given:
        return text, ()
    if needles is None:
        needles = _needles(markers)
    if not given and not _mentions(text, needles):
        # No marker of a footnote that exists appears: nothing to remove. (Text with
        # surrounding spaces and a "[" or superscript is stripped, as below.)
        stripped = text.strip()
        if stripped == text or not stripped or not ("[" in text or _SUP_REF.search(text)):
            return text, ()
        return stripped, ()
    out: list[str] = []
    refs: list[FootnoteRef] = []
    pos = 0
    found: list[tuple[int, int, str]] = []
    for m in _SUP_REF.finditer(text):
        found.append((m.start(), m.end(), P.superscript_digits(m.group(0))))
    for m in _BRACKET_REF.finditer(text):
        found.append((m.start(), m.end(), m.group(1)))
    for marker, offset in given:
        at = min(max(offset, 0), len(text))
        found.append((at, at, marker))
    found.sort()
    length = 0
    for start, end, marker in found:
        if start == end:  # a structural reference: always kept
            start = end = max(start, pos)
        elif marker not in markers or start < pos:
            continue
        out.append(text[pos:start])
        length += start - pos
        refs.append(FootnoteRef(marker, length))
        pos = end
    out.append(text[pos:])
    cleaned = "".join(out)
    if not cleaned.strip():
        return text, tuple(FootnoteRef(m, min(max(o, 0), len(text))) for m, o in given)
    # Offsets must stay inside the text once it is stripped.
    lead = len(cleaned) - len(cleaned.lstrip())
    stripped = cleaned.strip()
    fixed = tuple(FootnoteRef(r.marker, min(max(r.offset - lead, 0), len(stripped))) for r in refs)
    return stripped, fixed


_SET_CITATIONS = slot_setters(Paragraph, ("text", "bullet", "footnote_refs", "citations", "origin"))[3]


class _ParagraphFilling(_ParagraphSlots):
    """A :class:`Paragraph` being filled: its slots (its base, ``_ParagraphSlots``), set by
    plain stores, then made a Paragraph by assigning ``__class__`` (thousands per document:
    the frozen class's slot setters cost more). Sharing the slots base, and adding no slots,
    spares CPython comparing the two classes' slots name by name on the class change;
    Paragraph has no ``__weakref__`` slot for this."""

    __slots__ = ()


class _SectionFilling(_SectionSlots):
    """A :class:`Section` being filled, as :class:`_ParagraphFilling` fills a Paragraph."""

    __slots__ = ()


def paragraph(
    text: str,
    bullet: str | None,
    refs: tuple[FootnoteRef, ...],
    cites: tuple[Citation, ...],
    origin: Origin | None,
) -> Paragraph:
    """``Paragraph(text, bullet=…, footnote_refs=…, citations=…, origin=…)`` filled slot by
    slot (thousands per document): the bullet comes from BULLET (one of ``BULLETS``) and
    the references lie inside ``text`` by construction; the text is checked here, and a
    blank one goes to the constructor, which refuses it."""
    if not text or text.isspace():
        return Paragraph(text, bullet=bullet, footnote_refs=refs, citations=cites, origin=origin)
    p = _ParagraphFilling()  # (no arguments: quicker than object.__new__)
    p.text = text
    p.bullet = bullet
    p.footnote_refs = refs
    p.citations = cites
    p.origin = origin
    p.__class__ = Paragraph  # type: ignore[assignment]  # same slots: see _ParagraphFilling
    return p  # type: ignore[return-value]


def make_paragraph(
    u: Unit,
    markers: set[str],
    citing: Citing | None,
    needles: tuple[tuple[str, str], ...] | None = None,
) -> Paragraph:
    """The paragraph unit ``u`` holds (``needles``: ``_needles(markers)``, made once per body);
    its citations are filled when ``citing`` fills (none without it)."""
    return _paragraph_of(u.text, u.footnote_refs, u.origin, markers, citing, needles)


def _paragraph_of(
    text: str,
    given: tuple[tuple[str, int], ...],
    origin: Origin | None,
    markers: set[str],
    citing: Citing | None,
    needles: tuple[tuple[str, str], ...] | None,
) -> Paragraph:
    """:func:`make_paragraph` from a unit's text, structural references and origin."""
    bullet = None
    bm = P.BULLET.match(text) if text[:1] in _BULLET_FIRST else None  # skip the regex: no bullet
    if bm:
        bullet = bm.group(1)
        text = text[bm.end() :]
        if given:
            given = shifted(given, bm.end(), len(text))
    if markers or given:
        text, refs = _refs(text, markers, given, needles)
    else:
        refs = ()  # what _refs gives without markers and structural references
    p = paragraph(text, bullet, refs, (), origin)
    if citing is not None:
        citing.later(p, text)
    return p


def _sup_referred(prose: str, marker: str) -> bool:
    """Whether ``marker`` is among ``superscript_digits(r) for r in _SUP_REF.findall(prose)``:
    its superscript form is one of the pieces of at most three characters that runs of
    superscripts are cut into. Found with ``str.find`` from the marker's first character (a
    regex class of non-Latin-1 characters is tested at every position: slow on a whole
    document)."""
    if not (marker.isascii() and marker.isdigit()):
        return False  # the runs give ASCII digits only
    s = _sup_of(marker)
    sup = P.SUPERSCRIPTS
    n = len(prose)
    i = prose.find(s[0])
    while i >= 0:
        start = i
        while start > 0 and prose[start - 1] in sup:
            start -= 1
        piece = i - (i - start) % 3  # where the piece holding i begins
        end = piece
        while end < n and end - piece < 3 and prose[end] in sup:
            end += 1
        if prose[piece:end] == s:
            return True
        i = prose.find(s[0], i + 1)
    return False


def take_footnotes(units: list[Unit], citing: Citing | None = None) -> tuple[list[Unit], list[Footnote]]:
    """Split off footnote texts. A footnote text is kept as a footnote only when some
    paragraph refers to its marker (or the source marked it as a footnote); otherwise the
    line stays a paragraph, as written. The footnotes' citations are filled when ``citing``
    fills (at once without it)."""
    # (a loop, not all() over a generator: asked of every unit of every document, it runs
    # to the end in most of them)
    for u in units:
        if u.footnote is not None:
            break
    else:
        return list(units), []  # no footnote texts: what the loop below gives, without it
    # One scan over the paragraph texts joined by line breaks (no marker spans one).
    prose = "\n".join([u.text for u in units if u.footnote is None])
    brackets: set[str] = set(_BRACKET_REF.findall(prose)) if "[" in prose else set()
    # Whether a paragraph refers to a marker: "[m]", or m in superscripts, looked for when a
    # footnote text asks (finding every run of the ten superscripts takes ten scans).
    referred: dict[str, bool] = {}
    rest: list[Unit] = []
    notes: list[Footnote] = []
    own = citing is None
    citing = Citing() if citing is None else citing
    for u in units:
        if u.footnote is not None:
            text = u.text.strip()
            if text and u.footnote_style not in ("source", "trailing"):
                mark = u.footnote
                known = referred.get(mark)
                if known is None:
                    known = referred[mark] = mark in brackets or _sup_referred(prose, mark)
            else:
                known = False
            if text and (u.footnote_style in ("source", "trailing") or known):
                marker = u.footnote or str(len(notes) + 1)
                note = Footnote(marker, text, origin=u.origin)
                citing.later(note, text)
                notes.append(note)
                continue
            prefix = _sup_of(u.footnote) if u.footnote_style == "sup" else f"[{u.footnote}]"
            refs = shifted(u.footnote_refs, -(len(prefix) + 1), len(prefix) + 1 + len(u.text))
            u = Unit(f"{prefix} {u.text}", u.origin, u.blank_before, u.indent, u.lines, u.column, footnote_refs=refs)
        rest.append(u)
    if own:
        citing.fill()
    return rest, notes


@functools.lru_cache(maxsize=256)
def _sup_of(marker: str | None) -> str:
    digits = "0123456789"
    return "".join(P.SUPERSCRIPTS[digits.index(c)] for c in (marker or "") if c in digits)


def section(
    label: str, heading: str | None, children: tuple[Section | Paragraph, ...], marker: str, origin: Origin | None
) -> Section:
    """``Section(label, heading, children, marker=…, origin=…)`` filled slot by slot: the
    children are the Sections and Paragraphs built here; label, heading and marker are
    checked as the validators check them, and anything else goes to the constructor."""
    if (
        label_kind(label) is None
        or (heading is not None and (not heading or heading.isspace()))
        or not marker
        or marker.isspace()
    ):
        return Section(label, heading, children, marker=marker, origin=origin)
    s = _SectionFilling()
    s.label = label
    s.heading = heading
    s.children = children
    s.marker = marker
    s.origin = origin
    s.__class__ = Section  # type: ignore[assignment]  # same slots: see _ParagraphFilling
    return s  # type: ignore[return-value]


def _close(s: _SectionFilling, children: list[Section | Paragraph], ok: bool) -> Section:
    """The Section ``s`` holds, with ``children``: ``s`` itself when ``ok`` (its values pass
    the validators, as :func:`section` checks them), else the constructor's (which refuses
    them as it refuses them in :func:`section`)."""
    if not ok:
        return Section(s.label, s.heading, tuple(children), marker=s.marker, origin=s.origin)
    s.children = tuple(children)
    s.__class__ = Section  # type: ignore[assignment]  # same slots: see _ParagraphFilling
    return s  # type: ignore[return-value]


# A quotation of another text over several paragraphs ("… quy định:" / "“Điều 4. Giá tính
# thuế" / "1. Đối với hàng hóa …" / "…”"): its numbered lines are the quoted text's, not
# sections of this document. A quotation is looked for only this far (an OCR'd closing
# mark may be lost: then nothing is taken for quoted).
_QUOTE_REACH = 40
_QUOTE_END = " .,;:)]…*"  # what may follow the closing mark at the end of a paragraph


def _opening(text: str) -> int:
    """Where the first opening mark stands: “, or two single marks ‘‘ typed (or converted
    from Word) for it; -1 when there is none."""
    j = text.find("“")
    k = text.find("‘‘") if "‘" in text else -1
    return j if k < 0 or 0 <= j < k else k


def _opens(text: str) -> bool:
    """Whether ``text`` opens a quotation it leaves open: more “ than ”, the first “ at
    the start of the paragraph or after a colon ("… quy định: “Điều 4. …"). Curly quotes
    only (“, or ‘‘ for it): straight quotes and OCR debris pair up too loosely to be
    trusted to open one, and guillemets are not used in Vietnamese documents."""
    # What stands before the first “ (spaces and stars aside) is nothing or ends in a colon;
    # most quotes stand mid-sentence, so this is tested first, from the mark back (no copy
    # of the text before it).
    j = _opening(text)
    while j and text[j - 1] in " *":
        j -= 1
    if j and text[j - 1] != ":":
        return False  # (counted only past this test)
    return _opening_marks(text) > _closing_marks(text)


# The curly marks of a text, a doubled single mark counted only where its character stands
# (a two-character count costs several times a one-character one beyond Latin-1).
def _opening_marks(text: str) -> int:
    return text.count("“") + (text.count("‘‘") if "‘" in text else 0)


def _closing_marks(text: str) -> int:
    return text.count("”") + (text.count("’’") if "’" in text else 0)


def _closes(text: str) -> bool:
    """Whether ``text`` closes a quotation: it ends with ” (or ’’) and punctuation, and
    holds more of them than of “. A straight mark ends an open quotation too when it is
    the paragraph's last mark and has no partner in it ("… dịch vụ xuất khẩu.\"", a Word
    file that mixed its quotes): once a curly mark has opened the quotation, a lone
    straight one at a paragraph's end can only close it."""
    end = text.rstrip(_QUOTE_END)
    if end.endswith(("”", "’’")):
        return _closing_marks(text) > _opening_marks(text)
    return end.endswith('"') and text.count('"') % 2 == 1 and "“" not in text


def _marks(text: str) -> bool:
    """Whether ``text`` holds a quotation mark that may open or close a quotation."""
    # A doubled mark is looked for only where its character stands: a two-character search
    # in text beyond Latin-1 costs several times a one-character one.
    return (
        "“" in text or "”" in text or '"' in text or ("‘" in text and "‘‘" in text) or ("’" in text and "’’" in text)
    )


def _quoted(units: list[Unit], texts: list[str] | None = None) -> set[int]:
    """The indices of the units inside a quotation that spans paragraphs: from the one
    after the unit that opens it to the one that closes it (``texts``: the units' texts,
    when the caller has them)."""
    out: set[int] = set()
    # the joined texts (made when they are not: a property call less), and the units that
    # hold an opening mark picked out in one comprehension (one-character search first, as
    # _marks): a few in twenty, the only ones a quotation can open at
    if texts is None:
        texts = [u._text or u.text for u in units]
    opening = [k for k, text in enumerate(texts) if "“" in text or ("‘" in text and "‘‘" in text)]
    if not opening:
        return out
    n = len(units)
    after = 0  # the units before it are passed over (inside a quotation, or its end)
    for i in opening:
        if i < after or not _opens(texts[i]):
            continue
        for j in range(i + 1, min(n, i + 1 + _QUOTE_REACH)):
            t = texts[j]
            # _marks(t), written out (asked of up to forty paragraphs after each opening)
            if not ("“" in t or "”" in t or '"' in t or ("‘" in t and "‘‘" in t) or ("’" in t and "’’" in t)):
                continue
            if _closes(t):
                out.update(range(i + 1, j + 1))
                after = j + 1
                break
            if t.lstrip(" *")[:1] == "“" or t.lstrip(" *")[:2] == "‘‘":
                # another quotation opens first: this one's closing mark was lost
                # (OCR), so nothing in between is taken for quoted
                after = j
                break
    return out


def build_body(units: list[Unit], markers: set[str], citing: Citing | None = None) -> list[Section | Paragraph]:
    """Paragraph units → top-level sections and paragraphs in order; the paragraphs'
    citations are filled when ``citing`` fills (at once without it)."""
    own = citing is None
    finder = Citing() if citing is None else citing
    needles = _needles(markers)
    body: list[Section | Paragraph] = []
    # The open sections, innermost last: (rank, the Section being filled, its children,
    # whether its values pass the validators: see below). It is made a Section as it closes.
    stack: list[tuple[int, _SectionFilling, list[Section | Paragraph], bool]] = []
    # Where the next item goes: the children of the innermost open section, or the body.
    into = body

    owners, cited = finder.owners, finder.texts
    # the joined texts (made when they are not: a property call less), read by _quoted too
    texts = [u._text or u.text for u in units]
    quoted = _quoted(units, texts)
    n = len(units)
    # (an iterator, not an index: a Phần/Chương/Mục heading on the next lines takes them from it)
    items = enumerate(units)
    for i, u in items:
        text = texts[i]
        c = text[:1]
        if (c in _NO_MARKER_FIRST and (c not in _ITEM_LETTERS or text[1:2] != ")")) or (
            c in _WORD_FIRST and not text.startswith(_MARKER_WORDS)
        ):
            # marker_of's first tests, written out: no marker starts so (a call less, most paragraphs)
            mk = None
        elif quoted and i in quoted:
            mk = None
        elif text[2:3] in _SPACE_OR_END and (
            ((sep := text[1:2]) == "." and c in _ASCII_DIGITS) or (sep == ")" and c in _ITEM_LETTERS)
        ):
            # "1. …" and "a) …" (the commonest markers, one section in two), read as
            # marker_of reads them, without the call
            mk = (c, text[:2], 6 if sep == "." else 12, text[3:].strip())
            ascii_label = True  # (a valid label: see the stack below)
        elif text[2:3] == "." and c in _ASCII_DIGITS and text[1:2] in _ASCII_DIGITS and text[3:4] in _SPACE_OR_END:
            # "10. …" (a section in four), read as marker_of reads it, without the call
            mk = (text[:2], text[:3], 6, text[4:].strip())
            ascii_label = True
        else:
            mk = marker_of(text)
            ascii_label = False
        if mk is None:
            bullet = None
            plain = text  # the text after its bullet
            if c in _BULLET_FIRST and (bm := _BULLET.match(text)) is not None:
                bullet = bm.group(1)
                plain = text[bm.end() :]
            if (
                u.footnote_refs
                # a text that may be blank (it is empty or starts with a space; a bullet's
                # never is: BULLET wants a non-space after it), told by the first character
                # (a set look-up, not two tests and a call)
                or c in _SPACE_OR_END
                # a footnote's marker may stand in it (what _refs looks for first), or
                # _refs would strip it
                or (markers and (_mentions(plain, needles) or plain.strip() != plain))
            ):
                into.append(_paragraph_of(text, u.footnote_refs, u.origin, markers, finder, needles))  # make_paragraph
            else:
                # _paragraph_of of a paragraph with no references to take out (most of
                # them), written out: four calls less per paragraph.
                p = _ParagraphFilling()  # (no arguments: quicker than object.__new__)
                p.text = plain
                p.bullet = bullet
                p.footnote_refs = ()
                p.citations = ()
                p.origin = u.origin
                p.__class__ = Paragraph  # type: ignore[assignment]  # same slots: see _ParagraphFilling
                into.append(p)  # type: ignore[arg-type]
                owners.append(p)  # type: ignore[arg-type]  # finder.later(p, plain)
                cited.append(plain)
            continue
        label, marker, rank, rest = mk
        while stack and stack[-1][0] >= rank:  # close every open section ranking the same or lower
            _, s, children, ok = stack.pop()
            into = stack[-1][2] if stack else body
            if ok:  # _close(s, children, ok), written out (once per section)
                s.children = tuple(children)
                s.__class__ = Section  # type: ignore[assignment]  # same slots: see _ParagraphFilling
                into.append(s)  # type: ignore[arg-type]
            else:
                into.append(_close(s, children, ok))
        heading: str | None = None
        first: Paragraph | None = None
        if rest:
            refs = shifted(u.footnote_refs, len(text.rstrip()) - len(rest), len(rest)) if u.footnote_refs else ()
            # P.ends_item(rest), decided here on the last character when it can be (most sections)
            last = rest[-1]
            if last in _ITEM_ENDS or (last in _ITEM_SKIPPED and P.ends_item(rest)):
                if refs or markers or rest[:1] in _BULLET_FIRST:
                    first = _paragraph_of(rest, refs, u.origin, markers, finder, needles)
                else:
                    # _paragraph_of of a text with no bullet and nothing to take out (the
                    # text after a marker, stripped: never blank), written out as above
                    p = _ParagraphFilling()
                    p.text = rest
                    p.bullet = None
                    p.footnote_refs = ()
                    p.citations = ()
                    p.origin = u.origin
                    p.__class__ = Paragraph  # type: ignore[assignment]  # same slots: see _ParagraphFilling
                    first = p  # type: ignore[assignment]
                    owners.append(p)  # type: ignore[arg-type]  # finder.later(p, rest)
                    cited.append(rest)
            else:
                heading = with_markers(rest, refs) if refs else rest  # (with_markers gives rest without refs)
        elif rank <= 3 and i + 1 < n:
            nxt = units[i + 1]
            if P.is_upper_line(nxt.text) and marker_of(nxt.text) is None and nxt.footnote is None:
                heading = with_markers(nxt.text, nxt.footnote_refs)
                i, _ = next(items)
                # A long heading wraps onto the next lines, in capitals too ("HƯỚNG DẪN KÊ
                # KHAI C/O, TỜ KHAI BỔ SUNG C/O VÀ GIẤY CHỨNG NHẬN" / "HÀNG HÓA …").
                taken = 1
                while i + 1 < n and taken < 3 and not P.ends_sentence(heading):
                    more = units[i + 1]
                    if not more.upper or more.blank_before or more.footnote is not None or marker_of(more.text):
                        break
                    heading = f"{heading} {with_markers(more.text, more.footnote_refs)}"
                    taken += 1
                    i, _ = next(items)
        into = [] if first is None else [first]
        # section(label, heading, …, marker, u.origin) once its children are known: filled
        # here, made a Section as it closes (a call and a tuple of six less per section)
        s = _SectionFilling()
        s.label = label
        s.heading = heading
        s.marker = marker
        s.origin = u.origin
        # What section() checks, known from the marker: its label is valid but for the
        # figures of another script that ``\d`` reads in 1. and 1.1. (ranks 6 to 10); the
        # marker as written and a heading (text after it, or a line in capitals) are never
        # blank. (tests/test_text_recogniser_speed_paths.py holds it to label_kind.) The
        # labels read in the loop itself are ASCII: not asked again.
        stack.append((rank, s, into, ascii_label or not 6 <= rank <= 10 or label.isascii()))
    while stack:
        _, s, children, ok = stack.pop()
        (stack[-1][2] if stack else body).append(_close(s, children, ok))
    if own:
        finder.fill()
    return body
