"""Uploaded files: read whole up to the configured limit, with a name safe to log and store."""

from __future__ import annotations

import re

from fastapi import UploadFile

from globalsell.core.errors import PayloadTooLarge

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def read_upload(file: UploadFile, *, limit: int, default_name: str) -> tuple[bytes, str]:
    """The file's bytes (413 when it holds more than `limit`) and its name without control
    characters, at most 120 characters (`default_name` when none is left). Synchronous: the
    routes run in worker threads and the body is already buffered (ADR 0076)."""
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise PayloadTooLarge("the file is too large", field="file")
    return data, _CONTROL.sub("", file.filename or "")[:120] or default_name
