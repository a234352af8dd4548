"""Type and summary rules (T): tên loại and trích yếu (ô 5a/5b)."""

from __future__ import annotations

from collections.abc import Iterator

from vnadmin.rules.checks import _sources as src
from vnadmin.rules.context import Context
from vnadmin.rules.registry import Hit, rule
from vnadmin.unicode import is_upper_text


@rule("T001", "type-missing", component="type", severity="error", source=src.TYPE, spec="§1.6")
def type_missing(ctx: Context) -> Iterator[Hit]:
    """The document's type is unknown: no type name (BÁO CÁO, QUYẾT ĐỊNH …) and nothing
    that makes it a công văn (a "V/v" summary, an issuer-unit symbol, "Kính gửi")."""
    if not ctx.is_annex and ctx.doc.header.doc_type is None:
        yield ctx.hit("Thiếu tên loại văn bản (document type missing)", "header.doc_type", ctx.header_origin("doc_type"))


@rule("T002", "summary-missing", component="type", severity="error", source=src.TYPE, spec="§1.6")
def summary_missing(ctx: Context) -> Iterator[Hit]:
    """The trích yếu (the one-line summary under the type name, or "V/v …" of a công văn)
    is missing."""
    if not ctx.is_annex and ctx.doc.header.summary is None:
        yield ctx.hit(
            "Thiếu trích yếu nội dung văn bản (summary missing)",
            "header.summary",
            ctx.header_origin("summary"),
        )


@rule("T003", "type-case", component="type", severity="warning", source=src.TYPE, spec="§1.6, §2.2")
def type_case(ctx: Context) -> Iterator[Hit]:
    """The type name is not written in capitals ("Báo cáo" for "BÁO CÁO").

    Checked when the reader kept the type name as written."""
    written = ctx.doc.header.type_written
    if written is not None and not is_upper_text(written):
        yield ctx.hit(
            f'Tên loại "{written}" phải viết in hoa (the type name must be in capitals)',
            "header.type_written",
            ctx.header_origin("doc_type"),
        )
