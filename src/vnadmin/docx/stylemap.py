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

from typing import NamedTuple

from vnadmin.docx.oxml import Element, qn

__all__ = ["Props", "StyleMap", "merge", "paragraph_props", "run_props", "run_props_and_style"]

_OFF = frozenset(("0", "false", "off", "none"))

_B, _I, _CAPS, _SZ, _FONTS = qn("w:b"), qn("w:i"), qn("w:caps"), qn("w:sz"), qn("w:rFonts")
_JC, _IND, _NUMPR = qn("w:jc"), qn("w:ind"), qn("w:numPr")
_VAL = qn("w:val")
_ASCII, _HANSI = qn("w:ascii"), qn("w:hAnsi")
_VANISH, _COLOR, _U, _RSTYLE = qn("w:vanish"), qn("w:color"), qn("w:u"), qn("w:rStyle")
_ASCII_THEME, _HANSI_THEME = qn("w:asciiTheme"), qn("w:hAnsiTheme")

#: How an unresolved theme font ("minorHAnsi") is marked in :attr:`Props.font`.
THEME_PREFIX = "@"
_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_FIRSTLINE, _HANGING = qn("w:firstLine"), qn("w:hanging")
_NUMID, _ILVL, _PBDR = qn("w:numId"), qn("w:ilvl"), qn("w:pBdr")
_STYLE, _STYLE_ID, _TYPE, _DEFAULT = qn("w:style"), qn("w:styleId"), qn("w:type"), qn("w:default")
_BASED_ON, _NAME, _PPR, _RPR = qn("w:basedOn"), qn("w:name"), qn("w:pPr"), qn("w:rPr")
_ALIGN = {"left": "left", "start": "left", "center": "center", "right": "right", "end": "right",
          "both": "both", "distribute": "both", "justify": "both"}


class Props(NamedTuple):
    """Formatting, each ``None`` where nothing states it. ``num`` is a paragraph's list
    membership (numId, ilvl) when numbered; ``hidden`` marks text Word does not show
    (``w:vanish``, or white text). (A named tuple: built, compared and hashed in C, as
    the reader makes and looks them up for every style, paragraph kind and run.)"""

    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    size: float | None = None
    font: str | None = None
    align: str | None = None
    first_line_cm: float | None = None
    num: tuple[str, int] | None = None
    border: bool | None = None
    hidden: bool | None = None
    underline: bool | None = None


EMPTY = Props()
_tuple_new = tuple.__new__


def merge(base: Props, over: Props) -> Props:
    """``over``'s stated values on top of ``base``."""
    if over is EMPTY or over == EMPTY:
        return base
    if base is EMPTY:
        return over
    return _tuple_new(Props, [b if o is None else o for b, o in zip(base, over, strict=True)])


def _flag(elem: Element | None) -> bool | None:
    if elem is None:
        return None
    return (elem.get(_VAL) or "1").lower() not in _OFF


def _first_child(parent: Element, tag: str) -> Element | None:
    for child in parent:
        if child.tag == tag:
            return child
    return None


def run_props(rpr: Element | None) -> Props:
    """The character formatting stated in a ``w:rPr`` (one pass over its children:
    ``find`` costs more than the whole pass on these small elements)."""
    return run_props_and_style(rpr)[0]


# What run_props reads, by element name: one dict lookup per child instead of a chain of
# comparisons of long names.
_RUN_CODES = {_B: 0, _I: 1, _CAPS: 2, _SZ: 3, _FONTS: 4, _U: 5, _VANISH: 6, _COLOR: 7, _RSTYLE: 8}


def run_props_and_style(rpr: Element | None) -> tuple[Props, str | None]:
    """:func:`run_props`, and the character style (``w:rStyle``) the ``w:rPr`` names
    (its first one; ``None`` for none)."""
    if rpr is None or not len(rpr):
        return EMPTY, None
    bold = italic = caps = hidden = underline = None
    size = None
    font = None
    style = None
    seen_style = False
    code_of = _RUN_CODES.get
    for child in rpr:
        code = code_of(child.tag)
        if code is None:
            continue
        if code == 0:
            bold = (child.get(_VAL) or "1").lower() not in _OFF
        elif code == 1:
            italic = (child.get(_VAL) or "1").lower() not in _OFF
        elif code == 2:
            caps = (child.get(_VAL) or "1").lower() not in _OFF
        elif code == 3:
            try:
                size = int(child.get(_VAL) or "") / 2
            except ValueError:
                size = None
        elif code == 4:
            font = child.get(_ASCII) or child.get(_HANSI)
            if font is None:
                theme = child.get(_ASCII_THEME) or child.get(_HANSI_THEME)
                if theme is not None:
                    font = THEME_PREFIX + theme  # resolved against the theme by StyleMap
        elif code == 5:
            underline = (child.get(_VAL) or "single") != "none"
        elif code == 6:
            hidden = (child.get(_VAL) or "1").lower() not in _OFF
        elif code == 7:
            # White text on the page is not seen by a reader (a trick some templates use).
            hidden = (child.get(_VAL) or "").upper() == "FFFFFF"
        elif not seen_style:
            seen_style = True
            style = child.get(_VAL)
    if bold is None and italic is None and caps is None and size is None and font is None and hidden is None \
            and underline is None:
        return EMPTY, style
    return _tuple_new(Props, (bold, italic, caps, size, font, None, None, None, None, hidden, underline)), style


