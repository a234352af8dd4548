"""The .docx package: writing the zip of parts, and reading one safely.

Reading treats the file as untrusted: it must be a zip, hold ``word/document.xml``, stay
within :class:`Limits` (entry count, size of each entry, total size — checked on the
declared sizes *and* while reading, so a header that lies about its size cannot get past),
and every part is parsed with a hardened parser (no DTD, no entities, no network). Nothing
is extracted to disk.
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
import zlib
from collections.abc import Mapping

import attrs
from lxml import etree

from vnadmin.docx.oxml import Element, qn
from vnadmin.errors import DocxError

__all__ = ["Limits", "Package", "read_package", "write_package"]

MiB = 1024 * 1024

# What a damaged LZMA entry raises (not an OSError); nothing to catch on a Python built
# without lzma.
try:
    from lzma import LZMAError

    _LZMA_FAULTS: tuple[type[Exception], ...] = (LZMAError,)
except ImportError:
    _LZMA_FAULTS = ()

# What a damaged zip raises while being opened or inflated.
# zipfile also reports some damage as ValueError.
_ZIP_FAULTS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, NotImplementedError, struct.error,
    ValueError, *_LZMA_FAULTS,
)

#: The time stamp written on every zip entry, so the same document gives the same bytes.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


@attrs.frozen
class Limits:
    """Bounds on an untrusted .docx: at most ``max_entries`` zip entries, each at most
    ``max_entry_size`` bytes uncompressed, ``max_total_size`` bytes in all."""

    max_entries: int = 2000
    max_entry_size: int = 64 * MiB
    max_total_size: int = 256 * MiB


def write_package(parts: Mapping[str, bytes]) -> bytes:
    """A zip holding ``parts`` (name → bytes) in the order given, deflated (fast level: XML
    compresses well at any level), with fixed time stamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data, compresslevel=1)
    return buf.getvalue()


_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


def parse_xml(data: bytes, part: str) -> Element:
    """Parse one part with the hardened parser; a DTD or entity declaration is refused."""
    try:
        tree = etree.fromstring(data, _PARSER).getroottree()
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if isinstance(exc.lineno, int) else None
        where = f" (dòng {line}, line {line})" if line else ""
        raise DocxError(f"{part}: XML không hợp lệ{where} (malformed XML: {exc.msg})") from None
    docinfo = tree.docinfo
    if docinfo.internalDTD is not None or docinfo.externalDTD is not None or docinfo.doctype:
        raise DocxError(
            f"{part}: có khai báo DTD/thực thể, bị từ chối (a DTD or entity declaration is refused)"
        )
    # Without a DTD no entity can be declared, so libxml2 has already refused any
    # reference to one (other than the five predefined) as malformed.
    return tree.getroot()


@attrs.define
class Package:
    """An opened .docx: the zip, its limits, and the main part's relationships."""

    zf: zipfile.ZipFile
    limits: Limits
    main: str
    rels: dict[str, tuple[str, str]]  # rId → (type, target part name)
    _total: int = 0
    raw: bytes | None = None  # the zip's bytes, for reading an entry without zipfile's file object

    def read(self, name: str) -> bytes | None:
        """The bytes of part ``name``, or ``None`` when absent; never more than the limits."""
        info = self.zf.NameToInfo.get(name)
        if info is None:
            return None
        limit = min(self.limits.max_entry_size, self.limits.max_total_size - self._total)
        if info.file_size > limit:
            raise DocxError(
                f"{name}: quá lớn khi giải nén ({info.file_size} byte) "
                f"(uncompressed size exceeds the limit of {limit} bytes)"
            )
        if self.raw is not None:
            data = _read_entry(self.raw, info)
            if data is not None:
                self._total += len(data)
                return data
        if info.flag_bits & 0x1:
            # zipfile would ask for a password (a RuntimeError): a .docx is never encrypted so.
            raise DocxError(f"{name}: mục nén được mã hoá, không đọc được (the zip entry is encrypted)")
        chunks: list[bytes] = []
        got = 0
        try:
            with self.zf.open(info) as fh:
                while True:
                    chunk = fh.read(min(MiB, limit + 1 - got))
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > limit:
                        raise DocxError(
                            f"{name}: dữ liệu giải nén vượt giới hạn {limit} byte "
                            f"(decompressed data exceeds the limit; the zip header understates it)"
                        )
                    chunks.append(chunk)
        except DocxError:
            raise
        except _ZIP_FAULTS as exc:
            raise DocxError(f"{name}: không đọc được mục nén (cannot read the zip entry: {exc})") from None
        self._total += got
        return b"".join(chunks)

    def xml(self, name: str) -> Element | None:
        data = self.read(name)
        return None if data is None else parse_xml(data, name)

    def part_by_type(self, rel_type: str) -> str | None:
        for kind, target in self.rels.values():
            if kind == rel_type:
                return target
        return None


