"""The app served by uvicorn in a background thread on a free loopback port, for as long as a
`with` block runs: what the browser tests and the screenshot script drive Chromium against."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from globalsell.api.app import create_app
from globalsell.bootstrap import Runtime

START_SECONDS = 60
STOP_SECONDS = 15


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def served(runtime: Runtime, *, name: str = "globalsell-background") -> Iterator[str]:
    """The real app on `http://127.0.0.1:PORT` (yielded) until the block ends; it raises when
    the server has not started within a minute."""
    port = free_port()
    config = uvicorn.Config(
        create_app(runtime), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=name, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + START_SECONDS
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=STOP_SECONDS)
