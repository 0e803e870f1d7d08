"""`globalsell approvals ...`: the inbox at the terminal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from globalsell.approvals import service
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.schemas import ChangeRead
from globalsell.cli.context import (
    SellerOption,
    console,
    local_actor,
    narrow_table,
    print_json,
    runtime,
    work,
)
from globalsell.core.errors import ValidationFailed

app = typer.Typer(help="Change requests: list, show, approve, reject, edit.", no_args_is_help=True)


def _show(view: service.ChangeView) -> None:
    change = view.change
    console.print(f"[bold]#{change.id}[/] {change.title}  [{change.status}]  ({change.kind})")
    console.print(f"proposed by {change.proposed_by} at {change.proposed_at:%Y-%m-%d %H:%M} UTC")
    if change.reason:
        console.print(f"reason: {change.reason}")
    if view.stale:
        console.print("[yellow]the data changed since this was proposed[/]")
    table = Table("Field", "Current", "Proposed")
    for line in view.diff:
        table.add_row(
            line.path,
            json.dumps(line.before, ensure_ascii=False),
            json.dumps(line.after, ensure_ascii=False),
        )
    console.print(table)
    if change.error:
        console.print(f"[red]error[/]: {change.error}")
    console.print(f"fingerprint: {view.fingerprint}")


@app.command("list")
def list_changes(
    status: Annotated[ChangeStatus | None, typer.Option(help="Default: open ones.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """List change requests."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        changes = [
            ChangeRead.model_validate(c)
            for c in service.list_changes(session, actor=actor, status=status)
        ]
    if as_json:
        print_json([c.model_dump(mode="json") for c in changes])
        return
    # The title names the subject; `approvals show ID` and --json carry every field.
    table = narrow_table("ID", "Status", "Kind", "Title", title=f"{len(changes)} changes")
    for c in changes:
        table.add_row(str(c.id), c.status.value, c.kind, c.title)
    console.print(table)


@app.command("show")
def show(change_id: int, seller: str | None = SellerOption) -> None:
    """Show a change request: current vs proposed, and the fingerprint to approve."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        _show(service.inspect(session, registry=rt.registry, change_id=change_id, actor=actor))


@app.command("approve")
def approve(
    change_id: int,
    fingerprint: Annotated[
        str | None,
        typer.Option(
            help="Fingerprint you were shown (`show`); without it the change is shown and you "
            "confirm."
        ),
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", help="Approve what is shown, no prompt.")] = False,
    no_apply: Annotated[bool, typer.Option("--no-apply", help="Approve only.")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Approve (and apply) a change request."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        if fingerprint is None:
            view = service.inspect(session, registry=rt.registry, change_id=change_id, actor=actor)
            _show(view)
            if not yes and not typer.confirm("Approve exactly this?"):
                raise typer.Exit(1)
            fingerprint = view.fingerprint
        now = rt.clock.now()
        ttl = rt.settings.approval_ttl
        if no_apply:
            change = service.approve(
                session,
                registry=rt.registry,
                change_id=change_id,
                seen_fingerprint=fingerprint,
                actor=actor,
                now=now,
                ttl=ttl,
            )
        else:
            change = service.approve_and_apply(
                session,
                registry=rt.registry,
                change_id=change_id,
                seen_fingerprint=fingerprint,
                actor=actor,
                now=now,
                ttl=ttl,
            )
        status, error = change.status, change.error
    console.print(f"change {change_id}: {status}" + (f" ({error})" if error else ""))
    if status in (ChangeStatus.FAILED, ChangeStatus.EXPIRED):
        raise typer.Exit(1)


@app.command("reject")
def reject(
    change_id: int,
    reason: Annotated[str, typer.Option(help="Why; the assistant learns from it.")],
    seller: str | None = SellerOption,
) -> None:
    """Reject a change request."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        service.reject(session, change_id=change_id, reason=reason, actor=actor, now=rt.clock.now())
    console.print(f"change {change_id}: rejected")


@app.command("edit")
def edit(
    change_id: int,
    payload: Annotated[str, typer.Option(help="New payload as JSON, or @file.json")],
    fingerprint: Annotated[str, typer.Option(help="Fingerprint of the version you edited.")],
    seller: str | None = SellerOption,
) -> None:
    """Edit a proposal's payload; approve it afterwards with the new fingerprint."""
    text = Path(payload[1:]).read_text("utf-8") if payload.startswith("@") else payload
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationFailed(f"payload is not JSON: {exc}", field="payload") from exc
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        service.edit(
            session,
            registry=rt.registry,
            change_id=change_id,
            payload=data,
            seen_fingerprint=fingerprint,
            actor=actor,
            now=rt.clock.now(),
        )
        _show(service.inspect(session, registry=rt.registry, change_id=change_id, actor=actor))
