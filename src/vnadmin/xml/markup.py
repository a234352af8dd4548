"""vnadmin XML written straight to text: the fast path of :func:`vnadmin.xml.dumps`.

:func:`markup` gives exactly the characters lxml serialises for the tree that
:func:`vnadmin.xml.to_element` builds (same elements, attributes in the same order, same
indentation, same escaping), without creating any element. ``tests/test_xml_markup.py``
checks the two against each other on generated documents.

It returns ``None`` when the document cannot be written as it is (a citation that does not
lie at its span), and :func:`encoded` returns ``None`` for text with a character XML 1.0
cannot carry; the writer then builds the tree, which reports the fault with the XPath of
the element.

>>> from vnadmin.model import Document, Paragraph
>>> print(markup(Document(body=(Paragraph("a < b & c"),))))
<document xmlns="urn:vnadmin:document:1">
  <header/>
  <body>
    <p>a &lt; b &amp; c</p>
  </body>
</document>
>>> encoded(markup(Document(body=(Paragraph("a\\x00b"),)))) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

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
    Preamble,
    RecipientList,
    Section,
    SignatureBlock,
)
from vnadmin.xml.names import NAMESPACE

__all__ = ["NOT_XML", "encoded", "markup", "ordered_citations"]

#: Characters XML 1.0 cannot carry, even as character references.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_INDENT = "  "
_DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>\n"

_Out = Callable[[str], None]


class _Unwritable(Exception):
    """The document holds something the fast path does not write (a misplaced citation)."""


def _text(value: str) -> str:
    """Escape character data as libxml2 does when it writes UTF-8."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


_ATTR_SPECIAL = re.compile('[&<>"\t\n\r]')
_ATTR_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;"}


def _escape_attr(match: re.Match[str]) -> str:
    return _ATTR_ESCAPES[match.group()]


def _attr(value: str) -> str:
    """Escape an attribute value (written between double quotes) as libxml2 does."""
    if _ATTR_SPECIAL.search(value) is None:
        return value
    return _ATTR_SPECIAL.sub(_escape_attr, value)


def _span(c: Citation) -> tuple[int, int]:
    return c.span


def ordered_citations(text: str, citations: Sequence[Citation]) -> list[Citation] | Citation:
    """The citations in text order when they lie at their spans without overlapping;
    otherwise the first one that does not."""
    ordered = sorted(citations, key=_span) if len(citations) > 1 else list(citations)
    end = 0
    for c in ordered:
        start, stop = c.span
        if start < end or stop > len(text) or text[start:stop] != c.text:
            return c
        end = stop
    return ordered


# -- parts shared by the header and citations ------------------------------------------------


# The start tags written most (numbers, citations) are first written with the values as
# they are; when the result holds markup a value brought in, or more quotes than the
# attributes' delimiters, they are written again with each value escaped.
_MARKUP = re.compile("[&<>\t\n\r]")


def _number(n: DocumentNumber) -> str:
    out = f'<number style="{n.style}"'
    quotes = 4
    if n.number is not None:
        out += f' number="{n.number}"'
        quotes += 2
    if n.year is not None:
        out += f' year="{n.year}"'
        quotes += 2
    if n.type_code is not None:
        out += f' typeCode="{n.type_code}"'
        quotes += 2
    out += f' issuers="{" ".join(n.issuers)}"'
    if n.unit is not None:
        out += f' unit="{n.unit}"'
        quotes += 2
    if n.written is not None:
        out += f' written="{n.written}"'
        quotes += 2
    if _MARKUP.search(out, 1) is None and out.count('"') == quotes:
        return out + "/>"
    return _number_escaped(n)


def _number_escaped(n: DocumentNumber) -> str:
    out = f'<number style="{_attr(n.style)}"'
    if n.number is not None:
        out += f' number="{_attr(n.number)}"'
    if n.year is not None:
        out += f' year="{n.year}"'
    if n.type_code is not None:
        out += f' typeCode="{_attr(n.type_code)}"'
    out += f' issuers="{_attr(" ".join(n.issuers))}"'
    if n.unit is not None:
        out += f' unit="{_attr(n.unit)}"'
    if n.written is not None:
        out += f' written="{_attr(n.written)}"'
    return out + "/>"


