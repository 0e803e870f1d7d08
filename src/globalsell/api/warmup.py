"""Slow things loaded once when the server starts, off the request path: each task runs on one
background thread, in order; a page that needs one before it is ready waits for the same load
(the task's own lock) instead of starting another. A failing task is logged with its traceback and
recorded; the pages still load what they need themselves."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from globalsell.customs import warmup as customs_warmup

log = logging.getLogger(__name__)

Task = tuple[str, Callable[[], object]]

# What `globalsell serve` loads at start: the first customs page took 7-10 s without it.
SERVER_WARMUP: tuple[Task, ...] = (("customs classifier", customs_warmup.warm_up),)


@dataclass
class Warmup:
    tasks: Sequence[Task]
    status: dict[str, str] = field(default_factory=dict)  # task -> pending, running, done, failed
    _done: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the tasks on a daemon thread (once; a second call does nothing)."""
        if self._thread is not None:
            return
        self.status.update(dict.fromkeys((name for name, _ in self.tasks), "pending"))
        self._thread = threading.Thread(target=self._run, name="globalsell-warmup", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            for name, task in self.tasks:
                self.status[name] = "running"
                try:
                    task()
                except Exception:
                    log.exception("warm-up of %s failed; pages will load it when needed", name)
                    self.status[name] = "failed"
                else:
                    self.status[name] = "done"
                    log.info("warm-up of %s done", name)
        finally:
            self._done.set()

    def wait(self, timeout: float | None = None) -> bool:
        """True once every task has ended (done or failed)."""
        return self._done.wait(timeout)
