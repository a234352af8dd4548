"""Number and symbol rules (N): presence of the number and the agreement of its symbol
with the document type. The format of the number itself (a blank number, the leading zero,
type and issuer codes, the "Số:" label) is checked by :func:`vnadmin.citations.check_number`;
its rules (:data:`vnadmin.citations.NUMBER_RULES`, codes N001–N017) are registered here
under their own codes, applied to the header's number."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from vnadmin.citations import NUMBER_RULES, NumberRule, check_number
from vnadmin.model import DocumentNumber, DocumentType, Finding, doctypes
from vnadmin.rules.checks import _sources as src
from vnadmin.rules.context import Context
from vnadmin.rules.registry import Hit, rule
from vnadmin.unicode import fold

__all__ = ["type_agrees"]


@rule("N020", "number-missing", component="number", severity="error", source=src.NUMBER, spec="§1.4")
def number_missing(ctx: Context) -> Iterator[Hit]:
    """The document has no "Số: …" line at all.

    Số, ký hiệu is a required component (ô 3). A number left blank in a draft
    ("Số: /BC-SKHCHN") is a different finding, ``number-blank``."""
    if not ctx.is_annex and ctx.doc.header.number is None:
        yield ctx.hit("Thiếu số, ký hiệu của văn bản (number and symbol missing)", "header.number", ctx.header_origin("number"))


@lru_cache(maxsize=1024)
def type_agrees(dtype: DocumentType, number: DocumentNumber) -> bool:
    """Whether the type code in ``number`` agrees with the type ``dtype``.

    A công văn has no type code; when its first symbol group is also a type code
    (``624/CT-TTHT``: CT is the issuer Cục Thuế) that is the công văn reading of the
    number, not a disagreement. A legal-normative number without a type group
    (``64/2025/QH15``, ``202/2025/QH15``) agrees with its type."""
    if dtype.is_cong_van:
        return number.style != "legal"
    if number.type_code is None:
        # Laws and National Assembly resolutions carry no type group (64/2025/QH15,
        # 202/2025/QH15): nothing in the number contradicts the type.
        return dtype.code is None or number.style == "legal"
    if dtype.code is None:
        return False
    if fold(number.type_code) == fold(dtype.code):
        return True
    # The same type under another family's or an older code (QĐi/QĐ, GN/BGN).
    name = fold(dtype.name)
    return any(fold(t.name) == name for t in doctypes.all_by_code(number.type_code))


@rule("N021", "symbol-type-mismatch", component="number", severity="error", source=src.NUMBER_TYPE, spec="§1.4, §3, §4.2")
def symbol_type_mismatch(ctx: Context) -> Iterator[Hit]:
    """The type code in the symbol disagrees with the document's type.

    Ký hiệu = the abbreviation of the type (Phụ lục III) + that of the issuer, so a Báo cáo
    carries ``BC``. A công văn carries no type code: its symbol is issuer-unit, and a first
    group that happens to be a type code (``624/CT-TTHT``) is read as the issuer, which is
    not a mismatch."""
    header = ctx.doc.header
    dtype, number = header.doc_type, header.number
    if dtype is None or number is None or ctx.is_annex:
        return
    if type_agrees(dtype, number):
        return
    expected = dtype.code or "(không có mã loại — no type code)"
    yield ctx.hit(
        f'Ký hiệu "{number.symbol}" không khớp tên loại "{dtype.name}" (mã {expected}) '
        f"(the symbol does not match the document type {dtype.name!r})",
        "header.number",
        ctx.header_origin("number"),
    )


# -- the format rules of vnadmin.citations.check_number, applied to the header's number ------

#: Severity under the ``review`` profile for the drafting-only number rules.
_REVIEW = {"number-blank": "info"}


def _header_number_findings(ctx: Context) -> tuple[Finding, ...]:
    cached = ctx.memo.get("header-number")
    if cached is None:
        number = ctx.doc.header.number
        if number is None:
            cached = ()
        else:
            on = ctx.doc.header.issue_date.as_date() if ctx.doc.header.issue_date else None
            cached = tuple(check_number(number, on=on or ctx.latest_issue_date()))
        ctx.memo["header-number"] = cached
    assert isinstance(cached, tuple)
    return cached


def _label_hits(ctx: Context) -> Iterator[Hit]:
    """The "Số:" label as the reader kept it: State documents write "Số:" (laws
    "Luật số:"), Party documents "Số" without a colon."""
    header = ctx.doc.header
    label = header.number_label
    if label is None or header.number is None:
        return
    written = label.strip()
    if ctx.is_party:
        if written.endswith(":"):
            yield ctx.hit(
                f'Văn bản của Đảng viết "Số" không có dấu hai chấm, không phải "{written}" '
                "(Party documents write 'Số' without a colon)",
                "header.number_label",
                ctx.header_origin("number"),
            )
    elif not written.endswith(":"):
        yield ctx.hit(
            f'Văn bản Nhà nước viết "Số:" có dấu hai chấm, không phải "{written}" '
            "(State documents write 'Số:' with a colon)",
            "header.number_label",
            ctx.header_origin("number"),
        )


def _number_rule(nr: NumberRule) -> None:
    def check(ctx: Context) -> Iterator[Hit]:
        found = [f for f in _header_number_findings(ctx) if f.code == nr.code]
        for f in found:
            yield ctx.hit(f.message, "header.number", ctx.header_origin("number"))
        if nr.name == "so-prefix-colon" and not found:
            yield from _label_hits(ctx)

    check.__doc__ = (
        f"{nr.summary}\n\n"
        "Checked by :func:`vnadmin.check_number` on the number in the header, with the "
        "document's date as the reference date (see docs/citations.md)."
    )
    unconfirmed = "UNCONFIRMED" in nr.source or "UNCONFIRMED" in nr.summary
    rule(
        nr.code,
        nr.name,
        component="number",
        # A rule resting on an UNCONFIRMED clause stays a warning here, whatever
        # check_number's own default.
        severity="warning" if unconfirmed and nr.severity == "error" else nr.severity,
        source=nr.source,
        spec="§1.4, §4",
        review=_REVIEW.get(nr.name),
        unconfirmed="The character set of a symbol is derived from the rules and real data (spec §10 #2)."
        if unconfirmed
        else "",
    )(check)


for _nr in NUMBER_RULES:
    _number_rule(_nr)