# The markup of the types written, by identity: documents cite the registry's few types
# over and over. The entry keeps the type alive, so its id cannot be reused while cached.
_DOC_TYPES: dict[int, tuple[DocumentType, str]] = {}


def _doc_type(t: DocumentType) -> str:
    found = _DOC_TYPES.get(id(t))
    if found is not None and found[0] is t:
        return found[1]
    if len(_DOC_TYPES) >= 512:
        _DOC_TYPES.clear()
    out = _doc_type_markup(t)
    _DOC_TYPES[id(t)] = (t, out)
    return out


def _doc_type_markup(t: DocumentType) -> str:
    out = f'<docType name="{_attr(t.name)}"'
    if t.code is not None:
        out += f' code="{_attr(t.code)}"'
    out += f' system="{_attr(t.system)}"'
    if t.category is not None:
        out += f' category="{_attr(t.category)}"'
    return out + "/>"


def _citation_start(c: Citation) -> str:
    out = "<citation"
    quotes = 0
    if c.type_written is not None:
        out += f' typeWritten="{c.type_written}"'
        quotes += 2
    if c.date is not None:
        out += f' date="{c.date.isoformat()}"'
        quotes += 2
    if c.date_written is not None:
        out += f' dateWritten="{c.date_written}"'
        quotes += 2
    if c.issuer is not None:
        out += f' issuer="{c.issuer}"'
        quotes += 2
    if c.name is not None:
        out += f' name="{c.name}"'
        quotes += 2
    if _MARKUP.search(out, 1) is not None or out.count('"') != quotes:
        out = _citation_attributes(c)
    return out + ">" + _citation_parts(c)


def _citation_attributes(c: Citation) -> str:
    out = "<citation"
    if c.type_written is not None:
        out += f' typeWritten="{_attr(c.type_written)}"'
    if c.date is not None:
        out += f' date="{c.date.isoformat()}"'
    if c.date_written is not None:
        out += f' dateWritten="{_attr(c.date_written)}"'
    if c.issuer is not None:
        out += f' issuer="{_attr(c.issuer)}"'
    if c.name is not None:
        out += f' name="{_attr(c.name)}"'
    return out


def _citation_parts(c: Citation) -> str:
    """The parsed parts of a citation, written before its text."""
    out = ""
    if c.doc_type is not None:
        out += _doc_type(c.doc_type)
    if c.number is not None:
        out += _number(c.number)
    p = c.pinpoint
    if p is not None:
        out += "<pinpoint"
        if p.article is not None:
            out += f' article="{_attr(p.article)}"'
        if p.clause is not None:
            out += f' clause="{_attr(p.clause)}"'
        if p.point is not None:
            out += f' point="{_attr(p.point)}"'
        if p.written is not None:
            out += f' written="{_attr(p.written)}"'
        out += "/>"
    return out


# -- mixed content ---------------------------------------------------------------------------


def _ref(marker: str) -> str:
    return f'<footnoteRef marker="{_attr(marker)}"/>'


def _mixed(
    out: _Out, text: str, citations: Sequence[Citation], refs: Sequence[FootnoteRef] = ()
) -> None:
    """The content of a mixed element: ``text`` with <citation> around each citation's
    span and <footnoteRef/> at each reference's offset (inside a citation when it falls
    strictly within the span) — as :func:`vnadmin.xml.writer._mixed` builds it."""
    if not citations and not refs:
        out(_text(text))
        return
    ordered = ordered_citations(text, citations)
    if type(ordered) is not list:
        raise _Unwritable
    ordered_refs = sorted(refs, key=_offset) if len(refs) > 1 else refs
    ri = 0
    nrefs = len(ordered_refs)
    pos = 0
    for c in ordered:
        start, stop = c.span
        while ri < nrefs and ordered_refs[ri].offset <= start:
            ref = ordered_refs[ri]
            out(_text(text[pos : ref.offset]) + _ref(ref.marker))
            pos = ref.offset
            ri += 1
        out(_text(text[pos:start]) + _citation_start(c))
        pos = start
        while ri < nrefs and ordered_refs[ri].offset < stop:
            ref = ordered_refs[ri]
            out(_text(text[pos : ref.offset]) + _ref(ref.marker))
            pos = ref.offset
            ri += 1
        out(_text(text[pos:stop]) + "</citation>")
        pos = stop
    while ri < nrefs:
        ref = ordered_refs[ri]
        out(_text(text[pos : ref.offset]) + _ref(ref.marker))
        pos = ref.offset
        ri += 1
    out(_text(text[pos:]))


