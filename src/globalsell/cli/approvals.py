"""`globalsell approvals ...`: the inbox at the terminal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from globalsell.approvals import bulk as approvals_bulk
from globalsell.approvals import service
from globalsell.approvals.domain import ChangeStatus
from globalsell.approvals.schemas import ChangeRead
from globalsell.cli import display
from globalsell.cli.context import (
    SellerOption,
    console,
    local_actor,
    narrow_table,
    print_json,
    runtime,
    work,
)
from globalsell.core import formatting
from globalsell.core.errors import ValidationFailed

app = typer.Typer(help="Change requests: list, show, approve, reject, edit.", no_args_is_help=True)


def _show(view: service.ChangeView, shown: formatting.Display, by: str) -> None:
    change = view.change
    console.print(f"[bold]#{change.id}[/] {change.title}  [{change.status}]  ({change.kind})")
    console.print(
        f"proposed by {by} at {display.when(change.proposed_at, shown)} ({display.zone(shown)})"
    )
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
    kind: Annotated[str | None, typer.Option(help="Only this kind.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="Page size.")] = 100,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many (newest first).")] = 0,
    every: Annotated[bool, typer.Option("--all", help="Every page, not only one.")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """List change requests, a page at a time (--limit, --offset) or --all."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        changes: list[ChangeRead] = []
        while True:
            page = service.list_changes(
                session, actor=actor, status=status, kind=kind, limit=limit, offset=offset
            )
            changes += [ChangeRead.model_validate(c) for c in page]
            offset += len(page)
            if not every or len(page) < limit:
                break
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
        view = service.inspect(session, registry=rt.registry, change_id=change_id, actor=actor)
        _show(
            view,
            display.for_seller(session, actor),
            display.person(session, actor, view.change.proposed_by),
        )


@app.command("approve")
def approve(
    change_id: Annotated[int | None, typer.Argument(help="The change; or --all --kind K.")] = None,
    every: Annotated[
        bool, typer.Option("--all", help="Every open proposal of --kind, each as shown now.")
    ] = False,
    kind: Annotated[str | None, typer.Option("--kind", help="With --all.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="With --all: a JSON array.")] = False,
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
    """Approve (and apply) a change request, or --all open ones of a --kind."""
    if every:
        if kind is None or change_id is not None:
            raise typer.BadParameter("--all needs --kind and no change id")
        _approve_all(kind, as_json=as_json, seller=seller)
        return
    if change_id is None:
        raise typer.BadParameter("give a change id, or --all --kind K")
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        if fingerprint is None:
            view = service.inspect(session, registry=rt.registry, change_id=change_id, actor=actor)
            _show(
                view,
                display.for_seller(session, actor),
                display.person(session, actor, view.change.proposed_by),
            )
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
        status, error, held = change.status, change.error, approvals_bulk.held_back(change)
    console.print(
        f"change {change_id}: {_outcome(status, held)}" + (f" ({error})" if error else "")
    )
    if status in (ChangeStatus.FAILED, ChangeStatus.EXPIRED):
        raise typer.Exit(1)


def _outcome(status: ChangeStatus, held: dict[str, Any]) -> str:
    """ "applied" only when everything was carried out; otherwise what was held back."""
    if status is ChangeStatus.APPLIED and held:
        return (
            f"applied in part: held back (drafts with blocking issues) in {', '.join(sorted(held))}"
        )
    return str(status)


def _approve_all(kind: str, *, as_json: bool, seller: str | None) -> None:
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        changes = approvals_bulk.approve_all(
            session,
            registry=rt.registry,
            kind=kind,
            actor=actor,
            now=rt.clock.now(),
            ttl=rt.settings.approval_ttl,
        )
        rows: list[dict[str, Any]] = [
            {
                "id": c.id,
                "subject_id": c.subject_id,
                "status": c.status.value,
                "held": approvals_bulk.held_back(c),
                "error": c.error,
            }
            for c in changes
        ]
    if as_json:
        print_json(rows)
        return
    whole = sum(r["status"] == "applied" and not r["held"] for r in rows)
    part = sum(r["status"] == "applied" and bool(r["held"]) for r in rows)
    other = len(rows) - whole - part
    console.print(
        f"{len(rows)} {kind} proposals: {whole} applied in full, {part} applied in part "
        f"(some stores stay drafts with blocking issues), {other} not applied"
    )
    for r in rows:
        if r["held"] or r["status"] != "applied":
            where = ", ".join(sorted(r["held"]))
            console.print(
                f"  #{r['id']} {r['subject_id']}: {r['status']}"
                + (f"; held back in {where}" if where else "")
                + (f" ({r['error']})" if r["error"] else ""),
                highlight=False,
            )


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
        view = service.inspect(session, registry=rt.registry, change_id=change_id, actor=actor)
        _show(
            view,
            display.for_seller(session, actor),
            display.person(session, actor, view.change.proposed_by),
        )
