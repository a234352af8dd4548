"""Where the finder's readings stop: a law's date word at the edge of its window, and the
texts a batch reading takes (empty ones, items that are no text)."""

from __future__ import annotations

import pytest

from vnadmin import find_citations
from vnadmin.citations import find_citations_each
from vnadmin.citations.finder import _LAW_WINDOW

_LAW_WORDS = ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp")


@pytest.mark.parametrize("word", _LAW_WORDS)
@pytest.mark.parametrize("at", range(_LAW_WINDOW - 8, _LAW_WINDOW + 5))
def test_a_law_is_cited_by_name_only_with_its_year_inside_the_window(word: str, at: int) -> None:
    """A law's name and its year ("năm" and the year's first digit) must lie inside the
    window read after the law word, whichever law word it is: the search for law words
    asks for a date word a little further on ("Bộ luật" is found by its "luật"), and the
    reading of the name decides."""
    name = f"{word} Tổ chức " + "x" * (at - len(word) - len(" Tổ chức ") - 1)
    text = f"Căn cứ {name} năm 2013 và các văn bản khác."
    pos = text.index(word)
    assert text.index(" năm 2013") + 1 - pos == at
    laws = [c for c in find_citations(text) if c.number is None]
    if at + len("năm 2") <= _LAW_WINDOW:
        [law] = laws
        assert law.span[0] == pos and law.date_written == "năm 2013" and law.name == name
    else:
        assert laws == []


def test_a_batch_reading_skips_empty_texts_anywhere() -> None:
    texts = ["", "Theo Kế hoạch số 12/KH-UBND", "", "", "Luật Đất đai năm 2013", "khác", ""]
    assert find_citations_each(texts) == [find_citations(t) for t in texts]
    assert find_citations_each(tuple(texts)) == [find_citations(t) for t in texts]


@pytest.mark.parametrize("bad", [None, 0, b"", b"05/QD-UBND", ["05/QĐ-UBND"]])
def test_a_batch_reading_refuses_an_item_that_is_no_text(bad: object) -> None:
    """Even an empty or false item that is no ``str`` is refused, wherever it stands."""
    for texts in ([bad], ["Kế hoạch số 12/KH-UBND", bad], [bad, ""]):
        with pytest.raises(TypeError, match="expects str items"):
            find_citations_each(texts)  # type: ignore[arg-type]
