"""Read vnadmin XML into a :class:`~vnadmin.model.Document`.

Input goes through the hardened parser (:mod:`vnadmin.xml.parser`) and is validated
against the schema before anything is built; a value the schema lets through but the
model refuses (a blank heading, a legal number without its year…) is reported the same way, as
a :class:`~vnadmin.errors.SchemaError` with the XPath and line of the element. Every
object read gets ``origin=Origin(xpath=…)`` so validation can point back at the node.

>>> doc = loads('''<document xmlns="urn:vnadmin:document:1">
...   <header><number style="administrative" issuers="SKHCHN" typeCode="BC"/></header>
...   <body><p>Theo <citation issuer="Sở Nội vụ"><number style="administrative"
...      number="02" typeCode="HD" issuers="SNV"/>Hướng dẫn 02/HD-SNV</citation>.</p></body>
... </document>''')
>>> str(doc.header.number), doc.header.number.number is None
('/BC-SKHCHN', True)
>>> p = next(doc.paragraphs())
>>> p.text, p.citations[0].span, str(p.citations[0].number)
('Theo Hướng dẫn 02/HD-SNV.', (5, 24), '02/HD-SNV')
>>> p.origin.xpath
'/vn:document/vn:body/vn:p[1]'
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from lxml import etree

from vnadmin._collector import collector_paused
from vnadmin.errors import ModelError, SchemaError
from vnadmin.model import (
    Citation,
    Document,
    DocumentNumber,
    DocumentType,
    Footnote,
    FootnoteRef,
    Header,
    IssueDate,
    Origin,
    Paragraph,
    Pinpoint,
    Preamble,
    Recipient,
    RecipientList,
    Section,
    SignatureBlock,
    doctypes,
)
from vnadmin.model._trusted import new, slot_setters
from vnadmin.model.number import build_number
from vnadmin.model.sections import BULLETS, label_kind
from vnadmin.unicode import LOOKALIKES, normalize
from vnadmin.xml import parser
from vnadmin.xml.names import NAMESPACE, PREFIX, line_of, step, tag, xpath_of
from vnadmin.xml.schema import validate

__all__ = ["from_element", "load", "loads"]


_CLARK = f"{{{NAMESPACE}}}"
_CITATION = tag("citation")
_FOOTNOTE_REF = tag("footnoteRef")
_SECTION = tag("section")
_P = tag("p")
_DOC_TYPE = tag("docType")
_NUMBER = tag("number")
_PINPOINT = tag("pinpoint")
_ITEM = tag("item")
_HEADING = tag("heading")
_FOOTNOTE = tag("footnote")

# XML white space separates the items of an xs:list (issuers="UBND TP").
_LIST_SEP = re.compile(r"[ \t\n\r]+")


class _Context:
    """What every builder needs: the source name for origins, and the element whose model
    object is being built (so that a value the model refuses is reported at it)."""

    __slots__ = ("el", "nfc", "path", "root", "source")

    def __init__(self, source: str | None, root: etree._Element, nfc: Callable[[str], str]) -> None:
        self.source = source
        self.root = root
        # How this pass normalises text: _nfc, or a deferring stand-in (see _read).
        self.nfc = nfc
        # The element being built, and its XPath (None: work it out from the element).
        self.el: etree._Element | None = None
        self.path: str | None = None


def _point_at_field(exc: ModelError, ctx: _Context, children: dict[str, tuple[etree._Element, str]]) -> None:
    """When the model refuses a field that one child element holds (a header line made of
    spaces), report the error at that child rather than at its parent."""
    found = children.get(exc.field)
    if found is not None:
        ctx.el, ctx.path = found


def _refused(exc: ModelError, ctx: _Context) -> SchemaError:
    """A value the model refuses, reported at the element being built when it was."""
    path = ctx.path
    if path is None and ctx.el is not None:
        path = xpath_of(ctx.el, ctx.root)
    return SchemaError(
        f"giá trị không hợp lệ (invalid value): {exc.message} [{exc.cls}.{exc.field}={exc.value!r}]",
        xpath=path,
        line=None if ctx.el is None else line_of(ctx.el),
    )


# The characters vnadmin.unicode.normalize rewrites besides NFC composition.
_REWRITTEN = re.compile("[\u00a0\u202f\u2007\u2009\u200a\u3000\u200b\u200c\u200d\u2060\ufeff" + "".join(LOOKALIKES) + "]")


_REWRITTEN_CHARS = tuple(_REWRITTEN.pattern[1:-1])

# Those of them that an NFKC check lets through: format characters and the look-alike letters.
_FORMAT_OR_LETTER_CHARS = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", *LOOKALIKES)
_FORMAT_OR_LETTER = re.compile("[" + "".join(_FORMAT_OR_LETTER_CHARS) + "]")


def _nfc(value: str) -> str:
    """:func:`vnadmin.unicode.normalize`, with a fast path for text that is already
    normal (the usual case for XML that vnadmin wrote): same result, no copying.

    Text in NFKC is in NFC too, and cannot hold the spaces among the rewritten characters
    (each has a compatibility mapping to U+0020); the five format characters and six
    look-alike letters left are found with ``in``, much faster than a search for a class. Other text
    (with "…", "²", a ligature…) takes the general check."""
    if value.isascii():
        return value
    if unicodedata.is_normalized("NFKC", value):
        if len(value) < 40:  # a search is cheaper than nine scans on short text
            return value if _FORMAT_OR_LETTER.search(value) is None else normalize(value)
        # (written out: nine times quicker than any(map(value.__contains__, …)); a test
        # holds it to _FORMAT_OR_LETTER_CHARS)
        if (
            "\u200b" not in value
            and "\u200c" not in value
            and "\u200d" not in value
            and "\u2060" not in value
            and "\ufeff" not in value
            and "\u00d0" not in value
            and "\u00f0" not in value
            and "\u0189" not in value
            and "\u0256" not in value
            and "\u01a2" not in value
            and "\u01a3" not in value
        ):
            return value
        return normalize(value)
    if unicodedata.is_normalized("NFC", value) and _REWRITTEN.search(value) is None:
        return value
    return normalize(value)


def _opt(value: str | None, nfc: Callable[[str], str] = _nfc) -> str | None:
    return None if value is None else nfc(value)


def _content(el: etree._Element, ctx: _Context) -> str:
    """The text of a simple-content element (comments and processing instructions skipped)."""
    if len(el):
        return ctx.nfc("".join(str(t) for t in el.itertext(with_tail=True)))
    return ctx.nfc(el.text or "")


def _local(el: etree._Element) -> str | None:
    t = el.tag
    if isinstance(t, str) and t.startswith(_CLARK):
        return t[len(_CLARK) :]
    return None


def _elements(el: etree._Element) -> list[tuple[str, etree._Element]]:
    """(local name, element) of each vnadmin child element, in order."""
    out = []
    for child in el:
        name = _local(child)
        if name is not None:
            out.append((name, child))
    return out


# -- parts shared by the header and citations ------------------------------------------------


def _issuers(value: str) -> tuple[str, ...]:
    if " " not in value and "\t" not in value and "\n" not in value and "\r" not in value:
        return (_nfc(value),) if value else ()
    return tuple(_nfc(g) for g in _LIST_SEP.split(value.strip(" \t\n\r")) if g)


# Numbers and types are immutable values that documents cite over and over ("Nghị định số
# 30/2020/NĐ-CP"): each distinct set of attributes (the element's (name, value) pairs, as
# lxml lists them) is checked and built once.
@lru_cache(maxsize=4096)
def _number_of(attributes: tuple[tuple[str, str], ...]) -> DocumentNumber:
    number = year = type_code = unit = written = None
    groups: tuple[str, ...] = ()
    style = ""
    nfc = _nfc
    for key, value in attributes:
        if key == "style":
            style = value
        elif key == "number":
            number = value
        elif key == "typeCode":
            type_code = value if value.isascii() else nfc(value)
        elif key == "issuers":
            # One group (the usual case) needs no splitting.
            groups = (value if value.isascii() else nfc(value),) if value.isalnum() else _issuers(value)
        elif key == "written":
            written = value if value.isascii() else nfc(value)
        elif key == "year":
            year = int(value)
        elif key == "unit":
            unit = nfc(value)
    return build_number(number, year, type_code, groups, unit, style, written)


def _number(el: etree._Element, path: str | None, ctx: _Context) -> DocumentNumber:
    ctx.el, ctx.path = el, path
    return _number_of(tuple(el.items()))


@cache
def _registry() -> dict[tuple[str, str, str | None], DocumentType]:
    index: dict[tuple[str, str, str | None], DocumentType] = {}
    for t in doctypes.all_types():
        index.setdefault((t.system, t.name, t.code), t)
    return index


@lru_cache(maxsize=1024)
def _doc_type_of(name: str | None, code: str | None, system: str | None, category: str | None) -> DocumentType:
    name = _nfc(name or "")
    code = _opt(code)
    system = system or "state"
    # A type equal to a registry entry (same system, name and code) is that entry, with its
    # category and enacting formula; any other type is built from the attributes, so a
    # document round-trips whatever types it holds.
    found = _registry().get((system, name, code))
    if found is not None:
        return found
    return DocumentType(
        name,
        code,
        category=_nfc(category) if category is not None else "administrative",
        system=system,
    )


def _doc_type(el: etree._Element, path: str | None, ctx: _Context) -> DocumentType:
    ctx.el, ctx.path = el, path
    get = el.get
    return _doc_type_of(get("name"), get("code"), get("system"), get("category"))


def _pinpoint(el: etree._Element, path: str | None, ctx: _Context) -> Pinpoint:
    get = el.get
    ctx.el, ctx.path = el, path
    return Pinpoint(
        _opt(get("article"), ctx.nfc),
        _opt(get("clause"), ctx.nfc),
        _opt(get("point"), ctx.nfc),
        written=_opt(get("written"), ctx.nfc),
    )


# -- building model objects without running their validators twice --------------------------
#
# Paragraphs, sections, citations and origins are most of a document. The reader builds them
# slot by slot when the values it read pass the checks their validators make and that the
# reader does not already guarantee by construction (spans and offsets it computed itself,
# tuples of objects it built); otherwise it calls the validating constructor, which raises
# the model's own error. tests/test_xml_reader.py checks that every object read passes
# attrs.validate and equals the one the constructor builds.

_NEW = new
_setters = slot_setters

_ORIGIN_SET = _setters(Origin, ("source", "line", "column", "paragraph", "xpath", "layout", "page"))
_PARAGRAPH_SET = _setters(Paragraph, ("text", "bullet", "footnote_refs", "citations", "origin"))
_SECTION_SET = _setters(Section, ("label", "heading", "children", "marker", "origin"))
_CITATION_SET = _setters(
    Citation,
    ("text", "span", "doc_type", "type_written", "number", "date", "date_written", "issuer", "name", "pinpoint",
     "origin"),
)


def _origin(source: str | None, xpath: str) -> Origin:
    o = _NEW(Origin)
    s_source, s_line, s_column, s_paragraph, s_xpath, s_layout, s_page = _ORIGIN_SET
    s_source(o, source)
    s_line(o, None)
    s_column(o, None)
    s_paragraph(o, None)
    s_xpath(o, xpath)
    s_layout(o, None)
    s_page(o, None)
    return o


def _blank(value: str | None) -> bool:
    """What the model's optional-text validators refuse: an empty or all-space string."""
    return value is not None and (not value or value.isspace())


