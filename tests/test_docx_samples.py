"""Hand-built documents of each kind the docx tests write and read (a report like the
seed, a decision with a preamble and articles, a công văn, a Party document, an annex)."""

from __future__ import annotations

from vnadmin.model import (
    Document,
    DocumentNumber,
    Footnote,
    FootnoteRef,
    Header,
    IssueDate,
    Paragraph,
    Preamble,
    Recipient,
    RecipientList,
    Section,
    SignatureBlock,
    doctypes,
)

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def report() -> Document:
    """Shaped like the seed report (its header lacks the national title on purpose)."""
    bc = doctypes.by_code("BC")
    return Document(
        header=Header(
            number=DocumentNumber(None, type_code="BC", issuers=("SKHCHN",)),
            issue_date=IssueDate("Quảng Ngãi", None, 3, 2025),
            doc_type=bc,
            summary="Tổng kết Phong trào thi đua “Vì người nghèo” giai đoạn 2021-2025",
        ),
        body=(
            Paragraph("Theo đề nghị của Sở Nội vụ tại Hướng dẫn 02/HD-SNV ngày 18/3/2025, Sở báo cáo như sau:"),
            Section("I", heading="Khái quát đặc điểm tình hình", children=(
                Paragraph("Sở Khoa học và Công nghệ được thành lập kể từ ngày 01/3/2025."),
            )),
            Section("II", heading="Kết quả triển khai thực hiện phong trào thi đua", children=(
                Section("1", heading="Công tác lãnh đạo, chỉ đạo", children=(
                    Paragraph("Thực hiện Chỉ thị số 05-CT/TW ngày 23/6/2021 của Ban Bí thư.", bullet="-"),
                    Paragraph("Sở đã ban hành Kế hoạch thực hiện và giám sát năm 2024.", bullet="-",
                              footnote_refs=(FootnoteRef("1", 23),)),
                )),
            )),
        ),
        signature=SignatureBlock(title="GIÁM ĐỐC", name="Trần Thanh Trường"),
        recipients=RecipientList((
            Recipient("Ban Thi đua Khen thưởng tỉnh;"),
            Recipient("Sở Nội vụ;"),
            Recipient("Lưu: VT, VP."),
        )),
        footnotes=(Footnote("1", "Kế hoạch số 2277/KH-STTTT ngày 08/10/2024."),),
    )


def decision() -> Document:
    qd = doctypes.by_code("QĐ")
    return Document(
        header=Header(
            parent_body="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
            issuing_body="SỞ NỘI VỤ",
            national_title=NATIONAL,
            motto=MOTTO,
            number=DocumentNumber("15", type_code="QĐ", issuers=("SNV",)),
            issue_date=IssueDate("Quảng Ngãi", 5, 1, 2025),
            doc_type=qd,
            summary="Về việc ban hành Quy chế làm việc",
        ),
        preamble=Preamble(
            authority="GIÁM ĐỐC SỞ NỘI VỤ",
            bases=(Paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
                   Paragraph("Theo đề nghị của Chánh Văn phòng Sở.")),
            formula="QUYẾT ĐỊNH:",
        ),
        body=(
            Section("Chương I", heading="QUY ĐỊNH CHUNG", children=(
                Section("Điều 1", heading="Phạm vi điều chỉnh", children=(
                    Paragraph("Quy chế này quy định nguyên tắc làm việc của Sở."),
                )),
                Section("Điều 2", heading="Đối tượng áp dụng", children=(
                    Section("1", children=(
                        Paragraph("Công chức của Sở."),
                        Section("a", children=(Paragraph("Người lao động."),)),
                    )),
                )),
            )),
        ),
        signature=SignatureBlock(authority="KT.", principal="GIÁM ĐỐC", title="PHÓ GIÁM ĐỐC",
                                 name="Nguyễn Văn A"),
        recipients=RecipientList((Recipient("Như Điều 3;"), Recipient("Lưu: VT, VP."))),
    )


def cong_van() -> Document:
    return Document(
        header=Header(
            parent_body="UBND TỈNH QUẢNG NGÃI",
            issuing_body="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
            national_title=NATIONAL,
            motto=MOTTO,
            number=DocumentNumber("1471", issuers=("SKHCN",), unit="VP", style="cong_van"),
            issue_date=IssueDate("Quảng Ngãi", 8, 8, 2025),
            doc_type=doctypes.cong_van(),
            summary="triển khai chuyển đổi số năm 2025",
        ),
        addressees=RecipientList((Recipient("Các phòng, đơn vị thuộc Sở."),), label="Kính gửi:"),
        body=(Paragraph("Sở Khoa học và Công nghệ đề nghị các đơn vị triển khai kế hoạch."),),
        signature=SignatureBlock(authority="KT.", principal="GIÁM ĐỐC", title="PHÓ GIÁM ĐỐC",
                                 name="Lê Thị B"),
        recipients=RecipientList((Recipient("Như trên;"), Recipient("Lưu: VT, VP."))),
    )


def party() -> Document:
    return Document(
        header=Header(
            issuing_body="BAN CHẤP HÀNH TRUNG ƯƠNG",
            party_title="ĐẢNG CỘNG SẢN VIỆT NAM",
            number=DocumentNumber("60", type_code="NQ", issuers=("TW",), style="party"),
            issue_date=IssueDate("Hà Nội", 12, 4, 2025),
            doc_type=doctypes.by_code("NQ", system="party"),
            summary="Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII",
        ),
        body=(Paragraph("Hội nghị Trung ương 11 đã thảo luận và thống nhất."),),
        signature=SignatureBlock(authority="TM.", authority_as_written="T/M",
                                 principal="BAN CHẤP HÀNH TRUNG ƯƠNG", title="TỔNG BÍ THƯ", name="Tô Lâm"),
        recipients=RecipientList((Recipient("Lưu Văn phòng Trung ương Đảng."),)),
    )


def annex() -> Document:
    return Document(
        header=Header(
            doc_type=doctypes.by_name("Phụ lục"),
            annex_label="Phụ lục I",
            summary="THỂ THỨC, KỸ THUẬT TRÌNH BÀY VĂN BẢN HÀNH CHÍNH",
            attached_to="Kèm theo Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ",
        ),
        body=(Section("I", heading="QUY ĐỊNH CHUNG", children=(
            Paragraph("Khổ giấy: Khổ A4 (210 mm x 297 mm)."),
        )),),
    )


SAMPLES = {"report": report, "decision": decision, "cong_van": cong_van, "party": party, "annex": annex}
