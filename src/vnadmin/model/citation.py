"""A reference to another document found in running text (viện dẫn).

Finding citations lives in :mod:`vnadmin.citations`; this module only holds them.

>>> p = Pinpoint(article="5", clause="2")
>>> str(p)
'khoản 2 Điều 5'
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs

from vnadmin.errors import ModelError
from vnadmin.model import _checks
from vnadmin.model.doctypes import DocumentType
from vnadmin.model.number import DocumentNumber
from vnadmin.model.origin import Origin

__all__ = ["Citation", "Pinpoint"]


def _check_part(inst: Pinpoint, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if type(value) is not str or not value or not value.isalnum():
        _checks.fail(inst, attribute, value, "phải là số/chữ không rỗng (must be a non-empty label such as '5', '39a', 'đ')")


@attrs.frozen(repr=False)
class Pinpoint:
    """Điều/khoản/điểm of a cited document, in Vietnamese order (``điểm a khoản 1 Điều 3``).

    ``article`` keeps suffixes (``"39a"``), ``point`` keeps ``đ`` and numbered inserts
    (``"a1"``)."""

    article: str | None = attrs.field(default=None, validator=_check_part)
    clause: str | None = attrs.field(default=None, validator=_check_part)
    point: str | None = attrs.field(default=None, validator=_check_part)
    written: str | None = attrs.field(default=None, kw_only=True, eq=False)

    def __attrs_post_init__(self) -> None:
        if self.article is None and self.clause is None and self.point is None:
            raise ModelError("Pinpoint", "article", None, "cần ít nhất một phần (at least one part is required)")

    def __str__(self) -> str:
        parts = []
        if self.point is not None:
            parts.append(f"điểm {self.point}")
        if self.clause is not None:
            parts.append(f"khoản {self.clause}")
        if self.article is not None:
            parts.append(f"Điều {self.article}")
        return " ".join(parts)

    def __repr__(self) -> str:
        return f"Pinpoint({str(self)!r})"


def _check_span(inst: Citation, attribute: attrs.Attribute[Any], value: object) -> None:
    ok = (
        type(value) is tuple
        and len(value) == 2
        and all(type(v) is int and v >= 0 for v in value)
        and value[0] <= value[1]
    )
    if not ok:
        _checks.fail(inst, attribute, value, "phải là (đầu, cuối) với 0 ≤ đầu ≤ cuối (must be (start, end), 0 ≤ start ≤ end)")


@attrs.frozen(repr=False)
class Citation:
    """One citation: ``text`` as written at ``span`` (character offsets into the string that
    was searched), the type (``doc_type``, and ``type_written`` as it appears), the parsed
    ``number`` (``None`` for a law cited by name), ``date``, ``issuer`` (the body's name
    without "của"), ``name`` (a law's title when cited by name) and ``pinpoint``."""

    text: str = attrs.field(validator=_checks.text)
    span: tuple[int, int] = attrs.field(converter=_checks.to_tuple, validator=_check_span)
    doc_type: DocumentType | None = attrs.field(
        default=None, kw_only=True, validator=_checks.instance_of(DocumentType, optional=True)
    )
    type_written: str | None = attrs.field(default=None, kw_only=True, validator=_checks.optional_text)
    number: DocumentNumber | None = attrs.field(
        default=None, kw_only=True, validator=_checks.instance_of(DocumentNumber, optional=True)
    )
    date: _dt.date | None = attrs.field(
        default=None, kw_only=True, validator=_checks.instance_of(_dt.date, optional=True)
    )
    date_written: str | None = attrs.field(default=None, kw_only=True, validator=_checks.optional_text)
    issuer: str | None = attrs.field(default=None, kw_only=True, validator=_checks.optional_text)
    name: str | None = attrs.field(default=None, kw_only=True, validator=_checks.optional_text)
    pinpoint: Pinpoint | None = attrs.field(
        default=None, kw_only=True, validator=_checks.instance_of(Pinpoint, optional=True)
    )
    origin: Origin | None = attrs.field(default=None, kw_only=True, eq=False)

    def __attrs_post_init__(self) -> None:
        if self.span[1] - self.span[0] != len(self.text):
            raise ModelError(
                "Citation",
                "span",
                self.span,
                f"độ dài khoảng phải bằng độ dài văn bản {len(self.text)} (span length must equal len(text))",
            )

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]

    def shifted(self, offset: int) -> Citation:
        """The same citation with its span moved by ``offset`` characters."""
        return attrs.evolve(self, span=(self.span[0] + offset, self.span[1] + offset))

    def __repr__(self) -> str:
        bits = [repr(self.text), f"span={self.span}"]
        if self.number is not None:
            bits.append(f"number='{self.number}'")
        if self.date is not None:
            bits.append(f"date={self.date.isoformat()}")
        if self.issuer:
            bits.append(f"issuer={self.issuer!r}")
        return f"Citation({', '.join(bits)})"
