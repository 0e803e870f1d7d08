"""A cron-like scheduler. Embedded (SQLite, one process): a daemon thread next to the web
server. PostgreSQL deployments: `globalsell assistant worker`, any number of processes; the
(job, slot) key in `job_runs` lets exactly one of them run each slot."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from globalsell.bootstrap import Runtime
from globalsell.core.job_runs import JobRun
from globalsell.jobs import runner
from globalsell.jobs.cron import Cron, slot_key

log = logging.getLogger(__name__)

DEFAULT_SCHEDULES = {
    "assistant.run": "0 6 * * *",
    "approvals.expire": "*/15 * * * *",
    "logistics.scan": "5 * * * *",  # ETAs and shipment exceptions, hourly
}


@dataclass
class Tick:
    ran: list[JobRun] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # slots another worker had taken
    failed: dict[str, str] = field(default_factory=dict)  # job -> error (recorded, not hidden)


class Scheduler:
    def __init__(self, runtime: Runtime, schedules: dict[str, str] | None = None) -> None:
        self.runtime = runtime
        self.schedules = {
            name: Cron.parse(expr) for name, expr in (schedules or DEFAULT_SCHEDULES).items()
        }
        for name in self.schedules:
            runner._job(name)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def tick(self) -> Tick:
        """Run each job whose latest slot (at or before now) has not run yet. A failure is
        recorded on its job run and in the audit trail, logged, and reported in the tick."""
        outcome = Tick()
        now = self.runtime.clock.now()
        for name, cron in sorted(self.schedules.items()):
            fire = cron.previous_fire(now)
            if fire is None:
                continue
            slot = slot_key(fire)
            try:
                done = runner.run_slot(self.runtime, name, slot)
            except Exception as exc:
                outcome.failed[name] = f"{type(exc).__name__}: {exc}"
                continue
            if done is None:
                outcome.skipped.append(f"{name}@{slot}")
            else:
                outcome.ran.append(done)
        return outcome

    def run_forever(self, *, interval_seconds: float = 30.0) -> None:
        while not self._stop.is_set():
            result = self.tick()
            for name, error in result.failed.items():
                log.error("scheduled job %s failed: %s", name, error)
            self._stop.wait(interval_seconds)

    def start(self, *, interval_seconds: float = 30.0) -> None:
        """The in-process scheduler for the embedded default."""
        self._thread = threading.Thread(
            target=self.run_forever,
            kwargs={"interval_seconds": interval_seconds},
            name="globalsell-scheduler",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
