"""`globalsell customs ...`"""

from __future__ import annotations

import os
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError as PydanticError
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from globalsell.cli import display
from globalsell.cli.context import (
    SellerOption,
    console,
    err_console,
    fail,
    local_actor,
    print_json,
    runtime,
    work,
)
from globalsell.core import formatting
from globalsell.core.errors import DomainError, ValidationFailed
from globalsell.customs import classifier, domain, evaluation, landed, national, rerank, service
from globalsell.customs.nomenclature import load
from globalsell.customs.schemas import HsClassificationRead, LandedCostRequest

ENGLISH = formatting.Display()  # tables are in English (ADR 0117)

app = typer.Typer(
    help="Customs: HS classification, declared-code checks, landed cost.", no_args_is_help=True
)


@app.command("classify")
def classify(
    text: str,
    material: Annotated[str | None, typer.Option(help="What it is made of.")] = None,
    use: Annotated[str | None, typer.Option(help="What it is used for.")] = None,
    top: Annotated[int, typer.Option(min=1, max=10)] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Ranked HS 2022 candidates (with the US HTS line), confidence and reasons, offline."""
    try:
        with rerank.configured_generator(os.environ) as generator:
            result = service.classify_text(
                text, material=material, use=use, top_k=top, generator=generator
            )
    except DomainError as exc:
        fail(exc)
    if as_json:
        print_json(result.model_dump(mode="json"))
        return
    table = Table("HS6", "US line", "Conf.", "Subheading", "Reasons", title=result.text[:80])
    for c in result.candidates:
        table.add_row(
            c.hs6, c.national_code, _share(c.confidence), c.subheading[:60], "; ".join(c.reasons)
        )
    console.print(table)
    if result.abstained:
        console.print(f"[yellow]not sure[/] ({_share(result.confidence)}): {result.question}")


def _share(confidence: float | Decimal) -> str:
    """A confidence as the tables show it: `87.0%` (core.formatting)."""
    return formatting.percent(Decimal(str(confidence)), ENGLISH)


def read_eval_file(path: Path) -> list[evaluation.EvalRow]:
    """Rows of an evaluation CSV (see `evaluation.parse_eval_csv` for the columns)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationFailed(f"cannot read {path}: {exc}", field="file") from exc
    return evaluation.parse_eval_csv(text)


def evaluate(
    rows: list[evaluation.EvalRow], *, show_progress: bool
) -> tuple[dict[str, object], float]:
    tally = domain.EvalTally()
    load()
    classifier.classify("warm up")
    confidences: list[float] = []
    headings: list[float] = []  # calibrated probability of the first candidate's heading
    correct: list[bool] = []
    by_level: dict[int, list[bool]] = {2: [], 4: []}
    firsts: list[tuple[str, str | None]] = []
    started = time.perf_counter()
    columns = (
        TextColumn("classifying"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err_console, transient=True, disable=not show_progress) as bar:
        task = bar.add_task("eval", total=len(rows))
        for row in rows:
            if row.text.strip():
                result = classifier.classify(row.text, category=row.category, top_k=10)
                predicted = [c.national_code for c in result.candidates]
                abstained, confidence = result.abstained, result.confidence
                headings.append(result.heading_confidence)
            else:
                predicted, abstained, confidence = [], True, 0.0
                headings.append(0.0)
            tally.add(predicted, row.gold, abstained=abstained)
            confidences.append(confidence)
            correct.append(domain.hits_at(predicted, row.gold, 6, 1))
            for level, hits in by_level.items():
                hits.append(domain.hits_at(predicted, row.gold, level, 1))
            firsts.append((row.gold[0], predicted[0] if predicted else None))
            bar.advance(task)
    ms = (time.perf_counter() - started) * 1000 / len(rows)
    report = tally.report()
    report["risk_coverage_hs6"] = evaluation.risk_coverage(confidences, correct)
    for level, hits in by_level.items():
        report[f"risk_coverage_hs{level}"] = evaluation.risk_coverage(confidences, hits)
    coverage, accuracy = evaluation.answered_at(confidences, correct, target=0.75)
    report["coverage_at_75pct_hs6"] = {"coverage": coverage, "top1": accuracy}
    # the heading answered alone, most confident heading first (ADR 0144)
    report["risk_coverage_hs4_by_heading"] = evaluation.risk_coverage(headings, by_level[4])
    coverage, accuracy = evaluation.answered_at(headings, by_level[4], target=0.75)
    report["coverage_at_75pct_hs4"] = {"coverage": coverage, "top1": accuracy}
    report["chapters"] = evaluation.chapter_confusion(firsts)
    return report, ms


@app.command("eval")
def eval_file(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Top-1/top-3 accuracy at 2/4/6 (8/10 where gold has them) digits, abstention rate,
    HS6 accuracy at 25/50/75/100% coverage and a per-chapter confusion summary."""
    try:
        rows = read_eval_file(file)
    except DomainError as exc:
        fail(exc)
    report, ms = evaluate(rows, show_progress=not as_json)
    report["ms_per_item"] = round(ms, 2)
    if as_json:
        print_json(report)
        return
    top1 = report["top1"]
    top3 = report["top3"]
    answered = report["top1_answered"]
    coverage = report["risk_coverage_hs6"]
    coverage_hs2 = report["risk_coverage_hs2"]
    coverage_hs4 = report["risk_coverage_hs4"]
    by_heading = report["risk_coverage_hs4_by_heading"]
    at_75 = report["coverage_at_75pct_hs6"]
    at_75_hs4 = report["coverage_at_75pct_hs4"]
    chapters = report["chapters"]
    assert isinstance(top1, dict)
    assert isinstance(top3, dict)
    assert isinstance(answered, dict)
    assert isinstance(coverage, dict)
    assert isinstance(coverage_hs2, dict)
    assert isinstance(coverage_hs4, dict)
    assert isinstance(by_heading, dict)
    assert isinstance(at_75, dict)
    assert isinstance(at_75_hs4, dict)
    assert isinstance(chapters, list)
    table = Table(
        "Digits",
        "Top-1",
        "Top-3",
        "Top-1 (answered)",
        title=f"{file.name}: n={report['n']}, abstained {report['abstained']:.1%}, "
        f"{ms:.1f} ms/item",
    )
    for level in top1:
        table.add_row(
            level, f"{top1[level]:.1%}", f"{top3[level]:.1%}", f"{answered.get(level, 0):.1%}"
        )
    console.print(table)
    risk = Table(
        "Coverage",
        "HS2 top-1",
        "HS4 top-1",
        "HS6 top-1",
        "HS4 top-1 (surest heading first)",
        title="most confident items first",
        caption=f"answered HS6 top-1 >= 75% up to {at_75['coverage']:.1%} coverage, "
        f"HS4 (surest heading first) up to {at_75_hs4['coverage']:.1%}",
    )
    for share, value in coverage.items():
        risk.add_row(
            share,
            *(
                "-" if v is None else f"{v:.1%}"
                for v in (
                    coverage_hs2.get(share),
                    coverage_hs4.get(share),
                    value,
                    by_heading.get(share),
                )
            ),
        )
    console.print(risk)
    confusion = Table("Chapter", "Items", "HS2 top-1", "Proposed instead", title="by gold chapter")
    for row in chapters:
        confusion.add_row(
            str(row["chapter"]), str(row["n"]), f"{row['hs2_top1']:.0%}", ", ".join(row["instead"])
        )
    console.print(confusion)


@app.command("sources")
def sources() -> None:
    """The nomenclature data shipped, with source, revision and licence."""
    table = Table("Data", "Source", "Revision", "Licence")
    for s in national.data_sources():
        table.add_row(s.name, s.source, s.revision, s.licence)
    console.print(table)


@app.command("classify-product")
def classify_product(
    sku: Annotated[
        list[str] | None, typer.Argument(help="SKUs; none = the whole catalogue")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    seller: str | None = SellerOption,
) -> None:
    """Classify catalogue products, check their declared codes, propose corrections."""
    from globalsell.catalog import service as catalog

    rt = runtime()
    results: list[tuple[HsClassificationRead, int | None]] = []
    with work(rt) as session, rerank.configured_generator(os.environ) as generator:
        actor = local_actor(session, seller)
        skus = sku or [p.sku for p in catalog.list_products(session, actor=actor, limit=100_000)]
        columns = (TextColumn("classifying"), BarColumn(), MofNCompleteColumn())
        with Progress(*columns, console=err_console, transient=True, disable=as_json) as bar:
            task = bar.add_task("classify", total=len(skus))
            for one in skus:
                row, change = service.classify_product(
                    session,
                    actor=actor,
                    registry=rt.registry,
                    sku=one,
                    now=rt.clock.now(),
                    generator=generator,
                )
                results.append((HsClassificationRead.model_validate(row), change))
                bar.advance(task)
    if as_json:
        print_json([{**r.model_dump(mode="json"), "change_request_id": c} for r, c in results])
        return
    table = Table("SKU", "HS6", "US line", "Conf.", "Declared", "Flags", "Proposal")
    for r, c in results:
        flags = "; ".join(f["flag"] for f in r.flags)
        table.add_row(
            r.sku,
            r.hs6 or "-",
            r.code or "-",
            _share(r.confidence) + (" ?" if r.question else ""),
            r.declared_code or "",
            flags,
            "" if c is None else f"#{c}",
        )
    console.print(table)


def _pairs(values: list[str], option: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ValidationFailed(f"{option} takes KEY=VALUE, got {item!r}", field=option)
        out[key.strip().upper()] = value.strip()
    return out


@app.command("landed-cost")
def landed_cost(
    hs_code: Annotated[str, typer.Option("--hs", help="HS code (6-10 digits).")],
    value: Annotated[str, typer.Option(help="Goods value per consignment.")],
    currency: Annotated[str, typer.Option(help="Currency of the values.")],
    freight: Annotated[str, typer.Option()] = "0",
    insurance: Annotated[str, typer.Option()] = "0",
    dest: Annotated[list[str] | None, typer.Option(help="Destination (repeat).")] = None,
    fx: Annotated[
        list[str] | None, typer.Option(help="CUR=rate: units of CUR per 1 unit of --currency.")
    ] = None,
    duty: Annotated[list[str] | None, typer.Option(help="DEST=rate, e.g. GB=4%.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Customs value, duty, import VAT/GST and de minimis per destination."""
    try:
        try:
            amounts = [Decimal(value), Decimal(freight), Decimal(insurance)]
            fx_rates = {k: Decimal(v) for k, v in _pairs(fx or [], "fx").items()}
        except InvalidOperation as exc:
            raise ValidationFailed(
                "values and rates must be decimal numbers", field="value"
            ) from exc
        if amounts[0] <= 0 or amounts[1] < 0 or amounts[2] < 0:
            raise ValidationFailed("the value must be positive, freight and insurance >= 0")
        request = LandedCostRequest(
            goods_value=amounts[0],
            currency=currency.upper(),
            freight=amounts[1],
            insurance=amounts[2],
            hs_code=hs_code,
            destinations=[d.upper() for d in dest]
            if dest
            else ["US", "GB", "DE", "JP", "AU", "CA"],
            fx_rates=fx_rates,
            duty_rates=_pairs(duty or [], "duty"),
        )
        quotes = landed.quote_landed_cost(request)
    except PydanticError as exc:
        fail(ValidationFailed(f"invalid input: {exc.errors()[0]['msg']}", field="value"))
    except DomainError as exc:
        fail(exc)
    if as_json:
        print_json([q.model_dump(mode="json") for q in quotes])
        return
    for q in quotes:
        table = Table("Line", "Amount", "Basis", title=f"{q.destination} ({q.currency})")
        for line in q.lines:
            shown = display.money(line.amount, q.currency, ENGLISH) if line.amount else "unknown"
            table.add_row(line.label, shown, line.basis)
        total = display.money(q.total, q.currency, ENGLISH) if q.total else "incomplete"
        table.add_row("[bold]total[/]", total, q.duty_rate_source)
        console.print(table)
        for w in q.warnings:
            console.print(f"  [yellow]{w}[/]")
