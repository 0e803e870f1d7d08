"""Named jobs run by the scheduler or by hand. A job takes the runtime, a session, `now` and
its schedule slot, does its work in one unit of work, and reports a result; a failure is
recorded (a `failed` job run and an audit entry, in their own transaction) and raised again,
never swallowed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.approvals import bulk as approvals_bulk
from globalsell.assistant import service as assistant
from globalsell.bootstrap import Runtime
from globalsell.core import audit
from globalsell.core.actor import Actor, Role
from globalsell.core.errors import NotFound
from globalsell.core.job_runs import JobRun, JobStatus
from globalsell.db.session import unit_of_work
from globalsell.logistics import service as logistics

log = logging.getLogger(__name__)

Job = Callable[[Runtime, Session, datetime, str | None], dict[str, Any]]


def expire_approvals(
    runtime: Runtime, session: Session, now: datetime, slot: str | None
) -> dict[str, Any]:
    """Proposals and approvals past their expiry become `expired`."""
    return {"expired": approvals_bulk.expire_due(session, seller_id=None, now=now, by="job:expire")}


def run_assistant(
    runtime: Runtime, session: Session, now: datetime, slot: str | None
) -> dict[str, Any]:
    """The assistant's detectors for every seller; one assistant run per seller and slot."""
    runs: dict[str, Any] = {}
    for seller in accounts.list_sellers(session):
        record = assistant.run(
            session,
            registry=runtime.registry,
            detectors=runtime.detectors,
            actor=assistant.assistant_actor(seller.id),
            now=now,
            slot=f"schedule:{slot}" if slot else None,
        )
        runs[seller.slug] = {
            "run_id": record.id,
            "findings": record.findings_count,
            "proposals": record.proposals_count,
        }
    return {"sellers": runs}


def scan_shipments(
    runtime: Runtime, session: Session, now: datetime, slot: str | None
) -> dict[str, Any]:
    """Re-predict arrivals and re-check exceptions of every seller's shipments in flight."""
    checked: dict[str, int] = {}
    for seller in accounts.list_sellers(session):
        actor = Actor(name="job:logistics", seller_id=seller.id, role=Role.OPERATOR)
        checked[seller.slug] = logistics.scan(session, actor=actor, now=now)
    return {"shipments": checked}


JOBS: dict[str, Job] = {
    "approvals.expire": expire_approvals,
    "assistant.run": run_assistant,
    "logistics.scan": scan_shipments,
}


def _job(name: str) -> Job:
    job = JOBS.get(name)
    if job is None:
        raise NotFound(f"unknown job {name!r}; known: {', '.join(sorted(JOBS))}", field="job")
    return job


def _record_failure(runtime: Runtime, name: str, now: datetime, exc: Exception) -> str:
    error = f"{type(exc).__name__}: {exc}"
    log.error("job %s failed: %s", name, error)
    with unit_of_work(runtime.session_factory) as session:
        audit.record(
            session,
            actor=None,
            actor_name=f"job:{name}",
            action="jobs.job.failed",
            subject_type="job",
            subject_id=name,
            data={"error": error},
            now=now,
        )
    return error


def _completed(session: Session, name: str, data: dict[str, Any], now: datetime) -> None:
    audit.record(
        session,
        actor=None,
        actor_name=f"job:{name}",
        action="jobs.job.completed",
        subject_type="job",
        subject_id=name,
        data=data,
        now=now,
    )


def run(runtime: Runtime, name: str) -> dict[str, Any]:
    """Run one job now."""
    job = _job(name)
    now = runtime.clock.now()
    try:
        with unit_of_work(runtime.session_factory) as session:
            result = job(runtime, session, now, None)
            _completed(session, name, result, now)
    except Exception as exc:
        _record_failure(runtime, name, now, exc)
        raise
    return result


def run_slot(runtime: Runtime, name: str, slot: str) -> JobRun | None:
    """Run a job for one schedule slot at most once, across processes: the (job, slot) row is
    claimed first; a slot claimed already returns None. The outcome, success or failure, is
    stored on the row; a failure is raised again after it is stored."""
    job = _job(name)
    now = runtime.clock.now()
    try:
        with unit_of_work(runtime.session_factory) as session:
            session.add(JobRun(job=name, slot=slot, status=JobStatus.RUNNING, started_at=now))
            session.flush()
    except IntegrityError:
        return None
    try:
        with unit_of_work(runtime.session_factory) as session:
            result = job(runtime, session, now, slot)
            claimed = session.scalar(select(JobRun).where(JobRun.job == name, JobRun.slot == slot))
            assert claimed is not None
            claimed.status = JobStatus.SUCCEEDED
            claimed.result = result
            claimed.finished_at = runtime.clock.now()
            _completed(session, name, {"slot": slot, **result}, now)
            return claimed
    except Exception as exc:
        error = _record_failure(runtime, name, now, exc)
        with unit_of_work(runtime.session_factory) as session:
            claimed = session.scalar(select(JobRun).where(JobRun.job == name, JobRun.slot == slot))
            assert claimed is not None
            claimed.status = JobStatus.FAILED
            claimed.error = error
            claimed.finished_at = runtime.clock.now()
        raise


def job_runs(runtime: Runtime, *, limit: int = 50) -> list[JobRun]:
    """The newest job runs, failures included."""
    with unit_of_work(runtime.session_factory) as session:
        rows = list(
            session.scalars(
                select(JobRun).order_by(JobRun.started_at.desc(), JobRun.id.desc()).limit(limit)
            )
        )
        session.expunge_all()
    return rows
