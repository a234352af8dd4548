"""Whole documents of kinds the project had not read (Party documents, resolutions and
notices of state bodies, bad scans) read wrong by a probe: minimal reconstructions written
for these tests, each reproducing one way a real document was read wrong."""

from __future__ import annotations

from vnadmin import text as vtext

# A Party công văn as a PDF's text layer lays it out: the trích yếu in lower case under
# the number (no "V/v"), then "Kính gửi:" with its first item on the label's line.
PARTY_CONG_VAN = """\
     ĐẢNG BỘ TỈNH HÀ GIANG                 ĐẢNG CỘNG SẢN VIỆT NAM
 ĐẢNG ỦY CÁC CƠ QUAN TỈNH
                                           Hà Giang, ngày 12 tháng 3 năm 2026
               *
         Số 118 -CV/ĐU
về việc góp ý dự thảo quy chế làm việc
của Ban Chấp hành Đảng bộ


                  Kính gửi: - Các chi bộ trực thuộc,
                            - Các đảng bộ cơ sở.


         Ban Thường vụ Đảng ủy đề nghị các chi bộ góp ý dự thảo quy chế.
Nơi nhận:                                    T/M BAN THƯỜNG VỤ
- Như trên;                                       BÍ THƯ
- Lưu Văn phòng Đảng ủy.

                                                Trần Văn An
"""


def test_party_cong_van_summary_in_lower_case_under_the_number() -> None:
    doc = vtext.loads(PARTY_CONG_VAN)
    h = doc.header
    assert str(h.number) == "118-CV/ĐU"
    assert h.doc_type is not None
    assert (h.doc_type.name, h.doc_type.code, h.doc_type.system) == ("Công văn", "CV", "party")
    assert h.summary == "về việc góp ý dự thảo quy chế làm việc của Ban Chấp hành Đảng bộ"
    assert doc.addressees is not None
    assert [r.text for r in doc.addressees.items] == ["Các chi bộ trực thuộc,", "Các đảng bộ cơ sở."]
    assert doc.signature is not None
    assert (doc.signature.authority, doc.signature.authority_as_written) == ("TM.", "T/M")
    assert doc.signature.name == "Trần Văn An"
    assert doc.body and "góp ý dự thảo quy chế" in vtext.dumps(doc)
    assert vtext.loads(vtext.dumps(doc)) == doc


def test_lower_case_line_under_a_party_resolution_number_is_no_summary_label() -> None:
    # Only a Party công văn prints its trích yếu without a type line; under a Party
    # resolution's number the type line comes first and its summary after it.
    text = PARTY_CONG_VAN.replace("Số 118 -CV/ĐU", "Số 118 -NQ/ĐU").replace(
        "về việc góp ý", "NGHỊ QUYẾT\nvề việc góp ý"
    )
    doc = vtext.loads(text)
    assert doc.header.doc_type is not None and doc.header.doc_type.name == "Nghị quyết"
    assert doc.header.summary == "về việc góp ý dự thảo quy chế làm việc của Ban Chấp hành Đảng bộ"
