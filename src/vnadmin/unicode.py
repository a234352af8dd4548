"""Unicode helpers: NFC on the way in, variant repair on purpose, folding keys for matching.

Nothing here changes text that is *stored*: readers call :func:`normalize` once on input
(NFC plus the repairs listed there), and matchers compare :func:`fold` keys, which are never
written back.

>>> normalize("Quye\u0302\u0301t \u0110inh")  # NFD in, NFC out
'Quyết Đinh'
>>> fold("CỘNG HOÀ") == fold("Cộng hòa")  # old and new tone placement, case
True
>>> ascii_fold("TỔNG CỤC THUẾ")
'tong cuc thue'
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "DASHES",
    "LOOKALIKES",
    "ascii_digits",
    "ascii_fold",
    "fold",
    "is_upper_text",
    "nfc",
    "normalize",
    "normalize_dashes",
    "tone_new_style",
]

#: Characters real documents use where a hyphen-minus is meant.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"

_DASH_TABLE = str.maketrans(dict.fromkeys(DASHES, "-"))

_TONES = "\u0300\u0301\u0303\u0309\u0323"
# A tone mark on o/u directly followed by a bare a/e/y (the "oa", "oe", "uy" rhymes): the
# new-style placement puts it on the second vowel (hoà, khoẻ, thuỷ). Linear: no nesting.
_TONE_MOVE = re.compile(f"([oOuU])([{_TONES}])([aAeEyY])(?![\u0302\u0306\u031b])")
_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode normal form C."""
    return unicodedata.normalize("NFC", text)


# C0 control characters other than the whitespace ones (tab, LF, VT, FF, CR) come from broken
# PDF extraction; XML cannot carry them, so they become spaces. Form feeds stay: text readers
# take them for page breaks.
_CONTROLS = "".join(map(chr, [*range(0x09), *range(0x0E, 0x20), 0x7F]))
_ODD_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u3000"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
#: Letters typed or extracted for Vietnamese ones, and the letter each stands for: Ð (eth)
#: and Ɖ (African D) for Đ; ƣ/Ƣ (Latin OI, U+01A3/U+01A2) for ư/Ư, as text extracted from
#: PDFs made with the old Vietnamese fonts (TCVN3, VNI converted) prints "THƢƠNG", "Lƣu",
#: "Thông tƣ" — in Vietnamese text these letters are never meant as themselves.
LOOKALIKES = {
    "\u00d0": "\u0110",
    "\u0189": "\u0110",
    "\u0256": "\u0111",
    "\u00f0": "\u0111",
    "\u01a2": "\u01af",
    "\u01a3": "\u01b0",
}
#: What :func:`normalize` puts in place of each character it repairs: odd spaces (NBSP,
#: narrow NBSP, figure/thin spaces) become a space, zero-width characters and the BOM go,
#: look-alike letters become the Vietnamese letters they stand for.
_REPLACEMENT = {
    **dict.fromkeys(_CONTROLS + _ODD_SPACES, " "),
    **dict.fromkeys(_ZERO_WIDTH, ""),
    **LOOKALIKES,
}
_NEEDS_REPAIR = re.compile("[" + re.escape("".join(_REPLACEMENT)) + "]")


def normalize(text: str) -> str:
    """Normalise text read from a source: NFC, look-alike letters (``Ð``/``Ɖ`` → ``Đ``,
    ``ƣ`` → ``ư``: :data:`LOOKALIKES`), odd spaces and C0 control characters (other than
    whitespace) → space, zero-width characters removed.
    Diacritics and tone placement are kept as written.

    One search finds what needs repair; each distinct character is then replaced once
    (much faster than translating the whole text), and NFC composition runs only on text
    that is not already in NFC."""
    odd = _NEEDS_REPAIR.findall(text)
    if odd:
        for c in set(odd):
            text = text.replace(c, _REPLACEMENT[c])
    elif text.isascii():
        return text
    return text if unicodedata.is_normalized("NFC", text) else nfc(text)


def ascii_digits(digits: str) -> str:
    """``digits`` (decimal digits of any script: "٠٥", full-width "０５") as ASCII digits,
    leading zeros kept ("05"): numbers, days and months are written in ASCII.

    >>> ascii_digits("٠٥"), ascii_digits("１２"), ascii_digits("07")
    ('05', '12', '07')
    """
    if digits.isascii():
        return digits
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in digits)


def normalize_dashes(text: str) -> str:
    """Replace en/em dashes, minus signs and similar with ``-``."""
    return text.translate(_DASH_TABLE)


def tone_new_style(text: str) -> str:
    """Move tone marks in the oa/oe/uy rhymes to the second vowel (``hòa`` → ``hoà``)."""
    decomposed = unicodedata.normalize("NFD", text)
    if not any(t in decomposed for t in _TONES):
        return nfc(decomposed)
    return nfc(_TONE_MOVE.sub(r"\1\3\2", decomposed))


# The NFC letters an old-style tone placement starts from (a tone on o or u): text
# without any of them has nothing for tone_new_style to move.
_TONED_O_U = re.compile("[òóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ]")


def fold(text: str) -> str:
    """A key for matching: NFC, one tone placement, lower case, ``-`` for every dash, runs of
    whitespace collapsed and stripped. Keeps diacritics (``Đ`` is not ``D``)."""
    n = normalize(text)
    # (tone_new_style decomposes and recomposes: only worth it where a tone may move)
    key = (tone_new_style(n) if _TONED_O_U.search(n) else n).translate(_DASH_TABLE).lower()
    if " " not in key and not _SPACES.search(key):
        return key
    return _SPACES.sub(" ", key).strip()


def ascii_fold(text: str) -> str:
    """A looser key for text that lost its diacritics (OCR, scraped HTML): every mark
    removed, ``đ`` → ``d``, lower case, spaces collapsed."""
    decomposed = unicodedata.normalize("NFD", normalize(text).translate(_DASH_TABLE))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("\u0111", "d").replace("\u0110", "D")
    return _SPACES.sub(" ", bare.lower()).strip()


def is_upper_text(text: str) -> bool:
    """True when every cased letter in ``text`` is upper case and there is at least one."""
    return any(c.isalpha() for c in text) and text == text.upper()