# -- mixed content ---------------------------------------------------------------------------


def _citation(
    el: etree._Element, path: str, ctx: _Context, start: int, parts: list[str], refs: list[FootnoteRef]
) -> Citation:
    """Read a <citation> whose text starts at offset ``start``: its text pieces go into
    ``parts`` and the references inside it into ``refs``."""
    first = len(parts)
    nfc = ctx.nfc
    length = start
    value = el.text
    if value:
        if not value.isascii():
            value = nfc(value)
        parts.append(value)
        length += len(value)
    doc_type = number = pinpoint = None
    nrefs = 0
    for child in el:
        t = child.tag
        if t == _FOOTNOTE_REF:
            nrefs += 1
            refs.append(_footnote_ref(child, f"{path}/{PREFIX}:footnoteRef[{nrefs}]", ctx, length))
        elif t == _NUMBER:
            ctx.el, ctx.path = child, None
            number = _number_of(tuple(child.items()))
        elif t == _DOC_TYPE:
            ctx.el, ctx.path = child, None
            get = child.get
            doc_type = _doc_type_of(get("name"), get("code"), get("system"), get("category"))
        elif t == _PINPOINT:
            pinpoint = _pinpoint(child, None, ctx)
        value = child.tail
        if value:
            if not value.isascii():
                value = nfc(value)
            parts.append(value)
            length += len(value)
    text = "".join(parts[first:])
    # One call for all the attributes: each lxml access costs about as much as the rest.
    date = type_written = date_written = issuer = name = None
    # Blank text or a blank optional attribute: the constructor raises the model's error.
    refused = not text or text.isspace()
    attributes: list[tuple[str, str]] = el.items()  # type: ignore[assignment]
    for key, attr in attributes:
        if key == "date":
            date = attr
            continue
        if not attr.isascii():
            attr = nfc(attr)
        if not attr or attr.isspace():
            refused = True
        if key == "typeWritten":
            type_written = attr
        elif key == "dateWritten":
            date_written = attr
        elif key == "issuer":
            issuer = attr
        elif key == "name":
            name = attr
    span = (start, length)
    origin = _origin(ctx.source, path)
    if refused:
        try:
            return Citation(
                text,
                span,
                doc_type=doc_type,
                type_written=type_written,
                number=number,
                date=None if date is None else _dt.date.fromisoformat(date),
                date_written=date_written,
                issuer=issuer,
                name=name,
                pinpoint=pinpoint,
                origin=origin,
            )
        except ModelError:
            ctx.el, ctx.path = el, path
            raise
    c = _NEW(Citation)
    s_text, s_span, s_doc_type, s_type_written, s_number, s_date, s_date_written, s_issuer, s_name, s_pin, s_origin = (
        _CITATION_SET
    )
    s_text(c, text)
    s_span(c, span)
    s_doc_type(c, doc_type)
    s_type_written(c, type_written)
    s_number(c, number)
    s_date(c, None if date is None else _dt.date.fromisoformat(date))
    s_date_written(c, date_written)
    s_issuer(c, issuer)
    s_name(c, name)
    s_pin(c, pinpoint)
    s_origin(c, origin)
    return c


