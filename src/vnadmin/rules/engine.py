"""Running the rules: selection, severities and turning hits into findings."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from vnadmin.model import Document, Finding, Location, Origin
from vnadmin.rules.config import Config
from vnadmin.rules.context import Context
from vnadmin.rules.registry import Hit, Rule, all_rules

__all__ = ["active_rules", "effective_severity", "is_enabled", "validate"]

_EXACT = 10_000
_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def _match(keys: Iterable[str], r: Rule) -> int:
    """How specifically ``keys`` name ``r``: -1 not at all, else the length of the longest
    matching prefix (an exact code or name beats every prefix)."""
    best = -1
    for key in keys:
        if key in (r.code, r.name):
            return _EXACT
        if r.code.startswith(key) or r.name.startswith(key):
            best = max(best, len(key))
    return best


def is_enabled(r: Rule, config: Config) -> bool:
    """Selected (every rule when ``select`` is empty) and not ignored more specifically."""
    chosen = _match(config.select, r) if config.select else 0
    if chosen < 0:
        return False
    return _match(config.ignore, r) < chosen


def effective_severity(r: Rule, config: Config, default: str | None = None) -> str:
    """The rule's severity under ``config``: its default (or ``default`` for a
    passed-through finding), then the profile, then the most specific override."""
    severity = default or r.severity
    # A review profile only ever lowers a severity.
    review = r.review_severity if config.profile == "review" else None
    if review is not None and _SEVERITY_RANK[review] > _SEVERITY_RANK[severity]:
        severity = review
    best = -1
    for key, value in config.severity.items():
        m = _match((key,), r)
        if m > best:
            best, override = m, value
    if best >= 0:
        severity = override
    return severity


@lru_cache(maxsize=64)
def active_rules(config: Config) -> tuple[Rule, ...]:
    return tuple(r for r in all_rules() if is_enabled(r, config))


def _location(hit: Hit, source: str | None) -> Location:
    o: Origin | None = hit.origin
    if o is None:
        return Location(source=source, path=hit.path)
    return Location(
        source=source or o.source,
        line=o.line,
        column=o.column,
        paragraph=o.paragraph,
        xpath=o.xpath,
        path=hit.path,
    )


def validate(doc: Document, *, config: Config | None = None, source: str | None = None) -> list[Finding]:
    """Check ``doc`` against every enabled rule and return the findings, in rule order
    (components in the order of Điều 8, then code) and document order within a rule.

    ``source`` names the file the findings point into (the readers' origins are used when
    it is ``None``)."""
    config = config or Config()
    ctx = Context(doc, config, source)
    out: list[Finding] = []
    for r in active_rules(config):
        for hit in r.run(ctx):
            out.append(
                Finding(
                    code=r.code,
                    name=r.name,
                    severity=effective_severity(r, config, hit.severity),
                    message=hit.message,
                    location=_location(hit, source),
                    source=r.source,
                )
            )
    return out
