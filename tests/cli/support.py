"""What the command-line tests share: one way to call the CLI on a store, and the demo store
built once per test session (each module works on its own copy of it)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from globalsell.cli.main import app
from globalsell.config import sqlite_url
from tests.conftest import DEMO_DATE, DEMO_NOW

runner = CliRunner()


def run_cli(db: Path, *args: str) -> tuple[int, str]:
    """`globalsell ARGS` on the store at `db`, 200 columns wide, the clock pinned at the demo's
    now: (exit code, output)."""
    result = runner.invoke(
        app,
        list(args),
        env={
            "GLOBALSELL_DATABASE_URL": sqlite_url(db),
            "GLOBALSELL_NOW": DEMO_NOW.isoformat(),
            "COLUMNS": "200",
        },
    )
    return result.exit_code, result.output


@dataclass(frozen=True)
class BuiltDemo:
    """`globalsell demo` as it ran: the store it wrote (never written to by tests) and what it
    printed."""

    path: Path
    output: str

    def copy_to(self, folder: Path) -> Path:
        """A private copy of the demo store, for a module that changes it."""
        copy = folder / "demo.db"
        copy.write_bytes(self.path.read_bytes())
        return copy


def build_demo(folder: Path) -> BuiltDemo:
    path = folder / "demo.db"
    result = runner.invoke(
        app, ["demo", "--db", str(path), "--today", DEMO_DATE.isoformat()], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    return BuiltDemo(path, result.output)