def _footnote_ref(el: etree._Element, path: str, ctx: _Context, offset: int) -> FootnoteRef:
    try:
        return FootnoteRef(ctx.nfc(el.get("marker") or ""), offset)
    except ModelError:
        ctx.el, ctx.path = el, path
        raise


def _mixed(el: etree._Element, path: str, ctx: _Context) -> tuple[str, list[FootnoteRef], list[Citation]]:
    """The text of a mixed-content element, with its footnote references and citations."""
    nfc = ctx.nfc
    value = el.text
    if not len(el):
        return (nfc(value) if value else ""), [], []
    parts: list[str] = []
    refs: list[FootnoteRef] = []
    citations: list[Citation] = []
    length = 0
    if value:
        if not value.isascii():
            value = nfc(value)
        parts.append(value)
        length = len(value)
    ncitations = nrefs = 0
    for child in el:
        t = child.tag
        if t == _CITATION:
            ncitations += 1
            c = _citation(child, f"{path}/{PREFIX}:citation[{ncitations}]", ctx, length, parts, refs)
            citations.append(c)
            length += len(c.text)
        elif t == _FOOTNOTE_REF:
            nrefs += 1
            refs.append(_footnote_ref(child, f"{path}/{PREFIX}:footnoteRef[{nrefs}]", ctx, length))
        value = child.tail
        if value:
            if not value.isascii():
                value = nfc(value)
            parts.append(value)
            length += len(value)
    return "".join(parts), refs, citations


