"""Digits other than 0-9 in a number: decimal digits of any script count (and are written
back in ASCII); other characters Python calls digits (superscripts "²") do not, and give a
CitationError rather than a bare ValueError."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin import parse_number
from vnadmin.errors import CitationError


def test_decimal_digits_of_other_scripts() -> None:
    assert str(parse_number("٣٠/2020/NĐ-CP")) == "30/2020/NĐ-CP"
    assert str(parse_number("0٥/QĐ-UBND")) == "05/QĐ-UBND"


@pytest.mark.parametrize("text", ["²/QĐ-UBND", "0²/QĐ-UBND", "5/²⁰²⁰/NĐ-CP", "¹²"])
def test_superscripts_are_no_number(text: str) -> None:
    with pytest.raises(CitationError):
        parse_number(text)


@given(st.text(st.sampled_from(list("0123456789²³¹⁰٣٥/-ĐQUBNDCP& :")), max_size=24))
def test_only_citation_errors(text: str) -> None:
    with contextlib.suppress(CitationError):  # anything else fails the test
        parse_number(text)
