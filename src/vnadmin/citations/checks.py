"""Format checks of one số, ký hiệu: :func:`check_number` and the rule table
:data:`NUMBER_RULES` (which :mod:`vnadmin.rules` lists in its catalogue).

Every finding has a stable code (``N001``…), a kebab-case name, a severity, a Vietnamese
message with an English gloss that says what was expected, and the clause it enforces.

>>> [f.name for f in check_number("7/NQ-CP")]
['number-leading-zero']
>>> check_number("05/NQ-HĐND")
[]
>>> [f.code for f in check_number("05/")]
['N001']
"""

from __future__ import annotations

import datetime as _dt

import attrs

from vnadmin.citations.grammar import ParsedParts, parse_number, resolve_type_code, split_number
from vnadmin.errors import CitationError
from vnadmin.model import issuers as issuer_registry
from vnadmin.model.finding import Finding, Location
from vnadmin.model.number import DocumentNumber
from vnadmin.unicode import DASHES, fold, nfc

__all__ = ["NUMBER_RULES", "NumberRule", "check_number", "rule"]

_ND30 = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3"
_ND30_TYPES = "Nghị định 30/2020/NĐ-CP, Điều 7 và Phụ lục III"
_HD36 = "Hướng dẫn 36-HD/VPTW, điểm 1.3.1"
_LEGAL = "Nghị định 34/2016/NĐ-CP, Điều 58; Luật 64/2025/QH15, Điều 7.3"


@attrs.frozen
class NumberRule:
    """One check of a number: ``code``, ``name``, ``severity``, a one-line ``summary``
    (Vietnamese, English gloss) and the ``source`` clause."""

    code: str
    name: str
    severity: str
    summary: str
    source: str


NUMBER_RULES: tuple[NumberRule, ...] = (
    NumberRule(
        "N001",
        "number-unparseable",
        "error",
        "Không đọc được số, ký hiệu (the number/symbol cannot be parsed)",
        f"{_ND30}; {_HD36}",
    ),
    NumberRule(
        "N002",
        "number-leading-zero",
        "error",
        "Số nhỏ hơn 10 phải có số 0 đứng trước: 05, không phải 5 (numbers below 10 take a leading zero)",
        f"{_ND30}; {_LEGAL}; {_HD36}",
    ),
    NumberRule(
        "N003",
        "number-three-digit-padding",
        "warning",
        "Số được đệm nhiều số 0 (005, 012): chỉ số nhỏ hơn 10 có một số 0 đứng trước "
        "(zero padding beyond one leading zero for numbers below 10 is not provided for)",
        _ND30,
    ),
    NumberRule(
        "N004",
        "number-blank",
        "warning",
        "Số thứ tự để trống — chỉ hợp lệ ở bản dự thảo chưa đăng ký "
        "(blank number: only a draft not yet registered may leave it empty)",
        "Nghị định 30/2020/NĐ-CP, Điều 15",
    ),
    NumberRule(
        "N005",
        "type-code-unknown",
        "error",
        "Mã loại văn bản không có trong danh mục (the type code is not in the registry)",
        _ND30_TYPES,
    ),
    NumberRule(
        "N006",
        "type-code-missing-diacritic",
        "error",
        "Mã loại văn bản mất dấu (QD thay cho QĐ) (the type code lost its Đ: QD for QĐ)",
        _ND30_TYPES,
    ),
    NumberRule(
        "N007",
        "type-code-wrong-slot",
        "error",
        "Mã loại văn bản không thuộc kiểu số này (VBQPPL không có năm, mã hành chính trong "
        "số Đảng…) (the type code belongs to another numbering style)",
        f"{_ND30_TYPES}; {_LEGAL}; {_HD36}",
    ),
    NumberRule(
        "N008",
        "type-code-missing",
        "error",
        "Số VBQPPL thiếu mã loại văn bản (chỉ Luật, Nghị quyết của Quốc hội/UBTVQH không có) "
        "(a legal-normative number needs a type code, except laws and QH/UBTVQH resolutions)",
        _LEGAL,
    ),
    NumberRule(
        "N009",
        "year-out-of-range",
        "error",
        "Năm ban hành trong số phải từ 1945 đến năm sau (the year must be 1945..next year)",
        f"{_LEGAL} (khoảng năm là kiểm tra hợp lý của vnadmin — a vnadmin plausibility range)",
    ),
    NumberRule(
        "N010",
        "party-state-style-mixed",
        "error",
        "Trộn kiểu số Đảng (05-CT/TW) với kiểu số Nhà nước (05/CT-UBND) "
        "(Party form <n>-<TYPE>/<ISSUER> mixed with the State form <n>/<TYPE>-<ISSUER>)",
        f"{_HD36}; {_ND30}",
    ),
    NumberRule(
        "N011",
        "issuer-unknown",
        "warning",
        "Chữ viết tắt cơ quan ban hành không có trong danh mục (danh mục mở) "
        "(issuer abbreviation not in the registry; the list is open-ended)",
        _ND30,
    ),
    NumberRule(
        "N012",
        "issuer-inactive-on-date",
        "warning",
        "Cơ quan ban hành không còn/chưa dùng chữ viết tắt này vào ngày ban hành "
        "(the issuer did not issue under this abbreviation on that date)",
        "Nghị quyết 176/2025/QH15 (cơ cấu Chính phủ từ 01/3/2025)",
    ),
    NumberRule(
        "N013",
        "forbidden-character",
        "warning",  # the character set is UNCONFIRMED: a warning, as in vnadmin.validate
        "Ký hiệu chỉ gồm chữ in hoa không dấu, Đ, chữ số và & "
        "(the symbol may hold only capitals without diacritics, Đ, digits and &)",
        f"{_ND30} (bộ ký tự UNCONFIRMED: suy ra từ quy tắc và văn bản thật — derived from rules and real data)",
    ),
    NumberRule(
        "N014",
        "spaces-in-symbol",
        "error",
        "Không có dấu cách giữa số và các nhóm ký hiệu (no spaces between number, '/' and '-')",
        _ND30,
    ),
    NumberRule(
        "N015",
        "lowercase-symbol",
        "error",
        "Ký hiệu viết in hoa, trừ các mã cố định TTr, CTr, QyĐ, TrS, QĐi "
        "(the symbol is in capitals except the fixed mixed-case codes)",
        f"{_ND30}; Nghị định 30/2020/NĐ-CP, Phụ lục III",
    ),
    NumberRule(
        "N016",
        "character-variant",
        "warning",
        "Gạch ngang dài (–, —) hoặc Ð/Ɖ được gõ thay cho '-' và 'Đ' "
        "(en/em dash or Ð/Ɖ typed where '-' and 'Đ' belong)",
        _ND30,
    ),
    NumberRule(
        "N017",
        "so-prefix-colon",
        "warning",
        "Văn bản Nhà nước viết 'Số:' có dấu hai chấm; văn bản Đảng viết 'Số' không có dấu hai chấm "
        "(State documents write 'Số:', Party documents 'Số' without a colon)",
        f"{_ND30}; {_HD36}",
    ),
)
"""The number rules, in code order."""

