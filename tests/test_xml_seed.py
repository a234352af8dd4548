"""The seed report and the real-document corpus, read by the text (and docx) readers, go
through vnadmin XML: every output validates and reads back equal, citations included."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from vnadmin import docx, text
from vnadmin import xml as vx
from vnadmin.errors import XmlError
from vnadmin.model import Citation, Document

# What XML 1.0 cannot carry (C0 controls other than tab, LF, CR): a broken PDF extraction
# can leave them in text. The writer refuses such a document rather than dropping them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _citations(doc: Document) -> list[tuple[Citation, ...]]:
    return [p.citations for p in (*doc.preamble.bases, *doc.paragraphs())] + [f.citations for f in doc.footnotes]


def _cite_key(c: Citation) -> tuple[object, ...]:
    return (c.text, c.span, c.doc_type, c.type_written, c.number, c.date, c.date_written, c.issuer, c.name, c.pinpoint)


def _check(doc: Document) -> bytes:
    data = vx.dumps(doc)
    assert vx.schema().validate(etree.fromstring(data)), vx.schema().error_log
    back = vx.loads(data)
    assert back == doc
    assert [[_cite_key(c) for c in cs] for cs in _citations(back)] == [[_cite_key(c) for c in cs] for cs in _citations(doc)]
    assert vx.dumps(back) == data
    return data


def test_seed_report_read_as_text_round_trips_through_xml(seed_text: str) -> None:
    doc = text.loads(seed_text)
    data = _check(doc)
    # The seed's tell-tale values survive as the XML holds them.
    root = etree.fromstring(data)
    ns = {"vn": vx.NAMESPACE}
    number = root.find("vn:header/vn:number", ns)
    assert number is not None and number.get("number") is None and number.get("typeCode") == "BC"
    date = root.find("vn:header/vn:issueDate", ns)
    assert date is not None and date.get("day") is None and date.get("month") == "3"
    assert root.find("vn:header/vn:nationalTitle", ns) is None
    cited = {c.get("issuers") for c in root.iterfind(".//vn:citation/vn:number", ns)}
    assert {"HĐND", "SNV", "TW"} <= cited
    refs = root.findall(".//vn:p/vn:footnoteRef", ns)
    assert [r.get("marker") for r in refs] == [f.marker for f in doc.footnotes]
    assert doc == vx.loads(data)


def _corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".docx"))


def test_corpus_round_trips_through_xml(corpus_dir: Path) -> None:
    checked = refused = 0
    for path in _corpus_files(corpus_dir):
        doc = text.load(path) if path.suffix == ".txt" else docx.load(path)
        held = [p.text for p in doc.paragraphs()] + [f.text for f in doc.footnotes]
        if any(_NOT_XML.search(t) for t in held):
            with pytest.raises(XmlError) as info:
                vx.dumps(doc)
            assert info.value.xpath is not None and "U+00" in str(info.value)
            refused += 1
            continue
        _check(doc)
        checked += 1
    assert checked >= 100, (checked, refused)
