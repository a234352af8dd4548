"""vnadmin.unicode: NFC on the way in, folding keys that never change stored text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin.unicode import ascii_fold, fold, is_upper_text, nfc, normalize, normalize_dashes, tone_new_style


def test_normalize() -> None:
    nfd = unicodedata.normalize("NFD", "Quyết định")
    assert normalize(nfd) == "Quyết định" and unicodedata.is_normalized("NFC", normalize(nfd))
    assert normalize("Q\u00d0") == "QĐ" and normalize("Q\u0189") == "QĐ"
    assert normalize("Hà\u00a0Nội\u200b") == "Hà Nội"
    assert normalize("hòa") == "hòa" and normalize("hoà") == "hoà"  # tone placement kept as written
    assert normalize("ascii only") == "ascii only"
    assert nfc(nfd) == "Quyết định"


def test_dashes() -> None:
    assert normalize_dashes("2021 – 2025 — x − y") == "2021 - 2025 - x - y"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("CỘNG HOÀ", "Cộng hòa"),
        ("khoẻ", "khỏe"),
        ("thuỷ", "thủy"),
        ("Độc lập – Tự do – Hạnh phúc", "độc lập - tự do - hạnh phúc"),
        ("  Sở   Nội vụ ", "sở nội vụ"),
        (unicodedata.normalize("NFD", "Quyết định"), "quyết định"),
    ],
)
def test_fold_equates_variants(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_keeps_d_stroke_and_diacritics() -> None:
    assert fold("Đ") != fold("D") and fold("ĐA") != fold("DA")
    assert fold("Quyết") != fold("Quyet")
    assert ascii_fold("Quyết ĐỊNH") == "quyet dinh" == ascii_fold("quyet dinh")


def test_tone_new_style() -> None:
    assert tone_new_style("hòa thủy khỏe") == "hoà thuỷ khoẻ"
    assert tone_new_style("quốc") == "quốc"  # the circumflex vowel keeps its tone
    assert tone_new_style("abc") == "abc"


def test_is_upper_text() -> None:
    assert is_upper_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert not is_upper_text("Độc lập - Tự do - Hạnh phúc")
    assert not is_upper_text("123 - /")


@given(st.text(max_size=60))
def test_fold_is_idempotent_and_never_mutates(text: str) -> None:
    before = str(text)
    key = fold(text)
    assert text == before
    assert fold(key) == key
    assert unicodedata.is_normalized("NFC", normalize(text))


def test_normalize_repairs_controls_but_keeps_whitespace_and_form_feeds() -> None:
    assert normalize("\u00d0i\u00a0ngày\u200b\x0c") == "Đi ngày\x0c"
    assert normalize("a\x01b\x7fc\td\ne\rf\x0bg") == "a b c\td\ne\rf\x0bg"
    assert normalize("Quye\u0302\u0301t") == "Quyết"


def test_ascii_digits() -> None:
    from vnadmin.unicode import ascii_digits

    assert [ascii_digits(d) for d in ("٠٥", "１２", "07", "০৯", "66.11")] == ["05", "12", "07", "09", "66.11"]
