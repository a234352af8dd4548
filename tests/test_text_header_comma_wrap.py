"""An issuing body's name wrapped after a comma beside the motto goes on in the next line
("CỤC ĐỔI MỚI SÁNG TẠO," / "CHUYỂN ĐỔI XANH VÀ" / "KHUYẾN CÔNG"), unless that line opens a
body's name of its own (OCR's comma after "TỔNG CỤC THUẾ," above "CỤC THUẾ TP HÀ NỘI")."""

from __future__ import annotations

import pytest

from vnadmin import text

_WRAPPED = """BỘ CÔNG THƯƠNG                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 CỤC ĐỔI MỚI SÁNG TẠO,                         Độc lập - Tự do - Hạnh phúc
  CHUYỂN ĐỔI XANH VÀ
     KHUYẾN CÔNG
     Số: 1178 /ĐCK-CTT                        Hà Nội, ngày 09 tháng 7 năm 2025
V/v hướng dẫn công tác quản lý

Kính gửi: Sở Công Thương tỉnh Lào Cai.

Cục hướng dẫn như sau.
"""


def test_a_name_cut_after_a_comma_goes_on() -> None:
    h = text.loads(_WRAPPED).header
    assert h.parent_body == "BỘ CÔNG THƯƠNG"
    assert h.issuing_body == "CỤC ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI XANH VÀ KHUYẾN CÔNG"
    assert str(h.number) == "1178/ĐCK-CTT"


@pytest.mark.parametrize(
    ("first", "second", "parent", "issuing"),
    [
        ("TỔNG CỤC THUẾ,", "CỤC THUẾ TP HÀ NỘI", "TỔNG CỤC THUẾ,", "CỤC THUẾ TP HÀ NỘI"),
        ("UBND TỈNH LÀO CAI,", "SỞ TÀI CHÍNH", "UBND TỈNH LÀO CAI,", "SỞ TÀI CHÍNH"),
        ("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "CỤC ĐỔI MỚI SÁNG TẠO,", "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "CỤC ĐỔI MỚI SÁNG TẠO,"),
    ],
)
def test_a_comma_before_a_body_of_its_own_ends_the_name(first: str, second: str, parent: str, issuing: str) -> None:
    source = (
        f"{first}                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"{second}                  Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12/BC-TC                  Lào Cai, ngày 09 tháng 7 năm 2025\n"
        "\nBÁO CÁO\nKết quả công tác\n\nNội dung báo cáo.\n"
    )
    h = text.loads(source).header
    assert (h.parent_body, h.issuing_body) == (parent, issuing)
