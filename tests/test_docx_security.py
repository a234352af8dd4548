"""Untrusted .docx input is refused with DocxError, never a crash or a huge allocation."""

from __future__ import annotations

import contextlib
import io
import struct
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_docx_reader import make_docx, p
from test_docx_samples import report
from vnadmin import docx
from vnadmin.docx import Limits
from vnadmin.errors import DocxError, VnAdminError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _replace(data: bytes, name: str, content: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            if info.filename != name:
                zf.writestr(info.filename, src.read(info))
        zf.writestr(name, content)
    return out.getvalue()


def _refuse(data: object, match: str, limits: Limits | None = None) -> DocxError:
    with pytest.raises(DocxError, match=match) as err:
        docx.blocks(data, limits=limits)  # type: ignore[arg-type]
    assert isinstance(err.value, (ValueError, VnAdminError))
    return err.value


def test_not_a_zip() -> None:
    _refuse(b"%PDF-1.4 not a word file", "zip")
    _refuse(b"", "zip")
    _refuse("a str, not bytes", "bytes")


def test_missing_main_part() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    _refuse(out.getvalue(), "word/document.xml")


def test_malformed_xml() -> None:
    bad = _replace(docx.dumps(report()), "word/document.xml", b"<w:document xmlns:w='x'><w:body><w:p></w:body>")
    err = _refuse(bad, "malformed XML")
    assert "word/document.xml" in str(err)


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "word/footnotes.xml"])
def test_entity_declarations_inside_parts(part: str) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        f'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&c;</w:t>'
        "</w:r></w:p></w:body></w:document>"
    ).encode()
    _refuse(_replace(docx.dumps(report()), part, laughs), "DTD|entit")


def test_external_entity_is_not_fetched() -> None:
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>'
    ).encode()
    _refuse(_replace(docx.dumps(report()), "word/document.xml", xxe), "DTD|entit")


def test_zip_bomb_by_declared_size() -> None:
    # 65 MiB of zeros deflate to about 64 KiB: over the default per-entry limit.
    bomb = _replace(docx.dumps(report()), "word/document.xml", b"\0" * (65 * 1024 * 1024))
    assert len(bomb) < 200_000
    _refuse(bomb, "limit")


def test_zip_bomb_total_size_and_small_limits() -> None:
    data = _replace(docx.dumps(report()), "word/settings.xml", b" " * 300_000)
    _refuse(data, "total", Limits(max_total_size=200_000))
    _refuse(data, "limit", Limits(max_entry_size=100_000))


def test_zip_bomb_with_a_lying_size_header() -> None:
    """An entry that declares 10 bytes but inflates to megabytes: the bounded read (and
    zipfile's own check) stop it."""
    big = b"<w:document/>" + b" " * 5_000_000
    data = bytearray(_replace(docx.dumps(report()), "word/document.xml", big))
    # Patch the uncompressed size in the local header and in the central directory.
    zf = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = zf.getinfo("word/document.xml")
    local = info.header_offset
    struct.pack_into("<I", data, local + 22, 10)
    pos = 0
    patched = 0
    while True:
        pos = bytes(data).find(b"PK\x01\x02", pos)
        if pos < 0:
            break
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46 : pos + 46 + name_len]) == b"word/document.xml":
            struct.pack_into("<I", data, pos + 24, 10)
            patched += 1
        pos += 4
    assert patched == 1
    assert zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml").file_size == 10
    _refuse(bytes(data), "cannot read the zip entry|malformed XML|limit")


def test_too_many_entries() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for i in range(2001):
            zf.writestr(f"junk/{i}.xml", b"<a/>")
    _refuse(out.getvalue(), "too many")
    _refuse(docx.dumps(report()), "too many", Limits(max_entries=3))


def test_never_extracts_to_disk(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    docx.loads(make_docx(p("Nội dung.")))
    assert list(tmp_path.iterdir()) == []


_SEED_LIKE = docx.dumps(report())


@settings(max_examples=150, deadline=None, database=None)
@given(st.lists(st.tuples(st.integers(0, len(_SEED_LIKE) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_corrupted_packages_raise_docx_error_or_read(flips: list[tuple[int, int]]) -> None:
    data = bytearray(_SEED_LIKE)
    for pos, value in flips:
        data[pos] = value
    with contextlib.suppress(DocxError):
        docx.blocks(bytes(data))


@settings(max_examples=100, deadline=None, database=None)
@given(st.binary(max_size=400), st.sampled_from(["word/document.xml", "word/styles.xml", "word/footnotes.xml",
                                                 "word/_rels/document.xml.rels", "_rels/.rels"]))
def test_arbitrary_part_content_raises_docx_error_or_reads(content: bytes, part: str) -> None:
    with contextlib.suppress(DocxError):
        docx.blocks(_replace(_SEED_LIKE, part, content))


def test_deeply_nested_xml_is_refused() -> None:
    depth = 5000
    deep = (f'<w:document xmlns:w="{W_NS}"><w:body>' + "<w:sdt><w:sdtContent>" * depth
            + "<w:p/>" + "</w:sdtContent></w:sdt>" * depth + "</w:body></w:document>").encode()
    _refuse(_replace(docx.dumps(report()), "word/document.xml", deep), "depth")
