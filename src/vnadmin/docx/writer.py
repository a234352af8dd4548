"""Write a :class:`~vnadmin.model.Document` as WordprocessingML laid out per Nghị định
30/2020/NĐ-CP, Phụ lục I.

The writer writes exactly what the model holds: a component the model does not have
(``None``) is not written, and text is written as stored — the capitals the decree asks
for come from the styles (``w:caps``), never from rewriting the text.

>>> from vnadmin.model import Document, Header, Paragraph
>>> doc = Document(header=Header(issuing_body="SỞ NỘI VỤ"), body=(Paragraph("Nội dung."),))
>>> root = document_xml(doc)
>>> from vnadmin.docx.oxml import qn
>>> [p.findtext(qn("w:r/w:t")) for p in root.iter(qn("w:p")) if p.find(qn("w:r")) is not None]
['SỞ NỘI VỤ', 'Nội dung.']
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import attrs
from lxml import etree

from vnadmin._collector import collector_paused
from vnadmin.docx import layout
from vnadmin.docx.oxml import (
    CT,
    RT,
    Element,
    el,
    footnote_reference,
    paragraph,
    qn,
    root,
    run,
    sub,
    table,
    text_runs,
)
from vnadmin.docx.package import write_package
from vnadmin.docx.parts import content_types, core_properties, relationships, settings_xml
from vnadmin.docx.styles import STYLES, styles_xml
from vnadmin.model import (
    Document,
    Footnote,
    Header,
    Paragraph,
    Preamble,
    RecipientList,
    Section,
    SignatureBlock,
)
from vnadmin.text.recogniser.patterns import ends_item

__all__ = ["Footnotes", "body_elements", "document_xml", "dump", "dumps", "footnotes_xml", "header_xml"]

# Section kinds → (style of the label line, style of the title line or None when the
# title shares the label's line). Phụ lục I, Phần I, II.6.đ.
_SECTION_STYLES: dict[str, tuple[str, str | None]] = {
    "phan": ("VnPart", "VnPartTitle"),
    "chuong": ("VnPart", "VnPartTitle"),
    "muc": ("VnMuc", "VnMucTitle"),
    "tieu_muc": ("VnMuc", "VnMucTitle"),
    "dieu": ("VnArticle", None),
    "roman": ("VnHeading1", None),
    "arabic": ("VnHeading2", None),
    "decimal": ("VnHeading2", None),
    "letter": ("VnPoint", None),
}


@attrs.define
class Footnotes:
    """Footnote bookkeeping while the body is written: ``w:id`` per footnote (in the
    model's order, from 1), which footnotes have been referenced, and Word's automatic
    number so a marker that equals it is written as an automatic reference."""

    notes: tuple[Footnote, ...]
    ids: dict[str, int] = attrs.field(factory=dict)
    used: set[str] = attrs.field(factory=set)
    auto: int = 0
    auto_ids: set[int] = attrs.field(factory=set)

    def __attrs_post_init__(self) -> None:
        for i, note in enumerate(self.notes, start=1):
            self.ids.setdefault(note.marker, i)

    def reference(self, marker: str) -> Element:
        note_id = self.ids.get(marker)
        if note_id is None or marker in self.used:
            # No footnote holds this marker (or it was referenced already): keep the mark.
            return run(marker, "VnFootnoteMark")
        self.used.add(marker)
        if marker == str(self.auto + 1):
            self.auto += 1
            self.auto_ids.add(note_id)
            return footnote_reference(note_id, "FootnoteReference")
        return footnote_reference(note_id, "FootnoteReference", custom_mark=marker)


# -- small helpers -------------------------------------------------------------------------

def _p(style: str, text: str) -> Element:
    return paragraph(style, [run(text)])


def _lines(style: str, text: str | None) -> list[Element]:
    return [] if text is None else [_p(style, text)]


def _text_width(text: str, size: float) -> int:
    """A rough width in twips of ``text`` set in Times New Roman at ``size`` points (for
    the length of the short rules; the decree asks for 1/3 to 1/2 of the text line)."""
    em = 0.0
    for ch in max(text.split("\n"), key=len):
        em += 0.25 if ch.isspace() else 0.72 if ch.isupper() else 0.48
    return round(em * size * 20)


def _rule(text: str, style: str, column: int, fraction: float) -> Element:
    """An empty paragraph whose bottom border is the short solid rule under ``text``
    (Phụ lục I, Phần I, II.1.b, II.2.b, II.5.b), centred in a column ``column`` twips wide."""
    spec = STYLES[style]
    usable = column - 114
    length = min(usable, max(567, round(_text_width(text, spec.size or 14) * fraction)))
    side = max(0, (usable - length) // 2)
    border = el("w:pBdr")
    sub(border, "w:bottom", {"w:val": "single", "w:sz": "6", "w:space": "1", "w:color": "000000"})
    ind = el("w:ind", {"w:left": str(side), "w:right": str(side)})
    return paragraph("VnRule", ppr=(border, ind))


def _paragraph_runs(par: Paragraph, notes: Footnotes) -> Iterator[Element]:
    text = f"{par.bullet} {par.text}" if par.bullet else par.text
    shift = len(text) - len(par.text)
    start = 0
    for ref in sorted(par.footnote_refs, key=lambda r: r.offset):
        at = ref.offset + shift
        if at > start:
            yield run(text[start:at])
        yield notes.reference(ref.marker)
        start = max(start, at)
    if start < len(text):
        yield run(text[start:])


def _paragraph(par: Paragraph, style: str, notes: Footnotes) -> Element:
    if par.bullet and style == "VnBody":
        style = "VnBullet"
    return paragraph(style, _paragraph_runs(par, notes))


# -- header (ô 1–5) ------------------------------------------------------------------------

def _header_table(header: Header) -> Element | None:
    left_w, right_w = layout.HEADER_COLUMNS
    top_left: list[Element] = []
    top_left += _lines("VnParentBody", header.parent_body)
    if header.issuing_body is not None:
        top_left.append(_p("VnIssuingBody", header.issuing_body))
        top_left.append(_rule(header.issuing_body, "VnIssuingBody", left_w, 0.4))
    top_right: list[Element] = []
    if header.party_title is not None:
        top_right.append(_p("VnPartyTitle", header.party_title))
        top_right.append(_rule(header.party_title, "VnPartyTitle", right_w, 1.0))
    top_right += _lines("VnNationalTitle", header.national_title)
    if header.motto is not None:
        top_right.append(_p("VnMotto", header.motto))
        top_right.append(_rule(header.motto, "VnMotto", right_w, 1.0))
    low_left: list[Element] = []
    if header.number is not None:
        label = header.number_label or ("Số" if header.number.style == "party" else "Số:")
        low_left.append(_p("VnNumber", f"{label} {header.number}"))
    doc_type = header.doc_type
    if header.summary is not None and doc_type is not None and doc_type.is_cong_van:
        low_left.append(_p("VnCongVanSummary", f"V/v {header.summary}"))
    low_right = _lines("VnPlaceDate", None if header.issue_date is None else str(header.issue_date))
    rows = [r for r in ((top_left, top_right), (low_left, low_right)) if r[0] or r[1]]
    if not rows:
        return None
    return table(rows, layout.HEADER_COLUMNS)


def _title_block(header: Header) -> list[Element]:
    """Tên loại and trích yếu (ô 5a, Phụ lục I, Phần I, II.5.b); for an annex its own label
    in place of the type, its title, and "(Kèm theo …)" under it (Phần I, III.1.b–c)."""
    out: list[Element] = []
    doc_type = header.doc_type
    cong_van = doc_type is not None and doc_type.is_cong_van
    if header.annex_label is not None:
        out.append(_p("VnAnnexLabel", header.annex_label))
    elif doc_type is not None and not cong_van:
        out.append(_p("VnDocType", header.type_written or doc_type.name.upper()))
    if header.summary is not None and not cong_van:
        out.append(_p("VnSummary", header.summary))
        if header.attached_to is None:
            out.append(_rule(header.summary, "VnSummary", layout.TEXT_WIDTH, 0.4))
    if header.attached_to is not None:
        out.append(_p("VnAttachedTo", f"({header.attached_to})"))
        out.append(_rule(header.attached_to, "VnAttachedTo", layout.TEXT_WIDTH, 0.3))
    return out


def _addressees(addressees: RecipientList | None) -> list[Element]:
    """Kính gửi (ô 9a, Phụ lục I, Phần I, II.9.d): one paragraph; one recipient on the
    label's line, several each on its own line (soft line breaks), dashes under the label."""
    if addressees is None:
        return []
    items = [f"{r.bullet} {r.text}" if r.bullet else r.text for r in addressees.items]
    label = addressees.label
    if label is None:
        lines = items
    elif items and addressees.items[0].bullet is None:
        lines = [f"{label} {items[0]}", *items[1:]]
    else:
        lines = [label, *items]
    return [_p("VnAddressee", "\n".join(lines))] if lines else []


def _preamble(preamble: Preamble, notes: Footnotes) -> list[Element]:
    out = _lines("VnAuthority", preamble.authority)
    out += [_paragraph(b, "VnBasis", notes) for b in preamble.bases]
    out += _lines("VnFormula", preamble.formula)
    return out


# -- body (ô 6) ----------------------------------------------------------------------------

def _section(section: Section, notes: Footnotes, out: list[Element]) -> None:
    label_style, title_style = _SECTION_STYLES[section.kind]
    children = section.children
    if title_style is not None:
        out.append(_p(label_style, section.marker))
        if section.heading is not None:
            out.append(_p(title_style, section.heading))
    elif section.heading is not None:
        out.append(_p(label_style, f"{section.marker} {section.heading}"))
    elif children and type(children[0]) is Paragraph and children[0].bullet is None and ends_item(children[0].text):
        # A khoản or điểm without a title runs straight into its text (II.6.đ): one
        # paragraph, upright.
        first = children[0]
        prefix = f"{section.marker} "
        merged = attrs.evolve(first, text=prefix + first.text, footnote_refs=tuple(
            attrs.evolve(r, offset=r.offset + len(prefix)) for r in first.footnote_refs))
        out.append(_paragraph(merged, "VnPoint" if section.kind == "letter" else "VnClause", notes))
        children = children[1:]
    else:
        out.append(_p(label_style, section.marker))
    _items(children, notes, out)


def _items(items: Iterable[Section | Paragraph], notes: Footnotes, out: list[Element]) -> None:
    for item in items:
        if type(item) is Section:
            _section(item, notes, out)
        else:
            assert type(item) is Paragraph
            out.append(_paragraph(item, "VnBody", notes))


# -- signature and recipients (ô 7, 9b) -------------------------------------------------------

def _signature(sig: SignatureBlock | None) -> list[Element]:
    if sig is None:
        return []
    out = _lines("VnSignatureAuthority", sig.authority_line)
    out += [_p("VnSignatureAuthority", line) for line in sig.intermediate]
    out += _lines("VnSignatureTitle", sig.title)
    out += [_p("VnSignatureRemark", line) for line in sig.remarks]
    out += _lines("VnSignerName", sig.name)
    return out


def _recipients(recipients: RecipientList | None) -> list[Element]:
    if recipients is None:
        return []
    out = _lines("VnRecipientsLabel", recipients.label)
    out += [_p("VnRecipient", f"{r.bullet} {r.text}" if r.bullet else r.text) for r in recipients.items]
    return out


def _footer_table(doc: Document) -> Element | None:
    left, right = _recipients(doc.recipients), _signature(doc.signature)
    if not left and not right:
        return None
    return table([(left, right)], layout.FOOTER_COLUMNS)


# -- parts ---------------------------------------------------------------------------------

def section_properties(header_ids: tuple[str, str]) -> Element:
    """``w:sectPr``: A4 portrait, the margins of Phụ lục I, Phần I, I.3, and the page number
    header on every page but the first (I.7, ``w:titlePg``)."""
    sect = el("w:sectPr")
    sub(sect, "w:headerReference", {"w:type": "default", "r:id": header_ids[0]})
    sub(sect, "w:headerReference", {"w:type": "first", "r:id": header_ids[1]})
    sub(sect, "w:pgSz", {"w:w": str(layout.A4_WIDTH), "w:h": str(layout.A4_HEIGHT), "w:orient": "portrait"})
    sub(sect, "w:pgMar", {
        "w:top": str(layout.MARGIN_TOP), "w:right": str(layout.MARGIN_RIGHT),
        "w:bottom": str(layout.MARGIN_BOTTOM), "w:left": str(layout.MARGIN_LEFT),
        "w:header": str(layout.HEADER_DISTANCE), "w:footer": str(layout.FOOTER_DISTANCE),
        "w:gutter": "0",
    })
    sub(sect, "w:pgNumType", {"w:start": "1"})
    sub(sect, "w:titlePg")
    return sect


def body_elements(doc: Document, notes: Footnotes) -> list[Element]:
    """The block-level elements of the body, in the order of Phụ lục I, Phần I, mục IV."""
    out: list[Element] = []
    head = _header_table(doc.header)
    if head is not None:
        out.append(head)
    out += _title_block(doc.header)
    out += _addressees(doc.addressees)
    out += _preamble(doc.preamble, notes)
    _items(doc.body, notes, out)
    foot = _footer_table(doc)
    if foot is not None:
        out.append(paragraph(None))  # keep the signature table off the last body paragraph
        out.append(foot)
    if out and out[-1].tag == qn("w:tbl"):
        out.append(paragraph("VnRule"))  # Word wants a paragraph after a final table
    return out


def document_xml(doc: Document, *, header_ids: tuple[str, str] = ("rIdHeader1", "rIdHeader2"),
                 notes: Footnotes | None = None) -> Element:
    """The ``w:document`` main part of ``doc``."""
    if notes is None:
        notes = Footnotes(doc.footnotes)
    document = root("w:document")
    body = sub(document, "w:body")
    for child in body_elements(doc, notes):
        body.append(child)
    body.append(section_properties(header_ids))
    return document


def footnotes_xml(notes: Footnotes) -> Element:
    """The ``w:footnotes`` part: Word's separator notes (ids -1 and 0), then each footnote of
    the model in order, its mark automatic when its reference was."""
    part = root("w:footnotes")
    for note_id, kind, tag in ((-1, "separator", "w:separator"),
                               (0, "continuationSeparator", "w:continuationSeparator")):
        fn = sub(part, "w:footnote", {"w:type": kind, "w:id": str(note_id)})
        p = paragraph(None, ppr=(el("w:spacing", {"w:after": "0", "w:line": "240", "w:lineRule": "auto"}),))
        r = sub(p, "w:r")
        sub(r, tag)
        fn.append(p)
    for note_id, note in enumerate(notes.notes, start=1):
        fn = sub(part, "w:footnote", {"w:id": str(note_id)})
        mark = el("w:r")
        sub(sub(mark, "w:rPr"), "w:rStyle", {"w:val": "FootnoteReference"})
        if note_id in notes.auto_ids:
            sub(mark, "w:footnoteRef")
        else:
            text_runs(mark, note.marker)
        fn.append(paragraph("FootnoteText", [mark, run(" " + note.text)]))
    return part


def header_xml(*, page_number: bool) -> Element:
    """A header part: the centred PAGE field (Phụ lục I, Phần I, I.7), or empty for the
    first page."""
    hdr = root("w:hdr")
    p = sub(hdr, "w:p")
    sub(sub(p, "w:pPr"), "w:pStyle", {"w:val": "Header"})
    if page_number:
        for kind, instr in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
            r = sub(p, "w:r")
            if kind is not None:
                sub(r, "w:fldChar", {"w:fldCharType": kind})
            elif instr == "1":
                sub(r, "w:t").text = "1"
            else:
                t = sub(r, "w:instrText")
                t.text = instr
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return hdr


# -- the package ---------------------------------------------------------------------------

def _bytes(elem: Element) -> bytes:
    return etree.tostring(elem, xml_declaration=True, encoding="UTF-8", standalone=True)


@functools.cache
def _fixed_part(name: str) -> bytes:
    """The parts that are the same for every document, serialised once."""
    builders: dict[str, Callable[[], Element]] = {
        "styles": styles_xml,
        "settings": lambda: settings_xml(footnotes=False),
        "settings-notes": lambda: settings_xml(footnotes=True),
        "header-page": lambda: header_xml(page_number=True),
        "header-first": lambda: header_xml(page_number=False),
    }
    return _bytes(builders[name]())


def dumps(doc: Document) -> bytes:
    """``doc`` as the bytes of a complete .docx package. The same document always gives the
    same bytes (fixed zip time stamps; the creation date is the issue date)."""
    # Thousands of lxml elements and strings, no reference cycles: the cyclic collector is
    # paused while they are made (see vnadmin._collector), as the readers do.
    with collector_paused():
        return _package(doc)


def _package(doc: Document) -> bytes:
    notes = Footnotes(doc.footnotes)
    main = document_xml(doc, notes=notes)
    has_notes = bool(doc.footnotes)
    doc_rels = [
        ("rIdStyles", RT.STYLES, "styles.xml"),
        ("rIdSettings", RT.SETTINGS, "settings.xml"),
        ("rIdHeader1", RT.HEADER, "header1.xml"),
        ("rIdHeader2", RT.HEADER, "header2.xml"),
    ]
    overrides = [
        ("word/document.xml", CT.DOCUMENT),
        ("word/styles.xml", CT.STYLES),
        ("word/settings.xml", CT.SETTINGS),
        ("word/header1.xml", CT.HEADER),
        ("word/header2.xml", CT.HEADER),
        ("docProps/core.xml", CT.CORE),
    ]
    parts: dict[str, bytes] = {}
    if has_notes:
        doc_rels.append(("rIdFootnotes", RT.FOOTNOTES, "footnotes.xml"))
        overrides.append(("word/footnotes.xml", CT.FOOTNOTES))
    parts["[Content_Types].xml"] = _bytes(content_types(overrides))
    parts["_rels/.rels"] = _bytes(relationships([
        ("rId1", RT.OFFICE_DOCUMENT, "word/document.xml"),
        ("rId2", RT.CORE_PROPERTIES, "docProps/core.xml"),
    ]))
    parts["word/document.xml"] = _bytes(main)
    parts["word/_rels/document.xml.rels"] = _bytes(relationships(doc_rels))
    parts["word/styles.xml"] = _fixed_part("styles")
    parts["word/settings.xml"] = _fixed_part("settings-notes" if has_notes else "settings")
    parts["word/header1.xml"] = _fixed_part("header-page")
    parts["word/header2.xml"] = _fixed_part("header-first")
    if has_notes:
        parts["word/footnotes.xml"] = _bytes(footnotes_xml(notes))
    parts["docProps/core.xml"] = _bytes(core_properties(doc))
    return write_package(parts)


def dump(doc: Document, path: str | os.PathLike[str]) -> None:
    """Write ``doc`` to ``path`` as a .docx file."""
    Path(path).write_bytes(dumps(doc))
