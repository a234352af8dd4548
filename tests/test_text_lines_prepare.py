"""The preparation of a text's lines (lines.prepare_lines): its one-pass test for text that
needs nothing is sound, and what it says of the text is true."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from vnadmin.citations.view import MARK_RE
from vnadmin.text import lines as L

_PLAIN = "".join(chr(c) for a, b in L._PLAIN_RANGES for c in range(ord(a), ord(b) + 1))


def _second_of_a_pair() -> set[str]:
    """The characters that compose with a character before them under NFC: the second of
    each primary composite's canonical pair, and the Hangul vowels and trailing jamo."""
    seconds = {chr(c) for c in [*range(0x1161, 0x1176), *range(0x11A8, 0x11C3)]}
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        d = unicodedata.decomposition(c)
        if d and not d.startswith("<") and unicodedata.normalize("NFC", c) == c:
            parts = d.split()
            if len(parts) == 2:
                seconds.add(chr(int(parts[1], 16)))
    return seconds


def test_plain_characters_are_printable_and_inert_under_nfc() -> None:
    seconds = _second_of_a_pair()
    for c in _PLAIN:
        if c == "\n":
            continue
        assert c.isprintable() and c not in L._LOOKALIKES, hex(ord(c))
        first = unicodedata.normalize("NFD", c)[0]
        assert unicodedata.normalize("NFC", c) == c, hex(ord(c))
        assert unicodedata.combining(c) == 0 and unicodedata.combining(first) == 0, hex(ord(c))
        assert c not in seconds and first not in seconds, hex(ord(c))


@given(st.text(alphabet=_PLAIN, max_size=40))
def test_plain_text_is_in_nfc_and_needs_nothing(text: str) -> None:
    assert unicodedata.is_normalized("NFC", text)
    assert L._PLAIN_RUN.fullmatch(text)
    assert L.prepare_lines(text) == (text.split("\n"), text, L.is_markdown(text), True, True, True)


_ODD = ["\u00a0", "\t", "\f", "\r", "\x00", "\x0b", "\u2028", "\u200b", "Ð", "ð", "\u0301", "e\u0301", "\u0323", "Ӏ", "\u0483", "Ω", "\u2126"]


@given(st.lists(st.one_of(st.text(alphabet="aĐ ế\n", max_size=6), st.sampled_from(_ODD)), max_size=20).map("".join))
def test_printable_flags_say_what_the_lines_are(text: str) -> None:
    lines, normal, markdown, printable, clean, plain = L.prepare_lines(text)
    assert printable == (all(map(str.isprintable, text.split("\n"))) and not any(c in text for c in L._LOOKALIKES))
    assert clean == all(map(str.isprintable, lines))
    assert (lines, normal, markdown) == L._prepare_whole(text)
    # plain: every character a plain one, so no combining mark (the citation finder then
    # skips its passes for tone marks)
    assert plain == (L._PLAIN_RUN.fullmatch(text) is not None)
    assert not plain or MARK_RE.search(text) is None


def test_unplain_lines_are_the_lines_holding_another_character() -> None:
    text = "một\nhai\u00a0\nba\n\nbốn\u0301\tnăm\nsáu\u0301"
    at = L._PLAIN_RUN.match(text).end()  # type: ignore[union-attr]
    expected = [i for i, line in enumerate(text.split("\n")) if not L._PLAIN_RUN.fullmatch(line)]
    assert L._unplain_lines(text, at) == expected == [1, 4, 5]