_BY_NAME = {r.name: r for r in NUMBER_RULES}

_ALLOWED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzĐđ0123456789&")
_D_VARIANTS = "\u00d0\u0189\u0256\u00f0"
# Issuers whose numbers carry no type group in a legal-normative symbol (laws, resolutions
# of the National Assembly and the normative resolutions of its Standing Committee).
_TYPELESS_LEGAL = ("QH", "UBTVQH")


def rule(name: str) -> NumberRule:
    """The rule called ``name`` (``"number-leading-zero"``)."""
    return _BY_NAME[name]


def _finding(name: str, message: str, column: int | None = None) -> Finding:
    r = _BY_NAME[name]
    loc = Location(line=1, column=column) if column is not None else Location()
    return Finding(r.code, r.name, r.severity, message, loc, r.source)


def check_number(s: str | DocumentNumber, *, on: _dt.date | None = None) -> list[Finding]:
    """Rule-coded findings for the format of one number (see :data:`NUMBER_RULES`).

    ``s`` is the written text or a :class:`DocumentNumber` (its ``written`` text is checked
    when present, else its canonical form). ``on`` is the document's date: issuer codes are
    checked against it and the year range ends the year after it (default: today). An
    unparseable string gives an ``N001`` finding, never an exception."""
    if isinstance(s, DocumentNumber):
        text = s.written if s.written is not None else str(s)
    elif isinstance(s, str):
        text = s
    else:
        raise TypeError(f"check_number expects str or DocumentNumber, not {type(s).__name__}")
    try:
        parts = split_number(text)
        number = parse_number(text)
    except CitationError as exc:
        return [
            _finding(
                "number-unparseable",
                f"Không đọc được số, ký hiệu {text!r}: {exc.message} "
                "(expected <số>/<LOẠI>-<CƠ QUAN>, <số>/<năm>/<LOẠI>-<CƠ QUAN> or <số>-<LOẠI>/<CƠ QUAN>)",
                exc.column,
            )
        ]
    out: list[Finding] = []
    out.extend(_check_characters(text, parts))
    out.extend(_check_digits(number))
    out.extend(_check_type(number, parts))
    out.extend(_check_year(number, parts, on))
    out.extend(_check_issuers(number, parts, on))
    return out


# -- individual checks -------------------------------------------------------------------


