"""A page's title repeated before every chunk of a text cut for retrieval.

Crawlers that feed a search index often cut a document into chunks and prefix each with
the page's title, a sentence naming the document ("Quyết định 435/QĐ-UBND năm 2020. ",
"Công văn 296/BHXH-CSYT năm 2021 hướng dẫn … ban hành. "), so that the header's first
line reads "<title>. ỦY BAN NHÂN DÂN TỈNH KON TUM -------" and an article's heading reads
"<title>. Điều 1.". The title is no part of the document: on the first line it is split
off onto a line of its own (kept, as a line above the header), and where it stands again
before a later line it is dropped from that line, with a note.
"""

from __future__ import annotations

import re

import attrs

from vnadmin.model.origin import Note
from vnadmin.text.blocks import Block

__all__ = ["split_chunk_titles"]

# A title names the document by its type and number: "Quyết định 435/QĐ-UBND", "Công văn
# 296/BHXH-CSYT", "Thông tư 39/2018/TT-BYT".
_TITLE_HEAD = re.compile(
    r"(?:Công văn|Quyết định|Nghị định|Nghị quyết|Thông tư(?: liên tịch)?|Chỉ thị|Thông báo|Kế hoạch"
    r"|Báo cáo|Tờ trình|Hướng dẫn|Luật|Pháp lệnh|Văn bản hợp nhất|Công điện|Quy định|Quy chế"
    r"|Chương trình|Đề án|Giấy mời|Biên bản|Kết luận) (?:số )?\d[\w.]{0,12}(?:/[\w.-]{1,20}){1,3}[ .]"
)
# The title's end: ". " before the first word of the document's own text (a body's name in
# capitals on the first line; any capital later).
_TITLE_END = re.compile(r"\. (?=[^\W\d_])")
_MAX_TITLE = 400


def _title(text: str) -> int:
    """The length of the title that opens ``text`` (0: none), the full stop included, when
    what follows it on the line starts with a name in capitals (the issuing body)."""
    if _TITLE_HEAD.match(text) is None:
        return 0
    m = _TITLE_END.search(text, 0, _MAX_TITLE)
    if m is None:
        return 0
    rest = text[m.end() :].split(maxsplit=1)
    first = rest[0] if rest else ""
    letters = [c for c in first if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return 0
    return m.start() + 1


def _why(text: str) -> str:
    return f"bỏ qua tiêu đề trang lặp lại trước đoạn trích (ignored a page's title repeated before a chunk): {text!r}"


def split_chunk_titles(blocks: list[Block], notes: list[Note]) -> list[Block]:
    """``blocks`` with a chunk title split off the first line and dropped from later ones
    (a note for each); the same list when the first line opens with no such title."""
    if not blocks or ". " not in blocks[0].text:
        return blocks
    first = blocks[0]
    n = _title(first.text)
    if n == 0 or first.segments or first.table is not None:
        return blocks
    title = first.text[:n]
    o = first.origin
    rest_at = len(first.text) - len(first.text[n:].lstrip())
    out = [
        first.evolve(text=title),
        first.evolve(
            text=first.text[rest_at:],
            origin=attrs.evolve(o, column=o.column + rest_at) if o.column is not None else o,
            blank_before=False,
        ),
    ]
    for b in blocks[1:]:
        t = b.text
        if not t.startswith(title) or (len(t) > n and t[n] != " ") or b.segments:
            out.append(b)
            continue
        o = b.origin
        notes.append(Note("ignored", _why(title), o))
        rest = t[n:].lstrip()
        if rest:
            at = len(t) - len(rest)
            out.append(
                b.evolve(text=rest, origin=attrs.evolve(o, column=o.column + at) if o.column is not None else o)
            )
    return out
