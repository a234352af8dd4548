"""Recipient rules (R): "Nơi nhận:", its items and the final "Lưu: …" entry (ô 9b), and
"Kính gửi" for công văn and tờ trình (ô 9a)."""

from __future__ import annotations

from collections.abc import Iterator

from vnadmin.model import RecipientList
from vnadmin.rules.checks import _sources as src
from vnadmin.rules.context import Context
from vnadmin.rules.registry import Hit, rule
from vnadmin.unicode import ascii_fold, fold


def _list(ctx: Context) -> RecipientList | None:
    r = ctx.doc.recipients
    return r if r is not None and r.items else None


def _archive(ctx: Context) -> tuple[bool, ...]:
    """Which items of the recipient list are the filing entry (computed once)."""
    found = ctx.memo.get("archive-flags")
    if found is None:
        r = ctx.doc.recipients
        found = ctx.memo["archive-flags"] = tuple(item.is_archive for item in r.items) if r is not None else ()
    assert isinstance(found, tuple)
    return found


def _expects_recipients(ctx: Context) -> bool:
    dtype = ctx.doc.header.doc_type
    # Laws, codes and the constitution end with the signature of the National Assembly's
    # chair, without a recipient list; an annex has none of its own.
    no_list = dtype is not None and dtype.system == "legal" and dtype.code is None
    return not ctx.is_annex and not no_list


@rule("R001", "recipients-missing", component="recipients", severity="error", source=src.RECIPIENTS, spec="§1.10")
def recipients_missing(ctx: Context) -> Iterator[Hit]:
    """The recipient list (Nơi nhận, ô 9b) is missing or empty.

    Not expected for laws, codes and the constitution, nor for an annex read on its own."""
    if _expects_recipients(ctx) and _list(ctx) is None:
        r = ctx.doc.recipients
        yield ctx.hit(
            "Thiếu nơi nhận (recipient list missing)",
            "recipients",
            (r.origin if r is not None else None) or ctx.end_origin(),
        )


@rule("R002", "recipients-label", component="recipients", severity="warning", source=src.RECIPIENTS, spec="§1.10")
def recipients_label(ctx: Context) -> Iterator[Hit]:
    """The list is not introduced by "Nơi nhận:" (with its colon)."""
    r = _list(ctx)
    if r is None:
        return
    label = (r.label or "").strip()
    if fold(label) != "nơi nhận:":
        shown = f'"{label}"' if label else "không có nhãn (no label)"
        yield ctx.hit(f'Nhãn phải là "Nơi nhận:", đang là {shown} (the list must start with "Nơi nhận:")', "recipients.label", r.origin)


@rule("R003", "recipients-item-bullet", component="recipients", severity="warning", source=src.RECIPIENTS, spec="§1.10")
def recipients_item_bullet(ctx: Context) -> Iterator[Hit]:
    """A recipient line does not start with "-"."""
    r = _list(ctx)
    if r is None:
        return
    for i, item in enumerate(r.items):
        if item.bullet != "-":
            yield ctx.hit(
                f'Dòng nơi nhận "{item.text}" phải bắt đầu bằng "-" (each recipient line starts with "-")',
                f"recipients.items[{i}]",
                item.origin or r.origin,
            )


@rule("R004", "recipients-item-punctuation", component="recipients", severity="warning", source=src.RECIPIENTS, spec="§1.10")
def recipients_item_punctuation(ctx: Context) -> Iterator[Hit]:
    """A recipient line does not end with ";" (the last one with ".").

    Real documents often end lines with "," or nothing, hence a warning. Party documents
    are not checked: how Hướng dẫn 36-HD/VPTW punctuates Nơi nhận is UNCONFIRMED, and the
    real Party resolution among the sources (60-NQ/TW) ends its lines with ","."""
    r = _list(ctx)
    if r is None or ctx.is_party:
        return
    last = len(r.items) - 1
    for i, item in enumerate(r.items):
        want = "." if i == last else ";"
        if not item.text.rstrip().endswith(want):
            yield ctx.hit(
                f'Dòng "{item.text}" phải kết thúc bằng "{want}" (must end with "{want}")',
                f"recipients.items[{i}]",
                item.origin or r.origin,
            )


