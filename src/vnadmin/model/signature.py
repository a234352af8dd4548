"""Chữ ký: quyền hạn, chức vụ, họ tên (ô 7a–7c of Phụ lục I).

>>> s = SignatureBlock(authority="KT.", principal="BỘ TRƯỞNG", title="THỨ TRƯỞNG", name="Trần Văn B")
>>> s.lines()
('KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Trần Văn B')
>>> SignatureBlock(authority="TM.", authority_as_written="T/M", principal="BAN CHẤP HÀNH TRUNG ƯƠNG",
...                title="TỔNG BÍ THƯ", name="Tô Lâm").lines()[0]
'T/M BAN CHẤP HÀNH TRUNG ƯƠNG'
"""

from __future__ import annotations

from typing import Any

import attrs

from vnadmin.errors import ModelError
from vnadmin.model import _checks
from vnadmin.model.origin import Origin

__all__ = ["AUTHORITIES", "SignatureBlock"]

#: Quyền hạn ký, normalised (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7).
AUTHORITIES = ("TM.", "KT.", "TL.", "TUQ.", "Q.")


def _check_authority(inst: SignatureBlock, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and value not in AUTHORITIES:
        _checks.fail(inst, attribute, value, f"phải là một trong {AUTHORITIES} hoặc None (must be one of them or None)")


def _default_written(inst: SignatureBlock) -> str | None:
    return inst.authority


@attrs.frozen
class SignatureBlock:
    """``authority`` (normalised "TM." | "KT." | "TL." | "TUQ." | "Q." | ``None`` when the
    head signs personally), ``authority_as_written`` ("T/M" in Party documents),
    ``principal`` (what follows the prefix: "ỦY BAN NHÂN DÂN", "BỘ TRƯỞNG"),
    ``intermediate`` (stacked lines such as "KT. CHÁNH VĂN PHÒNG"), ``title`` (the signer's
    own position, "GIÁM ĐỐC") and ``name``. ``remarks`` keeps lines such as "(Đã ký)"."""

    authority: str | None = attrs.field(default=None, validator=_check_authority)
    principal: str | None = attrs.field(default=None, validator=_checks.optional_text)
    title: str | None = attrs.field(default=None, validator=_checks.optional_text)
    name: str | None = attrs.field(default=None, validator=_checks.optional_text)
    authority_as_written: str | None = attrs.field(
        default=attrs.Factory(_default_written, takes_self=True),
        kw_only=True,
        validator=_checks.optional_text,
    )
    intermediate: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_checks.to_tuple, validator=_checks.tuple_of(str)
    )
    remarks: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_checks.to_tuple, validator=_checks.tuple_of(str)
    )
    origin: Origin | None = attrs.field(default=None, kw_only=True, eq=False)

    def __attrs_post_init__(self) -> None:
        if (self.authority is None) != (self.authority_as_written is None):
            raise ModelError(
                "SignatureBlock",
                "authority_as_written",
                self.authority_as_written,
                "quyền hạn và cách viết phải cùng có hoặc cùng không "
                "(authority and authority_as_written go together)",
            )
        if self.authority is None and self.principal is not None:
            raise ModelError(
                "SignatureBlock",
                "principal",
                self.principal,
                "chỉ có khi có quyền hạn ký (only with an authority prefix)",
            )
        if self.title is None and self.name is None and self.authority is None:
            raise ModelError(
                "SignatureBlock", "title", None, "cần chức vụ hoặc họ tên (a title or a name is required)"
            )

    @property
    def authority_line(self) -> str | None:
        """The first line: prefix and principal ("TM. ỦY BAN NHÂN DÂN")."""
        if self.authority_as_written is None:
            return None
        return f"{self.authority_as_written} {self.principal}" if self.principal else self.authority_as_written

    def lines(self) -> tuple[str, ...]:
        """The block's lines in order, as a writer lays them out (remarks excluded)."""
        out = [x for x in (self.authority_line, *self.intermediate, self.title) if x]
        if self.name:
            out.append(self.name)
        return tuple(out)
