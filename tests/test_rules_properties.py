"""Property tests: every named rule fires on generated documents carrying exactly its
defect, and generated valid documents raise no error-severity finding."""

from __future__ import annotations

import pytest
from hypothesis import given, note

import vnadmin
from vnadmin.rules import all_rules
from vnadmin.testing.strategies import DEFECTS, defect_of, documents


def _describe(findings: list[vnadmin.Finding]) -> str:
    return "\n".join(f"{f.severity} {f.code} {f.name}: {f.message}" for f in findings)


def test_every_planted_defect_is_a_registered_rule() -> None:
    names = {r.name for r in all_rules()}
    assert set(DEFECTS) <= names


@pytest.mark.parametrize("defect", DEFECTS)
def test_defective_documents_raise_their_rule(defect: str) -> None:
    @given(documents(valid=False, defects=[defect]))
    def check(doc: vnadmin.Document) -> None:
        assert defect_of(doc) == defect
        findings = vnadmin.validate(doc)
        note(_describe(findings))
        assert defect in {f.name for f in findings}

    check()


@given(documents())
def test_valid_documents_raise_no_error(doc: vnadmin.Document) -> None:
    findings = vnadmin.validate(doc)
    errors = [f for f in findings if f.severity == "error"]
    note(_describe(findings))
    assert errors == []


@given(documents(valid=False))
def test_a_defect_raises_no_other_named_rule(doc: vnadmin.Document) -> None:
    # "when and only when": the planted defect is the only named rule that fires, except
    # where one defect implies another by definition (a blank number has no leading zero
    # to check; a removed issuing body also removes the managing body).
    defect = defect_of(doc)
    named = set(DEFECTS) | {"citation-type-mismatch"}
    fired = {f.name for f in vnadmin.validate(doc)} & named
    note(_describe(vnadmin.validate(doc)))
    assert fired == {defect}
