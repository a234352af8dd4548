"""The footer's and the recipient lists' fast paths give what the general tests they stand
in for give: a one-regex hint before find_footer's label and authority tests, and model
objects (recipients, signatures) filled slot by slot."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin.errors import ModelError
from vnadmin.model.document import Document
from vnadmin.model.origin import Note, Origin
from vnadmin.model.recipients import Recipient
from vnadmin.text import loads
from vnadmin.text.recogniser import signature as S
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
    assert notes > 0
