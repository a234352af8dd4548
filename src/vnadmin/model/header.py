"""The header block of a document (phần đầu): ô 1–5 of Nghị định 30/2020/NĐ-CP Phụ lục I.

Every field is ``None`` when the document does not have it — the header of the seed report
has no national title, motto or issuing body, and validation reports that.
"""

from __future__ import annotations

import attrs

from vnadmin.model import _checks
from vnadmin.model.citation import Citation
from vnadmin.model.dates import IssueDate
from vnadmin.model.doctypes import DocumentType
from vnadmin.model.number import DocumentNumber
from vnadmin.model.origin import Origin

__all__ = ["Header"]

_opt_line = _checks.one_line


@attrs.frozen(repr=False)
class Header:
    """Quốc hiệu/Tiêu ngữ (or the Party title), managing and issuing body, số/ký hiệu,
    place and date, type and summary (trích yếu).

    - ``parent_body``: cơ quan chủ quản ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI").
    - ``issuing_body``: cơ quan ban hành ("SỞ KHOA HỌC VÀ CÔNG NGHỆ").
    - ``national_title`` / ``motto``: as written ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc").
    - ``party_title``: "ĐẢNG CỘNG SẢN VIỆT NAM" in Party documents (in place of the national
      title).
    - ``summary``: the trích yếu; for a công văn without the "V/v" label.
    - ``annex_label`` / ``attached_to``: an annex's own label ("Phụ lục I") and the document
      it belongs to, from "(Kèm theo … số …)" (text as written, and the citation).
    - ``number_label`` / ``type_written``: the words as written ("Số:", "Số", "Luật số:";
      "QUYẾT ĐỊNH"), excluded from equality like every "as written" variant.
    - ``origins``: where each field came from, as (field name, origin) pairs.
    """

    parent_body: str | None = attrs.field(default=None, validator=_checks.optional_text)
    issuing_body: str | None = attrs.field(default=None, validator=_checks.optional_text)
    national_title: str | None = attrs.field(default=None, validator=_opt_line)
    motto: str | None = attrs.field(default=None, validator=_opt_line)
    number: DocumentNumber | None = attrs.field(
        default=None, validator=_checks.instance_of(DocumentNumber, optional=True)
    )
    issue_date: IssueDate | None = attrs.field(
        default=None, validator=_checks.instance_of(IssueDate, optional=True)
    )
    doc_type: DocumentType | None = attrs.field(
        default=None, validator=_checks.instance_of(DocumentType, optional=True)
    )
    summary: str | None = attrs.field(default=None, validator=_checks.optional_text)
    party_title: str | None = attrs.field(default=None, kw_only=True, validator=_opt_line)
    annex_label: str | None = attrs.field(default=None, kw_only=True, validator=_opt_line)
    attached_to: str | None = attrs.field(default=None, kw_only=True, validator=_checks.optional_text)
    attached_citation: Citation | None = attrs.field(default=None, kw_only=True, eq=False)
    number_label: str | None = attrs.field(default=None, kw_only=True, eq=False)
    type_written: str | None = attrs.field(default=None, kw_only=True, eq=False)
    origins: tuple[tuple[str, Origin], ...] = attrs.field(
        default=(), kw_only=True, eq=False, converter=_checks.to_tuple
    )

    def origin_of(self, field: str) -> Origin | None:
        """Where ``field`` ("number", "issue_date", …) was read, if known."""
        for name, origin in self.origins:
            if name == field:
                return origin
        return None

    @property
    def is_empty(self) -> bool:
        return all(
            getattr(self, a.name) is None
            for a in attrs.fields(Header)
            if a.eq
        )

    def __repr__(self) -> str:
        shown = [
            f"{a.name}={getattr(self, a.name)!r}"
            for a in attrs.fields(Header)
            if a.eq and getattr(self, a.name) is not None
        ]
        return f"Header({', '.join(shown)})"
