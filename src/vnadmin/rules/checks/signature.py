"""Signature rules (G): presence, the signer's title and name, and quyền hạn ký consistent
with the title (Điều 13; Phụ lục I, mục II.7)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnadmin.model import SignatureBlock
from vnadmin.rules.checks import _sources as src
from vnadmin.rules.context import Context
from vnadmin.rules.registry import Hit, rule
from vnadmin.unicode import ascii_fold, fold, is_upper_text

# Deputy titles begin with "PHÓ" (Phó Giám đốc, Phó Chủ tịch) or are "THỨ TRƯỞNG" (a
# minister's deputy). Matched without diacritics: OCR often loses them ("PHO CUC TRUONG").
_DEPUTY = re.compile(r"(?:pho|thu truong)(?:\s|$)")

# Words that begin the name of a collective body (the TM. prefix goes before one).
_COLLECTIVE = (
    "ủy ban", "uỷ ban", "hội đồng", "ban ", "chính phủ", "quốc hội", "đảng ủy", "đảng uỷ",
    "đảng đoàn", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy", "huyện uỷ",
    "quận ủy", "thị ủy", "chi bộ", "ban chấp hành", "ban thường vụ", "thường trực",
    "đoàn ", "tập thể", "liên đoàn", "hội ", "tổ ", "cơ quan", "chi ủy", "chi uỷ",
    "văn phòng", "bộ chính trị", "ban bí thư", "đảng bộ", "tổ chức", "công ty",
    "ủy ban thường vụ", "mặt trận", "liên hiệp",
)

_HONORIFICS = re.compile(r"^(?:GS|PGS|TS|ThS|KS|BS|TSKH|CN|NGƯT|NGND)\.?(?:\s|$)", re.IGNORECASE)


def _sig(ctx: Context) -> SignatureBlock | None:
    return ctx.doc.signature


def is_deputy(title: str) -> bool:
    """A deputy's title: "PHÓ GIÁM ĐỐC", "Phó Chủ tịch", "THỨ TRƯỞNG"."""
    return bool(_DEPUTY.match(ascii_fold(title)))


@rule("G001", "signature-missing", component="signature", severity="error", source=src.SIGNATURE, spec="§1.8")
def signature_missing(ctx: Context) -> Iterator[Hit]:
    """The signature block (quyền hạn, chức vụ, họ tên, ô 7) is missing."""
    if not ctx.is_annex and _sig(ctx) is None:
        yield ctx.hit("Thiếu chức vụ, họ tên và chữ ký người có thẩm quyền (signature block missing)", "signature", ctx.end_origin())


@rule("G002", "signature-name-missing", component="signature", severity="error", source=src.SIGNATURE, spec="§1.8")
def signature_name_missing(ctx: Context) -> Iterator[Hit]:
    """The signature block has no signer's name."""
    sig = _sig(ctx)
    if sig is not None and sig.name is None:
        yield ctx.hit("Thiếu họ tên người ký (signer's name missing)", "signature.name", sig.origin)


@rule("G003", "signature-title-missing", component="signature", severity="error", source=src.SIGNATURE, spec="§1.8")
def signature_title_missing(ctx: Context) -> Iterator[Hit]:
    """The signature block has no position (chức vụ) for the signer.

    With a prefix the position is the line under it ("KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG"); the
    head signing personally writes the position alone ("GIÁM ĐỐC"), and an acting head
    signs under the prefix line alone ("Q. GIÁM ĐỐC")."""
    sig = _sig(ctx)
    # "Q. GIÁM ĐỐC": the acting head's position is the prefix line itself.
    acting = sig is not None and sig.authority == "Q." and sig.principal is not None
    if sig is not None and sig.title is None and not acting:
        yield ctx.hit("Thiếu chức vụ của người ký (signer's position missing)", "signature.title", sig.origin)


@rule("G004", "signature-deputy-title", component="signature", severity="error", source=src.AUTHORITY, spec="§1.8")
def signature_deputy_title(ctx: Context) -> Iterator[Hit]:
    """"KT." (ký thay) without a deputy's title under it.

    A deputy signs in the head's place: "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG", "KT. GIÁM ĐỐC" /
    "PHÓ GIÁM ĐỐC". Also checked when KT. is stacked under TM. ("TM. ỦY BAN NHÂN DÂN" /
    "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH")."""
    sig = _sig(ctx)
    if sig is None or sig.title is None:
        return
    kt = sig.authority == "KT." or any(fold(line).startswith(("kt.", "k/t")) for line in sig.intermediate)
    if kt and not is_deputy(sig.title):
        yield ctx.hit(
            f'"KT." phải đi với chức vụ cấp phó (PHÓ …, THỨ TRƯỞNG), không phải "{sig.title}" '
            "(KT. goes with a deputy's title)",
            "signature.title",
            sig.origin,
        )


