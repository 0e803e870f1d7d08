"""The README's "Use" block works as written: every command, in order, on a fresh demo built by
its first line, in a working folder that holds the repository's `examples/`; each exits 0 and
prints what the README promises. A command added to the block needs its promise here."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from globalsell.cli.main import app

ROOT = Path(__file__).parents[2]
# what each command of the block promises, by the command's first words
PROMISES: dict[str, Any] = {
    "globalsell demo": "demo built in",
    "globalsell catalog list --json": lambda out: len(json.loads(out)) == 47,
    "globalsell catalog import examples/catalogue.xlsx --dry-run": (
        "catalogue.xlsx: 3 rows checked (dry run, nothing written); products +3"
    ),
    "globalsell approvals list": " changes",
    "globalsell listings generate --all": "SKUs, ",
    "globalsell listings list --json --store DE": lambda out: (
        {
            "sku",
            "store",
            "status",
            "product_type",
            "title",
            "bullets",
            "issues",
        }
        <= set(json.loads(out)[0])
    ),
    "globalsell listings export --store DE": "DE: 68 messages -> out/DE.json",
    "globalsell price propose --all --store US": "prices proposed in US",
    "globalsell approvals approve --all --kind pricing.price.set": "applied in full",
    "globalsell listings export --store shopify": lambda out: (
        Path("out/products.csv").read_text("utf-8").startswith("Handle,")
    ),
    "globalsell customs classify": lambda out: json.loads(out)["candidates"] != [],
    "globalsell customs eval examples/hs_sample.csv": "hs_sample.csv: n=6",
    "globalsell price quote NB-AP-001 --store JP --json": lambda out: (
        json.loads(out)["currency"] == "JPY"
    ),
    "globalsell inventory pool": "global pool",
    "globalsell shipments list": "SHP-2611-DE-OC",
    "globalsell shipments import-events examples/events.csv": "events.csv: 2 events",
    "globalsell shipments documents SHP-2611-DE-OC --out out/docs": (
        "wrote out/docs/SHP-2611-DE-OC-commercial-invoice.pdf"
    ),
    "globalsell forecast chart": "wrote out/chart.png (960x540 PNG)",
    "globalsell forecast": "24 SKU x store series",
    "globalsell plan --settings examples/plan.json": "proposed as change",
    "globalsell assistant run --json": lambda out: (
        set(json.loads(out)) >= {"run", "findings", "proposals"}
    ),
    "globalsell assistant ask": "NB-AP-004",
}
SKIPPED = ("globalsell serve",)  # runs until stopped; the server has its own tests


def use_block() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    section = text[text.index("\n## Use\n") :]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block is not None
    return [line for line in block.group(1).splitlines() if line.strip()]


def promise_of(command: str) -> Any:
    keys = [key for key in PROMISES if command.startswith(key)]
    assert keys, f"README command without a promise in {__file__}: {command}"
    return PROMISES[max(keys, key=len)]


def test_every_command_of_the_readme_use_block_works_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    env: dict[str, str | None] = {"GLOBALSELL_DATABASE_URL": None, "COLUMNS": "100"}
    runner = CliRunner()
    ran: list[str] = []
    for line in use_block():
        words = shlex.split(line, comments=True)
        command = shlex.join(words)
        if words[0] in {".", "source"} or command.startswith(SKIPPED):
            continue
        if words[0] == "export":
            name, _, value = words[1].partition("=")
            env[name] = value
            continue
        assert words[0] == "globalsell", f"not a globalsell command: {line}"
        result = runner.invoke(app, words[1:], env=env)
        assert result.exit_code == 0, f"{command}\n{result.output}"
        promise = promise_of(command)
        output = result.stdout
        if callable(promise):
            assert promise(output), f"{command}\n{output[:2000]}"
        else:
            assert promise in output, f"{command}\n{output[:2000]}"
        ran.append(command)
    assert len(ran) == 22
    assert not (ROOT / "out").exists()
