"""The ``vnadmin`` command (also ``python -m vnadmin``).

It only parses arguments, calls the public API and prints::

    vnadmin parse FILE [--to json|xml|text]
    vnadmin check FILE|DIR... [--format text|json|sarif] [--jobs N] [--select …] [--ignore …]
                  [--profile strict|review] [--fail-on error|warning|info]
    vnadmin convert IN OUT          (by extension: .txt .xml .docx)
    vnadmin cite FILE [--format text|json]
    vnadmin rules                   (the rule catalogue)

Exit status: 0 clean, 1 findings at or above ``--fail-on`` (default: error), 2 usage or
I/O errors (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import IO, Any, NoReturn

import attrs

from vnadmin.errors import VnAdminError
from vnadmin.model import Citation, Document, DocumentNumber, DocumentType
from vnadmin.model.finding import SEVERITIES
from vnadmin.rules import Config, ConfigError, all_rules, find_pyproject, load_config
from vnadmin.rules.batch import Skipped, check_files, walk
from vnadmin.rules.reporters import FORMATS, make_reporter

__all__ = ["EXTENSIONS", "FormatUnavailable", "load_document", "main"]

#: File extensions and the package that reads and writes them.
EXTENSIONS = {".txt": "text", ".xml": "xml", ".docx": "docx"}
_RANK = {s: i for i, s in enumerate(SEVERITIES)}  # error 0, warning 1, info 2


class FormatUnavailable(VnAdminError):
    """A file format this installation cannot read or write."""


def _format_module(path: Path, *, writing: bool = False) -> ModuleType:
    return _module_for(path.suffix.lower(), writing)


@cache
def _module_for(ext: str, writing: bool) -> ModuleType:
    name = EXTENSIONS.get(ext)
    if name is None:
        known = ", ".join(EXTENSIONS)
        raise FormatUnavailable(
            f"phần mở rộng {ext or '(không có)'!s} không được hỗ trợ; dùng {known} "
            f"(unsupported extension {ext or '(none)'}; use {known})"
        )
    module = importlib.import_module(f"vnadmin.{name}")
    needed = "dump" if writing else "load"
    if not hasattr(module, needed):
        raise FormatUnavailable(
            f"bản cài đặt này chưa {'ghi' if writing else 'đọc'} được tệp {ext} "
            f"(this installation cannot {'write' if writing else 'read'} {ext} files yet)"
        )
    return module


def load_document(path: Path) -> Document:
    """Read ``path`` with the reader its extension names (module-level so worker
    processes can use it)."""
    loaded = _format_module(path).load(path)
    assert isinstance(loaded, Document)
    return loaded


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


# -- argument parsing ------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: lỗi (error): {message} — xem (see) {self.prog} --help\n")


def _severity_pair(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or value not in SEVERITIES:
        raise argparse.ArgumentTypeError(f"cần MÃ=MỨC ĐỘ, ví dụ D006=warning (expected CODE=SEVERITY): {text!r}")
    return key.strip(), value


def _date(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"ngày không hợp lệ (invalid date, expected YYYY-MM-DD): {text!r}") from exc


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"cần một số nguyên (expected an integer): {text!r}") from exc
    if n < 0:
        raise argparse.ArgumentTypeError("--jobs phải ≥ 0 (must be ≥ 0; 0 = one per CPU)")
    return n


def build_parser() -> argparse.ArgumentParser:
    from vnadmin import __version__

    parser = _Parser(
        prog="vnadmin",
        description="Đọc, kiểm tra và chuyển đổi văn bản hành chính (read, check and convert "
        "Vietnamese administrative documents; Nghị định 30/2020/NĐ-CP).",
    )
    parser.add_argument("--version", action="version", version=f"vnadmin {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("parse", help="đọc một tệp và in mô hình (read a file and print the model)")
    p.add_argument("file", type=Path)
    p.add_argument("--to", choices=("json", "xml", "text"), default="json")

    c = sub.add_parser("check", help="kiểm tra tệp hoặc thư mục (check files or directories)")
    c.add_argument("paths", nargs="+", metavar="FILE|DIR")
    c.add_argument("--format", choices=FORMATS, default="text")
    c.add_argument("--jobs", "-j", type=_jobs, default=1, help="số tiến trình (worker processes; 0 = one per CPU)")
    c.add_argument("--select", action="append", metavar="CODES", help="chỉ các quy tắc này: mã, tên hoặc tiền tố, cách nhau bằng dấu phẩy")
    c.add_argument("--ignore", action="append", metavar="CODES", help="bỏ qua các quy tắc này")
    c.add_argument("--severity", action="append", type=_severity_pair, metavar="CODE=LEVEL", help="đổi mức độ (override a severity)")
    c.add_argument("--profile", choices=("strict", "review"))
    c.add_argument("--fail-on", choices=SEVERITIES, dest="fail_on")
    c.add_argument("--today", type=_date, help="ngày tham chiếu cho date-after-today (YYYY-MM-DD)")
    c.add_argument("--config", type=Path, help="pyproject.toml có [tool.vnadmin]")
    c.add_argument("--no-config", action="store_true", help="không đọc pyproject.toml (ignore pyproject.toml)")
    c.add_argument("--no-progress", action="store_true", help="không hiện tiến độ (no progress bar)")

    v = sub.add_parser("convert", help="chuyển đổi theo phần mở rộng (convert by extension: .txt .xml .docx)")
    v.add_argument("input", type=Path)
    v.add_argument("output", type=Path)

    t = sub.add_parser("cite", help="liệt kê các văn bản được viện dẫn (list the citations)")
    t.add_argument("file", type=Path)
    t.add_argument("--format", choices=("text", "json"), default="text")

    sub.add_parser("rules", help="danh mục quy tắc (list the rules)")
    return parser


# -- commands ----------------------------------------------------------------------------------


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, DocumentType):
        return {"name": obj.name, "code": obj.code, "system": obj.system}
    if isinstance(obj, DocumentNumber):
        return {"text": str(obj), **{a.name: _jsonable(getattr(obj, a.name)) for a in attrs.fields(DocumentNumber) if a.eq}}
    if attrs.has(type(obj)):
        return {a.name: _jsonable(getattr(obj, a.name)) for a in attrs.fields(type(obj)) if a.eq}
    if isinstance(obj, tuple | list):
        return [_jsonable(x) for x in obj]
    if isinstance(obj, _dt.date):
        return obj.isoformat()
    return obj


def _read(path: Path) -> Document:
    if not path.is_file():
        raise OSError(2, "không tìm thấy tệp (no such file)", str(path))
    return load_document(path)


def cmd_parse(args: argparse.Namespace, out: IO[str]) -> int:
    doc = _read(args.file)
    if args.to == "json":
        out.write(json.dumps(_jsonable(doc), ensure_ascii=False, indent=2) + "\n")
    elif args.to == "text":
        out.write(_format_module(Path("x.txt")).dumps(doc))
    else:
        data = _format_module(Path("x.xml")).dumps(doc)
        out.flush()
        sys.stdout.buffer.write(data)
    return 0


def cmd_convert(args: argparse.Namespace, out: IO[str]) -> int:
    writer = _format_module(args.output, writing=True)
    doc = _read(args.input)
    writer.dump(doc, args.output)
    return 0


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


def _citation_dict(c: Citation, where: tuple[int, int] | None) -> dict[str, Any]:
    return {
        "text": c.text,
        "span": list(c.span),
        "line": where[0] if where else None,
        "column": where[1] if where else None,
        "type": c.doc_type.name if c.doc_type else None,
        "type_code": c.doc_type.code if c.doc_type else None,
        "number": str(c.number) if c.number else None,
        "date": c.date.isoformat() if c.date else None,
        "issuer": c.issuer,
        "pinpoint": str(c.pinpoint) if c.pinpoint else None,
    }


def cmd_cite(args: argparse.Namespace, out: IO[str]) -> int:
    from vnadmin.citations import find_citations

    path: Path = args.file
    found: list[tuple[Citation, tuple[int, int] | None]] = []
    if path.suffix.lower() == ".txt":
        if not path.is_file():
            raise OSError(2, "không tìm thấy tệp (no such file)", str(path))
        data = path.read_bytes()
        if b"\x00" in data:
            raise VnAdminError("tệp nhị phân, không phải văn bản (a binary file, not text)")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise VnAdminError("tệp không phải UTF-8 (the file is not UTF-8)") from exc
        found = [(c, _line_col(text, c.start)) for c in find_citations(text)]
    else:
        doc = _read(path)
        for p in doc.paragraphs():
            found.extend((c, (p.origin.line, p.origin.column or 1) if p.origin and p.origin.line else None) for c in p.citations)
        for fn in doc.footnotes:
            found.extend((c, None) for c in fn.citations)
    if args.format == "json":
        payload = {"path": str(path), "citations": [_citation_dict(c, w) for c, w in found]}
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    for c, where in found:
        bits = [b for b in (c.doc_type.name if c.doc_type else None, str(c.number) if c.number else None,
                            c.date.isoformat() if c.date else None, c.issuer) if b]
        loc = f"{where[0]}:{where[1]}" if where else "1:1"
        out.write(f"{path}:{loc}: {c.text} → {' | '.join(bits)}\n")
    return 0


def cmd_rules(args: argparse.Namespace, out: IO[str]) -> int:
    for r in all_rules():
        out.write(f"{r.code} {r.name} [{r.severity}] {r.summary}\n")
    return 0


def _config(args: argparse.Namespace, err: IO[str]) -> Config:
    config = Config()
    if args.config is not None:
        config, notice = load_config(args.config)
        if notice:
            err.write(notice + "\n")
    elif not args.no_config:
        found = find_pyproject(Path.cwd())
        if found is not None:
            config, notice = load_config(found)
            if notice:
                err.write(notice + "\n")
    severity = dict(args.severity or ())
    select = ",".join(args.select) if args.select else None
    return config.merged(
        profile=args.profile,
        select=select,
        ignore=",".join(args.ignore) if args.ignore else None,
        severity=severity or None,
        fail_on=args.fail_on,
        today=args.today,
    )


class _Progress:
    """A one-line counter on stderr, only when stderr is a terminal."""

    def __init__(self, err: IO[str], enabled: bool) -> None:
        self.err = err
        self.enabled = enabled and err.isatty()
        self.count = 0
        self.start = time.monotonic()
        self.last = 0.0

    def step(self, path: str) -> None:
        self.count += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.1:
            return
        self.last = now
        rate = self.count / max(now - self.start, 1e-6)
        shown = path if len(path) <= 50 else "…" + path[-49:]
        self.err.write(f"\r\x1b[K[{self.count} tệp (files), {rate:.0f}/s] {shown}")
        self.err.flush()

    def done(self) -> None:
        if self.enabled and self.count:
            self.err.write("\r\x1b[K")
            self.err.flush()


def cmd_check(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    config = _config(args, err)
    jobs = args.jobs or (os.cpu_count() or 1)
    reporter = make_reporter(args.format, out, profile=config.profile)
    progress = _Progress(err, not args.no_progress)
    reporter.start()
    skipped = 0
    worst: int | None = None
    items = walk(args.paths, frozenset(EXTENSIONS))
    for result in check_files(items, load_document, config, jobs=jobs):
        if isinstance(result, Skipped):
            skipped += 1
            err.write(f"{result.path}: bỏ qua, phần mở rộng không được hỗ trợ (skipped: unsupported extension)\n")
            continue
        progress.step(result.path)
        reporter.file(result)
        if result.error is not None:
            # Reader errors often name the file and line already ("a.txt:1:1: …").
            shown = result.error if result.error.startswith(result.path + ":") else f"{result.path}: {result.error}"
            err.write(f"lỗi (error): {shown}\n")
        for f in result.findings:
            rank = _RANK[f.severity]
            worst = rank if worst is None else min(worst, rank)
    progress.done()
    reporter.finish()
    out.flush()
    summary = reporter.summary
    if args.format == "text":
        counts = summary.by_severity
        err.write(
            f"{summary.files} tệp (files), {counts['error']} lỗi (errors), {counts['warning']} cảnh báo "
            f"(warnings), {counts['info']} thông tin (info)"
            + (f", {skipped} bỏ qua (skipped)" if skipped else "")
            + (f", {summary.unreadable} không đọc được (unreadable)" if summary.unreadable else "")
            + "\n"
        )
    if summary.unreadable:
        return 2
    if summary.files == 0:
        err.write("vnadmin: không có tệp nào để kiểm tra (no files to check)\n")
        return 2
    if worst is not None and worst <= _RANK[config.fail_on]:
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status (the console script exits with it)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure: Callable[..., None] | None = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        if args.command == "check":
            return cmd_check(args, out, err)
        handler = {"parse": cmd_parse, "convert": cmd_convert, "cite": cmd_cite, "rules": cmd_rules}[args.command]
        return handler(args, out)
    except BrokenPipeError:
        # The reader of our output went away (`vnadmin check … | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except ConfigError as exc:
        err.write(f"vnadmin: cấu hình (config): {_one_line(exc)}\n")
    except OSError as exc:
        where = exc.filename or ""
        err.write(f"vnadmin: {where}: {exc.strerror or _one_line(exc)}\n")
    except ValueError as exc:  # VnAdminError (ParseError, XmlError, DocxError…), FormatUnavailable
        where = getattr(args, "file", None) or getattr(args, "input", None)
        err.write(f"vnadmin: {where}: {_one_line(exc)}\n" if where else f"vnadmin: {_one_line(exc)}\n")
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
