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
