from __future__ import annotations

import pytest

from tests.cli.support import BuiltDemo, build_demo


@pytest.fixture(scope="session")
def built_demo(tmp_path_factory: pytest.TempPathFactory) -> BuiltDemo:
    """The demo built once for every CLI test module (it takes several seconds)."""
    return build_demo(tmp_path_factory.mktemp("cli-demo"))
