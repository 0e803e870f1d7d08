"""Property-based run over the OpenAPI spec: whatever schemathesis generates, sent with a valid
token, no endpoint answers with a server error (5xx)."""

from __future__ import annotations

from typing import Any

import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from sqlalchemy.orm import Session

from tests.api.routes import expected_operations
from tests.factories import make_member, make_product, make_seller

EXAMPLES_PER_OPERATION = 25


def test_no_server_errors_anywhere_in_the_api(app: FastAPI, session: Session) -> None:
    owner = make_member(session, make_seller(session, slug="fuzz"))
    make_product(session, owner.actor, sku="FUZZ-1")
    session.commit()
    headers = {"Authorization": f"Bearer {owner.token}"}
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app, headers=headers)
    operations = [result.ok() for result in schema.get_all_operations()]
    failures: list[str] = []
    calls = 0
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case: Any) -> None:
            nonlocal calls
            calls += 1
            response = case.call(headers=headers)
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path}: {response.status_code} "
                    f"{response.text[:200]}"
                )

        run()
    assert len(operations) == len(expected_operations())
    assert calls >= len(operations)
    assert failures == []
