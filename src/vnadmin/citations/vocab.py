"""The prose vocabulary of citations, loaded once from ``vnadmin/data/citation_vocab.tsv``
and the type registry: type words, law words, body names, heads, titles, localities and
the words that end a body's name. A new type or issuer word is a data change.

Phrases are kept as tuples of :func:`vnadmin.unicode.fold` keys, one per word, so matching
ignores case and tone placement (``Tỉnh uỷ`` = ``Tỉnh ủy``) but keeps ``Đ`` apart from ``D``.

>>> v = vocabulary()
>>> v.types[("quyết", "định")]
'Quyết định'
>>> v.types[("văn", "bản")] is None
True
>>> ("thủ", "tướng", "chính", "phủ") in v.bodies
True
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

import attrs

from vnadmin.model import doctypes, issuers
from vnadmin.model._data import rows
from vnadmin.unicode import ascii_fold, fold

__all__ = ["KINDS", "Vocabulary", "key", "vocabulary"]

KINDS = ("type", "law", "body", "head", "title", "locality", "stop", "barrier")


# Words and marks as the finder's tokeniser cuts them ("Văn hóa," is "văn", "hóa", ",").
_TOKEN_RE = re.compile(r"[^\W_]+(?:&[^\W_]+)*|[^\w\s*]")


def key(phrase: str) -> tuple[str, ...]:
    """The matching key of a phrase: its folded words and marks."""
    return tuple(fold(t) for t in _TOKEN_RE.findall(phrase))


@attrs.frozen
class Vocabulary:
    """Phrase tables (keys are word tuples from :func:`key`)."""

    types: dict[tuple[str, ...], str | None]
    laws: dict[tuple[str, ...], str]
    bodies: frozenset[tuple[str, ...]]
    heads: frozenset[tuple[str, ...]]
    titles: frozenset[tuple[str, ...]]
    localities: frozenset[tuple[str, ...]]
    stops: frozenset[str]
    caps_stops: frozenset[str]  # the stops that end a name written in capitals too
    barriers: frozenset[str]
    ascii_types: dict[tuple[str, ...], str | None]
    tables: dict[str, Collection[tuple[str, ...]]]  # every table above, by kind
    longest: dict[str, int]  # the longest phrase of each kind, in words
    # kind -> first (last) word -> the lengths of the phrases that start (end) with it,
    # longest first: most words start no phrase, and one dict look-up says so
    firsts: dict[str, dict[str, tuple[int, ...]]]
    lasts: dict[str, dict[str, tuple[int, ...]]]
    # kind -> its first two words -> the lengths (longest first) of its phrases of two words
    # or more that start with them: "Bộ Tài chính" tries 5 and 3 words, not every length of a
    # phrase that starts with "Bộ" (a tuple built per length is most of a miss's cost)
    pairs: dict[str, dict[tuple[str, str], tuple[int, ...]]]
    # kind -> every proper prefix of its phrases (whether a phrase may go on past the words
    # a reader has looked at)
    prefixes: dict[str, frozenset[tuple[str, ...]]]

    def table(self, kind: str) -> Collection[tuple[str, ...]]:
        """The phrase table of ``kind`` (its keys are word tuples)."""
        return self.tables[kind]

    def match(self, kind: str, words: list[str], start: int) -> int:
        """Length (in words) of the longest ``kind`` phrase at ``words[start:]``; 0 if none."""
        if not 0 <= start < len(words):
            return 0
        lengths = self.firsts[kind].get(words[start])
        if lengths is None:
            return 0
        if lengths[0] > 1 and start + 1 < len(words):
            longer = self.pairs[kind].get((words[start], words[start + 1]))
            if longer is not None:
                table = self.tables[kind]
                room = len(words) - start
                for n in longer:
                    if n <= room and (n == 2 or tuple(words[start : start + n]) in table):
                        return n
        return 1 if lengths[-1] == 1 else 0

    def ending(self, kind: str, words: list[str], end: int) -> int:
        """Length of the longest ``kind`` phrase ending just before ``words[end]``."""
        if not 0 < end <= len(words):
            return 0
        lengths = self.lasts[kind].get(words[end - 1])
        if lengths is None:
            return 0
        if lengths[-1] == 1 and len(lengths) == 1:
            return 1
        table = self.tables[kind]
        for n in lengths:
            if n <= end and (n == 1 or tuple(words[end - n : end]) in table):
                return n
        return 0


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary (built once)."""
    types: dict[tuple[str, ...], str | None] = {}
    laws: dict[tuple[str, ...], str] = {}
    sets: dict[str, set[tuple[str, ...]]] = {k: set() for k in ("body", "head", "title", "locality")}
    stops: set[str] = set()
    caps_stops: set[str] = set()
    barriers: set[str] = set()
    for t in doctypes.all_types():
        types.setdefault(key(t.name), t.name)
    for r in rows("citation_vocab.tsv"):
        kind, phrase, value = r["kind"], r["phrase"], r["value"]
        if kind not in KINDS:
            raise RuntimeError(f"vnadmin/data/citation_vocab.tsv: unknown kind {kind!r}")
        if kind == "type":
            types[key(phrase)] = value or None
        elif kind == "law":
            laws[key(phrase)] = value
        elif kind == "stop":
            stops.add(fold(phrase))
            if value == "caps":
                caps_stops.add(fold(phrase))
        elif kind == "barrier":
            barriers.add(fold(phrase))
        else:
            sets[kind].add(key(phrase))
    for k, name in laws.items():
        types.setdefault(k, name)
    # The full names in the issuer registry are bodies too ("Bộ Tài chính", "Sở Nội vụ"):
    # a known name ends where it ends, so words after it ("… Bộ Tài chính nêu") stay out.
    for issuer in issuers.all_issuers():
        if "(" not in issuer.name:
            sets["body"].add(key(issuer.name))
    # Type words that lost their diacritics (OCR, scraped text: "THONG TU", "Quyet dinh"),
    # kept only where one type folds to the key.
    folded: dict[tuple[str, ...], set[str | None]] = {}
    for k, v in types.items():
        folded.setdefault(tuple(ascii_fold(w) for w in k), set()).add(v)
    ascii_types = {k: next(iter(v)) for k, v in folded.items() if len(v) == 1}
    tables: dict[str, Collection[tuple[str, ...]]] = {
        "type": types,
        "ascii_type": ascii_types,
        "law": laws,
        **sets,
    }
    longest = {k: max(len(p) for p in t) for k, t in tables.items()}
    firsts: dict[str, dict[str, tuple[int, ...]]] = {}
    lasts: dict[str, dict[str, tuple[int, ...]]] = {}
    prefixes: dict[str, frozenset[tuple[str, ...]]] = {}
    pairs: dict[str, dict[tuple[str, str], tuple[int, ...]]] = {}
    for table_kind, phrases in tables.items():
        by_first: dict[str, set[int]] = {}
        by_last: dict[str, set[int]] = {}
        by_pair: dict[tuple[str, str], set[int]] = {}
        for words in phrases:
            if words:
                by_first.setdefault(words[0], set()).add(len(words))
                by_last.setdefault(words[-1], set()).add(len(words))
            if len(words) > 1:
                by_pair.setdefault((words[0], words[1]), set()).add(len(words))
        firsts[table_kind] = {w: tuple(sorted(n, reverse=True)) for w, n in by_first.items()}
        pairs[table_kind] = {w: tuple(sorted(n, reverse=True)) for w, n in by_pair.items()}
        lasts[table_kind] = {w: tuple(sorted(n, reverse=True)) for w, n in by_last.items()}
        prefixes[table_kind] = frozenset(words[:n] for words in phrases for n in range(1, len(words)))
    return Vocabulary(
        types=types,
        laws=laws,
        bodies=frozenset(sets["body"]),
        heads=frozenset(sets["head"]),
        titles=frozenset(sets["title"]),
        localities=frozenset(sets["locality"]),
        stops=frozenset(stops),
        caps_stops=frozenset(caps_stops),
        barriers=frozenset(barriers),
        ascii_types=ascii_types,
        tables=tables,
        longest=longest,
        firsts=firsts,
        lasts=lasts,
        pairs=pairs,
        prefixes=prefixes,
    )
