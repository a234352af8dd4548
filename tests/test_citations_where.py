"""find_citations_where: the texts that cite something, with their citations, read at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from test_citations_properties import BATCH_PIECES
from vnadmin.citations import find_citations, find_citations_each
from vnadmin.citations import finder as F
from vnadmin.citations.finder import find_citations_where
from vnadmin.citations.view import MARK_RE


def _alone(texts: list[str]) -> list[tuple[int, list[object]]]:
    """What find_citations_where gives, from one search per text."""
    return [(i, found) for i, found in enumerate(map(find_citations, texts)) if found]


# the batch-reading pieces (citations, bare numbers, prose that ends or starts where the
# separator falls), and an empty text
_PIECES = (*BATCH_PIECES, "")


@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=5).map(" ".join), max_size=8))
def test_where_is_each_text_alone(texts: list[str]) -> None:
    """The (index, citations) of each text that cites something, in order: the same as
    one search per text, and as find_citations_each without its empty lists."""
    where = find_citations_where(texts)
    assert where == _alone(texts)
    assert where == [(i, found) for i, found in enumerate(find_citations_each(texts)) if found]


def test_where_edge_cases() -> None:
    assert find_citations_where([]) == []
    assert find_citations_where(["", "   "]) == []
    one = "Theo Kế hoạch số 12/KH-UBND"
    assert find_citations_where(["", one, ""]) == [(1, find_citations(one))]
    assert find_citations_where((one, one)) == [(0, find_citations(one)), (1, find_citations(one))]
    with pytest.raises(TypeError):
        find_citations_where(["ok", b"bytes"])  # type: ignore[list-item]


def test_where_reads_again_a_text_whose_citation_crosses(monkeypatch: pytest.MonkeyPatch) -> None:
    """A citation that would run into the next text (here through a separator that stops
    nothing) sends its text to be read alone; the texts stay in order of their index."""
    monkeypatch.setattr(F, "_SEPARATOR", " ")
    texts = ["Quyết định số 5/QĐ-UBND của", "Ủy ban nhân dân tỉnh Lào Cai", "Thông tư số 7/2020/TT-BTC"]
    joined, _ = F._drafts(" ".join(texts))
    assert joined[0].span[1] > len(texts[0])  # the issuer is read from the next text
    where = find_citations_where(texts)
    assert where == [(0, find_citations(texts[0])), (2, find_citations(texts[2]))]
    assert where[0][1][0].issuer is None


def test_corpus_paragraphs_where_as_each_alone(corpus_dir: Path) -> None:
    found = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for paragraphs in (text.split("\n\n"), text.split("\n")):
            where = find_citations_where(paragraphs)
            assert where == _alone(paragraphs), path.name
            found += sum(len(f) for _, f in where)
    assert found > 500


_PLAIN_PIECES = tuple(p for p in _PIECES if MARK_RE.search(p) is None)


@given(st.lists(st.lists(st.sampled_from(_PLAIN_PIECES), max_size=5).map(" ".join), max_size=8))
def test_where_without_marks_is_the_same(texts: list[str]) -> None:
    """Texts that hold no combining mark are their own matching view: told so, the
    search skips the passes for tone marks and finds the same."""
    assert find_citations_where(texts, combining=False) == find_citations_where(texts)


def test_where_without_marks_matches_the_text_as_given() -> None:
    """Told wrongly that there is no mark, the search reads the decomposed text as it is
    (the caller's promise is what makes the two agree)."""
    texts = ["Quye\u0301t đi\u0323nh so\u0302\u0301 7/QĐ-TTg", "Luật Đất đai năm 2013"]
    (_, [composed]), law = find_citations_where(texts)
    (_, [as_given]), law_as_given = find_citations_where(texts, combining=False)
    assert composed.text == texts[0] and composed.type_written is not None
    assert as_given.text == "7/QĐ-TTg" and as_given.type_written is None  # "số" not read
    assert law == law_as_given


def test_corpus_paragraphs_without_marks_as_given(corpus_dir: Path) -> None:
    compared = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if MARK_RE.search(text) is not None:
            continue
        paragraphs = text.split("\n\n")
        assert find_citations_where(paragraphs, combining=False) == find_citations_where(paragraphs), path.name
        compared += 1
    assert compared > 100
