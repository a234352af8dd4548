"""Read a .docx into blocks: the docx reader's half of the pipeline.

Body paragraphs and table-cell paragraphs become :class:`~vnadmin.text.blocks.Block`
objects with layout hints (font, size, bold, italic, capitals, alignment, style — resolved
through the styles, as Word shows them), their table position, and their footnote
references (``w:footnoteReference``); footnotes become ``kind="footnote"`` blocks. Along
the way:

- Word list numbering becomes the label Word displays ("1. ", "a) ", "- "), put in front
  of the text, so the recogniser sees what a reader sees;
- a soft line break (``w:br``) ends a line: each line is its own block, as in a text file;
- a paragraph laid out in columns with tabs, outside a table (a header typed as
  "BỘ TÀI CHÍNH<tab>CỘNG HÒA …"), keeps its pieces as :attr:`Block.segments`;
- text boxes, deleted text, field codes and decorative rules ("_____") are left out,
  text boxes and rules with a :class:`~vnadmin.model.Note`;
- the page size and margins of the last section become a
  :class:`~vnadmin.model.PageSetup`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import ClassVar

import attrs

from vnadmin.docx.layout import twips_to_mm
from vnadmin.docx.numbering import Numbering
from vnadmin.docx.oxml import RT, Element, qn
from vnadmin.docx.package import Package
from vnadmin.docx.stylemap import EMPTY, Props, StyleMap, merge, paragraph_props, run_props_and_style
from vnadmin.model.origin import Layout, Note, Origin, PageSetup
from vnadmin.text.blocks import Block, new_block
from vnadmin.text.recogniser.paragraphs import ends_on_connector
from vnadmin.text.recogniser.patterns import ends_sentence
from vnadmin.unicode import normalize

__all__ = ["Extraction", "extract"]


_P, _R, _T, _TBL, _TR, _TC = (qn(f"w:{t}") for t in ("p", "r", "t", "tbl", "tr", "tc"))
_PPR, _RPR, _PSTYLE, _RSTYLE = qn("w:pPr"), qn("w:rPr"), qn("w:pStyle"), qn("w:rStyle")
_TAB, _BR, _CR = qn("w:tab"), qn("w:br"), qn("w:cr")
_FNREF, _FLDCHAR, _SYM = qn("w:footnoteReference"), qn("w:fldChar"), qn("w:sym")
_TXBX = qn("w:txbxContent")
_TCPR, _GRIDSPAN, _FOOTNOTE_REF = qn("w:tcPr"), qn("w:gridSpan"), qn("w:footnoteRef")
_ALTERNATE, _CHOICE, _FALLBACK = qn("mc:AlternateContent"), qn("mc:Choice"), qn("mc:Fallback")
_VAL, _TYPE, _ID = qn("w:val"), qn("w:type"), qn("w:id")
_NOBREAK_HYPHEN, _CUSTOM_MARK, _FLDCHARTYPE = qn("w:noBreakHyphen"), qn("w:customMarkFollows"), qn("w:fldCharType")
_INLINE_CONTAINERS = frozenset(qn(f"w:{t}") for t in (
    "hyperlink", "ins", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "moveTo", "dir", "bdo",
))
_BLOCK_CONTAINERS = frozenset(qn(f"w:{t}") for t in ("sdt", "sdtContent", "customXml", "ins", "moveTo"))
_RUN_INLINE_OBJECTS = frozenset((qn("w:drawing"), qn("w:pict"), qn("w:object"), _ALTERNATE))
# What a run holds besides w:rPr and w:t that the general path reads (the fast path hands
# a paragraph with any of these over to it).
_RUN_SPECIAL = frozenset((_TAB, _BR, _CR, _NOBREAK_HYPHEN, _SYM, _FNREF, _FLDCHAR, *_RUN_INLINE_OBJECTS))
_RULE_CHARS = frozenset("-_=~*.·•—–‐−")
_RULE_STRIP = "-_=~*.·•—–‐− \t\u00a0"
# The characters vnadmin.unicode.normalize repairs (odd spaces, zero-width characters,
# look-alikes of Đ); one class, no repetition: linear.
_NEEDS_REPAIR = re.compile("[\u00a0\u202f\u2007\u2009\u200a\u3000\u200b\u200c\u200d\u2060\ufeff"
                           "\u00d0\u0189\u0256\u00f0]")


def _has_odd(text: str) -> bool:
    """Whether ``text`` holds a character :data:`_NEEDS_REPAIR` matches. The odd spaces
    and zero-width characters are all unprintable, so printable text (most text) only
    needs the four look-alikes of Đ looked for: str.isprintable and ``in`` run in C at a
    fraction of the regex's cost per character."""
    if text.isprintable():
        return "\u00d0" in text or "\u00f0" in text or "\u0189" in text or "\u0256" in text
    return _NEEDS_REPAIR.search(text) is not None


