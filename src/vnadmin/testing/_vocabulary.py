"""Curated Vietnamese vocabulary for the generators: places, bodies, people, phrases.

Every entry is real-world shaped (the 34 provinces and centrally-run cities in place from
1 July 2025, real ministries and provincial departments with the abbreviations they use in
số, ký hiệu, real laws with their dates of adoption) and chosen so that generated text
reads back unambiguously: no sentence starts with a section marker or a structural keyword,
no heading ends with "." or ";".
"""

from __future__ import annotations

import datetime as _dt

import attrs

__all__ = [
    "FAMILY_NAMES",
    "GIVEN_NAMES",
    "GOALS",
    "HEADINGS_ARTICLE",
    "HEADINGS_CAPS",
    "HEADINGS_REPORT",
    "LAWS",
    "LETTERS",
    "MIDDLE_NAMES",
    "OBJECTS",
    "PROVINCES",
    "SUBJECTS",
    "SUMMARY_PREFIXES",
    "UNITS",
    "VERBS",
    "Body",
    "Law",
    "Province",
]


@attrs.frozen
class Province:
    """A province or centrally-run city: ``place`` as written in the date line
    ("Quảng Ngãi", "Thành phố Hồ Chí Minh") and ``prose`` as written after a body's name
    ("tỉnh Quảng Ngãi", "thành phố Hà Nội")."""

    place: str
    prose: str


# The 28 provinces and 6 centrally-run cities (Nghị quyết 202/2025/QH15, from 01/7/2025).
_CITIES = ("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Cần Thơ")
_PROVINCES = (
    "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
    "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
    "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
    "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
)  # fmt: skip

