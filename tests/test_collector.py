"""The readers pause the cyclic garbage collector while they build a document and leave
its switch as they found it, also when they raise."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest

from vnadmin import docx, errors, text, xml
from vnadmin._collector import collector_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_and_resumed_after(collector_on: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_resumed_after_an_error(collector_on: None) -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_paused_collector_stays_paused(collector_on: None) -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_nested_pauses_resume_once(collector_on: None) -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def _readers(seed_text: str) -> list[tuple[Callable[[], object], Callable[[], object]]]:
    doc = text.loads(seed_text)
    good_docx, good_xml = docx.dumps(doc), xml.dumps(doc)
    return [
        (lambda: text.loads(seed_text), lambda: text.loads("\x00")),
        (lambda: docx.loads(good_docx), lambda: docx.loads(b"not a zip")),
        (lambda: xml.loads(good_xml), lambda: xml.loads(b"<document/>")),
    ]


def test_readers_leave_the_collector_as_they_found_it(collector_on: None, seed_text: str) -> None:
    seen: list[bool] = []
    original = gc.disable

    def spy() -> None:
        seen.append(True)
        original()

    for good, bad in _readers(seed_text):
        gc.disable = spy  # type: ignore[assignment]
        try:
            good()
        finally:
            gc.disable = original  # type: ignore[assignment]
        assert gc.isenabled()
        with pytest.raises(errors.VnAdminError):
            bad()
        assert gc.isenabled()
    assert len(seen) == 3  # each reader paused the collector once


def test_writers_pause_the_collector_and_resume_it(collector_on: None, seed_text: str) -> None:
    doc = text.loads(seed_text)
    paused_inside: list[bool] = []
    original = gc.disable

    def spy() -> None:
        original()
        paused_inside.append(not gc.isenabled())

    gc.disable = spy  # type: ignore[assignment]
    try:
        docx.dumps(doc)
        xml.dumps(doc)
    finally:
        gc.disable = original  # type: ignore[assignment]
    assert paused_inside == [True, True]
    assert gc.isenabled()
    with pytest.raises(TypeError):
        xml.dumps("not a document")  # type: ignore[arg-type]
    assert gc.isenabled()
