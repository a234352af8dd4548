"""Configuration of a validation run: profile, rule selection and severity overrides.

Two profiles, because the two kinds of users differ:

- ``strict`` (the default) for documents being drafted: every rule at its own severity and
  the layout tolerances of Phụ lục I as written;
- ``review`` for documents received from elsewhere: drafting-only rules (a blank number, a
  blank day) lowered, format details real documents often deviate from lowered to warnings,
  and the layout tolerances widened.

Rules are selected and ignored by code (``H001``), name (``national-title-missing``) or
prefix (``H``, ``D00``, ``recipients-``), like the linters people know; the longest match
wins, so ``select=["H"], ignore=["H002"]`` keeps every header rule but H002.

>>> c = Config(profile="review", ignore=("recipients-archive-vt",), severity={"D006": "error"})
>>> c.profile, c.tolerance.size_pt
('review', 1.0)
>>> Config.from_mapping({"profile": "strict", "select": ["H", "N"], "fail-on": "warning"}).fail_on
'warning'
"""

from __future__ import annotations

import datetime as _dt
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from vnadmin.errors import VnAdminError
from vnadmin.model.finding import SEVERITIES

__all__ = ["PROFILES", "Config", "ConfigError", "Tolerance", "find_pyproject", "load_config"]

PROFILES = ("strict", "review")


class ConfigError(VnAdminError):
    """A configuration value that cannot be used (unknown profile, severity or rule)."""


@attrs.frozen
class Tolerance:
    """Layout tolerances: how far a measured value may lie outside the prescribed range."""

    size_pt: float = 0.0  # font sizes, points
    margin_mm: float = 0.5  # page margins, millimetres
    paper_mm: float = 1.0  # paper width and height, millimetres


TOLERANCES = {
    "strict": Tolerance(size_pt=0.0, margin_mm=0.5, paper_mm=1.0),
    "review": Tolerance(size_pt=1.0, margin_mm=5.0, paper_mm=5.0),
}


def _check_profile(inst: Config, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in PROFILES:
        raise ConfigError(f"hồ sơ không hợp lệ {value!r}; chọn {PROFILES} (unknown profile; choose one of them)")


def _check_severity_map(inst: Config, attribute: attrs.Attribute[Any], value: Any) -> None:
    for key, sev in value.items():
        if sev not in SEVERITIES:
            raise ConfigError(
                f"mức độ không hợp lệ {sev!r} cho {key!r}; chọn {SEVERITIES} (unknown severity for {key!r})"
            )


def _check_fail_on(inst: Config, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in SEVERITIES:
        raise ConfigError(f"fail-on không hợp lệ {value!r}; chọn {SEVERITIES} (unknown fail-on severity)")


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    return tuple(str(v).strip() for v in value if str(v).strip())


def _severity_map(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in dict(value).items()}


@attrs.frozen
class Config:
    """How to validate.

    - ``profile``: ``"strict"`` or ``"review"``.
    - ``select`` / ``ignore``: codes, names or prefixes (empty ``select`` = every rule).
    - ``severity``: overrides, code or name → ``"error" | "warning" | "info"``.
    - ``fail_on``: the lowest severity that makes ``vnadmin check`` exit 1.
    - ``today``: the date "after today" is judged against (``None``: the real today).
    """

    profile: str = attrs.field(default="strict", validator=_check_profile)
    select: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    ignore: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    severity: Mapping[str, str] = attrs.field(
        factory=dict, converter=_severity_map, validator=_check_severity_map, hash=False
    )
    fail_on: str = attrs.field(default="error", validator=_check_fail_on)
    today: _dt.date | None = None

    @property
    def tolerance(self) -> Tolerance:
        return TOLERANCES[self.profile]

    def today_or_now(self) -> _dt.date:
        return self.today or _dt.date.today()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Config:
        """Build from a ``[tool.vnadmin]`` table (keys may use ``-`` or ``_``)."""
        known = {"profile", "select", "ignore", "severity", "fail_on", "today"}
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            k = key.replace("-", "_")
            if k not in known:
                raise ConfigError(f"khóa cấu hình không biết {key!r} (unknown [tool.vnadmin] key)")
            if k == "today":
                value = value if isinstance(value, _dt.date) else _dt.date.fromisoformat(str(value))
            kwargs[k] = value
        return cls(**kwargs)

    def merged(self, **changes: Any) -> Config:
        """A copy with ``changes`` applied; ``None`` values are ignored, tuples for
        ``select``/``ignore`` are appended and severity maps merged."""
        updates: dict[str, Any] = {}
        for key, value in changes.items():
            if value is None:
                continue
            if key in ("select", "ignore"):
                value = _strings(value)
                if key == "ignore":
                    value = (*self.ignore, *value)
            elif key == "severity":
                value = {**self.severity, **_severity_map(value)}
            updates[key] = value
        return attrs.evolve(self, **updates)


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start``."""
    here = start.resolve()
    for d in (here, *here.parents):
        candidate = d / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(path: Path) -> tuple[Config, str | None]:
    """Read ``[tool.vnadmin]`` from ``path`` (a pyproject.toml).

    Returns the configuration and a notice for the user, or ``None``. On Python 3.10 the
    standard library has no TOML reader (``tomllib`` arrived in 3.11) and vnadmin does not
    depend on ``tomli``: the file is then not read, and the notice says so."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: không đọc được tệp cấu hình (cannot read the config file): {exc.strerror}") from exc
    if sys.version_info < (3, 11):
        if b"[tool.vnadmin" in raw:
            return Config(), (
                f"{path}: Python {sys.version_info[0]}.{sys.version_info[1]} không có tomllib, "
                "bỏ qua [tool.vnadmin] (no tomllib before Python 3.11: [tool.vnadmin] is not "
                "read; use the command-line flags)"
            )
        return Config(), None
    else:
        import tomllib

        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: TOML không hợp lệ (invalid TOML): {exc}") from exc
        return _from_table(path, data)


def _from_table(path: Path, data: dict[str, Any]) -> tuple[Config, str | None]:
    table = data.get("tool", {}).get("vnadmin")
    if table is None:
        return Config(), None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.vnadmin] phải là một bảng (must be a table)")
    try:
        return Config.from_mapping(table), None
    except (TypeError, ValueError) as exc:
        if isinstance(exc, ConfigError):
            raise ConfigError(f"{path}: {exc}") from exc
        raise ConfigError(f"{path}: [tool.vnadmin]: {exc}") from exc
