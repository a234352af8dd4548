"""vnadmin — Vietnamese administrative documents (văn bản hành chính) and legal citations.

The public API is re-exported here; nothing inside the package imports from this module.
Format packages (``vnadmin.text``, ``vnadmin.xml``, ``vnadmin.docx``) and the checkers are
loaded on first use, so ``import vnadmin`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from vnadmin import errors, unicode
from vnadmin.model import (
    Citation,
    Document,
    DocumentNumber,
    DocumentType,
    Finding,
    Footnote,
    FootnoteRef,
    Header,
    IssueDate,
    Location,
    Paragraph,
    Pinpoint,
    Preamble,
    Recipient,
    RecipientList,
    Section,
    SignatureBlock,
    doctypes,
    issuers,
)

if TYPE_CHECKING:  # pragma: no cover
    from vnadmin import citations, docx, rules, testing, text, xml
    from vnadmin.citations import check_number, find_citations, parse_number
    from vnadmin.rules import validate

__version__ = "0.1.0"

__all__ = [
    "Citation",
    "Document",
    "DocumentNumber",
    "DocumentType",
    "Finding",
    "Footnote",
    "FootnoteRef",
    "Header",
    "IssueDate",
    "Location",
    "Paragraph",
    "Pinpoint",
    "Preamble",
    "Recipient",
    "RecipientList",
    "Section",
    "SignatureBlock",
    "__version__",
    "check_number",
    "citations",
    "doctypes",
    "docx",
    "errors",
    "find_citations",
    "issuers",
    "parse_number",
    "rules",
    "testing",
    "text",
    "unicode",
    "validate",
    "xml",
]

_SUBPACKAGES = {"citations", "docx", "rules", "testing", "text", "xml"}
_FUNCTIONS = {
    "parse_number": "vnadmin.citations",
    "find_citations": "vnadmin.citations",
    "check_number": "vnadmin.citations",
    "validate": "vnadmin.rules",
}


def __getattr__(name: str) -> Any:
    if name in _SUBPACKAGES:
        return importlib.import_module(f"vnadmin.{name}")
    if name in _FUNCTIONS:
        return getattr(importlib.import_module(_FUNCTIONS[name]), name)
    raise AttributeError(f"module 'vnadmin' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
