"""Typed errors raised by vnadmin.

Every error is a :class:`ValueError` (so callers that already catch bad input keep
working) and says *where* and *what was expected*: a model field and value, a line and
column in a text source, or an XPath and line in XML.
"""

from __future__ import annotations

__all__ = [
    "CitationError",
    "DocxError",
    "ModelError",
    "ParseError",
    "SchemaError",
    "SecurityError",
    "VnAdminError",
    "XmlError",
]


class VnAdminError(ValueError):
    """Base class of every error vnadmin raises on bad input."""


class ModelError(VnAdminError):
    """A model object was built with an impossible value.

    ``field`` names the attribute and ``value`` holds what was given.
    """

    def __init__(self, cls: str, field: str, value: object, message: str) -> None:
        self.cls = cls
        self.field = field
        self.value = value
        self.message = message
        super().__init__(f"{cls}.{field}={value!r}: {message}")


class ParseError(VnAdminError):
    """Text that could not be read, with its position (1-based line and column)."""

    def __init__(
        self,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        source: str | None = None,
    ) -> None:
        self.message = message
        self.line = line
        self.column = column
        self.source = source
        where = ""
        if line is not None:
            where = f"{source + ':' if source else ''}{line}:{column or 1}: "
        super().__init__(f"{where}{message}")


class CitationError(ParseError):
    """A document number/symbol (số, ký hiệu) that cannot be parsed."""


class XmlError(VnAdminError):
    """XML that is not well formed, with the line where the parser stopped."""

    def __init__(self, message: str, *, line: int | None = None, xpath: str | None = None) -> None:
        self.message = message
        self.line = line
        self.xpath = xpath
        parts = [p for p in (xpath, f"line {line}" if line else None) if p]
        super().__init__(f"{' '.join(parts) + ': ' if parts else ''}{message}")


class SchemaError(XmlError):
    """XML that does not follow the vnadmin schema; names the XPath and line."""


class SecurityError(XmlError):
    """XML refused for safety: a DTD, an entity declaration, or a tree too deep or large.

    ``cause`` is one of ``"dtd"``, ``"entity"``, ``"depth"``, ``"size"``.
    """

    def __init__(self, message: str, *, cause: str, line: int | None = None) -> None:
        self.cause = cause
        super().__init__(message, line=line)


class DocxError(VnAdminError):
    """A .docx package that is not usable: not a zip, a missing part, malformed or
    oversized content."""
