"""Known bodies' names (the citation vocabulary's), to tell a name cut over two lines from
two names: "HỘI ĐỒNG THẨM PHÁN" above "TÒA ÁN NHÂN DÂN TỐI CAO" is one body, the Council of
Judges of the Supreme People's Court, where "BỘ TÀI CHÍNH" above "TỔNG CỤC THUẾ" is a body
and the body it manages."""

from __future__ import annotations

from functools import cache

from vnadmin.citations.vocab import vocabulary
from vnadmin.text.recogniser import patterns as P

__all__ = ["completes_body", "known_body"]


def completes_body(first: str, second: str) -> bool:
    """Whether ``first`` is the start of a known body's name, not a whole name, and
    ``first`` and ``second`` together make that name (and perhaps more after it)."""
    full, starts = _body_names()
    head = tuple(P.key(first).split())
    if head not in starts:
        return False
    words = tuple(P.key(f"{first} {second}").split())
    return any(words[:n] in full for n in range(len(head) + 1, len(words) + 1))


def known_body(name: str) -> bool:
    """Whether ``name`` is a known body's whole name ("TỔNG CỤC THUẾ")."""
    return tuple(P.key(name).split()) in _body_names()[0]


@cache
def _body_names() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """The known bodies' names as words of their key, and the starts of those names that
    are no name themselves."""
    full = frozenset(tuple(P.key(" ".join(words)).split()) for words in vocabulary().bodies)
    starts = frozenset(name[:i] for name in full for i in range(1, len(name))) - full
    return full, starts