def _check_characters(text: str, parts: ParsedParts) -> list[Finding]:
    out: list[Finding] = []
    raw = nfc(text)
    if any(c in DASHES for c in raw) or any(c in _D_VARIANTS for c in raw):
        out.append(
            _finding(
                "character-variant",
                "Dùng '-' (gạch nối) và 'Đ' (U+0110) trong số, ký hiệu "
                "(use the hyphen-minus '-' and 'Đ' U+0110, not a dash or a look-alike letter)",
            )
        )
    if parts.spaced:
        out.append(
            _finding(
                "spaces-in-symbol",
                "Bỏ dấu cách quanh '/' và '-': viết liền như 2463/QĐ-UBND "
                "(remove the spaces around '/' and '-', as in 2463/QĐ-UBND)",
            )
        )
    for group, col in zip(parts.groups, parts.columns, strict=True):
        bad = [c for c in group if c not in _ALLOWED]
        if bad:
            out.append(
                _finding(
                    "forbidden-character",
                    f"Nhóm {group!r} có ký tự {''.join(dict.fromkeys(bad))!r}; chỉ dùng A–Z, Đ, "
                    "chữ số và & (only A–Z, Đ, digits and & are expected)",
                    col + 1,
                )
            )
    prefix = parts.prefix
    if prefix and fold(prefix).rstrip(" :").endswith(("số", "so")):
        has_colon = prefix.endswith(":")
        if parts.party and has_colon:
            out.append(
                _finding(
                    "so-prefix-colon",
                    "Văn bản Đảng viết 'Số 05-CT/TW', không có dấu hai chấm "
                    "(a Party number is written 'Số <n>-<TYPE>/<ISSUER>' without a colon)",
                )
            )
        elif not parts.party and not has_colon:
            out.append(
                _finding(
                    "so-prefix-colon",
                    "Văn bản Nhà nước viết 'Số:' có dấu hai chấm (a State number is written 'Số: …')",
                )
            )
    return out


def _check_digits(number: DocumentNumber) -> list[Finding]:
    digits = number.number
    if digits is None:
        return [
            _finding(
                "number-blank",
                "Số thứ tự để trống; văn bản đã ban hành phải có số "
                "(the number is blank; an issued document must carry one)",
            )
        ]
    # A number in a series ("66.11"): the rules below are for the number before the dot.
    # (UNCONFIRMED: Nghị định 30/2020/NĐ-CP does not describe a series number at all.)
    digits = digits.partition(".")[0]
    value = int(digits)
    if len(digits) == 1:
        return [
            _finding(
                "number-leading-zero",
                f"Số {digits} nhỏ hơn 10 phải viết {value:02d} (a number below 10 is written with a leading zero: {value:02d})",
                1,
            )
        ]
    if digits.startswith("0") and (value >= 10 or len(digits) > 2):
        return [
            _finding(
                "number-three-digit-padding",
                f"Số {digits} được đệm số 0; viết {value:02d} (write {value:02d}: only numbers below 10 take one leading zero)",
                1,
            )
        ]
    return []


def _written_type(parts: ParsedParts, number: DocumentNumber) -> tuple[str, int] | None:
    if number.type_code is None:
        return None
    return parts.groups[0], parts.columns[0]


def _check_type(number: DocumentNumber, parts: ParsedParts) -> list[Finding]:
    out: list[Finding] = []
    if number.style == "legal" and number.type_code is None:
        stem = number.issuers[0].rstrip("0123456789").upper()
        if stem not in _TYPELESS_LEGAL:
            out.append(
                _finding(
                    "type-code-missing",
                    f"Số VBQPPL {number} thiếu mã loại (NĐ, TT, QĐ…) trước cơ quan ban hành "
                    "(expected <n>/<year>/<TYPE>-<ISSUER>; only QH/UBTVQH numbers have no type)",
                    parts.columns[0] + 1,
                )
            )
        return out
    found = _written_type(parts, number)
    if found is None:
        return out
    written, col = found
    system = {"party": "party", "legal": "legal"}.get(number.style, "state")
    t, repaired = resolve_type_code(written, system)
    if t is None:
        severity_note = (
            " (danh mục mã Đảng chưa đầy đủ — the Party list is UNCONFIRMED)" if system == "party" else ""
        )
        out.append(
            _finding(
                "type-code-unknown",
                f"Mã loại {written!r} không có trong danh mục{severity_note}; cần một mã đã đăng ký "
                "như QĐ, NQ, KH, TTr (expected a registered type code such as QĐ, NQ, KH, TTr)",
                col + 1,
            )
        )
        return out
    if repaired:
        out.append(
            _finding(
                "type-code-missing-diacritic",
                f"Mã loại {written!r} mất dấu; viết {number.type_code} (the type code lost its diacritic: write {number.type_code})",
                col + 1,
            )
        )
    if t.system != system:
        expected = {
            "state": "mã loại văn bản hành chính (an administrative type code, Phụ lục III)",
            "legal": "mã loại VBQPPL có năm (a legal-normative type code, with a year)",
            "party": "mã loại văn bản Đảng (a Party type code)",
        }[system]
        if t.system == "legal" and system == "state":
            detail = f"{number.type_code} là mã VBQPPL, cần năm: <số>/<năm>/{number.type_code}-… (a legal type needs the year)"
        else:
            detail = f"{number.type_code} là mã của {t.name} ({t.system})"
        out.append(
            _finding(
                "type-code-wrong-slot",
                f"{detail}; ở vị trí này cần {expected}",
                col + 1,
            )
        )
    out.extend(_check_case(written, number.type_code or written, col))
    return out


