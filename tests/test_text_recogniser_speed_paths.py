"""The shared recogniser's fast paths give what the general definitions they stand for give:
first-character tests before a regex, the list table of ``key``, per-line facts computed
once, and model objects filled slot by slot."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from vnadmin.errors import ModelError
from vnadmin.model.origin import Origin
from vnadmin.model.sections import Paragraph, Section
from vnadmin.text.blocks import Block
from vnadmin.text.recogniser import body as B
from vnadmin.text.recogniser import paragraphs as PP
from vnadmin.text.recogniser import patterns as P

# Section markers, bullets, footnote markers, cased and uncased letters, digits of other
# scripts, spaces of several kinds and characters past the key's table.
_ALPHABET = (
    "PCMTĐIVXLađbcxyz0129٣３²¹⁰[]()-+•*.:;…”»' \t\u00a0\u2003\n"
    "ầươỹÂƯĐÊÔ"
    "\u2116\u2192\u4e2d\U0001f600"
)
_texts = st.text(alphabet=_ALPHABET, max_size=16)
_heads = st.sampled_from(
    ["Phần I", "Chương 2.", "Mục 3", "Tiểu mục 1", "Điều 5.", "IV.", "1.2.3 ", "12.", "a) ", "đ)", "- ", "+ ", "• ",
     "¹ ", "[2] ", "٣. ", "Căn cứ", "Theo đề nghị", "Kính gửi", "CĂN CỨ", "Nơi nhận"]
)
_lines = st.one_of(_texts, st.builds(lambda h, t: h + t, _heads, _texts))


def _sparse_key(text: str) -> str:
    return text.translate(P._KEY_TABLE)


@given(_lines)
def test_key_list_table_is_the_key_dict(text: str) -> None:
    assert P.key(text) == _sparse_key(text)


def test_key_examples() -> None:
    assert P.key("CỘNG HÒA Đ đ № → 中") == "cong hoa d d № → 中"


@given(_lines)
def test_starts_paragraph_is_the_regex(text: str) -> None:
    assert PP.starts_paragraph(text) == (PP._STARTS_PARAGRAPH.match(text) is not None)


@given(_lines)
def test_marker_of_first_character_test_keeps_every_marker(text: str) -> None:
    assert (B.marker_of(text) is None) == (P.MARKER.match(text) is None)


def _marker_by_regex(text: str) -> B.Marker | None:
    """marker_of's reading of an arabic or a letter marker, from the regex (the long way)."""
    m = P.MARKER.match(text)
    if m is None or m.lastgroup not in ("arabic", "letter"):
        return None
    rest = text[m.end() :].strip()
    if m.lastgroup == "arabic":
        return (m.group("arabic"), m.group(0).strip(), 6, rest)
    return (m.group("letter"), m.group(0).strip(), 12, rest)


_MARKER_STARTS = st.text(alphabet="0129٣３.)ađăzI \t\u00a0\u2003x", max_size=6)


@given(st.one_of(_lines, st.builds(lambda h, t: h + t, _MARKER_STARTS, _texts)))
def test_marker_of_arabic_and_letter_paths_are_the_regex(text: str) -> None:
    # marker_of reads "1. …" and "a) …" without the regex: what the regex reads, and every
    # other marker still from the regex
    want = _marker_by_regex(text)
    got = B.marker_of(text)
    if want is not None:
        assert got == want
    if got is not None and (got[2] == 12 or (got[2] == 6 and "." not in got[0])):
        assert got == want  # an arabic or a letter marker only where the regex reads one


@given(st.one_of(_lines, st.builds(lambda c, t: c + t, st.characters(max_codepoint=0x20FF), _texts)))
def test_build_body_first_character_test_keeps_every_marker(text: str) -> None:
    # build_body asks marker_of only of a text whose first characters allow a marker (the
    # second character is looked at only after a letter of "a) …")
    c = text[:1]
    if c in B._NO_MARKER_FIRST and (c not in B._ITEM_LETTERS or text[1:2] != ")"):
        assert B.marker_of(text) is None and P.MARKER.match(text) is None


@given(st.one_of(_lines, st.builds(lambda h, t: h + t, _MARKER_STARTS, _texts)))
def test_continues_arabic_marker_test_is_the_regex(text: str) -> None:
    # _continues takes "1. …" for a paragraph's start without the regex
    c = text[:1]
    if c in PP._DIGITS and text[1:2] == "." and (len(text) == 2 or text[2].isspace()):
        assert PP._STARTS_PARAGRAPH.match(text) is not None and P.may_start_paragraph(text)


@given(_lines)
def test_bullet_first_characters_keep_every_bullet(text: str) -> None:
    if P.BULLET.match(text):
        assert text[:1] in B._BULLET_FIRST


@given(_lines)
def test_footnote_first_characters_keep_every_footnote_text(text: str) -> None:
    if P.FOOTNOTE_TEXT.match(text):
        assert text[:1] in PP._FOOTNOTE_FIRST


