"""The citation finder's quick readings give what the long ways give, or decline.

``_fast_before`` (what stands left of a number) must answer exactly as ``_read_before``
wherever it answers (``None`` sends the number the long way), and ``_quick_issuer`` exactly
as ``_read_issuer_at`` (``_MORE`` sends the issuer the long way). A differential search over
real prose and generated text found the cases below, where the quick reading answered
differently and ``find_citations`` returned something the long way would not have:

- a "số" after a slash ("CÔNG BÁO/Số 302/QĐ-TTg"): the quick reading took the word as
  another number's token and left the number bare; the long way's tokens read the "Số";
- a type phrase whose first word has a mark glued inside the chunk ('Báo cáo,“Pháp lệnh',
  or "“Pháp lệnh" with markdown "*" in the window): the quick reading fell back on the
  one-word type "Lệnh"; the long way's tokens read "Pháp lệnh";
- a pin word glued after a mark that is no opening bracket or quote ("quy định:điểm đ Báo
  cáo số …", "-Điều 5 Thông tư số …"): the quick reading dropped the pinpoint;
- a pin word cut by the quick reading's window, two words before a long type phrase after
  a run of spaces ("điểm a            Thông tư liên tịch số …"): the pinpoint was dropped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin.citations import find_citations, finder
from vnadmin.citations.grammar import scan_numbers
from vnadmin.citations.view import matching_view
from vnadmin.unicode import ascii_fold

_VOC = finder.vocabulary()


def _before_disagreements(view: str) -> tuple[int, list[tuple[int, object, object]]]:
    """(how many numbers the quick reading answered, the ones where it differs from the
    long way: (start, quick, long))."""
    answered = 0
    out: list[tuple[int, object, object]] = []
    for m in scan_numbers(view):
        quick = finder._fast_before(view, m.start(), _VOC)
        if quick is None:
            continue
        answered += 1
        long = finder._read_before(view, m.start(), _VOC)
        if quick != (finder._HEADER if long is None else long):
            out.append((m.start(), quick, long))
    return answered, out


def _issuer_disagreements(view: str, starts: list[int]) -> tuple[int, list[tuple[int, object, object]]]:
    answered = 0
    out: list[tuple[int, object, object]] = []
    for at in starts:
        quick = finder._quick_issuer(view, at, _VOC)
        if quick is finder._MORE:
            continue
        answered += 1
        long = finder._read_issuer_at(view, at, _VOC)
        if quick != long:
            out.append((at, quick, long))
    return answered, out


def _word_starts(view: str) -> list[int]:
    return [i for i, ch in enumerate(view) if not ch.isspace() and (i == 0 or view[i - 1].isspace())]


@pytest.mark.parametrize(
    ("text", "cited", "type_name", "pinpoint"),
    [
        # "số" after a slash
        ("CÔNG BÁO/Số 302/QĐ-TTg ngày 02/6/2026", "Số 302/QĐ-TTg ngày 02/6/2026", "Quyết định", None),
        ("xem Hồ sơ/số 12/QĐ-UBND của UBND tỉnh", "số 12/QĐ-UBND của UBND tỉnh", "Quyết định", None),
        # a longer type phrase behind a glued mark
        ("*Căn cứ* “Pháp lệnh số 02/2011/UBTVQH12", "Pháp lệnh số 02/2011/UBTVQH12", "Pháp lệnh", None),
        (
            "theo quy định tại Báo cáo,“Pháp lệnh 02/2011/UBTVQH12",
            "Pháp lệnh 02/2011/UBTVQH12",
            "Pháp lệnh",
            None,
        ),
        # a pin word glued after a mark
        ("theo quy định:điểm đ Báo cáo số 12/BC-UBND", "điểm đ Báo cáo số 12/BC-UBND", "Báo cáo", "điểm đ"),
        (
            "thực hiện theo -Điều 5 Thông tư số 01/2011/TT-BNV",
            "Điều 5 Thông tư số 01/2011/TT-BNV",
            "Thông tư",
            "Điều 5",
        ),
        (
            "được sửa đổi tại.Khoản 2 Nghị định số 30/2020/NĐ-CP",
            "Khoản 2 Nghị định số 30/2020/NĐ-CP",
            "Nghị định",
            "khoản 2",
        ),
        (
            "áp dụng theo quy định/Điều 3 Quyết định số 05/QĐ-UBND",
            "Điều 3 Quyết định số 05/QĐ-UBND",
            "Quyết định",
            "Điều 3",
        ),
    ],
)
def test_quick_reading_gives_the_long_ways_citation(
    text: str, cited: str, type_name: str, pinpoint: str | None
) -> None:
    (c,) = find_citations(text)
    assert c.text == cited and text[c.span[0] : c.span[1]] == cited
    assert c.doc_type is not None and c.doc_type.name == type_name
    assert (None if c.pinpoint is None else str(c.pinpoint)) == pinpoint
    assert _before_disagreements(text)[1] == []


@pytest.mark.parametrize("indent", [" " * 12, " " * 15, "\n" + " " * 12, "\n" + " " * 14])
@pytest.mark.parametrize(
    ("head", "cited_from", "pinpoint"),
    [
        ("được hướng dẫn tại điểm đ khoản 1", "điểm đ", "điểm đ khoản 1"),
        ("thực hiện theo điểm a", "điểm a", "điểm a"),
        ("quy định tại Điều 5", "Điều 5", "Điều 5"),
    ],
)
def test_pinpoint_before_a_wide_gap_is_kept(indent: str, head: str, cited_from: str, pinpoint: str) -> None:
    """A pinpoint, then a run of spaces (pdftotext -layout, an indented line), then a type
    phrase of three or four words: the quick reading's window cut the pin word ("…m a"), read
    no pinpoint and dropped it; it now leaves the number to the long way, which keeps it."""
    tail = "Thông tư liên tịch số 12/2015/TTLT-BTC-BNV"
    text = head + indent + tail
    (c,) = find_citations(text)
    assert c.text == text[text.index(cited_from) :]
    assert c.pinpoint is not None and str(c.pinpoint) == pinpoint
    assert _before_disagreements(text)[1] == []


def test_the_gazette_page_line_number_is_no_citation() -> None:
    """'CÔNG BÁO/Số 302/Ngày …' (a gazette page's running head): the quick and the long
    reading once differed before "302/Ngày", but the number is dropped before either
    reading (its symbol is a word), and it is still no citation."""
    text = "CÔNG BÁO/Số 302/Ngày 02-06-2026 \n70\n"
    assert find_citations(text) == []
    assert _before_disagreements(text)[1] == []


# Fragments of citations and the prose around them: type words in any case and without
# their tone marks (OCR), "số" as written and as OCR leaves it, pin words and labels,
# brackets, quotes, glued marks, "và", "của", markdown "*" and "_", numbers, dates, issuers,
# line breaks.
_TYPES = [
    "Quyết định",
    "Nghị định",
    "Thông tư",
    "Luật",
    "Bộ luật",
    "Nghị quyết",
    "Công văn",
    "Kế hoạch",
    "Chỉ thị",
    "Hướng dẫn",
    "Báo cáo",
    "Tờ trình",
    "Thông tư liên tịch",
    "Pháp lệnh",
    "Văn bản",
    "Lệnh",
]
_CASED = [v for t in _TYPES for v in (t, t.lower(), t.upper(), ascii_fold(t))]
_GLUED = [
    m + t
    for t in ("Quyết định", "Pháp lệnh", "Thông tư", "Điều 5", "khoản 2", "điểm a")
    for m in "([“\"'«*_:-./,"
]
_FRAGMENTS = [
    *_CASED, *_GLUED,
    "số", "Số", "SỐ", "số:", "Số:", "so", "So", "sô", "SO", "sổ", "Hồ sơ/số", "BÁO/Số", "A/Số", "Báo cáo,“Pháp",
    "Điều 5", "ĐIỀU 5", "Điều 39a", "khoản 2", "Khoản 2", "điểm a", "điểm đ", "Điều", "khoản", "điểm", "a", "1", "2,",
    "(", ")", "[", "]", "“", "”", "\"", "'", "«", ",", ";", ".", ":", "-", "–", "/", "...",
    "và", "của", "các", "theo", "tại", "căn cứ", "kèm theo", "về", "này", "giữa", "quy định",
    "*", "**", "_", "\n", "\n\n", "  ",
    "05/QĐ-UBND", "30/2020/NĐ-CP", "12/2015/TTLT-BTC-BNV", "05-CT/TW", "64/2025/QH15", "12/CV", "1/A", "29/7/2022",
    "2021-2025", "TT-BTC", "ngày 29/7/2022", "ngày 29 tháng 7 năm 2022", "năm 2015",
    "UBND tỉnh", "Thủ tướng Chính phủ", "Bộ Tài chính", "Bộ trưởng Bộ Tài chính", "Ban Bí thư", "tỉnh Quảng Ngãi",
    "Quản lý thuế", "Tổ chức chính quyền địa phương", "thẩm tra", "pháp luật", "CÔNG BÁO", "Luật số",
]  # fmt: skip
_NUMBERS = [
    "05/QĐ-UBND",
    "833/QĐ-UBND",
    "30/2020/NĐ-CP",
    "64/2025/QH15",
    "12/CV",
    "05-CT/TW",
    "02/HD-SNV",
    "12/KH",
]
_SEPARATORS = [
    " ",
    " ",
    " ",
    "",
    "\n",
    "  ",
    " * ",
    " " * 12,
    "\n" + " " * 10,
]  # (wide gaps: an indented line)

_pieces = st.lists(st.tuples(st.sampled_from(_FRAGMENTS), st.sampled_from(_SEPARATORS)), max_size=14)


@st.composite
def _prose(draw: st.DrawFn) -> str:
    before = "".join(f + s for f, s in draw(_pieces))
    after = "".join(
        f + s
        for f, s in draw(
            st.lists(st.tuples(st.sampled_from(_FRAGMENTS), st.sampled_from(_SEPARATORS)), max_size=4)
        )
    )
    return before + draw(st.sampled_from(_NUMBERS)) + draw(st.sampled_from(_SEPARATORS)) + after


@given(_prose())
def test_quick_reading_before_a_number_agrees_with_the_long_way(text: str) -> None:
    assert _before_disagreements(text)[1] == []


@given(_prose())
def test_quick_issuer_agrees_with_the_long_way(text: str) -> None:
    assert _issuer_disagreements(text, _word_starts(text))[1] == []


def test_quick_readings_agree_on_real_prose(corpus_dir: Path) -> None:
    """Every corpus text, whole and paragraph by paragraph as the text reader gives them:
    the quick readings answer as the long ways wherever they answer."""
    import attrs

    from vnadmin import text as vtext

    def strings(obj: object, out: list[str]) -> None:
        if isinstance(obj, str):
            out.append(obj)
        elif attrs.has(type(obj)):
            for field in attrs.fields(type(obj)):
                if field.name not in ("origin", "notes"):
                    strings(getattr(obj, field.name), out)
        elif isinstance(obj, tuple):
            for item in obj:
                strings(item, out)

    seen: set[str] = set()
    answered = issuers = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        texts = [raw]
        strings(vtext.loads(raw), texts)
        for s in texts:
            if s in seen or ("/" not in s and "của" not in s):
                continue
            seen.add(s)
            view, _ = matching_view(s)
            n, differ = _before_disagreements(view)
            assert differ == [], (path.name, differ)
            answered += n
            starts = [m.end() for m in finder._OF_RE.finditer(view)]
            n, differ = _issuer_disagreements(view, starts)
            assert differ == [], (path.name, differ)
            issuers += n
    assert answered > 1000 and issuers > 1000
