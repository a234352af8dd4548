"""Write a :class:`~vnadmin.model.Document` as vnadmin XML.

The writer writes exactly what the model holds — including the "as written" variants and
the citations found in the text — and never invents a missing part. ``origin`` and
``notes`` are not written: they describe one reading of a document, not the document.
Output is deterministic: the same document gives the same bytes.

>>> from vnadmin.model import Document, Header, Paragraph, Section, FootnoteRef, Footnote
>>> doc = Document(
...     header=Header(summary="Tổng kết"),
...     body=(Section("I", heading="Khái quát",
...                   children=(Paragraph("Kế hoạch thực hiện.", footnote_refs=(FootnoteRef("1", 8),)),)),),
...     footnotes=(Footnote("1", "Kế hoạch số 2277/KH-STTTT."),))
>>> print(dumps(doc).decode())
<?xml version='1.0' encoding='UTF-8'?>
<document xmlns="urn:vnadmin:document:1">
  <header>
    <summary>Tổng kết</summary>
  </header>
  <body>
    <section label="I" marker="I.">
      <heading>Khái quát</heading>
      <p>Kế hoạch<footnoteRef marker="1"/> thực hiện.</p>
    </section>
  </body>
  <footnotes>
    <footnote marker="1">Kế hoạch số 2277/KH-STTTT.</footnote>
  </footnotes>
</document>
<BLANKLINE>
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from lxml import etree

from vnadmin._collector import collector_paused
from vnadmin.errors import XmlError
from vnadmin.model import (
    Citation,
    Document,
    DocumentNumber,
    DocumentType,
    Footnote,
    FootnoteRef,
    Header,
    IssueDate,
    Paragraph,
    Pinpoint,
    Preamble,
    RecipientList,
    Section,
    SignatureBlock,
)
from vnadmin.xml.markup import NOT_XML, encoded, markup, ordered_citations
from vnadmin.xml.names import NAMESPACE, tag, xpath_of

__all__ = ["dump", "dumps", "to_element"]

_INDENT = "  "

DOCUMENT = tag("document")
HEADER = tag("header")
PREAMBLE = tag("preamble")
ADDRESSEES = tag("addressees")
BODY = tag("body")
SIGNATURE = tag("signature")
RECIPIENTS = tag("recipients")
FOOTNOTES = tag("footnotes")
SECTION = tag("section")
HEADING = tag("heading")
P = tag("p")
BASIS = tag("basis")
CITATION = tag("citation")
FOOTNOTE_REF = tag("footnoteRef")
FOOTNOTE = tag("footnote")
NUMBER = tag("number")
DOC_TYPE = tag("docType")
PINPOINT = tag("pinpoint")
ISSUE_DATE = tag("issueDate")
PLACE = tag("place")
ITEM = tag("item")
ATTACHED_TO = tag("attachedTo")

_SubElement = etree.SubElement


def _bad_value(el: etree._Element, what: str, value: str) -> XmlError:
    found = NOT_XML.search(value)
    where = f"U+{ord(found.group()):04X} ở vị trí {found.start()} (at offset {found.start()}): " if found else ""
    return XmlError(
        f"không ghi được {what} ra XML: có ký tự XML 1.0 không cho phép "
        f"(cannot write {what}: it holds a character XML 1.0 cannot carry): {where}{value[:60]!r}",
        xpath=xpath_of(el),
    )


def _text(el: etree._Element, value: str) -> None:
    try:
        el.text = value
    except ValueError:
        raise _bad_value(el, "văn bản (text)", value) from None


def _tail(el: etree._Element, value: str) -> None:
    try:
        el.tail = value
    except ValueError:
        parent = el.getparent()
        raise _bad_value(el if parent is None else parent, "văn bản (text)", value) from None


def _attr(el: etree._Element, name: str, value: str | None) -> None:
    if value is None:
        return
    try:
        el.set(name, value)
    except ValueError:
        raise _bad_value(el, f"thuộc tính {name} (attribute {name})", value) from None


def _element(parent: etree._Element, name: str, attrib: dict[str, str | None]) -> etree._Element:
    """A new child with the attributes whose value is not ``None``, in the given order."""
    el = _SubElement(parent, name)
    try:
        el.attrib.update({k: v for k, v in attrib.items() if v is not None})
    except ValueError:
        for k, v in attrib.items():
            _attr(el, k, v)  # names the attribute at fault
        raise
    return el


def _leaf(parent: etree._Element, name: str, value: str | None) -> None:
    if value is None:
        return
    _text(_SubElement(parent, name), value)


# -- parts shared by the header and citations ------------------------------------------------


def _number(parent: etree._Element, n: DocumentNumber) -> None:
    _element(
        parent,
        NUMBER,
        {
            "style": n.style,
            "number": n.number,
            "year": None if n.year is None else str(n.year),
            "typeCode": n.type_code,
            "issuers": " ".join(n.issuers),
            "unit": n.unit,
            "written": n.written,
        },
    )


def _doc_type(parent: etree._Element, t: DocumentType) -> None:
    _element(parent, DOC_TYPE, {"name": t.name, "code": t.code, "system": t.system, "category": t.category})


def _pinpoint(parent: etree._Element, p: Pinpoint) -> None:
    _element(parent, PINPOINT, {"article": p.article, "clause": p.clause, "point": p.point, "written": p.written})


def _citation_element(parent: etree._Element, c: Citation) -> etree._Element:
    el = _element(
        parent,
        CITATION,
        {
            "typeWritten": c.type_written,
            "date": None if c.date is None else c.date.isoformat(),
            "dateWritten": c.date_written,
            "issuer": c.issuer,
            "name": c.name,
        },
    )
    if c.doc_type is not None:
        _doc_type(el, c.doc_type)
    if c.number is not None:
        _number(el, c.number)
    if c.pinpoint is not None:
        _pinpoint(el, c.pinpoint)
    return el


# -- mixed content: text with citations and footnote references ------------------------------


class _Cursor:
    """Appends text and elements to a mixed-content element in document order."""

    __slots__ = ("el", "last")

    def __init__(self, el: etree._Element, last: etree._Element | None = None) -> None:
        self.el = el
        self.last = last

    def text(self, value: str) -> None:
        if not value:
            return
        if self.last is None:
            _text(self.el, value)
        else:
            _tail(self.last, value)

    def ref(self, marker: str) -> None:
        el = _SubElement(self.el, FOOTNOTE_REF)
        _attr(el, "marker", marker)
        self.last = el


def _placed(el: etree._Element, text: str, citations: Sequence[Citation]) -> list[Citation]:
    """The citations in text order, checked to lie at their spans without overlapping."""
    ordered = ordered_citations(text, citations)
    if type(ordered) is not list:
        c: Citation = ordered  # type: ignore[assignment]
        raise XmlError(
            f"trích dẫn {c.text!r} không nằm đúng khoảng {c.span} trong văn bản hoặc chồng lên "
            f"trích dẫn khác (the citation does not lie at its span in the text, or overlaps another)",
            xpath=xpath_of(el),
        )
    return ordered


def _mixed(
    el: etree._Element,
    text: str,
    citations: Sequence[Citation] = (),
    refs: Sequence[FootnoteRef] = (),
) -> None:
    """Fill ``el`` with ``text``, wrapping each citation's span in a <citation> element and
    putting a <footnoteRef/> at each reference's offset (inside a citation when the offset
    falls strictly within its span)."""
    if not citations and not refs:
        _text(el, text)
        return
    ordered_refs = sorted(refs, key=lambda r: r.offset)
    ri = 0
    pos = 0
    out = _Cursor(el)
    for c in _placed(el, text, citations):
        start, stop = c.span
        while ri < len(ordered_refs) and ordered_refs[ri].offset <= start:
            ref = ordered_refs[ri]
            out.text(text[pos : ref.offset])
            out.ref(ref.marker)
            pos = ref.offset
            ri += 1
        out.text(text[pos:start])
        cel = _citation_element(el, c)
        inner = _Cursor(cel, cel[-1] if len(cel) else None)
        pos = start
        while ri < len(ordered_refs) and ordered_refs[ri].offset < stop:
            ref = ordered_refs[ri]
            inner.text(text[pos : ref.offset])
            inner.ref(ref.marker)
            pos = ref.offset
            ri += 1
        inner.text(text[pos:stop])
        pos = stop
        out.last = cel
    for ref in ordered_refs[ri:]:
        out.text(text[pos : ref.offset])
        out.ref(ref.marker)
        pos = ref.offset
    out.text(text[pos:])


def _paragraph(parent: etree._Element, p: Paragraph, name: str = P) -> None:
    el = _SubElement(parent, name)
    _attr(el, "bullet", p.bullet)
    _mixed(el, p.text, p.citations, p.footnote_refs)


# -- the parts of a document ---------------------------------------------------------------------


def _issue_date(parent: etree._Element, d: IssueDate) -> None:
    el = _SubElement(parent, ISSUE_DATE)
    _attr(el, "day", d.day_written)
    _attr(el, "month", d.month_written)
    _attr(el, "year", None if d.year is None else str(d.year))
    _leaf(el, PLACE, d.place)


def _header(parent: etree._Element, h: Header) -> None:
    el = _SubElement(parent, HEADER)
    _attr(el, "numberLabel", h.number_label)
    _attr(el, "typeWritten", h.type_written)
    _leaf(el, tag("parentBody"), h.parent_body)
    _leaf(el, tag("issuingBody"), h.issuing_body)
    _leaf(el, tag("nationalTitle"), h.national_title)
    _leaf(el, tag("motto"), h.motto)
    _leaf(el, tag("partyTitle"), h.party_title)
    if h.number is not None:
        _number(el, h.number)
    if h.issue_date is not None:
        _issue_date(el, h.issue_date)
    if h.doc_type is not None:
        _doc_type(el, h.doc_type)
    _leaf(el, tag("summary"), h.summary)
    _leaf(el, tag("annexLabel"), h.annex_label)
    if h.attached_to is not None:
        cited = () if h.attached_citation is None else (h.attached_citation,)
        _mixed(_SubElement(el, ATTACHED_TO), h.attached_to, cited)
    elif h.attached_citation is not None:
        raise XmlError(
            "có trích dẫn văn bản kèm theo nhưng thiếu văn bản 'Kèm theo …' "
            "(attached_citation is set but attached_to, the text it lies in, is not)",
            xpath=xpath_of(el),
        )


def _preamble(parent: etree._Element, pre: Preamble) -> None:
    el = _SubElement(parent, PREAMBLE)
    _leaf(el, tag("authority"), pre.authority)
    for basis in pre.bases:
        _paragraph(el, basis, BASIS)
    _leaf(el, tag("formula"), pre.formula)


def _recipients(parent: etree._Element, name: str, rl: RecipientList) -> None:
    el = _SubElement(parent, name)
    _attr(el, "label", rl.label)
    for r in rl.items:
        item = _SubElement(el, ITEM)
        _attr(item, "bullet", r.bullet)
        _text(item, r.text)


def _section(parent: etree._Element, s: Section) -> None:
    el = _SubElement(parent, SECTION)
    _attr(el, "label", s.label)
    _attr(el, "marker", s.marker)
    _leaf(el, HEADING, s.heading)
    _children(el, s.children)


def _children(el: etree._Element, children: Sequence[Section | Paragraph]) -> None:
    for child in children:
        if type(child) is Section:
            _section(el, child)
        else:
            _paragraph(el, child)  # type: ignore[arg-type]


def _signature(parent: etree._Element, s: SignatureBlock) -> None:
    el = _SubElement(parent, SIGNATURE)
    _attr(el, "authority", s.authority)
    if s.authority_as_written != s.authority:
        _attr(el, "authorityWritten", s.authority_as_written)
    _leaf(el, tag("principal"), s.principal)
    for line in s.intermediate:
        _leaf(el, tag("intermediate"), line)
    _leaf(el, tag("title"), s.title)
    _leaf(el, tag("name"), s.name)
    for line in s.remarks:
        _leaf(el, tag("remark"), line)


def _footnotes(parent: etree._Element, notes: Sequence[Footnote]) -> None:
    el = _SubElement(parent, FOOTNOTES)
    for f in notes:
        fel = _SubElement(el, FOOTNOTE)
        _attr(fel, "marker", f.marker)
        _mixed(fel, f.text, f.citations)


# Elements whose content is only elements: the writer indents them. Mixed content (p,
# basis, footnote, attachedTo, citation) is never touched, so its text stays exact.
_CONTAINERS = frozenset(
    {DOCUMENT, HEADER, PREAMBLE, ADDRESSEES, BODY, SECTION, SIGNATURE, RECIPIENTS, FOOTNOTES, ISSUE_DATE}
)


def _indent(el: etree._Element, level: int) -> None:
    if not len(el):
        return
    inner = "\n" + _INDENT * (level + 1)
    el.text = inner
    child: etree._Element | None = None
    for child in el:
        child.tail = inner
        if child.tag in _CONTAINERS:
            _indent(child, level + 1)
    assert child is not None
    child.tail = "\n" + _INDENT * level


def to_element(doc: Document) -> etree._Element:
    """The document as a new ``<document>`` element (in its own tree), for callers who embed
    vnadmin XML in their own documents."""
    if not isinstance(doc, Document):
        raise TypeError(f"to_element() needs a vnadmin Document, not {type(doc).__name__}")
    root = etree.Element(DOCUMENT, nsmap={None: NAMESPACE})  # type: ignore[dict-item]
    _header(root, doc.header)
    if doc.preamble:
        _preamble(root, doc.preamble)
    if doc.addressees is not None:
        _recipients(root, ADDRESSEES, doc.addressees)
    _children(_SubElement(root, BODY), doc.body)
    if doc.signature is not None:
        _signature(root, doc.signature)
    if doc.recipients is not None:
        _recipients(root, RECIPIENTS, doc.recipients)
    if doc.footnotes:
        _footnotes(root, doc.footnotes)
    _indent(root, 0)
    return root


def dumps(doc: Document) -> bytes:
    """The document as UTF-8 XML bytes with an XML declaration, ending in a newline.

    The text is written directly (:mod:`vnadmin.xml.markup`), to the same bytes lxml gives
    for :func:`to_element`; a document that cannot be written goes through the tree, whose
    error names the element at fault."""
    if not isinstance(doc, Document):
        raise TypeError(f"dumps() needs a vnadmin Document, not {type(doc).__name__}")
    with collector_paused():  # many strings, no cycles: see vnadmin._collector
        text = markup(doc, declaration=True)
    data = None if text is None else encoded(text)
    if data is not None:
        return data
    root = to_element(doc)
    root.tail = "\n"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def dump(doc: Document, path: str | os.PathLike[str]) -> None:
    """Write :func:`dumps` of ``doc`` to ``path``."""
    data = dumps(doc)
    with open(path, "wb") as f:
        f.write(data)
