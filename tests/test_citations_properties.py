"""Property tests: parse/format round trip, and find_citations on generated prose finds
exactly the citations embedded in it, with exact spans."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnadmin import Citation, DocumentNumber, check_number, find_citations, parse_number
from vnadmin.citations import NUMBER_RE, find_citations_each, scan_numbers
from vnadmin.testing import strategies as vst

# Sentences around citations: none of them holds a number/symbol, a type word next to a
# number, or a capitalised word right after a citation (that would extend an issuer's name).
_OPENERS = (
    "Căn cứ",
    "Thực hiện",
    "Theo",
    "Sở đã triển khai kế hoạch tuyên truyền; căn cứ",
    "Trong giai đoạn 2021-2025, ngày 01/3/2025, theo",
    "(theo",
)
_CLOSERS = (
    ";",
    ".",
    " về việc tổ chức thực hiện.",
    ", các cơ quan, đơn vị triển khai thực hiện.",
    ") đã được triển khai.",
    "\n\nNơi nhận:",
)


@given(vst.document_numbers(blank=True))
def test_parse_format_round_trip(number: DocumentNumber) -> None:
    parsed = parse_number(str(number))
    assert parsed == number
    assert str(parsed) == str(number)
    assert parsed.written == str(number)


@given(vst.document_numbers())
def test_generated_numbers_have_no_format_errors(number: DocumentNumber) -> None:
    errors = [f for f in check_number(number) if f.severity == "error"]
    assert errors == []


@given(vst.document_numbers(), st.sampled_from(("Số: ", "Số:", "số ", "")), st.sampled_from(("", ".", ";", ")")))
def test_parse_accepts_prefix_and_trailing_punctuation(number: DocumentNumber, prefix: str, tail: str) -> None:
    if number.style == "party" and prefix.startswith("Số:"):
        prefix = "Số "
    assert parse_number(f"{prefix}{number}{tail}") == number


@given(st.lists(vst.citations(), min_size=1, max_size=4), st.data())
def test_find_exactly_the_embedded_citations(cited: list[Citation], data: st.DataObject) -> None:
    parts: list[str] = []
    expected: list[Citation] = []
    offset = 0
    for c in cited:
        opener = data.draw(st.sampled_from(_OPENERS)) + " "
        closer = data.draw(st.sampled_from(_CLOSERS)) + " "
        offset += len(opener)
        expected.append(c.shifted(offset))
        offset += len(c.text) + len(closer)
        parts.extend((opener, c.text, closer))
    text = "".join(parts)
    found = find_citations(text)
    assert found == expected
    for c in found:
        assert text[c.start : c.end] == c.text


@given(st.text(alphabet="0123456789/-– ABCĐQHTNUVWđqhtn&.,:;()\n\xa0", max_size=80))
def test_scanner_agrees_with_the_regex(text: str) -> None:
    assert [m.span() for m in scan_numbers(text)] == [m.span() for m in NUMBER_RE.finditer(text)]


@pytest.mark.parametrize("text", ["0–A0/A", "x 12-QH15/TW y", "A0\xa0/A", "A0 /A", "05-CT/TW", "0-A&0/A", "A0-A /A"])
def test_scanner_agrees_on_codes_ending_in_digits(text: str) -> None:
    """Cases the property found: a Party type code that ends in a digit ("05-A0/TW") or holds
    "&", a no-break space after a digit before "/" (no blank number, as after a space), and a
    blank number right after what looks like the end of a Party code ("A0-A /A")."""
    assert [m.span() for m in scan_numbers(text)] == [m.span() for m in NUMBER_RE.finditer(text)]


@given(st.text(alphabet="0123456789/-– ABCĐQHTNUVđqhtnSốsố:&.,;()\n", max_size=60))
def test_finder_never_fails_on_noise(text: str) -> None:
    for c in find_citations(text):
        assert text[c.start : c.end] == c.text
        if c.number is not None:
            assert parse_number(str(c.number)) == c.number


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("aĐễ1 ,;(*_&-\n\u0301.")), max_size=60))
def test_window_tokens_equal_the_word_pattern(text: str) -> None:
    """The finder's tokeniser (white space first, then the pattern only where needed) cuts
    a window exactly as the word pattern would."""
    from vnadmin.citations.finder import _WORD_RE, _Toks

    assert _Toks(text, 0, len(text)).text == _WORD_RE.findall(text)


# Pieces texts are built from for the batch reading: citations, bare numbers and prose that
# ends or starts where the separator between texts falls.
BATCH_PIECES = (
    "Quyết định số 833/QĐ-UBND ngày 29/7/2022 của UBND tỉnh",
    "số 128/QĐ-UBND",
    "05/QĐ-UBND",
    "Số: 12/BC-UBND",
    "Căn cứ Luật Đất đai năm 2013",
    "khoản 2 Điều 5",
    "Nghị định",
    "của Bộ Tài chính",
    "ngày 1/2/2024",
    "Luật Tổ chức Chính phủ",
    "năm 2015;",
    ", ",
    "và",
    "\n",
    "Quye\u0301t đi\u0323nh so\u0302\u0301 7/QĐ-TTg",
)


@given(st.lists(st.lists(st.sampled_from(BATCH_PIECES), max_size=6).map(" ".join), max_size=8))
def test_many_texts_read_at_once_as_each_alone(texts: list[str]) -> None:
    """find_citations_each gives what find_citations gives for each text alone, whatever
    stands at the ends of the texts (the separator between them stops every reading)."""
    assert find_citations_each(texts) == [find_citations(t) for t in texts]


def test_many_texts_edge_cases() -> None:
    assert find_citations_each([]) == []
    assert find_citations_each(["", "   "]) == [[], []]
    one = "Theo Kế hoạch số 12/KH-UBND"
    assert find_citations_each(["", one, ""]) == [[], find_citations(one), []]
    with pytest.raises(TypeError):
        find_citations_each(["ok", b"bytes"])  # type: ignore[list-item]
