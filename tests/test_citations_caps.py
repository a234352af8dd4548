"""Issuers of citations: in capitals, a function word ends the name ("… CỦA HỘI ĐỒNG NHÂN
DÂN TỈNH VỀ QUY ĐỊNH …") as its lower-case form does in prose; a joint document's after "giữa"."""

from __future__ import annotations

import pytest

from vnadmin import find_citations
from vnadmin.citations.vocab import vocabulary
from vnadmin.unicode import fold


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "NGHỊ QUYẾT SỐ 41/2022/NQ-HĐND NGÀY 09/12/2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ QUY ĐỊNH CƠ CHẾ",
            "HỘI ĐỒNG NHÂN DÂN TỈNH",
        ),
        ("CHỈ THỊ SỐ 37-CT/TW NGÀY 03/9/2019 CỦA BAN\nBÍ THƯ VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO", "BAN BÍ THƯ"),
        ("QUYẾT ĐỊNH SỐ 12/QĐ-BTC CỦA BỘ TÀI CHÍNH VỀ VIỆC BAN HÀNH", "BỘ TÀI CHÍNH"),
        ("QUYẾT ĐỊNH SỐ 12/QĐ-SNV CỦA SỞ NỘI VỤ TỈNH QUẢNG NAM TẠI HỘI NGHỊ", "SỞ NỘI VỤ TỈNH QUẢNG NAM"),
        # names that hold such words stay whole
        ("công văn số 36/CT-TTr ngày 15/02/2017 của Cục Thuế TP Cần Thơ", "Cục Thuế TP Cần Thơ"),
        ("CÔNG VĂN SỐ 36/CT-TTr CỦA CỤC THUẾ THÀNH PHỐ CẦN THƠ", "CỤC THUẾ THÀNH PHỐ CẦN THƠ"),
        ("Quyết định số 05/QĐ-UBND của UBND huyện Như Xuân về việc", "UBND huyện Như Xuân"),
        (
            "theo Công văn số 1/SKHCN-VP của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
            "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
        ),
    ],
)
def test_issuer_in_capitals(text: str, issuer: str) -> None:
    (c,) = find_citations(text)
    assert c.issuer == issuer


def test_caps_stops_are_stops() -> None:
    voc = vocabulary()
    assert voc.caps_stops < voc.stops
    assert fold("về") in voc.caps_stops and fold("cần") not in voc.caps_stops


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Căn cứ Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV ngày 28/01/2011 giữa Văn phòng Chính phủ và Bộ Nội vụ;",
            "Văn phòng Chính phủ và Bộ Nội vụ",
        ),
        ("Thông tư liên tịch số 12/2015/TTLT-BTC-BNV giữa Bộ Tài chính và Bộ Nội vụ hướng dẫn", "Bộ Tài chính và Bộ Nội vụ"),
        ("Quyết định số 05/QĐ-UBND giữa năm 2020", None),  # only a joint document's issuers follow "giữa"
    ],
)
def test_joint_issuers_after_giua(text: str, issuer: str | None) -> None:
    (c,) = find_citations(text)
    assert c.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        (
            "theo Quyết định số 1234/QĐ-BTC ngày 05/6/2020 và Quyết định số 567/QĐ-BTC ngày 07/7/2021 của Bộ Tài chính",
            ["Bộ Tài chính", "Bộ Tài chính"],
        ),
        ("Quyết định số 1/QĐ-UBND ngày 1/2/2020, Quyết định số 2/QĐ-UBND của UBND tỉnh", ["UBND tỉnh", "UBND tỉnh"]),
        # other issuers in the symbols, a sentence between, or another type: no sharing
        ("Quyết định số 1/QĐ-BTC, Quyết định số 2/QĐ-UBND của UBND tỉnh", [None, "UBND tỉnh"]),
        ("Quyết định số 1/QĐ-BTC. Quyết định số 2/QĐ-BTC của Bộ Tài chính", [None, "Bộ Tài chính"]),
        ("Công văn số 1/BTC-TCT và Quyết định số 2/QĐ-BTC của Bộ Tài chính", [None, "Bộ Tài chính"]),
    ],
)
def test_issuer_shared_by_a_list_that_repeats_its_type_word(text: str, issuers: list[str | None]) -> None:
    assert [c.issuer for c in find_citations(text)] == issuers
