"""The type registry (vnadmin.doctypes) and the issuer registry (vnadmin.issuers)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from vnadmin import doctypes, issuers
from vnadmin.errors import ModelError
from vnadmin.model import DocumentType

PHU_LUC_III = {
    "Nghị quyết": "NQ", "Quyết định": "QĐ", "Chỉ thị": "CT", "Quy chế": "QC", "Quy định": "QyĐ",
    "Thông cáo": "TC", "Thông báo": "TB", "Hướng dẫn": "HD", "Chương trình": "CTr", "Kế hoạch": "KH",
    "Phương án": "PA", "Đề án": "ĐA", "Dự án": "DA", "Báo cáo": "BC", "Biên bản": "BB", "Tờ trình": "TTr",
    "Hợp đồng": "HĐ", "Công điện": "CĐ", "Bản ghi nhớ": "BGN", "Bản thỏa thuận": "BTT", "Giấy ủy quyền": "GUQ",
    "Giấy mời": "GM", "Giấy giới thiệu": "GGT", "Giấy nghỉ phép": "GNP", "Phiếu gửi": "PG", "Phiếu chuyển": "PC",
    "Phiếu báo": "PB", "Bản sao y": "SY", "Bản trích sao": "TrS", "Bản sao lục": "SL",
}  # fmt: skip


@pytest.mark.parametrize(("name", "code"), sorted(PHU_LUC_III.items()))
def test_every_phu_luc_iii_type(name: str, code: str) -> None:
    t = doctypes.by_code(code)
    assert t is not None and (t.name, t.code, t.system) == (name, code, "state")
    assert doctypes.by_name(name) == t


@pytest.mark.parametrize(
    ("query", "canonical"),
    [("ctr", "CTr"), ("CTR", "CTr"), ("ttr", "TTr"), ("QYĐ", "QyĐ"), ("qyđ", "QyĐ"), ("trs", "TrS"), ("qđ", "QĐ")],
)
def test_by_code_ignores_case_and_keeps_registry_case(query: str, canonical: str) -> None:
    t = doctypes.by_code(query)
    assert t is not None and t.code == canonical


def test_by_code_nfd_and_d_variants() -> None:
    assert doctypes.by_code(unicodedata.normalize("NFD", "QĐ")).code == "QĐ"  # type: ignore[union-attr]
    assert doctypes.by_code("Q\u00d0").code == "QĐ"  # type: ignore[union-attr]  # Ð (eth) typed for Đ


def test_system_selection() -> None:
    assert doctypes.by_code("QĐ").name == "Quyết định"  # type: ignore[union-attr]
    party = doctypes.by_code("QĐ", system="party")
    assert party is not None and (party.system, party.name) == ("party", "Quyết định")
    assert doctypes.by_code("TT").system == "legal"  # type: ignore[union-attr]  # not in Phụ lục III
    assert doctypes.by_code("TT", system="party").name == "Thông tri"  # type: ignore[union-attr]
    assert doctypes.by_code("NĐ", system="party").system == "legal"  # type: ignore[union-attr]  # falls through
    with pytest.raises(ValueError, match="system"):
        doctypes.by_code("QĐ", system="church")


def test_all_by_code() -> None:
    found = doctypes.all_by_code("QĐ")
    assert {(t.system, t.name) for t in found} == {
        ("state", "Quyết định"), ("legal", "Quyết định"), ("party", "Quyết định"), ("party", "Quy định"),
    }
    assert found[0].system == "state"
    assert doctypes.all_by_code("XYZ") == ()
    assert {t.system for t in doctypes.all_by_code("tt")} == {"legal", "party"}


def test_lenient_lookup() -> None:
    assert doctypes.by_code("QD") is None
    assert doctypes.by_code("QD", lenient=True).code == "QĐ"  # type: ignore[union-attr]
    assert doctypes.by_code("HD", lenient=True).code == "HD"  # type: ignore[union-attr]  # exact match wins over HĐ
    assert doctypes.by_code("DA", lenient=True).code == "DA"  # type: ignore[union-attr]  # not ĐA


def test_aliases_of_older_codes() -> None:
    assert doctypes.by_code("GN").code == "BGN"  # type: ignore[union-attr]  # Thông tư 01/2011/TT-BNV
    assert doctypes.by_code("UQ").code == "GUQ"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "query",
    ["Quyết định", "QUYẾT ĐỊNH", "quyết định", "quyet dinh", "QUYET DINH", unicodedata.normalize("NFD", "Quyết định")],
)
def test_by_name_variants(query: str) -> None:
    t = doctypes.by_name(query)
    assert t is not None and (t.code, t.system) == ("QĐ", "state")


def test_by_name_tone_placement_and_systems() -> None:
    assert doctypes.by_name("Bản thoả thuận").code == "BTT"  # type: ignore[union-attr]  # old-style "oả"
    assert doctypes.by_name("Thông tri").system == "party"  # type: ignore[union-attr]
    assert doctypes.by_name("Nghị quyết", system="legal").system == "legal"  # type: ignore[union-attr]
    assert doctypes.by_name("Văn bản không có") is None


def test_cong_van() -> None:
    cv = doctypes.cong_van()
    assert (cv.name, cv.code, cv.is_cong_van) == ("Công văn", None, True)
    assert not doctypes.by_code("BC").is_cong_van  # type: ignore[union-attr]


def test_registry_rows() -> None:
    types = doctypes.all_types()
    assert types is doctypes.all_types()  # loaded once
    assert {t.system for t in types} == set(doctypes.SYSTEMS)
    assert all(t.source for t in types)
    assert all(unicodedata.is_normalized("NFC", t.name) for t in types)
    formulas = {t.code: t.formula for t in types if t.system == "state" and t.has_preamble}
    assert formulas == {"NQ": "QUYẾT NGHỊ:", "QĐ": "QUYẾT ĐỊNH:"}
    legal = [t for t in types if t.system == "legal"]
    assert {"Luật", "Nghị định", "Thông tư", "Thông tư liên tịch", "Nghị quyết"} <= {t.name for t in legal}
    specialised = {t.name: t.code for t in types if t.category == "specialised"}
    assert specialised["Giấy phép"] == "GP" and specialised["Kết luận thanh tra"] == "KL"


def test_document_type_value_object() -> None:
    t = DocumentType("Quyết định", "QĐ")
    assert t == doctypes.by_code("QĐ") and hash(t) == hash(doctypes.by_code("QĐ"))
    assert str(t) == "Quyết định" and repr(t) == "DocumentType('Quyết định', code='QĐ', system='state')"
    assert t != DocumentType("Quyết định", "QĐ", system="party")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"name": ""}, "name"), ({"name": "X", "code": ""}, "code"), ({"name": "X", "code": "Q Đ"}, "code"),
     ({"name": "X", "code": "QĐ-X"}, "code"), ({"name": "X", "system": "church"}, "system")],
)
def test_document_type_bad_values(kwargs: dict[str, str], field: str) -> None:
    with pytest.raises(ModelError) as err:
        DocumentType(**kwargs)
    assert (err.value.cls, err.value.field) == ("DocumentType", field)


def test_issuers_registry() -> None:
    assert issuers.lookup("UBND").name == "Ủy ban nhân dân"  # type: ignore[union-attr]
    assert issuers.lookup("ubnd").code == "UBND"  # type: ignore[union-attr]
    assert issuers.lookup("HĐND").name == "Hội đồng nhân dân"  # type: ignore[union-attr]
    assert issuers.lookup("TTg").name == "Thủ tướng Chính phủ"  # type: ignore[union-attr]
    assert issuers.lookup("CP").name == "Chính phủ"  # type: ignore[union-attr]
    assert issuers.lookup("BNV").name == "Bộ Nội vụ"  # type: ignore[union-attr]
    qh = issuers.lookup("QH15")
    assert qh is not None and (qh.code, qh.name, qh.numbered) == ("QH", "Quốc hội", True)
    assert issuers.lookup("UBTVQH14").name == "Ủy ban Thường vụ Quốc hội"  # type: ignore[union-attr]
    assert issuers.lookup("QH") is None  # the term number is part of the code
    assert issuers.lookup("UBND15") is None  # only numbered bodies take a term
    assert issuers.lookup("XYZ") is None  # open-ended list: unknown is not an error
    assert issuers.lookup("TW").system == "party"  # type: ignore[union-attr]


def test_issuer_validity() -> None:
    btttt = issuers.lookup("BTTTT")
    assert btttt is not None
    assert btttt.active_on(dt.date(2025, 2, 28)) and not btttt.active_on(dt.date(2025, 3, 1))
    bnnmt = issuers.lookup("BNNMT")
    assert bnnmt is not None and not bnnmt.active_on(dt.date(2025, 2, 1)) and bnnmt.active_on(dt.date(2025, 3, 1))
    assert all(i.source for i in issuers.all_issuers())
