"""The named styles vnadmin writes, one per component, and the ``word/styles.xml`` part.

Formatting lives in these styles rather than on each paragraph, so a user restyles a
component once (in Word: Styles pane, "VN …"). Every style records the Phụ lục I clause of
Nghị định 30/2020/NĐ-CP that sets its size, case and weight (Phần I unless stated).

>>> STYLES["VnNationalTitle"].size, STYLES["VnNationalTitle"].bold, STYLES["VnNationalTitle"].caps
(12, True, True)
>>> STYLES["VnRecipientsLabel"].italic, STYLES["VnRecipient"].size
(True, 11)
"""

from __future__ import annotations

import attrs

from vnadmin.docx import layout
from vnadmin.docx.oxml import Element, el, root, sub

__all__ = ["STYLES", "StyleSpec", "styles_xml"]


@attrs.frozen
class StyleSpec:
    """One named style: ``id`` (what the XML refers to), ``name`` (what Word shows),
    character formatting (``size`` in points, ``bold``, ``italic``, ``caps`` — shown in
    capitals, the stored text unchanged), paragraph formatting (``align`` is a ``w:jc``
    value, lengths in twips) and the decree ``clause`` it implements."""

    id: str
    name: str
    clause: str
    kind: str = "paragraph"
    based_on: str | None = "Normal"
    size: float | None = None
    bold: bool = False
    italic: bool = False
    caps: bool = False
    align: str | None = None
    first_line: int | None = None
    before: int = 0
    after: int = 0
    line: int = 240
    keep_next: bool = False
    outline: int | None = None
    superscript: bool = False


_FIRST = layout.FIRST_LINE_INDENT
_AFTER = layout.PARAGRAPH_SPACING
_LINE = layout.LINE_SPACING

