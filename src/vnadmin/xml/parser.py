"""The hardened XML parser: used for every document vnadmin reads and for its own schema.

It never reads a file, opens a connection, expands an entity or loads a DTD:

- the lxml parser runs with ``resolve_entities=False``, ``no_network=True``,
  ``load_dtd=False``, ``dtd_validation=False``, ``huge_tree=False``, and a resolver that
  refuses every external resource;
- before lxml sees the input, its prolog is scanned and any ``<!DOCTYPE …>`` (internal
  subset or external DTD) is refused, so no entity or DTD declaration is ever processed;
- entity references (``&name;`` other than the five predefined ones and character
  references) are refused, as are trees deeper than ``max_depth`` and inputs larger than
  ``max_bytes``.

Each refusal is a :class:`vnadmin.errors.SecurityError` whose ``cause`` is ``"dtd"``,
``"entity"``, ``"depth"`` or ``"size"``; input that is not well formed is a
:class:`vnadmin.errors.XmlError` with the line.

>>> parse(b'<a><b/></a>').tag
'a'
>>> parse('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')
Traceback (most recent call last):
...
vnadmin.errors.SecurityError: line 1: ...(entity declarations are refused)
>>> parse(b'<a>' * 5 + b'</a>' * 5, max_depth=4)
Traceback (most recent call last):
...
vnadmin.errors.SecurityError: ...(the tree is deeper than 4 levels)
"""

from __future__ import annotations

import codecs
import re
import threading
from functools import cache
from typing import Any

from lxml import etree

from vnadmin.errors import SecurityError, XmlError
from vnadmin.xml.names import line_of

__all__ = ["MAX_BYTES", "MAX_DEPTH", "check_tree", "parse"]

#: Inputs larger than this many bytes (UTF-8 bytes for a ``str``) are refused.
MAX_BYTES = 32 * 1024 * 1024
#: Trees with more levels than this (the root is level 1) are refused. libxml2 itself stops
#: at 256 levels; a vnadmin document rarely needs more than 20.
MAX_DEPTH = 100

# libxml2 errors that mean "an entity was referenced or declared".
_ENTITY_ERRORS = frozenset(
    {
        "ERR_UNDECLARED_ENTITY",
        "WAR_UNDECLARED_ENTITY",
        "ERR_ENTITY_IS_EXTERNAL",
        "ERR_ENTITY_IS_PARAMETER",
        "ERR_ENTITY_LOOP",
        "ERR_ENTITY_PE_INTERNAL",
        "ERR_ENTITY_BOUNDARY",
        "ERR_ENTITY_PROCESSING",
        "ERR_UNPARSED_ENTITY",
        "ERR_ENTITYREF_IN_DTD",
        "ERR_ENTITYREF_IN_PROLOG",
        "ERR_ENTITYREF_IN_EPILOG",
        "ERR_EXT_ENTITY_STANDALONE",
    }
)

_MESSAGES = {
    "dtd": "từ chối DOCTYPE/DTD (a DOCTYPE or DTD is refused)",
    "entity": "từ chối khai báo hoặc tham chiếu thực thể (entity declarations are refused)",
    "entity_ref": "từ chối tham chiếu thực thể (entity references are refused)",
}


class _RefuseResolver(etree.Resolver):
    """Refuses every external resource (DTD, entity, XInclude, schema import)."""

    def resolve(self, system_url: str, public_id: str, context: Any) -> Any:  # type: ignore[override]
        raise SecurityError(
            f"từ chối tải tài nguyên bên ngoài (loading an external resource is refused): {system_url}",
            cause="dtd",
        )


_local = threading.local()


def _parser(forced_utf8: bool) -> etree.XMLParser:
    """One parser per thread (lxml parsers must not be shared between threads)."""
    name = "utf8" if forced_utf8 else "auto"
    parser: etree.XMLParser | None = getattr(_local, name, None)
    if parser is None:
        parser = etree.XMLParser(
            encoding="utf-8" if forced_utf8 else None,
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            remove_blank_text=False,
            strip_cdata=True,
            collect_ids=False,
        )
        parser.resolvers.add(_RefuseResolver())
        setattr(_local, name, parser)
    return parser


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NO_BOM = (
    (b"\0\0\0<", "utf-32-be"),
    (b"<\0\0\0", "utf-32-le"),
    (b"\0<", "utf-16-be"),
    (b"<\0", "utf-16-le"),
)


