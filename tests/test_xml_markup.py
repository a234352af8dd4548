"""vnadmin.xml.markup: dumps writes text directly; it must give exactly the bytes lxml writes
for the tree to_element builds, whatever the values hold."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from vnadmin import xml as vx
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
    Recipient,
    RecipientList,
    Section,
    SignatureBlock,
)
from vnadmin.xml import markup


def _tree_bytes(doc: Document) -> bytes:
    root = vx.to_element(doc)
    root.tail = "\n"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


# Values with every character the two escapings treat specially, and quotes of both kinds.
_AWKWARD = ["a&b", "<x>", 'say "hi"', "it's", "tab\there", "line\nbreak", "cr\rhere", "]]>", "Đ ệ", "a&amp;b"]


def _document(value: str) -> Document:
    cited = f"Nghị quyết {value}"
    text = f"Theo {cited}, tiếp."
    citation = Citation(
        cited,
        (5, 5 + len(cited)),
        doc_type=DocumentType(value, "NQ", category=value),
        type_written=value,
        number=DocumentNumber("05", type_code="NQ", issuers=("HĐND",), written=value),
        date=dt.date(2025, 2, 19),
        date_written=value,
        issuer=value,
        name=value,
        pinpoint=Pinpoint("5", written=value),
    )
    line = value.replace("\n", " ").replace("\r", " ")  # for the fields that hold one line
    return Document(
        header=Header(
            issuing_body=value,
            number=DocumentNumber(None, type_code="BC", issuers=("SKHCHN",), written=value),
            issue_date=IssueDate("Quảng Ngãi", 5, 3, 2025),
            summary=value,
            number_label=value,
            type_written=value,
            attached_to=f"Kèm theo {cited}",
            attached_citation=citation.shifted(4),
        ),
        preamble=Preamble(value, (Paragraph(value, bullet="-"),), "QUYẾT ĐỊNH:"),
        addressees=RecipientList((Recipient(f"{line};", bullet="+"),), label=value),
        body=(
            Section("I", heading=value, marker=f"I. {value}", children=(
                Paragraph(text, footnote_refs=(FootnoteRef(value, 7), FootnoteRef("2", len(text))),
                          citations=(citation,)),
                Section("1"),
            )),
            Paragraph(value),
        ),
        signature=SignatureBlock(title=value, name=value, intermediate=(value,), remarks=(value,)),
        recipients=RecipientList((Recipient(line),), label=value),
        footnotes=(Footnote(value, text, citations=(citation,)),),
    )


@pytest.mark.parametrize("value", _AWKWARD)
def test_awkward_values_are_escaped_as_lxml_escapes_them(value: str) -> None:
    doc = _document(value)
    data = vx.dumps(doc)
    assert data == _tree_bytes(doc)
    assert vx.loads(data) == doc


@given(st.text(alphabet=st.sampled_from('a&<>"\'\t\n\r ]Đ'), min_size=1).filter(lambda v: not v.isspace()))
def test_any_mix_of_special_characters(value: str) -> None:
    doc = _document(value)
    assert vx.dumps(doc) == _tree_bytes(doc)


def test_empty_containers_are_self_closing_as_in_the_tree() -> None:
    doc = Document(
        preamble=Preamble(None, (), "QUYẾT ĐỊNH:"),
        addressees=RecipientList(()),
        body=(),
        signature=SignatureBlock(name="Trần Văn A"),
        recipients=RecipientList((), label="Nơi nhận:"),
    )
    assert vx.dumps(doc) == _tree_bytes(doc)


def test_markup_gives_up_on_what_it_cannot_write_and_the_tree_names_it() -> None:
    text = "Quyết định số 5/QĐ-UBND"
    misplaced = Document(body=(Paragraph(text, citations=(Citation("số 5", (0, 4)),)),))
    assert markup.markup(misplaced) is None
    with pytest.raises(XmlError) as info:
        vx.dumps(misplaced)
    assert info.value.xpath == "/vn:document/vn:body/vn:p[1]"
    assert markup.encoded("a\x00b") is None
    assert markup.encoded("a\ufffeb") is None
    assert markup.encoded("a\ud800b") is None
    assert markup.encoded("a\tb\r\n") == b"a\tb\r\n"
