"""Registry of issuer abbreviations seen in real số, ký hiệu (``vnadmin/data/issuers.tsv``).

Agencies choose their own abbreviations (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3), so
this list is open-ended: an unknown code is not an error. Some codes are bounded in time —
the ministries merged on 01/3/2025 stop issuing under their old codes.

>>> lookup("UBND").name
'Ủy ban nhân dân'
>>> lookup("QH15").name
'Quốc hội'
>>> import datetime
>>> lookup("BTTTT").active_on(datetime.date(2025, 6, 1))
False
"""

from __future__ import annotations

import datetime as _dt
from functools import cache

import attrs

from vnadmin.model._data import rows
from vnadmin.unicode import fold

__all__ = ["Issuer", "all_issuers", "lookup"]


@attrs.frozen
class Issuer:
    """An issuer abbreviation (``code``) and the body's full name."""

    code: str
    name: str
    system: str = "state"
    valid_from: _dt.date | None = None
    valid_to: _dt.date | None = None
    numbered: bool = False  # the code takes a term number: QH15, UBTVQH14
    source: str = ""

    def active_on(self, day: _dt.date) -> bool:
        """Whether the body issued under this code on ``day``."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.valid_to is not None and day > self.valid_to)


def _date(s: str) -> _dt.date | None:
    return _dt.date.fromisoformat(s) if s else None


@cache
def all_issuers() -> tuple[Issuer, ...]:
    return tuple(
        Issuer(
            code=r["code"].rstrip("*"),
            name=r["name"],
            system=r["system"],
            valid_from=_date(r["valid_from"]),
            valid_to=_date(r["valid_to"]),
            numbered=r["code"].endswith("*"),
            source=r["source"],
        )
        for r in rows("issuers.tsv")
    )


@cache
def _index() -> dict[str, Issuer]:
    return {fold(i.code): i for i in reversed(all_issuers())}


def lookup(code: str) -> Issuer | None:
    """The registered issuer for ``code`` (case-insensitive; ``QH15`` finds ``QH``)."""
    key = fold(code)
    found = _index().get(key)
    if found is not None and not found.numbered:
        return found
    stem = key.rstrip("0123456789")
    if stem != key:
        numbered = _index().get(stem)
        if numbered is not None and numbered.numbered:
            return numbered
    return None
