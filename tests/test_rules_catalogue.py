"""The registry and its generated documentation."""

from __future__ import annotations

import re
from pathlib import Path

from vnadmin.citations import NUMBER_RULES
from vnadmin.rules import COMPONENTS, all_rules, get
from vnadmin.rules.catalogue import markdown

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"

NAMED = (
    "national-title-missing", "motto-missing", "issuing-body-missing", "number-blank", "date-day-blank",
    "date-leading-zero", "symbol-type-mismatch", "section-numbering-gap", "signature-missing",
    "recipients-missing", "recipients-archive-missing", "citation-invalid", "citation-date-after-document",
    "citation-type-mismatch",
)


def test_docs_rules_md_is_up_to_date() -> None:
    assert DOCS.read_text(encoding="utf-8") == markdown(), (
        "docs/rules.md is out of date: run `python -m vnadmin.rules.catalogue > docs/rules.md`"
    )


def test_codes_and_names_are_unique_and_stable_in_form() -> None:
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules) == len({r.name for r in rules})
    for r in rules:
        assert re.fullmatch(r"[HNDTSGRCL][0-9]{3}", r.code), r.code
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", r.name), r.name
        assert r.component in COMPONENTS and r.summary and r.source


def test_every_component_has_rules() -> None:
    assert {r.component for r in all_rules()} == set(COMPONENTS)


def test_the_issue_names_exist() -> None:
    for name in NAMED:
        assert get(name) is not None, name


def test_check_number_rules_are_in_the_catalogue() -> None:
    for nr in NUMBER_RULES:
        r = get(nr.code)
        assert r is not None and r.name == nr.name and r.component == "number"


def test_unconfirmed_rules_are_never_errors_and_say_so() -> None:
    for r in all_rules():
        if r.unconfirmed:
            assert r.severity != "error"
            assert f"### {r.code}" in markdown() and "UNCONFIRMED" in markdown()