_SPECS = (
    StyleSpec("Normal", "Normal", "I.4, II.6.e: Times New Roman, body 13–14 pt", based_on=None, size=14),
    StyleSpec("VnParentBody", "VN Parent Body", "II.2.b: chủ quản, in hoa 12–13, đứng", size=12, caps=True, align="center"),
    StyleSpec("VnIssuingBody", "VN Issuing Body", "II.2.b: cơ quan ban hành, in hoa 12–13, đứng, đậm",
              size=12, bold=True, caps=True, align="center"),
    StyleSpec("VnNationalTitle", "VN National Title", "II.1.a: Quốc hiệu, in hoa 12–13, đứng, đậm",
              size=12, bold=True, caps=True, align="center"),
    StyleSpec("VnPartyTitle", "VN Party Title",
              "Hướng dẫn 36-HD/VPTW: ĐẢNG CỘNG SẢN VIỆT NAM, in hoa 15, đậm (secondary source)",
              size=15, bold=True, caps=True, align="center"),
    StyleSpec("VnMotto", "VN Motto", "II.1.b: Tiêu ngữ, in thường 13–14, đứng, đậm", size=13, bold=True, align="center"),
    StyleSpec("VnRule", "VN Rule", "II.1.b, II.2.b, II.5.b: đường kẻ ngang, nét liền", size=2, before=60, align="center"),
    StyleSpec("VnNumber", "VN Number", "II.3.c: Số, ký hiệu, cỡ 13, đứng", size=13, before=60, align="center"),
    StyleSpec("VnCongVanSummary", "VN Summary (công văn)", "II.5.b: V/v, in thường 12–13, đứng, cách 6 pt",
              size=12, before=120, align="center"),
    StyleSpec("VnPlaceDate", "VN Place and Date", "II.4.c: địa danh, ngày tháng, in thường 13–14, nghiêng",
              size=13, italic=True, before=60, align="center"),
    StyleSpec("VnAnnexLabel", "VN Annex Label", "III.1.b: Phụ lục, in thường 14, đứng, đậm",
              size=14, bold=True, keep_next=True, align="center"),
    StyleSpec("VnAttachedTo", "VN Attached To", "III.1.c: (Kèm theo …), in thường 13–14, nghiêng",
              size=14, italic=True, after=120, align="center"),
    StyleSpec("VnDocType", "VN Document Type", "II.5.b: tên loại, in hoa 13–14, đứng, đậm",
              size=14, bold=True, caps=True, before=360, keep_next=True, align="center"),
    StyleSpec("VnSummary", "VN Summary", "II.5.b: trích yếu, in thường 13–14, đứng, đậm",
              size=14, bold=True, keep_next=True, align="center"),
    StyleSpec("VnAddressee", "VN Addressee", "II.9.d (ô 9a): Kính gửi, in thường 13–14, đứng",
              size=14, before=120, align="left"),
    StyleSpec("VnAuthority", "VN Enacting Authority", "II.6.a: thẩm quyền ban hành (in hoa, đậm)",
              size=14, bold=True, caps=True, before=240, after=120, keep_next=True, align="center"),
    StyleSpec("VnBasis", "VN Basis", "II.6.a: căn cứ ban hành, in thường 13–14, nghiêng", size=14, italic=True, align="both", first_line=_FIRST, after=_AFTER, line=_LINE),
    StyleSpec("VnFormula", "VN Enacting Formula", "II.6.a: (QUYẾT ĐỊNH:) đậm, canh giữa",
              size=14, bold=True, before=120, after=120, keep_next=True, align="center"),
    StyleSpec("VnBody", "VN Body", "II.6.e: in thường, canh đều, đứng, 13–14, lùi 1,27 cm, cách đoạn ≥ 6 pt",
              size=14, align="both", first_line=_FIRST, after=_AFTER, line=_LINE),
    StyleSpec("VnBullet", "VN Bullet", "II.6.e: as the body (the '-' level is common practice, UNCONFIRMED)",
              based_on="VnBody"),
    StyleSpec("VnPart", "VN Part", "II.6.đ: Phần, Chương, in thường, canh giữa, 13–14, đứng, đậm",
              size=14, bold=True, before=240, keep_next=True, outline=0, align="center"),
    StyleSpec("VnPartTitle", "VN Part Title", "II.6.đ: tiêu đề phần, chương, in hoa, canh giữa, đậm",
              size=14, bold=True, caps=True, after=120, keep_next=True, align="center"),
    StyleSpec("VnMuc", "VN Muc", "II.6.đ: Mục, Tiểu mục, in thường, canh giữa, 13–14, đứng, đậm",
              size=14, bold=True, before=120, keep_next=True, outline=1, align="center"),
    StyleSpec("VnMucTitle", "VN Muc Title", "II.6.đ: tiêu đề mục, tiểu mục, in hoa, canh giữa, đậm",
              size=14, bold=True, caps=True, after=120, keep_next=True, align="center"),
    StyleSpec("VnArticle", "VN Article", "II.6.đ: Điều, in thường, lùi 1,27 cm, cỡ lời văn, đứng, đậm",
              based_on="VnBody", bold=True, keep_next=True, outline=2),
    StyleSpec("VnHeading1", "VN Heading I", "II.6.c and mục V sample: I., II. (đậm)",
              based_on="VnBody", bold=True, keep_next=True, outline=1),
    StyleSpec("VnHeading2", "VN Heading 1", "II.6.đ: khoản 1., 2. (khoản có tiêu đề: đậm)",
              based_on="VnBody", bold=True, keep_next=True, outline=2),
    StyleSpec("VnClause", "VN Clause", "II.6.đ: khoản without a title, cỡ lời văn, đứng", based_on="VnBody"),
    StyleSpec("VnPoint", "VN Point", "II.6.đ: điểm a), b), in thường, đứng", based_on="VnBody"),
    StyleSpec("VnRecipientsLabel", "VN Recipients Label", "II.9.d (ô 9b): Nơi nhận, in thường 12, nghiêng, đậm",
              size=12, bold=True, italic=True, align="left"),
    StyleSpec("VnRecipient", "VN Recipient", "II.9.d (ô 9b): danh sách nơi nhận, in thường 11, đứng",
              size=11, align="left"),
    StyleSpec("VnSignatureAuthority", "VN Signature Authority",
              "II.7.đ (ô 7a): TM., KT., … và chức vụ, in hoa 13–14, đứng, đậm",
              size=14, bold=True, caps=True, align="center"),
    StyleSpec("VnSignatureTitle", "VN Signature Title", "II.7.đ (ô 7a–7b): chức vụ, in hoa 13–14, đứng, đậm",
              size=14, bold=True, caps=True, align="center"),
    StyleSpec("VnSignatureRemark", "VN Signature Remark", "II.7.d (ô 7c): the place of the signature",
              size=14, before=240, align="center"),
    StyleSpec("VnSignerName", "VN Signer Name", "II.7.đ (ô 7b): họ tên, in thường 13–14, đứng, đậm",
              size=14, bold=True, before=1440, align="center"),
    StyleSpec("FootnoteText", "footnote text",
              "footnotes: size not set by the decree (UNCONFIRMED); 12 pt chosen", size=12, align="both"),
    StyleSpec("FootnoteReference", "footnote reference", "footnote marks (superscript)",
              kind="character", based_on=None, superscript=True),
    StyleSpec("VnFootnoteMark", "VN Footnote Mark",
              "a footnote mark whose note the document does not hold (superscript)",
              kind="character", based_on=None, superscript=True),
    StyleSpec("Header", "header", "I.7: số trang, 13–14, đứng, canh giữa trong lề trên", size=14, align="center"),
)

