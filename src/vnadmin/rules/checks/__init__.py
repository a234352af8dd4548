"""The rules, one module per component; importing this package registers them all."""

from vnadmin.rules.checks import (  # noqa: F401
    citations,
    dates,
    header,
    layout,
    number,
    recipients,
    sections,
    signature,
    types,
)
