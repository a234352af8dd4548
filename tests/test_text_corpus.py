"""Every corpus text is read, and its header agrees with MANIFEST.tsv.

The manifest gives, per file, doc_type, number_symbol (canonical), date (ISO) and issuer;
empty cells are not checked. How the fields are compared:

- ``doc_type``: the type's name (``Công văn`` for a công văn).
- ``number_symbol``: ``str(header.number)``, exactly (letters as written: OCR "QD" stays
  "QD", as the manifest records it).
- ``date``: ``header.issue_date.as_date()``.
- ``issuer``: the manifest names the issuing body in running-text case, sometimes with
  the place of its managing body ("Sở Công Thương tỉnh Lào Cai" under "UBND TỈNH LÀO CAI").
  It agrees when its key (no diacritics, case or punctuation: OCR drops them) equals the
  key of the issuing body, of managing + issuing body, or of the issuing body followed by
  the place part of the managing body.

The Must-show threshold is 95% of the fields the manifest gives.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import vnadmin
from vnadmin.model.header import Header
from vnadmin.unicode import ascii_fold

_PLACE = re.compile(r"\b(tinh|thanh pho|tp)\b.*")


def _key(s: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", ascii_fold(s)).split())


def issuer_agrees(expected: str, header: Header) -> bool:
    issuing = header.issuing_body
    if not issuing:
        return False
    want = _key(expected)
    parent = header.parent_body or ""
    candidates = {_key(issuing), _key(f"{parent} {issuing}")}
    m = _PLACE.search(_key(parent))
    if m:
        candidates.add(_key(f"{issuing} {m.group(0)}"))
    return want in candidates


def field_results(corpus: Path) -> tuple[int, list[str], list[str]]:
    """(fields checked, misses, files read) over the manifest's text files."""
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["file"].endswith(".txt")]
    total = 0
    misses: list[str] = []
    read: list[str] = []
    for row in rows:
        doc = vnadmin.text.load(corpus / row["file"])
        read.append(row["file"])
        h = doc.header
        checks: list[tuple[str, str, object, bool]] = []
        if row["doc_type"]:
            got = h.doc_type.name if h.doc_type is not None else None
            checks.append(("doc_type", row["doc_type"], got, got == row["doc_type"]))
        if row["number_symbol"]:
            got = str(h.number) if h.number is not None else None
            checks.append(("number", row["number_symbol"], got, got == row["number_symbol"]))
        if row["date"]:
            got_date = h.issue_date.as_date() if h.issue_date is not None else None
            got = got_date.isoformat() if got_date else None
            checks.append(("date", row["date"], got, got == row["date"]))
        if row["issuer"]:
            got = " | ".join(x for x in (h.parent_body, h.issuing_body) if x) or None
            checks.append(("issuer", row["issuer"], got, issuer_agrees(row["issuer"], h)))
        for field, want, got, ok in checks:
            total += 1
            if not ok:
                misses.append(f"{row['file']}: {field}: manifest {want!r}, read {got!r}")
    return total, misses, read


def test_every_corpus_text_reads_and_headers_agree_with_the_manifest(corpus_dir: Path) -> None:
    total, misses, read = field_results(corpus_dir)
    rate = 1 - len(misses) / total
    print(f"\ncorpus: {len(read)} files read, {total} manifest fields, {total - len(misses)} agree ({rate:.1%})")
    for miss in misses:
        print("  miss:", miss)
    assert len(read) == len([p for p in corpus_dir.glob("*.txt")])
    assert rate >= 0.95


def test_issuer_agreement_rules() -> None:
    h = Header(parent_body="UBND TỈNH LÀO CAI", issuing_body="SỞ CÔNG THƯƠNG")
    assert issuer_agrees("Sở Công Thương tỉnh Lào Cai", h)
    assert not issuer_agrees("Sở Xây dựng tỉnh Lào Cai", h)
    assert issuer_agrees("Tổng cục Thuế", Header(parent_body="BỘ TAI CHÍNH", issuing_body="TONG CỤC THUÊ"))
    assert not issuer_agrees("Bộ Tài chính", Header(parent_body="BỘ TÀI CHÍNH", issuing_body="TỔNG CỤC THUẾ"))


@pytest.mark.parametrize("name", ["tax_7137-CT-TTHT.txt", "sct_193-UBND-KT.txt", "dvhcvn_60-NQ_TW.txt"])
def test_corpus_files_keep_their_words(corpus_dir: Path, name: str) -> None:
    from tests.test_text_roundtrip import assert_words_kept

    text = (corpus_dir / name).read_text(encoding="utf-8")
    assert_words_kept(text)
