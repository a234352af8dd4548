"""A small oxml layer: WordprocessingML namespaces, ``qn()`` and element builders.

Every part vnadmin writes is built here with lxml, one element at a time — never by string
concatenation or regular expressions on XML — so the output is well formed by
construction and every attribute value is escaped by lxml.

>>> from lxml import etree
>>> p = paragraph("VnBody", [run("Nội dung.")])
>>> etree.QName(p).localname, p.find(qn("w:pPr/w:pStyle")).get(qn("w:val"))
('p', 'VnBody')
>>> [e.text for e in p.iter(qn("w:t"))]
['Nội dung.']
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence

from lxml import etree

from vnadmin.errors import DocxError

__all__ = [
    "CT",
    "NS",
    "RT",
    "Element",
    "el",
    "footnote_reference",
    "paragraph",
    "qn",
    "run",
    "sub",
    "table",
    "text_runs",
]

Element = etree._Element

#: Namespace prefixes used in the parts vnadmin reads and writes.
NS: dict[str, str] = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "xml": "http://www.w3.org/XML/1998/namespace",
}

_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class RT:
    """Relationship types."""

    OFFICE_DOCUMENT = f"{_RELS}/officeDocument"
    CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    STYLES = f"{_RELS}/styles"
    SETTINGS = f"{_RELS}/settings"
    FOOTNOTES = f"{_RELS}/footnotes"
    HEADER = f"{_RELS}/header"
    NUMBERING = f"{_RELS}/numbering"
    THEME = f"{_RELS}/theme"


class CT:
    """Content types of the parts vnadmin writes."""

    _WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    DOCUMENT = f"{_WML}.document.main+xml"
    STYLES = f"{_WML}.styles+xml"
    SETTINGS = f"{_WML}.settings+xml"
    FOOTNOTES = f"{_WML}.footnotes+xml"
    HEADER = f"{_WML}.header+xml"
    CORE = "application/vnd.openxmlformats-package.core-properties+xml"
    RELS = "application/vnd.openxmlformats-package.relationships+xml"
    XML = "application/xml"


@functools.cache
def qn(tag: str) -> str:
    """Clark notation for a prefixed name, or for a path of prefixed names:
    ``qn("w:p") == "{http://…/main}p"``."""
    if "/" in tag:
        return "/".join(qn(part) for part in tag.split("/"))
    prefix, _, local = tag.partition(":")
    if not local:
        return tag
    return f"{{{NS[prefix]}}}{local}"


_W_NSMAP = {"w": NS["w"], "r": NS["r"]}


def el(tag: str, attrs: Mapping[str, str] | None = None, *children: Element | None,
       nsmap: Mapping[str, str] | None = None) -> Element:
    """A new element ``tag`` (prefixed name) with prefixed attribute names; ``None``
    children are skipped so optional parts read naturally."""
    if attrs:
        elem = etree.Element(qn(tag), {qn(k): v for k, v in attrs.items()}, nsmap=nsmap)
    else:
        elem = etree.Element(qn(tag), nsmap=nsmap)
    for child in children:
        if child is not None:
            elem.append(child)
    return elem


def sub(parent: Element, tag: str, attrs: Mapping[str, str] | None = None) -> Element:
    """Append a new child ``tag`` to ``parent`` and return it."""
    if attrs:
        return etree.SubElement(parent, qn(tag), {qn(k): v for k, v in attrs.items()})
    return etree.SubElement(parent, qn(tag))


def root(tag: str, nsmap: Mapping[str, str] | None = None) -> Element:
    """A part's root element declaring the w and r namespaces (or ``nsmap``)."""
    return el(tag, nsmap=nsmap or _W_NSMAP)


def _set_text(t: Element, text: str) -> None:
    try:
        t.text = text
    except ValueError as exc:  # control characters XML cannot hold
        raise DocxError(
            f"ký tự không hợp lệ trong XML: {text[:40]!r} (text holds characters XML cannot store: {exc})"
        ) from None
    if text[:1].isspace() or text[-1:].isspace():
        t.set(qn("xml:space"), "preserve")