@given(_texts)
def test_ends_sentence_on_the_last_character_is_the_long_way(text: str) -> None:
    t = text.rstrip()
    if t[-1:] == "]" or t[-1:] in P.SUPERSCRIPTS:
        t = P._TRAILING_REF.sub("", t)
    t = t.rstrip(" ”\"'’»)*")
    assert P.ends_sentence(text) == (bool(t) and t[-1] in ".;:!?…")


# -- the joining rule, as written before its per-line facts were kept --------------------
def _continues_reference(prev: PP.Unit, text: str, blank: bool, indent: int, column: int | None) -> bool:
    if PP._STARTS_PARAGRAPH.match(text):
        return False
    if text[:1] in "CTXKN" and P.STRUCTURAL_TEXT.match(text, 0, 20):
        return False
    # a clause ended by ";" or ":" runs on into a line in lower case that is not an item
    # ("b.", "b/"), unless a blank line stands between
    cut = text[:1].islower() and prev.last[-1:] in ";:" and text[1:2] not in (")", ".", "/")
    if P.ends_sentence(prev.last) and (blank or not cut):
        return False
    upper_now = P.is_upper_line(text)
    upper_prev = prev.upper
    lower = P.starts_lower(text)
    if upper_prev != upper_now and not lower:
        return False
    if blank:
        if (upper_prev and upper_now) or PP._is_marker_line(prev.first):
            return False
        if lower:
            return True
        if text.lstrip()[:1].isdigit():
            return True
        return prev.length >= 100 and not upper_now and not _heading_like_reference(prev)
    if indent <= 1 and 2 <= prev.indent <= 12 and prev.lines == 1 and prev.column is None and column is None:
        return True
    on_connector = prev.last.split(" ")[-1] in PP._CONNECTORS  # "… theo quy định của"
    heading = not lower and prev.lines == 1 and prev.length <= 80 and _heading_like_reference(prev)
    if heading and (upper_prev or not on_connector):
        return False
    return lower or not (indent >= 4 and indent > prev.indent + 2 and prev.indent < 4)


def _heading_like_reference(u: PP.Unit) -> bool:
    if P.ends_sentence(u.last):
        return False
    if u.length <= 90 and PP._is_marker_line(u.first):
        return True
    return u.upper and u.length <= 120


_O = Origin(line=1)
_words = st.lists(
    st.one_of(_lines, st.sampled_from(["KẾ HOẠCH", "tổ chức thực hiện", "Năm 2025", "1.", "I.", "x" * 95, "123"])),
    min_size=1,
    max_size=3,
)


@given(
    _words,
    _lines,
    st.booleans(),
    st.integers(0, 14),
    st.integers(0, 14),
    st.sampled_from([None, 0, 1]),
    st.sampled_from([None, 0, 1]),
    st.booleans(),
)
def test_continues_is_the_rule_as_written(
    parts: list[str],
    text: str,
    blank: bool,
    indent: int,
    prev_indent: int,
    column: int | None,
    prev_column: int | None,
    give_upper: bool,
) -> None:
    prev = PP.Unit(parts[0], _O, indent=prev_indent, column=prev_column)
    for part in parts[1:]:
        prev.append(part)
    upper = P.is_upper_line(text) if give_upper else None
    want = _continues_reference(prev, text, blank, indent, column)
    assert PP._continues(prev, text, blank, indent, column, upper) == want
    # Asked twice (ends() is kept on the unit): the same answer.
    assert PP._continues(prev, text, blank, indent, column, upper) == want


_PREVS = [
    ["1. Thực hiện theo quy định của"],
    ["1. Các cơ quan, tổ chức và"],
    ["1. Nội dung gồm:"],
    ["Đối tượng gồm: người nộp thuế;"],
    ["KẾ HOẠCH"],
    ["Tổ chức thực hiện"],
    ["Tổ chức thực hiện;"],
    ["1. Kết quả"],
    ["I. MỞ ĐẦU"],
    ["x" * 95],
    ["x" * 85, "y" * 20],
    ["THỰC HIỆN", "KẾ HOẠCH"],
    ["Căn cứ Luật”¹"],
    ["(*)"],
    ["Kế hoạch.¹"],
    ["Kế hoạch¹"],
    ["Kế hoạch. "],
    ["Kế hoạch\u00a0"],
    ["Kế hoạch 2025"],
    ["x" * 99],
    ["x" * 100],
    ["1. " + "x" * 77],
    ["1. " + "x" * 78],
    ["1. " + "x" * 87],
    ["1. " + "x" * 88],
    ["A" * 120],
    ["A" * 121],
]
_NEXTS = [
    "tổ chức", "Năm 2025", "KẾ HOẠCH", "123 người", "1. Mục", "- ý", "Căn cứ", "a) b", "(*) x", " đang", "¹ Chú", "“Tên”",
    "b. Kiểm tra", "c/ Nội dung", "cơ quan thuế;", "Luật Quản lý thuế", "căn cứ vào hợp đồng", "Căn cứ Luật",
    "nơi nhận của văn bản",
]


