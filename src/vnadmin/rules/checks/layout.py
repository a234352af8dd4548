"""Layout rules (L): paper, margins, font, and the size, weight, slant, case and alignment
Phụ lục I prescribes for each component. They run only where the reader recorded layout
(``Origin.layout`` and ``Origin.page``, i.e. .docx sources); the tolerances come from the
profile (:class:`vnadmin.rules.config.Tolerance`). The case rule also applies to text."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from vnadmin.model import Layout, Origin, PageSetup
from vnadmin.rules.checks import _sources as src
from vnadmin.rules.context import Context
from vnadmin.rules.registry import Hit, rule
from vnadmin.unicode import fold, is_upper_text


@attrs.frozen
class Spec:
    """What Phụ lục I prescribes for one component (``None``: not prescribed)."""

    label: str
    size: tuple[float, float]
    bold: bool | None = None
    italic: bool | None = False
    caps: bool = False
    alignment: str | None = None


# Phụ lục I, mục II, per component (spec §2.2).
SPECS: dict[str, Spec] = {
    "national_title": Spec("Quốc hiệu", (12, 13), bold=True, caps=True),
    "motto": Spec("Tiêu ngữ", (13, 14), bold=True),
    "party_title": Spec("Tiêu đề Đảng", (15, 15), bold=True, caps=True),
    "parent_body": Spec("Tên cơ quan chủ quản", (12, 13), bold=False, caps=True),
    "issuing_body": Spec("Tên cơ quan ban hành", (12, 13), bold=True, caps=True),
    "number": Spec("Số, ký hiệu", (13, 13)),
    "issue_date": Spec("Địa danh, ngày tháng năm", (13, 14), italic=True),
    "doc_type": Spec("Tên loại văn bản", (13, 14), bold=True, caps=True, alignment="center"),
    "summary": Spec("Trích yếu", (13, 14), bold=True, alignment="center"),
    "summary_cong_van": Spec("Trích yếu công văn (V/v)", (12, 13), alignment="center"),
    "heading": Spec("Phần, Chương, Mục, Điều", (13, 14), bold=True),
    "body": Spec("Nội dung", (13, 14), alignment="both"),
    "signature": Spec("Quyền hạn, chức vụ, họ tên người ký", (13, 14), bold=True),
    "recipients_label": Spec("Nhãn \"Nơi nhận\"", (12, 12), bold=True, italic=True),
    "recipient": Spec("Danh sách nơi nhận", (11, 11)),
    "addressees": Spec("Kính gửi", (13, 14)),
}

_HEADER_FIELDS = ("national_title", "motto", "party_title", "parent_body", "issuing_body", "number", "issue_date", "doc_type", "summary")
_HEADED_KINDS = ("phan", "chuong", "muc", "tieu_muc", "dieu")
FONT = "Times New Roman"

A4 = (210.0, 297.0)
MARGINS = {
    "margin_top_mm": ("lề trên (top)", 20.0, 25.0),
    "margin_bottom_mm": ("lề dưới (bottom)", 20.0, 25.0),
    "margin_left_mm": ("lề trái (left)", 30.0, 35.0),
    "margin_right_mm": ("lề phải (right)", 15.0, 20.0),
}


def _components(ctx: Context) -> tuple[tuple[str, str, Origin], ...]:
    """(spec key, model path, origin) of every component whose origin carries layout."""
    found = ctx.memo.get("layout-components")
    if found is None:
        found = ctx.memo["layout-components"] = tuple(_find_components(ctx))
    assert isinstance(found, tuple)
    return found


def _find_components(ctx: Context) -> Iterator[tuple[str, str, Origin]]:
    doc = ctx.doc
    header = doc.header
    for field in _HEADER_FIELDS:
        if getattr(header, field) is None:
            continue
        o = header.origin_of(field)
        if o is not None and o.layout is not None:
            key = "summary_cong_van" if field == "summary" and ctx.is_cong_van else field
            yield key, f"header.{field}", o
    for path, s in ctx.sections_with_paths():
        if s.origin is not None and s.origin.layout is not None and s.kind in _HEADED_KINDS:
            yield "heading", path, s.origin
    for path, p in ctx.paragraphs_with_paths():
        if p.origin is not None and p.origin.layout is not None and path.startswith("body"):
            yield "body", path, p.origin
    sig = doc.signature
    if sig is not None and sig.origin is not None and sig.origin.layout is not None:
        yield "signature", "signature", sig.origin
    rec = doc.recipients
    if rec is not None:
        if rec.origin is not None and rec.origin.layout is not None and rec.label:
            yield "recipients_label", "recipients.label", rec.origin
        for i, item in enumerate(rec.items):
            if item.origin is not None and item.origin.layout is not None:
                yield "recipient", f"recipients.items[{i}]", item.origin
    if doc.addressees is not None:
        for i, item in enumerate(doc.addressees.items):
            if item.origin is not None and item.origin.layout is not None:
                yield "addressees", f"addressees.items[{i}]", item.origin


def _page(ctx: Context) -> tuple[PageSetup, Origin] | None:
    candidates: list[Origin | None] = [ctx.doc.origin, *(o for _, o in ctx.doc.header.origins)]
    for o in candidates:
        if o is not None and o.page is not None:
            return o.page, o
    return None


def _grouped(ctx: Context, problems: Iterator[tuple[str, str, Origin, str]]) -> Iterator[Hit]:
    """One hit per problem, except body paragraphs: those are summed up in one hit that
    points at the first (a whole body in 12 pt is one problem, not two hundred)."""
    body: list[tuple[str, Origin, str]] = []
    for key, path, origin, message in problems:
        if key == "body":
            body.append((path, origin, message))
        else:
            yield ctx.hit(message, path, origin)
    if body:
        path, origin, message = body[0]
        extra = f" (và {len(body) - 1} đoạn khác — and {len(body) - 1} more paragraphs)" if len(body) > 1 else ""
        yield ctx.hit(message + extra, path, origin)


@rule("L001", "page-size", component="layout", severity="error", review="warning", source=src.PAGE, spec="§2.1")
def page_size(ctx: Context) -> Iterator[Hit]:
    """The paper is not A4 (210 × 297 mm, portrait; landscape allowed for wide tables).

    Tolerance: 1 mm (``strict``), 5 mm (``review``)."""
    found = _page(ctx)
    if found is None:
        return
    page, origin = found
    if page.width_mm is None or page.height_mm is None:
        return
    tol = ctx.config.tolerance.paper_mm
    dims = sorted((page.width_mm, page.height_mm))
    if abs(dims[0] - A4[0]) > tol or abs(dims[1] - A4[1]) > tol:
        yield ctx.hit(
            f"Khổ giấy {page.width_mm:.0f} × {page.height_mm:.0f} mm, phải là A4 210 × 297 mm (paper must be A4)",
            "origin.page",
            origin,
        )


@rule("L002", "page-margins", component="layout", severity="error", review="warning", source=src.PAGE, spec="§2.1")
def page_margins(ctx: Context) -> Iterator[Hit]:
    """A page margin lies outside Phụ lục I's range: top and bottom 20–25 mm, left
    30–35 mm, right 15–20 mm.

    Tolerance: 0.5 mm (``strict``), 5 mm (``review``). Party documents are not checked:
    the margins of Hướng dẫn 36-HD/VPTW are UNCONFIRMED (only a secondary source gives
    them)."""
    found = _page(ctx)
    if found is None or ctx.is_party:
        return
    page, origin = found
    tol = ctx.config.tolerance.margin_mm
    for attr, (label, lo, hi) in MARGINS.items():
        value = getattr(page, attr)
        if value is not None and not lo - tol <= value <= hi + tol:
            yield ctx.hit(
                f"{label} {value:.1f} mm, phải từ {lo:.0f} đến {hi:.0f} mm (margin outside {lo:.0f}–{hi:.0f} mm)",
                "origin.page",
                origin,
            )


@rule("L003", "font-family", component="layout", severity="error", review="warning", source=src.PAGE, spec="§2.1")
def font_family(ctx: Context) -> Iterator[Hit]:
    """A component is not set in Times New Roman (TCVN 6909:2001 Unicode)."""

    def problems() -> Iterator[tuple[str, str, Origin, str]]:
        for key, path, origin in _components(ctx):
            layout: Layout = origin.layout  # type: ignore[assignment]
            if layout.font is not None and fold(layout.font) != fold(FONT):
                yield key, path, origin, f'{SPECS[key].label}: phông "{layout.font}", phải là {FONT} (font must be {FONT})'

    yield from _grouped(ctx, problems())


@rule("L004", "font-size", component="layout", severity="error", review="warning", source=src.TYPOGRAPHY, spec="§2.2")
def font_size(ctx: Context) -> Iterator[Hit]:
    """A component's font size lies outside the range Phụ lục I gives for it (Quốc hiệu
    12–13 pt, Tiêu ngữ 13–14, số/ký hiệu 13, body 13–14, Nơi nhận 12, list 11 …).

    Tolerance: none (``strict``), 1 pt (``review``). Party documents follow the sizes of
    Hướng dẫn 36-HD/VPTW instead (known only from secondary copies of its table) and are
    not checked."""
    tol = ctx.config.tolerance.size_pt
    if ctx.is_party:
        return

    def problems() -> Iterator[tuple[str, str, Origin, str]]:
        for key, path, origin in _components(ctx):
            size = origin.layout.size if origin.layout else None
            lo, hi = SPECS[key].size
            if size is not None and not lo - tol <= size <= hi + tol:
                want = f"{lo:g}" if lo == hi else f"{lo:g}–{hi:g}"
                yield key, path, origin, f"{SPECS[key].label}: cỡ chữ {size:g} pt, phải là {want} pt (font size must be {want} pt)"

    yield from _grouped(ctx, problems())


@rule("L005", "font-style", component="layout", severity="error", review="warning", source=src.TYPOGRAPHY, spec="§2.2")
def font_style(ctx: Context) -> Iterator[Hit]:
    """A component is bold or italic where Phụ lục I says otherwise (Quốc hiệu bold and
    upright, date italic, managing body not bold, "Nơi nhận:" bold italic …)."""

    def problems() -> Iterator[tuple[str, str, Origin, str]]:
        for key, path, origin in _components(ctx):
            spec, layout = SPECS[key], origin.layout
            assert layout is not None
            if spec.bold is not None and layout.bold is not None and layout.bold != spec.bold:
                want = "in đậm (bold)" if spec.bold else "không in đậm (not bold)"
                yield key, path, origin, f"{spec.label} phải {want}"
            if spec.italic is not None and layout.italic is not None and layout.italic != spec.italic:
                want = "in nghiêng (italic)" if spec.italic else "đứng, không nghiêng (upright)"
                yield key, path, origin, f"{spec.label} phải {want}"

    yield from _grouped(ctx, problems())


@rule("L006", "alignment", component="layout", severity="warning", source=src.TYPOGRAPHY, spec="§1.6, §1.7, §2.2")
def alignment(ctx: Context) -> Iterator[Hit]:
    """The type name and summary are not centred, or the body is not justified."""
    names = {"center": "căn giữa (centred)", "both": "căn đều hai lề (justified)"}

    def problems() -> Iterator[tuple[str, str, Origin, str]]:
        for key, path, origin in _components(ctx):
            spec, layout = SPECS[key], origin.layout
            assert layout is not None
            if spec.alignment is not None and layout.alignment is not None and layout.alignment != spec.alignment:
                yield key, path, origin, f"{spec.label} phải {names[spec.alignment]}"

    yield from _grouped(ctx, problems())


@rule("L007", "component-case", component="layout", severity="warning", source=src.TYPOGRAPHY, spec="§2.2")
def component_case(ctx: Context) -> Iterator[Hit]:
    """The Quốc hiệu or the Party title is not in capitals.

    Checked on the text (and the docx "all caps" property when present); the case of the
    bodies' names, the type name and the signature lines have their own rules
    (``issuing-body-case``, ``type-case``, ``signature-title-case``)."""
    header = ctx.doc.header
    for field in ("national_title", "party_title"):
        value = getattr(header, field)
        if value is None or is_upper_text(value):
            continue
        o = header.origin_of(field)
        if o is not None and o.layout is not None and o.layout.all_caps:
            continue
        yield ctx.hit(f'{SPECS[field].label} "{value}" phải viết in hoa (must be in capitals)', f"header.{field}", o)