# A zip entry's local file header (APPNOTE 4.3.7; zipfile's structFileHeader): signature,
# versions, flags, method, time, date, CRC-32, sizes, name and extra field lengths.
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
# Flag bits zipfile refuses or needs a password for: encrypted, compressed patched data,
# strong encryption.
_UNREAD_FLAGS = 0x1 | 0x20 | 0x40


def _read_entry(raw: bytes, info: zipfile.ZipInfo) -> bytes | None:
    """The bytes of the entry ``info`` of the zip ``raw``, read straight from the buffer —
    only when they are exactly what zipfile would return (an intact stored or deflated
    entry: its local header agrees, it inflates to exactly its declared size, which the
    caller has checked against the limits, and its CRC-32 matches); ``None`` otherwise,
    and the caller reads it through zipfile, which then reports the damage as before.
    (zipfile's file object and chunked reads cost more than inflating a small part.)"""
    offset = info.header_offset
    if offset < 0 or info.flag_bits & _UNREAD_FLAGS or offset + _LOCAL_HEADER.size > len(raw):
        return None
    header = _LOCAL_HEADER.unpack_from(raw, offset)
    if header[0] != _LOCAL_SIGNATURE:
        return None
    name_len, extra_len = header[10], header[11]
    start = offset + _LOCAL_HEADER.size
    try:
        name = raw[start:start + name_len].decode("utf-8" if header[3] & 0x800 else "cp437")
    except UnicodeDecodeError:
        return None
    if name != info.orig_filename:
        return None
    start += name_len + extra_len
    end = start + info.compress_size
    size = info.file_size
    if end > len(raw):
        return None
    if info.compress_type == zipfile.ZIP_DEFLATED:
        inflate = zlib.decompressobj(-15)
        try:
            data = inflate.decompress(raw[start:end], size + 1)  # never more than the size checked
        except zlib.error:
            return None
        if not inflate.eof:
            return None
    elif info.compress_type == zipfile.ZIP_STORED:
        data = raw[start:end]
    else:
        return None
    if len(data) != size or zlib.crc32(data) != info.CRC:
        return None
    return data


def _rels_name(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def _read_rels(pkg: Package, part: str) -> dict[str, tuple[str, str]]:
    tree = pkg.xml(_rels_name(part))
    out: dict[str, tuple[str, str]] = {}
    if tree is None:
        return out
    folder = posixpath.dirname(part)
    for rel in tree.iter(qn("pr:Relationship")):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target") or ""
        if target.startswith("/"):
            name = target.lstrip("/")
        else:
            name = posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id") or ""] = (rel.get("Type") or "", name)
    return out


def read_package(data: bytes, limits: Limits | None = None) -> Package:
    """Open ``data`` as a .docx package, or raise :class:`~vnadmin.errors.DocxError`."""
    limits = limits or Limits()
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise DocxError(f"cần bytes, nhận {type(data).__name__} (a .docx is read from bytes)")
    data = bytes(data)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except _ZIP_FAULTS as exc:
        raise DocxError(f"không phải tệp .docx (zip) hợp lệ (not a zip file: {exc})") from None
    if len(infos) > limits.max_entries:
        raise DocxError(
            f"quá nhiều mục nén: {len(infos)} (too many zip entries; the limit is {limits.max_entries})"
        )
    total = 0
    for info in infos:
        if info.file_size > limits.max_entry_size:
            raise DocxError(
                f"{info.filename}: quá lớn khi giải nén ({info.file_size} byte) "
                f"(an entry exceeds the per-entry limit of {limits.max_entry_size} bytes)"
            )
        total += info.file_size
    if total > limits.max_total_size:
        raise DocxError(
            f"tổng dung lượng giải nén {total} byte vượt giới hạn "
            f"(total uncompressed size exceeds {limits.max_total_size} bytes)"
        )
    pkg = Package(zf, limits, "word/document.xml", {}, raw=data)
    main = "word/document.xml"
    for kind, target in _read_rels(pkg, "").values():
        if kind.endswith("/officeDocument"):
            main = target
    if main not in zf.NameToInfo:
        raise DocxError(f"thiếu phần chính {main} (the main part {main} is missing)")
    pkg.main = main
    pkg.rels = _read_rels(pkg, main)
    return pkg
