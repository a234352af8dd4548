"""The footer's and the recipient lists' fast paths give what the general tests they stand
in for give: a one-regex hint before find_footer's label and authority tests, and model
objects (recipients, signatures) filled slot by slot."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from vnadmin.errors import ModelError
from vnadmin.model.document import Document
from vnadmin.model.origin import Note, Origin
from vnadmin.model.recipients import Recipient, RecipientList
from vnadmin.model.signature import SignatureBlock
from vnadmin.text import loads
from vnadmin.text.recogniser import patterns as P
from vnadmin.text.recogniser import recipients as R
from vnadmin.text.recogniser import signature as S
from vnadmin.text.recogniser.context import quoted
from vnadmin.text.recogniser.recipients import ItemBuilder

# Labels, authorities and their garbled forms, with letters, marks and spaces after them.
# (Spaces other than " " inside an authority, "T/\u00a0L.", make _authority raise a KeyError
# at 7c43e04 on blocks from the docx reader; the text reader has made them " " before. Left
# to the lead: behaviour is not changed here.)
_ALPHABET = "NnTKQMLUaiíịtđhậ/.,:;-* ỦĐƠƯBCỘVX"
_heads = st.sampled_from(
    ["Nơi nhận", "Noi nhận", "Nei nhận", "Not nhan", "Nơi nan", "NƠI NHẬN", "Nơinhận", "Ñơi nhận", "nơi nhận",
     "TM.", "T/M", "T / M", "K/T", "KT.", "KT,", "K.T", "T.M", "T.L", "Q.", "Q,", "Q", "TUQ.", "T/UQ", "TL.",
     "TM", "Nghị định", "Theo", "Kính gửi"]
)
_tails = st.text(alphabet=_ALPHABET, max_size=24)
_lines = st.one_of(_tails, st.builds(lambda h, t: h + t, _heads, _tails))


@given(_lines)
def test_footer_hint_holds_wherever_a_footer_test_passes(text: str) -> None:
    m, loose = S._noi_nhan_both(text)
    if m is not None or loose is not None or S._authority(text) is not None or S._flat_authority(text):
        assert text[:1] in S._FOOTER_START
        assert S._FOOTER_HINT.match(text) is not None


def test_footer_hint_examples() -> None:
    for text in ("Nơi nhận:", "Noi nhận: KT. CỤC TRƯỞNG", "Nơi nan", "KT. GIÁM ĐỐC", "T/M BAN", "Q. CHÁNH VĂN PHÒNG"):
        assert S._FOOTER_HINT.match(text) is not None
    for text in ("Nghị định số 30/2020/NĐ-CP", "Theo đề nghị", "Trong năm", "Nội dung", "Kết quả", "Nơi"):
        assert S._FOOTER_HINT.match(text) is None


def _documents(seed_text: str, corpus_dir: Path | None) -> list[Document]:
    docs = [loads(seed_text)]
    if corpus_dir is not None:
        docs += [loads(p.read_text(encoding="utf-8"), source=p.name) for p in sorted(corpus_dir.glob("*.txt"))]
    return docs


@pytest.fixture(scope="module")
def read_documents(seed_text: str) -> list[Document]:
    corpus = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    return _documents(seed_text, corpus if (corpus / "MANIFEST.tsv").is_file() else None)


def test_trusted_recipients_are_the_validated_ones(read_documents: list[Document]) -> None:
    seen = 0
    for doc in read_documents:
        for recipients in (doc.recipients, doc.addressees):
            if recipients is None:
                continue
            for r in recipients.items:
                attrs.validate(r)
                built = Recipient(r.text, bullet=r.bullet, origin=r.origin)
                assert type(r) is Recipient and r == built and repr(r) == repr(built) and hash(r) == hash(built)
                assert attrs.asdict(r) == attrs.asdict(built)
                seen += 1
    assert seen >= 5  # the seed alone has five


def test_trusted_recipients_refuse_what_the_constructor_refuses() -> None:
    o = Origin("x.txt", 3, 1)
    items = ItemBuilder()
    items.add("-", "Sở  Nội vụ;\n", o)
    (r,) = items.build("Nơi nhận:", o).items
    assert r == Recipient("Sở Nội vụ;", bullet="-") and r.origin == o
    for bullet, text in (("x", "Sở Nội vụ;"), ("-", " \n ")):
        bad = ItemBuilder()
        bad.add(bullet, text, o)
        with pytest.raises(ModelError):
            bad.build("Nơi nhận:", o)


def test_trusted_documents_and_notes_are_the_validated_ones(read_documents: list[Document]) -> None:
    notes = 0
    for doc in read_documents:
        attrs.validate(doc)
        built = Document(
            header=doc.header,
            preamble=doc.preamble,
            body=doc.body,
            signature=doc.signature,
            recipients=doc.recipients,
            footnotes=doc.footnotes,
            addressees=doc.addressees,
            origin=Origin(source=doc.origin.source if doc.origin else None, line=1, column=1),
            notes=doc.notes,
        )
        assert type(doc) is Document and doc == built and hash(doc) == hash(built)
        assert doc.origin == built.origin and doc.notes == built.notes and repr(doc) == repr(built)
        for n in doc.notes:
            again = Note(n.code, n.message, n.origin)
            assert type(n) is Note and n == again and repr(n) == repr(again) and hash(n) == hash(again)
            notes += 1
    if len(read_documents) > 1:
        assert notes > 0  # (the seed has none; the corpus has thousands)


# Items, names and their look-alikes: bullets, spaces of several kinds, digits of other
# scripts, dots, letters with and without diacritics.
_ITEM_ALPHABET = "-+•*;:.,()aAđĐơƠưƯ1٣²_ \t\u00a0\u2003\u2028\n"
_items = st.text(alphabet=_ITEM_ALPHABET, max_size=30)
_words = st.lists(
    st.text(alphabet="NguyễnVăAĐđ.٣²_ⅫxXyé", min_size=1, max_size=13), min_size=1, max_size=7
).map(" ".join)


def _split_items_reference(text: str) -> list[tuple[str | None, str]]:
    """split_items as written at 7c43e04."""
    t = text.strip()
    bm = P.BULLET.match(t)
    first_bullet = bm.group(1) if bm else None
    if bm:
        t = t[bm.end() :]
    parts: list[tuple[str | None, str]] = []
    pos = 0
    bullet = first_bullet
    for m in R._INLINE_SPLIT.finditer(t):
        parts.append((bullet, t[pos : m.start()].strip()))
        bullet = m.group(1)
        pos = m.end()
    parts.append((bullet, t[pos:].strip()))
    return [(b, x) for b, x in parts if x]


@given(_items)
def test_split_items_is_the_reference(text: str) -> None:
    assert R.split_items(text) == _split_items_reference(text)


@given(_items, st.sampled_from([None, "-", "+", "•", "*"]))
def test_recipient_text_is_the_joined_words(text: str, bullet: str | None) -> None:
    joined = " ".join(text.split())
    if joined:
        assert R._recipient(text, bullet, None) == Recipient(joined, bullet=bullet)
    else:
        with pytest.raises(ModelError):
            R._recipient(text, bullet, None)


@given(_words)
def test_is_name_is_the_word_regex(text: str) -> None:
    words = text.split()
    want = (
        2 <= len(words) <= 6
        and not P.is_upper_line(text)
        and all(S._NAME_WORD.fullmatch(w) and w[0].isupper() for w in words)
        and P.MARKER.match(text) is None
    )
    assert S._is_name(text) == bool(want)


def test_is_name_examples() -> None:
    assert S._is_name("Trần Thanh Trường") and S._is_name("Nguyễn V. A")
    assert not S._is_name("Nguyễn Văn A..") and not S._is_name("Nguyễn Văn ٣") and not S._is_name("Chương I")
    ten = "Vă" + "n" * 8  # a word of ten letters, the longest _NAME_WORD takes
    assert S._is_name(f"Nguyễn {ten}") and S._is_name(f"Nguyễn {ten}.") and not S._is_name(f"Nguyễn {ten}n")


@given(_items)
def test_bullet_end_is_the_regex(text: str) -> None:
    m = P.BULLET.match(text)
    assert R.bullet_end(text) == (m.end() if m else 0)
    assert R.bullet_end(text.strip()) == (m.end() if (m := P.BULLET.match(text.strip())) else 0)


# Titles, markers and banners in capitals, with keyed look-alikes of "k".
_caps = st.one_of(
    st.text(alphabet="GIÁMĐỐCPHẦNKÈẾḰĶFLEỦTRƯỞIVX1.:)-  ", max_size=20),
    st.builds(
        lambda h, t: h + t,
        st.sampled_from(["FILE ĐƯỢC ĐÍNH KÈM", "ĐÍNH ḰÈM", "Chương I", "IV. ", "Điều 5.", "1) ", "GIÁM ĐỐC", "Đ.)"]),
        st.text(alphabet="GIÁMĐỐC VX", max_size=8),
    ),
)


def _is_title_reference(text: str) -> bool:
    return (
        P.is_upper_line(text)
        and len(text) <= 80
        and text[:1].isalpha()
        and sum(c.isalpha() for c in text) >= 4
        and P.MARKER.match(text) is None
        and "dinh kem" not in P.key(text)
    )


@given(_caps)
def test_is_title_is_the_reference(text: str) -> None:
    assert S._is_title(text) == _is_title_reference(text)


def _after_debris_reference(text: str) -> int:
    pos = 0
    for _ in range(2):
        end = text.find(" ", pos)
        if end <= pos:
            return 0
        token = text[pos:end]
        if not (
            all(not ch.isalnum() for ch in token) or (len(token) <= 3 and token.isalpha() and not token.isupper())
        ):
            return 0
        pos = end
        while pos < len(text) and text[pos] == " ":
            pos += 1
        rest = text[pos:]
        if S._authority(rest) is not None or (
            S._is_title(rest) and len(rest.split()) >= 2 and S._plain_title(rest)
        ):
            return pos
    return 0


@given(st.builds(lambda d, t: d + t, st.sampled_from(["_ ", "— ", "fe ", "Me mẹ ", "٣ ", "ab1 ", "", "~~ ~ "]), _caps))
def test_after_debris_is_the_reference(text: str) -> None:
    assert S._after_debris(text) == _after_debris_reference(text)


@given(
    st.lists(
        st.tuples(
            st.booleans(),
            st.sampled_from(["Lưu: VT.", "lưu", "Luu VT", "Lưu trữ", "Sở (Nội vụ;", "vụ);", "A.", "B", " Lưu", ""]),
        ),
        max_size=8,
    )
)
def test_item_builder_keeps_filed_and_last_open_current(steps: list[tuple[bool, str]]) -> None:
    items = ItemBuilder()
    for extend, text in steps:
        if extend and items.items:
            items.extend_last(text)
        else:
            items.add("-", text, None)
        assert items.filed == any(str(item[1]).startswith(("Lưu", "lưu", "Luu")) for item in items.items)
        last = str(items.items[-1][1])
        assert items.last_open == (
            not last.rstrip(" )").endswith((";", ".")) or last.count("(") > last.count(")")
        )
    assert not ItemBuilder().last_open


@given(st.text() | st.text(alphabet="Đơn vị'\"\\\t\n\u00a0\u2028\x00\x7f\U0001f600 ", max_size=12))
def test_quoted_is_repr(text: str) -> None:
    assert quoted(text) == repr(text)


def test_trusted_recipient_lists_and_signatures_are_the_validated_ones(read_documents: list[Document]) -> None:
    lists = signatures = 0
    for doc in read_documents:
        for rl in (doc.recipients, doc.addressees):
            if rl is not None:
                attrs.validate(rl)
                built = RecipientList(rl.items, label=rl.label, origin=rl.origin)
                assert type(rl) is RecipientList and rl == built and repr(rl) == repr(built) and hash(rl) == hash(built)
                lists += 1
        s = doc.signature
        if s is not None:
            attrs.validate(s)
            built_s = SignatureBlock(
                s.authority,
                s.principal,
                s.title,
                s.name,
                authority_as_written=s.authority_as_written,
                intermediate=s.intermediate,
                remarks=s.remarks,
                origin=s.origin,
            )
            assert type(s) is SignatureBlock and s == built_s and repr(s) == repr(built_s) and hash(s) == hash(built_s)
            signatures += 1
    assert lists >= 1 and signatures >= 1  # the seed has one of each


def test_trusted_recipient_list_refuses_what_the_constructor_refuses() -> None:
    items = ItemBuilder()
    items.add("-", "Sở Nội vụ;", None)
    assert items.build(None, None) == RecipientList((Recipient("Sở Nội vụ;"),), label=None)
    for label in ("", " \t"):
        with pytest.raises(ModelError):
            items.build(label, None)


@given(
    _items
    | st.builds(lambda b, s, t: b + s + t, st.sampled_from("-+•*"), st.sampled_from([" ", "\t", "  ", "\u00a0"]), _items)
)
def test_split_items_given_the_bullet_end_is_the_reference(text: str) -> None:
    end = R.bullet_end(text)
    if end:
        assert R.split_items(text, end) == _split_items_reference(text)


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\t"])
def test_authority_with_other_white_space(space: str) -> None:
    """An authority split by white space other than one plain space ("T/\\u00a0L.", as a docx
    run may hold) is read, never a KeyError."""
    from vnadmin.text import Block, recognise

    doc = recognise([Block("Nội dung."), Block(f"T/{space}L. BỘ TRƯỞNG"), Block("CHÁNH VĂN PHÒNG"), Block("Nguyễn Văn A")])
    assert doc.signature is not None and doc.signature.authority == "TL."


# -- read_footer's fast paths against the long way -------------------------------------

# Recipient lines: a bullet (or a look-alike), white space or none, words with the signs
# that send a line the long way (another bullet sign, ";" or "." inside, a filing line
# ending in lower case, a signature line after the item), an end.
_line_heads = st.sampled_from(["-", "-", "-", "+", "•", "*", "~", "–", "_", "=", "L", "N", ""])
_line_spaces = st.sampled_from([" ", " ", "  ", "\t", "\u00a0", ""])
_line_words = st.one_of(
    st.text(alphabet="Lưu: VTSởNộivụaăđĐƯỦTHỦƯỚNGKT,()", max_size=30),
    st.text(alphabet="Lưu: VTSởNộivụaăđĐƯỦTHỦƯỚNGKT.;,-+•()", max_size=30),
)
_line_ends = st.sampled_from(
    [";", ".", ",", ":", "", "a", "ư", ")", " ", "\u00a0", "; THỦ TƯỚNG", ". THỦ TƯỚNG", ". KT. BỘ TRƯỞNG", "; Nguyễn Văn A"]
)
_recipient_lines = st.one_of(
    st.builds(lambda h, s, w, e: h + s + w + e, _line_heads, _line_spaces, _line_words, _line_ends),
    st.sampled_from(["- Lưu: VT, Phòng Thuế", "- Lưu: VT, VP.", "- Như trên;", "- UBND TP. Hà Nội;", "- Sở KH-CN;"]),
)


@given(_recipient_lines, st.booleans(), st.booleans(), st.booleans())
@example("- Sở Tài chính. THỦ TƯỚNG", False, False, False)  # a signature line after a "."
@example("- Sở Tài chính, - Sở Nội vụ;", False, False, False)  # two items
@example("• Sở Tài chính; KT. BỘ TRƯỞNG", True, False, False)
@example("- Lưu: VT. Trung Anh BỘ TRƯỞNG Mai Tiến Dũng", False, False, False)  # a signature after the filing line
@example("- Như trên", False, False, True)  # a title in a cell beside it
@example("- Như trên\u00a0", False, False, False)  # white space at the end (split_items strips it)
@example("- Sở Y tế | GIÁM ĐỐC", False, False, False)  # a cell bar before the signature column
def test_plain_item_is_what_the_cell_tests_read(text: str, named: bool, auth_only: bool, segments: bool) -> None:
    """Where _plain_item lets read_footer add a line straight away, the cell tests it skips
    (_flat_signatures, _classify in the recipients) add the same item and nothing else."""
    from vnadmin.text import Block
    from vnadmin.text.recogniser.cells import cells_of
    from vnadmin.text.recogniser.context import Context

    # (segments: the line and a signature's cell beside it, as pdftotext -layout lays them)
    b = Block(f"{text} GIÁM ĐỐC", Origin("x.txt", 7, 1), segments=((0, text), (40, "GIÁM ĐỐC")))
    if not segments or not text:
        b = Block(text, Origin("x.txt", 7, 1))
    end = S._plain_item(b)
    ctx = Context([b])
    items = ItemBuilder()
    kinds = [S._classify(ctx, c, items, True, named, auth_only) for c in S._flat_signatures(ctx, cells_of(b))]
    if end:
        assert kinds == [("item",)] and ctx.notes == []
        assert items.items == [[text[0], b.text[end:], b.origin]]
    else:
        # (the long way: not one plain item, or not known to be one without the cell tests)
        assert not (
            text[:1] in "-+•*" and not b.segments and R.bullet_end(text) and text[-1:] == ";" and text.count(";") == 1
            and all(ch not in text[2:] for ch in "-+•.")
        )


def test_plain_item_examples() -> None:
    from vnadmin.text import Block

    for text in ("- Như trên;", "+ Sở Nội vụ;", "• Lưu: VT, VP.", "-\tBộ Tài chính (để b/c);", "- Lưu: VT, Phòng Thuế"):
        assert S._plain_item(Block(text)) == R.bullet_end(text)
    for text in ("- UBND TP. Hà Nội;", "- Sở KH-CN;", "- A; - B;", "- Lưu: VT. Trung Anh", "~ Như trên;", "-Như trên;",
                 "- Như trên; THỦ TƯỚNG", "Như trên;"):
        assert S._plain_item(Block(text)) == 0


_continued = st.one_of(
    _line_words,
    st.builds(
        lambda w, e: w + e,
        _line_words,
        st.sampled_from(["; THỦ TƯỚNG", ". KT. BỘ TRƯỞNG", "; Nguyễn Văn An", "; Nơi nhận: - A; KT. CỤC TRƯỞNG", "; fe VỤ TRƯỞNG", ";"]),
    ),
)


def _continuation_reference(ctx: object, c: object, text: str, named: bool) -> tuple[object, ...]:
    """A continuation line read as at 251764f: through _items_with_tail (only parted into
    its pieces since, the same steps), written as an item ("- " before it) into a list of
    its own, which is then thrown away."""
    return S._items_with_tail(ctx, c, f"- {text}", ItemBuilder(), named)  # type: ignore[arg-type]


def _notes(ctx: object) -> list[tuple[str, str, object]]:
    return [(n.code, n.message, n.origin) for n in ctx.notes]  # type: ignore[attr-defined]


@given(_continued, st.booleans(), st.sampled_from([0, 3]))
@example("Sở Y tế | GIÁM ĐỐC", False, 0)  # a cell bar before the signature column: cut there
@example("Sở Y tế | Phòng Thuế", True, 3)
def test_continuation_is_the_reference(text: str, named: bool, offset: int) -> None:
    from vnadmin.text import Block
    from vnadmin.text.recogniser.cells import Cell
    from vnadmin.text.recogniser.context import Context

    b = Block("x " * offset + text, Origin("x.txt", 4, 1))
    c = Cell(text, 0, b, 2 * offset)
    got_ctx, want_ctx = Context([b]), Context([b])
    assert S._continuation(got_ctx, c, text, named) == _continuation_reference(want_ctx, c, text, named)
    assert _notes(got_ctx) == _notes(want_ctx)


def _full(doc: Document) -> tuple[object, ...]:
    """Everything read, origins and notes too (left out of a document's equality)."""
    return attrs.asdict(doc, recurse=True), [(n.code, n.message, attrs.asdict(n.origin) if n.origin else None) for n in doc.notes]


def test_footer_fast_paths_read_real_texts_as_the_long_way(
    seed_text: str, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every document of the seed and the corpus read with the fast paths and the long way
    (no plain item, and each continuation line held to the reference as it is read)."""
    texts = [seed_text] + [p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt"))]
    plain = [0]
    fast_item = S._plain_item

    def counted(b: object) -> int:
        end = fast_item(b)  # type: ignore[arg-type]
        plain[0] += bool(end)
        return end

    continued = [0]
    fast_continuation = S._continuation

    def checked(ctx: object, c: object, text: str, named: bool) -> tuple[object, ...]:
        from vnadmin.text.recogniser.context import Context

        want_ctx = Context(ctx.blocks)  # type: ignore[attr-defined]
        want = _continuation_reference(want_ctx, c, text, named)
        before = len(ctx.notes)  # type: ignore[attr-defined]
        got = fast_continuation(ctx, c, text, named)  # type: ignore[arg-type]
        assert got == want and _notes(ctx)[before:] == _notes(want_ctx)
        continued[0] += 1
        return got

    monkeypatch.setattr(S, "_plain_item", counted)
    monkeypatch.setattr(S, "_continuation", checked)
    fast = [_full(loads(t)) for t in texts]
    monkeypatch.setattr(S, "_plain_item", lambda b: 0)
    slow = [_full(loads(t)) for t in texts]
    assert fast == slow
    assert plain[0] >= 500 and continued[0] >= 100  # (the corpus: ≈ 640 and ≈ 155)