PROVINCES: tuple[Province, ...] = (
    *(Province(p, f"tỉnh {p}") for p in _PROVINCES),
    *(Province(c, f"thành phố {c}") for c in _CITIES),
    Province("Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
)


@attrs.frozen
class Body:
    """An issuing body.

    ``code`` is its abbreviation in số, ký hiệu; ``name`` its name in running text (with
    ``{p}`` for the province, e.g. "Ủy ban nhân dân {p}"); ``upper`` the header line
    ("ỦY BAN NHÂN DÂN {P}"); ``parent`` the managing body's header line, if any;
    ``collective`` the name after "TM." when the body decides collectively; ``head`` and
    ``deputy`` the titles in the signature ("GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"); ``office`` the
    title of who signs "TL."/"TUQ."; ``local`` whether it belongs to a province."""

    code: str
    name: str
    upper: str
    head: str
    deputy: str
    office: str
    parent: str | None = None
    collective: str | None = None
    local: bool = False


BODIES: tuple[Body, ...] = (
    Body("UBND", "Ủy ban nhân dân {p}", "ỦY BAN NHÂN DÂN {P}", "CHỦ TỊCH", "PHÓ CHỦ TỊCH",
         "CHÁNH VĂN PHÒNG", collective="ỦY BAN NHÂN DÂN", local=True),
    Body("HĐND", "Hội đồng nhân dân {p}", "HỘI ĐỒNG NHÂN DÂN {P}", "CHỦ TỊCH", "PHÓ CHỦ TỊCH",
         "CHÁNH VĂN PHÒNG", collective="HỘI ĐỒNG NHÂN DÂN", local=True),
    Body("SNV", "Sở Nội vụ {p}", "SỞ NỘI VỤ", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHÁNH VĂN PHÒNG",
         parent="ỦY BAN NHÂN DÂN {P}", local=True),
    Body("STC", "Sở Tài chính {p}", "SỞ TÀI CHÍNH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHÁNH VĂN PHÒNG",
         parent="ỦY BAN NHÂN DÂN {P}", local=True),
    Body("SKHCN", "Sở Khoa học và Công nghệ {p}", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "GIÁM ĐỐC",
         "PHÓ GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", parent="ỦY BAN NHÂN DÂN {P}", local=True),
    Body("SXD", "Sở Xây dựng {p}", "SỞ XÂY DỰNG", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHÁNH VĂN PHÒNG",
         parent="ỦY BAN NHÂN DÂN {P}", local=True),
    Body("SCT", "Sở Công Thương {p}", "SỞ CÔNG THƯƠNG", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
         "CHÁNH VĂN PHÒNG", parent="ỦY BAN NHÂN DÂN {P}", local=True),
    Body("SGDĐT", "Sở Giáo dục và Đào tạo {p}", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "GIÁM ĐỐC",
         "PHÓ GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", parent="ỦY BAN NHÂN DÂN {P}", local=True),
    Body("BNV", "Bộ Nội vụ", "BỘ NỘI VỤ", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CHÁNH VĂN PHÒNG"),
    Body("BTC", "Bộ Tài chính", "BỘ TÀI CHÍNH", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CHÁNH VĂN PHÒNG"),
    Body("BKHCN", "Bộ Khoa học và Công nghệ", "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "BỘ TRƯỞNG",
         "THỨ TRƯỞNG", "CHÁNH VĂN PHÒNG"),
    Body("BXD", "Bộ Xây dựng", "BỘ XÂY DỰNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ"),
    Body("BGDĐT", "Bộ Giáo dục và Đào tạo", "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "BỘ TRƯỞNG", "THỨ TRƯỞNG",
         "CHÁNH VĂN PHÒNG"),
    Body("CP", "Chính phủ", "CHÍNH PHỦ", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "BỘ TRƯỞNG, CHỦ NHIỆM",
         collective="CHÍNH PHỦ"),
    Body("TTg", "Thủ tướng Chính phủ", "THỦ TƯỚNG CHÍNH PHỦ", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG",
         "BỘ TRƯỞNG, CHỦ NHIỆM"),
)  # fmt: skip

#: Drafting units (đơn vị soạn thảo) used in công văn symbols and "Lưu: VT, <UNIT>.".
UNITS = ("VP", "TCCB", "KHTC", "PC", "TH", "VX", "KT", "NC", "QLCL", "CNTT", "TTBCXB", "CCHC")


@attrs.frozen
class Law:
    """A law cited by name and date of adoption (no số, ký hiệu in a căn cứ line)."""

    name: str
    adopted: _dt.date


LAWS: tuple[Law, ...] = (
    Law("Luật Cán bộ, công chức", _dt.date(2008, 11, 13)),
    Law("Luật Lưu trữ", _dt.date(2011, 11, 11)),
    Law("Luật Tổ chức chính quyền địa phương", _dt.date(2015, 6, 19)),
    Law("Luật Ban hành văn bản quy phạm pháp luật", _dt.date(2015, 6, 22)),
    Law("Luật Thi đua, khen thưởng", _dt.date(2022, 6, 15)),
    Law("Luật Tổ chức Chính phủ", _dt.date(2025, 2, 18)),
)

FAMILY_NAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")  # fmt: skip
MIDDLE_NAMES = ("Văn", "Thị", "Minh", "Thanh", "Quốc", "Hữu", "Đức", "Ngọc", "Thu", "Xuân")
GIVEN_NAMES = ("An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Hương", "Lan", "Long",
               "Mai", "Nam", "Phương", "Quang", "Sơn", "Tâm", "Thảo", "Trường", "Tuấn", "Vinh",
               "Yến", "Đạt")  # fmt: skip

#: Sentence subjects. None starts with a marker or a structural keyword ("Số", "Mục ",
#: "Chương ", "Điều ", "Căn cứ", "Theo đề nghị", "Lưu", …).
SUBJECTS = (
    "Sở", "Văn phòng Sở", "Các phòng, đơn vị trực thuộc", "Cán bộ, công chức, viên chức",
    "Ban Giám đốc", "Ủy ban nhân dân các xã, phường", "Các cơ quan, đơn vị", "Đơn vị",
    "Trung tâm Phục vụ hành chính công", "Tổ công tác", "Người đứng đầu cơ quan, đơn vị",
    "Hội đồng thẩm định", "Các sở, ban, ngành", "Công đoàn cơ sở", "Đoàn Thanh niên",
)  # fmt: skip
VERBS = (
    "đã triển khai", "tiếp tục đẩy mạnh", "chủ động phối hợp thực hiện", "tổ chức quán triệt",
    "tăng cường kiểm tra, giám sát", "hoàn thành", "rà soát, đánh giá", "tham mưu xây dựng",
    "nghiêm túc thực hiện", "định kỳ báo cáo kết quả", "bố trí kinh phí thực hiện",
    "theo dõi, đôn đốc",
)  # fmt: skip
OBJECTS = (
    "các nhiệm vụ chuyển đổi số", "công tác cải cách hành chính", "kế hoạch thi đua, khen thưởng",
    "các nội dung của chương trình giảm nghèo bền vững", "công tác văn thư, lưu trữ",
    "việc cung cấp dịch vụ công trực tuyến", "các hoạt động nghiên cứu khoa học",
    "công tác phòng, chống thiên tai", "việc ứng dụng công nghệ thông tin",
    "công tác đào tạo, bồi dưỡng cán bộ", "các mô hình hay, cách làm mới",
    "việc quản lý tài chính, tài sản công", "công tác tuyên truyền, phổ biến pháp luật",
)  # fmt: skip
GOALS = (
    "nâng cao hiệu quả quản lý nhà nước", "bảo đảm an toàn thông tin", "phục vụ người dân và doanh nghiệp",
    "góp phần phát triển kinh tế - xã hội", "tạo sự đồng thuận trong toàn xã hội",
)  # fmt: skip
SUMMARY_PREFIXES = ("Về việc triển khai", "Về việc tăng cường", "Tổng kết", "Về việc thực hiện",
                    "Về việc đẩy mạnh", "Sơ kết")  # fmt: skip

#: Headings of I./1. sections in reports and plans (sentence case, no final punctuation).
HEADINGS_REPORT = (
    "Khái quát đặc điểm tình hình", "Kết quả thực hiện", "Đánh giá chung",
    "Tồn tại, hạn chế và nguyên nhân", "Nhiệm vụ, giải pháp trong thời gian tới",
    "Đề xuất, kiến nghị", "Công tác lãnh đạo, chỉ đạo", "Công tác tuyên truyền, phổ biến",
    "Kết quả đạt được", "Tổ chức thực hiện", "Sự cần thiết", "Yêu cầu và nội dung",
    "Kinh phí thực hiện", "Phân công nhiệm vụ",
)  # fmt: skip
#: Headings of Điều (sentence case, on the same line as the label).
HEADINGS_ARTICLE = (
    "Phạm vi điều chỉnh", "Đối tượng áp dụng", "Giải thích từ ngữ", "Nguyên tắc thực hiện",
    "Trách nhiệm của các cơ quan, đơn vị", "Hiệu lực thi hành", "Tổ chức thực hiện",
    "Kinh phí thực hiện", "Chế độ báo cáo", "Phê duyệt kế hoạch", "Khen thưởng và kỷ luật",
)  # fmt: skip
#: Titles of Phần, Chương and Mục (ALL CAPS on their own line, Phụ lục I).
HEADINGS_CAPS = (
    "QUY ĐỊNH CHUNG", "NHỮNG QUY ĐỊNH CỤ THỂ", "TỔ CHỨC THỰC HIỆN", "KẾT QUẢ THỰC HIỆN",
    "NHIỆM VỤ VÀ GIẢI PHÁP", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN", "KHEN THƯỞNG VÀ XỬ LÝ VI PHẠM",
    "ĐÁNH GIÁ CHUNG",
)  # fmt: skip

#: Điểm letters in Vietnamese alphabet order (no f, j, w, z; đ after d).
LETTERS = ("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r",
           "s", "t", "u", "v", "x", "y")  # fmt: skip
