"""Dashboard pages of the seller assistant: the findings inbox ranked by money impact (each
proposal links to its change request, where it is approved, edited or rejected) and a chat
panel over the offline router."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response

from globalsell.assistant import chat, service
from globalsell.bootstrap import Runtime
from globalsell.core.actor import Role
from globalsell.core.errors import ValidationFailed
from globalsell.db.session import unit_of_work
from globalsell.web import auth
from globalsell.web.i18n import N_
from globalsell.web.rendering import WebRoute, redirect, render, translate

router = APIRouter(route_class=WebRoute)
FormText = Annotated[str, Form()]
MAX_QUESTION = 2000


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.web_runtime
    return runtime


def _page(
    request: Request, question: str = "", answer: str = "", answer_link: str = ""
) -> Response:
    runtime = _runtime(request)
    with unit_of_work(runtime.session_factory) as session:
        viewer = auth.current_viewer(request, session)
        latest = service.latest_run(session, actor=viewer.actor)
        history = service.chat_history(session, actor=viewer.actor)
        findings = service.list_findings(session, actor=viewer.actor)
        return render(
            request,
            "assistant.html",
            {
                "run": latest,
                "findings": findings,
                "impact": service.impact_text,
                "question": question,
                "answer": answer,
                "answer_link": answer_link,
                "history": history,
            },
        )


@router.get("/assistant")
def inbox(request: Request) -> Response:
    return _page(request)


@router.post("/assistant/run")
def run_now(request: Request, csrf_token: FormText = "") -> Response:
    runtime = _runtime(request)
    with unit_of_work(runtime.session_factory) as session:
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
    with unit_of_work(runtime.session_factory) as session:
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
