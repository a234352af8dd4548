"""vnadmin XML: a published, versioned schema, a lossless writer and a hardened reader.

The namespace ``urn:vnadmin:document:1`` carries the schema version (``vnadmin.xsd``,
package data; documented element by element in ``docs/xml.md``).

>>> import vnadmin
>>> doc = vnadmin.Document(body=(vnadmin.Paragraph("Nội dung."),))
>>> data = dumps(doc)
>>> data.splitlines()[1]
b'<document xmlns="urn:vnadmin:document:1">'
>>> loads(data) == doc
True
>>> schema().validate(to_element(doc))
True
"""

from vnadmin.xml.names import NAMESPACE, VERSION
from vnadmin.xml.parser import MAX_BYTES, MAX_DEPTH
from vnadmin.xml.reader import from_element, load, loads
from vnadmin.xml.schema import schema
from vnadmin.xml.writer import dump, dumps, to_element

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "NAMESPACE",
    "VERSION",
    "dump",
    "dumps",
    "from_element",
    "load",
    "loads",
    "schema",
    "to_element",
]
