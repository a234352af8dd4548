"""The header reader's fast paths give what the general definitions they stand for give:
first-character tests before a pattern, texts compared before their words, a line's key
made once and sliced for its pieces."""

from __future__ import annotations

import re
import string

from hypothesis import given
from hypothesis import strategies as st

from vnadmin.text.recogniser import header as H
from vnadmin.text.recogniser import patterns as P

# Every keyed letter (the ones a first-character test may pass over) and the characters
# that open body lines, marks, digits of other scripts, spaces and characters past the table.
_KEYED = "".join(sorted(P.keyed_chars(string.ascii_lowercase)))
_ALPHABET = _KEYED + "0129٣３²¹[]()-+•*.:;…”»'‹ \t\u00a0\u2116\u4e2d"
_texts = st.text(alphabet=_ALPHABET, max_size=12)
_heads = st.sampled_from(
    ["Căn cứ ", "CĂN CỨ", "Theo đề nghị", "Xét đề nghị", "Xét ", "Kính gửi:", "KÍNH GỬI", "‹ Kính gửi",
     "Phần I", "Chương 2.", "Mục 3", "Tiểu mục 1", "Điều 5.", "IV.", "1.2.3 ", "12.", "a) ", "đ) ", "- ", "+ ", "• ",
     "٣. ", "Số: ", "Hà Nội, ngày"]
)
_lines = st.one_of(_texts, st.builds(lambda a, h, t: a + h + t, st.text(alphabet=_ALPHABET, max_size=1), _heads, _texts))


def _body_start_patterns(text: str) -> bool:
    return bool(
        H._PREAMBLE_START_TEXT.match(text, 0, 40)
        or P.KINH_GUI_TEXT.match(text, 0, 40)
        or P.MARKER.match(text)
        or P.BULLET.match(text)
    )


@given(_lines)
def test_body_start_first_character_test_is_the_patterns(text: str) -> None:
    assert H._is_body_start(text) == _body_start_patterns(text)


def test_no_body_start_first_characters_open_no_body_line() -> None:
    # each such character before every opening that a body line may have after its first
    # character: none of the patterns matches
    rests = ["", "an cu", "ăn cứ", "heo de nghi", "et ", "inh gui:", ") a", "ần I", "hương I", "ục 2", "iều 1.", ". a",
             "I. ", " Kính gửi", "  Kính gửi", "1. ", ".1 a"]
    assert H._NO_BODY_START_FIRST
    for c in H._NO_BODY_START_FIRST:
        for rest in rests:
            assert not _body_start_patterns(c + rest), c + rest


def test_keyed_chars_are_the_keyed_class() -> None:
    for letters in ("k", "ctxk", string.ascii_lowercase):
        assert re.fullmatch(P.keyed_class(letters), "x" if "x" in letters else letters[0])
        chars = P.keyed_chars(letters)
        assert all(P.key(c) in letters for c in chars)
        assert {c for c in chars if re.fullmatch(P.keyed_class(letters), c)} == chars
    assert {"Đ", "đ", "D", "d"} <= P.keyed_chars("d")


@given(_lines)
def test_unreadable_number_colon_test_is_the_key_test(text: str) -> None:
    long_way = (
        P.key(text[:3]) == "so:"
        and len(text[3:].split()) <= 3
        and not any(ch.isdigit() or ch == "/" for ch in text[3:])
    )
    assert H._unreadable_number(text) == long_way


@given(_lines)
def test_body_name_is_the_three_tests(text: str) -> None:
    assert H._is_body_name(text) == (
        len(text) <= 90 and P.is_mostly_upper(text) and sum(map(str.isalpha, text)) >= 3
    )


@given(st.text(alphabet="ab tăng ,.\u00a0", max_size=20), st.text(alphabet="ab tăng ,.\u00a0", max_size=20))
def test_summary_goes_on_splits_at_most_four_words(last: str, text: str) -> None:
    words = text.split()
    long_way = (
        not P.ends_sentence(last)
        and 1 <= len(words) <= 3
        and all(w.isalpha() and w.islower() for w in words)
        and len(words[0]) >= 2
    )
    assert H._summary_goes_on(last, text) == long_way


def test_starts_title_block_examples() -> None:
    from vnadmin.text.recogniser.context import Context

    state = H._State(Context([]))
    assert H._starts_title_block(state, "PHỤ LỤC I")
    assert H._starts_title_block(state, "Phụ lục số 2")
    assert not H._starts_title_block(state, "phụ lục I")  # (an annex label starts with a capital P)
    assert H._starts_title_block(state, "QUYẾT ĐỊNH")
    assert not H._starts_title_block(state, "Hà Nội, ngày 5 tháng 3 năm 2025")


def test_type_line_asked_twice_is_read_once() -> None:
    from vnadmin.text.recogniser.context import Context

    state = H._State(Context([]))
    line = "".join(["BÁO ", "CÁO"])  # (a text object of its own)
    assert H._type_line(state, line) == H.match_type_line(line) == ("Báo cáo", "BÁO CÁO", "")
    assert state.last_type_line == (line, ("Báo cáo", "BÁO CÁO", ""))
    assert H._type_line(state, line) is state.last_type_line[1]
    other = "SỞ TÀI CHÍNH"
    assert H._type_line(state, other) is None and state.last_type_line == (other, None)
    assert H._type_line(state, "".join(["QUYẾT ", "ĐỊNH"])) == ("Quyết định", "QUYẾT ĐỊNH", "")


