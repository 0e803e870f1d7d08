"""`globalsell assistant ...`: run the detectors, ask questions, run the scheduler worker."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.table import Table
from sqlalchemy.orm import Session

from globalsell.ai.openai_compatible import LLMConfig, OpenAICompatibleClient
from globalsell.assistant import chat, service
from globalsell.assistant.schemas import FindingRead, ProfileUpdate, RunRead, RunReport
from globalsell.cli import display
from globalsell.cli.context import (
    SellerOption,
    console,
    err_console,
    local_actor,
    print_json,
    runtime,
    work,
)
from globalsell.core import formatting
from globalsell.core.actor import Actor
from globalsell.core.errors import ValidationFailed
from globalsell.jobs.scheduler import DEFAULT_SCHEDULES, Scheduler

app = typer.Typer(
    help="The seller assistant: findings, proposals, questions.", no_args_is_help=True
)


def _report(session: Session, actor: Actor, run_id: int) -> RunReport:
    record = service.get_run(session, actor=actor, run_id=run_id)
    findings = [
        FindingRead.model_validate(f)
        for f in service.list_findings(session, actor=actor, run_id=run_id)
    ]
    filed = [
        f.change_request_id
        for f in findings
        if f.status == "proposed" and f.change_request_id is not None
    ]
    return RunReport(run=RunRead.model_validate(record), findings=findings, proposals=filed)


@app.command("run")
def run(
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Run every detector now; print the findings and the proposals filed."""
    rt = runtime()
    now = rt.clock.now()
    with work(rt) as session:
        person = local_actor(session, seller)
        record = service.run(
            session,
            registry=rt.registry,
            detectors=rt.detectors,
            actor=service.assistant_actor(person.seller_id),
            now=now,
        )
        report = _report(session, person, record.id)
    if as_json:
        print_json(report.model_dump(mode="json"))
        return
    table = Table(
        "#", "Severity", "Impact", "Status", "Finding", title=f"assistant run {report.run.id}"
    )
    for f in report.findings:
        table.add_row(
            str(f.rank),
            f.severity,
            display.money(f.impact_amount, f.impact_currency, formatting.Display()),
            f.status + (f" #{f.change_request_id}" if f.change_request_id else ""),
            f.reason,
        )
    console.print(table)
    console.print(
        f"{len(report.findings)} findings, {len(report.proposals)} proposals filed "
        "(approve or reject them with `globalsell approvals`)."
    )


@app.command("ask")
def ask(
    question: str,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Ask about your data in Chinese or English (read-only)."""
    rt = runtime()
    chat_settings = LLMConfig.from_env(os.environ)
    client = OpenAICompatibleClient(chat_settings) if chat_settings else None
    try:
        with work(rt) as session:
            actor = local_actor(session, seller)
            reply = chat.answer(
                session, actor=actor, question=question, now=rt.clock.now(), client=client
            )
    finally:
        if client is not None:
            client.close()
    if as_json:
        print_json(
            {"answer": reply.text, "intent": reply.intent, "via": reply.via, "data": reply.data}
        )
        return
    console.print(reply.text, highlight=False)


@app.command("worker")
def worker(
    once: Annotated[bool, typer.Option(help="Run due jobs once and exit.")] = False,
    interval: Annotated[float, typer.Option(min=1.0, help="Seconds between checks.")] = 30.0,
    cron: Annotated[
        str, typer.Option(help="When the assistant runs (cron, UTC).")
    ] = DEFAULT_SCHEDULES["assistant.run"],
) -> None:
    """Run scheduled jobs (the assistant, approval expiry) until stopped; one slot runs once
    across every worker process."""
    rt = runtime()
    schedules = {**DEFAULT_SCHEDULES, "assistant.run": cron}
    scheduler = Scheduler(rt, schedules)
    if not once:
        console.print(f"worker: {schedules}; checking every {interval:g}s")
        scheduler.run_forever(interval_seconds=interval)
        return
    tick = scheduler.tick()
    for done in tick.ran:
        console.print(f"{done.job}@{done.slot}: {done.status} {done.result}", highlight=False)
    for slot in tick.skipped:
        console.print(f"{slot}: ran already", highlight=False)
    for name, error in tick.failed.items():
        err_console.print(f"{name}: failed: {error}", highlight=False)
    if tick.failed:
        raise typer.Exit(1)


@app.command("findings")
def findings(
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """The latest run's findings, best first."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        rows = [FindingRead.model_validate(f) for f in service.list_findings(session, actor=actor)]
    if as_json:
        print_json([f.model_dump(mode="json") for f in rows])
        return
    for f in rows:
        console.print(f"{f.rank}. [{f.severity}] {f.reason} ({f.status})", highlight=False)


@app.command("profile")
def profile(
    risk: Annotated[str | None, typer.Option(help="low, medium or high")] = None,
    budget: Annotated[int | None, typer.Option(help="Daily alert budget.")] = None,
    category: Annotated[list[str] | None, typer.Option(help="Focus category (repeat).")] = None,
    seller: str | None = SellerOption,
) -> None:
    """Show the assistant profile, or change it."""
    rt = runtime()
    with work(rt) as session:
        actor = local_actor(session, seller)
        if risk is None and budget is None and category is None:
            current = service.get_profile(session, actor=actor)
        else:
            try:
                changes = ProfileUpdate.model_validate(
                    {"risk_appetite": risk, "daily_alert_budget": budget, "categories": category}
                )
            except ValidationError as exc:
                raise ValidationFailed(f"profile: {exc.errors()[0]['msg']}") from exc
            current = service.update_profile(
                session, actor=actor, changes=changes, now=rt.clock.now()
            )
    print_json(service.profile_read(current).model_dump(mode="json"))
