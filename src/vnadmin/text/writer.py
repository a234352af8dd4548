"""The canonical plain-text layout: what :func:`vnadmin.text.dumps` writes.

One component per line, blank lines between blocks, in this order::

    <managing body>                  parent_body
    <issuing body>                   issuing_body
    <national title>  <motto>        or the Party title
    Số: <number>                     Party: "Số <number>"
    V/v <summary>                    công văn only
    <place>, ngày … tháng … năm …
    (blank)
    <TYPE NAME IN CAPITALS>          not for a công văn
    <summary>
    Kính gửi: …                      addressees, one line or "- …" items
    <preamble: authority, bases, formula>
    <body: "I. Heading", "1. First paragraph.", "- bullet", paragraphs>
    <signature: authority line, intermediate lines, title, remarks, name>
    Nơi nhận:
    - <recipient>
    [1] <footnote text>

Footnote references are written as "[1]" at their offset in the paragraph (a marker
"¹" read from the source comes back as "[1]"), and footnotes at the end as "[1] …".
The writer writes exactly what the model holds and never invents a missing component.
"""

from __future__ import annotations

from vnadmin.model import doctypes
from vnadmin.model.document import Document
from vnadmin.model.header import Header
from vnadmin.model.recipients import RecipientList
from vnadmin.model.sections import Paragraph, Section
from vnadmin.model.signature import SignatureBlock
from vnadmin.text.recogniser.patterns import ends_item, key

__all__ = ["dumps"]


def paragraph_text(p: Paragraph) -> str:
    """The paragraph with its bullet and its footnote markers put back."""
    text = p.text
    if p.footnote_refs:
        out = []
        pos = 0
        for ref in sorted(p.footnote_refs, key=lambda r: r.offset):
            out.append(text[pos : ref.offset])
            out.append(f"[{ref.marker}]")
            pos = ref.offset
        out.append(text[pos:])
        text = "".join(out)
    return f"{p.bullet} {text}" if p.bullet else text


def _section(s: Section, out: list[list[str]]) -> None:
    children = list(s.children)
    if s.heading is not None:
        out.append([f"{s.marker} {s.heading}"])
    elif children and type(children[0]) is Paragraph and children[0].bullet is None and ends_item(children[0].text):
        out.append([f"{s.marker} {paragraph_text(children[0])}"])
        children = children[1:]
    else:
        out.append([s.marker])
    for child in children:
        _item(child, out)


def _item(item: Section | Paragraph, out: list[list[str]]) -> None:
    if type(item) is Section:
        _section(item, out)
    else:
        out.append([paragraph_text(item)])  # type: ignore[arg-type]


def _header(doc: Document) -> list[list[str]]:
    h = doc.header
    blocks: list[list[str]] = []
    top = [x for x in (h.parent_body, h.issuing_body) if x]
    top.extend(x for x in (h.party_title, h.national_title, h.motto) if x)
    if h.number is not None:
        party = h.number.style == "party"
        label = h.number_label or ("Số" if party else "Số:")
        top.append(f"{label} {h.number}")
    is_cong_van = h.doc_type is not None and h.doc_type.is_cong_van
    if is_cong_van and h.summary:
        top.append(f"V/v {h.summary}")
    if h.issue_date is not None:
        top.append(str(h.issue_date))
    if top:
        blocks.append(top)
    title: list[str] = []
    if h.annex_label:
        title.append(h.annex_label)
    elif h.doc_type is not None and not is_cong_van and (
        h.type_written is not None or h.summary is not None or not _implied_by_number(h)
    ):
        written = h.type_written
        same = written is not None and _written_as(key(written), key(h.doc_type.name))
        title.append(written if same else h.doc_type.name.upper())  # type: ignore[arg-type]
    if h.summary and not is_cong_van:
        title.append(h.summary)
    if h.attached_to:
        title.append(f"({h.attached_to})")
    if title:
        blocks.append(title)
    return blocks


def _written_as(written: str, name: str) -> bool:
    """Whether a type as written (keyed) names the type ``name`` (keyed): the name itself, or
    the name of a joint document's type ("hướng dẫn liên ngành", "kế hoạch liên tịch")."""
    if written == name:
        return True
    qualifier = written[len(name) :].split()
    return written.startswith(name + " ") and qualifier in (["lien", "nganh"], ["lien", "tich"])


def _implied_by_number(h: Header) -> bool:
    """The type follows from the number's type code (a source without a type line, read
    from "Số: 72/2016/NĐ-CP"): then no type line is written, so none is invented."""
    n = h.number
    if n is None or n.type_code is None or h.doc_type is None:
        return False
    system = {"legal": "legal", "party": "party"}.get(n.style, "state")
    return doctypes.by_code(n.type_code, system=system, lenient=True) == h.doc_type


def _recipients(rl: RecipientList, default_label: str) -> list[str]:
    label = rl.label if rl.label is not None else None
    items = [f"{r.bullet} {r.text}" if r.bullet else r.text for r in rl.items]
    if label is None:
        return items
    if len(items) == 1 and rl.items[0].bullet is None and label == default_label and default_label.startswith("K"):
        return [f"{label} {items[0]}"]
    if default_label.startswith("K") and rl.items and rl.items[0].bullet is None:
        return [f"{label} {items[0]}", *items[1:]]
    return [label, *items]


def _signature(s: SignatureBlock) -> list[str]:
    lines = [x for x in (s.authority_line, *s.intermediate, s.title) if x]
    lines.extend(s.remarks)
    if s.name:
        lines.append(s.name)
    return lines


def dumps(doc: Document) -> str:
    """Write ``doc`` in the canonical plain-text layout."""
    blocks = _header(doc)
    if doc.addressees is not None:
        blocks.append(_recipients(doc.addressees, "Kính gửi:"))
    pre = doc.preamble
    if pre.authority:
        blocks.append([pre.authority])
    for p in pre.bases:
        blocks.append([paragraph_text(p)])
    if pre.formula:
        blocks.append([pre.formula])
    for item in doc.body:
        _item(item, blocks)
    if doc.signature is not None:
        blocks.append(_signature(doc.signature))
    if doc.recipients is not None:
        blocks.append(_recipients(doc.recipients, "Nơi nhận:"))
    for f in doc.footnotes:
        blocks.append([f"[{f.marker}] {f.text}"])
    return "\n\n".join("\n".join(b) for b in blocks if b) + "\n"