_anchor_words = st.sampled_from(
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CONG HOA XA HOI", "CỘNG HOÀ XÃ HỘI É", "ĐẢNG CỘNG SẢN VIỆT NAM",
     "Độc lập - Tự do - Hạnh phúc", "Tự do – Hạnh phúc", "Doc lap", "V/v ", "VA chi phí", "Vw chính", "Kính gửi:",
     "‹ Kinh gui", "Số: 12/QĐ-UBND", "Hà Nội, ngày 5 tháng 3 năm 2025", "| "]
)
_header_lines = st.lists(st.one_of(_texts, _anchor_words), max_size=4).map("".join)


@given(_header_lines)
def test_title_finders_need_their_letters(text: str) -> None:
    k = P.key(text)
    if "x" not in k:
        assert H._national_title(text, k) is None
    if "dang" not in k:
        assert P.find_party_title(text, k) is None
    if "d" not in k:
        assert P.find_motto(text, k) is None


def _long_text_frags(piece: object) -> list[object]:
    text = piece.text  # type: ignore[attr-defined]
    k = P.key(text[:40])
    m = P.VV.match(k)
    if m is None and H._VA.match(text):
        m = H._VA.match(text)
    if m:
        return [H._Frag("vv", piece.piece(m.end(), len(text)), text[: m.end()].strip())]  # type: ignore[attr-defined]
    if P.KINH_GUI.match(k):
        return [H._Frag("kinh_gui", piece)]
    return [H._Frag("text", piece)]


@given(_header_lines, st.integers(0, 8), st.integers(0, 8))
def test_text_frags_on_the_line_key_are_the_long_way(text: str, a: int, b: int) -> None:
    from vnadmin.text.blocks import Block
    from vnadmin.text.recogniser.cells import Cell

    cell = Cell(text, None, Block(text or "x"), 3)
    piece = cell.piece(min(a, len(text)), max(len(text) - b, 0))
    assert H._text_frags(piece, cell, P.key(text)) == _long_text_frags(piece)


