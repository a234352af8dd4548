"""A footer followed by an annex (issue 4): the recipient list ends at a page break after
its filing line and at a national title or motto, which is never the signer's title.

The synthetic footers take the layouts the reader meets: the signature beside "Nơi nhận"
(OCR flattens the two columns: label and authority on one line), the signature above it
(the canonical layout), the signature's title and name after the list, a scanned signature
with no name; the page break falls after the filing line, between the list and the
signature's lines, or not at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnadmin import text
from vnadmin.model import Document, Paragraph, Section
from vnadmin.text.blocks import Block
from vnadmin.text.recogniser import recognise

HEAD = "BỘ TÀI CHÍNH\nSố: 12/2025/TT-BTC\n\nTHÔNG TƯ\nQuy định về gia hạn nộp thuế\n\nĐiều 1. Phạm vi\n\nThông tư này quy định về thuế.\n\n"
PAGE = "\n\n--- PAGE BREAK ---\n\n"
# an annex's form after the footer, its national title as OCR that lost the diacritics reads it
FORM = (
    "CONG HOA XA HOI CHU NGHIA VIET NAM\n"
    "Độc lập - Tự do - Hanh phúc\n\n"
    "GIẤY ĐỀ NGHỊ GIA HẠN NỘP THUẾ\n\n"
    "Kính gửi: Cơ quan thuế quản lý trực tiếp\n\n"
    "Tên người nộp thuế: Công ty Bình An\n"
)
FORM_LINES = [line for line in FORM.splitlines() if line]


def _paragraphs(doc: Document) -> list[str]:
    out: list[str] = []

    def walk(nodes: tuple[Section | Paragraph, ...]) -> None:
        for n in nodes:
            if isinstance(n, Paragraph):
                out.append(n.text)
            else:
                if n.heading:
                    out.append(n.heading)
                walk(n.children)

    walk(doc.body)
    return out


def _items(doc: Document) -> list[str]:
    assert doc.recipients is not None
    return [r.text for r in doc.recipients.items]


def _check_kept(source: str, doc: Document) -> None:
    """Every word of the source is written back, and writing settles after one pass."""
    once = text.dumps(doc)
    words = source.replace("--- PAGE BREAK ---", "").split()
    assert set(words) <= set(once.split())
    assert text.dumps(text.loads(once)) == once


def _check_form_after(src: str, doc: Document) -> None:
    """The form's lines are body paragraphs after the footer, each with its note."""
    paras = _paragraphs(doc)
    at = paras.index(FORM_LINES[0])
    assert paras[at : at + len(FORM_LINES)] == FORM_LINES
    noted = {n.origin.line for n in doc.notes if n.code == "unrecognised" and n.origin is not None}
    form_at = {k + 1 for k, line in enumerate(src.splitlines()) if line in FORM_LINES}
    assert len(form_at) == len(FORM_LINES) and form_at <= noted


def test_flattened_footer_filing_line_without_dot_then_page_break_and_form() -> None:
    src = HEAD + "Noi nhận: TM. CHÍNH PHỦ\n\n- Ban Bí thư Trung ương Đảng;\n\n- Lưu: VT, KTTH @b). Z£" + PAGE + FORM
    doc = text.loads(src)
    assert _items(doc) == ["Ban Bí thư Trung ương Đảng;", "Lưu: VT, KTTH @b). Z£"]
    sig = doc.signature
    assert sig is not None and (sig.authority, sig.principal, sig.title, sig.name) == ("TM.", "CHÍNH PHỦ", None, None)
    _check_form_after(src, doc)
    _check_kept(src, doc)


def test_national_title_ends_the_list_without_a_page_break() -> None:
    src = HEAD + "Nơi nhận: TM. CHÍNH PHỦ\n- Ban Bí thư;\n- Lưu: VT, KTTH\n" + FORM
    doc = text.loads(src)
    assert _items(doc) == ["Ban Bí thư;", "Lưu: VT, KTTH"]
    assert doc.signature is not None and doc.signature.title is None
    _check_form_after(src, doc)
    _check_kept(src, doc)


@pytest.mark.parametrize(
    "title",
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CONG HOA XA HOI CHU NGHIA VIET NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
)
def test_national_title_is_never_the_signers_title(title: str) -> None:
    # after the authority line, where a title in capitals is due
    doc = text.loads(HEAD + f"Nơi nhận: KT. BỘ TRƯỞNG\n- Bộ A;\n- Lưu: VT, PC\n{title}\nĐộc lập - Tự do - Hạnh phúc\n")
    assert doc.signature is not None and doc.signature.title is None
    assert title in _paragraphs(doc)
    # at the document's end, a name below it
    doc = text.loads(HEAD + f"{title}\nNguyễn Văn A\n")
    assert doc.signature is None or doc.signature.title != title
    assert title in _paragraphs(doc)


