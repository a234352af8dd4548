"""The ``vnadmin`` command, run as a real subprocess (``python -m vnadmin``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import vnadmin

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed-report.txt"
SARIF_SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"

CLEAN = (Path(__file__).resolve().parent / "data" / "clean-decision.txt").read_text(encoding="utf-8")


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "vnadmin", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def one_line_error(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip() and len(proc.stderr.strip().splitlines()) <= 2  # message (+ summary line)


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    p = tmp_path / "clean.txt"
    p.write_text(CLEAN, encoding="utf-8")
    return p


def test_check_seed_exits_1_with_editor_lines(tmp_path: Path) -> None:
    proc = run("check", SEED, "--today", "2025-06-30", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == f'{SEED}:3:1: H001 national-title-missing Thiếu Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (national title missing)'
    names = {line.split(" ")[2] for line in lines}
    assert {"national-title-missing", "motto-missing", "issuing-body-missing", "number-blank", "date-day-blank"} <= names
    assert "\r" not in proc.stderr  # no progress bar when stderr is not a terminal


def test_check_clean_document_exits_0(clean: Path) -> None:
    proc = run("check", clean, "--today", "2025-06-30", cwd=clean.parent)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == ""


def test_fail_on_and_selection(tmp_path: Path) -> None:
    # Only date rules: date-day-blank is a warning, so the default threshold passes …
    assert run("check", SEED, "--select", "D", cwd=tmp_path).returncode == 0
    # … and --fail-on warning fails.
    assert run("check", SEED, "--select", "D", "--fail-on", "warning", cwd=tmp_path).returncode == 1
    # Ignoring the header rules leaves no error-severity finding on the seed.
    proc = run("check", SEED, "--ignore", "H", cwd=tmp_path)
    assert proc.returncode == 0 and "H001" not in proc.stdout
    # Severity overrides.
    assert run("check", SEED, "--select", "D003", "--severity", "D003=error", cwd=tmp_path).returncode == 1


def test_review_profile(tmp_path: Path) -> None:
    proc = run("check", SEED, "--profile", "review", "--format", "json", cwd=tmp_path)
    data = json.loads(proc.stdout)
    sev = {f["name"]: f["severity"] for f in data["files"][0]["findings"]}
    assert sev["number-blank"] == "info" and sev["date-day-blank"] == "info"
    assert data["profile"] == "review" and proc.returncode == 1


def test_pyproject_configuration(tmp_path: Path) -> None:
    if sys.version_info < (3, 11):
        pytest.skip("[tool.vnadmin] is read with tomllib (Python 3.11+)")
    (tmp_path / "pyproject.toml").write_text('[tool.vnadmin]\nignore = ["H"]\n', encoding="utf-8")
    assert run("check", SEED, cwd=tmp_path).returncode == 0
    assert run("check", SEED, "--no-config", cwd=tmp_path).returncode == 1
    (tmp_path / "pyproject.toml").write_text('[tool.vnadmin]\nprofile = "nope"\n', encoding="utf-8")
    proc = run("check", SEED, cwd=tmp_path)
    one_line_error(proc)
    assert "pyproject.toml" in proc.stderr


def test_json_output_is_one_document(tmp_path: Path) -> None:
    proc = run("check", SEED, SEED, "--format", "json", cwd=tmp_path)
    data = json.loads(proc.stdout)
    assert len(data["files"]) == 2 and data["summary"]["files"] == 2
    assert data["files"][0]["findings"][0]["code"] == "H001"


def test_sarif_output_is_valid(tmp_path: Path) -> None:
    proc = run("check", SEED, "--format", "sarif", cwd=tmp_path)
    assert proc.returncode == 1
    log = json.loads(proc.stdout)
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    results = log["runs"][0]["results"]
    assert results[0]["ruleId"] == "H001" and results[0]["level"] == "error"


def test_directory_of_mixed_files(tmp_path: Path) -> None:
    d = tmp_path / "docs"
    (d / "sub").mkdir(parents=True)
    doc = vnadmin.text.load(SEED)
    (d / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    vnadmin.xml.dump(doc, d / "b.xml")
    vnadmin.docx.dump(doc, d / "sub" / "c.docx")
    (d / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    (d / "sub" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    proc = run("check", d, "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    checked = [Path(f["path"]).name for f in data["files"]]
    assert checked == ["a.txt", "b.xml", "c.docx"]
    assert all(f["error"] is None for f in data["files"])
    for f in data["files"]:
        assert "national-title-missing" in {x["name"] for x in f["findings"]}
    assert "notes.pdf" in proc.stderr and "image.png" in proc.stderr and "skipped" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_jobs_give_the_same_output(tmp_path: Path) -> None:
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    one = run("check", tmp_path, "--jobs", "1", cwd=tmp_path)
    two = run("check", tmp_path, "--jobs", "2", cwd=tmp_path)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 6 * 6


def test_missing_file(tmp_path: Path) -> None:
    proc = run("check", tmp_path / "nope.txt", cwd=tmp_path)
    one_line_error(proc)
    assert "nope.txt" in proc.stderr


def test_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    proc = run("check", p, cwd=tmp_path)
    one_line_error(proc)
    assert "image.txt" in proc.stderr
    assert run("parse", p, cwd=tmp_path).returncode == 2
    assert run("cite", p, cwd=tmp_path).returncode == 2


def test_unsupported_extension_named_explicitly(tmp_path: Path) -> None:
    p = tmp_path / "report.pdf"
    p.write_bytes(b"%PDF-1.4\n")
    proc = run("check", p, cwd=tmp_path)
    one_line_error(proc)
    assert ".pdf" in proc.stderr


def test_unreadable_file_among_good_ones_still_reports_the_good_ones(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00garbage")
    proc = run("check", tmp_path, cwd=tmp_path)
    assert proc.returncode == 2
    assert "good.txt:3:1: H001" in proc.stdout
    assert "bad.txt" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("args", [(), ("check",), ("check", "x.txt", "--format", "yaml"), ("frobnicate",), ("check", "x.txt", "--jobs", "-1")])
def test_usage_errors(args: tuple[str, ...], tmp_path: Path) -> None:
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_parse_formats(tmp_path: Path) -> None:
    js = run("parse", SEED, cwd=tmp_path)
    assert js.returncode == 0
    data = json.loads(js.stdout)
    assert data["header"]["number"]["text"] == "/BC-SKHCHN"
    assert data["signature"]["name"] == "Trần Thanh Trường"
    xml = run("parse", SEED, "--to", "xml", cwd=tmp_path)
    assert xml.returncode == 0 and xml.stdout.lstrip().startswith("<?xml")
    txt = run("parse", SEED, "--to", "text", cwd=tmp_path)
    assert txt.returncode == 0 and "Số: /BC-SKHCHN" in txt.stdout


def test_convert_between_formats(tmp_path: Path) -> None:
    xml, docx, txt = tmp_path / "s.xml", tmp_path / "s.docx", tmp_path / "s.txt"
    assert run("convert", SEED, xml, cwd=tmp_path).returncode == 0
    assert run("convert", xml, docx, cwd=tmp_path).returncode == 0
    assert run("convert", docx, txt, cwd=tmp_path).returncode == 0
    assert vnadmin.xml.load(xml) == vnadmin.text.load(SEED)
    assert vnadmin.text.load(txt).header.number == vnadmin.text.load(SEED).header.number
    proc = run("convert", SEED, tmp_path / "s.pdf", cwd=tmp_path)
    one_line_error(proc)


def test_cite(tmp_path: Path) -> None:
    proc = run("cite", SEED, "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0
    cites = json.loads(proc.stdout)["citations"]
    assert len(cites) == 18
    first = cites[0]
    assert (first["type"], first["number"], first["date"]) == ("Hướng dẫn", "02/HD-SNV", "2025-03-18")
    text = run("cite", SEED, cwd=tmp_path)
    assert text.stdout.splitlines()[0].startswith(f"{SEED}:11:")


def test_rules_listing(tmp_path: Path) -> None:
    proc = run("rules", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.startswith("H001 national-title-missing [error]")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_on_a_terminal_only(tmp_path: Path) -> None:
    import pty

    master, slave = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "vnadmin", "check", str(SEED), "--no-config"],
            stdout=subprocess.PIPE,
            stderr=slave,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )
        os.close(slave)
        slave = -1
        chunks = []
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
    finally:
        if slave != -1:
            os.close(slave)
        os.close(master)
    err = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 1
    assert "\r" in err and "tệp (files)" in err
    assert b"\r" not in proc.stdout


@pytest.mark.skipif(sys.version_info >= (3, 11), reason="Python 3.11+ reads [tool.vnadmin] with tomllib")
def test_python_310_says_the_table_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.vnadmin]\nignore = ["H"]\n', encoding="utf-8")
    proc = run("check", SEED, cwd=tmp_path)
    assert proc.returncode == 1  # the table was not applied
    assert "tomllib" in proc.stderr and "[tool.vnadmin]" in proc.stderr