def test_fragments_examples() -> None:
    from vnadmin.text.blocks import Block
    from vnadmin.text.recogniser.cells import cells_of

    def kinds(text: str) -> list[tuple[str, str]]:
        return [(f.kind, f.cell.text) for f in H._fragments(cells_of(Block(text))[0])]

    assert kinds("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == [
        ("text", "BỘ TÀI CHÍNH"), ("national", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    ]
    assert kinds("TỔNG CỤC THUẾ |") == [("text", "TỔNG CỤC THUẾ")]
    assert kinds("V/v chính sách thuế") == [("vv", "chính sách thuế")]
    assert kinds("Kính gửi: Cục Thuế") == [("kinh_gui", "Kính gửi: Cục Thuế")]
    assert kinds("Số: 5483/TCT-DNL - Hà Nội, ngày 28 tháng 11 năm 2017") == [
        # (the dash before the place is debris of its own, no part of the date line: probe-nine)
        ("number", "Số: 5483/TCT-DNL"), ("text", "-"), ("date", "Hà Nội, ngày 28 tháng 11 năm 2017")
    ]
    assert kinds("   ") == []
    date = H._fragments(cells_of(Block("Quảng Ngãi, ngày 05 tháng 13 năm 2025"))[0])[0].value
    assert (date.place, date.day, date.day_written, date.month, date.year) == ("Quảng Ngãi", 5, "05", None, 2025)


@given(_lines)
def test_kem_theo_opens_on_a_bracket(text: str) -> None:
    if P.KEM_THEO.match(P.key(text[:40])):
        assert text[:1] == "("


def test_kem_theo_examples() -> None:
    assert P.KEM_THEO.match(P.key("(Kèm theo Nghị định số 30/2020/NĐ-CP)"))
    assert P.KEM_THEO.match(P.key("( Ban hành kèm theo Quyết định số 5)"))


_NUMBER_LINES = [
    "Số: /BC-SKHCHN", "Số: 5483/TCT-DNL", "Số : 624 /CT-TTHT", "Số 60-NQ/TW", "Số: 37/2006/NĐ-CP",
    "Số: 69.262 /CT-TTHT", "Số:8 5 2 0/BCT-KHCN", "Số: 1961/QĐUBND", "Số: 14/2007/QD-UBND", "Luật số: 12/2025/QH15",
    "Số: 7    /QĐ-BQLCKCN", "Số -CTr/TU", "Số: 3722/VPCP-CNV/v cơ chế", "Số: 12/ABC-XYZ-QQ",
]


def test_header_numbers_read_twice_are_equal() -> None:
    from vnadmin.text.recogniser import number as N

    for line in _NUMBER_LINES:
        first = N.find_number(line)
        assert first is not None, line
        again = N.find_number(line)
        assert again is not None and again.number == first.number
        assert (again.number.written, str(again.number)) == (first.number.written, str(first.number))
        assert (again.start, again.end, again.label) == (first.start, first.end, first.label)


def _long_match_type_line(text: str) -> tuple[str, str, str] | None:
    t = text.strip(H._TYPE_LINE_STRIP)
    k = P.key(t[: H._TYPE_KEY_SPAN])
    for name_key, name in H._TYPE_NAMES_BY_FIRST.get(k[:1], ()):
        if k.startswith(name_key) and (
            len(k) == len(name_key) or not k[len(name_key)].isalnum() or t[len(name_key) : len(name_key) + 2].istitle()
        ):
            written = t[: len(name_key)]
            if not P.is_upper_line(written):
                return None
            return name, written, t[len(name_key) :].strip(" -–—:")
    return None


_type_heads = st.sampled_from(
    ["QUYẾT ĐỊNH", "QUYET ĐỊNH", "Quyết định", "quyết định", "BÁO CÁO", "THÔNG TƯ", "CÔNG VĂN", "NGHỊ QUYẾT", "KẾ HOẠCH",
     "ǨẾ HOẠCH", "- TỜ TRÌNH", "# THÔNG BÁO", "LUẬT", "ĐỀ ÁN", "Về việc"]
)
_typed_lines = st.one_of(_texts, st.builds(lambda a, h, t: a + h + t, st.sampled_from(["", " ", "*", "-"]), _type_heads, _texts))


@given(_typed_lines)
def test_type_line_first_character_test_is_the_long_way(text: str) -> None:
    assert H.match_type_line(text) == _long_match_type_line(text)


def test_type_line_examples() -> None:
    assert H.match_type_line("QUYẾT ĐỊNH") == ("Quyết định", "QUYẾT ĐỊNH", "")
    assert H.match_type_line("KẾ HOẠCH Thực hiện") == ("Kế hoạch", "KẾ HOẠCH", "Thực hiện")
    assert H.match_type_line("Quyết định số 5") is None
    assert H.match_type_line("SỞ TÀI CHÍNH") is None


@given(st.one_of(_lines, _typed_lines, _header_lines))
def test_mostly_upper_first_letter_test_is_the_count(text: str) -> None:
    letters = list(filter(str.isalpha, text))
    long_way = len(letters) >= 3 and letters[0].isupper() and sum(map(str.isupper, letters)) >= 0.85 * len(letters)
    assert P.is_mostly_upper(text) == long_way


@given(_lines)
def test_unwrap_first_character_test_keeps_every_body_start(text: str) -> None:
    from vnadmin.text.recogniser import unwrap as U

    first = text[:1]
    if U._starts_body(text):
        assert first in U._BODY_FIRST or not first.isalnum()


@given(st.lists(st.sampled_from(["ỦY BAN NHÂN DÂN", "|", " | ", "Căn", "cứ Luật Tổ chức", "x" * 60, "Số:", "12/QĐ-UBND"]),
                max_size=8))
def test_unwrap_bar_search_is_the_generator(texts: list[str]) -> None:
    from vnadmin.text.blocks import Block
    from vnadmin.text.recogniser import unwrap as U

    blocks = [Block(t) for t in texts]
    bar = any(b.text.strip(U._BARS) == "" for b in blocks[: U._REACH])
    out = U.unwrap_header(blocks)
    if U._unwrap_top(blocks) is blocks and not bar:
        assert out is blocks
    else:
        assert [b.text for b in out] == [b.text for b in U._unwrap_heads(U._unwrap_top(blocks))]


def _long_names(cells: list[object], continuations: list[object]) -> list[list[object]]:
    names: list[list[object]] = []
    for c in cells:
        k = P.key(c.text) + " "  # type: ignore[attr-defined]
        if names and (
            (k.startswith(H._LOCATION_WORDS) and not H._PARTY_COMMITTEE.match(k))
            or k.startswith(H._CONNECTOR_WORDS)
            or c in continuations
            or k.strip(" .,") in H._COUNTRY_ONLY
            or (" " + P.key(names[-1][-1].text).rstrip() + " ").endswith(H._ENDING_CONNECTORS)  # type: ignore[attr-defined]
            or P.key(names[-1][0].text).strip(" :") in H._JOINT_HEADS  # type: ignore[attr-defined]
        ):
            names[-1].append(c)
        else:
            names.append([c])
    return names


_body_lines = st.sampled_from(
    ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "SỞ TÀI CHÍNH -", "LIÊN NGÀNH", "SỞ CÔNG THƯƠNG", "BỘ THÔNG TIN VÀ",
     "TRUYỀN THÔNG", "HỘI ĐIỀU DƯỠNG", "VIỆT NAM", "TỈNH ỦY", "CỦA BỘ", "THEO DÕI", "BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ",
     "HỘI ĐỒNG THẨM PHÁN", "TÒA ÁN NHÂN DÂN TỐI CAO", "LIÊN SỞ:"]
)


@given(st.lists(_body_lines, min_size=1, max_size=6), st.data())
def test_split_bodies_keys_each_line_once(texts: list[str], data: st.DataObject) -> None:
    from vnadmin.text.blocks import Block
    from vnadmin.text.recogniser.cells import Cell

    cells = [Cell(t, 0, Block(t)) for t in texts]
    continuations = [c for c in cells if data.draw(st.booleans())]
    names = _long_names(cells, continuations)  # type: ignore[arg-type]
    parent, issuing, used = H._split_bodies(cells, continuations)
    assert used == cells
    if len(names) > 1 and H.completes_body(H._join(names[-2]), H._join(names[-1])):  # type: ignore[arg-type]
        names[-2:] = [names[-2] + names[-1]]
    if len(names) == 1:
        assert issuing == H._body_name(names[0])  # type: ignore[arg-type]
    else:
        assert issuing == H._body_name(names[-1])  # type: ignore[arg-type]
        assert parent == " ".join(H._body_name(n) for n in names[:-1])  # type: ignore[arg-type]


