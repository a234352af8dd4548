"""Whole documents of kinds and sources a probe had not read (OCR of a Thông tư's scan, a
HĐND nghị quyết kept as a web copy in code) read wrong: minimal reconstructions written
for these tests, each reproducing one way a real document was read wrong."""

from __future__ import annotations

import pytest

from vnadmin import text as vtext

# An older typed or scanned text writes the quyền hạn with a dot between its letters:
# "K.T BỘ TRƯỞNG" over the deputy's title and name.
DOTTED_AUTHORITY = """\
BỘ XÂY DỰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/2019/TT-BXD
Hà Nội, ngày 5 tháng 3 năm 2019
THÔNG TƯ
Hướng dẫn một số nội dung về quản lý vật liệu xây dựng
Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn quản lý vật liệu xây dựng.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực từ ngày 1 tháng 5 năm 2019./.
Nơi nhận:
- Các Bộ, cơ quan ngang Bộ;
- Công báo;
- Lưu: VT, PC.
{auth} BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn Sơn
"""


@pytest.mark.parametrize(("auth", "normal"), [("K.T", "KT."), ("T.L", "TL."), ("KT.", "KT.")])
def test_authority_with_a_dot_between_its_letters(auth: str, normal: str) -> None:
    doc = vtext.loads(DOTTED_AUTHORITY.format(auth=auth))
    sig = doc.signature
    assert sig is not None
    assert sig.authority == normal and sig.principal == "BỘ TRƯỞNG"
    assert sig.title == "THỨ TRƯỞNG" and sig.name == "Trần Văn Sơn"
    assert doc.recipients is not None and len(doc.recipients.items) == 3
    assert vtext.loads(vtext.dumps(doc)) == doc


def test_a_dotted_abbreviation_in_a_sentence_is_no_authority() -> None:
    # "T.M" starts no authority unless a space or a dot follows it and capitals come after.
    doc = vtext.loads(DOTTED_AUTHORITY.format(auth="K.T").replace("Trần Văn Sơn", "Trần Văn Sơn\nT.Minh ghi chú"))
    sig = doc.signature
    assert sig is not None and sig.authority == "KT." and sig.name == "Trần Văn Sơn"


# A web copy of a HĐND nghị quyết: no Nơi nhận, the signature column flattened into one
# line, title and name parted by spaces, nothing before the title.
FLAT_TITLE_AND_NAME = """\
HỘI ĐỒNG NHÂN DÂN TỈNH NINH THUẬN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
Số: 21/NQ-HĐND
Ninh Thuận, ngày 9 tháng 12 năm 2018
NGHỊ QUYẾT
VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2019
HỘI ĐỒNG NHÂN DÂN TỈNH NINH THUẬN KHÓA X, KỲ HỌP THỨ 6
Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;
QUYẾT NGHỊ:
Điều 1. Thông qua kế hoạch đầu tư công năm 2019.
Điều 2. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 8/12/2018./.
CHỦ TỊCH{gap}Phạm Văn Hậu
"""


@pytest.mark.parametrize("gap", ["     ", " "])
def test_title_and_name_on_the_last_line(gap: str) -> None:
    doc = vtext.loads(FLAT_TITLE_AND_NAME.format(gap=gap))
    sig = doc.signature
    assert sig is not None
    assert sig.title == "CHỦ TỊCH" and sig.name == "Phạm Văn Hậu"
    assert [s.label for s in doc.sections] == ["Điều 1", "Điều 2"]
    assert vtext.loads(vtext.dumps(doc)) == doc


def test_a_last_sentence_is_no_flattened_signature() -> None:
    # A body sentence that only opens with a capitalised word stays body text.
    text = FLAT_TITLE_AND_NAME.format(gap=" ").replace("CHỦ TỊCH Phạm Văn Hậu", "UBND tỉnh Ninh Thuận thực hiện")
    doc = vtext.loads(text)
    assert doc.signature is None or doc.signature.name != "tỉnh Ninh Thuận thực hiện"


# A company's decision: its council's short name over the organisation's on the next line,
# both the enacting authority, above "Căn cứ …".
COUNCIL_OVER_ORGANISATION = """\
TỔNG CÔNG TY CẤP NƯỚC VÀ MÔI TRƯỜNG ĐÔ THỊ HẢI PHÒNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/QĐ-HĐTV
Hà Nội, ngày 2 tháng 4 năm 2025
QUYẾT ĐỊNH
BAN HÀNH QUY CHẾ QUẢN LÝ NỢ CỦA TỔNG CÔNG TY
HỘI ĐỒNG THÀNH VIÊN
TỔNG CÔNG TY CẤP NƯỚC VÀ MÔI TRƯỜNG ĐÔ THỊ HẢI PHÒNG
Căn cứ Luật Doanh nghiệp số 59/2020/QH14;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý nợ.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. HỘI ĐỒNG THÀNH VIÊN
CHỦ TỊCH
Lê Văn Nam
"""


def test_council_name_over_its_organisation_is_the_authority() -> None:
    doc = vtext.loads(COUNCIL_OVER_ORGANISATION)
    assert doc.header.summary == "BAN HÀNH QUY CHẾ QUẢN LÝ NỢ CỦA TỔNG CÔNG TY"
    assert doc.preamble.authority == "HỘI ĐỒNG THÀNH VIÊN TỔNG CÔNG TY CẤP NƯỚC VÀ MÔI TRƯỜNG ĐÔ THỊ HẢI PHÒNG"
    assert vtext.loads(vtext.dumps(doc)) == doc


def test_long_capital_lines_before_the_bases_stay_the_summary() -> None:
    # A long first line is a summary's, not a council's name: it is not joined as before.
    text = COUNCIL_OVER_ORGANISATION.replace(
        "HỘI ĐỒNG THÀNH VIÊN\n", "HỘI ĐỒNG THÀNH VIÊN VÀ BAN KIỂM SOÁT CÔNG TY MẸ\n"
    )
    doc = vtext.loads(text)
    assert doc.preamble.authority == "TỔNG CÔNG TY CẤP NƯỚC VÀ MÔI TRƯỜNG ĐÔ THỊ HẢI PHÒNG"