@pytest.mark.parametrize(
    ("footer", "want"),
    [
        # the signature above the list
        ("BỘ TRƯỞNG\n\nNguyễn Văn A\n\nNơi nhận:\n- Bộ A;\n- Lưu: VT, PC", (None, "BỘ TRƯỞNG", "Nguyễn Văn A")),
        # beside the list, its title and name after it
        ("Nơi nhận: KT. BỘ TRƯỞNG\n- Bộ A;\n- Lưu: VT, PC\nTHỨ TRƯỞNG\nNguyễn Văn B", ("KT.", "THỨ TRƯỞNG", "Nguyễn Văn B")),
        # a page break between the list and the signature's lines: the filing line is not
        # continued over the break, but the title and name on the next page are still the
        # signature's
        ("Nơi nhận: KT. BỘ TRƯỞNG\n- Bộ A;\n- Lưu: VT, PC" + PAGE + "THỨ TRƯỞNG\n\nNguyễn Văn B", ("KT.", "THỨ TRƯỞNG", "Nguyễn Văn B")),
    ],
)
def test_signature_and_list_before_an_annex_form(footer: str, want: tuple[str | None, str, str]) -> None:
    src = HEAD + footer + PAGE + FORM
    doc = text.loads(src)
    sig = doc.signature
    assert sig is not None and (sig.authority, sig.title, sig.name) == want
    assert _items(doc) == ["Bộ A;", "Lưu: VT, PC"]
    _check_form_after(src, doc)
    _check_kept(src, doc)


@pytest.mark.parametrize("between", [PAGE, "\n\n"])
def test_scanned_signature_without_a_name(between: str) -> None:
    src = HEAD + "Nơi nhận: KT. CỤC TRƯỞNG\n- Bộ A;\nPHÓ CỤC TRƯỞNG\n- Lưu: VT" + between + FORM
    doc = text.loads(src)
    sig = doc.signature
    assert sig is not None and (sig.authority, sig.title, sig.name) == ("KT.", "PHÓ CỤC TRƯỞNG", None)
    assert _items(doc) == ["Bộ A;", "Lưu: VT"]
    _check_form_after(src, doc)
    _check_kept(src, doc)


def test_motto_alone_ends_the_list() -> None:
    src = HEAD + "Nơi nhận: KT. BỘ TRƯỞNG\n- Bộ A;\n- Lưu: VT, PC" + PAGE + "Độc lập - Tự do - Hạnh phúc\n\nGIẤY ĐỀ NGHỊ\n"
    doc = text.loads(src)
    assert _items(doc)[-1] == "Lưu: VT, PC"
    assert doc.signature is not None and doc.signature.title is None
    assert "Độc lập - Tự do - Hạnh phúc" in _paragraphs(doc)
    _check_kept(src, doc)


def test_heading_on_the_next_page_without_a_name_is_no_title() -> None:
    # no national title: a form's heading after the page break, no signer's name below it
    src = HEAD + "Nơi nhận: TM. CHÍNH PHỦ\n- Ban Bí thư;\n- Lưu: VT, KTTH" + PAGE + "GIẤY ĐỀ NGHỊ GIA HẠN NỘP THUẾ\n\nKính gửi: Cơ quan thuế\n"
    doc = text.loads(src)
    assert doc.signature is not None and doc.signature.title is None
    assert _items(doc)[-1] == "Lưu: VT, KTTH"
    paras = _paragraphs(doc)
    assert paras[-2:] == ["GIẤY ĐỀ NGHỊ GIA HẠN NỘP THUẾ", "Kính gửi: Cơ quan thuế"]
    _check_kept(src, doc)


def test_item_cut_by_a_page_break_in_lower_case_goes_on() -> None:
    # before the filing line, a sentence the page break cut goes on on the next page
    src = HEAD + "Nơi nhận: KT. BỘ TRƯỞNG\n- VPCP: BTCN, các PCN," + PAGE + "các Vụ, Cục, Công báo;\n- Lưu: VT, PC.\nTHỨ TRƯỞNG\nNguyễn Văn B\n"
    doc = text.loads(src)
    assert _items(doc) == ["VPCP: BTCN, các PCN, các Vụ, Cục, Công báo;", "Lưu: VT, PC."]
    sig = doc.signature
    assert sig is not None and sig.name == "Nguyễn Văn B"
    _check_kept(src, doc)