def test_continues_is_the_rule_as_written_on_every_combination() -> None:
    import itertools

    for parts, text, blank, indent, prev_indent, column, prev_column in itertools.product(
        _PREVS, _NEXTS, (False, True), range(8), (0, 1, 2, 3, 12, 13), (None, 0), (None, 0)
    ):
        prev = PP.Unit(parts[0], _O, indent=prev_indent, column=prev_column)
        for part in parts[1:]:
            prev.append(part)
        want = _continues_reference(prev, text, blank, indent, column)
        assert PP._continues(prev, text, blank, indent, column, P.is_upper_line(text)) == want
        assert PP._continues(prev, text, blank, indent, column) == want


@given(st.lists(_lines.filter(bool), min_size=1, max_size=4))
def test_unit_upper_kept_is_recomputed_upper(parts: list[str]) -> None:
    given_upper = PP.Unit(parts[0], _O, upper=P.is_upper_line(parts[0]))
    computed = PP.Unit(parts[0], _O)
    for part in parts[1:]:
        given_upper.append(part, upper=P.is_upper_line(part))
        computed.append(part)
    assert given_upper.upper == computed.upper == all(P.is_upper_line(p) for p in parts)
    assert given_upper.ends() == P.ends_sentence(parts[-1])


# -- model objects filled slot by slot ---------------------------------------------------
def _documents() -> list[object]:
    from pathlib import Path

    from vnadmin import text

    root = Path(__file__).resolve().parent.parent
    docs = [text.load(root / "examples" / "seed-report.txt")]
    corpus = root.parent / "shared" / "corpus"
    if corpus.is_dir():
        docs += [text.load(p) for p in sorted(corpus.glob("*.txt"))[:40]]
    return docs


def _rebuilt(item: Section | Paragraph) -> Section | Paragraph:
    if type(item) is Paragraph:
        return Paragraph(
            item.text, bullet=item.bullet, footnote_refs=item.footnote_refs, citations=item.citations, origin=item.origin
        )
    assert type(item) is Section
    return Section(
        item.label, item.heading, tuple(_rebuilt(c) for c in item.children), marker=item.marker, origin=item.origin
    )


def test_trusted_paragraphs_and_sections_are_the_validated_ones() -> None:
    seen = 0
    for doc in _documents():
        for top in (*doc.body, *doc.preamble.bases):  # type: ignore[attr-defined]
            items = top.walk() if type(top) is Section else [top]
            for item in items:
                attrs.validate(item)
                rebuilt = _rebuilt(item)
                assert rebuilt == item
                assert repr(rebuilt) == repr(item)
                assert attrs.asdict(rebuilt) == attrs.asdict(item)
                assert hash(rebuilt) == hash(item)
                seen += 1
    assert seen > 30  # the seed alone has 40


def test_trusted_builders_refuse_what_the_constructors_refuse() -> None:
    with pytest.raises(ModelError):
        B.paragraph("  ", None, (), (), None)
    with pytest.raises(ModelError):
        B.paragraph("", None, (), (), None)
    with pytest.raises(ModelError):
        B.section("I", " ", (), "I.", None)
    with pytest.raises(ModelError):
        B.section("không", None, (), "x", None)
    with pytest.raises(ModelError):
        B.section("I", None, (), " ", None)
    p = B.paragraph("Kế hoạch.", "-", (), (), _O)
    assert p == Paragraph("Kế hoạch.", bullet="-", origin=_O)
    s = B.section("I", "Khái quát", (p,), "I.", _O)
    assert s == Section("I", "Khái quát", (p,), marker="I.", origin=_O)
    attrs.validate(s)


@given(
    text=st.text(alphabet="Kế hoạch.1 ", min_size=1, max_size=12).filter(lambda t: not t.isspace()),
    bullet=st.sampled_from([None, "-", "+"]),
    label=st.sampled_from(["I", "1", "1.2", "a", "Điều 5", "Chương II"]),
    heading=st.none() | st.sampled_from(["Khái quát", "MỤC TIÊU"]),
    origin=st.none() | st.builds(Origin, st.sampled_from([None, "x.txt"]), st.integers(1, 9), st.integers(1, 9)),
)
def test_paragraphs_and_sections_filled_as_plain_objects_are_the_constructed_ones(
    text: str, bullet: str | None, label: str, heading: str | None, origin: Origin | None
) -> None:
    # paragraph() and section() fill a plain object of the class's slots and assign
    # __class__: the same object the validating constructor makes, frozen the same way.
    p = B.paragraph(text, bullet, (), (), origin)
    expected = Paragraph(text, bullet=bullet, origin=origin)
    attrs.validate(p)
    assert type(p) is Paragraph and p == expected and repr(p) == repr(expected)
    assert attrs.asdict(p) == attrs.asdict(expected) and hash(p) == hash(expected) and p.origin == origin
    s = B.section(label, heading, (p,), label + ".", origin)
    want = Section(label, heading, (expected,), marker=label + ".", origin=origin)
    attrs.validate(s)
    assert type(s) is Section and s == want and repr(s) == repr(want) and attrs.asdict(s) == attrs.asdict(want)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        p.text = "x"  # type: ignore[misc]


_prose = st.text(alphabet="aB ¹²[1]-+•.,", min_size=1, max_size=14).filter(
    lambda t: t.strip() != "" and B.marker_of(t) is None
)


