"""The shared real-document corpus (skips cleanly when ../shared/corpus is absent).

MANIFEST.tsv is ground truth with a few percent of known errors (OCR lost the Đ of some
codes: "1421/QD-BTC"); rows where vnadmin disagrees are reported as a warning naming them,
and only a disagreement that is not such a repair fails."""

from __future__ import annotations

import csv
import warnings
from pathlib import Path

import attrs
import pytest

from vnadmin import check_number, find_citations, parse_number


def _manifest(corpus: Path) -> list[dict[str, str]]:
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_manifest_numbers_round_trip(corpus_dir: Path) -> None:
    rows = [r for r in _manifest(corpus_dir) if r["number_symbol"]]
    assert rows
    disagreements = []
    for r in rows:
        written = r["number_symbol"]
        n = parse_number(written)  # every manifest number parses
        assert parse_number(str(n)) == n
        if str(n) != written:
            names = {f.name for f in check_number(written)}
            # the only accepted disagreement: a manifest row whose type code lost its Đ
            assert "type-code-missing-diacritic" in names, (r["file"], written, str(n))
            disagreements.append(f"{r['file']}: manifest {written!r}, canonical {str(n)!r}")
    if disagreements:
        warnings.warn("MANIFEST rows believed wrong: " + "; ".join(disagreements), stacklevel=1)


def test_manifest_numbers_style(corpus_dir: Path) -> None:
    for r in _manifest(corpus_dir):
        written = r["number_symbol"]
        if not written:
            continue
        n = parse_number(written)
        if r["doc_type"] == "Công văn" and n.style == "administrative":
            # 624/CT-TTHT: the first group is also a type code; the công văn reading exists
            assert n.as_cong_van().style == "cong_van"
        elif "-" in written.split("/")[0]:
            assert n.style == "party"
        elif written.count("/") == 2:
            assert n.style == "legal"


def _texts(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*.txt"))


def test_find_citations_on_every_corpus_text(corpus_dir: Path) -> None:
    total = 0
    for path in _texts(corpus_dir):
        text = path.read_text(encoding="utf-8", errors="replace")
        found = find_citations(text)
        total += len(found)
        for c in found:
            assert text[c.start : c.end] == c.text, path.name
            if c.number is not None:
                again = parse_number(str(c.number))
                # a công văn reading ("công văn số 853/CT-KT3") reads back as administrative
                assert again == c.number or again.as_cong_van() == c.number
            assert c.issuer is None or "\n" not in c.issuer
            attrs.validate(c)  # the finder fills its Citations without the validators
    assert total > 500


def test_corpus_paragraphs_read_at_once_as_each_alone(corpus_dir: Path) -> None:
    """find_citations_each over a document's paragraphs (as the readers call it) gives
    exactly what find_citations gives for each paragraph alone."""
    from vnadmin.citations import find_citations_each

    found = 0
    for path in _texts(corpus_dir):
        text = path.read_text(encoding="utf-8", errors="replace")
        for paragraphs in (text.split("\n\n"), text.split("\n")):  # also cut inside citations
            each = find_citations_each(paragraphs)
            assert each == [find_citations(p) for p in paragraphs], path.name
            found += sum(map(len, each))
    assert found > 500


def test_corpus_header_numbers_are_not_citations(corpus_dir: Path) -> None:
    """A document's own "Số: …" line is never reported; references to it elsewhere are."""
    for r in _manifest(corpus_dir):
        path = corpus_dir / r["file"]
        if path.suffix != ".txt" or not r["number_symbol"]:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for c in find_citations(text):
            line_start = text.rfind("\n", 0, c.start) + 1
            head = text[line_start : c.start].strip()
            assert not head.lower().startswith(("số:", "số :")), (path.name, c.text)


@pytest.mark.parametrize(
    ("name", "needle", "expected"),
    [
        (
            "sct_2463-QD-UBND.txt",
            "Kết luận số 301- KL/TU",
            ("Kết luận", "301-KL/TU", "2026-07-03", "Ban Thường vụ Tỉnh uỷ"),
        ),
        (
            "tax_1634-TCT-CS.txt",
            "công văn số 853/CT-KT3",
            ("Công văn", "853/CT-KT3", "2017-03-13", "Cục Thuế tỉnh Thanh Hóa"),
        ),
        (
            "sct_2463-QD-UBND.txt",
            "Thông tư số 55/2026/TT-BTC",
            ("Thông tư", "55/2026/TT-BTC", "2026-05-15", "Bộ trưởng Bộ Tài chính"),
        ),
    ],
)
def test_corpus_examples(corpus_dir: Path, name: str, needle: str, expected: tuple[str, ...]) -> None:
    text = (corpus_dir / name).read_text(encoding="utf-8")
    at = text.index(needle)
    [c] = [c for c in find_citations(text) if c.start <= at < c.end]
    assert c.doc_type is not None and c.date is not None
    assert (c.doc_type.name, str(c.number), c.date.isoformat(), c.issuer) == expected


def test_nfd_corpus_file_spans(corpus_dir: Path) -> None:
    path = corpus_dir / "tax_7137-CT-TTHT.txt"
    if not path.is_file():
        pytest.skip("the NFD corpus file is absent")
    text = path.read_text(encoding="utf-8")
    found = find_citations(text)
    assert found
    for c in found:
        assert text[c.start : c.end] == c.text