_SEGMENT_STEP = 40  # the column offset given to each tab-separated piece (see Block.segments)


@attrs.frozen
class Extraction:
    """What a package yields before recognition."""

    blocks: tuple[Block, ...]
    notes: tuple[Note, ...]
    page: PageSetup | None


def _normalize(text: str) -> str:
    """:func:`vnadmin.unicode.normalize`, skipped for text it would leave unchanged (most
    Word text is NFC already and holds none of the characters it repairs)."""
    if text.isascii() or (_is_nfc("NFC", text) and not _has_odd(text)):
        return text
    return normalize(text)


_is_nfc = unicodedata.is_normalized


class _Para:
    """One paragraph's text as it is collected: pieces of (text, props), footnote
    references as (marker, offset into the joined text)."""

    __slots__ = ("length", "pieces", "refs")

    def __init__(self) -> None:
        self.pieces: list[tuple[str, Props]] = []
        self.length = 0
        self.refs: list[tuple[str, int]] = []

    def add(self, text: str, props: Props) -> None:
        if text:
            text = _normalize(text)
            self.pieces.append((text, props))
            self.length += len(text)


def _agree(values: list[bool | None]) -> bool | None:
    flags = [bool(v) for v in values]
    if all(flags):
        return True
    if not any(flags):
        return False
    return None


class _Base:
    """What the paragraphs of one kind (paragraph style and direct paragraph formatting)
    start from, worked out once per document: the style id, the paragraph's props, the
    props its runs start from, its list membership when numbered, what makes two such
    paragraphs one (see ``_finish``) and the layouts seen so far (by the props of the text
    shown, and by the identity of a lone piece's props)."""

    __slots__ = ("align", "base", "boundary", "by_id", "layout_key", "layouts", "num", "runs", "style_id")

    def __init__(self, style_id: str | None, base: Props, runs: Props) -> None:
        self.style_id = style_id
        self.base = base
        self.align = base.align
        self.runs = runs
        self.num = base.num if base.num is not None and base.num[0] not in ("", "0") else None
        self.boundary = (style_id, base.align, base.bold, base.italic, base.size)
        self.layout_key = (style_id, base.align, base.first_line_cm)
        self.layouts: dict[tuple[Props, ...], Layout] = {}
        self.by_id: dict[int, tuple[Props, Layout]] = {}


