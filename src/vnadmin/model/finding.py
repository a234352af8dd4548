"""Findings: what a check says about a document or a number.

Produced by :func:`vnadmin.check_number` and :func:`vnadmin.validate`; kept in the model
layer so that every checker can return them without importing the rule engine.
"""

from __future__ import annotations

import attrs

__all__ = ["SEVERITIES", "Finding", "Location"]

SEVERITIES = ("error", "warning", "info")


@attrs.frozen
class Location:
    """Where a finding points: ``line``/``column`` (1-based) for text sources,
    ``paragraph`` index for docx, ``xpath`` for XML, and ``path`` in the model
    (``"header.number"``, ``"body[1].children[0]"``)."""

    source: str | None = None
    line: int | None = None
    column: int | None = None
    paragraph: int | None = None
    xpath: str | None = None
    path: str | None = None

    def __str__(self) -> str:
        out = self.source or "<document>"
        if self.line is not None:
            out += f":{self.line}:{self.column or 1}"
        elif self.paragraph is not None:
            out += f":¶{self.paragraph}"
        elif self.xpath is not None:
            out += f":{self.xpath}"
        return out


def _check_severity(inst: Finding, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in SEVERITIES:
        from vnadmin.model._checks import fail

        fail(inst, attribute, value, f"phải là một trong {SEVERITIES} (must be one of them)")


@attrs.frozen
class Finding:
    """One finding: stable ``code`` (``H001``) and ``name`` (``national-title-missing``),
    ``severity``, a Vietnamese ``message`` with an English gloss, ``location`` and the
    ``source`` clause it enforces."""

    code: str
    name: str
    severity: str = attrs.field(validator=_check_severity)
    message: str
    location: Location = attrs.field(factory=Location)
    source: str = ""

    def __str__(self) -> str:
        return f"{self.location}: {self.code} {self.name} {self.message}"
