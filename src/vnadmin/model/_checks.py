"""Small validators shared by the model classes; each raises :class:`ModelError` naming the
class, the field and the value."""

from __future__ import annotations

from typing import Any

import attrs

from vnadmin.errors import ModelError


def fail(inst: object, attribute: attrs.Attribute[Any], value: object, message: str) -> None:
    raise ModelError(type(inst).__name__, attribute.name, value, message)


def text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-empty str (after stripping)."""
    # ``isspace`` stops at the first visible character; ``strip`` would copy the text.
    if type(value) is not str or not value or value.isspace():
        fail(inst, attribute, value, "phải là chuỗi không rỗng (must be a non-empty string)")


def optional_text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """None or a non-empty str."""
    if value is not None and (type(value) is not str or not value or value.isspace()):
        fail(
            inst,
            attribute,
            value,
            "phải là None hoặc chuỗi không rỗng (must be None or a non-empty string)",
        )


def any_text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Any str, empty allowed."""
    if type(value) is not str:
        fail(inst, attribute, value, "phải là chuỗi (must be a string)")


def one_line(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """None or a non-empty str without line breaks."""
    if value is None:
        return
    if type(value) is not str or not value or value.isspace() or "\n" in value:
        fail(
            inst,
            attribute,
            value,
            "phải là một dòng văn bản không rỗng (must be one non-empty line of text)",
        )


def tuple_of(*types: type) -> Any:
    """A tuple whose items are all instances of ``types``."""

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not tuple:
            fail(inst, attribute, value, "phải là tuple (must be a tuple)")
        for item in value:  # type: ignore[attr-defined]
            if not isinstance(item, types):
                names = " | ".join(t.__name__ for t in types)
                fail(inst, attribute, item, f"phần tử phải là {names} (items must be {names})")

    return check


def instance_of(*types: type, optional: bool = False) -> Any:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, types):
            names = " | ".join(t.__name__ for t in types)
            fail(inst, attribute, value, f"phải là {names} (must be {names})")

    return check


def to_tuple(value: Any) -> Any:
    """Converter: lists and other iterables become tuples (strings are left alone)."""
    if type(value) is tuple or isinstance(value, str):
        return value
    return tuple(value)
