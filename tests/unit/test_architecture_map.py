"""docs/ARCHITECTURE.md stays true: its map names every package and top-level module under
src/globalsell/ and nothing that is gone, and its layer block is pyproject.toml's contract."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "globalsell"
DOC = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = DOC.index(f"\n## {title}\n")
    end = DOC.find("\n## ", start + 1)
    return DOC[start : end if end != -1 else None]


def mapped() -> set[str]:
    """The paths in the first column of the map table: `catalog/`, `api/routes/`, `config.py`."""
    return set(re.findall(r"^\| `([\w/]+/|[\w]+\.py)` \|", _section("Map"), flags=re.M))


def in_code() -> set[str]:
    packages = {
        f"{init.parent.relative_to(SRC).as_posix()}/"
        for init in SRC.rglob("__init__.py")
        if init.parent != SRC
    }
    modules = {p.name for p in SRC.glob("*.py") if p.name != "__init__.py"}
    return packages | modules


def layer_block() -> list[str]:
    block = re.search(r"```\n(.*?)```", _section("Layer contract"), flags=re.S)
    assert block is not None, "the layer contract section has no code block"
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


def contract_layers() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (layers,) = [c["layers"] for c in contracts if c["type"] == "layers"]
    return [str(layer) for layer in layers]


def test_every_package_and_top_level_module_is_on_the_map() -> None:
    assert sorted(in_code() - mapped()) == []


def test_the_map_names_nothing_that_does_not_exist() -> None:
    assert sorted(mapped() - in_code()) == []


def test_the_layer_block_is_the_import_linter_contract() -> None:
    assert layer_block() == contract_layers()


def test_the_map_reads_the_real_tree() -> None:
    assert {"catalog/", "api/routes/", "bootstrap.py", "config.py"} <= in_code()
    assert len(mapped()) >= 20
