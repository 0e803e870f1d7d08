"""Named jobs run by the scheduler or by hand. A job takes a session and `now`, does its work in
one unit of work, and reports a result; a failure is recorded in the audit trail (in its own
transaction) and raised again, never swallowed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from globalsell.approvals import service as approvals
from globalsell.bootstrap import Runtime
from globalsell.core import audit
from globalsell.core.errors import NotFound
from globalsell.db.session import unit_of_work

Job = Callable[[Session, datetime], dict[str, Any]]


def expire_approvals(session: Session, now: datetime) -> dict[str, Any]:
    """Proposals and approvals past their expiry become `expired`."""
    return {"expired": approvals.expire_due(session, seller_id=None, now=now, by="job:expire")}


JOBS: dict[str, Job] = {"approvals.expire": expire_approvals}


def run(runtime: Runtime, name: str) -> dict[str, Any]:
    """Run one job now."""
    job = JOBS.get(name)
    if job is None:
        raise NotFound(f"unknown job {name!r}; known: {', '.join(sorted(JOBS))}", field="job")
    now = runtime.clock.now()
    try:
        with unit_of_work(runtime.session_factory) as session:
            result = job(session, now)
            audit.record(
                session,
                actor=None,
                actor_name=f"job:{name}",
                action="jobs.job.completed",
                subject_type="job",
                subject_id=name,
                data=result,
                now=now,
            )
    except Exception as exc:
        with unit_of_work(runtime.session_factory) as session:
            audit.record(
                session,
                actor=None,
                actor_name=f"job:{name}",
                action="jobs.job.failed",
                subject_type="job",
                subject_id=name,
                data={"error": f"{type(exc).__name__}: {exc}"},
                now=now,
            )
        raise
    return result
