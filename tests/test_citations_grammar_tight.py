"""``split_number`` reads a number written tight in the common alphabet from one match; the
parts are those the general tokeniser gives (checked here with the fast path switched off)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin.citations import grammar
from vnadmin.errors import CitationError

_NEVER = re.compile(r"(?!)")


def _parts(text: str, *, fast: bool) -> object:
    saved = grammar._TIGHT
    if not fast:
        grammar._TIGHT = _NEVER
    try:
        return grammar.split_number(text)
    except CitationError as exc:
        return ("error", str(exc))
    finally:
        grammar._TIGHT = saved


@pytest.mark.parametrize(
    "text",
    [
        "833/QĐ-UBND",
        "30/2020/NĐ-CP",
        "05-CT/TW",
        "12/2015/TTLT-BTC-BNV",
        "64/2025/QH15",
        "1471/STTTT-TTBCXB",
        "142/ttr-SKHCN",
        "05/QĐ",
        "05/12/QĐ-UBND",
        "05-12/TW",
        "Số: 05/NQ-HĐND",
        "2463 /QĐ - UBND.",
    ],
)
def test_examples(text: str) -> None:
    assert _parts(text, fast=True) == _parts(text, fast=False)


@given(st.text(st.sampled_from(list("0123456789/-ĐđQDUBNDCTTWabcxyz&.ÐÁá ")), max_size=30))
def test_any_string(text: str) -> None:
    assert _parts(text, fast=True) == _parts(text, fast=False)


@given(
    st.from_regex(
        r"[0-9]{1,10}(-[A-Za-zĐ0-9]{1,4})?/([0-9]{3,5}/)?[A-Za-zĐđ0-9&]{1,34}(-[A-Za-zĐ0-9&]{0,5}){0,3}",
        fullmatch=True,
    )
)
def test_number_shaped_strings(text: str) -> None:
    assert _parts(text, fast=True) == _parts(text, fast=False)
