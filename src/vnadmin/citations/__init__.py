"""vnadmin.citations — document numbers (số, ký hiệu) and citations in prose.

* :func:`parse_number` reads a written number into a :class:`~vnadmin.model.DocumentNumber`
  (``str()`` of the result is the canonical form);
* :data:`NUMBER_RE` is the linear-time scanner for number tokens in running text.
"""

from vnadmin.citations.grammar import NUMBER_RE, parse_number

__all__ = ["NUMBER_RE", "parse_number"]