@given(st.one_of(_lines, _header_lines, st.builds(lambda a, b: a + b, _texts, st.sampled_from(["NAM", " NAM", " nam ", "\tNăm", " VIỆT NAM", "xNAM"]))))
def test_national_tail_last_word_test_is_the_split(text: str) -> None:
    from vnadmin.text.blocks import Block
    from vnadmin.text.recogniser.cells import Cell
    from vnadmin.text.recogniser.context import Context

    for title in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"):
        state = H._State(Context([]))
        state.national = Cell(title, 1, Block(title))
        words = text.split()
        long_way = not title.endswith("NAM") and bool(words) and P.key(words[-1]) == "nam"
        assert H._national_tail(state, H._Frag("text", Cell(text, 0, Block(text or "x")))) == long_way


def test_context_notes_filled_slot_by_slot_are_the_constructed_ones() -> None:
    import attrs as _attrs

    from vnadmin.model.origin import Note, Origin
    from vnadmin.text.recogniser.context import Context

    ctx = Context([])
    o = Origin(source="a.txt", line=3, column=1)
    ctx.unrecognised("DÒNG LẠ", o)
    ctx.ignored("x", None, "nhiễu (noise)")
    ctx.repaired("Số : 1/BC", o, "số (number)")
    ctx.note("code", "message", o)
    assert ctx.notes[3] == Note("code", "message", o)
    assert [n.code for n in ctx.notes] == ["unrecognised", "ignored", "repaired", "code"]
    for n in ctx.notes:
        assert type(n) is Note
        _attrs.validate(n)
        assert n == Note(n.code, n.message, n.origin) and hash(n) == hash(Note(n.code, n.message, n.origin))
        assert repr(n) == repr(Note(n.code, n.message, n.origin))


@given(_header_lines, st.integers(0, 40), st.integers(0, 8), st.integers(0, 8))
def test_cells_made_in_c_are_the_named_tuples(text: str, indent: int, a: int, b: int) -> None:
    from vnadmin.text.blocks import Block
    from vnadmin.text.recogniser.cells import Cell, cells_of

    block = Block(text or "x", indent=indent)
    for c in cells_of(block):
        assert type(c) is Cell
        assert c == Cell(c.text, c.column, c.block, c.offset)
        p = c.piece(min(a, len(c.text)), max(len(c.text) - b, 0))
        raw = c.text[min(a, len(c.text)) : max(len(c.text) - b, 0)]
        assert type(p) is Cell
        assert p == Cell(raw.strip(), c.column, c.block, c.offset + min(a, len(c.text)) + len(raw) - len(raw.lstrip()))


_cut_lines = st.sampled_from(
    ["ỦY BAN NHÂN", "DÂN", "ỦY BAN THƯỜNG VỤ", "QUỐC HỘI", "ỦY", "BAN NHÂN DÂN", "THỦ", "TƯỚNG CHÍNH PHỦ", "LUẬT",
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "THÔNG",
     "TƯ", "QUYẾT ĐỊNH", "HỘI ĐỒNG THẨM PHÁN", "TÒA ÁN NHÂN DÂN TỐI CAO", "Căn cứ Luật", "Sở Tài chính", "|"]
)


@given(_cut_lines, st.one_of(_cut_lines, _texts))
def test_unwrap_cuts_are_the_long_way(a: str, second: str) -> None:
    from vnadmin.text.recogniser import unwrap as U

    b = second.rstrip(U._BARS)
    long_body = (
        P.is_upper_line(a)
        and P.is_mostly_upper(b)
        and not (P.find_national_title(b) or P.find_party_title(b) or P.find_motto(b) or H.match_type_line(b))
        and U.completes_body(a, b)
    )
    assert U._body_cut(a, P.key(a), second) == bool(long_body)
    long_name = (
        len(a.split()) == 1
        and a.isalpha()
        and P.is_upper_line(a)
        and H.match_type_line(a) is None
        and P.is_mostly_upper(b)
        and P.find_national_title(b) is None
        and H.match_type_line(b) is None
        and P.find_motto(b) is None
    )
    assert U._name_cut(a, second) == long_name


@given(
    st.one_of(st.none(), st.sampled_from(["Hà Nội", "Quảng Ngãi", "TP. Hồ Chí Minh", "a\nb", " ", "Tam Kỳ"])),
    st.one_of(st.none(), st.integers(1, 31)),
    st.one_of(st.none(), st.integers(1, 12)),
    st.one_of(st.none(), st.integers(1000, 9999)),
    st.booleans(),
    st.booleans(),
)
def test_dates_filled_slot_by_slot_are_the_constructed_ones(
    place: str | None, day: int | None, month: int | None, year: int | None, zero: bool, other_digits: bool
) -> None:
    import attrs as _attrs

    from vnadmin.errors import ModelError
    from vnadmin.model.dates import IssueDate

    day_w = None if day is None else (f"{day:02d}" if zero else str(day))
    month_w = None if month is None else str(month)
    if other_digits and day_w is not None:
        day_w = day_w.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))  # digits the validator refuses
    try:
        want = IssueDate(place, day, month, year, day_written=day_w, month_written=month_w)
    except ModelError as e:
        try:
            H._date_of(place, day, month, year, day_w, month_w)
        except ModelError as f:
            assert str(f) == str(e)
        else:
            raise AssertionError("the constructor refused what the filling took") from e
        return
    got = H._date_of(place, day, month, year, day_w, month_w)
    _attrs.validate(got)
    assert got == want and repr(got) == repr(want) and got.origin is None
    assert (got.day_written, got.month_written) == (want.day_written, want.month_written)


