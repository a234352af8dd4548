"""Whole documents from further sources (a crawler's text cut into retrieval chunks, the
Official Gazette's PDF text, pages converted to markdown, a Party draft laid out by
pdftotext) read wrong by a probe: minimal reconstructions written for these tests, each
reproducing one way a real document was read wrong."""

from __future__ import annotations

from vnadmin import text as vtext

# A crawler's text cut into chunks for a search index: the page's title, a sentence naming
# the document, opens the first line (before the issuing body) and every later chunk.
CHUNKED = """\
Quyết định 12/QĐ-UBND năm 2021 về việc phòng chống thiên tai. ỦY BAN NHÂN DÂN TỈNH GIA LAI -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 12/QĐ-UBND Pleiku, ngày 05 tháng 3 năm 2021
QUYẾT ĐỊNH
Về việc phòng chống thiên tai
Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;
QUYẾT ĐỊNH:
Quyết định 12/QĐ-UBND năm 2021 về việc phòng chống thiên tai. Điều 1.
Ban hành kế hoạch phòng chống thiên tai năm 2021.

Quyết định 12/QĐ-UBND năm 2021 về việc phòng chống thiên tai. Điều 2.
Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH Trần Văn An
"""


def test_chunk_title_split_off_and_dropped_before_later_chunks() -> None:
    doc = vtext.loads(CHUNKED)
    assert doc.header.issuing_body == "ỦY BAN NHÂN DÂN TỈNH GIA LAI"
    assert str(doc.header.number) == "12/QĐ-UBND"
    labels = [s.label for s in doc.body if type(s).__name__ == "Section"]
    assert labels == ["Điều 1", "Điều 2"]
    dropped = [n for n in doc.notes if "tiêu đề trang" in n.message]
    assert len(dropped) == 2 and all("Quyết định 12/QĐ-UBND năm 2021" in n.message for n in dropped)
    # the first copy stays, as a line above the header: nothing is lost
    once = vtext.dumps(doc)
    assert "Quyết định 12/QĐ-UBND năm 2021 về việc phòng chống thiên tai." in once
    assert vtext.dumps(vtext.loads(once)) == once


def test_sentence_before_a_name_in_capitals_is_no_chunk_title_without_type_and_number() -> None:
    text = "Theo tin từ cổng thông tin. ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 3/UBND-VX\n"
    doc = vtext.loads(text)
    assert not any("tiêu đề trang" in n.message for n in doc.notes)