@rule("R005", "recipients-archive-missing", component="recipients", severity="error", source=src.RECIPIENTS, spec="§1.10")
def recipients_archive_missing(ctx: Context) -> Iterator[Hit]:
    """The recipient list has no filing entry ("- Lưu: VT, …").

    Every list names the copies kept on file; Party documents write it without a colon
    ("- Lưu Văn phòng Trung ương Đảng."). Reported only when the list exists (a missing
    list is ``recipients-missing``)."""
    r = _list(ctx)
    if r is not None and not any(_archive(ctx)):
        yield ctx.hit(
            'Nơi nhận thiếu dòng lưu "- Lưu: VT, …" (the filing entry "Lưu: …" is missing)',
            "recipients",
            r.items[-1].origin or r.origin,
        )


@rule("R006", "recipients-archive-not-last", component="recipients", severity="warning", source=src.RECIPIENTS, spec="§1.10")
def recipients_archive_not_last(ctx: Context) -> Iterator[Hit]:
    """The filing entry "Lưu: …" is not the last line of the list."""
    r = _list(ctx)
    flags = _archive(ctx)
    if r is None or flags[-1]:
        return
    for i, item in enumerate(r.items):
        if flags[i]:
            yield ctx.hit(
                f'Dòng "{item.text}" phải là dòng cuối của nơi nhận (the filing entry must be the last line)',
                f"recipients.items[{i}]",
                item.origin or r.origin,
            )
            return


@rule(
    "R007",
    "recipients-archive-vt",
    component="recipients",
    severity="warning",
    source=src.RECIPIENTS,
    spec="§1.10",
)
def recipients_archive_vt(ctx: Context) -> Iterator[Hit]:
    """The filing entry of a State document does not name the Văn thư ("VT").

    Phụ lục I writes "- Lưu: VT, <drafting unit>."; real documents deviate ("- Lưu: HC,
    PLTP." in a resolution of the Standing Committee of the National Assembly), hence a
    warning. Party documents file differently ("- Lưu Văn phòng …") and are not checked."""
    r = _list(ctx)
    if r is None or ctx.is_party:
        return
    for i, item in enumerate(r.items):
        if _archive(ctx)[i]:
            rest = ascii_fold(item.text)[3:].replace(",", " ").replace(":", " ").replace(".", " ").split()
            if "vt" not in rest:
                yield ctx.hit(
                    f'Dòng lưu "{item.text}" không có "VT" (Văn thư) (the filing entry does not name VT)',
                    f"recipients.items[{i}]",
                    item.origin or r.origin,
                )


@rule("R008", "recipients-archive-colon", component="recipients", severity="warning", source=src.RECIPIENTS, spec="§1.10")
def recipients_archive_colon(ctx: Context) -> Iterator[Hit]:
    """The filing entry of a State document has no colon ("- Lưu VT, VP.").

    Party documents write "- Lưu Văn phòng …" without one and are not checked."""
    r = _list(ctx)
    if r is None or ctx.is_party:
        return
    for i, item in enumerate(r.items):
        if _archive(ctx)[i] and not item.text[3:].lstrip().startswith(":"):
            yield ctx.hit(
                f'Viết "Lưu:" có dấu hai chấm, không phải "{item.text}" (write "Lưu:" with a colon)',
                f"recipients.items[{i}]",
                item.origin or r.origin,
            )


@rule("R009", "addressees-missing", component="recipients", severity="warning", source=src.ADDRESSEES, spec="§1.10")
def addressees_missing(ctx: Context) -> Iterator[Hit]:
    """A công văn or tờ trình has no "Kính gửi:" line.

    Tờ trình, báo cáo sent upward and công văn name the bodies that handle the matter under
    "Kính gửi:" (ô 9a). Whether a báo cáo goes upward cannot be told from the text, so only
    công văn and tờ trình are checked."""
    dtype = ctx.doc.header.doc_type
    if dtype is None or ctx.is_party:
        return
    if (ctx.is_cong_van or dtype.code == "TTr") and not (ctx.doc.addressees and ctx.doc.addressees.items):
        yield ctx.hit(
            f'{dtype.name} thiếu "Kính gửi:" (the addressees are missing)',
            "addressees",
            ctx.header_origin("summary"),
        )


@rule("R010", "recipients-as-above", component="recipients", severity="warning", source=src.ADDRESSEES, spec="§1.10")
def recipients_as_above(ctx: Context) -> Iterator[Hit]:
    """A document with "Kính gửi:" does not start its recipient list with "- Như trên;"."""
    r = _list(ctx)
    if r is None or not (ctx.doc.addressees and ctx.doc.addressees.items):
        return
    if not ascii_fold(r.items[0].text).startswith("nhu tren"):
        yield ctx.hit(
            'Nơi nhận của văn bản có "Kính gửi" bắt đầu bằng "- Như trên;" (the list starts with "- Như trên;")',
            "recipients.items[0]",
            r.items[0].origin or r.origin,
        )
