"""Place and date rules (D): presence, parts left blank in drafts, the leading-zero rule of
Phụ lục I, impossible dates and dates after today."""

from __future__ import annotations

from collections.abc import Iterator

from vnadmin.model import IssueDate
from vnadmin.rules.checks import _sources as src
from vnadmin.rules.context import Context
from vnadmin.rules.registry import Hit, rule


def _date(ctx: Context) -> IssueDate | None:
    return ctx.doc.header.issue_date


@rule("D001", "date-missing", component="date", severity="error", source=src.DATE, spec="§1.5")
def date_missing(ctx: Context) -> Iterator[Hit]:
    """The document has no place-and-date line ("Hà Nội, ngày 05 tháng 01 năm 2020")."""
    if not ctx.is_annex and _date(ctx) is None:
        yield ctx.hit(
            "Thiếu địa danh và thời gian ban hành văn bản (place and date of issue missing)",
            "header.issue_date",
            ctx.header_origin("issue_date"),
        )


@rule("D002", "place-missing", component="date", severity="error", source=src.DATE, spec="§1.5")
def place_missing(ctx: Context) -> Iterator[Hit]:
    """The date line has no place name (địa danh) before "ngày …"."""
    d = _date(ctx)
    if d is not None and d.place is None:
        yield ctx.hit("Thiếu địa danh trước ngày tháng (place name missing)", "header.issue_date.place", ctx.header_origin("issue_date"))


@rule("D003", "date-day-blank", component="date", severity="warning", review="info", source=src.DATE, spec="§1.5, §9 #2")
def date_day_blank(ctx: Context) -> Iterator[Hit]:
    """The day is left blank ("ngày tháng 3 năm 2025").

    Usual in a draft (the date is filled in when the document is signed and registered),
    invalid in an issued document. A drafting-only rule: the ``review`` profile reports it
    as information."""
    d = _date(ctx)
    if d is not None and d.day is None:
        yield ctx.hit("Ngày ban hành để trống (the day of issue is blank)", "header.issue_date.day", ctx.header_origin("issue_date"))


@rule("D004", "date-month-blank", component="date", severity="warning", review="info", source=src.DATE, spec="§1.5, §9 #13")
def date_month_blank(ctx: Context) -> Iterator[Hit]:
    """The month is left blank ("ngày tháng năm 2025"); a drafting-only rule like
    ``date-day-blank``."""
    d = _date(ctx)
    if d is not None and d.month is None:
        yield ctx.hit("Tháng ban hành để trống (the month of issue is blank)", "header.issue_date.month", ctx.header_origin("issue_date"))


@rule("D005", "date-year-blank", component="date", severity="warning", review="info", source=src.DATE, spec="§1.5")
def date_year_blank(ctx: Context) -> Iterator[Hit]:
    """The year is left blank; a drafting-only rule like ``date-day-blank``."""
    d = _date(ctx)
    if d is not None and d.year is None:
        yield ctx.hit("Năm ban hành để trống (the year of issue is blank)", "header.issue_date.year", ctx.header_origin("issue_date"))


@rule("D006", "date-leading-zero", component="date", severity="error", review="warning", source=src.DATE_FORM, spec="§1.5, §9 #7–8")
def date_leading_zero(ctx: Context) -> Iterator[Hit]:
    """The day or month is written against the leading-zero rule of Phụ lục I.

    Exactly as Phụ lục I says: days below 10 and the months 1 and 2 take a leading zero
    ("ngày 05 tháng 01", "ngày 19 tháng 02"); months 3 to 12 take none ("tháng 3", not
    "tháng 03"). A superfluous zero ("tháng 07") is reported like a missing one. The
    ``review`` profile lowers it to a warning: older and Party documents often differ."""
    d = _date(ctx)
    if d is None:
        return
    origin = ctx.header_origin("issue_date")
    if d.day is not None and d.day_written is not None:
        want = f"{d.day:02d}"
        if d.day_written != want:
            yield ctx.hit(
                f'Ngày phải viết "{want}", không phải "{d.day_written}" (write the day as {want}: '
                "a leading zero for days below 10)",
                "header.issue_date.day",
                origin,
            )
    if d.month is not None and d.month_written is not None:
        want = f"{d.month:02d}" if d.month <= 2 else str(d.month)
        if d.month_written != want:
            yield ctx.hit(
                f'Tháng phải viết "{want}", không phải "{d.month_written}" (write the month as {want}: '
                "a leading zero for months 1 and 2 only)",
                "header.issue_date.month",
                origin,
            )


@rule("D007", "date-impossible", component="date", severity="error", source=src.DATE, spec="§1.5")
def date_impossible(ctx: Context) -> Iterator[Hit]:
    """The date does not exist (30 February, 31 April)."""
    d = _date(ctx)
    if d is not None and d.is_complete and d.as_date() is None:
        yield ctx.hit(
            f"Ngày {d.day}/{d.month}/{d.year} không tồn tại (the date does not exist)",
            "header.issue_date",
            ctx.header_origin("issue_date"),
        )


@rule("D008", "date-after-today", component="date", severity="error", source=src.DATE, spec="§1.5")
def date_after_today(ctx: Context) -> Iterator[Hit]:
    """The date of issue lies after today.

    A document cannot be issued in the future. "Today" is the configuration's ``today``
    (the real date by default), so runs can be reproduced. A date with a blank day is
    judged by its earliest possible day."""
    d = _date(ctx)
    if d is None or d.year is None:
        return
    earliest = (d.year, d.month or 1, d.day or 1)
    today = ctx.today
    if d.as_date() is None and d.is_complete:
        return  # impossible: date-impossible reports it
    if earliest > (today.year, today.month, today.day):
        yield ctx.hit(
            f"Ngày ban hành sau ngày hôm nay {today.isoformat()} (the date of issue is after today)",
            "header.issue_date",
            ctx.header_origin("issue_date"),
        )


@rule("D009", "place-case", component="date", severity="warning", source=src.DATE_FORM, spec="§1.5")
def place_case(ctx: Context) -> Iterator[Hit]:
    """The place name does not start with a capital ("quảng Ngãi")."""
    d = _date(ctx)
    if d is not None and d.place and not d.place[0].isupper():
        yield ctx.hit(
            f'Địa danh "{d.place}" phải viết hoa chữ cái đầu (the place name must start with a capital)',
            "header.issue_date.place",
            ctx.header_origin("issue_date"),
        )
