"""vnadmin.citations — document numbers (số, ký hiệu) and citations in prose.

* :func:`parse_number` reads a written number into a :class:`~vnadmin.model.DocumentNumber`
  (``str()`` of the result is the canonical form);
* :func:`check_number` reports format defects of a number as rule-coded findings, listed in
  :data:`NUMBER_RULES`;
* :data:`NUMBER_RE` is the linear-time scanner for number tokens in running text.
"""

from vnadmin.citations.checks import NUMBER_RULES, NumberRule, check_number
from vnadmin.citations.grammar import NUMBER_RE, parse_number

__all__ = ["NUMBER_RE", "NUMBER_RULES", "NumberRule", "check_number", "parse_number"]
