"""Nơi nhận (ô 9b) and Kính gửi (ô 9a).

>>> r = RecipientList((Recipient("Sở Nội vụ;", bullet="-"), Recipient("Lưu: VT, VP.", bullet="-")))
>>> r.archive.text, r.items[0].is_archive
('Lưu: VT, VP.', False)
"""

from __future__ import annotations

from typing import Any

import attrs

from vnadmin.model import _checks
from vnadmin.model.origin import Origin
from vnadmin.unicode import ascii_fold

__all__ = ["Recipient", "RecipientList"]


def _check_bullet(inst: Recipient, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and value not in ("-", "+", "•", "*"):
        _checks.fail(inst, attribute, value, "phải là '-', '+' hoặc None (must be '-', '+' or None)")


@attrs.frozen
class Recipient:
    """One line of a recipient list: ``text`` as written after its bullet, with its final
    ";" or "." (``"Sở Nội vụ;"``, ``"Lưu: VT, VP."``)."""

    text: str = attrs.field(validator=_checks.one_line)
    bullet: str | None = attrs.field(default="-", kw_only=True, validator=_check_bullet)
    origin: Origin | None = attrs.field(default=None, kw_only=True, eq=False)

    @property
    def is_archive(self) -> bool:
        """The filing entry ("Lưu: VT, VP.", Party "Lưu Văn phòng …")."""
        key = ascii_fold(self.text)
        if not key.startswith("luu") or (len(key) > 3 and key[3].isalpha()):
            return False
        # "Lưu trữ …" (an archives agency), "Lưu hành …" (a circulation mark), "Lưu ý" are not
        # the filing entry.
        return not key[3:].lstrip(" :").startswith(("tru ", "hanh ", "y "))

    @property
    def name(self) -> str:
        """The text without its final ";" / "." / ","."""
        return self.text.rstrip(" ;.,")

    @property
    def purpose(self) -> str | None:
        """A trailing note in parentheses ("(để báo cáo)"), if any."""
        name = self.name
        if name.endswith(")") and "(" in name:
            return name[name.rindex("(") + 1 : -1].strip() or None
        return None


@attrs.frozen
class RecipientList:
    """``label`` as written ("Nơi nhận:", "Kính gửi:"; ``None`` when absent) and ``items``."""

    items: tuple[Recipient, ...] = attrs.field(
        default=(), converter=_checks.to_tuple, validator=_checks.tuple_of(Recipient)
    )
    label: str | None = attrs.field(default="Nơi nhận:", kw_only=True, validator=_checks.optional_text)
    origin: Origin | None = attrs.field(default=None, kw_only=True, eq=False)

    @property
    def archive(self) -> Recipient | None:
        """The last item when it is the filing entry."""
        if self.items and self.items[-1].is_archive:
            return self.items[-1]
        return None

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Any:
        return iter(self.items)
