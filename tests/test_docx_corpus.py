"""Every .docx in the shared corpus is read, and its header agrees with MANIFEST.tsv."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from vnadmin import docx
from vnadmin.model import doctypes


def _manifest(corpus: Path) -> dict[str, dict[str, str]]:
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


def test_every_corpus_docx_is_read_and_agrees_with_the_manifest(corpus_dir: Path) -> None:
    manifest = _manifest(corpus_dir)
    files = sorted(corpus_dir.glob("*.docx"))
    if not files:
        pytest.skip("the corpus holds no .docx files")
    misses: list[str] = []
    checked = 0
    for path in files:
        doc = docx.load(path)
        assert doc.origin is not None and doc.origin.page is not None
        assert doc.origin.page.width_mm == 210.0 and doc.origin.page.height_mm == 297.0
        assert list(doc.walk()) or doc.header.summary, path.name  # something was read
        row = manifest.get(path.name)
        if row is None:
            continue
        h = doc.header
        if row["doc_type"]:
            checked += 1
            want = doctypes.by_name(row["doc_type"], system="legal") or doctypes.by_name(row["doc_type"])
            if h.doc_type is None or want is None or h.doc_type.name != want.name:
                misses.append(f"{path.name}: doc_type {h.doc_type} != {row['doc_type']}")
        if row["number_symbol"]:
            checked += 1
            if h.number is None or str(h.number) != row["number_symbol"]:
                misses.append(f"{path.name}: number {h.number} != {row['number_symbol']}")
        if row["date"]:
            checked += 1
            got = h.issue_date.as_date() if h.issue_date is not None else None
            if got is None or got.isoformat() != row["date"]:
                misses.append(f"{path.name}: date {got} != {row['date']}")
        if row["issuer"]:
            checked += 1
            if h.issuing_body is None or h.issuing_body.casefold() != row["issuer"].casefold():
                misses.append(f"{path.name}: issuer {h.issuing_body} != {row['issuer']}")
    assert checked >= len(files)
    assert not misses, "\n".join(misses)
