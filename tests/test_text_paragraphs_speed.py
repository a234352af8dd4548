"""Lines → paragraphs: the shortcuts of this speed round give what the long way gives
(the layout judgement, the merge of neighbouring units, the joining rule's first tests)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from vnadmin.model.origin import Origin
from vnadmin.text.blocks import Block
from vnadmin.text.recogniser import paragraphs as PP

_O = Origin(line=1)


# -- _starts_indented: texts with no line indented by two or more ---------------------------
def _starts_indented_reference(blocks: list[Block]) -> bool:
    """_starts_indented as written before: every pair of lines read, no first pass."""
    starts = indented = runs = flush = 0
    before: Block | None = None
    for b in blocks:
        if b.kind != "line" or not b.text:
            before = None
            continue
        if before is not None and not b.blank_before and b.column is None and before.column is None:
            last = before.text[-1]
            if last == ".":
                starts += 1
                indented += b.indent >= 2
            elif last.isalpha():
                runs += 1
                flush += b.indent <= 1
            if starts >= 40 and runs >= 40:
                break
        before = b
    return starts >= 5 and runs >= 5 and indented >= 0.7 * starts and flush >= 0.7 * runs


_LAYOUT_LINES = st.lists(
    st.tuples(
        st.sampled_from(["Một câu.", "một dòng", "Dòng tiếp", "x", "1.", "- ý;", "KẾT LUẬN", "ngày 1."]),
        st.sampled_from([0, 0, 0, 1, 2, 3, 6]),
        st.booleans(),
        st.sampled_from([None, None, None, 0]),
        st.sampled_from(["line"] * 8 + ["page-break"]),
    ),
    max_size=60,
)


@given(_LAYOUT_LINES)
def test_starts_indented_is_the_long_way(rows: list[tuple[str, int, bool, int | None, str]]) -> None:
    blocks = [
        Block(text, Origin(line=n + 1), blank, indent, column=column, kind=kind)
        for n, (text, indent, blank, column, kind) in enumerate(rows)
    ]
    assert PP._starts_indented(blocks) == _starts_indented_reference(blocks)


def test_starts_indented_on_a_layout_text_and_the_corpus(corpus_dir: Path) -> None:
    from vnadmin.text.lines import text_blocks

    layout = "\n".join(["   Đoạn một bắt đầu thụt vào", "và chạy tiếp ở lề trái."] * 8)
    blocks = text_blocks(layout)[0]
    assert PP._starts_indented(blocks) is True
    assert _starts_indented_reference(blocks) is True
    seen = set()
    for path in sorted(corpus_dir.glob("*.txt")):
        blocks = [b for b in text_blocks(path.read_text(encoding="utf-8"))[0] if b.text or b.kind == "page-break"]
        got = PP._starts_indented(blocks)
        assert got == _starts_indented_reference(blocks), path.name
        seen.add(got)
    assert seen == {True, False}  # the corpus holds texts of both layouts
