"""What every command shares: the runtime from the environment, one unit of work per command,
the local actor, and one way to report domain errors."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

import typer
from rich.console import Console
from sqlalchemy.orm import Session

from globalsell.accounts import service as accounts
from globalsell.bootstrap import Runtime, build_runtime, upgrade
from globalsell.config import Settings
from globalsell.core.actor import Actor, Role
from globalsell.core.errors import DomainError, NotFound
from globalsell.db.session import unit_of_work

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


def runtime(settings: Settings | None = None, *, migrate: bool = True) -> Runtime:
    """The runtime for GLOBALSELL_DATABASE_URL; the schema is brought up to date first."""
    built = build_runtime(settings or Settings())
    if migrate:
        upgrade(built.engine)
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
