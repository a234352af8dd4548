"""Số, ký hiệu — the number and symbol of a document.

One class covers every numbering style (``style``):

================  ============================  ===========================================
style             canonical form                parts
================  ============================  ===========================================
administrative    ``05/NQ-HĐND``                number, type_code, issuers
cong_van          ``1471/STTTT-TTBCXB``         number, issuers (first group), unit (rest)
legal             ``30/2020/NĐ-CP``             number, year, type_code (None for
                  ``64/2025/QH15``              laws: ``QH15`` is the issuer), issuers
party             ``05-CT/TW``                  number, type_code, issuers
================  ============================  ===========================================

``number`` keeps the digits as written (``"7"`` stays ``"7"``; the leading-zero rule is a
validation finding) and is ``None`` when a draft leaves it blank (``/BC-SKHCHN``). A number
in a numbered series keeps its dot: the Government numbers the resolutions of a series
``66.1/2025/NQ-CP``, ``66.7/2025/NQ-CP`` (one dot, then one or two digits). Nghị định
30/2020/NĐ-CP does not describe that form (UNCONFIRMED as a rule: it is read as written).
Parsing lives in :mod:`vnadmin.citations`; this class only holds and formats.

>>> n = DocumentNumber("05", type_code="NQ", issuers=("HĐND",))
>>> str(n), n.symbol
('05/NQ-HĐND', 'NQ-HĐND')
>>> str(DocumentNumber(None, type_code="BC", issuers=("SKHCHN",)))
'/BC-SKHCHN'
>>> str(DocumentNumber("64", year=2025, issuers=("QH15",), style="legal"))
'64/2025/QH15'
>>> str(DocumentNumber("05", type_code="CT", issuers=("TW",), style="party"))
'05-CT/TW'
>>> cv = DocumentNumber("624", type_code="CT", issuers=("TTHT",)).as_cong_van()
>>> cv.style, cv.issuers, cv.unit, str(cv)
('cong_van', ('CT',), 'TTHT', '624/CT-TTHT')
"""

from __future__ import annotations

from typing import Any

import attrs

from vnadmin.errors import ModelError
from vnadmin.model import _checks
from vnadmin.model._trusted import new, slot_setters

__all__ = ["STYLES", "DocumentNumber"]

STYLES = ("administrative", "cong_van", "legal", "party")


def is_number_text(value: str) -> bool:
    """Whether ``value`` is a sequence number as ``DocumentNumber.number`` holds it: ASCII
    digits, or digits, one dot and one or two digits (a series: ``66.11``)."""
    if value.isdigit():
        return value.isascii()
    head, dot, tail = value.partition(".")
    return bool(dot) and head.isdigit() and tail.isdigit() and len(tail) <= 2 and value.isascii()


