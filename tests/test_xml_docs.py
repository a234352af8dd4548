"""docs/xml.md documents every element and attribute of the schema, and the examples in the
vnadmin.xml modules run."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest
from lxml import etree

from vnadmin.xml.schema import xsd_bytes

DOCS = Path(__file__).resolve().parent.parent / "docs" / "xml.md"
XS = "{http://www.w3.org/2001/XMLSchema}"


def _declared() -> tuple[set[str], set[str]]:
    root = etree.fromstring(xsd_bytes())
    elements = {el.get("name") for el in root.iter(f"{XS}element")}
    attributes = {el.get("name") for el in root.iter(f"{XS}attribute")}
    return {e for e in elements if e}, {a for a in attributes if a}


def test_the_schema_declares_what_the_writer_uses() -> None:
    elements, attributes = _declared()
    assert {"document", "header", "body", "section", "p", "citation", "footnoteRef", "footnote"} <= elements
    assert {"label", "marker", "bullet", "style", "issuers", "day", "month", "authority"} <= attributes


def test_every_element_and_attribute_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    elements, attributes = _declared()
    missing = sorted(e for e in elements if f"`{e}`" not in text)
    missing += sorted(f"@{a}" for a in attributes if f"`@{a}`" not in text)
    assert not missing, f"docs/xml.md does not document: {missing}"


def test_the_docs_name_the_namespace_and_the_versioning_rule() -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert "urn:vnadmin:document:1" in text
    assert "needs a new namespace version" in text
    assert 'targetNamespace="urn:vnadmin:document:1"' in xsd_bytes().decode("utf-8")


@pytest.mark.parametrize("module", ["names", "parser", "schema", "writer", "reader", "__init__"])
def test_module_examples_run(module: str) -> None:
    name = "vnadmin.xml" if module == "__init__" else f"vnadmin.xml.{module}"
    result = doctest.testmod(
        importlib.import_module(name), optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    )
    assert result.attempted > 0 and result.failed == 0
