"""A symbol cut by the end of a line inside it: after a "/" as after a "-"."""

from __future__ import annotations

import pytest

from vnadmin import find_citations


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Nghị định số 30/2020/\nNĐ-CP ngày 05/3/2020", "30/2020/NĐ-CP"),
        ("Quyết định số 05/\nQĐ-UBND ngày 1/2/2020", "05/QĐ-UBND"),
        ("Nghị định số 30/\n2020/NĐ-CP", "30/2020/NĐ-CP"),
        ("Chỉ thị số 05-CT/\nTW", "05-CT/TW"),
    ],
)
def test_symbol_cut_after_a_slash(text: str, number: str) -> None:
    """A line may end right after a "/" inside a symbol, as it may after a "-"."""
    (c,) = find_citations(text)
    assert str(c.number) == number
    assert c.span == (0, len(text)) and c.text == text


def test_text_reader_joins_a_symbol_cut_after_a_slash() -> None:
    from vnadmin import text as vtext

    doc = vtext.loads(
        "Số: 01/BC-UBND\n\nBÁO CÁO\nKết quả năm 2025\n\nThực hiện Nghị định số 30/2020/\n"
        "NĐ-CP ngày 05/3/2020 của Chính phủ, Sở báo cáo.\n\nTheo Quyết định số 05/\nQĐ-UBND ngày 1/2/2020.\n"
    )
    got = [(p.text, [str(c.number) for c in p.citations]) for p in doc.paragraphs()]
    assert got == [
        ("Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, Sở báo cáo.", ["30/2020/NĐ-CP"]),
        ("Theo Quyết định số 05/QĐ-UBND ngày 1/2/2020.", ["05/QĐ-UBND"]),
    ]
    # a date or a pair of words with a slash at the line end is no symbol
    other = vtext.loads("Số: 01/BC-UBND\n\nBÁO CÁO\nKết quả\n\nTừ ngày 05/\n3/2020 các Sở/\nBan đã thực hiện.\n")
    assert [p.text for p in other.paragraphs()] == ["Từ ngày 05/ 3/2020 các Sở/ Ban đã thực hiện."]