@attrs.define
class _Reader:
    #: The fast paths for the common paragraph (on; the tests turn them off to check that
    #: the general path gives the same blocks).
    fast_paths: ClassVar[bool] = True

    pkg: Package
    source: str | None
    styles: StyleMap
    numbering: Numbering
    markers: dict[str, str] = attrs.field(factory=dict)  # footnote id → marker
    blocks: list[Block] = attrs.field(factory=list)
    notes: list[Note] = attrs.field(factory=list)
    paragraph_index: int = 0
    table_count: int = 0
    auto_footnote: int = 0
    blank: bool = False
    in_code: bool = False
    last_key: tuple[object, ...] | None = None
    layouts: dict[tuple[object, ...], Layout] = attrs.field(factory=dict)
    bases: dict[tuple[str | None, Props], _Base] = attrs.field(factory=dict)
    style_bases: dict[str | None, _Base] = attrs.field(factory=dict)  # w:pPr holding only w:pStyle
    # (props the run starts from, its w:rPr's own props) → the run's props
    run_cache: dict[tuple[int, Props], Props] = attrs.field(factory=dict)

    # -- notes -------------------------------------------------------------------------
    def note(self, code: str, message: str, index: int) -> None:
        self.notes.append(Note(code, message, Origin(source=self.source, paragraph=index)))

    # -- runs ----------------------------------------------------------------------------
    def _run_props(self, rpr: Element, base: Props) -> Props:
        own, rstyle = run_props_and_style(rpr)
        if rstyle is not None:
            return merge(merge(base, self.styles.character(rstyle)), own)
        if own is EMPTY:
            return base
        key = (id(base), own)
        props = self.run_cache.get(key)
        if props is None:
            # ``base`` stays alive in self.bases, so its id is not reused while cached.
            props = self.run_cache[key] = merge(base, own)
        return props

    def _run(self, r: Element, base: Props, para: _Para, index: int) -> None:
        props = base
        first = True
        pending: str | None = None  # id of a custom-marked reference awaiting its mark
        pieces = para.pieces
        for child in r:
            tag = child.tag
            if first:
                # The run's properties come first (w:rPr); nothing of a hidden run is read.
                first = False
                if tag == _RPR:
                    if len(child):
                        props = self._run_props(child, base)
                    if props.hidden:
                        return
                    continue
                if props.hidden:
                    return
            if tag == _T:
                if pending is not None:
                    mark = normalize(child.text or "").strip() or "*"
                    para.refs[-1] = (mark, para.refs[-1][1])
                    self.markers[pending] = mark
                    pending = None
                elif not self.in_code:
                    text = child.text
                    if text:
                        if not text.isascii() and (not _is_nfc("NFC", text) or _has_odd(text)):
                            text = normalize(text)
                        pieces.append((text, props))
                        para.length += len(text)
            elif tag == _RPR:
                continue
            elif tag == _TAB:
                para.add("\t", props)
            elif tag == _BR:
                if (child.get(_TYPE) or "textWrapping") == "textWrapping":
                    para.add("\n", props)
            elif tag == _CR:
                para.add("\n", props)
            elif tag == _NOBREAK_HYPHEN:
                para.add("-", props)
            elif tag == _SYM:
                self._symbol(child, para, props)
            elif tag == _FNREF:
                note_id = child.get(_ID) or ""
                if (child.get(_CUSTOM_MARK) or "").lower() in ("1", "true", "on"):
                    pending = note_id
                    para.refs.append(("*", para.length))
                    self.markers[note_id] = "*"
                else:
                    # Word numbers automatic marks in reference order.
                    self.auto_footnote += 1
                    marker = str(self.auto_footnote)
                    para.refs.append((marker, para.length))
                    self.markers[note_id] = marker
            elif tag == _FLDCHAR:
                kind = child.get(_FLDCHARTYPE)
                if kind == "begin":
                    self.in_code = True
                elif kind in ("separate", "end"):
                    self.in_code = False
            elif tag in _RUN_INLINE_OBJECTS:
                self._inline_object(child, index)

    def _symbol(self, sym: Element, para: _Para, props: Props) -> None:
        code = sym.get(qn("w:char")) or ""
        try:
            value = int(code, 16)
        except ValueError:
            return
        if 0xF000 <= value <= 0xF0FF:  # symbol fonts map their glyphs to U+F0xx
            value -= 0xF000
        if value >= 0x20:
            para.add(chr(value), props)

    def _inline_object(self, obj: Element, index: int) -> None:
        for box in obj.iter(_TXBX):
            text = " ".join("".join(t.text or "" for t in p.iter(_T)) for p in box.iter(_P)).strip()
            if not text:
                continue
            self.note(
                "ignored",
                f"bỏ qua hộp văn bản (text box ignored): {normalize(text)[:60]!r}",
                index,
            )
            return

    def _inline(self, elem: Element, base: Props, para: _Para, index: int) -> None:
        for child in elem:
            tag = child.tag
            if tag == _R:
                self._run(child, base, para, index)
            elif tag in _INLINE_CONTAINERS:
                self._inline(child, base, para, index)
            elif tag == _ALTERNATE:
                choice = child.find(_FALLBACK)
                if choice is None:
                    choice = child.find(_CHOICE)
                if choice is not None:
                    self._inline(choice, base, para, index)

    # -- paragraphs ----------------------------------------------------------------------
    def _bases(self, ppr: Element | None) -> _Base:
        """What a paragraph with the properties ``ppr`` starts from (see :class:`_Base`)."""
        style_id = None
        direct = EMPTY
        if ppr is not None:
            size = len(ppr)
            first = ppr[0] if size else None
            if size == 1 and first.tag == _PSTYLE:  # type: ignore[union-attr]
                # Only a paragraph style (most paragraphs): looked up by its id alone.
                style_id = first.get(_VAL)  # type: ignore[union-attr]
                cached = self.style_bases.get(style_id)
                if cached is None:
                    cached = self.style_bases[style_id] = self._bases_of(style_id, EMPTY)
                return cached
            pstyle_el = first if first is not None and first.tag == _PSTYLE else ppr.find(_PSTYLE)
            style_id = pstyle_el.get(_VAL) if pstyle_el is not None else None
            if size > 1 or pstyle_el is None:
                direct = paragraph_props(ppr)
        return self._bases_of(style_id, direct)

    def _bases_of(self, style_id: str | None, direct: Props) -> _Base:
        cached = self.bases.get((style_id, direct))
        if cached is None:
            base = merge(self.styles.paragraph(style_id), direct)
            base_runs = Props(base.bold, base.italic, base.caps, base.size, base.font, base.align,
                              base.first_line_cm, hidden=base.hidden, underline=base.underline)
            cached = self.bases[(style_id, direct)] = _Base(style_id, base, base_runs)
        return cached

    def paragraph(self, p: Element, cell: tuple[int, int, int] | None) -> None:
        index = self.paragraph_index
        self.paragraph_index = index + 1
        if not self.fast_paths:
            return self._paragraph(p, cell, index)
        # The common paragraph, read here without the general machinery: its w:pPr, then
        # runs holding only w:rPr and w:t. Anything else (a tab, a break, a footnote
        # reference, a field, a hyperlink…) hands the whole paragraph to the general path.
        rec: _Base | None = None
        pieces: list[tuple[str, Props]] = []
        if len(p) == 2:
            # The very common shape w:pPr(w:pStyle) w:r(w:t), read by position.
            ppr, run = p[0], p[1]
            if len(ppr) == 1 and len(run) == 1 and ppr.tag == _PPR and run.tag == _R:
                pstyle, t = ppr[0], run[0]
                if pstyle.tag == _PSTYLE and t.tag == _T:
                    rec = self.style_bases.get(pstyle.get(_VAL))
                    if rec is not None and not rec.runs.hidden:
                        text = t.text
                        if text:
                            if not text.isascii() and (not _is_nfc("NFC", text) or _has_odd(text)):
                                text = normalize(text)
                            pieces.append((text, rec.runs))
                        return self._finish_plain(pieces, rec, index, cell)
                    rec = None
        for child in p:
            tag = child.tag
            if rec is None:
                # The paragraph's properties come first (w:pPr).
                if tag == _PPR:
                    rec = self._bases(child)
                    continue
                rec = self._bases(None)
            if tag == _R:
                props = rec.runs
                run_started = False
                for rc in child:
                    rtag = rc.tag
                    if not run_started:
                        # The run's properties come first (w:rPr); nothing of a hidden run is read.
                        run_started = True
                        if rtag == _RPR:
                            if len(rc):
                                props = self._run_props(rc, props)
                            if props.hidden:
                                break
                            continue
                        if props.hidden:
                            break
                    if rtag == _T:
                        text = rc.text
                        if text:
                            if not text.isascii() and (not _is_nfc("NFC", text) or _has_odd(text)):
                                text = normalize(text)
                            pieces.append((text, props))
                    elif rtag in _RUN_SPECIAL:
                        return self._paragraph(p, cell, index)
            elif tag in _INLINE_CONTAINERS or tag == _ALTERNATE:
                return self._paragraph(p, cell, index)
            # other children (bookmarks, proofing marks, deleted runs…) are not read
        if rec is None:  # an empty w:p
            rec = self._bases(None)
        return self._finish_plain(pieces, rec, index, cell)

    def _finish_plain(self, pieces: list[tuple[str, Props]], rec: _Base, index: int,
                      cell: tuple[int, int, int] | None) -> None:
        """:meth:`_finish` for a paragraph read on the fast path (no references)."""
        if len(pieces) != 1 or rec.num is not None:
            return self._finish(pieces, [], rec, index, cell)
        text, props = pieces[0]
        if text.isspace() or "\n" in text or "\t" in text:
            return self._finish(pieces, [], rec, index, cell)
        # One piece of text (the most common paragraph): _finish and _block, inlined.
        key = (rec.boundary, cell)
        if key != self.last_key or (rec.align != "center" and not self._runs_on(text.lstrip(), None)):
            self.blank = True
        self.last_key = key
        text = text.strip()
        # A rule is a lone "*" or three or more rule characters.
        if text[0] in _RULE_CHARS and (text == "*" or (len(text) >= 3 and not text.strip(_RULE_STRIP))):
            self.note("ignored", f"bỏ qua đường kẻ trang trí (a decorative rule): {text!r}", index)
            return None
        # Layouts by the identity of the props (kept alive in the entry, so the id is not
        # reused): no Props hash to compute.
        entry = rec.by_id.get(id(props))
        if entry is None:
            entry = rec.by_id[id(props)] = (props, self._layout(pieces, rec))
        self._append(text, entry[1], index, cell, (), ())
        return None

    def _paragraph(self, p: Element, cell: tuple[int, int, int] | None, index: int) -> None:
        """Any paragraph (the general path)."""
        para = _Para()
        self.in_code = False
        started = False
        for child in p:  # _inline, unrolled for the paragraph itself
            tag = child.tag
            if not started:
                # The paragraph's properties come first (w:pPr).
                started = True
                if tag == _PPR:
                    rec = self._bases(child)
                    continue
                rec = self._bases(None)
            if tag == _R:
                self._run(child, rec.runs, para, index)
            elif tag in _INLINE_CONTAINERS:
                self._inline(child, rec.runs, para, index)
            elif tag == _ALTERNATE:
                choice = child.find(_FALLBACK)
                if choice is None:
                    choice = child.find(_CHOICE)
                if choice is not None:
                    self._inline(choice, rec.runs, para, index)
        if not started:  # an empty w:p
            rec = self._bases(None)
        self._finish(para.pieces, para.refs, rec, index, cell)

    def _finish(self, pieces: list[tuple[str, Props]], refs: list[tuple[str, int]], rec: _Base, index: int,
                cell: tuple[int, int, int] | None) -> None:
        """A read paragraph's numbering label, boundary and blocks."""
        label = None
        if rec.num is not None:
            # Word counts an empty list item too, so the counter moves before the check.
            label = self.numbering.label(*rec.num)
        text = pieces[0][0] if len(pieces) == 1 else "".join([t for t, _ in pieces])
        if not refs and (not text or text.isspace()):
            self.blank = True
            self.last_key = None
            return
        # A paragraph is a paragraph boundary, unless it continues one formatted exactly
        # like it: centred (a title or heading typed over two paragraphs), or a line of
        # text pasted from a PDF, one paragraph a line (see _runs_on).
        key = (rec.boundary, cell)
        if key != self.last_key or (rec.align != "center" and not self._runs_on(text.lstrip(), label)):
            self.blank = True
        self.last_key = key
        if label:
            first_props = next((pr for t, pr in pieces if t.strip()), rec.runs)
            pieces.insert(0, (label, first_props))
            refs = [(m, o + len(label)) for m, o in refs]
            text = label + text
        if "\n" in text:
            self._lines(pieces, refs, rec, index, cell)
        else:
            if len(refs) > 1:
                refs = sorted(refs, key=lambda r: r[1])
            self._block(text, pieces, refs, rec, index, cell)

    def _lines(self, pieces: list[tuple[str, Props]], refs: list[tuple[str, int]], rec: _Base, index: int,
               cell: tuple[int, int, int] | None) -> None:
        """A paragraph with soft line breaks: one block per line."""
        # Split the paragraph into lines at soft breaks; each line is one block.
        lines: list[list[tuple[str, Props]]] = [[]]
        starts = [0]
        pos = 0
        for text, props in pieces:
            parts = text.split("\n")
            for k, part in enumerate(parts):
                if k:
                    pos += 1
                    lines.append([])
                    starts.append(pos)
                if part:
                    lines[-1].append((part, props))
                    pos += len(part)
        refs = sorted(refs, key=lambda r: r[1])
        for n, line in enumerate(lines):
            raw = "".join(t for t, _ in line)
            start, end = starts[n], starts[n] + len(raw)
            line_refs = [(m, o - start) for m, o in refs if start <= o <= end]
            if not raw.strip() and not line_refs:
                continue
            self._block(raw, line, line_refs, rec, index, cell)

    def _block(self, raw: str, pieces: list[tuple[str, Props]], refs: list[tuple[str, int]],
               rec: _Base, index: int, cell: tuple[int, int, int] | None) -> None:
        text = raw.strip()
        segments: tuple[tuple[int, str], ...] = ()
        if "\t" in raw:
            lead = len(raw) - len(raw.lstrip())
            if "\t" in text or (cell is None and "\t" in raw[:lead]):
                pieces_text = [s.strip() for s in raw.split("\t")]
                if cell is None:
                    segs: list[tuple[int, str]] = []
                    for k, piece in enumerate(pieces_text):
                        if piece:
                            segs.append((0 if k == 0 else _SEGMENT_STEP * max(1, len(segs)), piece))
                    if len(segs) > 1 or (segs and segs[0][0]):
                        segments = tuple(segs)
                joined = " ".join(s for s in pieces_text if s)
                if joined != text:
                    refs = [(m, _remap(raw, joined, o)) for m, o in refs]
                    text = joined
                    lead = 0
        if not text:
            return
        # ``text`` is stripped: a rule is a lone "*" or three or more rule characters.
        if text[0] in _RULE_CHARS and not refs and (text == "*" or (len(text) >= 3 and not text.strip(_RULE_STRIP))):
            self.note("ignored", f"bỏ qua đường kẻ trang trí (a decorative rule): {text!r}", index)
            return
        if refs:
            if "\t" not in raw:
                lead = len(raw) - len(raw.lstrip())
            refs = [(m, min(max(0, o - lead), len(text))) for m, o in refs]
        self._append(text, self._layout(pieces, rec), index, cell, tuple(refs) if refs else (), segments)

    def _layout(self, pieces: list[tuple[str, Props]], rec: _Base) -> Layout:
        """The layout of a block made of ``pieces``: what its visible text shows."""
        if len(pieces) == 1:
            only = pieces[0]
            shown: tuple[Props, ...] = (rec.base,) if only[0].isspace() else (only[1],)
        else:
            shown = tuple([pr for t, pr in pieces if not t.isspace()]) or (rec.base,)
        # Looked up per paragraph kind first (no key to build), then across the document,
        # so that equal layouts stay one object as before.
        layout = rec.layouts.get(shown)
        if layout is None:
            key = (rec.layout_key, shown)
            layout = self.layouts.get(key)
            if layout is None:
                layout = self.layouts[key] = self._new_layout(shown, rec.base, rec.style_id)
            rec.layouts[shown] = layout
        return layout

    def _runs_on(self, text: str, label: str | None) -> bool:
        """Whether a paragraph formatted like the one before it is the next line of that
        one's sentence: text pasted from a PDF into Word keeps each line a paragraph. The
        paragraph before does not end a sentence, and this one has no list label and starts
        in lower case ("V/v tham gia ý kiến về phương án" / "nổ mìn và biện pháp thi công"),
        or the one before ends on a word that needs what follows ("… theo quy định của" /
        "Luật …", "… Quyết định số" / "1074/QĐ-BXD …"). The recogniser then joins them as it
        joins the lines of a text, or keeps them apart."""
        if label or not text or not self.blocks or self.blank:
            return False
        before = self.blocks[-1].text
        if ends_sentence(before):
            return False
        if text[0].islower() or ends_on_connector(before):
            return True
        return text[0].isdigit() and before.endswith((" số", " Số"))

    def _append(self, text: str, layout: Layout, index: int, cell: tuple[int, int, int] | None,
                refs: tuple[tuple[str, int], ...], segments: tuple[tuple[int, str], ...]) -> None:
        # The origin, Origin(source, paragraph=index, layout=layout), is made when asked for.
        if cell is None:
            block = new_block(text, self.source, None, None, index, layout, self.blank, 0,
                              footnote_refs=refs, segments=segments)
        else:
            block = new_block(text, self.source, None, None, index, layout, self.blank, 0, cell[0], cell[1], cell[2],
                              footnote_refs=refs, segments=segments)
        self.blocks.append(block)
        self.blank = False

    def _new_layout(self, shown: tuple[Props, ...], base: Props, style_id: str | None) -> Layout:
        first = shown[0]
        return Layout(
            font=self.styles.font(first.font),
            size=first.size,
            bold=_agree([p.bold for p in shown]),
            italic=_agree([p.italic for p in shown]),
            all_caps=_agree([p.caps for p in shown]),
            underline=_agree([p.underline for p in shown]),
            alignment=base.align,
            first_line_indent_cm=base.first_line_cm,
            style=self.styles.name(style_id),
        )

    # -- tables and the body -----------------------------------------------------------------
    def table(self, tbl: Element) -> None:
        index = self.table_count
        self.table_count += 1
        row_index = 0
        for tr in tbl.iter(_TR):
            if tr.getparent() is not tbl and not _in_container_of(tr, tbl):
                continue
            column = 0
            for tc in tr:
                if tc.tag != _TC:
                    continue
                span = 1
                # w:tcPr comes first in a cell: looked at there before searching (find
                # costs more than reading the cell's first child).
                first = tc[0] if len(tc) else None
                tcpr = first if first is not None and first.tag == _TCPR else tc.find(_TCPR)
                if tcpr is not None:
                    grid = _first_child(tcpr, _GRIDSPAN)
                    if grid is not None:
                        try:
                            span = max(1, int(grid.get(_VAL) or "1"))
                        except ValueError:
                            span = 1
                self.blocks_in(tc, (index, row_index, column))
                column += span
            row_index += 1
        self.blank = True

    def blocks_in(self, container: Element, cell: tuple[int, int, int] | None) -> None:
        for child in container:
            tag = child.tag
            if tag == _P:
                self.paragraph(child, cell)
            elif tag == _TBL:
                self.table(child)
            elif tag in _BLOCK_CONTAINERS:
                self.blocks_in(child, cell)
            elif tag == _ALTERNATE:
                fallback = child.find(_FALLBACK)
                if fallback is not None:
                    self.blocks_in(fallback, cell)

    # -- footnotes ---------------------------------------------------------------------
    def footnotes(self, part: Element) -> None:
        position = 0
        for fn in part.iter(qn("w:footnote")):
            kind = fn.get(qn("w:type")) or "normal"
            if kind != "normal":
                continue
            position += 1
            note_id = fn.get(qn("w:id")) or ""
            lines = []
            own_mark = None
            for p in fn.iter(_P):
                para = _Para()
                for r in p.iter(_R):
                    rpr = _first_child(r, _RPR)
                    rstyle = _first_child(rpr, _RSTYLE) if rpr is not None else None
                    is_mark = _first_child(r, _FOOTNOTE_REF) is not None or (
                        rstyle is not None and (rstyle.get(_VAL) or "") == "FootnoteReference"
                    )
                    if is_mark:
                        if own_mark is None:
                            own_mark = "".join(t.text or "" for t in r.iter(_T)).strip() or None
                        continue
                    for child in r:
                        if child.tag == _T:
                            para.add(child.text or "", EMPTY)
                        elif child.tag == _TAB:
                            para.add(" ", EMPTY)
                        elif child.tag in (_BR, _CR):
                            para.add("\n", EMPTY)
                lines.append("".join(t for t, _ in para.pieces).strip())
            text = "\n".join(line for line in lines if line).strip()
            if not text:
                continue
            marker = self.markers.get(note_id) or own_mark or str(position)
            self.blocks.append(Block(
                text,
                origin=Origin(source=self.source, xpath=f"/w:footnotes/w:footnote[@w:id='{note_id}']"),
                kind="footnote",
                footnote_marker=marker,
            ))


