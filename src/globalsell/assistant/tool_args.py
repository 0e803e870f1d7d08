"""Checking the arguments a language model passes to the chat's read-only tools: a bad
argument is an error the model is shown, never an exception."""

from __future__ import annotations

import re
from typing import Any


class ToolArgumentError(ValueError):
    pass


def str_arg(args: dict[str, Any], name: str, *, max_len: int = 100) -> str:
    value = args.get(name)
    if not isinstance(value, str) or not value.strip() or len(value) > max_len:
        raise ToolArgumentError(f"{name} must be a non-empty string up to {max_len} characters")
    return value.strip()


def int_arg(args: dict[str, Any], name: str) -> int:
    value = args.get(name)
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ToolArgumentError(f"{name} must be an integer")
    try:
        number = int(value)
    except ValueError as exc:
        raise ToolArgumentError(f"{name} must be an integer") from exc
    if not 0 < number < 2**31:
        raise ToolArgumentError(f"{name} is out of range")
    return number


def store_arg(args: dict[str, Any], required: bool) -> str | None:
    value = args.get("store")
    if value in (None, "") and not required:
        return None
    store = str_arg(args, "store", max_len=20).upper()
    if not re.fullmatch(r"[A-Z_]{2,20}", store):
        raise ToolArgumentError("store must be a store code such as DE, JP or US")
    return store
