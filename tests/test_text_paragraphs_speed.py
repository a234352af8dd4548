"""Lines → paragraphs: the shortcuts of this speed round give what the long way gives
(the layout judgement, the merge of neighbouring units, the joining rule's first tests)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from test_text_recogniser_speed_paths import _assemble_reference, _unit_values
from vnadmin.model.origin import Origin
from vnadmin.text.blocks import Block
from vnadmin.text.recogniser import paragraphs as PP
from vnadmin.text.recogniser import patterns as P

_O = Origin(line=1)


# -- _starts_indented: texts with no line indented by two or more ---------------------------
def _starts_indented_reference(blocks: list[Block]) -> bool:
    """_starts_indented as written before: every pair of lines read, no first pass."""
    starts = indented = runs = flush = 0
    before: Block | None = None
    for b in blocks:
        if b.kind != "line" or not b.text:
            before = None
            continue
        if before is not None and not b.blank_before and b.column is None and before.column is None:
            last = before.text[-1]
            if last == ".":
                starts += 1
                indented += b.indent >= 2
            elif last.isalpha():
                runs += 1
                flush += b.indent <= 1
            if starts >= 40 and runs >= 40:
                break
        before = b
    return starts >= 5 and runs >= 5 and indented >= 0.7 * starts and flush >= 0.7 * runs


_LAYOUT_LINES = st.lists(
    st.tuples(
        st.sampled_from(["Một câu.", "một dòng", "Dòng tiếp", "x", "1.", "- ý;", "KẾT LUẬN", "ngày 1."]),
        st.sampled_from([0, 0, 0, 1, 2, 3, 6]),
        st.booleans(),
        st.sampled_from([None, None, None, 0]),
        st.sampled_from(["line"] * 8 + ["page-break"]),
    ),
    max_size=60,
)


@given(_LAYOUT_LINES)
def test_starts_indented_is_the_long_way(rows: list[tuple[str, int, bool, int | None, str]]) -> None:
    blocks = [
        Block(text, Origin(line=n + 1), blank, indent, column=column, kind=kind)
        for n, (text, indent, blank, column, kind) in enumerate(rows)
    ]
    assert PP._starts_indented(blocks) == _starts_indented_reference(blocks)


def test_starts_indented_on_a_layout_text_and_the_corpus(corpus_dir: Path) -> None:
    from vnadmin.text.lines import text_blocks

    layout = "\n".join(["   Đoạn một bắt đầu thụt vào", "và chạy tiếp ở lề trái."] * 8)
    blocks = text_blocks(layout)[0]
    assert PP._starts_indented(blocks) is True
    assert _starts_indented_reference(blocks) is True
    seen = set()
    for path in sorted(corpus_dir.glob("*.txt")):
        blocks = [b for b in text_blocks(path.read_text(encoding="utf-8"))[0] if b.text or b.kind == "page-break"]
        got = PP._starts_indented(blocks)
        assert got == _starts_indented_reference(blocks), path.name
        seen.add(got)
    assert seen == {True, False}  # the corpus holds texts of both layouts


# -- _continues: a line starting with a capital meets its last tests first ------------------
def _continues_before(
    prev: PP.Unit, text: str, blank: bool, indent: int, column: int | None, upper_now: bool | None = None
) -> bool:
    """_continues as it read before this round (its tests in their first order)."""
    e = prev.ends()
    c = text[:1]
    if e and (blank or not (c.islower() and prev.last[-1:] in ";:" and text[1:2] not in ")./")):
        return False
    if PP.starts_paragraph(text) and not (c in PP._WORD_FIRST and PP._CITED_PART.match(text)):
        return False
    if c in PP._STRUCTURAL_FIRST and text[:3] in PP._STRUCTURAL_STARTS and P.STRUCTURAL_TEXT.match(text, 0, 20):
        return False
    if upper_now is None:
        upper_now = P.is_upper_line(text)
    upper_prev = prev.upper
    lower = c.islower() if c.isalpha() else P.starts_lower(text)
    if upper_prev != upper_now and not lower:
        return False
    if blank:
        if (upper_prev and upper_now) or prev.first_is_marker():
            return False
        if lower:
            return True
        if text.lstrip()[:1].isdigit():
            return True
        return prev.length >= 100 and not upper_now and not (upper_prev and prev.length <= 120)
    if indent <= 1 and 2 <= prev.indent <= 12 and prev.lines == 1 and prev.column is None and column is None:
        return True
    if (
        not lower
        and prev.lines == 1
        and prev.length <= 80
        and (upper_prev or prev.first_is_marker())
        and not (not upper_prev and PP.ends_on_connector(prev.last))
    ):
        return False
    return lower or not (indent >= 4 and indent > prev.indent + 2 and prev.indent < 4)


_PREV_LINES = st.one_of(
    st.sampled_from(
        ["1. Kết quả", "I. MỞ ĐẦU", "KẾ HOẠCH", "Điều 5. Hiệu lực", "1. Theo quy định của", "Theo quy định của", "a) Nội dung"]
    ),
    st.builds(
        lambda head, n, tail: head + "x" * n + tail,
        st.sampled_from(["", "1. ", "Căn cứ ", "CHƯƠNG ", "A"]),
        st.sampled_from([60, 75, 76, 77, 78, 86, 87, 88, 96, 97, 98, 99, 100, 101, 116, 117, 118, 119, 120, 121]),
        st.sampled_from(["", ".", ";", " của", " và các", "A"]),
    ),
)
_CAPITAL_LINES = st.builds(
    lambda head, tail: head + tail,
    st.sampled_from(
        ["Năm ", "KẾ HOẠCH", "Điều 5. ", "Điều 5 Nghị định", "Chương VI Nghị định số", "Chương II", "Mục 1",
         "Căn cứ ", "CĂN CỨ", "Theo đề nghị", "Kính gửi", "Nơi nhận", "Luật ", "IV. ", "V", "X. ", "Đ", "Ⅳ",
         "Ω ", "א ", "Ǆ"]
    ),
    st.sampled_from(["", "thực hiện", "HỌP", "2025.", ":", " x"]),
)


@given(
    st.lists(_PREV_LINES, min_size=1, max_size=3),
    _CAPITAL_LINES,
    st.booleans(),
    st.integers(0, 8),
    st.sampled_from([0, 1, 2, 3, 12, 13]),
    st.sampled_from([None, 0]),
    st.sampled_from([None, 0]),
    st.booleans(),
)
def test_continues_a_capital_line_is_the_old_order(
    parts: list[str],
    text: str,
    blank: bool,
    indent: int,
    prev_indent: int,
    column: int | None,
    prev_column: int | None,
    give_upper: bool,
) -> None:
    def unit() -> PP.Unit:
        u = PP.Unit(parts[0], _O, indent=prev_indent, column=prev_column)
        for part in parts[1:]:
            u.append(part)
        return u

    upper = P.is_upper_line(text) if give_upper else None
    want = _continues_before(unit(), text, blank, indent, column, upper)
    assert PP._continues(unit(), text, blank, indent, column, upper) == want


_CAPITAL_PREVS = [
    ["1. Kết quả"], ["I. MỞ ĐẦU"], ["KẾ HOẠCH"], ["Thực hiện theo quy định của"], ["1. Thực hiện theo quy định của"],
    ["Thực hiện theo quy định"],
    ["Kết quả;"], ["x" * 80], ["x" * 81], ["1. " + "x" * 77], ["1. " + "x" * 78], ["1. " + "x" * 97],
    ["x" * 99], ["x" * 100], ["A" * 100], ["A" * 120], ["A" * 121], ["x" * 60, "y" * 39], ["THỰC HIỆN", "KẾ HOẠCH"],
]
_CAPITAL_NEXTS = [
    "Năm 2025", "KẾ HOẠCH", "Điều 5. Hiệu lực", "Chương VI Nghị định số 1", "Chương II", "Căn cứ Luật", "CĂN CỨ",
    "Luật Quản lý thuế", "IV. KẾT LUẬN", "X", "Đ", "Ω x", "א x", "Nơi nhận:",
]


def test_continues_a_capital_line_on_every_combination() -> None:
    import itertools

    for parts, text, blank, indent, prev_indent, (column, prev_column) in itertools.product(
        _CAPITAL_PREVS, _CAPITAL_NEXTS, (False, True), (0, 1, 2, 4, 5), (0, 1, 2, 3, 12, 13),
        ((None, None), (0, None), (None, 0)),
    ):
        for upper in (P.is_upper_line(text), None):
            got, want = (PP.Unit(parts[0], _O, indent=prev_indent, column=prev_column) for _ in range(2))
            for part in parts[1:]:
                got.append(part)
                want.append(part)
            expected = _continues_before(want, text, blank, indent, column, upper)
            assert PP._continues(got, text, blank, indent, column, upper) == expected, (parts, text, blank, indent)


# -- merge_units: only the units that end no sentence are walked ----------------------------
def _merge_units_before(units: list[PP.Unit]) -> list[PP.Unit]:
    """merge_units as it read before: a loop over every unit."""
    out: list[PP.Unit] = []
    prev: PP.Unit | None = None
    for u in units:
        if (
            prev is not None
            and not prev.ends()
            and prev.footnote is None
            and u.footnote is None
            and (
                _continues_before(prev, u.text, True, 0, None, u.upper)
                or (prev.last[-1:] in ("-", "/") and PP.wraps_symbol(prev.last, u.first))
            )
        ):
            prev.append(u.text, u.lines, u.footnote_refs, u.upper)
            continue
        out.append(u)
        prev = u
    return out


_UNIT_LINES = st.sampled_from(
    ["tổ chức thực hiện", "Năm 2025", "KẾ HOẠCH", "1. Mục", "- ý kiến", "Căn cứ Luật", "a) nội dung", "cơ quan thuế;",
     "08/2014/NĐ-", "CP ngày 1", "30/", "2020/NĐ-CP", "x" * 95, "Kết quả.", "123 người", "(*) x", "Luật Quản lý thuế",
     "theo quy định của", "A" * 100, "X", "x" * 99, "x" * 100]
)


@given(
    st.lists(
        st.tuples(
            st.lists(_UNIT_LINES, min_size=1, max_size=3),
            st.sampled_from([None, None, None, "1"]),
            st.booleans(),
        ),
        max_size=10,
    )
)
def test_merge_units_is_the_loop_over_every_unit(rows: list[tuple[list[str], str | None, bool]]) -> None:
    def units(marker_asked: bool = False) -> list[PP.Unit]:
        made = []
        for n, (parts, footnote, asked) in enumerate(rows):
            u = PP.Unit(parts[0], Origin(line=n + 1), footnote=footnote)
            for part in parts[1:]:
                u.append(part)
            if asked:
                u.ends()  # kept on the unit, as assemble leaves it
                if marker_asked:
                    u.first_is_marker()  # kept too: merge_units passes a known marker line by
            made.append(u)
        return made

    given_units = units()
    got = PP.merge_units(given_units)
    assert got is not given_units
    assert _unit_values(got) == _unit_values(_merge_units_before(units()))
    assert _unit_values(PP.merge_units(units(True))) == _unit_values(_merge_units_before(units()))


def test_merge_units_on_the_seed_and_the_corpus(seed_text: str, corpus_dir: Path) -> None:
    from vnadmin.text.lines import text_blocks

    merged = 0
    for text in [seed_text, *(p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt")))]:
        blocks = [b for b in text_blocks(text)[0] if b.text or b.kind == "page-break"]
        # the units of a text cut in three runs, as the recogniser cuts header, body and footer
        third = len(blocks) // 3
        runs = [blocks[:third], blocks[third : 2 * third], blocks[2 * third :]]
        units = [u for run in runs for u in PP.assemble(run)]
        got = PP.merge_units(units)
        want = _merge_units_before([u for run in runs for u in PP.assemble(run)])
        assert _unit_values(got) == _unit_values(want)
        merged += len(got) < len(units)
    assert merged  # some units were joined


def test_merge_units_joins_a_chain_and_keeps_the_rest() -> None:
    def unit(text: str, line: int) -> PP.Unit:
        return PP.Unit(text, Origin(line=line))

    rows = ["x" * 100, "tổ chức thực hiện", "Năm 2025 cũng vậy", "Kết quả.", "x" * 99, "Năm 2025", "Kết thúc.", "x" * 100, "Năm"]
    got = PP.merge_units([unit(t, n) for n, t in enumerate(rows)])
    want = _merge_units_before([unit(t, n) for n, t in enumerate(rows)])
    assert _unit_values(got) == _unit_values(want)
    # a long line takes what follows; a short one, a line starting with a capital
    assert [u.text for u in got] == [" ".join(rows[:4]), *rows[4:7], " ".join(rows[7:])]


# -- assemble: a run of run-on lines settled by joining the unit's text ----------------------
def _kept_text_is_the_join(units: list[PP.Unit]) -> None:
    for u in units:
        joined = " ".join(u._parts)
        assert u._text is None or u._text == joined
        assert u.length == len(joined) == len(u.text)


@given(st.lists(st.tuples(_UNIT_LINES, st.booleans(), st.sampled_from(["line"] * 6 + ["page-break"])), max_size=14))
def test_assemble_keeps_the_joined_text(rows: list[tuple[str, bool, str]]) -> None:
    blocks = [Block(text, Origin(line=n + 1), blank, kind=kind) for n, (text, blank, kind) in enumerate(rows)]
    _kept_text_is_the_join(PP.assemble(blocks))


def test_assemble_keeps_the_joined_text_on_the_corpus(corpus_dir: Path) -> None:
    from vnadmin.text.lines import text_blocks

    settled = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        units = PP.assemble([b for b in text_blocks(path.read_text(encoding="utf-8"))[0] if b.text])
        _kept_text_is_the_join(units)
        settled += sum(u._text is not None and len(u._parts) > 1 for u in units)
    assert settled > 1000  # most paragraphs of several lines are settled with their text


# -- round 5: a marker line's "1. …" without the regex, a digit line without a dot -----------
_DIGIT_LINES = st.builds(
    lambda head, tail: head + tail,
    st.sampled_from(
        ["1", "1.", "12.", "123.", "1234.", "1.2", "1.2.3", "12.3.", "2020", "30/", "5)", "1 .", "1)", "٣.", "３.", "²"]
    ),
    st.text(alphabet="0123456789.) \t\u00a0\u2003xĐđ/-", max_size=6),
)
_MARKER_LINES = st.one_of(
    _DIGIT_LINES,
    st.builds(
        lambda head, tail: head + tail,
        st.sampled_from(["Phần ", "Chương ", "Mục ", "Tiểu mục ", "Điều ", "IV", "V -", "a)", "đ)", "x)", "- ", "P", "Đ", ""]),
        st.text(alphabet="0123456789IVX.):- \txyđ", max_size=6),
    ),
    st.text(max_size=8),
)


@given(_MARKER_LINES)
def test_is_marker_line_is_the_regex(text: str) -> None:
    assert PP._is_marker_line(text) == (P.may_be_marker(text) and P.MARKER.match(text) is not None)


@given(_DIGIT_LINES)
def test_a_digit_line_without_a_dot_starts_no_paragraph(text: str) -> None:
    # _continues leaves the start-of-paragraph regex out for a line starting with a digit
    # and no dot in its next three characters
    if text[:1] in PP._DIGITS and "." not in text[1:4]:
        assert PP._STARTS_PARAGRAPH.match(text) is None
    # and takes such a line for one not starting in lower case, as starts_lower does
    if text[:1] in PP._DIGITS:
        assert not P.starts_lower(text)


_DIGIT_PREVS = [["1. Kết quả"], ["Tổng số"], ["theo Nghị định số"], ["KẾ HOẠCH"], ["x" * 100], ["Kết quả."], ["a;"]]


@given(st.sampled_from(_DIGIT_PREVS), _DIGIT_LINES, st.booleans(), st.sampled_from([0, 1, 4, 6]))
def test_continues_a_digit_line_is_the_old_order(parts: list[str], text: str, blank: bool, indent: int) -> None:
    want = _continues_before(PP.Unit(parts[0], _O), text, blank, indent, None)
    assert PP._continues(PP.Unit(parts[0], _O), text, blank, indent, None) == want


def test_assemble_of_no_blocks_is_no_units() -> None:
    # (returned at once: two calls in three get no blocks)
    got = PP.assemble([])
    assert got == [] and isinstance(got, list)
    assert PP.assemble([]) is not got  # a fresh list each time: callers extend it


# -- round 5: assemble asks _runs_on, _continues past the first test it makes itself ----------
@given(
    st.lists(_PREV_LINES, min_size=1, max_size=3),
    st.one_of(_CAPITAL_LINES, _UNIT_LINES, _DIGIT_LINES),
    st.booleans(),
    st.integers(0, 8),
    st.sampled_from([0, 1, 2, 3, 12, 13]),
    st.sampled_from([None, 0]),
)
def test_runs_on_is_continues_past_its_first_test(
    parts: list[str], text: str, blank: bool, indent: int, prev_indent: int, column: int | None
) -> None:
    def unit() -> PP.Unit:
        u = PP.Unit(parts[0], _O, indent=prev_indent)
        for part in parts[1:]:
            u.append(part)
        return u

    prev = unit()
    c = text[:1]
    # the first test, as assemble makes it before it asks _runs_on
    first_ends = prev.ends() and (
        blank or not (c.islower() and prev.last[-1:] in ";:" and text[1:2] not in PP._LETTER_MARK)
    )
    want = PP._continues(unit(), text, blank, indent, column, P.is_upper_line(text))
    if first_ends:
        assert want is False
    else:
        assert PP._runs_on(prev, text, c, blank, indent, column, P.is_upper_line(text)) == want


# -- round 6: the run-on path's one-set test of the line above, a stand-in for no unit -------
def test_a_line_ending_outside_stops_ends_no_sentence() -> None:
    # assemble appends a lower-case line below one ending on none of _STOPS without asking
    # prev.ends(): for every character, such a line ends no sentence (and no cut symbol)
    for cp in range(0x110000):
        ch = chr(cp)
        if ch not in PP._STOPS:
            assert not P.ends_sentence("Dòng " + ch), hex(cp)
            assert not P.ends_sentence(ch)
    assert "-" in PP._STOPS and PP._TERMINAL <= PP._STOPS and PP._UNDECIDED <= PP._STOPS


# Lines above a lower-case one: ending on a letter, a terminal, a clause mark, a closing
# quote or bracket, a footnote marker, a space, a cut symbol; and lower-case lines, items.
_ABOVE = st.sampled_from(
    ["tổ chức thực hiện", "Kết quả.", "cơ quan thuế;", "bao gồm:", "theo “Luật”", "như sau.”", "(xem Điều 3)",
     "quy định¹", "quy định.¹", "khoản 2 [3]", "đúng hạn. ", "dòng cuối  ", "08/2014/NĐ-", "30/", "COVID-", "A*",
     "KẾ HOẠCH", "1. Mục tiêu", "x" * 100, "— ", "…"]
)
_BELOW = st.sampled_from(
    ["và các đơn vị", "a) nội dung", "b. kiểm tra", "c/ việc", "ý kiến", "ⅰ khoản", "đ) x", "cp ngày 1", "Căn cứ Luật",
     "Người nộp thuế", "2020 của Bộ", "1. Mục", "¹ Chú thích", "[2] Ghi chú", "- ý", "“trích”"]
)


@given(
    st.lists(
        st.tuples(
            st.one_of(_ABOVE, _BELOW),
            st.booleans(),
            st.sampled_from([0, 0, 0, 2, 5]),
            st.sampled_from(["line"] * 8 + ["page-break", "footnote"]),
            st.sampled_from([(), (), (), (("1", 1),)]),
        ),
        max_size=14,
    )
)
@example([("Theo 08/2014/NĐ-", False, 0, "line", ()), ("cp ngày 1", False, 0, "line", ())])  # a cut symbol
@example([("như sau.”", False, 0, "line", ()), ("và các đơn vị", False, 0, "line", ())])  # past a quote
@example([("quy định¹", False, 0, "line", ()), ("và các đơn vị", False, 0, "line", ())])  # past a marker
@example([("cơ quan thuế;", False, 0, "line", ()), ("và các đơn vị", False, 0, "line", ())])  # a clause cut
@example([("¹ Chú thích", False, 0, "line", ()), ("và các đơn vị", False, 0, "line", ())])  # a note first
def test_assemble_is_the_long_way_on_every_line_end(
    rows: list[tuple[str, bool, int, str, tuple[tuple[str, int], ...]]]
) -> None:
    # lines below every kind of line end (the run-on path's set test, and the general path
    # for the ends it leaves there), first blocks of every kind (the stand-in unit)
    blocks = [
        Block(text, Origin(line=n + 1), blank, indent, kind=kind, footnote_refs=refs)
        for n, (text, blank, indent, kind, refs) in enumerate(rows)
    ]
    assert _unit_values(PP.assemble(blocks)) == _unit_values(_assemble_reference(blocks))


def test_assemble_starts_from_no_unit_whatever_comes_first() -> None:
    # the stand-in for "no unit yet" never enters the units, and the first line starts one
    # as it did: a lower-case line, a line below a page break, a footnote's text, a blank
    for first in (["và các đơn vị"], ["", "và các đơn vị"], ["¹ Chú thích", "và các đơn vị"], ["Kết quả."]):
        blocks = [Block(t, Origin(line=n + 1), kind="line" if t else "page-break") for n, t in enumerate(first)]
        got = PP.assemble(blocks)
        assert _unit_values(got) == _unit_values(_assemble_reference(blocks))
        body = [u for u in got if u.footnote is None]
        assert len(body) == 1 and body[0].lines == 1 and body[0].blank_before == (first[0] == "")
    only_breaks = [Block("", _O, kind="page-break"), Block("", _O, kind="page-break")]
    assert PP.assemble(only_breaks) == []


def test_merge_units_passes_a_known_marker_line_by_unless_a_symbol_is_cut() -> None:
    # merge_units leaves a unit whose first line is known to be a marker at once, but for a
    # number's symbol cut at its end, which still runs on into the next unit
    def units() -> list[PP.Unit]:
        made = [PP.Unit("1. Thực hiện Nghị định", _O), PP.Unit("2. Theo Nghị định 08/2014/NĐ-", _O), PP.Unit("CP ngày 1", _O)]
        made.append(PP.Unit("và các đơn vị", _O))
        for u in made:
            u.ends()
            u.first_is_marker()
        return made

    got = PP.merge_units(units())
    assert _unit_values(got) == _unit_values(_merge_units_before(units()))
    assert [u.text for u in got] == ["1. Thực hiện Nghị định", "2. Theo Nghị định 08/2014/NĐ-CP ngày 1", "và các đơn vị"]


@given(st.builds(lambda d, t: d + t, st.sampled_from(["1", "12", "123", "2020", "7"]), st.text(alphabet="0123456789 /-,x.", max_size=6)))
def test_a_figure_line_is_no_marker_without_the_regex(text: str) -> None:
    # a unit's first-line marker test answers no for a digit and no dot in the next three
    # characters, as the regex does
    assert PP._is_marker_line(text) == (P.MARKER.match(text) is not None)
    if "." not in text[1:4]:
        assert P.MARKER.match(text) is None
