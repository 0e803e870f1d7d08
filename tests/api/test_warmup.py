"""The server loads slow things once when it starts, on a background thread: the customs
classifier's index and encoder are ready before the first customs page (ADR 0115)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from globalsell.api.app import create_app
from globalsell.api.warmup import SERVER_WARMUP, Warmup
from globalsell.bootstrap import Runtime
from globalsell.customs import hsindex
from globalsell.customs import warmup as customs_warmup
from tests.cli.support import run_cli


class Probe:
    """A warm-up task that records where and how often it ran."""

    def __init__(self, *, fails: bool = False) -> None:
        self.threads: list[str] = []
        self.fails = fails

    def __call__(self) -> None:
        self.threads.append(threading.current_thread().name)
        if self.fails:
            raise RuntimeError("model file unreadable")


def test_the_warm_up_runs_once_at_start_on_a_background_thread(runtime: Runtime) -> None:
    probe = Probe()
    app = create_app(runtime, warm_up=[("probe", probe)])
    warmup: Warmup = app.state.warmup
    assert probe.threads == []  # building the app loads nothing

    with TestClient(app):
        assert warmup.wait(timeout=30)
    with TestClient(app):  # a second start of the same app does not run it again
        pass

    assert probe.threads == ["globalsell-warmup"]
    assert warmup.status == {"probe": "done"}


def test_a_failing_task_is_recorded_and_the_next_still_runs(
    runtime: Runtime, caplog: pytest.LogCaptureFixture
) -> None:
    broken, after = Probe(fails=True), Probe()
    app = create_app(runtime, warm_up=[("broken", broken), ("after", after)])

    with TestClient(app) as client:
        assert app.state.warmup.wait(timeout=30)
        login = client.get("/login")

    assert app.state.warmup.status == {"broken": "failed", "after": "done"}
    assert after.threads == ["globalsell-warmup"]
    assert "warm-up of broken failed" in caplog.text
    assert login.status_code == 200


def test_an_app_built_without_tasks_warms_nothing(runtime: Runtime) -> None:
    app = create_app(runtime)

    with TestClient(app):
        assert app.state.warmup.wait(timeout=30)

    assert app.state.warmup.status == {}


def test_serve_starts_the_app_with_the_customs_classifier_warm_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: list[FastAPI] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **_: served.append(app))

    code, output = run_cli(tmp_path / "serve.db", "serve", "--no-scheduler")

    assert code == 0, output
    assert [name for name, _ in served[0].state.warmup.tasks] == ["customs classifier"]
    assert (("customs classifier", customs_warmup.warm_up),) == SERVER_WARMUP


def test_the_customs_warm_up_loads_the_index_and_the_encoder() -> None:
    customs_warmup.warm_up()

    assert hsindex.index.cache_info().currsize >= 1
    assert hsindex.semantic.cache_info().currsize == 1
