"""Scheduled assistant runs: cron slots, one run per slot across workers, failures recorded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from globalsell.assistant.models import AssistantRun
from globalsell.bootstrap import Runtime
from globalsell.core.audit import AuditEntry
from globalsell.core.clock import FixedClock
from globalsell.core.errors import ValidationFailed
from globalsell.core.job_runs import JobRun, JobStatus
from globalsell.jobs import runner
from globalsell.jobs.cron import Cron, slot_key
from globalsell.jobs.scheduler import Scheduler
from tests.factories import make_member, make_product, make_seller


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("expression", "now", "fire"),
    [
        ("0 6 * * *", "2026-11-25T10:00", "2026-11-25T06:00"),
        ("0 6 * * *", "2026-11-25T05:59", "2026-11-24T06:00"),
        ("*/15 * * * *", "2026-11-25T10:44", "2026-11-25T10:30"),
        ("30 8 * * 1", "2026-11-25T10:00", "2026-11-23T08:30"),  # Monday
        ("0 0 1 * *", "2026-11-25T10:00", "2026-11-01T00:00"),
        ("0 9-17/4 * * *", "2026-11-25T16:00", "2026-11-25T13:00"),
    ],
)
def test_cron_previous_fire(expression: str, now: str, fire: str) -> None:
    assert Cron.parse(expression).previous_fire(at(now)) == at(fire)


@pytest.mark.parametrize("bad", ["", "* * * *", "60 * * * *", "a * * * *", "*/0 * * * *"])
def test_bad_cron_is_refused(bad: str) -> None:
    with pytest.raises(ValidationFailed):
        Cron.parse(bad)


def test_slot_key_is_minute_precise() -> None:
    assert slot_key(at("2026-11-25T06:00")) == "2026-11-25T06:00Z"


def _runs(session: Session, seller_id: int) -> list[AssistantRun]:
    """This test's seller's runs (the job runs for every seller in the store)."""
    return list(
        session.scalars(
            select(AssistantRun)
            .where(AssistantRun.seller_id == seller_id)
            .order_by(AssistantRun.id)
        )
    )


def test_a_slot_runs_once_even_if_two_workers_fire_it(session: Session, runtime: Runtime) -> None:
    owner = make_member(session, make_seller(session))
    make_product(session, owner.actor, sku="BARE-1")
    session.flush()
    first = Scheduler(runtime, {"assistant.run": "0 6 * * *"}).tick()
    second = Scheduler(runtime, {"assistant.run": "0 6 * * *"}).tick()
    assert [(r.job, r.slot, r.status) for r in first.ran] == [
        ("assistant.run", "2026-11-25T06:00Z", JobStatus.SUCCEEDED)
    ]
    assert (second.ran, second.skipped) == ([], ["assistant.run@2026-11-25T06:00Z"])
    assert [(r.slot, r.findings_count) for r in _runs(session, owner.actor.seller_id)] == [
        ("schedule:2026-11-25T06:00Z", 1)
    ]


def test_a_failing_job_is_recorded_and_raised(
    session: Session, runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any) -> dict[str, Any]:
        raise RuntimeError("the detectors crashed")

    make_seller(session)
    session.flush()  # the test's transaction is open before the jobs' own units of work
    monkeypatch.setitem(runner.JOBS, "assistant.run", broken)
    tick = Scheduler(runtime, {"assistant.run": "0 6 * * *"}).tick()
    assert tick.failed == {"assistant.run": "RuntimeError: the detectors crashed"}
    row = session.scalars(select(JobRun)).one()
    assert (row.status, row.error) == (JobStatus.FAILED, "RuntimeError: the detectors crashed")
    failed = session.scalars(select(AuditEntry).where(AuditEntry.action == "jobs.job.failed")).one()
    assert failed.data == {"error": "RuntimeError: the detectors crashed"}
    with pytest.raises(RuntimeError, match="crashed"):
        runner.run_slot(runtime, "assistant.run", "2026-11-26T06:00Z")
    assert runner.job_runs(runtime)[0].status is JobStatus.FAILED


def test_the_next_slot_runs_again(session: Session, runtime: Runtime) -> None:
    seller = make_seller(session)
    session.flush()
    scheduler = Scheduler(runtime, {"assistant.run": "0 6 * * *"})
    scheduler.tick()
    assert isinstance(runtime.clock, FixedClock)
    runtime.clock.advance(timedelta(days=1))
    assert [r.slot for r in scheduler.tick().ran] == ["2026-11-26T06:00Z"]
    assert [r.slot for r in _runs(session, seller.id)] == [
        "schedule:2026-11-25T06:00Z",
        "schedule:2026-11-26T06:00Z",
    ]