def _paragraph(el: etree._Element, path: str, ctx: _Context) -> Paragraph:
    if len(el):
        text, ref_list, citation_list = _mixed(el, path, ctx)
        refs: tuple[FootnoteRef, ...] = tuple(ref_list)
        citations: tuple[Citation, ...] = tuple(citation_list)
    else:
        value = el.text
        text = ctx.nfc(value) if value else ""
        refs = citations = ()
    bullet = el.get("bullet")
    origin = _origin(ctx.source, path)
    if not text or text.isspace() or (bullet is not None and bullet not in BULLETS):
        try:
            return Paragraph(text, bullet=bullet, footnote_refs=refs, citations=citations, origin=origin)
        except ModelError:
            ctx.el, ctx.path = el, path
            raise
    p = _NEW(Paragraph)
    s_text, s_bullet, s_refs, s_citations, s_origin = _PARAGRAPH_SET
    s_text(p, text)
    s_bullet(p, bullet)
    s_refs(p, refs)
    s_citations(p, citations)
    s_origin(p, origin)
    return p


# -- the parts of a document ---------------------------------------------------------------------


def _section(el: etree._Element, path: str, ctx: _Context) -> Section:
    heading_at: etree._Element | None = el.find(_HEADING)
    heading = None if heading_at is None else _content(heading_at, ctx)
    children = _body(el, path, ctx)
    get = el.get
    label = ctx.nfc(get("label") or "")
    marker = ctx.nfc(get("marker") or "")
    origin = _origin(ctx.source, path)
    if not marker or marker.isspace() or _blank(heading) or label_kind(label) is None:
        ctx.el, ctx.path = el, path
        try:
            return Section(label, heading, children, marker=marker, origin=origin)
        except ModelError as exc:
            if heading_at is not None:
                _point_at_field(exc, ctx, {"heading": (heading_at, f"{path}/{PREFIX}:heading")})
            raise
    s = _NEW(Section)
    s_label, s_heading, s_children, s_marker, s_origin = _SECTION_SET
    s_label(s, label)
    s_heading(s, heading)
    s_children(s, children)
    s_marker(s, marker)
    s_origin(s, origin)
    return s


