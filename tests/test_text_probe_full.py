"""Whole documents read wrong by a probe of unseen text (header clutter, the footer of
PDF extractions and markdown pages): minimal reconstructions written for these tests,
each reproducing one way a real document was read wrong."""

from __future__ import annotations

from vnadmin import text as vtext

# A markdown file converted from a PDF: front matter and a print page's lines above a
# header whose two columns' first lines stand side by side on one line.
FRONT_MATTER_ABOVE_SIDE_BY_SIDE_HEADER = """\
---
title: "CV 1581 Thue Nghe An"
category: "Excise"
subcategory: "Excise Tax"
source_folder: "."
conversion_date: "2025-11-21"
original_format: "pdf"
---

Page 1of 1
Công văn số 1581/CT-TTHT của Cục Thuế Nghệ An v/v giá tính thuế In văn bản
TỔNG CỤC THUẾ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC THUẾ NGHỆ AN Độc lập - Tự do - Hạnh phúc
Số: 1581 /CT-TTHT Nghệ An, ngày 23 tháng 9 năm 2014
V/v giá tính thuế TTĐB
Kính gửi: Công ty cổ phần Bia Hà Nội - Nghệ An
Cục Thuế trả lời để Công ty biết và thực hiện./.
"""


def test_header_below_front_matter_with_its_columns_side_by_side() -> None:
    doc = vtext.loads(FRONT_MATTER_ABOVE_SIDE_BY_SIDE_HEADER)
    h = doc.header
    assert h.parent_body == "TỔNG CỤC THUẾ"
    assert h.issuing_body == "CỤC THUẾ NGHỆ AN"
    assert str(h.number) == "1581/CT-TTHT"
    assert h.issue_date is not None
    assert (h.issue_date.place, h.issue_date.day, h.issue_date.month, h.issue_date.year) == ("Nghệ An", 23, 9, 2014)
    assert h.summary == "giá tính thuế TTĐB"
    # the lines above the header are kept, as the body's first paragraphs
    texts = [p.text for p in doc.paragraphs()]
    assert texts[0].startswith("title:")
    assert any("Page 1of 1" in t for t in texts)
