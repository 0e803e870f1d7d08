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
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import typer
from rich import box
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Column
from rich.table import Table as RichTable

from globalsell.config import ConfigError, Settings
from globalsell.core.actor import Actor, Role
from globalsell.core.errors import DomainError, NotFound

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    from globalsell.bootstrap import Runtime
    from globalsell.catalog.tabular import Table

# The application (every domain's models and appliers, SQLAlchemy, Alembic) is imported by the
# functions below when a command first needs it, not when the CLI starts (ADR 0070).

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


_opened: list[Engine] = []


def close_stores() -> None:
    """Close the connections of every store a command opened (the root command calls it when
    it ends): SQLite then folds its write-ahead log back into the file, so the file alone
    (copied, say) holds every commit."""
    while _opened:
        _opened.pop().dispose()


def runtime(settings: Settings | None = None, *, migrate: bool = True) -> Runtime:
    """The runtime for GLOBALSELL_DATABASE_URL; the schema is brought up to date first."""
    from globalsell.bootstrap import build_runtime, upgrade

    try:
        built = build_runtime(settings or Settings())
    except ConfigError as exc:
        err_console.print(f"[bold red]error[/] (configuration): {exc}", highlight=False)
        raise typer.Exit(2) from exc
    _opened.append(built.engine)
    if migrate:
        upgrade(built.engine, secret_key=built.settings.secret_key)
    return built


@contextmanager
def work(rt: Runtime) -> Iterator[Session]:
    """One transaction per command; a domain error rolls it back and exits 1 with the reason."""
    from globalsell.db.session import unit_of_work

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
    from globalsell.accounts import service as accounts

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


def narrow_table(*headers: str | Column, title: str) -> RichTable:
    """A table for an 80-column terminal: a rule under the header, no borders, one space between
    columns (long cells wrap rather than push the table wider)."""
    return RichTable(
        *headers,
        title=title,
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
        padding=(0, 1),
    )


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
    from globalsell.catalog.tabular import read_table

    rt = runtime()
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(f"reading {file.name}", total=None)
        table = read_table(file.read_bytes(), filename=filename, encoding=encoding)
        progress.update(task, description=f"checking and writing {len(table.rows)} rows")
        with work(rt) as session:
            return run(session, local_actor(session, seller), table, rt.clock.now())