def _first_child(parent: Element, tag: str) -> Element | None:
    """``parent.find(tag)`` for a plain tag, without the cost of find's path machinery."""
    for child in parent:
        if child.tag == tag:
            return child
    return None


def _in_container_of(tr: Element, tbl: Element) -> bool:
    """A row inside a content control or similar wrapper that belongs to ``tbl`` itself
    (not to a nested table)."""
    parent = tr.getparent()
    while parent is not None and parent is not tbl:
        if parent.tag == _TBL:
            return False
        parent = parent.getparent()
    return parent is tbl


def _remap(raw: str, joined: str, offset: int) -> int:
    """The offset in ``joined`` (tab runs collapsed to one space, stripped) of ``offset``
    in ``raw``."""
    prefix = raw[:offset]
    pieces = [s.strip() for s in prefix.split("\t")]
    done = " ".join(s for s in pieces if s)
    if prefix and prefix[-1] in " \t" and done:
        done += " "
    return min(len(done), len(joined))


def _page_setup(body: Element) -> PageSetup | None:
    sect = None
    tag = qn("w:sectPr")
    for child in body.iterchildren(reversed=True):  # the last one, found from the end
        if child.tag == tag:
            sect = child
            break
    if sect is None:
        return None

    def mm(elem: Element | None, key: str) -> float | None:
        if elem is None:
            return None
        value = elem.get(qn(key))
        try:
            return twips_to_mm(int(value)) if value is not None else None
        except ValueError:
            return None

    size = sect.find(qn("w:pgSz"))
    margins = sect.find(qn("w:pgMar"))
    width, height = mm(size, "w:w"), mm(size, "w:h")
    orient = size.get(qn("w:orient")) if size is not None else None
    if orient is None and width is not None and height is not None:
        orient = "landscape" if width > height else "portrait"
    return PageSetup(
        width_mm=width,
        height_mm=height,
        margin_top_mm=mm(margins, "w:top"),
        margin_bottom_mm=mm(margins, "w:bottom"),
        margin_left_mm=mm(margins, "w:left"),
        margin_right_mm=mm(margins, "w:right"),
        orientation=orient,
    )


def extract(pkg: Package, source: str | None = None) -> Extraction:
    """The blocks, notes and page setup of an opened package."""
    from vnadmin.errors import DocxError

    document = pkg.xml(pkg.main)
    assert document is not None  # read_package checked the main part exists
    body = document.find(qn("w:body"))
    if body is None:
        raise DocxError(f"{pkg.main}: thiếu w:body (the main part has no w:body)")
    styles_part = pkg.part_by_type(RT.STYLES)
    theme_part = pkg.part_by_type(RT.THEME)
    numbering_part = pkg.part_by_type(RT.NUMBERING)
    reader = _Reader(
        pkg,
        source,
        StyleMap(pkg.xml(styles_part) if styles_part else None, pkg.xml(theme_part) if theme_part else None),
        Numbering(pkg.xml(numbering_part) if numbering_part else None),
    )
    reader.blocks_in(body, None)
    footnotes_part = pkg.part_by_type(RT.FOOTNOTES)
    if footnotes_part:
        footnotes = pkg.xml(footnotes_part)
        if footnotes is not None:
            reader.footnotes(footnotes)
    return Extraction(tuple(reader.blocks), tuple(reader.notes), _page_setup(body))