@given(st.lists(_prose, min_size=1, max_size=6), st.sampled_from([set(), {"1"}, {"1", "2"}]))
def test_body_paragraphs_are_make_paragraph_with_or_without_footnotes(texts: list[str], markers: set[str]) -> None:
    # build_body writes out the common paragraph (no bullet, no reference, in a document
    # without footnotes); make_paragraph is the general definition.
    units = [PP.Unit(t, Origin(line=k + 1)) for k, t in enumerate(texts)]
    body = B.build_body(units, markers)
    expected = [B.make_paragraph(u, markers, None) for u in units]
    assert body == expected
    for got, want in zip(body, expected, strict=True):
        assert type(got) is Paragraph and repr(got) == repr(want) and got.footnote_refs == want.footnote_refs
        assert got.origin is want.origin
        attrs.validate(got)


def test_blocks_with_markers_read_the_same_as_plain_lines() -> None:
    """A document whose lines start with every kind of marker, bullet and footnote text
    (the fast paths' first-character tests) reads as the validated model says."""
    from vnadmin import text

    doc = text.loads(
        "BÁO CÁO\n\nTổng kết\n\nI. Mở đầu\n1. Kết quả\n1.1. Chi tiết\na) Nội dung một¹\n- gạch đầu dòng\n"
        "+ dấu cộng\n• chấm tròn\n\n¹ Chú thích.\n"
    )
    assert [s.marker for s in doc.body] == ["I."]
    assert doc.footnotes[0].text == "Chú thích."


# -- the footer's first-character tests --------------------------------------------------
@given(
    st.one_of(
        _lines,
        st.sampled_from(
            ["Nơi nhận:", "NOI NHAN:", "Ñơi nhận", "nơi nhận", "TM. ỦY BAN", "T/M BAN", "T / M BAN", "K/T X", "KT. GIÁM ĐỐC",
             "KT, X", "Q. CHÁNH", "Q, X", "Q X", "TUQ. BỘ", "T/UQ X", "TL. X", "TM X", "T\u00a0/M X", "*Nơi nhận:*"]
        ),
    )
)
def test_footer_first_characters_keep_every_label_and_authority(text: str) -> None:
    from vnadmin.text.recogniser import signature as S

    if P.NOI_NHAN.match(P.key(text[:24])):
        assert text[:1] in S._N_KEYED
    if S._AUTH.match(text):
        assert text[:1] in S._FOOTER_START
        second = text[1:2]
        assert second in S._AUTH_NEXT[text[:1]] or second.isspace()


def _find_footer_reference(blocks: list[object], lo: int, hi: int) -> int | None:
    from vnadmin.text.recogniser import signature as S
    from vnadmin.text.recogniser.cells import cells_of

    for i in range(lo, hi):
        b = blocks[i]
        if b.kind != "line":  # type: ignore[attr-defined]
            continue
        if not b.segments and b.text[:1] not in "NnTKQ*#‘'\"(|_ ":  # type: ignore[attr-defined]
            continue
        for c in cells_of(b):  # type: ignore[arg-type]
            m = S._is_noi_nhan(c.text)
            after = c.text[m.end() :].strip() if m else ""
            if (
                (m and (not after[:1].islower() or S._after_debris(after)))
                or S._authority(c.text) is not None
                or ((b.segments or b.column is not None) and S._flat_authority(c.text))  # type: ignore[attr-defined]
            ):
                return S._back_over_signature(blocks, lo, i)  # type: ignore[arg-type]
    lines = [i for i in range(lo, hi) if blocks[i].kind == "line"][-5:]  # type: ignore[attr-defined]
    for pos, i in enumerate(lines):
        if S._is_title(blocks[i].text) and any(S._is_name(blocks[j].text) for j in lines[pos + 1 :]):  # type: ignore[attr-defined]
            return i
    return None


