"""vnadmin.citations — document numbers (số, ký hiệu) and citations in prose.

* :func:`parse_number` reads a written number into a :class:`~vnadmin.model.DocumentNumber`
  (``str()`` of the result is the canonical form);
* :func:`check_number` reports format defects of a number as rule-coded findings, listed in
  :data:`NUMBER_RULES`;
* :func:`find_citations` finds every citation of another document in running prose
  (:func:`find_citations_each` does it for many texts at once, as readers need);
* :data:`NUMBER_RE` / :func:`scan_numbers` find number tokens in running text in linear time.
"""

from vnadmin.citations.checks import NUMBER_RULES, NumberRule, check_number
from vnadmin.citations.finder import find_citations, find_citations_each
from vnadmin.citations.grammar import NUMBER_RE, parse_number, scan_numbers

__all__ = [
    "NUMBER_RE",
    "NUMBER_RULES",
    "NumberRule",
    "check_number",
    "find_citations",
    "find_citations_each",
    "parse_number",
    "scan_numbers",
]
