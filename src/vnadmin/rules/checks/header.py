"""Header rules (H): Quốc hiệu, Tiêu ngữ, the Party title, issuing and managing body, and
the order of the header parts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnadmin.model import Origin
from vnadmin.rules.checks import _sources as src
from vnadmin.rules.context import Context
from vnadmin.rules.registry import Hit, rule
from vnadmin.unicode import fold, is_upper_text

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM"


def _expects_national_title(ctx: Context) -> bool:
    return not ctx.is_party and not ctx.is_annex


@rule(
    "H001",
    "national-title-missing",
    component="header",
    severity="error",
    source=src.NATIONAL_TITLE,
    spec="§1.1, §1.2",
)
def national_title_missing(ctx: Context) -> Iterator[Hit]:
    """The Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is missing.

    Quốc hiệu và Tiêu ngữ are the first required component (ô 1). Party documents carry the
    title "ĐẢNG CỘNG SẢN VIỆT NAM" instead and an annex read on its own carries no header,
    so neither is checked here."""
    if _expects_national_title(ctx) and ctx.doc.header.national_title is None:
        yield ctx.hit(
            f'Thiếu Quốc hiệu "{NATIONAL_TITLE}" (national title missing)',
            "header.national_title",
            ctx.header_origin("national_title"),
        )


@rule(
    "H002",
    "national-title-wording",
    component="header",
    severity="error",
    source=src.NATIONAL_TITLE,
    spec="§1.2",
)
def national_title_wording(ctx: Context) -> Iterator[Hit]:
    """The Quốc hiệu is worded differently from "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".

    The comparison ignores case, spacing and tone-mark placement: the decree itself spells
    both "CỘNG HÒA" and "CỘNG HOÀ", so both are accepted. Diacritics are not ignored:
    "CONG HOA XA HOI …" (diacritics lost) is reported."""
    title = ctx.doc.header.national_title
    if title is not None and fold(title) != fold(NATIONAL_TITLE):
        yield ctx.hit(
            f'Quốc hiệu phải là "{NATIONAL_TITLE}", không phải "{title}" '
            f'(the national title must read "{NATIONAL_TITLE}")',
            "header.national_title",
            ctx.header_origin("national_title"),
        )


@rule("H003", "motto-missing", component="header", severity="error", source=src.NATIONAL_TITLE, spec="§1.2")
def motto_missing(ctx: Context) -> Iterator[Hit]:
    """The Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" is missing.

    Required with the Quốc hiệu (ô 1); not expected in Party documents or in an annex."""
    if _expects_national_title(ctx) and ctx.doc.header.motto is None:
        yield ctx.hit(
            f'Thiếu Tiêu ngữ "{MOTTO}" (motto missing)',
            "header.motto",
            ctx.header_origin("motto"),
        )


@rule("H004", "motto-wording", component="header", severity="error", source=src.NATIONAL_TITLE, spec="§1.2")
def motto_wording(ctx: Context) -> Iterator[Hit]:
    """The Tiêu ngữ is worded differently from "Độc lập - Tự do - Hạnh phúc".

    Case, spacing, tone-mark placement and the kind of dash are ignored (en dashes are
    common in real documents); the words themselves must match."""
    motto = ctx.doc.header.motto
    if motto is not None and fold(motto) != fold(MOTTO):
        yield ctx.hit(
            f'Tiêu ngữ phải là "{MOTTO}", không phải "{motto}" (the motto must read "{MOTTO}")',
            "header.motto",
            ctx.header_origin("motto"),
        )


@rule("H005", "issuing-body-missing", component="header", severity="error", source=src.ISSUING_BODY, spec="§1.3")
def issuing_body_missing(ctx: Context) -> Iterator[Hit]:
    """The name of the issuing body (tên cơ quan, tổ chức ban hành, ô 2) is missing.

    Required in every document, Party documents included (Hướng dẫn 36-HD/VPTW lists it
    among the mandatory components); an annex read on its own is not checked."""
    if not ctx.is_annex and ctx.doc.header.issuing_body is None:
        yield ctx.hit(
            "Thiếu tên cơ quan, tổ chức ban hành văn bản (issuing body missing)",
            "header.issuing_body",
            ctx.header_origin("issuing_body"),
        )


@rule("H006", "issuing-body-case", component="header", severity="warning", source=src.ISSUING_BODY, spec="§1.3, §2.2")
def issuing_body_case(ctx: Context) -> Iterator[Hit]:
    """The issuing body or the managing body is not written in capitals.

    Phụ lục I prescribes "chữ in hoa" for both lines of ô 2."""
    header = ctx.doc.header
    for field in ("parent_body", "issuing_body"):
        value = getattr(header, field)
        if value is not None and not is_upper_text(value):
            yield ctx.hit(
                f'"{value}" phải viết in hoa (the body\'s name must be in capitals)',
                f"header.{field}",
                ctx.header_origin(field),
            )


@rule("H007", "party-title-missing", component="header", severity="error", source=src.PARTY, spec="§7")
def party_title_missing(ctx: Context) -> Iterator[Hit]:
    """A Party document lacks the title "ĐẢNG CỘNG SẢN VIỆT NAM".

    Party documents (Hướng dẫn 36-HD/VPTW) put the Party title where State documents put
    the Quốc hiệu; a document is taken as a Party document when its number has the Party
    form (``05-CT/TW``) or its type is a Party type."""
    if ctx.is_party and not ctx.is_annex and ctx.doc.header.party_title is None:
        yield ctx.hit(
            f'Văn bản của Đảng thiếu tiêu đề "{PARTY_TITLE}" (Party document without the Party title)',
            "header.party_title",
            ctx.header_origin("party_title"),
        )


@rule("H008", "party-title-wording", component="header", severity="error", source=src.PARTY, spec="§7")
def party_title_wording(ctx: Context) -> Iterator[Hit]:
    """The Party title is worded differently from "ĐẢNG CỘNG SẢN VIỆT NAM"."""
    title = ctx.doc.header.party_title
    if title is not None and fold(title) != fold(PARTY_TITLE):
        yield ctx.hit(
            f'Tiêu đề phải là "{PARTY_TITLE}", không phải "{title}" (the Party title must read "{PARTY_TITLE}")',
            "header.party_title",
            ctx.header_origin("party_title"),
        )


# Units that sit under a managing body (cơ quan chủ quản): a Sở under the provincial
# People's Committee, a Cục or Vụ under a ministry, a Chi cục under a Cục …
_SUBORDINATE = re.compile(r"(?:sở|phòng|chi cục|cục|vụ|trung tâm|chi nhánh|ban quản lý)\s")


@rule("H010", "parent-body-missing", component="header", severity="warning", source=src.ISSUING_BODY, spec="§1.3")
def parent_body_missing(ctx: Context) -> Iterator[Hit]:
    """A subordinate unit (SỞ …, CỤC …, CHI CỤC …, PHÒNG …, VỤ …) issues without naming
    its managing body above it ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" over "SỞ NỘI VỤ").

    Phụ lục I asks for the managing body's name where there is one; whether there is one
    is judged from the first word of the issuing body, hence a warning."""
    header = ctx.doc.header
    body = header.issuing_body
    if body is not None and header.parent_body is None and _SUBORDINATE.match(fold(body) + " "):
        yield ctx.hit(
            f'"{body}" thiếu tên cơ quan chủ quản trực tiếp ở trên (the managing body above it is missing)',
            "header.parent_body",
            ctx.header_origin("issuing_body"),
        )


def _position(o: Origin | None) -> tuple[int, int] | None:
    if o is None:
        return None
    if o.line is not None:
        return (o.line, o.column or 1)
    if o.paragraph is not None:
        return (o.paragraph, 0)
    return None


# Pairs (earlier, later) whose order Phụ lục I fixes whatever the column layout: the motto
# sits under the national title, the issuing body under the managing body, and the type
# and summary come after the whole two-column header.
_ORDER = (
    ("national_title", "motto"),
    ("parent_body", "issuing_body"),
    ("number", "doc_type"),
    ("issue_date", "doc_type"),
    ("national_title", "doc_type"),
    ("issuing_body", "doc_type"),
    ("doc_type", "summary"),
)


@rule(
    "H009",
    "header-order",
    component="header",
    severity="warning",
    source=f"{src.ND30}, Phụ lục I, mục IV; Phụ lục III",
    spec="§2.3, §10 #1",
    unconfirmed="The layout diagram of Phụ lục I (mục IV.2) is an image lost in the available copy; "
    "the order is reconstructed from the text and the Phụ lục III templates.",
)
def header_order(ctx: Context) -> Iterator[Hit]:
    """The header parts are out of order.

    Checked only where the reader recorded where both parts were: the motto under the
    national title, the issuing body under the managing body, the type name after the
    number, the date and the two header columns, and the summary after the type. The two
    columns themselves may come in either order (text extracted from a table flattens them
    differently), so only orders that hold in every layout are checked."""
    header = ctx.doc.header
    for first, second in _ORDER:
        if getattr(header, first) is None or getattr(header, second) is None:
            continue
        a, b = _position(header.origin_of(first)), _position(header.origin_of(second))
        if a is not None and b is not None and b < a:
            yield ctx.hit(
                f"{_LABEL[second]} phải đứng sau {_LABEL[first]} ({second} must come after {first})",
                f"header.{second}",
                header.origin_of(second),
            )


_LABEL = {
    "national_title": "Quốc hiệu",
    "motto": "Tiêu ngữ",
    "parent_body": "tên cơ quan chủ quản",
    "issuing_body": "tên cơ quan ban hành",
    "number": "số, ký hiệu",
    "issue_date": "địa danh, ngày tháng",
    "doc_type": "tên loại văn bản",
    "summary": "trích yếu",
}
