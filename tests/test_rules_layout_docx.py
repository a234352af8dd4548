"""Layout rules on real .docx files: written by vnadmin.docx, then altered with
python-docx the way a clerk's editor would, and read back."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest

import vnadmin
from vnadmin.rules import Config, get

docx = pytest.importorskip("docx")
from docx.shared import Mm, Pt  # noqa: E402

CONFIG = Config(today=datetime.date(2025, 6, 30))
SOURCE = (Path(__file__).resolve().parent / "data" / "clean-decision.txt").read_text(encoding="utf-8")


def _layout_names(data: bytes, config: Config = CONFIG) -> dict[str, str]:
    doc = vnadmin.docx.loads(data, source="q.docx")
    out = {}
    for f in vnadmin.validate(doc, config=config):
        r = get(f.code)
        if r is not None and r.component == "layout":
            out[f.name] = f.severity
    return out


def _written() -> bytes:
    return vnadmin.docx.dumps(vnadmin.text.loads(SOURCE))


def _edit(data: bytes, change: object) -> bytes:
    d = docx.Document(io.BytesIO(data))
    change(d)  # type: ignore[operator]
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_vnadmin_written_docx_has_no_layout_findings() -> None:
    assert _layout_names(_written()) == {}


def test_letter_paper_and_narrow_margins() -> None:
    def change(d: object) -> None:
        section = d.sections[0]  # type: ignore[attr-defined]
        section.page_width, section.page_height = Mm(216), Mm(279)
        section.left_margin = Mm(20)

    found = _layout_names(_edit(_written(), change))
    assert found.get("page-size") == "error" and found.get("page-margins") == "error"


def test_arial_body_and_small_type() -> None:
    def change(d: object) -> None:
        for p in d.paragraphs:  # type: ignore[attr-defined]
            for run in p.runs:
                run.font.name = "Arial"
                run.font.size = Pt(11)

    found = _layout_names(_edit(_written(), change))
    assert {"font-family", "font-size"} <= set(found)
    review = _layout_names(_edit(_written(), change), Config(profile="review", today=CONFIG.today))
    assert all(sev != "error" for sev in review.values())
