"""Reporters: the text line form, one JSON document per run, SARIF 2.1.0 valid against the
official schema (tests/data/sarif-schema-2.1.0.json, a copy of ../shared/schemas)."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import jsonschema
import pytest

import vnadmin
from vnadmin.model import Finding, Location
from vnadmin.rules import Config
from vnadmin.rules.batch import FileResult, Skipped, check_files, walk
from vnadmin.rules.reporters import make_reporter, text_line

DATA = Path(__file__).resolve().parent / "data"
SEED = Path(__file__).resolve().parent.parent / "examples" / "seed-report.txt"
CONFIG = Config(today=datetime.date(2025, 6, 30))


def _results() -> list[FileResult]:
    seed = FileResult(str(SEED), tuple(vnadmin.validate(vnadmin.text.load(SEED), config=CONFIG, source=str(SEED))))
    docx_like = FileResult("b.docx", (Finding("L003", "font-family", "error", "phông", Location(paragraph=4, path="body[0]")),))
    broken = FileResult("c.txt", error="tệp không phải UTF-8 (the file is not UTF-8)")
    return [seed, docx_like, broken]


def _run(fmt: str) -> str:
    out = io.StringIO()
    r = make_reporter(fmt, out)
    r.start()
    for res in _results():
        r.file(res)
    r.finish()
    return out.getvalue()


def test_text_lines() -> None:
    lines = _run("text").splitlines()
    assert lines[0] == f'{SEED}:3:1: H001 national-title-missing Thiếu Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (national title missing)'
    assert "b.docx:¶4: L003 font-family phông" in lines
    assert text_line("x.txt", Finding("T001", "type-missing", "error", "m")) == "x.txt:1:1: T001 type-missing m"


def test_json_is_one_document() -> None:
    data = json.loads(_run("json"))
    assert data["tool"]["name"] == "vnadmin"
    assert [f["path"] for f in data["files"]] == [str(SEED), "b.docx", "c.txt"]
    assert data["files"][2]["error"].startswith("tệp không phải UTF-8")
    assert data["summary"] == {"files": 3, "unreadable": 1, "error": 4, "warning": 3, "info": 0}
    first = data["files"][0]["findings"][0]
    assert first["location"]["path"] == "header.national_title" and first["code"] == "H001"


def test_sarif_validates_against_the_official_schema() -> None:
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    log = json.loads(_run("sarif"))
    jsonschema.validate(log, schema)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert log["version"] == "2.1.0"
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    assert {r["level"] for r in results} == {"error", "warning"}
    assert results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"].startswith("tệp không phải")


def test_sarif_of_an_empty_run_is_valid() -> None:
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    out = io.StringIO()
    r = make_reporter("sarif", out)
    r.start()
    r.finish()
    jsonschema.validate(json.loads(out.getvalue()), schema)


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        make_reporter("xml", io.StringIO())


def _load(path: Path) -> vnadmin.Document:
    return vnadmin.text.load(path)


def test_walk_and_check_files_stream_in_order(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    items = list(walk([tmp_path, tmp_path / "missing.txt"], frozenset({".txt"})))
    assert [type(i).__name__ for i in items] == ["PosixPath"] * 5 + ["Skipped", "FileResult"]
    one = list(check_files(iter(items), _load, CONFIG, jobs=1))
    two = list(check_files(iter(items), _load, CONFIG, jobs=2, chunksize=1))
    assert one == two
    assert isinstance(one[5], Skipped) and one[6].error is not None  # type: ignore[union-attr]
    assert all(len(r.findings) == 6 for r in one[:5] if isinstance(r, FileResult))


_SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_reports_of_generated_documents_are_valid(fmt: str) -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    from vnadmin.testing.strategies import documents

    @given(st.lists(documents(valid=False), min_size=1, max_size=3))
    def check(docs: list[vnadmin.Document]) -> None:
        out = io.StringIO()
        r = make_reporter(fmt, out)
        r.start()
        results = [FileResult(f"doc{i}.txt", tuple(vnadmin.validate(d))) for i, d in enumerate(docs)]
        for res in results:
            r.file(res)
        r.finish()
        data = json.loads(out.getvalue())
        total = sum(len(res.findings) for res in results)
        if fmt == "sarif":
            jsonschema.validate(data, _SCHEMA)
            assert len(data["runs"][0]["results"]) == total
        else:
            assert sum(len(f["findings"]) for f in data["files"]) == total

    check()
