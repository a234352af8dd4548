"""vnadmin.rules — validation of documents against Nghị định 30/2020/NĐ-CP (and Hướng dẫn
36-HD/VPTW for Party documents).

:func:`validate` runs every enabled rule of the registry on a
:class:`~vnadmin.model.Document` and returns :class:`~vnadmin.model.Finding` objects; each
rule has a stable code (``H001``) and kebab-case name (``national-title-missing``), a
default severity, documentation and the clause it enforces (see docs/rules.md, generated
from the registry by ``python -m vnadmin.rules.catalogue``).

>>> import datetime, vnadmin
>>> from vnadmin import Document, Header, DocumentNumber, IssueDate, doctypes
>>> doc = Document(Header(number=DocumentNumber(None, type_code="BC", issuers=("SKHCN",)),
...                       issue_date=IssueDate("Quảng Ngãi", None, 3, 2025),
...                       doc_type=doctypes.by_code("BC"), summary="Tổng kết"))
>>> cfg = Config(today=datetime.date(2025, 6, 1))
>>> [f.name for f in vnadmin.validate(doc, config=cfg) if f.severity == "error"][:4]
['national-title-missing', 'motto-missing', 'issuing-body-missing', 'signature-missing']
"""

from vnadmin.rules.config import PROFILES, Config, ConfigError, Tolerance, find_pyproject, load_config
from vnadmin.rules.engine import active_rules, effective_severity, is_enabled, validate
from vnadmin.rules.registry import COMPONENTS, Hit, Rule, all_rules, get

__all__ = [
    "COMPONENTS",
    "PROFILES",
    "Config",
    "ConfigError",
    "Hit",
    "Rule",
    "Tolerance",
    "active_rules",
    "all_rules",
    "effective_severity",
    "find_pyproject",
    "get",
    "is_enabled",
    "load_config",
    "validate",
]
