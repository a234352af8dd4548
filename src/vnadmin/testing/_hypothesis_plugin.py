"""Hypothesis plugin: teaches ``st.from_type`` to build vnadmin's model classes.

Hypothesis calls :func:`_register` through the ``hypothesis`` entry point declared in
``pyproject.toml`` when it is imported, so ``st.from_type(vnadmin.Document)`` works in any
test suite that has vnadmin installed, without importing :mod:`vnadmin.testing` first.

The strategies are resolved lazily: this module runs while ``hypothesis`` itself is still
being imported, so it must not import :mod:`vnadmin.testing.strategies` (which imports
``hypothesis.strategies``) until a type is actually looked up.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

__all__: list[str] = []

#: Model class (module, name) → the public strategy function that builds it.
_TYPES: tuple[tuple[str, str, str], ...] = (
    ("vnadmin.model.doctypes", "DocumentType", "doc_types"),
    ("vnadmin.model.number", "DocumentNumber", "document_numbers"),
    ("vnadmin.model.dates", "IssueDate", "issue_dates"),
    ("vnadmin.model.header", "Header", "headers"),
    ("vnadmin.model.citation", "Pinpoint", "pinpoints"),
    ("vnadmin.model.citation", "Citation", "citations"),
    ("vnadmin.model.sections", "Paragraph", "paragraphs"),
    ("vnadmin.model.sections", "FootnoteRef", "footnote_refs"),
    ("vnadmin.model.sections", "Footnote", "footnotes"),
    ("vnadmin.model.sections", "Section", "sections"),
    ("vnadmin.model.signature", "SignatureBlock", "signature_blocks"),
    ("vnadmin.model.recipients", "Recipient", "recipients"),
    ("vnadmin.model.recipients", "RecipientList", "recipient_lists"),
    ("vnadmin.model.document", "Preamble", "preambles"),
    ("vnadmin.model.document", "Document", "documents"),
    ("vnadmin.model.finding", "Finding", "findings"),
    ("vnadmin.model.origin", "Note", "notes"),
    ("vnadmin.model.origin", "Layout", "layouts"),
    ("vnadmin.model.origin", "PageSetup", "page_setups"),
    ("vnadmin.model.origin", "Origin", "origins"),
    ("vnadmin.model.finding", "Location", "locations"),
    ("vnadmin.model.issuers", "Issuer", "issuers"),
)


def _lazy(name: str) -> Callable[[type], Any]:
    def resolve(_cls: type) -> Any:
        module = importlib.import_module("vnadmin.testing.strategies")
        return getattr(module, name)()

    return resolve


def _register() -> None:
    """Register a strategy for every model class (called by Hypothesis on import)."""
    from hypothesis import strategies as st

    for module_name, cls_name, strategy_name in _TYPES:
        cls = getattr(importlib.import_module(module_name), cls_name)
        st.register_type_strategy(cls, _lazy(strategy_name))
