"""Run the docstring examples of every module of the installed vnadmin package."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import vnadmin


def _modules() -> list[str]:
    """Every module of the package. ``__main__`` is left out: it is the ``python -m
    vnadmin`` entry script, and importing it runs the command line."""
    names = [vnadmin.__name__]
    names.extend(m.name for m in pkgutil.walk_packages(vnadmin.__path__, prefix="vnadmin."))
    return sorted(n for n in names if not n.endswith(".__main__"))


MODULES = _modules()


def test_every_subpackage_is_walked() -> None:
    for name in ("vnadmin.model.number", "vnadmin.model.doctypes", "vnadmin.testing.strategies", "vnadmin.unicode"):
        assert name in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name: str) -> None:
    # Every module must import: none of vnadmin's modules is optional (the test extra
    # installs Hypothesis and python-docx, which vnadmin.testing and the docx tests use).
    module: ModuleType = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.failed == 0, f"{result.failed} of {result.attempted} doctest examples failed in {name}"