@given(st.text(alphabet=".;:a ”\"'’»)\t", max_size=8))
def test_ends_item_on_the_last_character_is_the_long_way(text: str) -> None:
    assert P.ends_item(text) == text.rstrip(" ”\"'’»").endswith((".", ";"))


_number_heads = st.sampled_from(["Số: ", "SỞ ", "Số", "số ", "Luật số: ", "So:", "Sở Tài chính", "Số -", "/"])


@given(st.builds(lambda a, h, t: a + h + t, _texts, _number_heads, _texts))
def test_number_needs_a_slash(text: str) -> None:
    from vnadmin.text.recogniser.number import find_number

    found = find_number(text, P.key(text))
    if "/" not in text:
        assert found is None
    else:
        assert found is None or "/" in text[found.start : found.end]


def test_number_symbol_needs_a_slash() -> None:
    from vnadmin.text.recogniser import number as N

    assert N._SYMBOL.match("7 /QĐ-UBND") and N._SYMBOL.match("60-NQ/TW") and N._SYMBOL.match("/BC-SKHCHN")
    assert not N._SYMBOL.match("60-NQ TW") and not N._SYMBOL.match("12 QĐ-UBND")


def _long_fragments(cell: object) -> list[object]:
    """The header line's fragments as read before the speed work (every finder on every
    line, the spans always ordered, the bars always looked for)."""
    from vnadmin.text.recogniser.number import find_number

    text = cell.text  # type: ignore[attr-defined]
    k = P.key(text)
    spans: list[tuple[int, int, str, object]] = []
    for kind, finder in (("national", H._national_title), ("party", P.find_party_title), ("motto", P.find_motto)):
        span = finder(text, k)
        if span:
            spans.append((span[0], span[1], kind, None))
    nm = find_number(text, k) if ("so" in k or "/" in text) else None
    if nm is not None and nm.start and H._type_name_before(text[: nm.start], k[: nm.start]):
        nm = None
    if nm is not None:
        spans.append((nm.start, nm.end, "number", nm))
    dated = "ngay" in k or "ngau" in k
    dm = P.find_date(text, k) if dated else None
    if dm is None and dated:
        dm = H._numeric_place_date(text, k) or H._blank_place_date(text, k)
    if dm is not None and not (not spans and H._inside_running_text(text, dm.start(), dm.end())):
        spans.append((dm.start(), dm.end(), "date", dm))
    spans.sort(key=lambda s: s[0])
    kept: list[tuple[int, int, str, object]] = []
    for s in spans:
        if kept and s[0] < kept[-1][1]:
            continue
        kept.append(s)
    frags: list[object] = []
    pos = 0
    for start, end, kind, value in kept:
        pos, stop = H._inside_bars(text, pos, start)
        gap = text[pos:stop]
        if kind == "date":
            place, rest = H._place_and_rest(gap)
            cut = pos + H._place_at(gap, place, rest)
            if rest.strip():
                lo, hi = H._inside_bars(text, pos, cut)
                if hi > lo:
                    frags.extend(_long_text_frags(cell.piece(lo, hi)))  # type: ignore[attr-defined]
            date = H._issue_date(value, place)  # type: ignore[arg-type]
            frags.append(H._Frag("date", cell.piece(cut, end), date))  # type: ignore[attr-defined]
        else:
            if gap.strip():
                frags.extend(_long_text_frags(cell.piece(pos, stop)))  # type: ignore[attr-defined]
            frags.append(H._Frag(kind, cell.piece(start, end), value))  # type: ignore[attr-defined]
        pos = end
    if kept or (text.endswith("|") and not text.startswith("|")):
        pos, stop = H._inside_bars(text, pos, len(text))
    else:
        stop = len(text)
    if text[pos:stop].strip():
        frags.extend(_long_text_frags(cell.piece(pos, stop)))  # type: ignore[attr-defined]
    return frags


def _frag_view(frags: list[object]) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for f in frags:
        kind, cell, value = f  # type: ignore[misc]
        if kind == "number":
            value = (value.number, value.start, value.end, value.label)
        out.append((kind, cell, value))
    return out


_many_anchor_lines = st.lists(
    st.one_of(_anchor_words, _texts, st.sampled_from([" | ", "|", "SỞ CÔNG THƯƠNG", "Số: 7 /QĐ-UBND ", "ngày 05/3/2025"])),
    max_size=6,
).map("".join)


@given(_many_anchor_lines)
def test_fragments_are_the_long_way(text: str) -> None:
    from vnadmin.text.blocks import Block
    from vnadmin.text.recogniser.cells import Cell

    cell = Cell(text, None, Block(text or "x"), 0)
    assert _frag_view(H._fragments(cell)) == _frag_view(_long_fragments(cell))


def test_fragments_on_the_corpus_header_lines_are_the_long_way(seed_text: str, corpus_dir: object) -> None:
    from pathlib import Path

    from vnadmin.text.lines import text_blocks
    from vnadmin.text.recogniser.cells import cells_of

    texts = [seed_text] + [p.read_text(encoding="utf-8") for p in sorted(Path(str(corpus_dir)).glob("*.txt"))]
    n = 0
    for text in texts:
        blocks = text_blocks(text)[0]
        for b in blocks[:40]:
            if b.kind != "line":
                continue
            for cell in cells_of(b):
                assert _frag_view(H._fragments(cell)) == _frag_view(_long_fragments(cell)), cell.text
                n += 1
    assert n > 1000


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)) | st.text())
def test_key_ascii_lower_case_is_the_table(text: str) -> None:
    # key's ASCII fast path (str.lower) against the table it stands in for
    assert P.key(text) == text.translate(P._KEY_LIST)
    assert len(P.key(text)) == len(text)


