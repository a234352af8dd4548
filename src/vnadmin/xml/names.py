"""The vnadmin XML namespace, its element names, and XPath strings for error messages.

The namespace carries the schema version (``urn:vnadmin:document:1``); see ``docs/xml.md``
for what changes need a new version.

>>> tag("p")
'{urn:vnadmin:document:1}p'
>>> from lxml import etree
>>> root = etree.fromstring(
...     b'<document xmlns="urn:vnadmin:document:1"><header/><body><p>a</p><p>b</p></body></document>')
>>> xpath_of(root[1][1])
'/vn:document/vn:body/vn:p[2]'
"""

from __future__ import annotations

from lxml import etree

__all__ = [
    "NAMESPACE",
    "PREFIX",
    "REPEATED",
    "VERSION",
    "line_of",
    "step",
    "tag",
    "xpath_of",
]

#: The schema version; it is part of :data:`NAMESPACE`.
VERSION = 1
#: The namespace of every vnadmin element.
NAMESPACE = f"urn:vnadmin:document:{VERSION}"
#: The prefix used in the XPath strings vnadmin reports (bound to :data:`NAMESPACE`).
PREFIX = "vn"

#: Elements that may repeat among their siblings; their XPath steps carry a position.
REPEATED = frozenset(
    {"section", "p", "basis", "item", "footnote", "intermediate", "remark", "citation", "footnoteRef"}
)

_CLARK = f"{{{NAMESPACE}}}"


def tag(local: str) -> str:
    """The qualified (Clark) name of a vnadmin element."""
    return _CLARK + local


def step(local: str, position: int) -> str:
    """One XPath step: ``vn:header`` or, for elements that repeat, ``vn:p[3]``."""
    if local in REPEATED:
        return f"{PREFIX}:{local}[{position}]"
    return f"{PREFIX}:{local}"


def _step_of(el: etree._Element) -> str:
    qname = etree.QName(el)
    parent = el.getparent()
    if qname.namespace == NAMESPACE:
        if qname.localname not in REPEATED or parent is None:
            return f"{PREFIX}:{qname.localname}"
        position = 1 + sum(1 for _ in el.itersiblings(el.tag, preceding=True))
        return step(qname.localname, position)
    # A foreign element: its position among all element siblings.
    position = 1
    if parent is not None:
        position += sum(1 for s in el.itersiblings(preceding=True) if isinstance(s.tag, str))
    return f"*[{position}]"


def line_of(el: etree._Element) -> int | None:
    """The source line of ``el`` (``None`` for an element built in memory)."""
    line = el.sourceline
    return line if isinstance(line, int) else None


def xpath_of(el: etree._Element, root: etree._Element | None = None) -> str:
    """The XPath of ``el`` from the top of its tree (or from ``root``, an ancestor), with
    vnadmin elements written ``vn:name``."""
    steps = []
    node: etree._Element | None = el
    while node is not None:
        steps.append(_step_of(node))
        if node is root:
            break
        node = node.getparent()
    return "/" + "/".join(reversed(steps))