def text_runs(r: Element, text: str) -> None:
    """Fill run ``r`` with ``text``: ``\t`` becomes ``w:tab``, ``\n`` a soft line break
    ``w:br``, the rest ``w:t`` elements."""
    if "\t" not in text and "\n" not in text:
        _set_text(sub(r, "w:t"), text)
        return
    for k, line in enumerate(text.split("\n")):
        if k:
            sub(r, "w:br")
        for j, piece in enumerate(line.split("\t")):
            if j:
                sub(r, "w:tab")
            if piece:
                _set_text(sub(r, "w:t"), piece)


def run(text: str, style: str | None = None, *, vert_align: str | None = None) -> Element:
    """A ``w:r`` holding ``text``, with an optional character style."""
    r = el("w:r")
    if style is not None or vert_align is not None:
        rpr = sub(r, "w:rPr")
        if style is not None:
            sub(rpr, "w:rStyle", {"w:val": style})
        if vert_align is not None:
            sub(rpr, "w:vertAlign", {"w:val": vert_align})
    text_runs(r, text)
    return r


def footnote_reference(note_id: int, style: str, custom_mark: str | None = None) -> Element:
    """A run holding ``w:footnoteReference``; with ``custom_mark`` the mark text follows it
    (``w:customMarkFollows``) instead of Word's automatic number."""
    r = el("w:r")
    sub(sub(r, "w:rPr"), "w:rStyle", {"w:val": style})
    ref = sub(r, "w:footnoteReference", {"w:id": str(note_id)})
    if custom_mark is not None:
        ref.set(qn("w:customMarkFollows"), "1")
        _set_text(sub(r, "w:t"), custom_mark)
    return r


def paragraph(style: str | None, runs: Iterable[Element] = (), *,
              ppr: Sequence[Element] = ()) -> Element:
    """A ``w:p`` with paragraph style ``style`` (``None``: the default style), extra
    paragraph properties ``ppr`` (already built, in schema order) and ``runs``."""
    p = el("w:p")
    if style is not None or ppr:
        props = sub(p, "w:pPr")
        if style is not None:
            sub(props, "w:pStyle", {"w:val": style})
        for child in ppr:
            props.append(child)
    for r in runs:
        p.append(r)
    return p


def _no_borders(tag: str) -> Element:
    borders = el(tag)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        sub(borders, f"w:{side}", {"w:val": "nil"})
    return borders


def table(rows: Sequence[Sequence[Sequence[Element]]], widths: Sequence[int], *,
          style: str | None = None) -> Element:
    """A borderless ``w:tbl`` with fixed column ``widths`` (twips); ``rows`` holds, per row,
    per cell, the block-level elements of the cell (an empty cell gets an empty paragraph,
    as the schema requires)."""
    tbl = el("w:tbl")
    tblpr = sub(tbl, "w:tblPr")
    if style is not None:
        sub(tblpr, "w:tblStyle", {"w:val": style})
    sub(tblpr, "w:tblW", {"w:w": str(sum(widths)), "w:type": "dxa"})
    sub(tblpr, "w:jc", {"w:val": "center"})
    tblpr.append(_no_borders("w:tblBorders"))
    sub(tblpr, "w:tblLayout", {"w:type": "fixed"})
    margins = sub(tblpr, "w:tblCellMar")
    sub(margins, "w:left", {"w:w": "57", "w:type": "dxa"})
    sub(margins, "w:right", {"w:w": "57", "w:type": "dxa"})
    sub(tblpr, "w:tblLook", {"w:val": "0000"})
    grid = sub(tbl, "w:tblGrid")
    for w in widths:
        sub(grid, "w:gridCol", {"w:w": str(w)})
    for cells in rows:
        tr = sub(tbl, "w:tr")
        sub(sub(tr, "w:trPr"), "w:cantSplit")
        for width, content in zip(widths, cells, strict=True):
            tc = sub(tr, "w:tc")
            tcpr = sub(tc, "w:tcPr")
            sub(tcpr, "w:tcW", {"w:w": str(width), "w:type": "dxa"})
            for child in content or (paragraph(None),):
                tc.append(child)
    return tbl
