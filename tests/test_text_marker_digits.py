"""Section markers take ASCII digits: a line opening with another script's digits ("٣. …",
"١.٢. …", full-width "３. …") is a paragraph, never a crash on the section's label."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin import text
from vnadmin.model import Paragraph

_DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩０１２３４５６７８９০১২৩"


@pytest.mark.parametrize("line", ["٣. Nội dung", "١.٢. Nội dung", "３. Nội dung", "Điều ٣. Phạm vi", "Chương ٣", "Phần ٢"])
def test_other_scripts_digits_are_no_marker(line: str) -> None:
    doc = text.loads(f"BÁO CÁO\n\nTổng kết năm\n\n{line}\n\nMột đoạn văn.\n")
    assert isinstance(doc.body[0], Paragraph) and doc.body[0].text == line
    assert text.loads(text.dumps(doc)) == doc


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", "Điều ", "Chương ", "Mục ", "Phần "]),
            st.text(alphabet=_DIGITS, min_size=1, max_size=3),
            st.sampled_from([". ", ".", ") ", ": ", ".1. ", " "]),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_marker_like_lines_never_crash(parts: list[tuple[str, str, str]]) -> None:
    lines = [f"{word}{digits}{sep}Nội dung" for word, digits, sep in parts]
    doc = text.loads("\n\n".join(lines) + "\n")
    assert text.loads(text.dumps(doc)) == doc


@pytest.mark.parametrize("table", ["٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９"])
def test_header_date_in_other_scripts_digits(table: str) -> None:
    """A date line typed with another script's digits: the day and month as written are
    kept in ASCII digits (the model's), leading zeros kept (it raised ModelError)."""
    line = "Hà Nội, ngày 05 tháng 03 năm 2025".translate(str.maketrans("0123456789", table))
    doc = text.loads(f"Số: 12/BC-UBND\n\n{line}\n\nBÁO CÁO\n\nTổng kết năm\n")
    d = doc.header.issue_date
    assert d is not None
    assert (d.day, d.month, d.year, d.day_written, d.month_written) == (5, 3, 2025, "05", "03")
    assert text.loads(text.dumps(doc)) == doc
