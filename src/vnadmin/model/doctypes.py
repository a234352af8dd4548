"""The registry of document types (tên loại văn bản) and their codes.

Loaded once from ``vnadmin/data/doctypes.tsv``: adding a type is a data change. Three
families (``system``): ``"state"`` — Nghị định 30/2020/NĐ-CP Phụ lục III (with copies, annexes
and specialised types), ``"legal"`` — văn bản quy phạm pháp luật, ``"party"`` — Hướng dẫn
36-HD/VPTW. Codes collide across families, so lookups take a ``system`` to look in first.

>>> by_code("QĐ").name
'Quyết định'
>>> str(by_code("ctr").code)   # lookup ignores case, the registry keeps its own
'CTr'
>>> by_code("TT").system, by_code("TT", system="party").name
('legal', 'Thông tri')
>>> by_code("QD") is None, by_code("QD", lenient=True).code
(True, 'QĐ')
>>> by_name("bao cao").code
'BC'
"""

from __future__ import annotations

from functools import cache

import attrs

from vnadmin.model import _checks
from vnadmin.model._data import rows
from vnadmin.unicode import ascii_fold, fold

__all__ = [
    "SYSTEMS",
    "DocumentType",
    "all_by_code",
    "all_types",
    "by_code",
    "by_name",
    "cong_van",
]

SYSTEMS = ("state", "legal", "party")
CATEGORIES = ("administrative", "copy", "annex", "specialised", "legal-normative", "party")


def _check_system(inst: DocumentType, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in SYSTEMS:
        _checks.fail(inst, attribute, value, f"phải là một trong {SYSTEMS} (must be one of them)")


def _check_code(inst: DocumentType, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is None:
        return
    if type(value) is not str or not value or not value.replace("&", "").isalnum():
        _checks.fail(
            inst,
            attribute,
            value,
            "mã loại văn bản phải là chữ/số không rỗng, không có dấu cách hay gạch nối "
            "(type code must be non-empty letters/digits, no spaces or hyphens)",
        )


@attrs.frozen(repr=False)
class DocumentType:
    """A type of document: ``name`` ("Quyết định"), ``code`` ("QĐ"; ``None`` for công văn),
    ``category`` and ``system``. Equality is (system, name, code)."""

    name: str = attrs.field(validator=_checks.text)
    code: str | None = attrs.field(default=None, validator=_check_code)
    category: str = attrs.field(default="administrative", eq=False)
    system: str = attrs.field(default="state", validator=_check_system)
    source: str = attrs.field(default="", eq=False)
    aliases: tuple[str, ...] = attrs.field(default=(), eq=False, converter=_checks.to_tuple)
    formula: str | None = attrs.field(default=None, eq=False)

    @property
    def has_preamble(self) -> bool:
        """True for types that close their preamble with an enacting formula."""
        return self.formula is not None

    @property
    def is_cong_van(self) -> bool:
        return self.code is None and fold(self.name) == "công văn"

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"DocumentType({self.name!r}, code={self.code!r}, system={self.system!r})"


@cache
def all_types() -> tuple[DocumentType, ...]:
    """Every registered type, in registry order (Phụ lục III first)."""
    out = []
    for r in rows("doctypes.tsv"):
        out.append(
            DocumentType(
                name=r["name"],
                code=r["code"] or None,
                category=r["category"],
                system=r["system"],
                source=r["source"],
                aliases=tuple(a for a in r["aliases"].split(",") if a),
                formula=r["formula"] or None,
            )
        )
    return tuple(out)


def _systems_from(system: str) -> tuple[str, ...]:
    if system not in SYSTEMS:
        raise ValueError(f"system must be one of {SYSTEMS}, not {system!r}")
    return (system, *(s for s in SYSTEMS if s != system))


@cache
def _code_index() -> dict[str, tuple[tuple[DocumentType, bool], ...]]:
    """fold(code) → ((type, is_alias), …) in registry order."""
    index: dict[str, list[tuple[DocumentType, bool]]] = {}
    for t in all_types():
        if t.code:
            index.setdefault(fold(t.code), []).append((t, False))
        for a in t.aliases:
            index.setdefault(fold(a), []).append((t, True))
    return {k: tuple(v) for k, v in index.items()}


@cache
def _ascii_code_index() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for key in _code_index():
        out.setdefault(ascii_fold(key), []).append(key)
    return {k: tuple(v) for k, v in out.items()}


def _pick(matches: tuple[tuple[DocumentType, bool], ...], system: str) -> DocumentType | None:
    for s in _systems_from(system):
        # A type's own code beats another type's alias in the same family.
        for want_alias in (False, True):
            for t, is_alias in matches:
                if t.system == s and is_alias is want_alias:
                    return t
    return None


def by_code(code: str, system: str = "state", *, lenient: bool = False) -> DocumentType | None:
    """The type whose code is ``code`` (case, NFD and ``Ð`` variants ignored), looking in
    ``system`` first and then in the other families; ``None`` when unknown.

    With ``lenient=True`` a code that lost its diacritics (``QD`` for ``QĐ``) matches when
    only one registered code folds to it."""
    key = fold(code)
    matches = _code_index().get(key)
    if matches:
        return _pick(matches, system)
    if lenient:
        keys = _ascii_code_index().get(ascii_fold(code), ())
        if len(keys) == 1:
            return _pick(_code_index()[keys[0]], system)
    return None


def all_by_code(code: str) -> tuple[DocumentType, ...]:
    """Every type, in every family, whose code or alias is ``code``."""
    return tuple(dict.fromkeys(t for t, _ in _code_index().get(fold(code), ())))


@cache
def _name_index() -> dict[str, tuple[DocumentType, ...]]:
    index: dict[str, list[DocumentType]] = {}
    for t in all_types():
        index.setdefault(fold(t.name), []).append(t)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _ascii_name_index() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for key in _name_index():
        out.setdefault(ascii_fold(key), []).append(key)
    return {k: tuple(v) for k, v in out.items()}


def by_name(name: str, system: str = "state") -> DocumentType | None:
    """The type called ``name`` ("Quyết định", "QUYẾT ĐỊNH", "quyet dinh"), looking in
    ``system`` first; a name without diacritics matches only when unambiguous."""
    key = fold(name)
    found = _name_index().get(key)
    if not found:
        keys = _ascii_name_index().get(ascii_fold(name), ())
        if len(keys) != 1:
            return None
        found = _name_index()[keys[0]]
    for s in _systems_from(system):
        for t in found:
            if t.system == s:
                return t
    return None


def cong_van() -> DocumentType:
    """The registry's Công văn entry (code ``None``)."""
    t = by_name("Công văn")
    assert t is not None
    return t