def test_national_title_inside_an_item_is_an_item() -> None:
    src = HEAD + (
        "Nơi nhận: KT. BỘ TRƯỞNG\n- Đại sứ quán nước Cộng hòa xã hội chủ nghĩa Việt Nam tại Lào;\n"
        "- Lưu: VT, PC.\nTHỨ TRƯỞNG\nNguyễn Văn B\n"
    )
    doc = text.loads(src)
    assert _items(doc) == ["Đại sứ quán nước Cộng hòa xã hội chủ nghĩa Việt Nam tại Lào;", "Lưu: VT, PC."]
    assert doc.signature is not None and doc.signature.name == "Nguyễn Văn B"


def test_footnote_text_after_an_open_filing_line() -> None:
    # the canonical layout writes footnotes after the footer: "[1] …" below a filing line
    # that lost its "." is a footnote, not more of the line
    src = HEAD + "Nơi nhận: KT. BỘ TRƯỞNG\n- Bộ A;\n- Lưu: VT, PC\n\n[1] Chú thích một.\n"
    doc = text.loads(src)
    assert _items(doc) == ["Bộ A;", "Lưu: VT, PC"]
    assert [f.text for f in doc.footnotes] == ["Chú thích một."]
    _check_kept(src, doc)


def test_blocks_with_a_page_break_block() -> None:
    # the shared recogniser (the docx reader's too) on blocks: a page-break block parts the
    # filing line from what follows it
    lines = ["THÔNG BÁO", "Về việc gia hạn", "Nội dung thông báo.", "Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Như trên;", "- Lưu: VT"]
    blocks = [Block(t) for t in lines] + [Block("\f", kind="page-break"), Block("MẪU ĐƠN ĐỀ NGHỊ"), Block("Kính gửi: Ủy ban")]
    doc = recognise(blocks)
    assert _items(doc) == ["Như trên;", "Lưu: VT"]
    assert doc.signature is not None and doc.signature.title is None
    assert _paragraphs(doc)[-2:] == ["MẪU ĐƠN ĐỀ NGHỊ", "Kính gửi: Ủy ban"]


def test_national_title_in_a_second_column_of_the_filing_line() -> None:
    # a layout extraction's line of two columns (segments): the filing line's cell is read,
    # the national title's cell and the lines after it are body text
    lines = ["THÔNG BÁO", "Về việc gia hạn", "Nội dung thông báo.", "Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Như trên;"]
    seg = ((0, "- Lưu: VT"), (40, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    blocks = [Block(t) for t in lines] + [
        Block("- Lưu: VT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", segments=seg),
        Block("Độc lập - Tự do - Hạnh phúc"),
        Block("MẪU ĐƠN"),
    ]
    doc = recognise(blocks)
    assert _items(doc) == ["Như trên;", "Lưu: VT"]
    assert doc.signature is not None and doc.signature.title is None
    assert _paragraphs(doc)[-3:] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "MẪU ĐƠN"]


def test_corpus_decree_with_annex_form(corpus_dir: Path) -> None:
    path = corpus_dir / "tax_82-2025-N-CP.txt"
    if not path.exists():
        pytest.skip("tax_82-2025-N-CP.txt is not in the corpus")
    source = path.read_text(encoding="utf-8")
    doc = text.loads(source, source=str(path))
    sig = doc.signature
    assert sig is not None and (sig.authority, sig.principal, sig.title) == ("TM.", "CHÍNH PHU", None)
    assert _items(doc)[-1] == "Lưu: VT,KTTH @b). Z£"
    paras = _paragraphs(doc)
    at = paras.index("CONG HOA XA HOI CHU NGHIA VIET NAM")
    assert paras[at + 1] == "Độc lập - Tự do - Hanh phúc"
    assert paras[at + 2].startswith("GIAY ĐÈ NGHỊ")
    # every word kept (but marks of OCR noise, dropped with a note, and "~" read as a
    # bullet's "-"), and writing settles
    once = text.dumps(doc)
    lost = set(source.replace("--- PAGE BREAK ---", "").split()) - set(once.split())
    assert not any(ch.isalnum() for word in lost for ch in word)
    assert text.dumps(text.loads(once)) == once