def test_key_ascii_examples() -> None:
    assert P.key("So: 12/QD-UBND") == "so: 12/qd-ubnd"
    assert P.key("Số: 12/QĐ-UBND") == "so: 12/qd-ubnd"
    assert P.key("") == ""


# -- round 3 (head3): finders split or gated, each against the way it stands for ----------

_motto_pieces = st.sampled_from(
    ["Độc lập - Tự do - Hạnh phúc", "Tự do - Hạnh phúc", "Tự do – Hạnh phúc", "Độc lập - ", "Độc lập", "ĐỘC LẬP",
     "Doc lap", "dộc lập", " - ", "-", " – ", "—", "~", " ", "Tự do", "TU DO", "tự do", "do", "u do",
     "ab do", "Hạnh phúc", "HANH PHUC", "hạnh phúc", "CỤC THUẾ ", "doanh ", "Độc", "lập", "ph", "c", "x"]
)
_motto_lines = st.one_of(
    st.lists(_motto_pieces, max_size=10).map("".join), st.lists(st.one_of(_motto_pieces, _texts), max_size=8).map("".join)
)


@given(_motto_lines)
def test_motto_alternatives_searched_apart_are_the_one_pattern(text: str) -> None:
    # find_motto searches _MOTTO's two alternatives apart, the second only where it can win
    k = P.key(text)
    m = P._MOTTO.search(k)
    want = None if m is None or m.end() - m.start() < 10 else (m.start(), m.end())
    assert P.find_motto(text, k) == want


def test_motto_alternatives_examples() -> None:
    for text in ["Độc lập - Tự do - Hạnh phúc", "CỤC THUẾ BÀ RỊA-VŨNG TÀU Độc lập - Tự do - Hạnh phúc",
                 "BỘ TÀI CHÍNH Tự do – Hạnh phúc", "ab do - hanh phuc doc lap tu do hanh phuc", "Tự do"]:
        k = P.key(text)
        m = P._MOTTO.search(k)
        assert P.find_motto(text) == (None if m is None or m.end() - m.start() < 10 else (m.start(), m.end()))
    assert P.find_motto("CỤC THUẾ BÀ RỊA-VŨNG TÀU Độc lập - Tự do - Hạnh phúc") == (25, 52)
    assert P.find_motto("BỘ TÀI CHÍNH Tự do – Hạnh phúc") == (13, 30)


def _long_find_number(text: str, k: str) -> object:
    """find_number as it read before round 3: every label of the line read, the first in
    running case chosen, else the first."""
    from vnadmin.text.recogniser import number as N

    found = []
    for lm in P.NUMBER_LABEL.finditer(k):
        sm = N._SYMBOL.match(text, lm.end())
        if sm is None:
            continue
        start = lm.start()
        label = " ".join(text[start : lm.end()].split())
        if label[:1].islower():
            head = text[:start].strip()
            if head and label.endswith(":") and N._TYPE_LABEL.fullmatch(k[:start].strip()):
                start = text.index(head)
                label = f"{' '.join(head.split())} {label}"
            elif head or not label.endswith(":"):
                continue
        if text.startswith("/v", sm.end()) and text[sm.end() - 1 : sm.end()] == "V":
            cut = N._SYMBOL.match(text, lm.end(), sm.end() - 1)
            if cut is not None and cut.end() == sm.end() - 1:
                sm = cut
        number = N._build(sm)
        if number is None:
            continue
        found.append((number, start, sm.end(), label))
    for f in found:
        if not f[3].isupper():
            return f
    return found[0] if found else None


_number_tokens = st.sampled_from(
    ["12/QĐ-UBND", "7 /QĐ-BQLCKCN", "60-NQ/TW", "1050/QĐ-SCT ", "653/2019/UBTVQH14", "3722/VPCP-CNV/v cơ chế",
     "2463 /QĐ - UBND", "/BC-SKHCHN", "Hà Nội, ngày 5 tháng 3 năm 2025", "V/v "]
)
_number_lines = st.lists(
    st.tuples(st.one_of(_number_heads, st.sampled_from(["Nghị quyết số: ", " SỐ ", "", " "])), _number_tokens, _texts),
    max_size=4,
).map(lambda parts: "".join(h + n + t for h, n, t in parts))


@given(_number_lines)
def test_number_first_proper_label_is_the_long_way(text: str) -> None:
    # find_number stops at the first label in running case, and passes a key without "so"
    import attrs

    from vnadmin.text.recogniser.number import find_number

    k = P.key(text)
    long_way = _long_find_number(text, k)
    got = find_number(text, k)
    if long_way is None:
        assert got is None
    else:
        assert got is not None
        number, start, end, label = long_way  # type: ignore[misc]
        assert (attrs.astuple(got.number), got.start, got.end, got.label) == (attrs.astuple(number), start, end, label)


@given(_number_lines)
def test_tight_number_not_rebuilt_is_the_rebuilt_one(text: str) -> None:
    # number._build returns parse_number's own object when the token is printed tight
    import attrs

    from vnadmin.model.number import build_number
    from vnadmin.text.recogniser import number as N

    for m in N._SYMBOL.finditer(text):
        got = N._build(m)
        if got is None:
            continue
        written = " ".join(m.group(0).split())
        assert got.written == written
        rebuilt = build_number(got.number, got.year, got.type_code, got.issuers, got.unit, got.style, written)
        assert attrs.astuple(got) == attrs.astuple(rebuilt)
        attrs.validate(got)


