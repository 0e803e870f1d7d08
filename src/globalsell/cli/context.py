"""What every command shares: the runtime from the environment, one unit of work per command,
the local actor, and one way to report domain errors."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.bootstrap import Runtime, build_runtime, upgrade
from globalsell.catalog.tabular import Table, read_table
from globalsell.config import ConfigError, Settings
from globalsell.core.actor import Actor, Role
from globalsell.core.errors import DomainError, NotFound
from globalsell.db.session import unit_of_work

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


def runtime(settings: Settings | None = None, *, migrate: bool = True) -> Runtime:
    """The runtime for GLOBALSELL_DATABASE_URL; the schema is brought up to date first."""
    try:
        built = build_runtime(settings or Settings())
    except ConfigError as exc:
        err_console.print(f"[bold red]error[/] (configuration): {exc}", highlight=False)
        raise typer.Exit(2) from exc
    if migrate:
        upgrade(built.engine, secret_key=built.settings.secret_key)
    return built


@contextmanager
def work(rt: Runtime) -> Iterator[Session]:
    """One transaction per command; a domain error rolls it back and exits 1 with the reason."""
    try:
        with unit_of_work(rt.session_factory) as session:
            yield session
    except DomainError as exc:
        fail(exc)


def fail(exc: DomainError) -> NoReturn:
    err_console.print(f"[bold red]error[/] ({exc.code}): {exc.message}", highlight=False)
    for item in exc.errors:
        err_console.print(f"  - {item}", highlight=False)
    raise typer.Exit(1)


def local_actor(session: Session, seller: str | None) -> Actor:
    """The person at the terminal acts as an owner of the chosen seller (whoever holds the
    database administers it); with one seller the choice is implicit."""
    if seller:
        chosen = accounts.get_seller_by_slug(session, slug=seller)
    else:
        sellers = accounts.list_sellers(session)
        if len(sellers) != 1:
            names = ", ".join(s.slug for s in sellers) or "none yet"
            raise NotFound(f"choose a seller with --seller (known: {names})", field="seller")
        chosen = sellers[0]
    return Actor(name=f"cli:{login_name()}", seller_id=chosen.id, role=Role.OWNER)


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


SellerOption = typer.Option(None, "--seller", envvar="GLOBALSELL_SELLER", help="Seller slug.")


Imported = TypeVar("Imported")


def import_table(
    file: Path,
    *,
    filename: str,
    encoding: str | None,
    seller: str | None,
    run: Callable[[Session, Actor, Table, datetime], Imported],
) -> Imported:
    """Read a spreadsheet under a progress bar, then run one import in one unit of work."""
    rt = runtime()
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(f"reading {file.name}", total=None)
        table = read_table(file.read_bytes(), filename=filename, encoding=encoding)
        progress.update(task, description=f"checking and writing {len(table.rows)} rows")
        with work(rt) as session:
            return run(session, local_actor(session, seller), table, rt.clock.now())
