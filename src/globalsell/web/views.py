"""Placeholder replaced by the web dashboard work in progress."""

from __future__ import annotations

from fastapi import FastAPI

from globalsell.bootstrap import Runtime


def install(app: FastAPI, runtime: Runtime) -> None:
    return None
