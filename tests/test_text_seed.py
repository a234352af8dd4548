"""The seed report (../shared/seed, copied to examples/seed-report.txt) read exactly."""

from __future__ import annotations

import pytest

import vnadmin
from vnadmin.model.document import Document
from vnadmin.model.sections import Paragraph, Section


@pytest.fixture(scope="module")
def seed(seed_text: str) -> Document:
    return vnadmin.text.loads(seed_text, source="seed-report.txt")


def test_header(seed: Document) -> None:
    h = seed.header
    assert h.number is not None
    assert h.number.number is None
    assert h.number.type_code == "BC"
    assert h.number.issuers == ("SKHCHN",)
    assert str(h.number) == "/BC-SKHCHN"
    assert h.issue_date is not None
    d = h.issue_date
    assert (d.place, d.day, d.month, d.year) == ("Quảng Ngãi", None, 3, 2025)
    assert h.doc_type == vnadmin.doctypes.by_code("BC")
    assert h.summary is not None and h.summary.startswith("Tổng kết Phong trào thi đua")
    assert h.summary.endswith("giai đoạn 2021-2025")
    # The seed has no header block: nothing is invented.
    assert (h.parent_body, h.issuing_body, h.national_title, h.motto) == (None, None, None, None)
    assert h.origin_of("number") is not None and h.origin_of("number").line == 3


def test_no_preamble_in_a_report(seed: Document) -> None:
    assert not seed.preamble
    first = seed.body[0]
    assert type(first) is Paragraph and first.text.startswith("Theo đề nghị của Sở Nội vụ")


def test_sections(seed: Document) -> None:
    top = seed.sections
    assert [s.label for s in top] == ["I", "II", "III", "IV"]
    assert top[0].heading == "Khái quát đặc điểm tình hình"
    assert [s.label for s in top[1].sections] == ["1", "2", "3", "4"]
    assert [s.label for s in top[2].sections] == ["1", "2", "3"]
    assert top[3].heading == "Đề xuất, kiến nghị:"
    assert top[3].sections == ()
    bullets = [p for p in top[1].sections[0].paragraphs() if p.bullet == "-"]
    assert len(bullets) == 3
    # Paragraphs split by a page break are joined ("đến năm" / "2030, Đảng ủy Sở").
    assert "bền vững đến năm 2030, Đảng ủy Sở" in bullets[0].text
    assert all(isinstance(c, (Section, Paragraph)) for c in top[1].children)


def test_footnote_joined_across_the_page_break(seed: Document) -> None:
    assert len(seed.footnotes) == 1
    fn = seed.footnotes[0]
    assert fn.marker == "1"
    assert fn.text.startswith("Kế hoạch số 2277/KH-STTTT")
    para = next(p for p in seed.paragraphs() if p.footnote_refs)
    assert para.text.startswith("Trong năm 2024, Sở đã ban hành Kế hoạch thực hiện")
    assert "nhân rộng những mô hình hay, cách làm mới" in para.text
    ref = para.footnote_refs[0]
    assert ref.marker == "1"
    assert para.text[: ref.offset].endswith("Kế hoạch")
    assert "¹" not in para.text


def test_signature_and_recipients(seed: Document) -> None:
    s = seed.signature
    assert s is not None
    assert (s.authority, s.title, s.name) == (None, "GIÁM ĐỐC", "Trần Thanh Trường")
    r = seed.recipients
    assert r is not None and r.label == "Nơi nhận:"
    assert len(r.items) == 5
    assert r.items[0].text == "Ban Thi đua Khen thưởng tỉnh;"
    assert r.items[-1].text == "Lưu: VT, VP."
    assert r.items[-1].is_archive and r.items[-1].bullet == "-"


def test_written_back(seed: Document) -> None:
    out = vnadmin.text.dumps(seed)
    assert vnadmin.text.loads(out) == seed
    assert out.startswith("Số: /BC-SKHCHN\nQuảng Ngãi, ngày tháng 3 năm 2025\n\nBÁO CÁO\nTổng kết")
    assert "\n\nGIÁM ĐỐC\nTrần Thanh Trường\n\nNơi nhận:\n- Ban Thi đua" in out
    assert out.rstrip().endswith("tỉnh Quảng Ngãi năm 2024.")


def test_nothing_unrecognised_in_the_seed(seed: Document) -> None:
    assert [n for n in seed.notes if n.code == "unrecognised"] == []
