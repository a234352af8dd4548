"""Documents of other kinds and sources read wrong by a probe of unseen text (probe-kinds):
minimal reconstructions written for these tests, each reproducing one way a real document
was read wrong."""

from __future__ import annotations

import pytest

from vnadmin import text as vtext

# A PDF's text layer that dropped every hyphen: the symbol "QĐ-UBND" comes out "QĐUBND".
HYPHENLESS_SYMBOL = """\
ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 215/QĐUBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập  Tự do  Hạnh phúc
An Giang, ngày 3 tháng 4 năm 2020
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác.
"""


def test_symbol_whose_hyphen_was_dropped_is_split_after_its_type_code() -> None:
    doc = vtext.loads(HYPHENLESS_SYMBOL)
    n = doc.header.number
    assert n is not None
    assert str(n) == "215/QĐ-UBND"
    assert n.type_code == "QĐ"
    assert n.issuers == ("UBND",)
    assert n.written == "215/QĐUBND"  # the text as printed is kept
    assert doc.header.doc_type is not None and doc.header.doc_type.name == "Quyết định"


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("12/2019/NQHĐND", "12/2019/NQ-HĐND"),  # with a year: legal style
        ("45/KHUBND", "45/KH-UBND"),
    ],
)
def test_other_glued_type_codes_are_split(symbol: str, expected: str) -> None:
    doc = vtext.loads(HYPHENLESS_SYMBOL.replace("215/QĐUBND", symbol))
    assert str(doc.header.number) == expected


@pytest.mark.parametrize(
    "symbol",
    [
        "88/TCHQ",  # an issuer's own code that starts with a type code (TC): kept whole
        "88/TTCP",  # Thanh tra Chính phủ, not TT + CP
        "88/BCT",  # the rest after a type code ("T") is too short to be an issuer
    ],
)
def test_issuer_codes_that_start_with_a_type_code_stay_whole(symbol: str) -> None:
    doc = vtext.loads(HYPHENLESS_SYMBOL.replace("215/QĐUBND", symbol))
    n = doc.header.number
    assert n is not None
    assert str(n) == symbol