def _offset(r: FootnoteRef) -> int:
    return r.offset


def _paragraph(out: _Out, nl: str, p: Paragraph, name: str = "p") -> None:
    if p.bullet is None:
        out(f"{nl}<{name}>")
    else:
        out(f'{nl}<{name} bullet="{_attr(p.bullet)}">')
    _mixed(out, p.text, p.citations, p.footnote_refs)
    out(f"</{name}>")


# -- the parts of a document ---------------------------------------------------------------------


def _newlines() -> Callable[[int], str]:
    cache: list[str] = []

    def nl(level: int) -> str:
        while len(cache) <= level:
            cache.append("\n" + _INDENT * len(cache))
        return cache[level]

    return nl


_nl = _newlines()


def _leaf(out: _Out, nl: str, name: str, value: str | None) -> None:
    if value is not None:
        out(f"{nl}<{name}>{_text(value)}</{name}>")


def _issue_date(out: _Out, level: int, d: IssueDate) -> None:
    start = f"{_nl(level)}<issueDate"
    if d.day_written is not None:
        start += f' day="{_attr(d.day_written)}"'
    if d.month_written is not None:
        start += f' month="{_attr(d.month_written)}"'
    if d.year is not None:
        start += f' year="{d.year}"'
    if d.place is None:
        out(start + "/>")
    else:
        out(f"{start}>{_nl(level + 1)}<place>{_text(d.place)}</place>{_nl(level)}</issueDate>")


def _header(out: _Out, h: Header) -> None:
    nl = _nl(2)
    parts: list[str] = []
    add = parts.append
    _leaf(add, nl, "parentBody", h.parent_body)
    _leaf(add, nl, "issuingBody", h.issuing_body)
    _leaf(add, nl, "nationalTitle", h.national_title)
    _leaf(add, nl, "motto", h.motto)
    _leaf(add, nl, "partyTitle", h.party_title)
    if h.number is not None:
        add(nl + _number(h.number))
    if h.issue_date is not None:
        _issue_date(add, 2, h.issue_date)
    if h.doc_type is not None:
        add(nl + _doc_type(h.doc_type))
    _leaf(add, nl, "summary", h.summary)
    _leaf(add, nl, "annexLabel", h.annex_label)
    if h.attached_to is not None:
        add(nl + "<attachedTo>")
        _mixed(add, h.attached_to, () if h.attached_citation is None else (h.attached_citation,))
        add("</attachedTo>")
    elif h.attached_citation is not None:
        raise _Unwritable
    start = "\n  <header"
    if h.number_label is not None:
        start += f' numberLabel="{_attr(h.number_label)}"'
    if h.type_written is not None:
        start += f' typeWritten="{_attr(h.type_written)}"'
    if parts:
        out(start + ">")
        out("".join(parts))
        out("\n  </header>")
    else:
        out(start + "/>")


def _preamble(out: _Out, pre: Preamble) -> None:
    nl = _nl(2)
    out("\n  <preamble>")
    _leaf(out, nl, "authority", pre.authority)
    for basis in pre.bases:
        _paragraph(out, nl, basis, "basis")
    _leaf(out, nl, "formula", pre.formula)
    out("\n  </preamble>")


def _recipients(out: _Out, name: str, rl: RecipientList) -> None:
    start = f"\n  <{name}"
    if rl.label is not None:
        start += f' label="{_attr(rl.label)}"'
    if not rl.items:
        out(start + "/>")
        return
    out(start + ">")
    nl = _nl(2)
    for r in rl.items:
        if r.bullet is None:
            out(f"{nl}<item>{_text(r.text)}</item>")
        else:
            out(f'{nl}<item bullet="{_attr(r.bullet)}">{_text(r.text)}</item>')
    out(f"\n  </{name}>")


