"""``fold`` skips the tone move where no tone can move (no toned o or u): the same key as
the full composition of normalize, tone_new_style, dashes, lower case and spaces."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vnadmin import unicode as U


def _reference(text: str) -> str:
    key = U.tone_new_style(U.normalize(text)).translate(U._DASH_TABLE).lower()
    return U._SPACES.sub(" ", key).strip()


_LETTERS = list("aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐdnhgtk -–—\u00a0\t\n") + list("òóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤàáảãạ")
_MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"]


@given(st.text(st.sampled_from(_LETTERS + _MARKS), max_size=14))
def test_fold_vietnamese(text: str) -> None:
    assert U.fold(text) == _reference(text)


@given(st.text(max_size=12))
def test_fold_any_text(text: str) -> None:
    assert U.fold(text) == _reference(text)


def test_fold_examples() -> None:
    assert U.fold("Hòa  Bình") == "hoà bình"
    assert U.fold("THỦY") == "thuỷ"
    assert U.fold("Quyết–định") == "quyết-định"
    assert U.fold("  Số ") == "số"
