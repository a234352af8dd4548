"""Round trips of the plain-text reader and writer.

- Generated documents (``vnadmin.testing.strategies``): ``loads(dumps(d)) == d``.
- Real text: ``dumps(loads(t))`` keeps every word of ``t`` (words of the noise the reader
  drops and records in ``Document.notes`` excepted), keeps the body's order, and is a fixed
  point: ``dumps(loads(dumps(loads(t)))) == dumps(loads(t))``.
- Arbitrary text never makes the reader fail with anything but a ``vnadmin.errors`` type.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnadmin
from vnadmin import errors
from vnadmin.model.document import Document
from vnadmin.testing import strategies as vst
from vnadmin.unicode import normalize

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    t = normalize(text).replace("*", "").replace("\\", "")
    t = re.sub(f"[{_SUPERSCRIPTS}]+", " ", t)
    t = re.sub(r"\[\d{1,3}\]", " ", t)  # footnote markers
    t = re.sub(r"(?<=\d)\.(?=\d{3}\b)", "", t)  # "69.262": a thousands separator
    return Counter(w for w in _WORD.findall(t))


def dropped_words(doc: Document) -> Counter[str]:
    """Words of the lines the reader dropped or repaired, as its notes quote them."""
    out: Counter[str] = Counter()
    for note in doc.notes:
        if note.code not in ("ignored", "repaired"):
            continue
        at = note.message.find("): ")
        if at < 0:
            continue
        try:
            quoted = ast.literal_eval(note.message[at + 3 :])
        except (ValueError, SyntaxError):
            continue
        if isinstance(quoted, str):
            out.update(words(quoted))
    return out


def lost_words(text: str) -> Counter[str]:
    doc = vnadmin.text.loads(text)
    out = vnadmin.text.dumps(doc)
    return words(text) - dropped_words(doc) - words(out)


def assert_words_kept(text: str) -> None:
    lost = lost_words(text)
    assert not lost, f"words lost: {dict(lost)}"
    once = vnadmin.text.dumps(vnadmin.text.loads(text))
    twice = vnadmin.text.dumps(vnadmin.text.loads(once))
    assert twice == once


def test_seed_round_trip_keeps_words_and_order(seed_text: str) -> None:
    assert_words_kept(seed_text)
    doc = vnadmin.text.loads(seed_text)
    out = vnadmin.text.dumps(doc)
    pos = 0
    for p in doc.paragraphs():
        head = p.text[: min(40, *(r.offset for r in p.footnote_refs))] if p.footnote_refs else p.text[:40]
        at = out.find(head, pos)
        assert at >= 0, head
        pos = at
    assert vnadmin.text.loads(out) == doc


@given(vst.documents())
def test_generated_documents_round_trip(doc: Document) -> None:
    assert vnadmin.text.loads(vnadmin.text.dumps(doc)) == doc


@given(vst.documents(valid=False))
def test_generated_documents_with_a_defect_round_trip(doc: Document) -> None:
    """Documents missing a component (or carrying another defect) come back as they were:
    the writer invents nothing and the reader adds nothing."""
    assert vnadmin.text.loads(vnadmin.text.dumps(doc)) == doc


@given(vst.documents())
def test_writing_is_idempotent(doc: Document) -> None:
    once = vnadmin.text.dumps(doc)
    assert vnadmin.text.dumps(vnadmin.text.loads(once)) == once


_LINE = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "Số: /BC-SKHCHN",
            "Số : 624 /CT-TTHT",
            "CONG HOA XA HOI CHU NGHIA VIET NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Hà Nội, ngày 30tháng10năm 2013",
            "BÁO CÁO",
            "QUYẾT ĐỊNH:",
            "V/v hướng dẫn",
            "Kính gửi:",
            "Nơi nhận:",
            "- Lưu: VT, VP.",
            "KT. GIÁM ĐỐC",
            "I. Khái quát",
            "1. Nội dung;",
            "a) điểm",
            "Điều 1. Phạm vi",
            "Chương I",
            "¹ Chú thích",
            "Kế hoạch¹ thực hiện",
            "| a | b |",
            "+---+---+",
            "  ------  ------",
            "--- PAGE 2 ---",
            "Ký bởi: Sở",
            "",
        ]
    ),
)


@given(st.lists(_LINE, max_size=30).map("\n".join))
def test_never_crashes_on_arbitrary_text(text: str) -> None:
    try:
        doc = vnadmin.text.loads(text)
    except errors.VnAdminError:
        return
    assert isinstance(doc, Document)
    vnadmin.text.dumps(doc)


def test_non_string_input_is_a_parse_error() -> None:
    with pytest.raises(errors.ParseError):
        vnadmin.text.loads(b"bytes")  # type: ignore[arg-type]


def test_nul_is_a_parse_error_with_its_position() -> None:
    with pytest.raises(errors.ParseError) as info:
        vnadmin.text.loads("Số: 01/BC-UBND\nab\x00c\n")
    assert (info.value.line, info.value.column) == (2, 3)


def test_load_reports_non_utf8(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes(b"S\xf3: 01/QD-UBND\nng\xe0y\n")  # Latin-1, not UTF-8
    with pytest.raises(errors.ParseError) as info:
        vnadmin.text.load(p)
    assert info.value.line == 1
