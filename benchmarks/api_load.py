"""Load benchmark of the HTTP server under concurrent use (issue 14, ADR 0075).

Starts `globalsell serve` as a subprocess on a copy of a demo store (SQLite: a copy of a file
built with `globalsell demo --db PATH`; PostgreSQL: the demo built into a database named in
--pg-url, which is dropped and re-created), then drives it from an async httpx client on
127.0.0.1 only, bounded in time (--seconds per workload) and in requests (--max-requests):

  reads         GET /api/v1/products and GET /api/v1/inventory/pool, alternately
  reservations  POST /api/v1/inventory/reservations (1 unit at the origin hub)
  orders        POST /api/v1/orders/import (one new open order per request)
  approvals     POST /api/v1/change-requests, GET it for its fingerprint, POST .../approve

at each concurrency level (1, 8, 32 by default), then 50 order imports at once for one scarce
SKU. It prints rps, p50, p99 and answers by status per level and workload; after the server
stops it checks that every acknowledged write is in the database and that no stock is oversold.

    python benchmarks/api_load.py --store sqlite --demo /tmp/demo.db
    python benchmarks/api_load.py --store postgres \\
        --pg-url postgresql+psycopg://postgres@127.0.0.1:5432/globalsell_bench
    # the code under test is the globalsell on --src (default: this checkout's src/)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

HOST = "127.0.0.1"
SELLER = "ningvale"
OWNER = "owner@ningvale.example"
ORDER_HEADERS = (
    "amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\t"
    "fulfillment-channel\tsales-channel\tsku\tasin\tquantity\tcurrency\titem-price"
)
RACE_ORDERS = 50


@dataclass
class Result:
    workload: str
    level: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)

    def add(self, started: float, status: str) -> None:
        self.latencies.append(time.perf_counter() - started)
        self.statuses[status] += 1


@dataclass
class Acks:
    reservations: set[int] = field(default_factory=set)
    orders: set[str] = field(default_factory=set)
    proposed: set[int] = field(default_factory=set)
    approved: set[int] = field(default_factory=set)


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        port: int = s.getsockname()[1]
        return port


def python_env(src: Path, url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GLOBALSELL_")}
    env["PYTHONPATH"] = str(src)
    env["GLOBALSELL_DATABASE_URL"] = url
    env["GLOBALSELL_SECRET_KEY"] = "benchmark-secret-key-0123456789abcdef"
    return env


def prepare_store(args: argparse.Namespace, workdir: Path) -> str:
    if args.store == "sqlite":
        target = workdir / "bench.db"
        shutil.copyfile(args.demo, target)
        return f"sqlite:///{target}"
    url = make_url(args.pg_url)
    server = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{url.database}"'))
    server.dispose()
    rendered = url.render_as_string(hide_password=False)
    build = (
        "from globalsell.cli.context import runtime\n"
        "from globalsell.config import Settings\n"
        "from globalsell.demo import builder\n"
        f"builder.build_demo(runtime(Settings(database_url={rendered!r})))\n"
    )
    subprocess.run(
        [sys.executable, "-c", build], env=python_env(args.src, rendered), check=True, timeout=600
    )
    return rendered


def issue_token(src: Path, url: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "globalsell", "accounts", "token", OWNER, "--seller", SELLER],
        env={**python_env(src, url), "COLUMNS": "500"},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout.strip().splitlines()[-1].strip()


def stock_targets(url: str) -> tuple[list[tuple[str, str]], str]:
    """Origin-hub (sku, location) pairs with the most units free, and a scarce SKU at FBA-DE."""
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT s.sku, l.code FROM stock_levels s JOIN locations l ON l.id = s.location_id"
                " WHERE l.code = 'CN-NGB' ORDER BY s.on_hand - s.reserved DESC, s.sku LIMIT 5"
            )
        ).all()
        scarce = conn.execute(
            text(
                "SELECT s.sku FROM stock_levels s JOIN locations l ON l.id = s.location_id"
                " WHERE l.code = 'FBA-DE' AND s.on_hand - s.reserved > 0"
                " ORDER BY s.on_hand - s.reserved, s.sku LIMIT 1"
            )
        ).scalar_one()
        skus = list(conn.execute(text("SELECT sku FROM products ORDER BY sku")).scalars())
    engine.dispose()
    return [(r[0], r[1]) for r in rows], str(scarce) if scarce else skus[0]


def order_file(order_id: str, sku: str) -> bytes:
    row = "\t".join(
        [
            order_id,
            "",
            "2026-11-20T08:30:00+00:00",
            "2026-11-20T08:30:00+00:00",
            "Unshipped",
            "Amazon",
            "Amazon.de",
            sku,
            "B000000000",
            "1",
            "EUR",
            "19.99",
        ]
    )
    return f"{ORDER_HEADERS}\n{row}\n".encode()


class Driver:
    def __init__(
        self, client: httpx.AsyncClient, acks: Acks, targets: list[tuple[str, str]], run: str
    ) -> None:
        self.client = client
        self.acks = acks
        self.targets = targets
        self.run = run
        self.counter = 0
        self.skus: list[str] = []

    def next_id(self) -> int:
        self.counter += 1
        return self.counter

    async def call(
        self, result: Result, method: str, path: str, **kwargs: Any
    ) -> httpx.Response | None:
        started = time.perf_counter()
        try:
            response = await self.client.request(method, path, **kwargs)
        except httpx.TimeoutException:
            result.add(started, "timeout")
            return None
        except httpx.TransportError as exc:
            result.add(started, type(exc).__name__)
            return None
        result.add(started, str(response.status_code))
        return response

    async def reads(self, result: Result, n: int) -> None:
        path = "/api/v1/products" if n % 2 else "/api/v1/inventory/pool"
        await self.call(result, "GET", path)

    async def reservations(self, result: Result, n: int) -> None:
        sku, location = self.targets[n % len(self.targets)]
        body = {"sku": sku, "location": location, "quantity": 1, "reference": f"{self.run}-{n}"}
        response = await self.call(result, "POST", "/api/v1/inventory/reservations", json=body)
        if response is not None and response.status_code == 201:
            self.acks.reservations.add(int(response.json()["id"]))

    async def orders(self, result: Result, n: int, sku: str | None = None) -> None:
        order_id = f"{self.run}-{n}"
        files = {"file": ("orders.txt", order_file(order_id, sku or self.targets[0][0]))}
        response = await self.call(result, "POST", "/api/v1/orders/import", files=files)
        if (
            response is not None
            and response.status_code == 200
            and response.json()["orders_created"] == 1
        ):
            self.acks.orders.add(order_id)

    async def approvals(self, result: Result, n: int) -> None:
        sku = self.skus[n % len(self.skus)]
        body = {
            "kind": "catalog.product.update",
            "subject_type": "product",
            "subject_id": sku,
            "title": f"{sku}: description",
            "payload": {"sku": sku, "changes": {"description": f"benchmark {self.run}-{n}"}},
        }
        proposed = await self.call(result, "POST", "/api/v1/change-requests", json=body)
        if proposed is None or proposed.status_code != 201:
            return
        change_id = int(proposed.json()["id"])
        self.acks.proposed.add(change_id)
        detail = await self.call(result, "GET", f"/api/v1/change-requests/{change_id}")
        if detail is None or detail.status_code != 200:
            return
        approved = await self.call(
            result,
            "POST",
            f"/api/v1/change-requests/{change_id}/approve",
            json={"fingerprint": detail.json()["fingerprint"]},
        )
        if (
            approved is not None
            and approved.status_code == 200
            and approved.json()["status"] == "applied"
        ):
            self.acks.approved.add(change_id)


async def run_level(
    driver: Driver, workload: str, level: int, seconds: float, max_requests: int
) -> Result:
    result = Result(workload, level)
    action = getattr(driver, workload)
    deadline = time.perf_counter() + seconds
    started = time.perf_counter()

    async def worker() -> None:
        while time.perf_counter() < deadline and len(result.latencies) < max_requests:
            await action(result, driver.next_id())

    await asyncio.gather(*(worker() for _ in range(level)))
    result.seconds = time.perf_counter() - started
    return result


async def race(driver: Driver, sku: str) -> Result:
    """RACE_ORDERS imports at once, each one new order for 1 unit of one scarce SKU."""
    result = Result("orders x50 at once", RACE_ORDERS)
    started = time.perf_counter()
    await asyncio.gather(
        *(driver.orders(result, driver.next_id(), sku=sku) for _ in range(RACE_ORDERS))
    )
    result.seconds = time.perf_counter() - started
    return result


def wait_ready(client: httpx.Client, server: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}")
        try:
            if client.get("/api/v1/marketplaces").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not start within 120 s")


def wait_for_jobs(url: str) -> float:
    """Wait (at most 120 s) until no scheduled job is running, so that the embedded scheduler's
    start-up run does not hold SQLite's write lock during the first measurements."""
    started = time.perf_counter()
    engine = create_engine(url)
    try:
        for _ in range(240):
            with engine.connect() as conn:
                running = conn.execute(
                    text("SELECT count(*) FROM job_runs WHERE status = 'running'")
                ).scalar_one()
            if not running:
                break
            time.sleep(0.5)
    finally:
        engine.dispose()
    return time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def verify(url: str, acks: Acks, race_sku: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as conn:

        def missing(query: str, wanted: set[Any]) -> int:
            if not wanted:
                return 0
            found = set(conn.execute(text(query)).scalars())
            return len(wanted - found)

        lost = {
            "reservations": missing("SELECT id FROM reservations", acks.reservations),
            "orders": missing("SELECT order_id FROM orders", acks.orders),
            "proposed changes": missing("SELECT id FROM change_requests", acks.proposed),
            "applied approvals": missing(
                "SELECT id FROM change_requests WHERE status = 'applied'", acks.approved
            ),
        }
        oversold = conn.execute(
            text(
                "SELECT count(*) FROM stock_levels s WHERE s.reserved > s.on_hand OR s.reserved <>"
                " (SELECT coalesce(sum(r.quantity), 0) FROM reservations r WHERE r.status ="
                " 'active' AND r.sku = s.sku AND r.location_id = s.location_id"
                " AND r.seller_id = s.seller_id)"
            )
        ).scalar_one()
        race_reserved = conn.execute(
            text(
                "SELECT count(*) FROM order_lines ol JOIN orders o ON o.id = ol.order_pk"
                " WHERE ol.sku = :sku AND ol.reservation_id IS NOT NULL"
                " AND o.source LIKE 'import:%'"
            ),
            {"sku": race_sku},
        ).scalar_one()
    engine.dispose()
    return {**lost, "stock levels oversold or out of step": int(oversold), "race": race_reserved}


def print_table(store: str, label: str, results: list[Result]) -> None:
    print(f"\n### {store} ({label})\n")
    print("| conc | workload | requests | rps | p50 ms | p99 ms | answers by status | 5xx |")
    print("|---:|---|---:|---:|---:|---:|---|---:|")
    for r in results:
        n = len(r.latencies)
        rps = n / r.seconds if r.seconds else 0.0
        p50 = percentile(r.latencies, 50) * 1000
        p99 = percentile(r.latencies, 99) * 1000
        answers = ", ".join(f"{k}: {v}" for k, v in sorted(r.statuses.items()))
        errors = sum(v for k, v in r.statuses.items() if k.startswith("5") or not k.isdigit())
        print(
            f"| {r.level} | {r.workload} | {n} | {rps:.1f} | {p50:.1f} | {p99:.1f} | "
            f"{answers} | {errors} |"
        )


async def drive(
    args: argparse.Namespace, base: str, token: str, url: str
) -> tuple[list[Result], Acks, str]:
    targets, scarce = stock_targets(url)
    acks = Acks()
    timeout = httpx.Timeout(args.request_timeout)
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
    headers = {"Authorization": f"Bearer {token}"}
    results: list[Result] = []
    async with httpx.AsyncClient(
        base_url=base, headers=headers, timeout=timeout, limits=limits, trust_env=False
    ) as client:
        driver = Driver(client, acks, targets, run=f"B{int(time.time()) % 100000}")
        driver.skus = [p["sku"] for p in (await client.get("/api/v1/products")).json()][:40]
        for level in args.levels:
            for workload in args.workloads:
                result = await run_level(driver, workload, level, args.seconds, args.max_requests)
                results.append(result)
                print(
                    f"  {level:>3} {workload:<13} {len(result.latencies):>5} requests "
                    f"{dict(result.statuses)}",
                    file=sys.stderr,
                    flush=True,
                )
                if result.statuses.get("timeout", 0) and not any(
                    k.isdigit() for k in result.statuses
                ):
                    print("  the server answers nothing: stopping", file=sys.stderr)
                    return results, acks, scarce
        results.append(await race(driver, scarce))
    return results, acks, scarce


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", choices=["sqlite", "postgres"], required=True)
    parser.add_argument("--demo", type=Path, help="SQLite demo file (globalsell demo --db PATH)")
    parser.add_argument("--pg-url", help="PostgreSQL URL of a database to (re)create")
    parser.add_argument("--src", type=Path, default=Path(__file__).resolve().parent.parent / "src")
    parser.add_argument("--label", default="this checkout")
    parser.add_argument("--levels", default="1,8,32")
    parser.add_argument(
        "--workloads", default="reads,reservations,orders,approvals", help="comma-separated"
    )
    parser.add_argument("--seconds", type=float, default=4.0, help="per level and workload")
    parser.add_argument("--max-requests", type=int, default=2000, help="per level and workload")
    parser.add_argument("--request-timeout", type=float, default=20.0)
    parser.add_argument(
        "--server-env", action="append", default=[], help="KEY=VALUE for the server, repeatable"
    )
    args = parser.parse_args()
    args.levels = [int(x) for x in args.levels.split(",")]
    args.workloads = args.workloads.split(",")
    if args.store == "sqlite" and args.demo is None:
        parser.error("--demo is required with --store sqlite")
    if args.store == "postgres" and args.pg_url is None:
        parser.error("--pg-url is required with --store postgres")
    with tempfile.TemporaryDirectory(prefix="globalsell-bench-") as tmp:
        workdir = Path(tmp)
        url = prepare_store(args, workdir)
        token = issue_token(args.src, url)
        port = free_port()
        base = f"http://{HOST}:{port}"
        log = (workdir / "server.log").open("wb")
        server = subprocess.Popen(
            [sys.executable, "-m", "globalsell", "serve", "--host", HOST, "--port", str(port)],
            env={**python_env(args.src, url), **dict(e.split("=", 1) for e in args.server_env)},
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=workdir,
        )
        try:
            with httpx.Client(
                base_url=base, headers={"Authorization": f"Bearer {token}"}, trust_env=False
            ) as probe:
                wait_ready(probe, server)
            time.sleep(2)  # let the embedded scheduler claim its start-up slot, if any
            waited = wait_for_jobs(url)
            print(f"  waited {waited:.1f} s for start-up jobs", file=sys.stderr, flush=True)
            results, acks, scarce = asyncio.run(drive(args, base, token, url))
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            log.close()
        found = verify(url, acks, scarce)
        print_table(args.store, args.label, results)
        print(
            f"\nacknowledged writes: {len(acks.reservations)} reservations, "
            f"{len(acks.orders)} orders, {len(acks.proposed)} proposals, "
            f"{len(acks.approved)} applied approvals"
        )
        race_reserved = found.pop("race")
        for what, count in found.items():
            print(f"lost/out of step {what}: {count}")
        print(f"order lines of the scarce SKU {scarce} holding stock: {race_reserved}")
        server_log = (workdir / "server.log").read_text(errors="replace")
        tracebacks = server_log.count("Traceback")
        locked = server_log.count("database is locked")
        print(f"server log: {tracebacks} tracebacks, {locked} 'database is locked'")
        if args.store == "postgres":
            print(f"(database {make_url(url).database} is left for inspection)")


if __name__ == "__main__":
    main()