def _children(out: _Out, level: int, children: Sequence[Section | Paragraph]) -> None:
    nl = _nl(level)
    for child in children:
        if type(child) is Section:
            label, marker = child.label, child.marker
            if _ATTR_SPECIAL.search(label) is not None or _ATTR_SPECIAL.search(marker) is not None:
                label, marker = _attr(label), _attr(marker)
            start = f'{nl}<section label="{label}" marker="{marker}"'
            if child.heading is None and not child.children:
                out(start + "/>")
                continue
            out(start + ">")
            if child.heading is not None:
                out(f"{_nl(level + 1)}<heading>{_text(child.heading)}</heading>")
            _children(out, level + 1, child.children)
            out(nl + "</section>")
        elif child.citations or child.footnote_refs or child.bullet is not None:  # type: ignore[union-attr]
            _paragraph(out, nl, child)  # type: ignore[arg-type]
        else:
            out(f"{nl}<p>{_text(child.text)}</p>")  # type: ignore[union-attr]


def _signature(out: _Out, s: SignatureBlock) -> None:
    start = "\n  <signature"
    if s.authority is not None:
        start += f' authority="{_attr(s.authority)}"'
    if s.authority_as_written != s.authority and s.authority_as_written is not None:
        start += f' authorityWritten="{_attr(s.authority_as_written)}"'
    nl = _nl(2)
    parts: list[str] = []
    add = parts.append
    _leaf(add, nl, "principal", s.principal)
    for line in s.intermediate:
        _leaf(add, nl, "intermediate", line)
    _leaf(add, nl, "title", s.title)
    _leaf(add, nl, "name", s.name)
    for line in s.remarks:
        _leaf(add, nl, "remark", line)
    if parts:
        out(start + ">")
        out("".join(parts))
        out("\n  </signature>")
    else:
        out(start + "/>")


def _footnotes(out: _Out, notes: Sequence[Footnote]) -> None:
    out("\n  <footnotes>")
    for f in notes:
        out(f'\n    <footnote marker="{_attr(f.marker)}">')
        _mixed(out, f.text, f.citations)
        out("</footnote>")
    out("\n  </footnotes>")


def markup(doc: Document, *, declaration: bool = False) -> str | None:
    """The ``<document>`` element as text, exactly as lxml serialises
    :func:`vnadmin.xml.to_element` of ``doc``; ``None`` when the document holds something
    that cannot be written (the writer's tree path then says what and where). With
    ``declaration``, the whole file: the XML declaration, the element and a final newline."""
    parts: list[str] = [_DECLARATION] if declaration else []
    out = parts.append
    out(f'<document xmlns="{NAMESPACE}">')
    try:
        _header(out, doc.header)
        if doc.preamble:
            _preamble(out, doc.preamble)
        if doc.addressees is not None:
            _recipients(out, "addressees", doc.addressees)
        if doc.body:
            out("\n  <body>")
            _children(out, 2, doc.body)
            out("\n  </body>")
        else:
            out("\n  <body/>")
        if doc.signature is not None:
            _signature(out, doc.signature)
        if doc.recipients is not None:
            _recipients(out, "recipients", doc.recipients)
        if doc.footnotes:
            _footnotes(out, doc.footnotes)
    except _Unwritable:
        return None
    out("\n</document>\n" if declaration else "\n</document>")
    return "".join(parts)


# The C0 controls other than tab, line feed and carriage return (U+FFFE and U+FFFF are looked
# for in the text, and UTF-8 cannot encode surrogates at all).
_C0 = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0D))


def encoded(text: str) -> bytes | None:
    """``text`` as UTF-8, or ``None`` when it holds a character XML 1.0 cannot carry (what
    :data:`NOT_XML` matches, found several times faster than by searching for the class)."""
    if "\ufffe" in text or "\uffff" in text:
        return None
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    if len(data.translate(None, _C0)) != len(data):
        return None
    return data
