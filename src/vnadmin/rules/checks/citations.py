"""Citation rules (C): documents cited in the preamble, body and footnotes — valid numbers,
a cited date not after the document's own, and the type named in prose agreeing with the
type code. Citations are those the reader found (``Paragraph.citations``,
``Footnote.citations``, through :func:`vnadmin.find_citations`)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from functools import lru_cache

from vnadmin.citations import check_number
from vnadmin.model import Citation, DocumentNumber, Finding
from vnadmin.rules.checks import _sources as src
from vnadmin.rules.checks.number import type_agrees
from vnadmin.rules.context import Context
from vnadmin.rules.registry import Hit, get, rule

_ISSUER_UNKNOWN = "issuer-unknown"


@lru_cache(maxsize=1024)
def _checked(number: DocumentNumber, written: str | None, on: datetime.date | None) -> tuple[Finding, ...]:
    # check_number is pure given the reference date; documents cite the same numbers over
    # and over, so the results are shared across documents (``written`` is part of the
    # key because DocumentNumber equality ignores it).
    return tuple(check_number(number, on=on))


def _number_findings(ctx: Context, c: Citation) -> tuple[Finding, ...]:
    if c.number is None:
        return ()
    return _checked(c.number, c.number.written, c.date or ctx.latest_issue_date())


def _is_error(f: Finding) -> bool:
    """An error under vnadmin's catalogue (a number rule resting on an UNCONFIRMED clause
    is only a warning there, whatever check_number's own default)."""
    registered = get(f.code)
    return (registered.severity if registered is not None else f.severity) == "error"


def _where(c: Citation) -> str:
    return f'"{c.text}"'


@rule("C001", "citation-invalid", component="citations", severity="error", source=f"{src.CITATION}; {src.NUMBER}", spec="§4, §9")
def citation_invalid(ctx: Context) -> Iterator[Hit]:
    """A cited number has a format error (``check_number`` reports an error for it).

    For example "Nghị quyết số 5-NQ/TU" (no leading zero), "Quyết định số 84 QĐ/TWĐTN"
    (hyphen missing). An unknown issuer is not this rule (it is ``citation-issuer-unknown``,
    a warning: issuer abbreviations are an open list)."""
    for path, c, origin in ctx.citations():
        errors = [f for f in _number_findings(ctx, c) if _is_error(f)]
        if errors:
            detail = "; ".join(f"{f.name}: {f.message}" for f in errors)
            yield ctx.hit(f"Số, ký hiệu được viện dẫn {_where(c)} không hợp lệ (invalid cited number) — {detail}", path, origin)


@rule("C002", "citation-issuer-unknown", component="citations", severity="warning", source=src.NUMBER, spec="§5")
def citation_issuer_unknown(ctx: Context) -> Iterator[Hit]:
    """A cited number names an issuer abbreviation vnadmin does not know.

    Agencies choose their own abbreviations, so the list is open-ended and this is only a
    warning; it often reveals a typo ("SKHCHN" for "SKHCN")."""
    for path, c, origin in ctx.citations():
        for f in _number_findings(ctx, c):
            if f.name == _ISSUER_UNKNOWN:
                yield ctx.hit(f"{_where(c)}: {f.message}", path, origin)


@rule("C003", "citation-number-style", component="citations", severity="warning", source=src.NUMBER, spec="§4")
def citation_number_style(ctx: Context) -> Iterator[Hit]:
    """A cited number has a format detail worth a warning (zero padding "005", an en dash
    for the hyphen, an issuer code not in use on the cited date)."""
    for path, c, origin in ctx.citations():
        for f in _number_findings(ctx, c):
            if not _is_error(f) and f.name != _ISSUER_UNKNOWN and f.severity != "info":
                yield ctx.hit(f"{_where(c)}: {f.name}: {f.message}", path, origin)


@rule("C004", "citation-date-after-document", component="citations", severity="error", source=src.CITATION, spec="§1.7")
def citation_date_after_document(ctx: Context) -> Iterator[Hit]:
    """A cited document is dated after the document that cites it.

    A document can only cite what exists when it is issued. When the document's day (or
    month) is left blank in a draft, the latest day it can bear is used: a report dated
    "tháng 3 năm 2025" may cite a guide of 18/3/2025."""
    latest = ctx.latest_issue_date()
    if latest is None:
        return
    for path, c, origin in ctx.citations():
        # A citation with neither number nor name ("Luật này … từ ngày 01/01/2015") names
        # no other document: its date is not a date of issue.
        if c.number is None and c.name is None:
            continue
        if c.date is not None and c.date > latest:
            yield ctx.hit(
                f"{_where(c)} ban hành ngày {c.date:%d/%m/%Y}, sau ngày của văn bản này "
                "(the cited document is dated after this document)",
                path,
                origin,
            )


@rule("C005", "citation-type-mismatch", component="citations", severity="warning", source=f"{src.CITATION}; {src.NUMBER_TYPE}", spec="§3, §4")
def citation_type_mismatch(ctx: Context) -> Iterator[Hit]:
    """The type named in prose disagrees with the type code of the cited number.

    The type is the type word nearest the number: "Công văn Hướng dẫn 02/HD-SNV" names a
    Hướng dẫn and agrees with HD. A công văn has no type code ("công văn số
    1471/STTTT-TTBCXB"), and a first group that is also a type code (624/CT-TTHT) is the
    issuer, not a disagreement."""
    for path, c, origin in ctx.citations():
        if c.doc_type is None or c.number is None:
            continue
        if not type_agrees(c.doc_type, c.number):
            code = c.number.type_code or "(không có mã loại — no type code)"
            yield ctx.hit(
                f'{_where(c)}: tên loại "{c.doc_type.name}" không khớp mã {code} trong ký hiệu '
                "(the type named does not match the type code)",
                path,
                origin,
            )


_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})\s{0,2}([/.\-])\s{0,2}(\d{1,2})\s{0,2}[/.\-]\s{0,2}(\d{4})(?!\d)")
_WORDED_DATE = re.compile(r"(?<!\d)(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})(?!\d)")


@rule(
    "C006",
    "citation-date-style",
    component="citations",
    severity="warning",
    source=src.DATE_FORM,
    spec="§1.5, §9 #9",
    unconfirmed="No rule fixes the form of dates inside running text; the header's leading-zero rule is applied by analogy.",
)
def citation_date_style(ctx: Context) -> Iterator[Hit]:
    """A cited date is written against the header's date form ("12/03/2020", "14.02.2007").

    The decree fixes the form of the date line (a leading zero for days below 10 and months
    1 and 2 only) but not of dates inside running text (UNCONFIRMED): real documents mostly
    follow the same rule in numeric form ("ngày 19/02/2025", "ngày 18/3/2025"), so a
    deviation is a style warning, never an error."""
    for path, c, origin in ctx.citations():
        written = c.date_written
        if written is None or c.date is None:
            continue
        m = _NUMERIC_DATE.search(written)
        if m:
            day, sep, month = m.group(1), m.group(2), m.group(3)
        else:
            w = _WORDED_DATE.search(written)
            if not w:
                continue
            day, sep, month = w.group(1), "/", w.group(2)
        want_day = f"{int(day):02d}"
        want_month = f"{int(month):02d}" if int(month) <= 2 else str(int(month))
        if day != want_day or month != want_month or sep == ".":
            want = f"{want_day}/{want_month}/{c.date.year}"
            yield ctx.hit(
                f'{_where(c)}: ngày viết "{written}", nên viết {want} (write the date as {want})',
                path,
                origin,
            )