@given(st.one_of(_lines, _header_lines, _number_lines))
def test_dates_need_nga(text: str) -> None:
    # _header_cells looks for a date only in a key holding "nga"
    k = P.key(text)
    if "nga" not in k:
        assert P.find_date(text, k) is None and H._blank_date(text, k) is None


_first_cut_lines = st.one_of(
    _cut_lines,
    _texts,
    st.sampled_from(["Số:", "SỐ :", "*Số:", "Quảng Nam, ngày", "Hà Nội, ngày 28", "Tam", "Sơn", "Quảng Bình,", "ĐẢNG CỘNG",
                     "CỘNG HÒA XÃ HỘI", "CỘNG", "nghiệm thu hoàn thành công trình", "công nghiệp của dự án", "V/v kế hoạch",
                     "_CỘNG HÒA", ": Số", "THÔNG", "Kỳ, ngày 19", "x"]),
)
_second_cut_lines = st.one_of(
    _cut_lines,
    _texts,
    st.sampled_from(["HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CHỦ NGHĨA VIỆT NAM", "SẢN VIỆT NAM", "14/2007/QĐ-UBND",
                     "13 tháng 7 năm 2023", "tháng 6 năm 2011", "Kỳ, ngày 19 tháng 6 năm 2007", "ngày 25 tháng 5 năm 2015",
                     "La, ngày 11 tháng 3", "TƯ", "BAN NHÂN DÂN", "DÂN", "QUỐC HỘI", "xây dựng kho chứa"]),
)


