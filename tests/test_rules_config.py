"""Configuration: profiles, select/ignore by code, name or prefix, severity overrides and
the [tool.vnadmin] table of pyproject.toml."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

import vnadmin
from vnadmin.rules import Config, ConfigError, find_pyproject, get, is_enabled, load_config
from vnadmin.rules.engine import effective_severity

SEED = Path(__file__).resolve().parent.parent / "examples" / "seed-report.txt"
TODAY = datetime.date(2025, 6, 30)


@pytest.fixture(scope="module")
def seed() -> vnadmin.Document:
    return vnadmin.text.load(SEED)


def _names(doc: vnadmin.Document, **kw: object) -> list[str]:
    return [f.name for f in vnadmin.validate(doc, config=Config(today=TODAY, **kw))]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("select", "ignore", "code", "enabled"),
    [
        ((), (), "H001", True),
        (("H",), (), "H001", True),
        (("H",), (), "D003", False),
        (("H",), ("H001",), "H001", False),
        (("H001",), ("H",), "H001", True),
        ((), ("national-title-missing",), "H001", False),
        ((), ("recipients-",), "R007", False),
        ((), ("D00",), "D003", False),
        ((), ("D00",), "H001", True),
    ],
)
def test_select_and_ignore(select: tuple[str, ...], ignore: tuple[str, ...], code: str, enabled: bool) -> None:
    r = get(code)
    assert r is not None
    assert is_enabled(r, Config(select=select, ignore=ignore)) is enabled


def test_selection_applies_to_validate(seed: vnadmin.Document) -> None:
    assert set(_names(seed, select=("H",))) == {"national-title-missing", "motto-missing", "issuing-body-missing"}
    assert "number-blank" not in _names(seed, ignore=("number-blank",))


def test_severity_overrides() -> None:
    r = get("date-day-blank")
    assert r is not None
    assert effective_severity(r, Config()) == "warning"
    assert effective_severity(r, Config(profile="review")) == "info"
    assert effective_severity(r, Config(severity={"D003": "error"})) == "error"
    assert effective_severity(r, Config(severity={"D": "info", "date-day-blank": "error"})) == "error"


def test_bad_values_are_errors() -> None:
    with pytest.raises(ConfigError):
        Config(profile="lenient")
    with pytest.raises(ConfigError):
        Config(severity={"H001": "fatal"})
    with pytest.raises(ConfigError):
        Config.from_mapping({"colour": "red"})


def test_merged_appends_ignores() -> None:
    c = Config(ignore=("H001",)).merged(ignore="H002,H003", profile="review", select=None)
    assert c.ignore == ("H001", "H002", "H003") and c.profile == "review"


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib is part of Python from 3.11")
def test_pyproject_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.vnadmin]\nprofile = "review"\nignore = ["L"]\nfail-on = "warning"\n'
        '\n[tool.vnadmin.severity]\nD006 = "info"\n',
        encoding="utf-8",
    )
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    found = find_pyproject(sub)
    assert found == tmp_path / "pyproject.toml"
    config, notice = load_config(found)
    assert notice is None
    assert (config.profile, config.ignore, config.fail_on, dict(config.severity)) == ("review", ("L",), "warning", {"D006": "info"})


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib is part of Python from 3.11")
def test_pyproject_errors(tmp_path: Path) -> None:
    bad = tmp_path / "pyproject.toml"
    bad.write_text("[tool.vnadmin]\nprofile = 'nope'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pyproject\.toml"):
        load_config(bad)
    bad.write_text("[tool.vnadmin\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="TOML"):
        load_config(bad)
    bad.write_text("[project]\nname='x'\n", encoding="utf-8")
    assert load_config(bad) == (Config(), None)


def test_python_310_without_tomllib_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vnadmin.rules.config as cfg

    p = tmp_path / "pyproject.toml"
    p.write_text("[tool.vnadmin]\nprofile = 'review'\n", encoding="utf-8")
    monkeypatch.setattr(cfg.sys, "version_info", (3, 10, 12, "final", 0))
    config, notice = cfg.load_config(p)
    assert config == Config()
    assert notice is not None and "tomllib" in notice and "3.10" in notice
