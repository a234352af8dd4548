"""The parse cache keeps failures without their tracebacks: a traceback holds its frames and
they hold their callers' (a reader's whole document in their locals) for as long as the
cache lives."""

from __future__ import annotations

import gc

import pytest

import vnadmin
from vnadmin import parse_number
from vnadmin.citations.grammar import _parse_cached
from vnadmin.errors import CitationError
from vnadmin.text.blocks import Block

BROKEN = "01/TTr"  # a type's code and no issuer: found by the number scan, refused when built
TEXT = "BÁO CÁO\nKết quả\n\nTheo Tờ trình số 01/TTr của Sở, các đơn vị đã thực hiện.\n"


def _chain(exc: BaseException | None) -> list[BaseException]:
    out = []
    while exc is not None:
        out.append(exc)
        exc = exc.__cause__ or exc.__context__
    return out


def test_a_cached_failure_holds_no_traceback() -> None:
    _parse_cached.cache_clear()
    found = _parse_cached(BROKEN)
    assert isinstance(found, CitationError)
    assert len(_chain(found)) >= 1
    assert all(e.__traceback__ is None for e in _chain(found))


def test_reading_leaves_no_block_behind() -> None:
    _parse_cached.cache_clear()
    gc.collect()
    before = sum(isinstance(o, Block) for o in gc.get_objects())
    misses = _parse_cached.cache_info().misses
    doc = vnadmin.text.loads(TEXT)
    assert _parse_cached.cache_info().misses > misses  # the reader met the failure first
    assert isinstance(_parse_cached(BROKEN), CitationError)
    gc.collect()
    assert sum(isinstance(o, Block) for o in gc.get_objects()) == before
    assert doc.body  # (the document itself is alive)


def test_parse_number_still_raises_with_its_own_traceback() -> None:
    _parse_cached.cache_clear()
    for _ in range(2):
        with pytest.raises(CitationError) as info:
            parse_number(BROKEN)
        assert info.value.__traceback__ is not None
