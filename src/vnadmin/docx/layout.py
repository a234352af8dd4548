"""Page layout constants of Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.

Lengths are in twips (1/20 pt, 1/1440 inch) as WordprocessingML writes them; the
millimetre values are the ones chosen inside the decree's ranges.

>>> A4_WIDTH, A4_HEIGHT, MARGIN_LEFT_MM, TEXT_WIDTH
(11906, 16838, 30, 9354)
>>> twips_to_mm(MARGIN_LEFT)
30.0
"""

from __future__ import annotations

import math

__all__ = [
    "A4_HEIGHT",
    "A4_WIDTH",
    "FIRST_LINE_INDENT",
    "FONT",
    "MARGIN_BOTTOM",
    "MARGIN_BOTTOM_MM",
    "MARGIN_LEFT",
    "MARGIN_LEFT_MM",
    "MARGIN_RIGHT",
    "MARGIN_RIGHT_MM",
    "MARGIN_TOP",
    "MARGIN_TOP_MM",
    "TEXT_WIDTH",
    "mm_to_twips",
    "twips_to_mm",
]

TWIPS_PER_MM = 1440 / 25.4


def mm_to_twips(mm: float) -> int:
    """Millimetres to twips, rounded up so a length never falls below the value chosen."""
    return math.ceil(mm * TWIPS_PER_MM - 1e-9)


def twips_to_mm(twips: float) -> float:
    return round(twips / TWIPS_PER_MM, 1)


#: Phụ lục I, Phần I, I.1 "Khổ A4 (210 mm x 297 mm)"; I.2 portrait ("theo chiều dài").
A4_WIDTH = 11906
A4_HEIGHT = 16838

#: Phụ lục I, Phần I, I.3: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGIN_TOP_MM = 20
MARGIN_BOTTOM_MM = 20
MARGIN_LEFT_MM = 30
MARGIN_RIGHT_MM = 15
MARGIN_TOP = mm_to_twips(MARGIN_TOP_MM)
MARGIN_BOTTOM = mm_to_twips(MARGIN_BOTTOM_MM)
MARGIN_LEFT = mm_to_twips(MARGIN_LEFT_MM)
MARGIN_RIGHT = mm_to_twips(MARGIN_RIGHT_MM)

#: Header and footer distance inside the top/bottom margin (the page number sits in the
#: top margin, Phụ lục I, Phần I, I.7).
HEADER_DISTANCE = mm_to_twips(10)
FOOTER_DISTANCE = mm_to_twips(10)

#: The width between the margins: 210 − 30 − 15 = 165 mm.
TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

#: Phụ lục I, Phần I, I.4: Times New Roman (Unicode, TCVN 6909:2001), black.
FONT = "Times New Roman"

#: Phụ lục I, Phần I, II.6.e and II.6.đ: first-line indent 1 cm or 1.27 cm (1.27 cm chosen).
FIRST_LINE_INDENT = 720

#: Phụ lục I, Phần I, II.6.e: at least 6 pt between paragraphs; line spacing from single
#: to 1.5 lines (1.2 chosen, in 240ths of a line).
PARAGRAPH_SPACING = 120
LINE_SPACING = 288

#: Column widths of the two-column header and footer tables (Phụ lục I, Phần I, mục IV:
#: the box diagram is an image lost in conversion, so these widths are UNCONFIRMED: the
#: left column holds ô 2–3 (and 9b), the right ô 1 and 4 (and 7a–7c)).
HEADER_COLUMNS = (3969, TEXT_WIDTH - 3969)
FOOTER_COLUMNS = (4536, TEXT_WIDTH - 4536)
