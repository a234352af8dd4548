"""IssueDate: ranges, blanks as values, written digits, the Phụ lục I zero rule."""

from __future__ import annotations

import datetime as dt

import pytest

from vnadmin.errors import ModelError
from vnadmin.model import IssueDate
from vnadmin.model.dates import canonical_day, canonical_month


@pytest.mark.parametrize(
    ("day", "month", "expected_day", "expected_month"),
    [(5, 1, "05", "01"), (19, 2, "19", "02"), (29, 3, "29", "3"), (1, 10, "01", "10"), (31, 12, "31", "12")],
)
def test_canonical_written_forms(day: int, month: int, expected_day: str, expected_month: str) -> None:
    d = IssueDate("Hà Nội", day, month, 2020)
    assert (d.day_written, d.month_written) == (expected_day, expected_month)
    assert (canonical_day(day), canonical_month(month)) == (expected_day, expected_month)


def test_str_and_as_date() -> None:
    d = IssueDate("Thành phố Hồ Chí Minh", 29, 6, 2019)
    assert str(d) == "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"
    assert d.as_date() == dt.date(2019, 6, 29) and d.is_complete


def test_blank_day_is_a_value() -> None:
    d = IssueDate("Quảng Ngãi", day=None, month=3, year=2025)
    assert d.day is None and d.day_written is None and d.month_written == "3"
    assert d.as_date() is None and not d.is_complete
    assert str(d) == "Quảng Ngãi, ngày tháng 3 năm 2025"


def test_impossible_calendar_date_is_held_but_has_no_date() -> None:
    d = IssueDate("Hà Nội", 30, 2, 2021)  # each part in range; the date does not exist
    assert d.as_date() is None


def test_written_digits_are_kept() -> None:
    d = IssueDate("Hà Nội", 5, 3, 2020, day_written="5", month_written="03")
    assert str(d) == "Hà Nội, ngày 5 tháng 03 năm 2020"
    assert d != IssueDate("Hà Nội", 5, 3, 2020)  # what was written is content


def test_without_place() -> None:
    assert str(IssueDate(None, 1, 1, 2024)) == "ngày 01 tháng 01 năm 2024"


@pytest.mark.parametrize(
    ("kwargs", "field", "value"),
    [
        ({"day": 32, "month": 1, "year": 2020}, "day", 32),
        ({"day": 0, "month": 1, "year": 2020}, "day", 0),
        ({"day": "5", "month": 1, "year": 2020}, "day", "5"),
        ({"day": 5, "month": 13, "year": 2020}, "month", 13),
        ({"day": 5, "month": 0, "year": 2020}, "month", 0),
        ({"day": 5, "month": 1, "year": 20}, "year", 20),
        ({"day": 5, "month": 1, "year": 10000}, "year", 10000),
        ({"day": 5, "month": 1, "year": 2020, "day_written": "6"}, "day_written", "6"),
        ({"day": 5, "month": 1, "year": 2020, "day_written": "five"}, "day_written", "five"),
        ({"day": None, "month": 1, "year": 2020, "day_written": "05"}, "day_written", "05"),
        ({"day": 5, "month": 1, "year": 2020, "month_written": "1a"}, "month_written", "1a"),
    ],
)
def test_bad_values(kwargs: dict[str, object], field: str, value: object) -> None:
    with pytest.raises(ModelError) as err:
        IssueDate("Hà Nội", **kwargs)  # type: ignore[arg-type]
    assert (err.value.cls, err.value.field, err.value.value) == ("IssueDate", field, value)


@pytest.mark.parametrize("place", ["", "   ", "Hà\nNội", 5])
def test_bad_place(place: object) -> None:
    with pytest.raises(ModelError) as err:
        IssueDate(place, 1, 1, 2020)  # type: ignore[arg-type]
    assert err.value.field == "place"
