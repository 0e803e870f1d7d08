"""Dashboard pages of the seller assistant: the findings inbox ranked by money impact (each
proposal links to its change request, where it is approved, edited or rejected) and a chat
panel over the offline router."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Request, Response

from globalsell.assistant import chat, service
from globalsell.assistant.detectors import LISTING_NEEDS
from globalsell.assistant.domain import SEVERITY_RANK, FindingStatus, Severity
from globalsell.assistant.models import AssistantFinding
from globalsell.bootstrap import Runtime
from globalsell.core.actor import Role
from globalsell.core.errors import ValidationFailed
from globalsell.db.session import unit_of_work
from globalsell.web import auth, i18n, labels, lists
from globalsell.web.i18n import N_
from globalsell.web.rendering import WebRoute, display_for, page_unit, redirect, render, translate

router = APIRouter(route_class=WebRoute)
FormText = Annotated[str, Form()]
MAX_QUESTION = 2000
FINDING_SORTS = ("rank", "money", "severity")
COMPLETENESS = "catalog.completeness"  # its fix is typed on the product's weight/barcode page
FIXED_ON_THE_PAGE = frozenset(
    LISTING_NEEDS[name] for name in ("item_weight", "externally_assigned_product_identifier")
)


def fix_link(finding: AssistantFinding) -> str | None:
    """Where the seller fixes a finding themselves (a missing weight or barcode)."""
    evidence = finding.evidence if isinstance(finding.evidence, dict) else {}
    sku, missing = evidence.get("sku"), evidence.get("missing")
    if finding.detector != COMPLETENESS or not isinstance(sku, str) or not sku:
        return None
    lacks = {label for labels in (missing or {}).values() for label in labels}
    return f"/products/{quote(sku)}/fix" if lacks & FIXED_ON_THE_PAGE else None


def _findings(
    findings: list[AssistantFinding], *, severity: str, detector: str, status: str, sort: str
) -> tuple[list[AssistantFinding], lists.Sort, dict[str, str]]:
    """The findings matching the filters, in the chosen order (rank is the assistant's own:
    money at stake, weighted by severity and what the seller cares about)."""
    chosen = {
        "severity": severity if severity in set(Severity) else "",
        "detector": detector if detector in {f.detector for f in findings} else "",
        "status": status if status in set(FindingStatus) else "",
    }
    order = lists.parse_sort(sort, FINDING_SORTS, "rank")
    shown = [
        f
        for f in findings
        if (not chosen["severity"] or f.severity.value == chosen["severity"])
        and (not chosen["detector"] or f.detector == chosen["detector"])
        and (not chosen["status"] or f.status.value == chosen["status"])
    ]
    keys: dict[str, Any] = {
        "rank": lambda f: f.rank,
        "money": lambda f: f.impact_amount if f.impact_amount is not None else None,
        "severity": lambda f: (SEVERITY_RANK[f.severity], -f.rank),
    }
    rows = lists.sort_rows(shown, keys[order.key], order)
    return rows, order, {**chosen, "sort": "" if order.param == "rank" else order.param}


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.web_runtime
    return runtime


def _page(
    request: Request,
    question: str = "",
    answer: str = "",
    answer_link: str = "",
    filters: dict[str, str] | None = None,
) -> Response:
    runtime = _runtime(request)
    wanted = filters or {}
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        latest = service.latest_run(session, actor=viewer.actor)
        history = service.chat_history(session, actor=viewer.actor)
        findings = service.list_findings(session, actor=viewer.actor)
        shown, order, params = _findings(
            findings,
            severity=wanted.get("severity", ""),
            detector=wanted.get("detector", ""),
            status=wanted.get("status", ""),
            sort=wanted.get("sort", ""),
        )
        return render(
            request,
            "assistant.html",
            {
                "run": latest,
                "findings": findings,
                "shown": shown,
                "order": order,
                "params": params,
                "detectors": sorted({f.detector for f in findings}),
                "severities": [s.value for s in Severity],
                "finding_statuses": sorted({f.status.value for f in findings}),
                "fix_link": fix_link,
                "impact": service.impact_text,
                "question": question,
                "answer": answer,
                "answer_link": answer_link,
                "history": history,
            },
        )


@router.get("/assistant")
def inbox(
    request: Request, severity: str = "", detector: str = "", status: str = "", sort: str = ""
) -> Response:
    filters = {"severity": severity, "detector": detector, "status": status, "sort": sort}
    return _page(request, filters=filters)


@router.get("/assistant/findings.{fmt}")
def findings_export(
    request: Request,
    fmt: str,
    severity: str = "",
    detector: str = "",
    status: str = "",
    sort: str = "",
) -> Response:
    """The latest check's findings with these filters, as CSV or XLSX."""
    lists.export_format(fmt)
    runtime = _runtime(request)
    with unit_of_work(runtime.session_factory, write=False) as session:
        viewer = auth.current_viewer(request, session)
        findings = service.list_findings(session, actor=viewer.actor)
        rows, _, _ = _findings(
            findings, severity=severity, detector=detector, status=status, sort=sort
        )
        with i18n.rendering(i18n.language(display_for(request))):
            table = [
                [
                    f.rank,
                    labels.label(f.severity.value, "severity"),
                    labels.label(f.detector, "detector"),
                    f.reason,
                    f.impact_amount if f.impact_amount is not None else None,
                    f.impact_currency,
                    labels.label(f.status.value, "finding"),
                    f.change_request_id,
                ]
                for f in rows
            ]
    return lists.export(
        fmt,
        name="findings",
        zone=display_for(request).tz,
        headers=[
            "rank",
            "severity",
            "finding",
            "reason",
            "money_at_stake",
            "currency",
            "status",
            "change_request",
        ],
        rows=table,
    )


@router.post("/assistant/run")
def run_now(request: Request, csrf_token: FormText = "") -> Response:
    runtime = _runtime(request)
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        auth.check_csrf(request, csrf_token)
        viewer.actor.require(Role.OPERATOR, "running the assistant")
        record = service.run(
            session,
            registry=runtime.registry,
            detectors=runtime.detectors,
            actor=service.assistant_actor(viewer.actor.seller_id),
            now=runtime.clock.now(),
        )
        filed = record.proposals_count
        found = record.findings_count
    message = translate(
        request,
        N_("The assistant found %(found)s things and filed %(filed)s proposals."),
        found=found,
        filed=filed,
    )
    auth.flash(request, "info", message)
    return redirect("/assistant")


@router.post("/assistant/ask")
def ask(request: Request, question: FormText = "", csrf_token: FormText = "") -> Response:
    runtime = _runtime(request)
    if not question.strip() or len(question) > MAX_QUESTION:
        raise ValidationFailed(f"ask a question of 1-{MAX_QUESTION} characters", field="question")
    with page_unit(request, runtime) as session:
        viewer = auth.current_viewer(request, session)
        auth.check_csrf(request, csrf_token)
        now = runtime.clock.now()
        reply = chat.answer(session, actor=viewer.actor, question=question, now=now)
        link = reply.data.get("link") if isinstance(reply.data.get("link"), str) else None
        if viewer.actor.user_id is not None:
            service.record_chat(
                session,
                actor=viewer.actor,
                question=question,
                answer=reply.text,
                intent=reply.intent,
                link=link,
                now=now,
            )
    return _page(request, question=question, answer=reply.text, answer_link=str(link or ""))
