"""The rule registry: every rule is a small function registered with its stable code,
kebab-case name, component, default severity, documentation and the clause it enforces.

Rules are generators: they receive a :class:`~vnadmin.rules.context.Context` and yield
:class:`Hit` objects (a message and a place); :func:`vnadmin.rules.validate` turns hits into
:class:`~vnadmin.model.Finding` objects with the severity the configuration gives.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from vnadmin.model.finding import SEVERITIES
from vnadmin.model.origin import Origin

if TYPE_CHECKING:  # pragma: no cover
    from vnadmin.rules.context import Context

__all__ = ["COMPONENTS", "Hit", "Rule", "all_rules", "get", "register", "rule"]

#: Components, in the order the catalogue lists them (the order of Điều 8's components).
COMPONENTS = (
    "header",
    "number",
    "date",
    "type",
    "sections",
    "signature",
    "recipients",
    "citations",
    "layout",
)


@attrs.frozen
class Hit:
    """What a rule found: ``message`` (Vietnamese with an English gloss), the model ``path``
    ("header.number") and the ``origin`` the reader recorded for it, if any.
    ``severity`` overrides the rule's default for this one hit (rare: a numbering gap past
    the confirmed điểm letters, or one that looks like a mistyped marker, is a warning)."""

    message: str
    path: str
    origin: Origin | None = None
    severity: str | None = None


Check = Callable[["Context"], Iterable[Hit]]


@attrs.frozen
class Rule:
    """A registered rule.

    - ``drafting``: a drafting-only rule (a blank number, a blank day): the ``review``
      profile lowers it to ``review_severity``.
    - ``review_severity``: severity under the ``review`` profile (``None``: unchanged).
    - ``unconfirmed``: what the spec marks **UNCONFIRMED** about this rule (empty when the
      rule rests on a confirmed clause); such rules are never errors.
    """

    code: str
    name: str
    component: str
    severity: str
    source: str
    summary: str
    doc: str
    check: Check = attrs.field(eq=False, repr=False)
    review_severity: str | None = None
    unconfirmed: str = ""
    spec: str = ""

    def run(self, ctx: Context) -> Iterator[Hit]:
        yield from self.check(ctx)


_RULES: dict[str, Rule] = {}
_BY_NAME: dict[str, Rule] = {}


def register(r: Rule) -> Rule:
    """Add ``r`` to the registry; codes and names are unique."""
    if r.component not in COMPONENTS:
        raise ValueError(f"unknown component {r.component!r} for rule {r.code}")
    if r.severity not in SEVERITIES or (r.review_severity is not None and r.review_severity not in SEVERITIES):
        raise ValueError(f"bad severity for rule {r.code}")
    if r.unconfirmed and r.severity == "error":
        raise ValueError(f"rule {r.code} rests on an UNCONFIRMED clause and cannot be an error")
    if r.code in _RULES or r.name in _BY_NAME:
        raise ValueError(f"duplicate rule {r.code} {r.name}")
    _RULES[r.code] = r
    _BY_NAME[r.name] = r
    return r


def rule(
    code: str,
    name: str,
    *,
    component: str,
    severity: str,
    source: str,
    spec: str = "",
    review: str | None = None,
    unconfirmed: str = "",
) -> Callable[[Check], Check]:
    """Decorator registering a check function; its docstring's first line is the summary
    and the rest the documentation."""

    def wrap(fn: Check) -> Check:
        doc = inspect.cleandoc(fn.__doc__ or "")
        summary, _, rest = doc.partition("\n")
        register(
            Rule(
                code=code,
                name=name,
                component=component,
                severity=severity,
                source=source,
                summary=summary.strip(),
                doc=rest.strip(),
                check=fn,
                review_severity=review,
                unconfirmed=unconfirmed,
                spec=spec,
            )
        )
        return fn

    return wrap


def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, by component (in :data:`COMPONENTS` order) then code."""
    _load()
    order = {c: i for i, c in enumerate(COMPONENTS)}
    return tuple(sorted(_RULES.values(), key=lambda r: (order[r.component], r.code)))


def get(key: str) -> Rule | None:
    """The rule with this code or name."""
    _load()
    return _RULES.get(key) or _BY_NAME.get(key)


def _load() -> None:
    # The rule modules register themselves on import.
    import vnadmin.rules.checks  # noqa: F401
