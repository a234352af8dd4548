"""The vnadmin XML schema (``vnadmin.xsd``, package data): loading and validation.

The schema is parsed with the hardened parser and compiled once.

>>> s = schema()
>>> s is schema(), type(s).__name__
(True, 'XMLSchema')
>>> from lxml import etree
>>> validate(etree.fromstring(b'<document xmlns="urn:vnadmin:document:1"><body/></document>'))
Traceback (most recent call last):
...
vnadmin.errors.SchemaError: /vn:document/vn:body line 1: ...(does not follow the vnadmin schema): ...
"""

from __future__ import annotations

import threading
from functools import cache
from importlib import resources

from lxml import etree

from vnadmin.errors import SchemaError
from vnadmin.xml.names import line_of, xpath_of
from vnadmin.xml.parser import parse

__all__ = ["schema", "validate", "xsd_bytes"]


@cache
def xsd_bytes() -> bytes:
    """The text of ``vnadmin.xsd`` as shipped in the package."""
    return resources.files("vnadmin.xml").joinpath("vnadmin.xsd").read_bytes()


def _compile() -> etree.XMLSchema:
    return etree.XMLSchema(parse(xsd_bytes()))


@cache
def schema() -> etree.XMLSchema:
    """The compiled schema (one object for the process)."""
    return _compile()


_local = threading.local()


def _validator() -> etree.XMLSchema:
    # A validator keeps its error log on the object: one per thread, so concurrent reads
    # never see each other's errors.
    if threading.current_thread() is threading.main_thread():
        return schema()
    validator: etree.XMLSchema | None = getattr(_local, "validator", None)
    if validator is None:
        validator = _local.validator = _compile()
    return validator


def _locate(root: etree._Element, path: str | None) -> etree._Element | None:
    """The element libxml2's error path points at, if it can be found again."""
    if not path or not path.startswith("/"):
        return None
    _root_step, _, rest = path[1:].partition("/")
    expression = "self::node()" + ("/" + rest if rest else "")
    namespaces = {k: v for k, v in root.nsmap.items() if k}
    try:
        found = root.xpath(expression, namespaces=namespaces)
    except etree.XPathError:
        return None
    if isinstance(found, list) and len(found) == 1 and isinstance(found[0], etree._Element):
        return found[0]
    return None


def validate(root: etree._Element) -> None:
    """Raise :class:`SchemaError` naming the XPath and line of the first node of ``root``
    that does not follow the schema."""
    validator = _validator()
    if validator.validate(root):
        return
    errors = list(validator.error_log)  # type: ignore[call-overload]
    first = errors[0]
    node = _locate(root, first.path)
    xpath = xpath_of(node, root) if node is not None else first.path
    line = first.line or (line_of(node) if node is not None else None)
    more = f" (+{len(errors) - 1} lỗi khác / more)" if len(errors) > 1 else ""
    raise SchemaError(
        f"không đúng lược đồ vnadmin (does not follow the vnadmin schema): {first.message}{more}",
        xpath=xpath,
        line=line,
    )
