"""The hardened reader: every attack is refused with SecurityError(cause=…), and nothing is
ever read or fetched.

"Nothing was read" is checked two ways: a sentinel file whose content must never appear in
any result or error, and tripwires that notice an attempt — a FIFO (opening it for reading
wakes the watcher thread) and a listening TCP socket (a connection attempt lands in its
backlog).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import select
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from vnadmin import xml as vx
from vnadmin.errors import SchemaError, SecurityError, XmlError
from vnadmin.model import Document, Paragraph
from vnadmin.xml import parser

SECRET = "SENTINEL-7f3a9c-DO-NOT-READ"


class FifoTripwire:
    """A named pipe; a thread keeps trying to open its write end, which succeeds only while
    someone has it open for reading."""

    def __init__(self, path: Path) -> None:
        self.path = path
        os.mkfifo(path)
        self.opened = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.is_set():
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: no reader
                self._stop.wait(0.002)
                continue
            self.opened.set()
            try:
                os.write(fd, SECRET.encode())
            except OSError:  # the reader went away first
                pass
            finally:
                os.close(fd)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


class SocketTripwire:
    """A listening socket on 127.0.0.1; any connection attempt shows up as readable."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/x.dtd"

    def touched(self) -> bool:
        readable, _, _ = select.select([self.sock], [], [], 0.05)
        return bool(readable)

    def close(self) -> None:
        self.sock.close()


class Sentinels:
    def __init__(self, tmp: Path) -> None:
        self.file = tmp / "sentinel.txt"
        self.file.write_text(SECRET, encoding="utf-8")
        self.fifo = FifoTripwire(tmp / "sentinel.fifo")
        self.net = SocketTripwire()

    def targets(self) -> dict[str, str]:
        return {"file": self.file.as_uri(), "fifo": self.fifo.path.as_uri(), "url": self.net.url}

    def assert_untouched(self, exc: BaseException | None = None, *outputs: object) -> None:
        assert not self.fifo.opened.is_set(), "the parser opened the FIFO sentinel"
        assert not self.net.touched(), "the parser connected to the network sentinel"
        texts = [repr(o) for o in outputs]
        if exc is not None:
            texts += [str(exc), repr(exc), repr(exc.args), str(exc.__cause__), str(exc.__context__)]
        assert not any(SECRET in t for t in texts)


@pytest.fixture
def sentinels(tmp_path: Path) -> Iterator[Sentinels]:
    s = Sentinels(tmp_path)
    yield s
    s.fifo.close()
    s.net.close()


def test_the_tripwires_notice_a_read(sentinels: Sentinels) -> None:
    # Positive control: a parser allowed to load DTDs does open the FIFO, and a connection
    # to the socket is noticed, so the checks below can fail.
    lax = etree.XMLParser(load_dtd=True, no_network=True, resolve_entities=True)
    data = f'<!DOCTYPE document SYSTEM "{sentinels.targets()["fifo"]}"><document/>'.encode()
    # The FIFO's content is not a DTD; what matters is that it was opened.
    with contextlib.suppress(etree.XMLSyntaxError):
        etree.fromstring(data, lax)
    assert sentinels.fifo.opened.wait(5)
    with socket.create_connection(sentinels.net.sock.getsockname()):
        assert sentinels.net.touched()


def _valid_document(inner: str = "Nội dung.") -> str:
    """An otherwise valid vnadmin document whose only paragraph holds ``inner``."""
    return (
        '<document xmlns="urn:vnadmin:document:1"><header/>'
        f"<body><p>{inner}</p></body></document>"
    )


def _refused(data: str | bytes, cause: str, s: Sentinels) -> SecurityError:
    with pytest.raises(SecurityError) as info:
        vx.loads(data)
    assert info.value.cause == cause
    assert isinstance(info.value, XmlError) and isinstance(info.value, ValueError)
    s.assert_untouched(info.value)
    return info.value


# -- entity attacks --------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["file", "fifo", "url"])
def test_external_entity_in_a_valid_document_is_refused(target: str, sentinels: Sentinels) -> None:
    uri = sentinels.targets()[target]
    data = f'<?xml version="1.0"?>\n<!DOCTYPE document [<!ENTITY xxe SYSTEM "{uri}">]>\n' + _valid_document("&xxe;")
    err = _refused(data, "entity", sentinels)
    assert err.line == 2


