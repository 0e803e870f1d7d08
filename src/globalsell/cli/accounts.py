"""`globalsell accounts ...`: sellers, users, roles, API tokens (local administration)."""

from __future__ import annotations

from typing import Annotated

import typer

from globalsell.accounts import service
from globalsell.cli.context import console, login_name, runtime, work
from globalsell.core.actor import Role

app = typer.Typer(help="Sellers, users, roles and API tokens.", no_args_is_help=True)


def _by() -> str:
    return f"cli:{login_name()}"


@app.command("create-seller")
def create_seller(slug: str, name: str) -> None:
    """Create a seller (a tenant)."""
    rt = runtime()
    with work(rt) as session:
        seller = service.create_seller(session, name=name, slug=slug, by=_by(), now=rt.clock.now())
        console.print(f"seller {seller.slug} created (id {seller.id})")


@app.command("create-user")
def create_user(
    email: str,
    seller: Annotated[str, typer.Option(help="Seller slug to give a role at.")],
    role: Annotated[Role, typer.Option()] = Role.OPERATOR,
    name: Annotated[str, typer.Option()] = "",
    password: Annotated[
        str | None,
        typer.Option(
            prompt=True,
            hide_input=True,
            confirmation_prompt=True,
            help="Web login password (at least 10 characters).",
        ),
    ] = None,
) -> None:
    """Create a user with a role at a seller."""
    rt = runtime()
    now = rt.clock.now()
    with work(rt) as session:
        target = service.get_seller_by_slug(session, slug=seller)
        user = service.create_user(
            session, email=email, display_name=name or email, password=password, by=_by(), now=now
        )
        service.grant_role(
            session, seller_id=target.id, user_id=user.id, role=role, by=_by(), now=now
        )
        console.print(f"user {user.email} is {role} at {target.slug}")


@app.command("token")
def token(
    email: str,
    seller: Annotated[str, typer.Option(help="Seller slug.")],
    name: Annotated[str, typer.Option(help="What the token is for.")] = "cli",
) -> None:
    """Issue an API token for a user; printed once."""
    rt = runtime()
    with work(rt) as session:
        target = service.get_seller_by_slug(session, slug=seller)
        user = service.user_by_email(session, email=email)
        issued = service.issue_token_unchecked(
            session, user_id=user.id, seller_id=target.id, name=name, by=_by(), now=rt.clock.now()
        )
        console.print(issued.plaintext, highlight=False, soft_wrap=True)


@app.command("separation-of-duties")
def separation_of_duties(
    seller: Annotated[str, typer.Argument(help="Seller slug.")],
    mode: Annotated[str, typer.Argument(help="on, off, or auto (on once two people can approve).")],
) -> None:
    """Whether the proposer of a change may approve it themselves."""
    choices = {"on": True, "off": False, "auto": None}
    if mode not in choices:
        raise typer.BadParameter("choose on, off or auto", param_hint="mode")
    rt = runtime()
    with work(rt) as session:
        target = service.get_seller_by_slug(session, slug=seller)
        service.set_separation_of_duties(
            session, seller_id=target.id, enabled=choices[mode], by=_by(), now=rt.clock.now()
        )
        required = service.second_person_required(session, target.id)
    console.print(
        f"separation of duties at {target.slug}: {mode} "
        f"({'a second person approves' if required else 'a proposer may approve'})"
    )