def _check_case(written: str, expected: str, col: int) -> list[Finding]:
    if written != expected and fold(written) == fold(expected):
        return [
            _finding(
                "lowercase-symbol",
                f"Viết {expected!r}, không viết {written!r} (expected {expected!r}: capitals except the fixed mixed-case codes)",
                col + 1,
            )
        ]
    return []


def _check_year(number: DocumentNumber, parts: ParsedParts, on: _dt.date | None) -> list[Finding]:
    if number.year is None:
        return []
    last = (on or _dt.date.today()).year + 1
    if 1945 <= number.year <= last:
        return []
    return [
        _finding(
            "year-out-of-range",
            f"Năm {number.year} nằm ngoài khoảng 1945–{last} (expected a year from 1945 to {last})",
        )
    ]


def _issuer_groups(number: DocumentNumber, parts: ParsedParts) -> list[tuple[str, str, int]]:
    """(canonical, written, column) of the groups that name issuers."""
    offset = 1 if number.type_code is not None else 0
    out = []
    for k, canonical in enumerate(number.issuers):
        out.append((canonical, parts.groups[offset + k], parts.columns[offset + k]))
    return out


def _check_issuers(number: DocumentNumber, parts: ParsedParts, on: _dt.date | None) -> list[Finding]:
    out: list[Finding] = []
    groups = _issuer_groups(number, parts)
    # Case of every group after the type (issuers and, for a công văn, the unit).
    all_groups = list(groups)
    if number.unit is not None:
        n_issuers = len(number.issuers)
        for k, canonical in enumerate(number.unit.split("-")):
            all_groups.append((canonical, parts.groups[n_issuers + k], parts.columns[n_issuers + k]))
    for canonical, written, col in all_groups:
        known = issuer_registry.lookup(written)
        expected = canonical
        if known is not None:
            expected = known.code + (written[len(known.code):] if known.numbered else "")
        elif any(c.islower() for c in canonical):
            expected = canonical.upper()
        out.extend(_check_case(written, expected, col))
    # Registry checks: the first issuer, every issuer of a joint (liên tịch) number.
    joint = number.type_code is not None and number.type_code.upper().endswith("LT")
    checked = groups if joint else groups[:1]
    for _canonical, written, col in checked:
        known = issuer_registry.lookup(written)
        if known is None:
            out.append(
                _finding(
                    "issuer-unknown",
                    f"Chữ viết tắt cơ quan {written!r} không có trong danh mục; kiểm tra lại nếu không "
                    "phải mã riêng của cơ quan (issuer code not registered: check it unless it is the "
                    "agency's own abbreviation)",
                    col + 1,
                )
            )
            continue
        is_party_issuer = known.system == "party"
        if is_party_issuer != (number.style == "party"):
            form = "05-CT/TW" if is_party_issuer else "05/CT-UBND"
            out.append(
                _finding(
                    "party-state-style-mixed",
                    f"{known.code} ({known.name}) dùng kiểu số {form} "
                    f"(issuer {known.code} expects the form {form})",
                    col + 1,
                )
            )
        if on is not None and not known.active_on(on):
            span = f"{known.valid_from or '…'}–{known.valid_to or '…'}"
            out.append(
                _finding(
                    "issuer-inactive-on-date",
                    f"{known.code} ({known.name}) chỉ dùng trong {span}, không phải ngày {on.isoformat()} "
                    f"(expected an issuer code in use on {on.isoformat()})",
                    col + 1,
                )
            )
    if number.style == "party" and len(number.issuers) > 1:
        out.append(
            _finding(
                "party-state-style-mixed",
                f"Số Đảng có nhóm nối '-' sau '/': {number.symbol} "
                "(a Party symbol is <TYPE>/<ISSUER>; hyphen groups after the slash are the State form)",
                parts.columns[2] + 1,
            )
        )
    return out
