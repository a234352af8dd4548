"""Write examples/seed-report.docx from examples/seed-report.txt.

The seed report is read with the plain-text reader and written with the docx writer, laid
out as Nghị định 30/2020/NĐ-CP Phụ lục I prescribes. Run from the repository root::

    python examples/make_seed_docx.py
"""

from __future__ import annotations

from pathlib import Path

from vnadmin import docx, text

HERE = Path(__file__).resolve().parent


def main() -> None:
    doc = text.load(HERE / "seed-report.txt")
    out = HERE / "seed-report.docx"
    docx.dump(doc, out)
    print(f"{out.name}: {len(doc.sections)} sections, {len(doc.footnotes)} footnote(s), {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
