"""The batch search's glue: the joined texts' citations handed back to each text.

``find_citations_where`` joins the texts, refuses an item that is no ``str`` only when the
join does (or when an item is empty), and ``_split`` looks a text's start up once for all
of its citations. These tests hold the glue to one search per text (the long way) on texts
that cite several times, in long runs of texts, with empty texts anywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from test_citations_properties import BATCH_PIECES
from vnadmin.citations import find_citations, find_citations_each
from vnadmin.citations.finder import find_citations_where

# Pieces that each hold a citation, so that a text of several of them cites several times.
_CITING = (
    "Quyết định số 833/QĐ-UBND ngày 29/7/2022 của UBND tỉnh",
    "Nghị định số 30/2020/NĐ-CP",
    "Luật Đất đai năm 2013",
    "khoản 2 Điều 5 Thông tư số 7/2020/TT-BTC của Bộ Tài chính",
    "Kế hoạch 399/KH-STTTT",
)


def _alone(texts: list[str]) -> list[tuple[int, list[object]]]:
    return [(i, found) for i, found in enumerate(map(find_citations, texts)) if found]


@given(
    st.lists(
        st.one_of(
            st.lists(st.sampled_from(_CITING), min_size=1, max_size=4).map("; ".join),
            st.lists(st.sampled_from((*BATCH_PIECES, "")), max_size=4).map(" ".join),
        ),
        min_size=2,
        max_size=30,
    )
)
def test_texts_citing_several_times_as_each_alone(texts: list[str]) -> None:
    """Each text's citations, however many, in the order of the texts: what one search
    per text finds (spans into the text itself, the text of each span)."""
    where = find_citations_where(texts)
    assert where == _alone(texts)
    for i, found in where:
        for c in found:
            assert texts[i][c.span[0] : c.span[1]] == c.text


def test_a_text_with_many_citations_between_texts_with_none() -> None:
    many = "; ".join(_CITING * 3)
    texts = ["Mở đầu.", many, "", "Không có gì.", many, "Kết thúc."]
    where = find_citations_where(texts)
    assert [i for i, _ in where] == [1, 4]
    assert where == _alone(texts)
    assert len(where[0][1]) == len(find_citations(many)) >= 15


@pytest.mark.parametrize("bad", [None, 0, 5, b"", b"05/QD-UBND", ["05/QĐ-UBND"], object()])
@pytest.mark.parametrize("at", [0, 1, 2])
def test_an_item_that_is_no_text_is_refused_wherever_it_stands(bad: object, at: int) -> None:
    """Among non-empty texts (the joined case), next to an empty one, or alone: the same
    error, naming the item's type."""
    for texts in (["Kế hoạch số 12/KH-UBND", "Luật Đất đai năm 2013"], ["", "Luật Đất đai năm 2013"], []):
        items: list[object] = list(texts)
        items.insert(min(at, len(items)), bad)
        with pytest.raises(TypeError, match=f"expects str items, not {type(bad).__name__}"):
            find_citations_where(items)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="expects str items"):
            find_citations_each(items)  # type: ignore[arg-type]


def test_corpus_paragraphs_split_as_each_alone(corpus_dir: Path) -> None:
    """Every paragraph of every corpus text at once, as each alone (cited texts next to
    each other, several citations in one text)."""
    several = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        paragraphs = path.read_text(encoding="utf-8", errors="replace").split("\n\n")
        where = find_citations_where(paragraphs)
        assert where == _alone(paragraphs), path.name
        several += sum(len(found) > 1 for _, found in where)
    assert several > 100
