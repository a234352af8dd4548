"""Resolve the formatting a paragraph or run actually shows: document defaults, then the
paragraph style chain (``w:basedOn``), then the character style chain, then direct
formatting — the order Word applies them in.

>>> from lxml import etree
>>> from vnadmin.docx.styles import styles_xml
>>> m = StyleMap(styles_xml())
>>> p = m.paragraph("VnIssuingBody")
>>> p.bold, p.caps, p.size, p.font, p.align, m.name("VnIssuingBody")
(True, True, 12.0, 'Times New Roman', 'center', 'VN Issuing Body')
>>> m.paragraph("VnArticle").first_line_cm, m.paragraph("VnArticle").bold
(1.27, True)
"""

from __future__ import annotations

import attrs

from vnadmin.docx.oxml import Element, qn

__all__ = ["Props", "StyleMap", "merge", "paragraph_props", "run_props"]

_OFF = frozenset(("0", "false", "off", "none"))

_B, _I, _CAPS, _SZ, _FONTS = qn("w:b"), qn("w:i"), qn("w:caps"), qn("w:sz"), qn("w:rFonts")
_JC, _IND, _NUMPR = qn("w:jc"), qn("w:ind"), qn("w:numPr")
_VAL = qn("w:val")
_ALIGN = {"left": "left", "start": "left", "center": "center", "right": "right", "end": "right",
          "both": "both", "distribute": "both", "justify": "both"}


@attrs.frozen
class Props:
    """Formatting, each ``None`` where nothing states it. ``num`` is a paragraph's list
    membership (numId, ilvl) when numbered."""

    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    size: float | None = None
    font: str | None = None
    align: str | None = None
    first_line_cm: float | None = None
    num: tuple[str, int] | None = None
    border: bool | None = None


EMPTY = Props()


def merge(base: Props, over: Props) -> Props:
    """``over``'s stated values on top of ``base``."""
    if over == EMPTY:
        return base
    if base == EMPTY:
        return over
    return Props(*(o if o is not None else b for b, o in zip(attrs.astuple(base, recurse=False),
                                                           attrs.astuple(over, recurse=False), strict=True)))


def _flag(elem: Element | None) -> bool | None:
    if elem is None:
        return None
    return (elem.get(_VAL) or "1").lower() not in _OFF


def run_props(rpr: Element | None) -> Props:
    """The character formatting stated in a ``w:rPr``."""
    if rpr is None or not len(rpr):
        return EMPTY
    size = None
    sz = rpr.find(_SZ)
    if sz is not None:
        try:
            size = int(sz.get(_VAL) or "") / 2
        except ValueError:
            size = None
    fonts = rpr.find(_FONTS)
    font = fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) if fonts is not None else None
    return Props(bold=_flag(rpr.find(_B)), italic=_flag(rpr.find(_I)), caps=_flag(rpr.find(_CAPS)),
                 size=size, font=font)


def paragraph_props(ppr: Element | None) -> Props:
    """The paragraph formatting stated in a ``w:pPr`` (its run properties excluded: they
    format the paragraph mark only)."""
    if ppr is None or not len(ppr):
        return EMPTY
    align = None
    jc = ppr.find(_JC)
    if jc is not None:
        align = _ALIGN.get(jc.get(_VAL) or "")
    first = None
    ind = ppr.find(_IND)
    if ind is not None:
        for key, sign in (("w:firstLine", 1), ("w:hanging", -1)):
            value = ind.get(qn(key))
            if value is not None:
                try:
                    first = round(sign * int(value) / 567, 2)
                except ValueError:
                    first = None
                break
    num = None
    numpr = ppr.find(_NUMPR)
    if numpr is not None:
        num_id = numpr.find(qn("w:numId"))
        ilvl = numpr.find(qn("w:ilvl"))
        try:
            level = int(ilvl.get(_VAL) or "0") if ilvl is not None else 0
        except ValueError:
            level = 0
        if num_id is not None:
            num = (num_id.get(_VAL) or "0", level)
    border = True if ppr.find(qn("w:pBdr")) is not None else None
    return Props(align=align, first_line_cm=first, num=num, border=border)


class StyleMap:
    """The styles of one package, resolved on demand and cached."""

    def __init__(self, styles: Element | None) -> None:
        self._raw: dict[str, tuple[str, str | None, Props, Props, str]] = {}
        self._para: dict[str | None, Props] = {}
        self._char: dict[str | None, Props] = {}
        self.default_paragraph: str | None = None
        self.defaults = EMPTY
        if styles is None:
            return
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is not None:
            self.defaults = merge(run_props(defaults.find(qn("w:rPrDefault/w:rPr"))),
                                  paragraph_props(defaults.find(qn("w:pPrDefault/w:pPr"))))
        for style in styles.iter(qn("w:style")):
            sid = style.get(qn("w:styleId"))
            if sid is None:
                continue
            kind = style.get(qn("w:type")) or "paragraph"
            based = style.find(qn("w:basedOn"))
            name = style.find(qn("w:name"))
            self._raw[sid] = (
                kind,
                based.get(_VAL) if based is not None else None,
                paragraph_props(style.find(qn("w:pPr"))),
                run_props(style.find(qn("w:rPr"))),
                (name.get(_VAL) if name is not None else None) or sid,
            )
            if kind == "paragraph" and (style.get(qn("w:default")) or "").lower() in ("1", "true", "on"):
                self.default_paragraph = sid

    def name(self, style_id: str | None) -> str | None:
        sid = style_id or self.default_paragraph
        if sid is None:
            return None
        raw = self._raw.get(sid)
        return raw[4] if raw is not None else sid

    def _chain(self, sid: str | None) -> Props:
        props = EMPTY
        seen: set[str] = set()
        chain: list[Props] = []
        while sid is not None and sid not in seen and sid in self._raw:
            seen.add(sid)
            _, based, ppr, rpr, _ = self._raw[sid]
            chain.append(merge(rpr, ppr))
            sid = based
        for item in reversed(chain):
            props = merge(props, item)
        return props

    def paragraph(self, style_id: str | None) -> Props:
        """Everything a paragraph in style ``style_id`` (``None``: the default) shows
        before direct formatting."""
        cached = self._para.get(style_id)
        if cached is None:
            sid = style_id if style_id in self._raw else self.default_paragraph
            cached = merge(self.defaults, self._chain(sid))
            self._para[style_id] = cached
        return cached

    def character(self, style_id: str | None) -> Props:
        """What a character style chain states (``EMPTY`` for none)."""
        cached = self._char.get(style_id)
        if cached is None:
            cached = EMPTY if style_id is None else self._chain(style_id)
            self._char[style_id] = cached
        return cached