@pytest.mark.parametrize("target", ["file", "fifo", "url"])
def test_external_entity_in_an_attribute_is_refused(target: str, sentinels: Sentinels) -> None:
    uri = sentinels.targets()[target]
    data = (
        f'<!DOCTYPE document [<!ENTITY xxe SYSTEM "{uri}">]>'
        '<document xmlns="urn:vnadmin:document:1"><header/><body><p bullet="&xxe;">a</p></body></document>'
    )
    _refused(data.encode(), "entity", sentinels)


@pytest.mark.parametrize("target", ["file", "fifo", "url"])
def test_parameter_entities_are_refused(target: str, sentinels: Sentinels) -> None:
    uri = sentinels.targets()[target]
    data = f'<!DOCTYPE document [<!ENTITY % ext SYSTEM "{uri}"> %ext;]>' + _valid_document()
    _refused(data, "entity", sentinels)


def test_billion_laughs_is_refused(sentinels: Sentinels) -> None:
    lol = ['<!ENTITY lol0 "lol">']
    for i in range(1, 10):
        lol.append(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">')
    data = "<!DOCTYPE document [" + "".join(lol) + "]>" + _valid_document("&lol9;")
    _refused(data, "entity", sentinels)


def test_entity_reference_without_a_dtd_is_refused(sentinels: Sentinels) -> None:
    err = _refused(_valid_document("a &undeclared; b"), "entity", sentinels)
    assert err.line == 1


def test_predefined_and_character_references_are_plain_text() -> None:
    doc = vx.loads(_valid_document("KH&amp;CN &lt;1&gt; &#272;&#x1ea1;"))
    assert next(doc.paragraphs()).text == "KH&CN <1> Đạ"


# -- DTDs --------------------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["file", "fifo", "url"])
def test_external_dtd_is_refused(target: str, sentinels: Sentinels) -> None:
    uri = sentinels.targets()[target]
    data = f'<?xml version="1.0"?><!-- c --><!DOCTYPE document SYSTEM "{uri}">' + _valid_document()
    _refused(data, "dtd", sentinels)


def test_public_external_dtd_is_refused(sentinels: Sentinels) -> None:
    data = f'<!DOCTYPE document PUBLIC "-//X//Y//EN" "{sentinels.targets()["url"]}">' + _valid_document()
    _refused(data, "dtd", sentinels)


def test_internal_subset_without_entities_is_refused(sentinels: Sentinels) -> None:
    data = "<!DOCTYPE document [<!ELEMENT document ANY>]>" + _valid_document()
    _refused(data, "dtd", sentinels)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_dtd_in_another_encoding_is_refused(encoding: str, sentinels: Sentinels) -> None:
    uri = sentinels.targets()["fifo"]
    text = f'<!DOCTYPE document [<!ENTITY xxe SYSTEM "{uri}">]>' + _valid_document("&xxe;")
    with pytest.raises(SecurityError) as info:
        vx.loads(text.encode(encoding))
    assert info.value.cause in ("entity", "dtd")
    sentinels.assert_untouched(info.value)


def test_a_dtd_is_refused_before_lxml_sees_it(monkeypatch: pytest.MonkeyPatch, sentinels: Sentinels) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("lxml was handed a document with a DOCTYPE")

    monkeypatch.setattr(parser.etree, "fromstring", boom)
    _refused("<!DOCTYPE document>" + _valid_document(), "dtd", sentinels)


# -- other ways to make a parser fetch something ------------------------------------------------


def test_schema_location_hints_are_never_followed(sentinels: Sentinels) -> None:
    uri = sentinels.targets()["fifo"]
    data = (
        '<document xmlns="urn:vnadmin:document:1" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="urn:vnadmin:document:1 {uri}" xsi:noNamespaceSchemaLocation="{uri}">'
        "<header/><body><p>a</p></body></document>"
    )
    doc = vx.loads(data)
    assert next(doc.paragraphs()).text == "a"
    sentinels.assert_untouched(None, doc)


def test_xinclude_is_never_processed(sentinels: Sentinels) -> None:
    uri = sentinels.targets()["fifo"]
    data = _valid_document(f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{uri}" parse="text"/>')
    with pytest.raises(SchemaError) as info:
        vx.loads(data)
    sentinels.assert_untouched(info.value)


# -- depth and size ------------------------------------------------------------------------------


def test_a_tree_deeper_than_libxml2_allows_is_refused(sentinels: Sentinels) -> None:
    data = _valid_document("<citation>" * 5000 + "x" + "</citation>" * 5000)
    _refused(data, "depth", sentinels)


def test_a_tree_deeper_than_the_bound_is_refused_inside_a_valid_document(sentinels: Sentinels) -> None:
    depth = parser.MAX_DEPTH  # document/body + this many sections > MAX_DEPTH levels
    nested = '<section label="1" marker="1.">' * depth + "<p>a</p>" + "</section>" * depth
    data = '<document xmlns="urn:vnadmin:document:1"><header/><body>' + nested + "</body></document>"
    err = _refused(data, "depth", sentinels)
    assert str(parser.MAX_DEPTH) in str(err)


def test_a_deep_but_allowed_tree_is_read() -> None:
    depth = parser.MAX_DEPTH - 4  # document, body, sections, p, citation
    nested = '<section label="1" marker="1.">' * depth + "<p>a</p>" + "</section>" * depth
    data = '<document xmlns="urn:vnadmin:document:1"><header/><body>' + nested + "</body></document>"
    doc = vx.loads(data)
    assert len(list(doc.walk())) == depth + 1


def test_oversized_input_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch, sentinels: Sentinels) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("lxml was handed an oversized document")

    monkeypatch.setattr(parser.etree, "fromstring", boom)
    data = _valid_document("a" * parser.MAX_BYTES)
    _refused(data, "size", sentinels)
    _refused(data.encode(), "size", sentinels)


def test_oversized_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.xml"
    with open(path, "wb") as f:
        f.write(_valid_document().encode())
        f.truncate(parser.MAX_BYTES * 4)  # sparse: costs no disk
    with pytest.raises(SecurityError) as info:
        vx.load(path)
    assert info.value.cause == "size"


def test_bounds_can_be_tightened_per_call() -> None:
    with pytest.raises(SecurityError) as info:
        parser.parse(b"<a><b><c/></b></a>", max_depth=2)
    assert info.value.cause == "depth"
    with pytest.raises(SecurityError) as info:
        parser.parse(b"<a>" + b" " * 100 + b"</a>", max_bytes=50)
    assert info.value.cause == "size"
    assert parser.parse(b"<a><b><c/></b></a>", max_depth=3).tag == "a"


# -- trees built elsewhere -----------------------------------------------------------------------


def test_from_element_refuses_entity_references_left_by_a_lax_parser(sentinels: Sentinels) -> None:
    lax = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    text = f'<!DOCTYPE document [<!ENTITY xxe SYSTEM "{sentinels.targets()["fifo"]}">]>' + _valid_document("&xxe;")
    root = etree.fromstring(text.encode(), lax)
    with pytest.raises(SecurityError) as info:
        vx.from_element(root)
    assert info.value.cause in ("dtd", "entity")
    sentinels.assert_untouched(info.value)


def test_from_element_refuses_an_over_deep_tree() -> None:
    root = vx.to_element(Document(body=(Paragraph("a"),)))
    node = root.find(f"{{{vx.NAMESPACE}}}body")
    assert node is not None
    for _ in range(parser.MAX_DEPTH):
        node = etree.SubElement(node, f"{{{vx.NAMESPACE}}}section", label="1", marker="1.")
    with pytest.raises(SecurityError) as info:
        vx.from_element(root)
    assert info.value.cause == "depth"


def test_the_schema_is_loaded_with_the_hardened_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    schema_module = importlib.import_module("vnadmin.xml.schema")
    seen: list[bytes] = []
    real = schema_module.parse

    def spy(data: bytes | str, **kwargs: int) -> etree._Element:
        seen.append(data if isinstance(data, bytes) else data.encode())
        return real(data, **kwargs)

    monkeypatch.setattr(schema_module, "parse", spy)
    compiled = schema_module._compile()
    assert isinstance(compiled, etree.XMLSchema)
    assert seen == [schema_module.xsd_bytes()]