def test_find_footer_is_the_scan_over_every_cell() -> None:
    from pathlib import Path

    from vnadmin.text.lines import text_blocks
    from vnadmin.text.recogniser import signature as S

    root = Path(__file__).resolve().parent.parent
    texts = [(root / "examples" / "seed-report.txt").read_text(encoding="utf-8")]
    corpus = root.parent / "shared" / "corpus"
    if corpus.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    texts += ["Báo cáo\n\nNội dung.\n\nGIÁM ĐỐC\n\nTrần Văn A\n", "x\n" * 3, "Nơi nhận: - A;\nTM. UBND\n"]
    for t in texts:
        blocks = text_blocks(t)[0]
        for lo in (0, len(blocks) // 3):
            assert S.find_footer(blocks, lo, len(blocks)) == _find_footer_reference(blocks, lo, len(blocks))  # type: ignore[arg-type]


# -- footnote needles, origins of cells, letter counts ------------------------------------
@given(_texts, st.sets(st.sampled_from(["1", "2", "12", "*", "a", ""]), max_size=3))
def test_mentions_is_any_needle_in_the_text(text: str, markers: set[str]) -> None:
    plain = any(B._sup_of(m) in text or f"[{m}]" in text for m in markers)
    assert B._mentions(text, B._needles(markers)) == plain


@given(st.integers(1, 500), st.integers(0, 80), st.sampled_from([None, "a.txt"]))
def test_cell_origin_is_the_evolved_origin(column: int, offset: int, source: str | None) -> None:
    from vnadmin.model.origin import Layout
    from vnadmin.text.blocks import Block
    from vnadmin.text.recogniser.cells import Cell

    o = Origin(source=source, line=3, column=column, paragraph=None, layout=Layout(bold=True))
    cell = Cell("x", None, Block("x" * 100, origin=o), offset)
    want = attrs.evolve(o, column=column + offset) if offset else o
    assert cell.origin == want
    assert repr(cell.origin) == repr(want)


@given(_texts)
def test_letter_counts_are_the_plain_ones(text: str) -> None:
    from vnadmin.text.recogniser import header as H

    letters = [c for c in text if c.isalpha()]
    mostly = len(letters) >= 3 and letters[0].isupper() and sum(c.isupper() for c in letters) >= 0.85 * len(letters)
    assert P.is_mostly_upper(text) == mostly
    # one short token of letters, figures and signs ("Ms69{Œ") is debris too
    token = len(letters) <= 4 and len(text) <= 10 and " " not in text and any(c.isdigit() for c in text)
    junk = len(letters) <= 2 or token or (not mostly and len(text) <= 12)
    assert H._is_junk(text) == junk
    assert H._is_junk(text, anchored=False) == (len(letters) <= 2 or token)
    assert H._is_body_name(text) == (mostly and len(letters) >= 3 and len(text) <= 90)


@given(_lines)
def test_may_be_marker_keeps_every_marker(text: str) -> None:
    if P.MARKER.match(text):
        assert P.may_be_marker(text)
        assert P.may_start_paragraph(text)
    if P.BULLET.match(text) or P.FOOTNOTE_TEXT.match(text):
        assert P.may_start_paragraph(text)


@pytest.mark.parametrize(
    "line",
    ["Số: /BC-SKHCHN", "Số : 624 /CT-TTHT", "Số: 30/2020/NĐ-CP", "Số 60-NQ/TW", "Số: 1050/QD-SCT", "Số:  /2025/TT-BTC"],
)
def test_header_number_is_the_evolved_parse(line: str) -> None:
    """The number read in a header is ``attrs.evolve(parse_number(token), written=…)``."""
    from vnadmin.citations import parse_number
    from vnadmin.text.recogniser.number import find_number

    found = find_number(line)
    assert found is not None
    got = found.number
    attrs.validate(got)
    want = attrs.evolve(parse_number(str(got)), written=got.written)
    assert got == want
    assert repr(got) == repr(want)
    assert attrs.asdict(got) == attrs.asdict(want)


@given(
    st.one_of(
        _texts,
        st.sampled_from(
            ["(Đã ký)", "[Chữ ký]", "(ký, đóng dấu)", "( da ky )", "Đã ký", "(Ký bởi", "[đóng dấu]", "[ (Đã ký)",
             "Da ky", "đã ký và đóng dấu", "CHỮ KÝ SỐ", "Đã ký số.", "Đã ký kết"]
        ),
    )
)
def test_remark_first_character_tests_keep_every_remark(text: str) -> None:
    # _is_remark tests the first character before either regex: it must accept what the
    # regexes alone accept (bracketed: _REMARK, up to 80 characters; bare: _BARE_REMARK,
    # the whole line, up to 30).
    from vnadmin.text.recogniser import signature as S

    k = P.key(text)
    bracketed = text[:1] in "[(" and bool(S._REMARK.match(k)) and len(text) <= 80
    bare = text[:1] not in "[(" and bool(S._BARE_REMARK.fullmatch(k)) and len(text) <= 30
    assert S._is_remark(text) == (bracketed or bare)


@given(
    st.one_of(
        st.text(alphabet="dđĐoôcclạlậpPTựdo -—–~hạnhphúcHẠNHPHÚC,.", max_size=40),
        st.sampled_from(["Độc lập - Tự do - Hạnh phúc", "DOC LAP TU DO HANH PHUC", "Tự do – Hạnh phúc", "Độc lập-Tự do-Hạnh phúc"]),
    )
)
def test_motto_letters_test_keeps_every_motto(text: str) -> None:
    k = P.key(text)
    m = P._MOTTO.search(k)
    want = None if m is None or m.end() - m.start() < 10 else (m.start(), m.end())
    assert P.find_motto(text) == want
    assert P.find_motto(text, k) == want


@pytest.mark.parametrize(
    "text",
    ["QUYẾT ĐỊNH:", "QUYẾT NGHỊ", "Chính phủ ban hành Nghị định quy định chi tiết.", "x" * 401 + " ban hành Luật",
     "QUYẾT ĐỊNH" + "." * 400, "Căn cứ Luật ban hành văn bản", "." * 395 + "QUYẾT ĐỊNH:", "y" * 500],
)
def test_formula_length_test_is_the_full_test(text: str) -> None:
    from vnadmin.text.recogniser import preamble as PR

    k = P.key(text).strip(" .*#")
    want = bool(PR._FORMULA_WORDS.fullmatch(k) and P.is_upper_line(text)) or (
        bool(PR._ENACTS.search(k)) and len(text) <= 400 and not PR._BASIS.match(k)
    )
    assert PR.is_formula(text) == want


def test_take_footnotes_without_footnote_texts_keeps_the_units() -> None:
    units = [PP.Unit("Kế hoạch.¹", _O), PP.Unit("Nội dung", _O)]
    rest, notes = B.take_footnotes(units)
    assert rest == units and rest is not units and notes == []


def test_number_in_running_text_is_passed_over_before_parsing() -> None:
    from vnadmin.text.recogniser.number import find_number

    assert find_number("Trả lời công văn số 2297/CT-KTT2 ngày 26/9/2017") is None
    found = find_number("SỐ 1050/QĐ-SCT Số: 624/CT-TTHT")
    assert found is not None and found.label == "Số:" and str(found.number) == "624/CT-TTHT"


_items = st.text(alphabet="- +•;:.,ab\u00a0\tSở", max_size=24)


@given(_items)
def test_recipient_splits_need_a_bullet_character(text: str) -> None:
    from vnadmin.text.recogniser import recipients as RC
    from vnadmin.text.recogniser import signature as S

    t = text.strip()
    bm = P.BULLET.match(t)
    if bm:
        t = t[bm.end() :]
    if RC._INLINE_SPLIT.search(t):
        assert "-" in t or "+" in t or "•" in t
    if S._TRAILING_CAPS.search(text):
        assert ";" in text[:-1] or "." in text[:-1]
    assert RC.split_items("- Sở A; - Sở B; + Lưu: VT.") == [("-", "Sở A;"), ("-", "Sở B;"), ("+", "Lưu: VT.")]


# -- assemble's lower-case run-on line -----------------------------------------------------
def _assemble_reference(blocks: list[Block]) -> list[PP.Unit]:
    """assemble with every line asked of _continues (no run-on fast path)."""
    units: list[PP.Unit] = []
    prev: PP.Unit | None = None
    broken = footnote_between = False
    indented: bool | None = None
    for b in blocks:
        if b.kind == "page-break":
            broken = True
            continue
        if b.kind == "footnote":
            units.append(PP.Unit(b.text, b.origin, True, footnote=b.footnote_marker or "", footnote_style="source"))
            footnote_between = True
            continue
        text = b.text
        if not text:
            continue
        fm = P.FOOTNOTE_TEXT.match(text)
        if fm:
            marker = P.superscript_digits(fm.group("sup")) if fm.group("sup") else fm.group("br")
            style = "sup" if fm.group("sup") else "bracket"
            refs = tuple((m, max(o - fm.end(), 0)) for m, o in b.footnote_refs)
            units.append(PP.Unit(text[fm.end() :], b.origin, True, footnote=marker, footnote_style=style, footnote_refs=refs))
            footnote_between = True
            continue
        blank = b.blank_before or broken or footnote_between
        joined = prev is not None and (
            PP._continues(prev, text, blank, b.indent, b.column) or PP.wraps_symbol(prev.last, text)
        )
        if not joined and prev is not None and b.indent <= 1 and not blank and PP._sentence_cut(prev, text, b.column, P.is_upper_line(text)):
            if indented is None:
                indented = PP._starts_indented(blocks)
            joined = indented
        if joined:
            assert prev is not None
            prev.append(text, 1, b.footnote_refs)
        else:
            prev = PP.Unit(text, b.origin, b.blank_before or broken, b.indent, 1, b.column, footnote_refs=b.footnote_refs)
            units.append(prev)
        broken = footnote_between = False
    return units


def _unit_values(units: list[PP.Unit]) -> list[tuple[object, ...]]:
    return [
        (u.text, u.origin, u.blank_before, u.indent, u.lines, u.column, u.footnote, u.footnote_style, u.footnote_refs,
         u.upper, u.length, u.ends(), u.first_is_marker())
        for u in units
    ]


_RUN_ON = st.sampled_from(
    ["tổ chức thực hiện", "của các cơ quan;", "cơ quan thuế:", "a) nội dung", "b. kiểm tra", "c/ việc", "đ) x", "ý kiến",
     "ⅰ khoản", "KẾ HOẠCH", "Căn cứ Luật", "08/2014/NĐ-", "CP ngày", "x" * 95, "ngày 1.", "theo quy định của", "!"]
)


@given(
    st.lists(
        st.tuples(
            st.one_of(_lines, _RUN_ON),
            st.booleans(),
            st.integers(0, 14),
            st.sampled_from([None, 0, 1]),
            st.sampled_from(["line", "line", "line", "page-break", "footnote"]),
            st.sampled_from([(), (), (("1", 2),)]),
        ),
        max_size=12,
    )
)
def test_assemble_run_on_path_is_continues(rows: list[tuple[str, bool, int, int | None, str, tuple[tuple[str, int], ...]]]) -> None:
    blocks = [
        Block(text, Origin(line=n + 1), blank, indent, column=column, kind=kind, footnote_refs=refs)
        for n, (text, blank, indent, column, kind, refs) in enumerate(rows)
    ]
    assert _unit_values(PP.assemble(blocks)) == _unit_values(_assemble_reference(blocks))


def test_assemble_run_on_path_on_the_seed_and_the_corpus(seed_text: str, corpus_dir: Path) -> None:
    from vnadmin.text.lines import text_blocks

    for text in [seed_text, *(p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt")))]:
        blocks = [b for b in text_blocks(text)[0] if b.text or b.kind == "page-break"]
        assert _unit_values(PP.assemble(blocks)) == _unit_values(_assemble_reference(blocks))


# -- build_body's sections filled in the loop -----------------------------------------------
@given(st.one_of(_lines, st.builds(lambda d, t: d + t, st.sampled_from(["٣. ", "１. ", "٣.٤ ", "1.٢. ", "7.8.9 "]), _texts)))
def test_section_values_from_a_marker_are_what_section_checks(text: str) -> None:
    # build_body checks a section's values from its marker's rank instead of calling
    # label_kind: the label is valid but for figures of another script in 1. and 1.1.,
    # and the marker as written is never blank.
    from vnadmin.model.sections import label_kind

    mk = B.marker_of(text)
    if mk is None:
        return
    label, marker, rank, rest = mk
    assert (label_kind(label) is not None) == (not 6 <= rank <= 10 or label.isascii())
    assert marker and not marker.isspace()
    assert rest == rest.strip()


def test_build_body_sections_refuse_what_section_refuses() -> None:
    # a label in figures of another script: section() refuses it, and build_body never
    # makes one (a marker's digits are ASCII: the line stays a paragraph)
    for label in ("٣", "٣.٤"):
        with pytest.raises(ModelError):
            B.section(label, None, (), label + ".", None)
        got = B.build_body([PP.Unit(f"{label}. Nội dung", _O), PP.Unit("Văn bản.", _O)], set())
        assert [type(x) for x in got] == [Paragraph, Paragraph]
    body = B.build_body([PP.Unit("1. Nội dung", _O), PP.Unit("a) Văn bản.", _O), PP.Unit("Đoạn.", _O)], set())
    inner = Section("a", None, (Paragraph("Văn bản.", origin=_O), Paragraph("Đoạn.", origin=_O)), marker="a)", origin=_O)
    want = Section("1", "Nội dung", (inner,), marker="1.", origin=_O)
    assert body == [want] and repr(body) == repr([want])
    for s in body[0].walk():  # type: ignore[union-attr]
        attrs.validate(s)
        assert type(s) in (Section, Paragraph)


# -- quotations: doubled single marks looked for only where their character stands ------------
_QUOTE_TEXT = st.text(alphabet="“”‘’\"': *.,;aĐ ", max_size=14)


@given(_QUOTE_TEXT)
def test_quote_mark_tests_are_the_plain_counts(text: str) -> None:
    opened = text.count("“") + text.count("‘‘")
    closed = text.count("”") + text.count("’’")
    assert B._marks(text) == ("“" in text or "”" in text or "‘‘" in text or "’’" in text or '"' in text)
    j = B._opening(text)
    if j >= 0:  # (_quoted asks _opens only of a text with an opening mark)
        while j and text[j - 1] in " *":
            j -= 1
        assert B._opens(text) == ((not j or text[j - 1] == ":") and opened > closed)
    end = text.rstrip(B._QUOTE_END)
    if end.endswith(("”", "’’")):
        assert B._closes(text) == (closed > opened)
    else:
        assert B._closes(text) == (end.endswith('"') and text.count('"') % 2 == 1 and "“" not in text)


@given(st.sampled_from([None, "a.txt"]), st.integers(1, 900), st.integers(1, 40), st.booleans())
def test_assemble_fills_units_and_origins_the_constructors_make(
    source: str | None, line: int, at: int, blank: bool
) -> None:
    # assemble fills each new unit and its origin slot by slot (a no-argument call of a
    # subclass adding no slots, an Origin filled through Origin's slots base)
    from vnadmin.text.blocks import new_block

    blocks = [new_block("Điều 1. Phạm vi.", source, line, at, None, None, blank), new_block("Khoản hai.", source, line + 1, 1, None, None, True)]
    units = PP.assemble(blocks)
    want = [PP.Unit("Điều 1. Phạm vi.", Origin(source, line, at), blank), PP.Unit("Khoản hai.", Origin(source, line + 1, 1), True)]
    assert _unit_values(units) == _unit_values(want)
    for u, b in zip(units, blocks, strict=True):
        assert isinstance(u, PP.Unit) and type(u.origin) is Origin
        assert repr(u.origin) == repr(b.origin) and hash(u.origin) == hash(b.origin)
        attrs.validate(u.origin)


def _quoted_long_way(units: list[PP.Unit]) -> set[int]:
    """build_body's quoted units, unit by unit (what _quoted picks out from the openings)."""
    out: set[int] = set()
    n = len(units)
    i = 0
    while i < n:
        text = units[i].text
        if B._opening(text) >= 0 and B._opens(text):
            for j in range(i + 1, min(n, i + 1 + B._QUOTE_REACH)):
                t = units[j].text
                if not B._marks(t):
                    continue
                if B._closes(t):
                    out.update(range(i + 1, j + 1))
                    i = j
                    break
                if t.lstrip(" *")[:1] == "“" or t.lstrip(" *")[:2] == "‘‘":
                    i = j - 1
                    break
        i += 1
    return out


@given(st.lists(st.one_of(_QUOTE_TEXT.filter(str.strip), st.sampled_from(["“Điều 4. Giá", "quy định: “Điều 1.", "1. Đối với”.", "x."])), max_size=50))
def test_quoted_from_the_openings_is_the_unit_by_unit_scan(texts: list[str]) -> None:
    units = [PP.Unit(t, _O) for t in texts]
    assert B._quoted(units) == _quoted_long_way(units)


@given(
    st.sampled_from(["1. ", "a) ", "Điều 2. ", "IV. ", "1.2. "]),
    st.one_of(_prose, st.sampled_from(["- khoản một;", "nội dung¹ kèm theo;", "phạm vi [1] áp dụng."])),
    st.sampled_from([set(), {"1"}]),
)
def test_section_first_paragraph_is_make_paragraph(head: str, text: str, markers: set[str]) -> None:
    # build_body makes a section's first paragraph (the text after its marker that ends an
    # item) in the loop when nothing is to be taken out of it: make_paragraph's paragraph
    rest = (head + text + ";").strip()
    mk = B.marker_of(rest)
    assume(mk is not None and mk[3] and P.ends_item(mk[3]))
    assert mk is not None
    citing = B.Citing()
    (s,) = B.build_body([PP.Unit(rest, _O)], markers, citing)
    want = B.make_paragraph(PP.Unit(mk[3], _O), markers, None)
    assert isinstance(s, Section) and s.children and repr(s.children[0]) == repr(want)
    assert type(s.children[0]) is Paragraph and citing.texts == [want.text]
    attrs.validate(s.children[0])


# -- round 5: "1. …" and "a) …" read in build_body's loop; a blank text told by its first character --
def _body_long_way(texts: list[str]) -> list[Section | Paragraph]:
    """build_body of ``texts`` from marker_of, make_paragraph and the constructors (no
    Phần/Chương/Mục marker alone on its line: its heading is looked for on the next one)."""
    body: list[Section | Paragraph] = []
    stack: list[tuple[int, str, str | None, str, list[Section | Paragraph]]] = []

    def close() -> None:
        _, label, heading, marker, children = stack.pop()
        (stack[-1][4] if stack else body).append(Section(label, heading, tuple(children), marker=marker, origin=_O))

    for text in texts:
        mk = B.marker_of(text)
        if mk is None:
            (stack[-1][4] if stack else body).append(B.make_paragraph(PP.Unit(text, _O), set(), None))
            continue
        label, marker, rank, rest = mk
        while stack and stack[-1][0] >= rank:
            close()
        if rest and P.ends_item(rest):
            stack.append((rank, label, None, marker, [B.make_paragraph(PP.Unit(rest, _O), set(), None)]))
        else:
            stack.append((rank, label, rest or None, marker, []))
    while stack:
        close()
    return body


def check_build_body_against_the_long_way(texts: list[str]) -> None:
    """build_body of ``texts`` (no Phần/Chương/Mục marker alone on its line) equals
    :func:`_body_long_way` of them, refuses what it refuses, and gives only valid model
    objects (shared with round 6's tests)."""
    for text in texts:
        mk = B.marker_of(text)
        assume(mk is None or mk[3] or mk[2] > 3)
    units = [PP.Unit(t, _O) for t in texts]
    try:
        want = _body_long_way(texts)
    except ModelError:
        with pytest.raises(ModelError):
            B.build_body(units, set())
        return
    got = B.build_body(units, set())
    assert got == want and repr(got) == repr(want)
    for top in got:
        for item in top.walk() if type(top) is Section else [top]:  # type: ignore[union-attr]
            assert type(item) in (Section, Paragraph)
            attrs.validate(item)


_TWO_CHARACTER_LINES = st.one_of(
    _lines,
    st.builds(
        lambda h, s, t: h + s + t,
        st.sampled_from(["1.", "7.", "0.", "a)", "đ)", "z)", "A)", "1)", "a.", "12.", "1.2", "I.", " 1.", "- ", " ", "\u00a0"]),
        st.sampled_from(["", " ", "\t", "\u00a0", "\u2003", "x", ".", ")"]),
        _texts,
    ),
)


@given(st.lists(_TWO_CHARACTER_LINES, min_size=1, max_size=6))
@example(["1. Mục tiêu", "a) Một;", "b) Hai.", "2. Nội dung", "Văn bản."])
@example(["a) Một", "1. Hai;", "đ) Ba"])
@example(["Mở đầu.", " ", "x"])
@example(["\u00a0"])
@example(["1.", "a)\tb;", " 2. x"])
@example(["1.  Hai ", "a)\u00a0 b; ", "2.\u2003x\t"])
@example(["a. Một", "a.", "1) x", "A) y", "1.2 z"])
def test_build_body_two_character_markers_and_blank_test_are_the_long_way(texts: list[str]) -> None:
    # build_body reads "1. …" and "a) …" itself, as marker_of reads them, and sends a text
    # that starts with a space (or is empty) the long way (make_paragraph), which refuses
    # a blank one as the constructor does
    check_build_body_against_the_long_way(texts)
