"""Filling model objects slot by slot, for readers that build thousands of them.

The validating constructors are the public way to build model objects. A reader that has
*made* every value itself (spans it computed, registry types, numbers it parsed) may skip
re-running the validators on each of thousands of objects: it takes the slot setters from
here and fills a fresh instance. Each such reader has a test that every object it returns
passes ``attrs.validate`` and equals the one the constructor builds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["new", "slot_setters"]

#: ``new(cls)``: an instance with no slot filled yet.
new = object.__new__


def slot_setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of ``cls``'s fields, in the order ``names`` gives — which must be
    exactly the class's attrs fields, so that a change to the model fails loudly at import
    instead of leaving a slot unset."""
    fields = tuple(a.name for a in attrs.fields(cls))
    if fields != names:
        raise RuntimeError(f"vnadmin.model.{cls.__name__} fields are {fields}, a reader expected {names}")
    return tuple(cls.__dict__[name].__set__ for name in names)
