"""Round trips: ``loads(dumps(d)) == d`` for generated and hand-built documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from test_docx_samples import SAMPLES
from vnadmin import docx, text
from vnadmin.model import Document
from vnadmin.testing.strategies import documents

ROOT = Path(__file__).resolve().parent.parent


@given(documents())
def test_generated_documents_come_back_identical(doc: Document) -> None:
    data = docx.dumps(doc)
    assert docx.loads(data) == doc
    assert docx.dumps(docx.loads(data)) == data  # and write back to the same bytes


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_hand_built_documents_come_back_identical(name: str) -> None:
    doc = SAMPLES[name]()
    back = docx.loads(docx.dumps(doc))
    assert back == doc
    assert back.origin is not None and back.origin.page is not None
    assert back.origin.page.width_mm == 210.0 and back.origin.page.orientation == "portrait"


def test_the_seed_comes_back_identical(tmp_path: Path) -> None:
    seed = text.load(ROOT / "examples" / "seed-report.txt")
    path = tmp_path / "seed.docx"
    docx.dump(seed, path)
    back = docx.load(path)
    assert back == seed
    assert back.header.number is not None and back.header.number.is_blank
    assert back.footnotes and back.footnotes[0].marker == "1"
    assert back.recipients is not None and back.recipients.archive is not None


def test_examples_seed_docx_is_current() -> None:
    """examples/seed-report.docx is what examples/make_seed_docx.py writes today."""
    seed = text.load(ROOT / "examples" / "seed-report.txt")
    assert (ROOT / "examples" / "seed-report.docx").read_bytes() == docx.dumps(seed)


@given(documents(valid=False))
def test_defective_documents_come_back_with_their_defect(doc: Document) -> None:
    """A document missing a component is written without it (nothing invented), so it
    reads back identical, defect and all."""
    assert docx.loads(docx.dumps(doc)) == doc


def test_footnotes_with_custom_marks_and_unreferenced_notes() -> None:
    from vnadmin.model import Footnote, FootnoteRef, Paragraph

    doc = Document(
        body=(Paragraph("Kế hoạch năm 2025.", footnote_refs=(FootnoteRef("*", 8),)),
              Paragraph("Quyết định số 12.", footnote_refs=(FootnoteRef("1", 16),))),
        footnotes=(Footnote("*", "Chú thích đánh dấu sao."), Footnote("1", "Chú thích một.")),
    )
    data = docx.dumps(doc)
    import io
    import zipfile

    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert xml.count("customMarkFollows") == 1
    assert docx.loads(data) == doc


@given(documents())
def test_generated_documents_written_as_docx_pass_the_layout_rules(doc: Document) -> None:
    import vnadmin

    back = docx.loads(docx.dumps(doc))
    assert [f.code for f in vnadmin.validate(back) if f.code.startswith("L")] == []
