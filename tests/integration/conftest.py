from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine


@pytest.fixture
def pg_engine(engine: Engine) -> Engine:
    """The session's engine, for tests that race connections on PostgreSQL (skipped on SQLite,
    which serialises writers)."""
    if engine.dialect.name != "postgresql":
        pytest.skip("needs PostgreSQL (GLOBALSELL_TEST_DATABASE_URL)")
    return engine