def _body(el: etree._Element, path: str, ctx: _Context) -> tuple[Section | Paragraph, ...]:
    out: list[Section | Paragraph] = []
    append = out.append
    sections = paragraphs = 0
    for child in el:
        t = child.tag
        if t == _P:
            paragraphs += 1
            append(_paragraph(child, f"{path}/{PREFIX}:p[{paragraphs}]", ctx))
        elif t == _SECTION:
            sections += 1
            append(_section(child, f"{path}/{PREFIX}:section[{sections}]", ctx))
    return tuple(out)


def _issue_date(el: etree._Element, path: str, ctx: _Context) -> IssueDate:
    get = el.get
    day, month, year = get("day"), get("month"), get("year")
    place = None
    for name, child in _elements(el):
        if name == "place":
            place = _content(child, ctx)
    ctx.el, ctx.path = el, path
    return IssueDate(
        place,
        None if day is None else int(day),
        None if month is None else int(month),
        None if year is None else int(year),
        day_written=day,
        month_written=month,
        origin=_origin(ctx.source, path),
    )


_HEADER_TEXT = {
    "parentBody": "parent_body",
    "issuingBody": "issuing_body",
    "nationalTitle": "national_title",
    "motto": "motto",
    "partyTitle": "party_title",
    "summary": "summary",
    "annexLabel": "annex_label",
}


