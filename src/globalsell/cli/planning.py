"""`globalsell plan --settings FILE`: propose the next hub -> FC shipments through approvals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.table import Table

from globalsell.cli.context import (
    SellerOption,
    console,
    err_console,
    local_actor,
    print_json,
    runtime,
    work,
)
from globalsell.planning import service
from globalsell.planning.schemas import PlanSettings


def plan(
    settings_file: Annotated[
        Path,
        typer.Option(
            "--settings",
            exists=True,
            dir_okay=False,
            readable=True,
            help="JSON: lanes (lead times, costs), per-SKU terms, optional capacity_m3.",
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Plan one round from the latest forecast and the pool, and propose it for approval."""
    try:
        settings = PlanSettings.model_validate(json.loads(settings_file.read_text("utf-8")))
    except (ValidationError, json.JSONDecodeError) as exc:
        err_console.print(f"[bold red]error[/] (validation_failed): {settings_file}: {exc}")
        raise typer.Exit(1) from exc
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        change = service.propose_plan(
            session, actor=actor, registry=rt.registry, settings=settings, now=rt.clock.now()
        )
        out = {"change_id": change.id, "title": change.title, **change.payload}
    if as_json:
        print_json(out)
        return
    table = Table("SKU", "From", "To", "Mode", "Units", "Ship by", "Cost", title=out["title"])
    for s in out["shipments"]:
        to = f"{s.get('to_location') or ''} ({s['to_country']})".strip()
        table.add_row(
            s["sku"], s["from"], to, s["mode"], str(s["units"]), s.get("ship_by", ""), s["cost"]
        )
    console.print(table)
    cost = out.get("expected_cost", {})
    levels = list(out["service_level"].values())
    console.print(
        f"proposed as change {out['change_id']} ({out['allocation']}); expected cost "
        f"{cost.get('total', out['transport_cost'])} (transport {out['transport_cost']}, FC "
        f"holding {cost.get('holding_fc', '-')}, lost sales {cost.get('lost_sales', '-')}); "
        f"mean service level {sum(levels) / max(len(levels), 1):.1%}. "
        f"Approve it: globalsell approvals approve {out['change_id']}",
        highlight=False,
    )