# What paragraph_props reads, by element name (see _RUN_CODES).
_PARAGRAPH_CODES = {_JC: 0, _IND: 1, _NUMPR: 2, _PBDR: 3}


def paragraph_props(ppr: Element | None) -> Props:
    """The paragraph formatting stated in a ``w:pPr`` (its run properties excluded: they
    format the paragraph mark only)."""
    if ppr is None or not len(ppr):
        return EMPTY
    align = None
    first = None
    num = None
    border = None
    code_of = _PARAGRAPH_CODES.get
    for child in ppr:
        code = code_of(child.tag)
        if code is None:
            continue
        if code == 0:
            align = _ALIGN.get(child.get(_VAL) or "")
        elif code == 1:
            for key, sign in ((_FIRSTLINE, 1), (_HANGING, -1)):
                value = child.get(key)
                if value is not None:
                    try:
                        first = round(sign * int(value) / 567, 2)
                    except ValueError:
                        first = None
                    break
        elif code == 2:
            num_id = _first_child(child, _NUMID)
            ilvl = _first_child(child, _ILVL)
            try:
                level = int(ilvl.get(_VAL) or "0") if ilvl is not None else 0
            except ValueError:
                level = 0
            if num_id is not None:
                num = (num_id.get(_VAL) or "0", level)
        else:
            border = True
    if align is None and first is None and num is None and border is None:
        return EMPTY
    return _tuple_new(Props, (None, None, None, None, None, align, first, num, border, None, None))


def _theme_fonts(theme: Element | None) -> dict[bool, str]:
    """The Latin typefaces of a theme: {True: major font, False: minor font}."""
    out: dict[bool, str] = {}
    if theme is None:
        return out
    for major, tag in ((True, "majorFont"), (False, "minorFont")):
        latin = theme.find(f".//{{{_DRAWING_NS}}}{tag}/{{{_DRAWING_NS}}}latin")
        if latin is not None and latin.get("typeface"):
            out[major] = latin.get("typeface") or ""
    return out


class StyleMap:
    """The styles of one package, resolved on demand and cached."""

    def __init__(self, styles: Element | None, theme: Element | None = None) -> None:
        self._theme = _theme_fonts(theme)
        # Styles are indexed in one pass over their attributes; each one's properties are
        # read the first time a paragraph or run uses it (most templates define far more
        # styles than a document uses).
        self._elements: dict[str, Element] = {}
        self._raw: dict[str, tuple[str | None, Props, str]] = {}
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
        elements = self._elements
        for style in styles.iter(_STYLE):
            sid = style.get(_STYLE_ID)
            if sid is None:
                continue
            elements[sid] = style
            if (style.get(_DEFAULT) or "").lower() in ("1", "true", "on") and \
                    (style.get(_TYPE) or "paragraph") == "paragraph":
                self.default_paragraph = sid

    def _style(self, sid: str) -> tuple[str | None, Props, str]:
        """(basedOn, the props it states (run props, then paragraph props, on top), name)
        of the style ``sid`` (known)."""
        raw = self._raw.get(sid)
        if raw is None:
            based = name = None
            ppr = rpr = EMPTY
            for child in self._elements[sid]:
                tag = child.tag
                if tag == _BASED_ON:
                    based = child.get(_VAL)
                elif tag == _NAME:
                    name = child.get(_VAL)
                elif tag == _PPR:
                    ppr = paragraph_props(child)
                elif tag == _RPR:
                    rpr = run_props(child)
            raw = self._raw[sid] = (based, merge(rpr, ppr), name or sid)
        return raw

    def font(self, font: str | None) -> str | None:
        """``font`` with a theme reference ("@minorHAnsi") replaced by the theme's typeface
        (``None`` when the package has no theme)."""
        if font is None or not font.startswith(THEME_PREFIX):
            return font
        return self._theme.get(font[len(THEME_PREFIX):].startswith("major"))

    def name(self, style_id: str | None) -> str | None:
        sid = style_id or self.default_paragraph
        if sid is None:
            return None
        return self._style(sid)[2] if sid in self._elements else sid

    def _chain(self, sid: str | None) -> Props:
        props = EMPTY
        seen: set[str] = set()
        chain: list[Props] = []
        while sid is not None and sid not in seen and sid in self._elements:
            seen.add(sid)
            based, own, _ = self._style(sid)
            chain.append(own)
            sid = based
        for item in reversed(chain):
            props = merge(props, item)
        return props

    def paragraph(self, style_id: str | None) -> Props:
        """Everything a paragraph in style ``style_id`` (``None``: the default) shows
        before direct formatting."""
        cached = self._para.get(style_id)
        if cached is None:
            sid = style_id if style_id in self._elements else self.default_paragraph
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
