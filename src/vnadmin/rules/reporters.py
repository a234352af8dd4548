"""Reporters: text (``path:line:col: CODE name message``), JSON (one document per run) and
SARIF 2.1.0 (for GitHub code scanning and other tools).

Reporters stream: :meth:`Reporter.start`, one :meth:`Reporter.file` call per checked file,
then :meth:`Reporter.finish`. Nothing but counts is kept between files, so a run over
thousands of files writes as it goes.

>>> import io
>>> from vnadmin.model import Finding, Location
>>> from vnadmin.rules.batch import FileResult
>>> out = io.StringIO()
>>> r = TextReporter(out)
>>> r.start()
>>> r.file(FileResult("a.txt", (Finding("H001", "national-title-missing", "error", "Thiếu Quốc hiệu",
...                                       Location(line=3, column=1, path="header.national_title")),)))
>>> r.finish()
>>> print(out.getvalue(), end="")
a.txt:3:1: H001 national-title-missing Thiếu Quốc hiệu
"""

from __future__ import annotations

import abc
import json
from pathlib import Path, PurePath
from typing import IO, Any

from vnadmin.model import Finding, Location
from vnadmin.rules.batch import FileResult
from vnadmin.rules.registry import all_rules

__all__ = ["FORMATS", "JsonReporter", "Reporter", "SarifReporter", "Summary", "TextReporter", "make_reporter"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/vnadmin/vnadmin"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


class Summary:
    """Counts over a run."""

    def __init__(self) -> None:
        self.files = 0
        self.unreadable = 0
        self.by_severity = {"error": 0, "warning": 0, "info": 0}

    def add(self, result: FileResult) -> None:
        self.files += 1
        if result.error is not None:
            self.unreadable += 1
        for f in result.findings:
            self.by_severity[f.severity] += 1

    def as_dict(self) -> dict[str, int]:
        return {"files": self.files, "unreadable": self.unreadable, **self.by_severity}


def _version() -> str:
    from vnadmin import __version__

    return __version__


class Reporter(abc.ABC):
    """Base class: counts results; subclasses write them."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.summary = Summary()

    def start(self) -> None:
        return None

    def file(self, result: FileResult) -> None:
        self.summary.add(result)
        self.write(result)

    @abc.abstractmethod
    def write(self, result: FileResult) -> None:
        """Write one file's findings."""

    def finish(self) -> None:
        return None


def text_line(path: str, f: Finding) -> str:
    """One finding in the ``path:line:col: CODE name message`` form editors understand;
    a docx paragraph is shown as ``path:¶N:``, an XML node as ``path:XPATH:``, and a
    finding without a place (a missing component the reader could not place) as
    ``path:1:1:``."""
    loc = f.location
    if loc.line is not None:
        where = f"{loc.line}:{loc.column or 1}"
    elif loc.paragraph is not None:
        where = f"¶{loc.paragraph}"
    elif loc.xpath is not None:
        where = loc.xpath
    else:
        where = "1:1"
    return f"{path}:{where}: {f.code} {f.name} {f.message}"


class TextReporter(Reporter):
    """One line per finding; unreadable files are the command's business (stderr)."""

    def write(self, result: FileResult) -> None:
        for f in result.findings:
            self.out.write(text_line(result.path, f) + "\n")


def _location_dict(loc: Location) -> dict[str, Any]:
    return {k: getattr(loc, k) for k in ("line", "column", "paragraph", "xpath", "path")}


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "code": f.code,
        "name": f.name,
        "severity": f.severity,
        "message": f.message,
        "source": f.source,
        "location": _location_dict(f.location),
    }


class JsonReporter(Reporter):
    """One JSON document per run: ``{"tool", "files": [{"path", "error", "findings"}],
    "summary"}``, written file by file."""

    def __init__(self, out: IO[str], profile: str = "strict") -> None:
        super().__init__(out)
        self.profile = profile
        self._first = True

    def start(self) -> None:
        head = {"tool": {"name": "vnadmin", "version": _version()}, "profile": self.profile}
        self.out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "files": [')

    def write(self, result: FileResult) -> None:
        entry = {
            "path": result.path,
            "error": result.error,
            "findings": [finding_dict(f) for f in result.findings],
        }
        self.out.write(("\n" if self._first else ",\n") + json.dumps(entry, ensure_ascii=False))
        self._first = False

    def finish(self) -> None:
        self.out.write('\n], "summary": ' + json.dumps(self.summary.as_dict()) + "}\n")


def _uri(path: str) -> str:
    p = PurePath(path)
    if p.is_absolute():
        return Path(path).as_uri()
    return p.as_posix()


class SarifReporter(Reporter):
    """SARIF 2.1.0: one run, the rule catalogue as ``tool.driver.rules``, one result per
    finding, and unreadable files as tool execution notifications."""

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self._first = True
        self._index: dict[str, int] = {}
        self._notifications: list[dict[str, Any]] = []

    def start(self) -> None:
        rules = []
        for i, r in enumerate(all_rules()):
            self._index[r.code] = i
            rules.append(
                {
                    "id": r.code,
                    "name": r.name,
                    "shortDescription": {"text": r.summary},
                    "fullDescription": {"text": (r.doc or r.summary)},
                    "help": {"text": f"{r.summary}\n\nNguồn (source): {r.source}"},
                    "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity]},
                    "properties": {"component": r.component, "source": r.source, "tags": [r.component]},
                }
            )
        head = {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
        }
        driver = {
            "name": "vnadmin",
            "version": _version(),
            "informationUri": INFORMATION_URI,
            "rules": rules,
        }
        self.out.write(
            json.dumps(head, ensure_ascii=False)[:-1]
            + ', "runs": [{"tool": {"driver": '
            + json.dumps(driver, ensure_ascii=False)
            + '}, "results": ['
        )

    def _result(self, path: str, f: Finding) -> dict[str, Any]:
        loc = f.location
        region: dict[str, Any] = {"startLine": loc.line or 1}
        if loc.line is not None and loc.column is not None:
            region["startColumn"] = loc.column
        physical = {"artifactLocation": {"uri": _uri(path)}, "region": region}
        location: dict[str, Any] = {"physicalLocation": physical}
        logical = loc.path or loc.xpath
        if logical:
            location["logicalLocations"] = [{"fullyQualifiedName": logical}]
        out: dict[str, Any] = {
            "ruleId": f.code,
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": f"{f.name}: {f.message}"},
            "locations": [location],
            "properties": {"name": f.name, "source": f.source},
        }
        if loc.paragraph is not None:
            out["properties"]["paragraph"] = loc.paragraph
        if f.code in self._index:
            out["ruleIndex"] = self._index[f.code]
        return out

    def write(self, result: FileResult) -> None:
        if result.error is not None:
            self._notifications.append(
                {
                    "level": "error",
                    "message": {"text": result.error},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(result.path)}}}],
                }
            )
        for f in result.findings:
            self.out.write(("\n" if self._first else ",\n") + json.dumps(self._result(result.path, f), ensure_ascii=False))
            self._first = False

    def finish(self) -> None:
        invocation = {
            "executionSuccessful": not self._notifications,
            "toolExecutionNotifications": self._notifications,
        }
        self.out.write('\n], "invocations": [' + json.dumps(invocation, ensure_ascii=False) + "]}]}\n")


FORMATS = ("text", "json", "sarif")


def make_reporter(fmt: str, out: IO[str], *, profile: str = "strict") -> Reporter:
    """The reporter for ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "text":
        return TextReporter(out)
    if fmt == "json":
        return JsonReporter(out, profile)
    if fmt == "sarif":
        return SarifReporter(out)
    raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")