@rule("G005", "signature-deputy-without-kt", component="signature", severity="warning", source=src.AUTHORITY, spec="§1.8")
def signature_deputy_without_kt(ctx: Context) -> Iterator[Hit]:
    """A deputy signs without "KT." (or TM./TL./TUQ./Q.).

    Deputies sign "ký thay" the head (Điều 13); a deputy's title with no prefix at all
    usually means the KT. line was forgotten."""
    sig = _sig(ctx)
    if sig is not None and sig.title is not None and sig.authority is None and is_deputy(sig.title):
        yield ctx.hit(
            f'Cấp phó "{sig.title}" ký thay phải có "KT." và chức vụ người đứng đầu '
            "(a deputy signs with KT. and the head's title)",
            "signature.authority",
            sig.origin,
        )


@rule("G006", "signature-collective", component="signature", severity="warning", source=src.AUTHORITY, spec="§1.8")
def signature_collective(ctx: Context) -> Iterator[Hit]:
    """"TM." (thay mặt) before something that is not a collective body.

    TM. is written before the name of the collective or organisation ("TM. ỦY BAN NHÂN
    DÂN", "T/M BAN CHẤP HÀNH TRUNG ƯƠNG"), not before a person's position. The list of
    words that begin a collective's name is open-ended, hence a warning."""
    sig = _sig(ctx)
    if sig is None or sig.authority != "TM.":
        return
    principal = sig.principal
    if principal is None:
        yield ctx.hit("Sau \"TM.\" phải có tên tập thể (TM. needs the collective body's name)", "signature.principal", sig.origin)
        return
    key = fold(principal) + " "
    if not key.startswith(_COLLECTIVE):
        yield ctx.hit(
            f'"TM." phải đứng trước tên tập thể, không phải "{principal}" (TM. goes before a collective body)',
            "signature.principal",
            sig.origin,
        )


@rule("G007", "signature-authority-form", component="signature", severity="warning", source=f"{src.AUTHORITY}; {src.PARTY}", spec="§1.8, §7")
def signature_authority_form(ctx: Context) -> Iterator[Hit]:
    """The prefix is written in the other family's form.

    State documents write "TM.", "KT.", "TL.", "TUQ.", "Q." with a full stop; Party
    documents write "T/M", "K/T", "T/L" with a slash (Hướng dẫn 36-HD/VPTW)."""
    sig = _sig(ctx)
    if sig is None or sig.authority_as_written is None:
        return
    written = sig.authority_as_written.strip()
    slash = "/" in written
    if ctx.is_party and not slash and sig.authority in ("TM.", "KT.", "TL."):
        want = {"TM.": "T/M", "KT.": "K/T", "TL.": "T/L"}[sig.authority]
        yield ctx.hit(
            f'Văn bản của Đảng viết "{want}", không phải "{written}" (Party documents write {want})',
            "signature.authority_as_written",
            sig.origin,
        )
    elif not ctx.is_party and (slash or written != sig.authority):
        yield ctx.hit(
            f'Viết "{sig.authority}", không phải "{written}" (write {sig.authority} with a full stop)',
            "signature.authority_as_written",
            sig.origin,
        )


@rule("G008", "signature-name-form", component="signature", severity="warning", source=src.SIGNATURE, spec="§1.8")
def signature_name_form(ctx: Context) -> Iterator[Hit]:
    """The signer's name is in capitals or carries an academic title.

    The name is written in lower case with capital initials ("Trần Thanh Trường"), with no
    academic titles or honours before it (sector heads may allow them for the armed forces,
    education, health and science units — hence a warning)."""
    sig = _sig(ctx)
    if sig is None or sig.name is None:
        return
    name = sig.name.strip()
    if len(name) > 3 and is_upper_text(name):
        yield ctx.hit(
            f'Họ tên "{name}" viết chữ thường, hoa chữ cái đầu (the name is written with capital initials only)',
            "signature.name",
            sig.origin,
        )
    elif _HONORIFICS.match(name):
        yield ctx.hit(
            f'Không ghi học hàm, học vị trước họ tên "{name}" (no academic titles before the name)',
            "signature.name",
            sig.origin,
        )


@rule("G009", "signature-title-case", component="signature", severity="warning", source=src.SIGNATURE, spec="§1.8, §2.2")
def signature_title_case(ctx: Context) -> Iterator[Hit]:
    """The quyền hạn line or the position is not in capitals ("Giám đốc")."""
    sig = _sig(ctx)
    if sig is None:
        return
    for field, value in (("principal", sig.principal), ("title", sig.title)):
        if value is not None and not is_upper_text(value):
            yield ctx.hit(f'"{value}" phải viết in hoa (must be in capitals)', f"signature.{field}", sig.origin)
