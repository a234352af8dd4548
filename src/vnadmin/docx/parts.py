"""The package parts around the main document: content types, relationships, settings and
core properties (title and creation date).

>>> from lxml import etree
>>> from vnadmin.model import Document, Header, IssueDate
>>> core = core_properties(Document(header=Header(summary="Về công tác văn thư",
...                                               issue_date=IssueDate("Hà Nội", 5, 3, 2020))))
>>> [(etree.QName(e).localname, e.text) for e in core]
[('title', 'Về công tác văn thư'), ('language', 'vi-VN'), ('created', '2020-03-05T00:00:00Z'), ('modified', '2020-03-05T00:00:00Z')]
"""

from __future__ import annotations

from collections.abc import Iterable

from vnadmin.docx.oxml import CT, NS, Element, el, root, sub
from vnadmin.model import Document

__all__ = ["EPOCH", "content_types", "core_properties", "relationships", "settings_xml", "title_of"]

#: The creation date written when the document's issue date is incomplete, so that
#: ``dumps`` gives the same bytes for the same document.
EPOCH = "1980-01-01T00:00:00Z"


def content_types(overrides: Iterable[tuple[str, str]]) -> Element:
    """``[Content_Types].xml``: defaults for .rels and .xml, an override per part."""
    types = el("ct:Types", nsmap={None: NS["ct"]})  # type: ignore[dict-item]
    sub(types, "ct:Default", {"Extension": "rels", "ContentType": CT.RELS})
    sub(types, "ct:Default", {"Extension": "xml", "ContentType": CT.XML})
    for part, content_type in overrides:
        sub(types, "ct:Override", {"PartName": "/" + part, "ContentType": content_type})
    return types


def relationships(rels: Iterable[tuple[str, str, str]]) -> Element:
    """A relationships part from (id, type, target) triples."""
    out = el("pr:Relationships", nsmap={None: NS["pr"]})  # type: ignore[dict-item]
    for rid, kind, target in rels:
        sub(out, "pr:Relationship", {"Id": rid, "Type": kind, "Target": target})
    return out


def settings_xml(*, footnotes: bool) -> Element:
    """``word/settings.xml``: Vietnamese proofing, a 1.27 cm default tab, and the separator
    footnotes when the document has footnotes."""
    settings = root("w:settings")
    sub(settings, "w:zoom", {"w:percent": "100"})
    sub(settings, "w:defaultTabStop", {"w:val": "720"})
    sub(settings, "w:characterSpacingControl", {"w:val": "doNotCompress"})
    if footnotes:
        pr = sub(settings, "w:footnotePr")
        sub(pr, "w:footnote", {"w:id": "-1"})
        sub(pr, "w:footnote", {"w:id": "0"})
    compat = sub(settings, "w:compat")
    sub(compat, "w:compatSetting", {
        "w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word",
        "w:val": "15",
    })
    sub(settings, "w:themeFontLang", {"w:val": "vi-VN"})
    return settings


def title_of(doc: Document) -> str:
    """The package title: the type name and the summary ("Báo cáo Tổng kết …")."""
    header = doc.header
    parts = []
    if header.doc_type is not None and not header.doc_type.is_cong_van:
        parts.append(header.doc_type.name)
    if header.summary is not None:
        parts.append(" ".join(header.summary.split()))
    return " ".join(parts)


def created_of(doc: Document) -> str:
    """The creation date: the issue date when it is complete and real, else :data:`EPOCH`."""
    issue = doc.header.issue_date
    day = issue.as_date() if issue is not None else None
    return EPOCH if day is None else f"{day.isoformat()}T00:00:00Z"


def core_properties(doc: Document) -> Element:
    """``docProps/core.xml`` with the title, the language, and the creation date."""
    nsmap = {k: NS[k] for k in ("cp", "dc", "dcterms", "xsi")}
    core = el("cp:coreProperties", nsmap=nsmap)
    sub(core, "dc:title").text = title_of(doc)
    if doc.header.number is not None:
        sub(core, "dc:identifier").text = str(doc.header.number)
    sub(core, "dc:language").text = "vi-VN"
    created = created_of(doc)
    for tag in ("dcterms:created", "dcterms:modified"):
        sub(core, tag, {"xsi:type": "dcterms:W3CDTF"}).text = created
    return core
