"""The CLI starts without importing the application (ADR 0070): `--help` and the command table
come from the lazy registrations, and the domains load only when one of their commands runs."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from globalsell.cli.main import Commands, app

# What `globalsell --help` must not import: the server, the domains, the heavy libraries.
HEAVY = (
    "fastapi",
    "uvicorn",
    "sqlalchemy",
    "alembic",
    "numpy",
    "scipy",
    "pint",
    "openpyxl",
    "sp_api",
    "statsforecast",
    "matplotlib",
    "globalsell.bootstrap",
    "globalsell.demo.builder",
    "globalsell.demo.listings_demo",
    "globalsell.cli.catalog",
    "globalsell.listings.service",
)

PROBE = """
import sys
from typer.testing import CliRunner
from globalsell.cli.main import app
result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "100"})
assert result.exit_code == 0, result.output
import importlib.util
pending = importlib.util._LazyModule  # a lazy module not yet executed does not count
print("\\n".join(sorted(n for n, m in sys.modules.items() if not isinstance(m, pending))))
"""


def test_help_imports_none_of_the_application() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    loaded = set(done.stdout.split())
    assert sorted(name for name in HEAVY if name in loaded) == []


@pytest.mark.parametrize("name", sorted(Commands.lazy))
def test_listed_help_is_the_commands_own(name: str) -> None:
    command = Commands.lazy[name].load(name)
    assert command.name == name
    assert (command.help or "").strip().splitlines()[0] == Commands.lazy[name].help


def test_help_lists_every_command_once() -> None:
    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    group = typer.main.get_command(app)
    names = group.list_commands(typer.Context(group))  # type: ignore[attr-defined]
    assert len(names) == len(set(names))
    for name in names:
        assert sum(line.split()[1:2] == [name] for line in result.output.splitlines()) == 1


def test_a_lazy_group_runs_its_commands() -> None:
    result = CliRunner().invoke(app, ["catalog", "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "The master catalogue: list, show, import, export." in result.output
    assert "export" in result.output