def _header(el: etree._Element, path: str, ctx: _Context) -> Header:
    fields: dict[str, Any] = {}
    origins: list[tuple[str, Origin]] = []
    children: dict[str, tuple[etree._Element, str]] = {}
    for name, child in _elements(el):
        where = f"{path}/{step(name, 1)}"
        field = _HEADER_TEXT.get(name)
        if field is not None:
            fields[field] = _content(child, ctx)
        elif name == "number":
            field = "number"
            fields[field] = _number(child, where, ctx)
        elif name == "issueDate":
            field = "issue_date"
            fields[field] = _issue_date(child, where, ctx)
        elif name == "docType":
            field = "doc_type"
            fields[field] = _doc_type(child, where, ctx)
        elif name == "attachedTo":
            field = "attached_to"
            text, _, citations = _mixed(child, where, ctx)
            fields[field] = text
            if citations:
                fields["attached_citation"] = citations[0]
        else:
            continue
        origins.append((field, _origin(ctx.source, where)))
        children[field] = (child, where)
    ctx.el, ctx.path = el, path
    try:
        return Header(
            number_label=_opt(el.get("numberLabel"), ctx.nfc),
            type_written=_opt(el.get("typeWritten"), ctx.nfc),
            origins=tuple(origins),
            **fields,
        )
    except ModelError as exc:
        _point_at_field(exc, ctx, children)
        raise


def _preamble(el: etree._Element, path: str, ctx: _Context) -> Preamble:
    authority = formula = None
    bases: list[Paragraph] = []
    children: dict[str, tuple[etree._Element, str]] = {}
    for name, child in _elements(el):
        if name == "authority":
            authority = _content(child, ctx)
            children[name] = (child, f"{path}/{step(name, 1)}")
        elif name == "basis":
            bases.append(_paragraph(child, f"{path}/{step('basis', len(bases) + 1)}", ctx))
        elif name == "formula":
            formula = _content(child, ctx)
            children[name] = (child, f"{path}/{step(name, 1)}")
    ctx.el, ctx.path = el, path
    try:
        return Preamble(authority, tuple(bases), formula)
    except ModelError as exc:
        _point_at_field(exc, ctx, children)
        raise


def _recipients(el: etree._Element, path: str, ctx: _Context) -> RecipientList:
    items: list[Recipient] = []
    source = ctx.source
    for child in el:
        if child.tag == _ITEM:
            where = f"{path}/{PREFIX}:item[{len(items) + 1}]"
            try:
                items.append(Recipient(_content(child, ctx), bullet=child.get("bullet"), origin=_origin(source, where)))
            except ModelError:
                ctx.el, ctx.path = child, where
                raise
    ctx.el, ctx.path = el, path
    return RecipientList(tuple(items), label=_opt(el.get("label"), ctx.nfc), origin=_origin(source, path))


def _signature(el: etree._Element, path: str, ctx: _Context) -> SignatureBlock:
    fields: dict[str, Any] = {}
    intermediate: list[str] = []
    remarks: list[str] = []
    children: dict[str, tuple[etree._Element, str]] = {}
    for name, child in _elements(el):
        if name == "intermediate":
            intermediate.append(_content(child, ctx))
        elif name == "remark":
            remarks.append(_content(child, ctx))
        else:
            fields[name] = _content(child, ctx)
            children[name] = (child, f"{path}/{step(name, 1)}")
    written = el.get("authorityWritten")
    if written is not None:
        fields["authority_as_written"] = ctx.nfc(written)
    ctx.el, ctx.path = el, path
    try:
        return SignatureBlock(
            authority=el.get("authority"),
            intermediate=tuple(intermediate),
            remarks=tuple(remarks),
            origin=_origin(ctx.source, path),
            **fields,
        )
    except ModelError as exc:
        _point_at_field(exc, ctx, children)
        raise