def _check_number(inst: DocumentNumber, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if type(value) is not str or not is_number_text(value):
        _checks.fail(
            inst,
            attribute,
            value,
            "số thứ tự chỉ gồm chữ số Ả Rập (có thể thêm một dấu chấm và số trong loạt: 66.11), "
            "hoặc None khi để trống "
            "(the number must be Arabic digits, optionally a dot and a series number as in 66.11, "
            "or None when left blank)",
        )


def _check_year(inst: DocumentNumber, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if type(value) is not int or not 1000 <= value <= 9999:
        _checks.fail(inst, attribute, value, "năm phải có bốn chữ số (year must have four digits)")


def _group_ok(value: object) -> bool:
    # Six ``in`` tests are several times faster than building a set of the characters.
    return (
        type(value) is str
        and bool(value)
        and "/" not in value
        and "-" not in value
        and " " not in value
        and "\t" not in value
        and "\n" not in value
        and "\r" not in value
    )


def _check_code(inst: DocumentNumber, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not _group_ok(value):
        _checks.fail(
            inst,
            attribute,
            value,
            "mã loại văn bản không được rỗng hay chứa '/', '-', dấu cách "
            "(type code must be non-empty, without '/', '-' or spaces)",
        )


def _check_issuers(inst: DocumentNumber, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not tuple or not all(map(_group_ok, value)):
        _checks.fail(
            inst,
            attribute,
            value,
            "mỗi nhóm chữ viết tắt phải không rỗng, không chứa '/', '-', dấu cách "
            "(each abbreviation group must be non-empty, without '/', '-' or spaces)",
        )


def _check_unit(inst: DocumentNumber, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if type(value) is not str or not all(_group_ok(g) for g in value.split("-")):
        _checks.fail(
            inst,
            attribute,
            value,
            "đơn vị soạn thảo phải là các nhóm chữ nối bằng '-' "
            "(the drafting unit must be groups joined by '-')",
        )


def _check_style(inst: DocumentNumber, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in STYLES:
        _checks.fail(inst, attribute, value, f"phải là một trong {STYLES} (must be one of them)")


def _check_shape(inst: DocumentNumber) -> None:
    style = inst.style
    problem = None
    if style == "legal":
        if inst.year is None:
            problem = ("year", "văn bản quy phạm pháp luật cần năm ban hành (a legal-normative number needs its year)")
    elif inst.year is not None:
        problem = ("year", f"kiểu {style} không có năm trong số, ký hiệu (style {style} has no year)")
    if problem is None and style in ("administrative", "party") and inst.type_code is None:
        problem = ("type_code", f"kiểu {style} cần mã loại văn bản (style {style} needs a type code)")
    if problem is None and style == "cong_van" and inst.type_code is not None:
        problem = ("type_code", "công văn không có mã loại văn bản (a công văn has no type code)")
    if problem is None and style != "cong_van" and inst.unit is not None:
        problem = ("unit", "chỉ công văn có đơn vị soạn thảo (only a công văn has a drafting unit)")
    if problem is None and not inst.issuers:
        problem = ("issuers", "cần ít nhất một cơ quan ban hành (at least one issuer is required)")
    if problem is not None:
        field, message = problem
        raise ModelError(type(inst).__name__, field, getattr(inst, field), message)


@attrs.frozen(repr=False)
class DocumentNumber:
    """Số, ký hiệu. ``written`` keeps the text as it appeared (excluded from equality)."""

    number: str | None = attrs.field(validator=_check_number)
    year: int | None = attrs.field(default=None, kw_only=True, validator=_check_year)
    type_code: str | None = attrs.field(default=None, kw_only=True, validator=_check_code)
    issuers: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_checks.to_tuple, validator=_check_issuers
    )
    unit: str | None = attrs.field(default=None, kw_only=True, validator=_check_unit)
    style: str = attrs.field(default="administrative", kw_only=True, validator=_check_style)
    written: str | None = attrs.field(default=None, kw_only=True, eq=False)

    def __attrs_post_init__(self) -> None:
        _check_shape(self)

    # -- derived forms -------------------------------------------------------------------
    @property
    def symbol(self) -> str:
        """Ký hiệu: everything after the number (``NQ-HĐND``, ``2020/NĐ-CP``, ``CT/TW``)."""
        issuers = "-".join(self.issuers)
        if self.style == "party":
            return f"{self.type_code}/{issuers}"
        if self.style == "cong_van":
            return f"{issuers}-{self.unit}" if self.unit else issuers
        groups = f"{self.type_code}-{issuers}" if self.type_code else issuers
        return f"{self.year}/{groups}" if self.style == "legal" else groups

    @property
    def segments(self) -> tuple[str, ...]:
        """The hyphen-separated groups of the ký hiệu after any year, in order."""
        groups: list[str] = []
        if self.style == "cong_van":
            groups.extend(self.issuers)
            if self.unit:
                groups.extend(self.unit.split("-"))
        else:
            if self.type_code:
                groups.append(self.type_code)
            groups.extend(self.issuers)
        return tuple(groups)

    @property
    def value(self) -> int | None:
        """The number as an int (``None`` when blank); for a number in a series
        (``66.11``), the series' number before the dot (66)."""
        return int(self.number.partition(".")[0]) if self.number is not None else None

    @property
    def is_blank(self) -> bool:
        return self.number is None

    def as_cong_van(self) -> DocumentNumber:
        """The công văn reading of an administrative number whose first group is also a type
        code (``624/CT-TTHT``: CT is the issuer Cục Thuế). ``str()`` is unchanged."""
        if self.style == "cong_van":
            return self
        if self.style != "administrative" or not self.issuers:
            raise ModelError(
                "DocumentNumber",
                "style",
                self.style,
                "chỉ số hành chính có thể đọc thành công văn "
                "(only an administrative number has a công văn reading)",
            )
        groups = self.segments
        return DocumentNumber(
            self.number,
            issuers=(groups[0],),
            unit="-".join(groups[1:]) or None,
            style="cong_van",
            written=self.written,
        )

    def __str__(self) -> str:
        sep = "-" if self.style == "party" else "/"
        return f"{self.number or ''}{sep}{self.symbol}"

    def __repr__(self) -> str:
        return f"DocumentNumber({str(self)!r}, style={self.style!r})"


# -- a cheaper construction path for readers -----------------------------------------------------

_NUMBER_FIELDS = ("number", "year", "type_code", "issuers", "unit", "style", "written")
_SET = slot_setters(DocumentNumber, _NUMBER_FIELDS)


def build_number(
    number: str | None,
    year: int | None,
    type_code: str | None,
    issuers: tuple[str, ...],
    unit: str | None,
    style: str,
    written: str | None,
) -> DocumentNumber:
    """``DocumentNumber(number, year=…, type_code=…, issuers=…, unit=…, style=…,
    written=…)`` for readers that build many: the field checks the validators make, in one
    expression, then the shape check; when a field check fails, the constructor runs and
    raises the validator's own error. The result is the object the constructor builds."""
    if not (
        (number is None or (type(number) is str and number.isdigit() and number.isascii()))
        and (year is None or (type(year) is int and 1000 <= year <= 9999))
        and (type_code is None or _group_ok(type_code))
        and type(issuers) is tuple
        and all(map(_group_ok, issuers))
        and (unit is None or (type(unit) is str and all(map(_group_ok, unit.split("-")))))
        and style in STYLES
    ):
        return DocumentNumber(
            number, year=year, type_code=type_code, issuers=issuers, unit=unit, style=style, written=written
        )
    n = new(DocumentNumber)
    s_number, s_year, s_type_code, s_issuers, s_unit, s_style, s_written = _SET
    s_number(n, number)
    s_year(n, year)
    s_type_code(n, type_code)
    s_issuers(n, issuers)
    s_unit(n, unit)
    s_style(n, style)
    s_written(n, written)
    _check_shape(n)
    return n
