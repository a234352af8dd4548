"""Real clients read what vnadmin writes: python-docx sees the same paragraphs, and
LibreOffice lays the seed and generated documents out on A4 with the components in order
(checked with poppler's pdfinfo and pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from test_docx_samples import SAMPLES
from vnadmin import docx
from vnadmin.model import Document
from vnadmin.testing.strategies import documents
from vnadmin.unicode import fold

python_docx = pytest.importorskip("docx", reason="python-docx (the test extra) is needed")

ROOT = Path(__file__).resolve().parent.parent
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _seed() -> Document:
    from vnadmin import text

    return text.load(ROOT / "examples" / "seed-report.txt")


def _our_paragraphs(data: bytes) -> list[str]:
    """The texts of the body's paragraphs, table cells included, from vnadmin's own XML."""
    import io
    import zipfile

    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    out = []
    for p in root.iter(f"{W}p"):
        parts = []
        for e in p.iter(f"{W}t", f"{W}br", f"{W}tab"):
            parts.append(e.text or "" if e.tag == f"{W}t" else "\n" if e.tag == f"{W}br" else "\t")
        out.append("".join(parts))
    return out


def _python_docx_paragraphs(path: Path) -> list[str]:
    d = python_docx.Document(str(path))
    out: list[str] = []
    for item in d.iter_inner_content():
        if hasattr(item, "rows"):
            for row in item.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
        else:
            out.append(item.text)
    return out


def _expected_lines(doc: Document) -> list[str]:
    """Texts the model says must be there, each a whole paragraph."""
    h = doc.header
    lines = [x for x in (h.parent_body, h.issuing_body, h.national_title, h.motto) if x]
    if h.issue_date is not None:
        lines.append(str(h.issue_date))
    if doc.signature is not None:
        lines.extend(doc.signature.lines())
    if doc.recipients is not None:
        lines.extend(f"{r.bullet} {r.text}" if r.bullet else r.text for r in doc.recipients.items)
    for p in doc.paragraphs():
        if not p.footnote_refs:
            lines.append(f"{p.bullet} {p.text}" if p.bullet else p.text)
    return lines


def _check_python_docx(doc: Document, path: Path) -> None:
    data = docx.dumps(doc)
    path.write_bytes(data)
    seen = _python_docx_paragraphs(path)
    assert seen == _our_paragraphs(data)
    for line in _expected_lines(doc):
        # a khoản without a title shares its paragraph with its marker ("1. Công chức …")
        assert any(s == line or s.endswith(" " + line) for s in seen), line


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_python_docx_sees_the_same_paragraphs(name: str, tmp_path: Path) -> None:
    _check_python_docx(SAMPLES[name](), tmp_path / f"{name}.docx")


def test_python_docx_reads_the_seed(tmp_path: Path) -> None:
    _check_python_docx(_seed(), tmp_path / "seed.docx")


@settings(max_examples=10, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=documents())
def test_python_docx_reads_generated_documents(doc: Document, tmp_path: Path) -> None:
    _check_python_docx(doc, tmp_path / "generated.docx")


# -- LibreOffice ---------------------------------------------------------------------------

_TOOLS = ("soffice", "pdfinfo", "pdftotext")
_missing = [t for t in _TOOLS if shutil.which(t) is None]
needs_office = pytest.mark.skipif(
    bool(_missing), reason=f"LibreOffice/poppler not installed ({', '.join(_missing)}); .ci/run installs them"
)


def _to_pdf(paths: list[Path], out: Path, profile: Path) -> None:
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *map(str, paths)],
        check=True, capture_output=True, timeout=240,
    )


def _check_pdf(doc: Document, pdf: Path) -> None:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    width, height = (float(x) for x in size.split(":")[1].split("pts")[0].split(" x "))
    assert abs(width - 595) < 1.5 and abs(height - 842) < 1.5, size
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    flat = fold(" ".join(raw.split()))

    def after(text: str, start: int) -> int:
        """Where ``text`` first appears at or after ``start`` (it must)."""
        key = fold(" ".join(text.split()))[:40]
        pos = flat.find(key, start)
        assert pos >= 0, f"{text!r} not found in order in the PDF of {pdf.name}"
        return pos

    h = doc.header
    pos = 0
    head = [x for x in (h.issuing_body, h.national_title, str(h.number) if h.number else None) if x]
    if head:
        pos = min(after(x, 0) for x in head)
    if h.doc_type is not None and not h.doc_type.is_cong_van:
        pos = after(h.doc_type.name, pos)
    if h.summary is not None:
        pos = after(h.summary, pos)
    # Signature and recipients share the closing row (signature right, recipients left):
    # both come after the summary, and the signer's name after the signer's title.
    if doc.signature is not None:
        lines = doc.signature.lines()
        first = after(lines[0], pos)
        if len(lines) > 1:
            after(lines[-1], first + 1)
    if doc.recipients is not None and doc.recipients.label:
        after(doc.recipients.label, pos)


@needs_office
def test_libreoffice_lays_out_seed_and_generated_documents(tmp_path: Path) -> None:
    docs = {"seed": _seed(), **{k: f() for k, f in SAMPLES.items()}}

    @settings(max_examples=4, deadline=None, database=None)
    @given(documents())
    def collect(doc: Document) -> None:
        docs[f"generated{len(docs)}"] = doc

    collect()
    paths = []
    for name, doc in docs.items():
        path = tmp_path / f"{name}.docx"
        docx.dump(doc, path)
        paths.append(path)
    _to_pdf(paths, tmp_path / "pdf", tmp_path / "profile")
    for name, doc in docs.items():
        _check_pdf(doc, tmp_path / "pdf" / f"{name}.pdf")


@needs_office
def test_files_libreoffice_saves_read_back_to_the_same_document(tmp_path: Path) -> None:
    """LibreOffice opens what vnadmin writes and saves its own .docx (its own styles,
    tables, footnotes part); reading that file gives the same document."""
    docs = {"seed": _seed(), **{k: f() for k, f in SAMPLES.items()}}
    paths = []
    for name, doc in docs.items():
        path = tmp_path / f"{name}.docx"
        docx.dump(doc, path)
        paths.append(path)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "lo"), *map(str, paths)],
        check=True, capture_output=True, timeout=240,
    )
    for name, doc in docs.items():
        resaved = tmp_path / "lo" / f"{name}.docx"
        assert resaved.read_bytes() != (tmp_path / f"{name}.docx").read_bytes()
        assert docx.load(resaved) == doc, name
