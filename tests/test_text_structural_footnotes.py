"""The recogniser reads footnotes that a source marks structurally (docx): references in
``Block.footnote_refs`` and notes in ``kind="footnote"`` blocks, whatever the marker."""

from __future__ import annotations

from vnadmin.model import FootnoteRef, Paragraph, Section
from vnadmin.text.blocks import Block
from vnadmin.text.lines import text_blocks
from vnadmin.text.recogniser import recognise


def _blocks() -> list[Block]:
    return [
        Block("I. TÌNH HÌNH CHUNG", footnote_refs=(("1", 18),)),
        Block("- Kết quả thực hiện kế hoạch năm", footnote_refs=(("*", 10),)),
        Block("2024 đạt yêu cầu.", footnote_refs=(("a", 4),)),
        Block("Ghi chú sao.", kind="footnote", footnote_marker="*"),
        Block("Ghi chú a.", kind="footnote", footnote_marker="a"),
        Block("Ghi chú một.", kind="footnote", footnote_marker="1"),
    ]


def test_references_follow_joined_lines_and_bullets() -> None:
    doc = recognise(_blocks())
    section = doc.body[0]
    assert isinstance(section, Section)
    p = section.children[0]
    assert isinstance(p, Paragraph)
    assert p.text == "Kết quả thực hiện kế hoạch năm 2024 đạt yêu cầu."
    assert p.bullet == "-"
    assert p.footnote_refs == (FootnoteRef("*", 8), FootnoteRef("a", len("Kết quả thực hiện kế hoạch năm 2024")))
    assert [(f.marker, f.text) for f in doc.footnotes] == [("*", "Ghi chú sao."), ("a", "Ghi chú a."), ("1", "Ghi chú một.")]


def test_a_reference_in_a_heading_is_written_in() -> None:
    section = recognise(_blocks()).body[0]
    assert isinstance(section, Section)
    assert section.heading == "TÌNH HÌNH CHUNG[1]"


def test_footnote_blocks_after_the_signature_are_kept(seed_text: str) -> None:
    blocks, notes = text_blocks(seed_text)
    plain = recognise(blocks, notes=notes)
    doc = recognise([*blocks, Block("Ghi chú cuối trang.", kind="footnote", footnote_marker="7")], notes=notes)
    assert doc.footnotes == (*plain.footnotes, doc.footnotes[-1])
    assert (doc.footnotes[-1].marker, doc.footnotes[-1].text) == ("7", "Ghi chú cuối trang.")
    assert doc.signature == plain.signature and doc.recipients == plain.recipients
    assert not any("Ghi chú cuối trang" in n.message for n in doc.notes)