_cut_pairs = [
    ("CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM"), ("CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("ĐẢNG CỘNG", "SẢN VIỆT NAM"),
    ("Số:", "14/2007/QĐ-UBND"), ("*Số:", "14/2007/QĐ-UBND"), ("Quảng Nam, ngày", "13 tháng 7 năm 2023"),
    ("Hà Nội, ngày 28", "tháng 6 năm 2011"), ("Tam", "Kỳ, ngày 19 tháng 6 năm 2007"), ("Sơn", "La, ngày 11 tháng 3"),
    ("Quảng Bình,", "ngày 25 tháng 5 năm 2015"), ("THÔNG", "TƯ"), ("ỦY", "BAN NHÂN DÂN"), ("UỶ BAN NHÂN", "DÂN"),
    ("ỦY BAN THƯỜNG VỤ", "QUỐC HỘI"), ("THỦ", "TƯỚNG CHÍNH PHỦ"), ("nghiệm thu hoàn thành công trình", "xây dựng kho chứa"),
]


@given(st.one_of(st.sampled_from(_cut_pairs), st.tuples(_first_cut_lines, _second_cut_lines)))
def test_unwrap_completes_tries_each_cut_where_it_can_hold(pair: tuple[str, str]) -> None:
    # _completes asks each cut only when the first line has what it needs: the seven asked
    # one after the other give the same answer
    from vnadmin.text.recogniser import unwrap as U

    first, second = pair
    a = first.rstrip(U._BARS)
    if not a or len(a) > U._MAX_CUT:
        long_way = False
    else:
        ka = P.key(a)
        joined = f"{a} {second}"
        long_way = bool(
            U._national_cut(a, ka, joined)
            or U._party_cut(a, ka, joined)
            or U._label_cut(ka, second)
            or U._date_cut(a, ka, second, joined)
            or U._type_cut(a, joined)
            or U._name_cut(a, second)
            or U._body_cut(a, ka, second)
        )
    assert bool(U._completes(first, second)) == long_way


def test_unwrap_completes_examples() -> None:
    from vnadmin.text.recogniser import unwrap as U

    for a, b in [("CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM"), ("ĐẢNG CỘNG", "SẢN VIỆT NAM"), ("Số:", "14/2007/QĐ-UBND"),
                 ("Quảng Nam, ngày", "13 tháng 7 năm 2023"), ("Tam", "Kỳ, ngày 19 tháng 6 năm 2007"),
                 ("Quảng Bình,", "ngày 25 tháng 5 năm 2015"), ("THÔNG", "TƯ"), ("ỦY", "BAN NHÂN DÂN"), ("UỶ BAN NHÂN", "DÂN")]:
        assert U._completes(a, b), (a, b)
    assert not U._completes("nghiệm thu hoàn thành công trình", "xây dựng kho chứa")


def test_body_start_second_character_test_on_every_opening() -> None:
    # _is_body_start passes a Latin letter's line on its second character: every opening a
    # body line has, after nothing or a mark, and the header lines it passes, against the patterns
    heads = ["Căn cứ ", "CĂN CỨ", "căn cứ", "Theo đề nghị", "THEO ĐỀ NGHỊ", "Xét đề nghị", "Xét ", "xét ", "Kính gửi:",
             "KÍNH GỬI", "kinh gui", "Phần I", "Phần thứ ba", "Chương 2.", "Mục 3", "Tiểu mục 1", "Điều 5.", "Điều 12a:",
             "I.", "IV.", "V -", "X– ", "L. ", "II  .", "V", "a) ", "đ) ", "b)", "1.2.3 ", "12.", "- ", "+ ", "• ", "* "]
    lines = ["V/v kế hoạch", "Về việc", "VỀ VIỆC", "TỔNG CỤC THUẾ", "THÔNG TƯ", "CỤC THUẾ", "Độc lập", "CHÍNH PHỦ",
             "công nghiệp", "Lào Cai", "Vì", "Xã", "Ia", "Lê", "Mục", "Tiếp"]
    for head in heads + lines:
        for before in ["", " ", "‹", "-", "a", "V", "Đ", "1"]:
            text = before + head
            assert H._is_body_start(text) == _body_start_patterns(text), text


@given(st.lists(st.one_of(_texts, st.sampled_from([" ---", "----", " ===", "—", " ___ ", "\t", "\n", "  "])), max_size=6).map("".join))
def test_trailing_rule_ends_on_a_rule_character(text: str) -> None:
    # _take searches a name for its trailing rule only when it ends on a rule's character
    if text.rstrip()[-1:] not in "-_=–—":
        assert H._TRAILING_RULE.search(text) is None


def test_type_line_names_pattern_passes_every_name() -> None:
    # match_type_line's one pattern of every name's key lets each registry name through, in
    # capitals, OCR's lost marks, glued to its summary, after a mark, or cut short
    from vnadmin.model import doctypes

    names = {t.name for t in doctypes.all_types()}
    assert names
    for name in names:
        for text in (name.upper(), P.key(name).upper(), f"{name.upper()}Về việc", f"- {name.upper()}:", name.upper()[:-1],
                     name, f"{name.upper()} CỦA BỘ"):
            assert H.match_type_line(text) == _long_match_type_line(text), text


def test_header_cells_of_a_line_without_columns_are_its_one_cell(seed_text: str, corpus_dir: object) -> None:
    # read_header reads a line without a layout's columns as cells_of's one cell, not through
    # _header_cells (whose joins need two cells): the same cells on every real header line
    from pathlib import Path

    from vnadmin.text.lines import text_blocks
    from vnadmin.text.recogniser.cells import cells_of

    texts = [seed_text] + [p.read_text(encoding="utf-8") for p in sorted(Path(str(corpus_dir)).glob("*.txt"))]
    n = 0
    for text in texts:
        for b in text_blocks(text)[0][:40]:
            if b.kind == "line" and not b.segments:
                assert H._header_cells(b) == cells_of(b) and len(cells_of(b)) == 1, b.text
                n += 1
    assert n > 1000


def test_keyed_m_is_every_character_keyed_to_m() -> None:
    # _national_tail passes a line whose last character is not in _KEYED_M before keying it
    for cp in range(0x3000):
        c = chr(cp)
        assert (P.key(c) == "m") == (c in H._KEYED_M), hex(cp)


@given(st.text(alphabet="NnAaMmḾṁṂ ̣ÀàĂăÂâ-–.|VvIiEeTtỆệ", max_size=10))
def test_national_tail_last_character_test_is_the_key_test(tail: str) -> None:
    # the wrapped "NAM" of the national title found as before the last-character test
    from vnadmin.text.blocks import Block
    from vnadmin.text.recogniser.cells import Cell
    from vnadmin.text.recogniser.context import Context

    title = Block("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT")
    text = f"TỔNG CỤC THUẾ {tail}"
    state = H._State(Context([title]))
    state.national = Cell(title.text, None, title)
    got = H._national_tail(state, H._Frag("text", Cell(text, None, Block(text))))
    t = text.rstrip()
    long_way = P.key(t[-3:]) == "nam" and (len(t) <= 3 or t[-4].isspace()) and bool(text.split())
    assert got == (long_way and P.key(text.split()[-1]) == "nam")


def test_kinh_gui_after_the_header_read_on_the_text() -> None:
    # the addressees' label on the line after the header, told on the text as written
    from vnadmin import text as T

    doc = T.loads("BỘ TÀI CHÍNH\nSố: 12/BTC-CST\nV/v thuế\n\nKính gửi: Cục Thuế tỉnh Quảng Ngãi.\n\nNội dung.\n")
    assert doc.header.doc_type is not None and doc.header.doc_type.code is None  # a công văn
    assert doc.addressees is not None


def test_number_with_its_written_form_is_the_constructors(seed_text: str, corpus_dir: object) -> None:
    # number._with_written fills a parsed number's slots with the written form as printed:
    # the object DocumentNumber's constructor builds, valid, on every real header number
    from pathlib import Path

    import attrs

    from vnadmin.model.number import DocumentNumber
    from vnadmin.text.recogniser import number as N

    texts = [seed_text] + [p.read_text(encoding="utf-8") for p in sorted(Path(str(corpus_dir)).glob("*.txt"))]
    n = 0
    for line in [*_NUMBER_LINES, *(t for text in texts for t in text.splitlines()[:40] if "/" in t)]:
        found = N.find_number(line)
        if found is None:
            continue
        got = found.number
        attrs.validate(got)
        built = DocumentNumber(
            got.number, year=got.year, type_code=got.type_code, issuers=got.issuers, unit=got.unit,
            style=got.style, written=got.written,
        )
        assert got == built and (got.written, str(got), repr(got)) == (built.written, str(built), repr(built))
        assert type(got) is DocumentNumber
        n += 1
    assert n > 100
    parsed = N.parse_number("12/QĐ-UBND")
    spaced = N._with_written(parsed, "12 /QĐ - UBND")
    assert spaced == parsed and spaced.written == "12 /QĐ - UBND" and parsed.written == "12/QĐ-UBND"