def _ascii_view(data: bytes) -> bytes:
    """The input in an ASCII-compatible form, for scanning its prolog."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace").encode("utf-8")
    for start, codec in _NO_BOM:
        if data.startswith(start):
            return data.decode(codec, errors="replace").encode("utf-8")
    return data


_SPACE = re.compile(rb"[ \t\r\n]*")


def _space_end(view: bytes, i: int) -> int:
    match = _SPACE.match(view, i)
    assert match is not None  # "*" always matches
    return match.end()


def _prolog_refusal(data: bytes) -> tuple[str, int] | None:
    """Scan what comes before the root element (XML declaration, processing instructions,
    comments, white space) and return (cause, line) when it holds a DOCTYPE: ``"entity"``
    when the input declares entities anywhere after it, ``"dtd"`` otherwise. Linear: every
    step moves forward with ``bytes.find``."""
    view = _ascii_view(data)
    i = 3 if view.startswith(codecs.BOM_UTF8) else 0
    while True:
        i = _space_end(view, i)
        if view.startswith(b"<?", i):
            j = view.find(b"?>", i + 2)
            if j < 0:
                return None
            i = j + 2
        elif view.startswith(b"<!--", i):
            j = view.find(b"-->", i + 4)
            if j < 0:
                return None
            i = j + 3
        elif view.startswith(b"<!DOCTYPE", i):
            line = view.count(b"\n", 0, i) + 1
            cause = "entity" if view.find(b"<!ENTITY", i) >= 0 else "dtd"
            return cause, line
        else:
            # The root element, or markup that is not well formed here (lxml says so).
            return None


@cache
def _depth_probe(max_depth: int) -> etree.XPath:
    """True when an element lies more than ``max_depth`` levels down (the context element
    is level 1). One pass over the tree in libxml2."""
    return etree.XPath("boolean(self::*" + "/*" * max_depth + ")")


def check_tree(el: etree._Element, *, max_depth: int = MAX_DEPTH) -> None:
    """Refuse a tree built elsewhere that holds a DTD, an entity reference, or more than
    ``max_depth`` levels below (and including) ``el``."""
    info = el.getroottree().docinfo
    doctype: str = info.doctype  # type: ignore[attr-defined]
    if doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise SecurityError(_MESSAGES["dtd"], cause="dtd")
    entity = next(el.iter(etree.Entity), None)
    if entity is not None:
        raise SecurityError(_MESSAGES["entity_ref"], cause="entity", line=line_of(entity))
    if _depth_probe(max_depth)(el):
        raise SecurityError(
            f"cây XML sâu quá {max_depth} tầng (the tree is deeper than {max_depth} levels)",
            cause="depth",
        )


def _syntax_error(exc: etree.XMLSyntaxError) -> XmlError:
    entry = exc.error_log.last_error if exc.error_log else None  # type: ignore[attr-defined]
    type_name = entry.type_name if entry is not None else ""
    message = entry.message if entry is not None else str(exc)
    line = entry.line if entry is not None and entry.line else exc.lineno
    if type_name in _ENTITY_ERRORS:
        return SecurityError(f"{_MESSAGES['entity_ref']}: {message}", cause="entity", line=line)
    if type_name == "ERR_RESOURCE_LIMIT" or "XML_PARSE_HUGE" in message:
        if "depth" in message.lower():
            return SecurityError(
                f"cây XML quá sâu (the tree is too deep): {message}", cause="depth", line=line
            )
        return SecurityError(f"dữ liệu XML quá lớn (the input is too large): {message}", cause="size", line=line)
    return XmlError(f"XML không đúng cú pháp (not well-formed XML): {message}", line=line)


def parse(
    data: bytes | str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH
) -> etree._Element:
    """Parse ``data`` with the hardened parser and return the root element.

    A ``str`` is parsed as UTF-8 whatever its XML declaration says; ``bytes`` follow their
    byte order mark or declaration."""
    if isinstance(data, str):
        raw = data.encode("utf-8", errors="surrogatepass")
        forced = True
    elif isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        forced = False
    else:
        raise TypeError(f"XML input must be bytes or str, not {type(data).__name__}")
    if len(raw) > max_bytes:
        raise SecurityError(
            f"dữ liệu XML dài {len(raw)} byte, vượt giới hạn {max_bytes} "
            f"(the input is {len(raw)} bytes, over the limit of {max_bytes})",
            cause="size",
        )
    refusal = _prolog_refusal(raw)
    if refusal is not None:
        cause, line = refusal
        raise SecurityError(_MESSAGES[cause], cause=cause, line=line)
    try:
        root = etree.fromstring(raw, _parser(forced))
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc) from None
    check_tree(root, max_depth=max_depth)
    return root
