"""Địa danh và thời gian ban hành — place and date of issue.

A draft may leave the day (or month) blank: that is a value (``None``), not an error. The
digits are kept as written (``day_written="5"`` vs ``"05"``) because the leading-zero rule
of Phụ lục I is a validation finding, never a repair.

>>> d = IssueDate("Quảng Ngãi", day=None, month=3, year=2025)
>>> d.as_date() is None, d.month_written
(True, '3')
>>> IssueDate("Hà Nội", day=5, month=1, year=2020).day_written   # the canonical form
'05'
>>> str(IssueDate("Hà Nội", day=5, month=1, year=2020))
'Hà Nội, ngày 05 tháng 01 năm 2020'
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs

from vnadmin.errors import ModelError
from vnadmin.model import _checks
from vnadmin.model.origin import Origin

__all__ = ["IssueDate", "canonical_day", "canonical_month"]


def canonical_day(day: int) -> str:
    """Phụ lục I: a leading zero for days below 10."""
    return f"{day:02d}"


def canonical_month(month: int) -> str:
    """Phụ lục I: a leading zero for months 1 and 2 only."""
    return f"{month:02d}" if month <= 2 else str(month)


def _range(lo: int, hi: int, what: str) -> Any:
    def check(inst: IssueDate, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if type(value) is not int or not lo <= value <= hi:
            _checks.fail(inst, attribute, value, f"{what} phải từ {lo} đến {hi} ({what} must be {lo}..{hi})")

    return check


def _default_day(inst: IssueDate) -> str | None:
    # Defaults are computed before validators run: a non-int day is left to its validator.
    return canonical_day(inst.day) if type(inst.day) is int else None


def _default_month(inst: IssueDate) -> str | None:
    return canonical_month(inst.month) if type(inst.month) is int else None


def _check_written(inst: IssueDate, attribute: attrs.Attribute[Any], value: object) -> None:
    number = getattr(inst, attribute.name.removesuffix("_written"))
    if number is None:
        if value is not None:
            _checks.fail(inst, attribute, value, "phải là None khi để trống (must be None when blank)")
        return
    if type(value) is not str or not value.isdigit() or not value.isascii() or int(value) != number:
        raise ModelError(
            type(inst).__name__,
            attribute.name,
            value,
            f"phải là các chữ số của {number} (must be the digits of {number})",
        )


@attrs.frozen(repr=False)
class IssueDate:
    """``place`` (địa danh) and ``day``/``month``/``year`` (``None`` where blank)."""

    place: str | None = attrs.field(validator=_checks.one_line)
    day: int | None = attrs.field(default=None, validator=_range(1, 31, "ngày (day)"))
    month: int | None = attrs.field(default=None, validator=_range(1, 12, "tháng (month)"))
    year: int | None = attrs.field(default=None, validator=_range(1000, 9999, "năm (year)"))
    day_written: str | None = attrs.field(
        default=attrs.Factory(_default_day, takes_self=True), kw_only=True, validator=_check_written
    )
    month_written: str | None = attrs.field(
        default=attrs.Factory(_default_month, takes_self=True),
        kw_only=True,
        validator=_check_written,
    )
    origin: Origin | None = attrs.field(default=None, kw_only=True, eq=False)

    def as_date(self) -> _dt.date | None:
        """The date, or ``None`` when a part is blank or the date does not exist (30/02)."""
        if self.day is None or self.month is None or self.year is None:
            return None
        try:
            return _dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    @property
    def is_complete(self) -> bool:
        return self.day is not None and self.month is not None and self.year is not None

    def __str__(self) -> str:
        day = self.day_written or ""
        month = self.month_written or ""
        year = "" if self.year is None else str(self.year)
        when = " ".join(f"ngày {day} tháng {month} năm {year}".split())
        return f"{self.place}, {when}" if self.place else when

    def __repr__(self) -> str:
        return f"IssueDate({str(self)!r})"