def _footnotes(el: etree._Element, path: str, ctx: _Context) -> tuple[Footnote, ...]:
    out: list[Footnote] = []
    for child in el:
        if child.tag == _FOOTNOTE:
            where = f"{path}/{step('footnote', len(out) + 1)}"
            text, _, citations = _mixed(child, where, ctx)
            ctx.el, ctx.path = child, where
            out.append(
                Footnote(
                    ctx.nfc(child.get("marker") or ""),
                    text,
                    citations=tuple(citations),
                    origin=_origin(ctx.source, where),
                )
            )
    return tuple(out)


# The document's parts, by element name (which is also the Document field's name).
_DOCUMENT_PARTS: dict[str, Any] = {
    "header": _header,
    "preamble": _preamble,
    "addressees": _recipients,
    "body": _body,
    "signature": _signature,
    "recipients": _recipients,
    "footnotes": _footnotes,
}


def _document(root: etree._Element, ctx: _Context) -> Document:
    path = f"/{PREFIX}:document"
    fields: dict[str, Any] = {}
    for name, child in _elements(root):
        read = _DOCUMENT_PARTS.get(name)
        if read is not None:
            fields[name] = read(child, f"{path}/{PREFIX}:{name}", ctx)
    ctx.el, ctx.path = root, path
    return Document(origin=_origin(ctx.source, path), **fields)


# -- public entry points -------------------------------------------------------------------------


def _deferring(pending: list[str]) -> Callable[[str], str]:
    """A stand-in for :func:`_nfc` that keeps each non-ASCII value in ``pending`` and
    returns it unchanged, so that one check can cover them all."""
    append = pending.append

    def defer(value: str) -> str:
        if not value.isascii():
            append(value)
        return value

    return defer


def _all_normal(values: list[str]) -> bool:
    """True when :func:`_nfc` leaves every one of ``values`` unchanged. They are checked
    joined by line feeds: a line feed composes with nothing, so the text of each value
    keeps the normalisation boundaries it has alone, and the characters vnadmin.unicode
    rewrites are found wherever they are."""
    if not values:
        return True
    joined = "\n".join(values)
    # NFC, then each rewritten character with ``in`` (several times faster on long text
    # than a search for the class, and than first trying NFKC, which "¹" or "…" fail).
    return unicodedata.is_normalized("NFC", joined) and not any(c in joined for c in _REWRITTEN_CHARS)


def _read(root: etree._Element, source: str | None) -> Document:
    # XML written by vnadmin (or by any tool that writes NFC) needs no normalising. A
    # first pass keeps every value as it is and checks them all at once at the end (one
    # call to the C normaliser, instead of one per attribute and text node); when any
    # value is not normal, or the model refused one, the document is read again with each
    # value normalised, which gives what it would have given alone.
    pending: list[str] = []
    ctx = _Context(source, root, _deferring(pending))
    try:
        doc = _document(root, ctx)
    except ModelError:
        pass
    else:
        if _all_normal(pending):
            return doc
    ctx = _Context(source, root, _nfc)
    try:
        return _document(root, ctx)
    except ModelError as exc:
        raise _refused(exc, ctx) from None


def from_element(el: etree._Element, *, source: str | None = None) -> Document:
    """Build a document from a ``<document>`` element (one parsed elsewhere, or made by
    :func:`vnadmin.xml.to_element`). The element is checked like parsed input: no DTD or
    entity references, bounded depth, valid against the schema."""
    if not isinstance(el, etree._Element):
        raise TypeError(f"from_element() needs an lxml element, not {type(el).__name__}")
    parser.check_tree(el)
    validate(el)
    return _read(el, source)


def loads(data: bytes | str, *, source: str | None = None) -> Document:
    """Parse vnadmin XML (``bytes`` in any encoding XML allows, or a ``str``)."""
    root = parser.parse(data)
    validate(root)
    with collector_paused():
        return _read(root, source)


def load(path: str | os.PathLike[str]) -> Document:
    """Read a vnadmin XML file. Files larger than the parser's size bound are refused
    without being read in full."""
    with open(path, "rb") as f:
        data = f.read(parser.MAX_BYTES + 1)
    return loads(data, source=os.fspath(path))