#: The styles by id.
STYLES: dict[str, StyleSpec] = {s.id: s for s in _SPECS}


def fonts() -> Element:
    """``w:rFonts`` naming Times New Roman in all four slots, so no script falls back."""
    f = layout.FONT
    return el("w:rFonts", {"w:ascii": f, "w:hAnsi": f, "w:eastAsia": f, "w:cs": f})


def _rpr(spec: StyleSpec) -> Element:
    rpr = el("w:rPr")
    if spec.id == "Normal":
        rpr.append(fonts())
    if spec.bold:
        sub(rpr, "w:b")
        sub(rpr, "w:bCs")
    if spec.italic:
        sub(rpr, "w:i")
        sub(rpr, "w:iCs")
    if spec.caps:
        sub(rpr, "w:caps")
    if spec.id == "Normal":
        sub(rpr, "w:color", {"w:val": "000000"})
    if spec.size is not None:
        half = str(round(spec.size * 2))
        sub(rpr, "w:sz", {"w:val": half})
        sub(rpr, "w:szCs", {"w:val": half})
    if spec.superscript:
        sub(rpr, "w:vertAlign", {"w:val": "superscript"})
    if spec.id == "Normal":
        sub(rpr, "w:lang", {"w:val": "vi-VN", "w:eastAsia": "vi-VN", "w:bidi": "ar-SA"})
    return rpr


def _ppr(spec: StyleSpec) -> Element:
    ppr = el("w:pPr")
    if spec.keep_next:
        sub(ppr, "w:keepNext")
    sub(ppr, "w:spacing", {"w:before": str(spec.before), "w:after": str(spec.after),
                           "w:line": str(spec.line), "w:lineRule": "auto"})
    if spec.first_line is not None:
        sub(ppr, "w:ind", {"w:firstLine": str(spec.first_line)})
    if spec.align is not None:
        sub(ppr, "w:jc", {"w:val": spec.align})
    if spec.outline is not None:
        sub(ppr, "w:outlineLvl", {"w:val": str(spec.outline)})
    return ppr


def _style(spec: StyleSpec) -> Element:
    attrs_ = {"w:type": spec.kind, "w:styleId": spec.id}
    if spec.id == "Normal":
        attrs_["w:default"] = "1"
    style = el("w:style", attrs_)
    sub(style, "w:name", {"w:val": spec.name})
    if spec.based_on is not None:
        sub(style, "w:basedOn", {"w:val": spec.based_on})
    sub(style, "w:qFormat")
    if spec.kind == "paragraph":
        if spec.based_on == "VnBody" and spec.id != "VnBody":
            # Inherit the body's paragraph layout; set only what differs.
            ppr = el("w:pPr")
            if spec.keep_next:
                sub(ppr, "w:keepNext")
            if spec.outline is not None:
                sub(ppr, "w:outlineLvl", {"w:val": str(spec.outline)})
            if len(ppr):
                style.append(ppr)
        else:
            style.append(_ppr(spec))
    rpr = _rpr(spec)
    if len(rpr):
        style.append(rpr)
    return style


def styles_xml() -> Element:
    """The ``w:styles`` part: document defaults (Times New Roman in ascii, hAnsi, eastAsia
    and cs; 14 pt; Vietnamese) and every style in :data:`STYLES`."""
    styles = root("w:styles")
    defaults = sub(styles, "w:docDefaults")
    rpr = sub(sub(defaults, "w:rPrDefault"), "w:rPr")
    rpr.append(fonts())
    sub(rpr, "w:sz", {"w:val": "28"})
    sub(rpr, "w:szCs", {"w:val": "28"})
    sub(rpr, "w:lang", {"w:val": "vi-VN", "w:eastAsia": "vi-VN", "w:bidi": "ar-SA"})
    sub(sub(sub(defaults, "w:pPrDefault"), "w:pPr"), "w:spacing", {"w:after": "0", "w:line": "240", "w:lineRule": "auto"})
    for spec in _SPECS:
        styles.append(_style(spec))
    table_style = sub(styles, "w:style", {"w:type": "table", "w:default": "1", "w:styleId": "TableNormal"})
    sub(table_style, "w:name", {"w:val": "Normal Table"})
    margins = sub(sub(table_style, "w:tblPr"), "w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        sub(margins, f"w:{side}", {"w:w": "0" if side in ("top", "bottom") else "57", "w:type": "dxa"})
    return styles
